// RedisView: the Redis Cluster backend's claims seen through StoredClaims (stored_claims.h), so
// that ArticleChange and the answers (claim_answers.h) run over Redis as over memory. A handle
// is a claim's seq. The view reads what it is asked about in batches, one pipeline per batch
// (redis_layout.h says where each thing is), and keeps what it read for its lifetime: article
// records, figures' date ranges, contested marks.
//
// What it reads is each key as it was when read: a view is not a snapshot of the whole cluster.
// Writers lock the article and the figures they change (redis_claim_store.cc), so a writer's
// view of what it changes is exact; a reader's may straddle another front end's change, which
// the next read sees whole.
//
// Usage (by RedisClaimStore):
//   RedisView view(&session, &keys);
//   view.AddRecord(id, record);                       // what the caller has read already
//   absl::StatusOr<ArticleChange> change = ArticleChange::Before(view, id, claims);
//   ... after the change:  for (const RedisView::Mark& m : after.marks()) ... write them ...
//
// Thread safety: one thread at a time (like the Session it reads through).
#ifndef CLAIMCHECK_STORE_REDIS_VIEW_H_
#define CLAIMCHECK_STORE_REDIS_VIEW_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "store/redis_cluster.h"
#include "store/redis_layout.h"
#include "store/stored_claims.h"

namespace claimcheck {

class RedisView final : public StoredClaims {
 public:
  // `session` and `keys` must outlive the view.
  RedisView(RedisCluster::Session* session, const RedisKeys* keys)
      : session_(session), keys_(keys) {}

  // Makes `record` this view's record of `article_id` (one the caller read or wrote).
  // DATA_LOSS when one of its claims does not parse.
  absl::Status AddRecord(const std::string& article_id, const ArticleRecord& record);
  // Forgets what it read of articles, figures and contested marks, and the marks it recorded,
  // so that the next look-ups read the cluster as it is now. The claims it read stay readable
  // by their handles (a seq's claim never changes): a change reads before it writes, calls
  // this, and reads again after (ArticleChange).
  void Reread();
  // Reads the records of `article_ids` this view has not read yet, in one pipeline.
  absl::Status LoadArticles(const std::vector<std::string>& article_ids);

  // A contested mark SetContested() recorded, for the store to write (P:k:{figure}).
  struct Mark {
    std::string figure;  // the claim's figure key, or "|@<article id>" when it has none
    uint64_t seq = 0;
    uint8_t kinds = 0;   // 0: not contested
    std::string article_id;
  };
  const std::vector<Mark>& marks() const { return marks_; }

  // The key a claim's contested mark is filed under.
  static std::string ContestedFigureOf(const v1::Claim& claim);

  // StoredClaims
  absl::Status FindFiled(absl::Span<const FigureWindow> windows,
                         FoundClaims* found) const override;
  absl::StatusOr<std::vector<Handle>> ArticleClaims(std::string_view article_id) override;
  absl::StatusOr<std::vector<Handle>> FiledHandles(absl::Span<const FigureWindow> windows) override;
  absl::StatusOr<std::vector<size_t>> FiledCounts(absl::Span<const FiledDay> days) override;
  absl::StatusOr<std::vector<std::vector<v1::Flag>>> FlagsOf(
      absl::Span<const Handle> handles) override;
  void SetContested(Handle claim, const std::vector<v1::Flag>& flags) override;
  v1::Claim ToClaim(Handle claim) const override;
  ClaimFacts Facts(Handle claim) const override { return FactsOf(Find(claim).claim); }
  uint8_t ContestedKinds(Handle claim) const override { return Find(claim).contested; }
  absl::Status ForEachContestedFigure(const std::optional<std::string>& after,
                                      const ContestedVisit& visit) override;
  absl::Status ForEachQueryCandidate(const v1::QueryClaimsRequest& request,
                                     const std::optional<PagePosition>& after,
                                     const QueryVisit& visit) override;

 private:
  struct Claim {
    v1::Claim claim;
    uint8_t contested = 0;
  };
  struct Article {
    std::vector<uint64_t> seqs;  // its claims, text order
  };
  // A contested figure as read: its claims' seqs, kinds and articles.
  struct ContestedFigure {
    std::string key;
    std::vector<std::pair<uint64_t, uint8_t>> claims;  // seq order
  };

  // The claim `seq`, which a method above returned (a precondition).
  const Claim& Find(uint64_t seq) const;
  // Parses `bytes` as the claim `seq` unless it is kept already; DATA_LOSS if it does not parse.
  absl::Status Keep(uint64_t seq, absl::string_view bytes) const;
  // Reads the title, url and outlet of the articles of `seqs` this view does not know yet (one
  // GET each, one pipeline), for ToClaim().
  absl::Status LoadFields(const std::vector<uint64_t>& seqs);
  // Reads each window's claims not read yet (one ZRANGEBYSCORE each of the whole days it
  // touches, one pipeline), keeping those it shows (FiledClaims: kClaimsShownPerDay).
  absl::Status Prefetch(absl::Span<const FigureWindow> windows) const;
  absl::StatusOr<std::vector<ContestedFigure>> ReadContested(const std::vector<std::string>& keys);
  absl::StatusOr<std::vector<std::string>> NextContestedKeys(const std::optional<std::string>& after,
                                                             size_t count);
  // The flags of `wanted` claims of one article (`seqs`, its claims in text order).
  absl::StatusOr<std::vector<std::vector<v1::Flag>>> ArticleFlags(
      const std::vector<uint64_t>& seqs, const std::vector<size_t>& wanted);
  absl::Status QueryByDate(const v1::QueryClaimsRequest& request,
                           const std::optional<PagePosition>& after, const QueryVisit& visit);
  absl::Status QueryBySeq(const std::optional<PagePosition>& after, const QueryVisit& visit);

  RedisCluster::Session* const session_;
  const RedisKeys* const keys_;
  mutable absl::flat_hash_map<uint64_t, std::unique_ptr<Claim>> claims_;  // by seq; never moves
  absl::flat_hash_map<std::string, Article> articles_;
  // Article id -> its title, url and outlet, which ToClaim() fills in.
  absl::flat_hash_map<std::string, v1::Article> fields_;
  // "figure\0first\0last" -> the seqs of the window's claims, by event date then seq.
  mutable absl::flat_hash_map<std::string, std::vector<uint64_t>> windows_;
  std::vector<Mark> marks_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_REDIS_VIEW_H_
