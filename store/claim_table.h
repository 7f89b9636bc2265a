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
//     a StringPool, which frees what the last claim using it gave back; the fields that travel
//     together (a source's, a place's, a subject's) are interned once more as one group;
//   - a claim holds no string: its id and quantity text are views into one buffer per article;
//     claims and articles sit in chunks (ChunkedVector) that never move nor double;
//   - the indexes hold 4-byte slots ordered through the claims' 8-byte sequence numbers;
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

#include <atomic>
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
#include "store/chunked_vector.h"
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
  // How many claims are filed under `key` with their event on `day` (DayOf()), shown or not.
  size_t FiledCount(std::string_view key, int64_t day) const;
  // How many claims FindFiled() and FiledSlots() have returned since the table was made: the
  // claims cross-checking was given, for tests of how an ingest's work grows.
  uint64_t filed_claims_read() const { return filed_claims_read_.load(std::memory_order_relaxed); }

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
  // The indexes hold slots (4 bytes) ordered by their claims' sequence numbers (8 bytes, which
  // they would otherwise hold): a million claims sit in five such indexes. A SeqKey looks up a
  // sequence number in them.
  struct SeqKey {
    uint64_t seq;
  };
  class BySeq {
   public:
    using is_transparent = void;
    explicit BySeq(const ClaimTable* table) : table_(table) {}
    bool operator()(uint32_t a, uint32_t b) const { return table_->Seq(a) < table_->Seq(b); }
    bool operator()(uint32_t a, SeqKey b) const { return table_->Seq(a) < b.seq; }
    bool operator()(SeqKey a, uint32_t b) const { return a.seq < table_->Seq(b); }

   private:
    const ClaimTable* table_;
  };
  // Slots in ingest order.
  using Slots = absl::btree_set<uint32_t, BySeq>;

  // A slot under a date in seconds, held as two 4-byte halves so that an entry takes 12 bytes,
  // not the 16 an int64_t's alignment would make it. Ordered by date, then ingest order; a
  // DateSeqKey finds a (date, seq) position, a SecondsKey the first or last of a date.
  struct DatedSlot {
    DatedSlot(int64_t seconds, uint32_t slot)
        : low(static_cast<uint32_t>(seconds)), high(static_cast<int32_t>(seconds >> 32)),
          slot(slot) {}
    int64_t seconds() const {
      return static_cast<int64_t>((static_cast<uint64_t>(static_cast<uint32_t>(high)) << 32) | low);
    }
    uint32_t low;
    int32_t high;
    uint32_t slot;
  };
  static_assert(sizeof(DatedSlot) == 12, "see above");
  struct DateSeqKey {
    int64_t seconds;
    uint64_t seq;
  };
  struct SecondsKey {
    int64_t seconds;
  };
  class ByDateThenSeq {
   public:
    using is_transparent = void;
    explicit ByDateThenSeq(const ClaimTable* table) : table_(table) {}
    bool operator()(const DatedSlot& a, const DatedSlot& b) const {
      return a.seconds() != b.seconds() ? a.seconds() < b.seconds()
                                        : table_->Seq(a.slot) < table_->Seq(b.slot);
    }
    bool operator()(const DatedSlot& a, DateSeqKey b) const {
      return a.seconds() != b.seconds ? a.seconds() < b.seconds : table_->Seq(a.slot) < b.seq;
    }
    bool operator()(DateSeqKey a, const DatedSlot& b) const {
      return a.seconds != b.seconds() ? a.seconds < b.seconds() : a.seq < table_->Seq(b.slot);
    }
    bool operator()(const DatedSlot& a, SecondsKey b) const { return a.seconds() < b.seconds; }
    bool operator()(SecondsKey a, const DatedSlot& b) const { return a.seconds < b.seconds(); }

   private:
    const ClaimTable* table_;
  };
  using DatedSlots = absl::btree_set<DatedSlot, ByDateThenSeq>;

  // Figures holding a contested claim, by key ("|@<article_id>" for claims filed in no figure),
  // with those claims.
  using ContestedClaims = Slots;
  using ContestedFigures = absl::btree_map<std::string, ContestedClaims>;
  const ContestedFigures& contested_figures() const { return contested_; }

  // Claims are also numbered in ingest order by a sequence number, never reused.
  uint64_t Seq(uint32_t slot) const { return claims_[slot].seq; }
  // The slot of the claim numbered `seq`; nullopt when it was removed.
  std::optional<uint32_t> SlotOfSeq(uint64_t seq) const;
  // Every claim.
  const Slots& claims_by_seq() const { return by_seq_; }
  // The dated claims by published date (date_seconds), then ingest order.
  const DatedSlots& claims_by_date() const { return by_time_; }
  // The claims of a place (canonical, else as written) or of a source (canonical id, or text),
  // both compared in AsciiLower(), and of a metric; nullptr when there are none.
  const Slots* ClaimsAtPlace(std::string_view place) const;
  const Slots* ClaimsOfSource(std::string_view source) const;
  const Slots* ClaimsOfMetric(v1::Metric metric) const;

  struct Counts {
    uint64_t articles = 0, claims = 0;
    uint64_t figures = 0;            // cross-article figures and article-local ones
    uint64_t contested_figures = 0;  // figures holding a contested claim
    uint64_t pooled_strings = 0;     // distinct strings and groups the table holds pooled
  };
  Counts counts() const;

 private:
  // What most claims leave empty: allocated only for a claim that has some of it.
  struct RareFields {
    std::string part_of_claim_id;
    std::string same_count_as;
    std::string sentence_copy;  // only when the sentence is not found in the article text
    int32_t date_nanos = 0, event_nanos = 0;
  };
  // 144 bytes (the static_assert below keeps it so): a million claims are the bulk of
  // the store's memory. Strings are never held here: the id and the quantity's text are views
  // into their article's claim_strings, the vocabulary is pooled, and the pooled fields that
  // travel together (a source's five, a place's four, a subject's three, the extractor's flags)
  // are pooled once more as one group (InternGroup), so a claim holds one id for each group.
  struct StoredClaim {
    StoredClaim()
        : has_lower(false), has_upper(false), has_date(false), has_event_date(false),
          earlier_report(false), cumulative(false), projection(false), vouched(true) {}
    uint64_t seq = 0;  // 0: free slot
    double value = 0, lower = 0, upper = 0;
    int64_t date_seconds = 0;   // published_at
    int64_t event_seconds = 0;  // event_date
    std::unique_ptr<RareFields> rare;  // null: all of them empty
    uint32_t article = 0;
    // The id, then the quantity's text, in the article's claim_strings from strings_at.
    uint32_t strings_at = 0, id_length = 0, quantity_length = 0;
    uint32_t figure_key = 0;  // pooled; 0 when not filed
    uint32_t span_start = 0, span_end = 0;
    uint32_t sentence_start = 0, sentence_length = 0;
    uint32_t sentence_identity = 0;
    uint32_t figure_rank = 0;  // FigureRanks(): at kClaimsComparedAcross, not shown to others
    uint32_t article_index = 0;  // where it is in its article's claims
    // Pooled in pool_, every one in kPooledFields.
    uint32_t unit = 0, language = 0, event_date_basis = 0;
    // Pooled groups in groups_ (kSourceGroup...): ids of pool_, or the extractor's flags.
    uint32_t subject_group = 0, place_group = 0, source_group = 0, flags_group = 0;
    float place_confidence = 0;
    uint8_t metric = 0, qualifier = 0, contested = 0;
    bool has_lower : 1, has_upper : 1, has_date : 1, has_event_date : 1, earlier_report : 1,
        cumulative : 1, projection : 1,
        vouched : 1;  // no UNVERIFIED among the extractor's flags
  };
  static_assert(sizeof(void*) != 8 || sizeof(StoredClaim) <= 144, "see the comment above");
  // The pooled ids of a StoredClaim held directly (not in a group): StoreClaim() interns each,
  // ReleaseClaim() gives each back.
  static const uint32_t StoredClaim::*const kPooledFields[3];
  // Groups of pool_ ids, each pooled in groups_ as the bytes of its ids behind a tag byte.
  enum GroupTag : char { kSubjectGroup = 's', kPlaceGroup = 'p', kSourceGroup = 'c' };
  static constexpr int kSubjectFields = 3;  // subject, subject_text, subject_side
  static constexpr int kPlaceFields = 4;    // text, canonical, country, kind
  static constexpr int kSourceFields = 5;   // text, canonical_id, party, channel, cue
  struct StoredArticle {
    std::string id, text, title, url;
    // Each claim's id and quantity text, one after the other (StoredClaim::strings_at).
    std::string claim_strings;
    uint32_t language = 0, outlet = 0;  // pooled
    bool has_date = false;
    int64_t date_seconds = 0;
    int32_t date_nanos = 0;
    uint64_t ingest_seq = 0;  // orders articles in snapshots as they were ingested
    std::vector<uint32_t> claims;
  };
  // The claims filed under a key (those FigureRanks() shows other articles), by event day
  // (DayOf(EventSeconds())), each day's in ingest order: the first kClaimsShownPerDay of a day
  // are those FindFiled() shows (crosscheck/filed_claims.h).
  class BySeqOfDated {
   public:
    explicit BySeqOfDated(const ClaimTable* table) : table_(table) {}
    bool operator()(const DatedSlot& a, const DatedSlot& b) const {
      return table_->Seq(a.slot) < table_->Seq(b.slot);
    }

   private:
    const ClaimTable* table_;
  };
  using DaySlots = absl::btree_set<DatedSlot, BySeqOfDated>;
  using DateIndex = absl::btree_map<int64_t, DaySlots>;

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

  // Interns the ids `ids` (of pool_, each holding a reference the group takes over) as one
  // group tagged `tag`; 0 when every id is 0.
  uint32_t InternGroup(char tag, const uint32_t* ids, int n);
  // Gives back a group's reference; the last one gives back its ids' references too.
  void ReleaseGroup(uint32_t group);
  // Id i of a group of InternGroup() (0 for group 0).
  uint32_t GroupPart(uint32_t group, int i) const;
  uint32_t InternFlags(const v1::Claim& claim);
  void ReleaseFlags(uint32_t flags_group);
  // The extractor's flags of a flags group, as (kind, pooled reason).
  std::vector<std::pair<v1::FlagKind, uint32_t>> FlagsInGroup(uint32_t flags_group) const;
  std::string_view Id(const StoredClaim& c) const {
    return std::string_view(articles_[c.article].claim_strings).substr(c.strings_at, c.id_length);
  }
  std::string_view QuantityText(const StoredClaim& c) const {
    return std::string_view(articles_[c.article].claim_strings)
        .substr(c.strings_at + c.id_length, c.quantity_length);
  }

  StringPool pool_;
  StringPool groups_;  // keys: a GroupTag, then the ids (or, for flags, kind and reason) as bytes
  ChunkedVector<StoredClaim> claims_;
  std::vector<uint32_t> free_claims_;
  ChunkedVector<StoredArticle, 1024> articles_;
  std::vector<uint32_t> free_articles_;
  // Views of StoredArticle::id: a stored article never moves (ChunkedVector).
  absl::flat_hash_map<std::string_view, uint32_t> article_by_id_;
  uint64_t next_seq_ = 1;
  mutable std::atomic<uint64_t> filed_claims_read_{0};  // const readers may run at once

  absl::flat_hash_map<uint32_t, DateIndex> filed_;      // FiledKeysOf() key -> claims
  absl::flat_hash_map<uint32_t, uint32_t> figures_;     // figure key -> how many claims
  ContestedFigures contested_;                          // figure key -> contested claims

  Slots by_seq_{BySeq(this)};                                 // every claim
  absl::flat_hash_map<uint32_t, Slots> by_place_;             // lowercased place
  absl::flat_hash_map<uint32_t, Slots> by_source_;            // id and lowercased text
  absl::flat_hash_map<uint8_t, Slots> by_metric_;
  DatedSlots by_time_{ByDateThenSeq(this)};                   // dated claims
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_CLAIM_TABLE_H_
