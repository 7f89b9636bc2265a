// ClaimTable is the store's in-memory state: articles, their claims in a compact form, figures,
// and the indexes that answer "which claims may this one be compared with" without a scan. It
// is the in-memory FiledClaims (crosscheck/filed_claims.h): cross-checking reads a figure's
// claims around an event date from it. The answers built from it (ListConflicts, QueryClaims,
// Stats) are in claim_answers.h.
//
// Layout, and why (bytes per stored claim: docs/PERFORMANCE.md):
//   - an article keeps its text once; a claim's sentence is a span into it; its title, url and
//     outlet are kept once too, and filled into every claim ToClaim() returns;
//   - the vocabulary (sources, places, subjects, units, cues, named event days) is interned in
//     a StringPool, which frees what the last claim using it gave back;
//   - what most claims leave empty (part_of_claim_id, same_count_as, a sentence copy, the
//     nanoseconds of a date) lives apart, allocated only for a claim that has some of it;
//   - each claim is filed under the keys of FiledKeysOf() (crosscheck/filed_claims.h), each
//     key's claims sorted by event date (EventSeconds()), then ingest order, so the claims of one
//     event are a range look-up: the cost of cross-checking a claim depends on how many claims
//     speak of its event, not on the size of the store, and equal claims come in one order
//     before and after a restart;
//   - flags are recomputed from those neighbours when needed (crosscheck/article_flags.h), never
//     stored; only a 1-byte mask of the contested kinds (CONFLICT, REVISION, INCONSISTENT) is
//     kept, to list conflicts.
//
// Usage (by ClaimStore, under its mutex):
//   ClaimTable table;
//   std::vector<uint32_t> slots = table.Insert(article, claims);
//   std::vector<std::vector<v1::Flag>> flags = table.FlagsOf(slots);
//   for (size_t i = 0; i < slots.size(); ++i) table.SetContested(slots[i], flags[i]);
//
// A slot names a stored claim until its article is removed; then it may be reused.
//
// Thread safety: thread-compatible. Const methods may run concurrently with each other; any
// non-const call needs exclusive access. Views and references it returns are valid until the
// next non-const call.
#ifndef CLAIMCHECK_STORE_CLAIM_TABLE_H_
#define CLAIMCHECK_STORE_CLAIM_TABLE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/btree_map.h"
#include "absl/container/btree_set.h"
#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/types/span.h"
#include "claimcheck/v1/claimcheck.pb.h"
#include "crosscheck/claim_facts.h"
#include "crosscheck/filed_claims.h"
#include "store/string_pool.h"

namespace claimcheck {

class ClaimTable final : public FiledClaims {
 public:
  ClaimTable() = default;
  ClaimTable(const ClaimTable&) = delete;
  ClaimTable& operator=(const ClaimTable&) = delete;

  // --- Articles and claims ---

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

  // The claim as the extractor gave it, with its figure key; flags other than the extractor's
  // not included.
  v1::Claim ToClaim(uint32_t slot) const;
  v1::Article ToArticle(std::string_view article_id) const;
  // What cross-checking reads of the claim, as views into the table.
  ClaimFacts Facts(uint32_t slot) const;

  // Ids of every stored article, unordered.
  std::vector<std::string> ArticleIds() const;

  // Calls `visit` for every stored article with its claims (for snapshots), in ingest order.
  void ForEachArticle(
      const std::function<void(const v1::Article&, const std::vector<v1::Claim>&)>& visit) const;

  // --- Cross-checking ---

  // FiledClaims: the facts view the table. Never fails.
  absl::Status FindFiled(absl::Span<const FigureWindow> windows,
                         FoundClaims* found) const override;
  // The same claims as FindFiled(), as slots, sorted and each once.
  std::vector<uint32_t> FiledSlots(absl::Span<const FigureWindow> windows) const;

  // The current flags of each claim in `slots` (result[i] for slots[i]): the extractor's
  // (UNVERIFIED, UNATTRIBUTED), then the cross-check rules' against its own article and its
  // figure neighbours (crosscheck/article_flags.h). Each article's claims are checked together.
  std::vector<std::vector<v1::Flag>> FlagsOf(const std::vector<uint32_t>& slots) const;

  // Records which contested kinds `flags` (FlagsOf(slot)) hold, for ListConflicts.
  void SetContested(uint32_t slot, const std::vector<v1::Flag>& flags);

  // --- Indexes, for the answers (claim_answers.h) ---

  // The bit of a contested kind (CONFLICT, REVISION, INCONSISTENT) in ContestedKinds(); 0 for
  // the other kinds.
  static uint8_t ContestedBit(int kind);
  // The contested kinds the claim's flags held when last SetContested().
  uint8_t ContestedKinds(uint32_t slot) const { return claims_[slot].contested; }
  // Figures holding a contested claim, by key ("|@<article_id>" for claims filed in no figure),
  // with those claims: seq -> slot, in ingest order.
  using ContestedClaims = absl::btree_map<uint64_t, uint32_t>;
  using ContestedFigures = absl::btree_map<std::string, ContestedClaims>;
  const ContestedFigures& contested_figures() const { return contested_; }

  // Claims are also numbered in ingest order by a sequence number, never reused.
  uint64_t Seq(uint32_t slot) const { return claims_[slot].seq; }
  // The slot of the claim numbered `seq`; nullopt when it was removed.
  std::optional<uint32_t> SlotOfSeq(uint64_t seq) const;
  using Seqs = absl::btree_set<uint64_t>;
  // Every claim: seq -> slot, in ingest order.
  const absl::btree_map<uint64_t, uint32_t>& claims_by_seq() const { return by_seq_; }
  // The dated claims by (date_seconds, seq).
  const absl::btree_set<std::pair<int64_t, uint64_t>>& claims_by_date() const { return by_time_; }
  // The claims of a place (canonical, else as written) or of a source (canonical id, or text),
  // both compared in AsciiLower(), and of a metric; nullptr when there are none.
  const Seqs* ClaimsAtPlace(std::string_view place) const;
  const Seqs* ClaimsOfSource(std::string_view source) const;
  const Seqs* ClaimsOfMetric(v1::Metric metric) const;

  struct Counts {
    uint64_t articles = 0, claims = 0;
    uint64_t figures = 0;            // cross-article figures and article-local ones
    uint64_t contested_figures = 0;  // figures holding a contested claim
    uint64_t pooled_strings = 0;     // distinct strings the claims hold in the StringPool
  };
  Counts counts() const;

 private:
  struct ExtractorFlag {
    uint8_t kind;
    uint32_t reason;  // pooled
  };
  // What most claims leave empty: allocated only for a claim that has some of it.
  struct RareFields {
    std::string part_of_claim_id;
    std::string same_count_as;
    std::string sentence_copy;  // only when the sentence is not found in the article text
    int32_t date_nanos = 0, event_nanos = 0;
  };
  struct StoredClaim {
    StoredClaim()
        : has_lower(false), has_upper(false), has_date(false), has_event_date(false),
          earlier_report(false), cumulative(false), projection(false) {}
    uint64_t seq = 0;  // 0: free slot
    std::string id;
    std::string quantity_text;
    std::unique_ptr<RareFields> rare;  // null: all of them empty
    std::vector<ExtractorFlag> extractor_flags;
    double value = 0, lower = 0, upper = 0;
    int64_t date_seconds = 0;   // published_at
    int64_t event_seconds = 0;  // event_date
    uint32_t article = 0;
    uint32_t figure_key = 0;  // pooled; 0 when not filed
    uint32_t span_start = 0, span_end = 0;
    uint32_t sentence_start = 0, sentence_length = 0;
    uint32_t sentence_identity = 0;
    uint32_t figure_rank = 0;  // FigureRanks(): at kClaimsComparedAcross, not shown to others
    uint32_t article_index = 0;  // where it is in its article's claims
    // Pooled, every one in kPooledFields.
    uint32_t unit = 0, subject = 0, subject_text = 0, subject_side = 0, language = 0;
    uint32_t place_text = 0, place_canonical = 0, country = 0, place_kind = 0;
    uint32_t source_text = 0, source_id = 0, party = 0, channel = 0, cue = 0;
    uint32_t event_date_basis = 0;
    float place_confidence = 0;
    uint8_t metric = 0, qualifier = 0, contested = 0;
    bool has_lower : 1, has_upper : 1, has_date : 1, has_event_date : 1, earlier_report : 1,
        cumulative : 1, projection : 1;
  };
  // The pooled ids of a StoredClaim but its figure key and its flags' reasons: StoreClaim()
  // interns each, ReleaseClaim() gives each back.
  static const uint32_t StoredClaim::*const kPooledFields[15];
  struct StoredArticle {
    std::string id, text, title, language, outlet, url;
    bool has_date = false;
    int64_t date_seconds = 0;
    int32_t date_nanos = 0;
    uint64_t ingest_seq = 0;  // orders articles in snapshots as they were ingested
    std::vector<uint32_t> claims;
  };
  // A claim filed under a key: ordered by event date (EventSeconds), then ingest order.
  struct Filed {
    int64_t event_seconds;
    uint64_t seq;
    uint32_t slot;
    bool operator<(const Filed& other) const {
      return event_seconds != other.event_seconds ? event_seconds < other.event_seconds
                                                  : seq < other.seq;
    }
  };
  using DateIndex = absl::btree_set<Filed>;

  // Fills `c` from `claim` of the article in slot `article`.
  void StoreClaim(const v1::Claim& claim, uint32_t article, StoredClaim* c);
  // Gives back the pooled strings StoreClaim() and FileClaim() took.
  void ReleaseClaim(const StoredClaim& c);
  // Files the claim in its figure and under FiledKeysOf(); `figure_counts` counts the
  // article's claims per figure.
  void FileClaim(uint32_t slot, absl::flat_hash_map<uint32_t, uint32_t>* figure_counts);
  void UnfileClaim(uint32_t slot);
  std::string_view Place(const StoredClaim& c) const;
  // Calls `visit` with the slot of each claim FindFiled() finds for `window`, in its order.
  template <typename Visit>
  void ForEachFiled(const FigureWindow& window, Visit visit) const;
  std::vector<v1::Flag> ExtractorFlags(uint32_t slot) const;
  void IndexClaim(uint32_t slot, bool add);

  StringPool pool_;
  std::vector<StoredClaim> claims_;
  std::vector<uint32_t> free_claims_;
  std::vector<StoredArticle> articles_;
  std::vector<uint32_t> free_articles_;
  absl::flat_hash_map<std::string, uint32_t> article_by_id_;
  uint64_t next_seq_ = 1;

  absl::flat_hash_map<uint32_t, DateIndex> filed_;      // FiledKeysOf() key -> claims
  absl::flat_hash_map<uint32_t, uint32_t> figures_;     // figure key -> how many claims
  ContestedFigures contested_;                          // figure key -> contested claims

  absl::btree_map<uint64_t, uint32_t> by_seq_;                // every claim, ingest order
  absl::flat_hash_map<uint32_t, Seqs> by_place_;              // lowercased place
  absl::flat_hash_map<uint32_t, Seqs> by_source_;             // id and lowercased text
  absl::flat_hash_map<uint8_t, Seqs> by_metric_;
  absl::btree_set<std::pair<int64_t, uint64_t>> by_time_;     // dated claims
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_CLAIM_TABLE_H_
