// FiledClaims: what cross-checking asks of a store. A claim is compared with the claims other
// articles filed in its figure around its event date (its figure neighbours); a store keeps
// those claims indexed by key and event date, and answers for many keys and dates at once.
//
// Where a claim is filed, and where it looks (FiledKeysOf(), FigureLookupsOf()): every claim of
// another article it may be Comparable() with (figure_key.h) lies under one of its look-ups.
//   - "<metric family>|<subject class>|<place>", event dates within kEventWindowSeconds: the
//     figure key (FigureKey::ToString()) with the metric's family (MetricFamilyOf()), so a
//     KILLED count meets the CASUALTIES counts of other articles in the same read.
//   - A claim whose sentence names its place, with a country code and a named event day
//     (event_date_named) is also filed under its country: a country under
//     "<family>|<class>|country:<cc>", another place under "<family>|<class>|towns-of:<cc>".
//     Each looks up the other's key on its named day, the UTC day only: across articles a town
//     and the country holding it meet only on a day both texts name (PlaceHolds(),
//     SameNamedEventDay()).
// A look-up returns a superset; the rules keep what is Comparable().
//
// What a key shows (docs/CROSSCHECK.md, "One busy figure"): of the claims filed under one key
// with their event on one UTC day, the first kClaimsShownPerDay by ingest order. A look-up
// returns only those; a claim filed beyond them is still compared with them (its own flags are
// computed as any claim's), but no other claim is compared with it. So a claim filed into a busy
// figure is checked against a bounded number of claims and changes no stored claim's flags, and
// since a later claim never moves an earlier one out of its day's first, which claims are shown
// follows from the stored claims and their order alone (the same after a restart). Deleting a
// shown claim shows the next of its day.
//
// article_flags.h asks once per article, with every look-up that article's claims need,
// deduplicated (a long article's thousands of claims share a few). So a backend answers with one
// batched look-up per key and window: the in-memory ClaimTable walks a date index per key; a
// Redis Cluster backend keeps each key's claims in one sorted set scored by event date, all of a
// key on one hash slot, and sends one range read per window in one pipeline.
//
// Usage (a store):
//   // On ingest: each claim of a cross-article figure, under every key of FiledKeysOf(facts),
//   // scored by *EventSeconds(facts), ties in ingest order.
//   absl::Status MyStore::FindFiled(absl::Span<const FigureWindow> windows,
//                                   FoundClaims* found) const {
//     for (const FigureWindow& w : windows) {
//       found->StartRun();
//       for (each claim filed under w.figure_key whose EventSeconds() is in w.window,
//            not of article w.article_id, among the first kClaimsComparedAcross of its article
//            in its figure, among the first kClaimsShownPerDay of its key and event day unless
//            w.every_claim, by event date, then ingest order) {
//         found->Add(facts of that claim);  // views into the store, or into found->Keep()
//       }
//     }
//     return absl::OkStatus();
//   }
//
// Thread safety: FindFiled() is const; each implementation says what may run beside it.
#ifndef CLAIMCHECK_CROSSCHECK_FILED_CLAIMS_H_
#define CLAIMCHECK_CROSSCHECK_FILED_CLAIMS_H_

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "absl/status/status.h"
#include "absl/types/span.h"
#include "claimcheck/v1/claimcheck.pb.h"
#include "crosscheck/claim_facts.h"
#include "crosscheck/event_window.h"

namespace claimcheck {

// Of the claims filed under one key with their event on one UTC day (DayOf(EventSeconds())),
// how many, the first by ingest order, other claims are compared with (see the file comment).
// The annotated sets hold at most 21 claims of one key and day, so every one of theirs is shown
// (their output is the same down to 16 and first changes at 12). docs/CROSSCHECK.md says why
// this many.
inline constexpr size_t kClaimsShownPerDay = 24;

// The keys a store files `claim` under (see the file comment), its figure's first; none for a
// claim in no cross-article figure (FigureKeyOf()).
using FiledKeys = absl::InlinedVector<std::string, 2>;
FiledKeys FiledKeysOf(const ClaimFacts& claim);

// One key and the event dates to read in it.
struct FigureLookup {
  std::string key;
  EventWindow window;
};
// Where `claim` finds the claims of other articles it may be compared with: its figure's key
// around its event date, and for a town or a country on a named day, the other's key that day.
// None for a claim in no cross-article figure.
absl::InlinedVector<FigureLookup, 2> FigureLookupsOf(const ClaimFacts& claim);

// One look-up: the claims filed under one key within one event window, except those of the
// asking article. Views: the asker keeps what they view alive during the look-up.
struct FigureWindow {
  std::string_view figure_key;  // a key of FiledKeysOf(): FigureLookup::key
  EventWindow window;           // event dates (EventSeconds), both ends included
  std::string_view article_id;  // the asking article, whose own claims are left out
  // Every claim filed there, not only those shown (kClaimsShownPerDay): for a store finding
  // which claims a change can alter, never for flags.
  bool every_claim = false;
};

// One key and one UTC day of event dates (DayOf()), for counting what is filed there.
struct FiledDay {
  std::string key;
  int64_t day = 0;
};

// What FindFiled() found: one run of claims per FigureWindow, as facts. Owns the facts, and
// whatever a backend decoded for them to view (Keep()).
//
// Thread safety: thread-compatible.
class FoundClaims {
 public:
  FoundClaims() = default;
  FoundClaims(const FoundClaims&) = delete;
  FoundClaims& operator=(const FoundClaims&) = delete;

  // Starts the run of the next window; Add() appends to it.
  void StartRun() { run_starts_.push_back(views_.size()); }
  // Adds a claim to the current run. Its views must stay valid while this object lives: into
  // the store (unchanged meanwhile) or into a Keep() claim.
  void Add(const ClaimFacts& facts) { views_.push_back(&facts_.emplace_back(facts)); }
  // A claim the backend decoded, kept as long as this object, for the facts Add()ed to view.
  v1::Claim& Keep() { return *kept_.emplace_back(std::make_unique<v1::Claim>()); }

  // How many runs were started.
  size_t runs() const { return run_starts_.size(); }
  // The claims of run `i` (0 <= i < runs()), in the order they were added.
  absl::Span<const ClaimFacts* const> Run(size_t i) const;

 private:
  std::deque<ClaimFacts> facts_;  // a deque: facts never move, so views_ stay valid
  std::vector<const ClaimFacts*> views_;
  std::vector<size_t> run_starts_;  // run i is views_[run_starts_[i], run_starts_[i + 1])
  std::vector<std::unique_ptr<v1::Claim>> kept_;  // a vector: no allocation when unused
};

// A store's index of the claims filed in cross-article figures, by event date.
class FiledClaims {
 public:
  virtual ~FiledClaims() = default;

  // Appends to `found` one run per window, in order: the claims filed under
  // windows[i].figure_key whose EventSeconds() lies in windows[i].window, except those of the
  // article windows[i].article_id, those at kClaimsComparedAcross or beyond in their own
  // article's figure (FigureRanks(): an article shows others its first claims only), and, unless
  // windows[i].every_claim, those beyond the first kClaimsShownPerDay of their day, ordered by
  // event date, then by ingest order (so that flags and summaries, which name the first of equal
  // claims, are the same after a restart). On error (a backend that could not read), `found` is
  // to be discarded.
  virtual absl::Status FindFiled(absl::Span<const FigureWindow> windows,
                                 FoundClaims* found) const = 0;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CROSSCHECK_FILED_CLAIMS_H_
