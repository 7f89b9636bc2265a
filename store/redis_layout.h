// Where the Redis Cluster backend (redis_claim_store.h) keeps what, and the article record it
// writes. Every key starts with the store's prefix; the part in braces is the hash tag that picks
// the key's slot (redis_cluster.h), so the keys that one operation must change together share a
// slot and one script.
//
//   P:a:{ID}      string  the article record: its text's SHA-256, its metadata, its claims as
//                         serialized v1::Claim (figure key set), the seq of its first claim; while
//                         a change is being written, also the claims it replaces (ArticleRecord)
//   P:m:{ID}      string  the article's title, url and outlet (a v1::Article without its text),
//                         which every claim of it returned carries (QueryClaims reads only these)
//   P:al:{ID}     string  the article's write lock (a random token, with a lease)
//   P:f:{KEY}     zset    the claims filed under KEY, one of FiledKeysOf() (crosscheck/
//                         filed_claims.h: a cross-article figure, or a country's index), scored by
//                         EventSeconds(): member = seq (8 bytes, big-endian) + the claim. Only the
//                         first kClaimsComparedAcross of an article in its figure (all FindFiled
//                         shows). So a claim's neighbours are one range read on one slot
//   P:fl:{KEY}    string  the write lock of the claims filed under KEY
//   P:k:{FIG}     hash    the figure's contested claims: seq (8 bytes) -> contested kinds
//                         (1 byte) + article id. FIG is "|@ID" for claims filed in no figure
//   P:q:{qB}      zset    every claim, scored by seq, in buckets of kClaimsPerBucket seqs:
//                         member = seq + the claim (QueryClaims in ingest order)
//   P:d:{dB}      zset    dated claims' seqs (8 bytes) scored by published_at, in buckets of
//                         kDateBucketSeconds; P:dbuckets lists the buckets in use (by number)
//   P:seq         string  the last claim seq handed out (INCRBY)
//   P:events      stream  flag events, one entry per change (WatchFlags on every front end)
//   per shard s of kShards, by CRC16 of the article id or figure key:
//   P:n:{sS}      hash    articles, claims, figures: the counts GetStats sums
//   P:na:{sS}     hash    article id -> its claim count (so a count is set, not added: a
//                         repeated write changes nothing)
//   P:nm:{sS}     set     "FIG\0ID": the article holds claims in the figure
//   P:nf:{sS}     hash    FIG -> how many articles hold claims in it
//   P:c:{sS}      zset    contested figure keys, all scored 0 (ListConflicts walks them by key)
//   P:p:{sS}      set     ids of articles whose record holds a change not yet fully written
//
// Thread safety: RedisKeys is immutable; the functions are pure.
#ifndef CLAIMCHECK_STORE_REDIS_LAYOUT_H_
#define CLAIMCHECK_STORE_REDIS_LAYOUT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

inline constexpr uint64_t kClaimsPerBucket = 1024;
inline constexpr int64_t kDateBucketSeconds = int64_t{30} * 24 * 3600;

class RedisKeys {
 public:
  static constexpr int kShards = 16;

  // `prefix` must not hold '{' or '}' (it would move the hash tag): see ValidPrefix().
  explicit RedisKeys(std::string prefix) : prefix_(std::move(prefix)) {}
  static absl::Status ValidPrefix(absl::string_view prefix);

  std::string Article(absl::string_view id) const { return Tagged("a", id); }
  std::string ArticleFields(absl::string_view id) const { return Tagged("m", id); }
  std::string ArticleLock(absl::string_view id) const { return Tagged("al", id); }
  std::string Figure(absl::string_view figure) const { return Tagged("f", figure); }
  std::string FigureLock(absl::string_view figure) const { return Tagged("fl", figure); }
  std::string Contested(absl::string_view figure) const { return Tagged("k", figure); }
  std::string ClaimsBucket(uint64_t seq) const;
  static int64_t DateBucketOf(int64_t seconds);
  std::string DateBucket(int64_t bucket) const;
  std::string DateBuckets() const { return prefix_ + ":dbuckets"; }
  std::string Seq() const { return prefix_ + ":seq"; }
  std::string Events() const { return prefix_ + ":events"; }

  static int ShardOf(absl::string_view article_id_or_figure);
  std::string Counts(int shard) const { return Sharded("n", shard); }
  std::string ArticleCounts(int shard) const { return Sharded("na", shard); }
  std::string FigureMembers(int shard) const { return Sharded("nm", shard); }
  std::string FigureRefs(int shard) const { return Sharded("nf", shard); }
  std::string ContestedFigures(int shard) const { return Sharded("c", shard); }
  std::string Pending(int shard) const { return Sharded("p", shard); }

 private:
  // P:kind:{text}, with '{', '}' and '%' in `text` escaped (%7B %7D %25) so that the whole of it
  // is the hash tag.
  std::string Tagged(absl::string_view kind, absl::string_view text) const;
  std::string Sharded(absl::string_view kind, int shard) const;

  std::string prefix_;
};

// Claims in sorted sets: seq as 8 big-endian bytes (so members sort as their seqs), then the
// serialized claim.
std::string SeqBytes(uint64_t seq);
uint64_t SeqOf(absl::string_view member);  // the first 8 bytes; the caller checks there are 8
std::string ClaimMember(uint64_t seq, absl::string_view claim_bytes);

// The article record at P:a:{ID}.
struct ArticleRecord {
  enum State : uint8_t {
    kComplete = 0,       // every index holds `claims` and none holds `replaced`
    kPendingIngest = 1,  // `claims` are being filed and `replaced` removed
    kPendingDelete = 2,  // `replaced` are being removed; the record goes once that is done
  };
  State state = kComplete;
  std::string text_sha256;  // 32 bytes
  v1::Article article;      // without its text
  uint64_t first_seq = 0;   // claims[i] is seq first_seq + i
  std::vector<std::string> claims;  // serialized v1::Claim, figure key set, in text order
  uint64_t replaced_first_seq = 0;  // while pending: the claims the change removes
  std::vector<std::string> replaced;
};

std::string EncodeArticleRecord(const ArticleRecord& record);
// DATA_LOSS naming what is wrong (and the record's size) for bytes this code did not write.
absl::Status DecodeArticleRecord(absl::string_view bytes, ArticleRecord* record);

// The article's title, url and outlet at P:m:{ID}, and back (DATA_LOSS for other bytes).
std::string EncodeArticleFields(const v1::Article& article);
absl::StatusOr<v1::Article> DecodeArticleFields(absl::string_view bytes);

// SHA-256 of `text`, 32 bytes: the record keeps it, not the text, to tell "same text again".
std::string TextSha256(absl::string_view text);

}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_REDIS_LAYOUT_H_
