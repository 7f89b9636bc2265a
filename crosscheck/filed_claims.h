// FiledClaims: what cross-checking asks of a store. A claim is compared with the claims other
// articles filed in its figure around its event date (its figure neighbours); a store keeps
// those claims indexed by figure and event date, and answers for many figures and dates at once.
//
// article_flags.h asks once per article, with every figure and event date that article's claims
// need, deduplicated (a long article's thousands of claims share a few). So a backend answers
// with one batched look-up per figure and date: the in-memory ClaimTable walks a date index per
// figure; a Redis Cluster backend keeps each figure's claims in one sorted set scored by event
// date, all of a figure on one hash slot, and sends one range read per window in one pipeline.
//
// Usage (a store):
//   absl::Status MyStore::FindFiled(absl::Span<const FigureWindow> windows,
//                                   FoundClaims* found) const {
//     for (const FigureWindow& w : windows) {
//       found->StartRun();
//       for (each claim filed under w.figure_key whose EventSeconds() is in w.window,
//            not of article w.article_id, among the first kClaimsComparedAcross of its article
//            in that figure, by event date) {
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
#include <deque>
#include <memory>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/types/span.h"
#include "claimcheck/v1/claimcheck.pb.h"
#include "crosscheck/claim_facts.h"
#include "crosscheck/event_window.h"

namespace claimcheck {

// One look-up: the claims filed in one cross-article figure within one event window, except
// those of the asking article. Views: the asker keeps what they view alive during the look-up.
struct FigureWindow {
  std::string_view figure_key;  // FigureKey::ToString() of a cross-article figure
  EventWindow window;           // event dates (EventSeconds), both ends included
  std::string_view article_id;  // the asking article, whose own claims are left out
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
  // article windows[i].article_id and those at kClaimsComparedAcross or beyond in their own
  // article's figure (FigureRanks(): an article shows others its first claims only), ordered by
  // event date. On error (a backend that could not read), `found` is to be discarded.
  virtual absl::Status FindFiled(absl::Span<const FigureWindow> windows,
                                 FoundClaims* found) const = 0;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CROSSCHECK_FILED_CLAIMS_H_
