// ArticleChange: what storing, replacing or deleting one article does to the flags of the
// store's claims, for IngestResult and the flag listeners (claim_store.h).
//
// Flags are not stored, so a change is found by computing, before and after it, the flags of
// every claim it can alter: the article's stored claims (which it removes),
// its new claims, and the figure neighbours of both, the other articles' claims they meet
// (crosscheck/article_flags.h). Only a claim a figure shows meets the claims around it
// (crosscheck/filed_claims.h, kClaimsShownPerDay): a new claim filed beyond its day's first
// alters no stored claim, so an ingest into a busy figure reads a bounded number of claims; a
// removal may show others, so it reads every claim around what it removes. The neighbours' flags are compared by identity
// (crosscheck/flag_changes.h); every flag of a removed claim is cleared, every flag of a new
// claim raised, the old ones cleared first: a watcher that adds what is raised and removes what
// is cleared holds the store's current flags.
//
// It reads the store through StoredClaims (stored_claims.h), so both backends share it: the
// in-memory table, and a Redis Cluster read before and after the change is written.
//
// Usage (by a ClaimStore, which orders the writers of the claims a change can alter):
//   absl::StatusOr<ArticleChange> change =
//       ArticleChange::Before(before, article.id(), claims);   // `before` views the store now
//   ... remove the article's claims, store the new ones (none for a delete) ...
//   absl::StatusOr<FlagsChanged> changed = change->After(after, new_claims, absl::Now());
//
// Errors: those of the backend (UNAVAILABLE when a Redis Cluster is down).
//
// Thread safety: thread-compatible. Before() reads the store, After() reads it and records the
// contested kinds of what changed (StoredClaims::SetContested): nothing else may change the
// claims a change can alter between the two, which the store ensures (its write lock; in Redis,
// locks on the article and its figures).
#ifndef CLAIMCHECK_STORE_ARTICLE_CHANGE_H_
#define CLAIMCHECK_STORE_ARTICLE_CHANGE_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "absl/time/time.h"
#include "claimcheck/v1/claimcheck.pb.h"
#include "absl/status/statusor.h"
#include "store/stored_claims.h"

namespace claimcheck {

// What a change did to the flags.
struct FlagsChanged {
  std::vector<v1::Claim> claims;   // the article's new claims, with their current flags
  std::vector<v1::Flag> raised;    // on the new claims and on stored ones
  std::vector<v1::Flag> cleared;   // on the removed claims and on stored ones
  std::vector<v1::FlagEvent> events;  // one per flag raised or cleared, clears of a claim first
};

class ArticleChange {
 public:
  using Handle = StoredClaims::Handle;

  // Reads, before the change, the flags it can alter: those of `article_id`'s stored claims
  // (none if it is not stored) and of the stored claims of other articles that these claims or
  // `new_claims` (its claims after the change; none for a delete) meet.
  static absl::StatusOr<ArticleChange> Before(StoredClaims& before, std::string_view article_id,
                                              const std::vector<v1::Claim>& new_claims);

  // Once the change is applied (the article's old claims removed, and for an ingest its claims
  // stored as `new_claims`, in order): records the contested kinds of every claim it altered
  // through `after` and returns what it raised and cleared; events are dated `now`. `after`
  // may be `before` itself (the in-memory store) or a fresh view of the store.
  absl::StatusOr<FlagsChanged> After(StoredClaims& after, absl::Span<const Handle> new_claims,
                                     absl::Time now) const;

  // For a change written without an ArticleChange (the repair of one a crashed writer left half
  // done, when what came before is gone): records through `now` the contested kinds of
  // `new_claims` and of the claims of other articles that they or `replaced` (the claims the
  // change removed) meet. Tells no one: the events of such a change are lost.
  static absl::Status RecordContested(StoredClaims& now, const std::vector<v1::Claim>& replaced,
                                      absl::Span<const Handle> new_claims);

  // The article's claims before the change, as stored (with the flags they held).
  const std::vector<v1::Claim>& removed() const { return removed_; }
  // The stored claims of other articles the change can alter, those it compared before.
  std::vector<Handle> neighbours() const;

 private:
  explicit ArticleChange(std::string_view article_id) : article_id_(article_id) {}
  // Compares the neighbours' flags with those they held before.
  absl::Status NeighbourChanges(StoredClaims& after, absl::Time now, FlagsChanged* out) const;
  void AddEvent(const v1::Flag& flag, const v1::Claim& claim, bool cleared, absl::Time now,
                FlagsChanged* out) const;

  std::string article_id_;
  std::vector<v1::Claim> removed_;  // the article's stored claims, with the flags they held
  std::map<Handle, std::vector<v1::Flag>> neighbours_;  // claim -> flags before the change
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_ARTICLE_CHANGE_H_
