// FlagListeners: the listeners a ClaimStore calls with flag events (ClaimStore::AddFlagListener),
// kept apart so that every backend registers and calls them alike.
//
// Usage (a store):
//   FlagListeners listeners_;
//   int64_t AddFlagListener(FlagListener l) override { return listeners_.Add(std::move(l)); }
//   ... after a change, holding none of the store's locks:  listeners_.Notify(events);
//
// Thread safety: thread-safe. Notify() calls the listeners outside its own lock, so a listener
// may add or remove listeners; one removed during a Notify() may still hear that Notify().
#ifndef CLAIMCHECK_STORE_FLAG_LISTENERS_H_
#define CLAIMCHECK_STORE_FLAG_LISTENERS_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"
#include "claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

class FlagListeners {
 public:
  using Listener = std::function<void(const v1::FlagEvent&)>;

  // Returns an id for Remove().
  int64_t Add(Listener listener) ABSL_LOCKS_EXCLUDED(mu_);
  void Remove(int64_t id) ABSL_LOCKS_EXCLUDED(mu_);
  // Calls every listener with each of `events`, in order.
  void Notify(const std::vector<v1::FlagEvent>& events) const ABSL_LOCKS_EXCLUDED(mu_);

 private:
  mutable absl::Mutex mu_;
  int64_t next_ ABSL_GUARDED_BY(mu_) = 1;
  std::map<int64_t, std::shared_ptr<Listener>> listeners_ ABSL_GUARDED_BY(mu_);
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_FLAG_LISTENERS_H_
