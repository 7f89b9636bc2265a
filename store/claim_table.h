// ClaimTable is the store's in-memory state: articles, their claims in a compact form, figures,
// and the indexes that answer "which claims may this one be compared with" without a scan.
//
// Layout, and why (at most ~600 bytes per stored claim):
//   - an article keeps its text once; a claim's sentence is a span into it;
//   - the vocabulary (sources, places, subjects, units, cues) is interned in a StringPool;
//   - a figure (metric, subject class, place) keeps its claims sorted by date, so the claims of
//     one event are a range look-up: the cost of cross-checking a claim depends on how many
//     claims speak of its event, not on the size of the store;
//   - flags are recomputed from those neighbours when needed, never stored; only a 1-byte mask
//     of the contested kinds (CONFLICT, REVISION, INCONSISTENT) is kept, to list conflicts;
//   - flags are computed for many claims at once, each article's together (ArticleCheck), so
//     the claims of a long article cost about linear time, not one pass over the article each.
//
// Usage (by ClaimStore, under its mutex):
//   ClaimTable table;
//   std::vector<uint32_t> slots = table.Insert(article, claims);
//   std::vector<std::vector<v1::Flag>> flags = table.FlagsOf(slots);
//   for (size_t i = 0; i < slots.size(); ++i) table.SetContested(slots[i], flags[i]);
//
// Thread safety: thread-compatible. Const methods may run concurrently with each other; any
// non-const call needs exclusive access.
#ifndef CLAIMCHECK_STORE_CLAIM_TABLE_H_
#define CLAIMCHECK_STORE_CLAIM_TABLE_H_

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/btree_map.h"
#include "absl/container/btree_set.h"
#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "claimcheck/v1/claimcheck.pb.h"
#include "crosscheck/claim_facts.h"
#include "store/string_pool.h"

namespace claimcheck {

class ClaimTable {
 public:
  ClaimTable() = default;
  ClaimTable(const ClaimTable&) = delete;
  ClaimTable& operator=(const ClaimTable&) = delete;

  // The stored text of an article, or nullptr if no such article.
  const std::string* ArticleText(std::string_view article_id) const;

  // Stores `article` and its `claims`; an article with the same id must have been removed.
  // Returns the new claims' slots, in order. Claims must already be checked (ids unique, spans
  // inside the text: ClaimStore does that before logging).
  std::vector<uint32_t> Insert(const v1::Article& article, const std::vector<v1::Claim>& claims);

  // Removes an article and its claims. False if there is no such article.
  bool Remove(std::string_view article_id);

  // The slots of an article's claims, in order; empty if no such article.
  std::vector<uint32_t> ArticleClaims(std::string_view article_id) const;

  // Stored claims of other articles that the claims of one article (`article`, in text order)
  // meet in their figures and event windows: the claims whose flags that article can change.
  std::vector<uint32_t> Neighbours(const std::vector<ClaimFacts>& article) const;

  // The current flags of each claim in `slots` (result[i] for slots[i]): the extractor's
  // (UNVERIFIED, UNATTRIBUTED), then the cross-check rules' against its own article and its
  // figure neighbours (crosscheck/article_check.h says which of them it meets).
  std::vector<std::vector<v1::Flag>> FlagsOf(const std::vector<uint32_t>& slots) const;

  // Flags for `claims` of an article that is not stored (CheckArticle): each against the store
  // (ignoring any stored article of the same id) and against the others of `claims`.
  std::vector<std::vector<v1::Flag>> FlagsAsIf(const std::vector<v1::Claim>& claims) const;

  // Records which contested kinds `flags` (FlagsOf(slot)) hold, for ListConflicts.
  void SetContested(uint32_t slot, const std::vector<v1::Flag>& flags);

  // The claim as the extractor gave it, with its figure key; flags not included.
  v1::Claim ToClaim(uint32_t slot) const;
  v1::Article ToArticle(std::string_view article_id) const;

  // Ids of every stored article, unordered.
  std::vector<std::string> ArticleIds() const;

  // Calls `visit` for every stored article with its claims (for snapshots), in id order.
  void ForEachArticle(
      const std::function<void(const v1::Article&, const std::vector<v1::Claim>&)>& visit) const;

  absl::StatusOr<v1::ListConflictsResponse> ListConflicts(
      const v1::ListConflictsRequest& request) const;
  absl::StatusOr<v1::QueryClaimsResponse> QueryClaims(const v1::QueryClaimsRequest& request) const;
  v1::GetStatsResponse Stats() const;

 private:
  struct ExtractorFlag {
    uint8_t kind;
    uint32_t reason;  // pooled
  };
  struct StoredClaim {
    uint64_t seq = 0;  // 0: free slot
    uint32_t article = 0;
    uint32_t figure_key = 0;  // pooled; 0 when not filed
    std::string id;
    std::string part_of_claim_id;
    std::string quantity_text;
    std::string sentence_copy;  // only when the sentence is not found in the article text
    double value = 0, lower = 0, upper = 0;
    int64_t date_seconds = 0;
    int32_t date_nanos = 0;
    uint32_t span_start = 0, span_end = 0;
    uint32_t sentence_start = 0, sentence_length = 0;
    uint32_t sentence_identity = 0;
    uint32_t figure_rank = 0;  // FigureRanks(): at kClaimsComparedAcross, not shown to others
    uint32_t article_index = 0;  // where it is in its article's claims
    uint32_t unit = 0, subject = 0, subject_text = 0, subject_side = 0, language = 0;
    uint32_t place_text = 0, place_canonical = 0, country = 0, place_kind = 0;
    uint32_t source_text = 0, source_id = 0, party = 0, channel = 0, cue = 0;
    float place_confidence = 0;
    uint8_t metric = 0, qualifier = 0, contested = 0;
    bool has_lower = false, has_upper = false, has_date = false, earlier_report = false;
    std::vector<ExtractorFlag> extractor_flags;
  };
  struct StoredArticle {
    std::string id, text, title, language, outlet, url;
    bool has_date = false;
    int64_t date_seconds = 0;
    int32_t date_nanos = 0;
    uint64_t ingest_seq = 0;  // orders articles in snapshots as they were ingested
    std::vector<uint32_t> claims;
  };
  // Claims of a cross-article figure, ordered by date then slot.
  using DateIndex = absl::btree_set<std::pair<int64_t, uint32_t>>;

  // The figure neighbours of one article's claims as facts, found once per figure and date: a
  // long article's claims share a few. Facts never move (a deque); each figure and date's views
  // are a run of `views`.
  struct NeighbourCache {
    std::deque<ClaimFacts> facts;
    std::vector<const ClaimFacts*> views;
    absl::flat_hash_map<std::pair<uint32_t, int64_t>, std::pair<size_t, size_t>> runs;
  };

  ClaimFacts Facts(uint32_t slot) const;
  std::string_view Place(const StoredClaim& c) const;
  // The pooled key of `facts`' cross-article figure; StringPool::kAbsent when it is filed in
  // none or no stored claim is.
  uint32_t FigureKeyId(const ClaimFacts& facts) const;
  // Stored claims of other articles in the figure `key_id` within `facts`' event window, those
  // an article shows others (figure_rank below kClaimsComparedAcross), by date.
  void AppendFigureNeighbours(uint32_t key_id, const ClaimFacts& facts,
                              std::vector<uint32_t>* out) const;
  // AppendFigureNeighbours as facts, looked up once per figure and date in `cache`; empty for a
  // claim of `rank` kClaimsComparedAcross or more in its figure. Valid until the next call.
  absl::Span<const ClaimFacts* const> CachedNeighbours(const ClaimFacts& facts, uint32_t rank,
                                                       NeighbourCache* cache) const;
  // The cross-check rules' flags of facts[wanted[0]], facts[wanted[1]]...: `facts` are one
  // article's claims in text order, `ranks` their FigureRanks().
  std::vector<std::vector<v1::Flag>> RuleFlags(const std::vector<ClaimFacts>& facts,
                                               const std::vector<uint32_t>& ranks,
                                               const std::vector<size_t>& wanted) const;
  std::vector<v1::Flag> ExtractorFlags(uint32_t slot) const;
  bool MatchesQuery(const StoredClaim& c, const v1::QueryClaimsRequest& request) const;
  uint32_t SlotOfSeq(uint64_t seq) const;
  void IndexClaim(uint32_t slot, bool add);

  StringPool pool_;
  std::vector<StoredClaim> claims_;
  std::vector<uint32_t> free_claims_;
  std::vector<StoredArticle> articles_;
  std::vector<uint32_t> free_articles_;
  absl::flat_hash_map<std::string, uint32_t> article_by_id_;
  uint64_t next_seq_ = 1;

  absl::flat_hash_map<uint32_t, DateIndex> figures_;           // cross-article figure key -> claims
  absl::flat_hash_map<uint32_t, uint32_t> local_figures_;      // article-local key -> claim count
  absl::btree_map<std::string, absl::btree_set<uint32_t>> contested_;  // figure key -> slots

  absl::btree_map<uint64_t, uint32_t> by_seq_;                // every claim, ingest order
  absl::flat_hash_map<uint32_t, absl::btree_set<uint64_t>> by_place_;   // lowercased place
  absl::flat_hash_map<uint32_t, absl::btree_set<uint64_t>> by_source_;  // id and lowercased text
  absl::flat_hash_map<uint8_t, absl::btree_set<uint64_t>> by_metric_;
  absl::btree_set<std::pair<int64_t, uint64_t>> by_time_;     // dated claims
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_CLAIM_TABLE_H_
