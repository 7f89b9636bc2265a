// FlagWatchers fans flag events out to WatchFlags streams. Each watcher has its own bounded
// queue: Publish() never waits for a reader, so a slow watcher never blocks ingest; when its queue
// is full the oldest event is dropped and counted, and the next event it receives carries that
// count in FlagEvent.dropped_before. How many watchers there may be, in all and per owner (the
// caller's token), is bounded too: what watchers that never read cost is queue_capacity events
// each, times max_watchers.
//
// Usage:
//   FlagWatchers watchers({/*queue_capacity=*/1024, /*max_watchers=*/64, /*max_per_owner=*/8});
//   absl::StatusOr<std::shared_ptr<FlagWatchers::Watcher>> w = watchers.Add({v1::CONFLICT}, token);
//   watchers.Publish(event);                        // from the store's flag listener
//   std::optional<v1::FlagEvent> e = (*w)->Next(absl::Milliseconds(200));
//   watchers.Remove(*w);
//
// Thread safety: every method may be called from any number of threads at once. Its locks are
// visible to ThreadSanitizer (store/mutex_lock.h).
#ifndef CLAIMCHECK_SERVICES_FLAG_WATCHERS_H_
#define CLAIMCHECK_SERVICES_FLAG_WATCHERS_H_

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

class FlagWatchers {
 public:
  struct Limits {
    // Events a watcher may fall behind by before the oldest are dropped.
    size_t queue_capacity = 1024;
    // Watchers at once, in all and per owner (0: no limit).
    size_t max_watchers = 64;
    size_t max_per_owner = 8;
  };

  class Watcher {
   public:
    Watcher(std::vector<v1::FlagKind> kinds, size_t capacity, std::string owner);

    // The next event, waiting up to `timeout`; nullopt on timeout or once closed and drained.
    std::optional<v1::FlagEvent> Next(absl::Duration timeout);
    bool closed() const;

   private:
    friend class FlagWatchers;
    bool Wants(v1::FlagKind kind) const;
    void Push(const v1::FlagEvent& event);
    void Close();

    const absl::flat_hash_set<int> kinds_;  // empty: every kind
    const size_t capacity_;
    const std::string owner_;
    mutable absl::Mutex mu_;
    absl::CondVar ready_;  // signalled when an event is queued or the watcher closes
    std::deque<v1::FlagEvent> queue_ ABSL_GUARDED_BY(mu_);
    // Events lost while the queue was empty of survivors, for the next event pushed.
    uint64_t dropped_ ABSL_GUARDED_BY(mu_) = 0;
    bool closed_ ABSL_GUARDED_BY(mu_) = false;
  };

  explicit FlagWatchers(Limits limits) : limits_(limits) {}

  // A new watcher of `kinds` (empty: every kind) for `owner` ("" counts only against
  // max_watchers). RESOURCE_EXHAUSTED, naming the limit, when there are max_watchers already or
  // `owner` holds max_per_owner. Once Close() was called it is born closed.
  absl::StatusOr<std::shared_ptr<Watcher>> Add(std::vector<v1::FlagKind> kinds,
                                               absl::string_view owner = "");
  void Remove(const std::shared_ptr<Watcher>& watcher);

  // Queues `event` on every watcher that wants its flag's kind. Never blocks on a watcher.
  void Publish(const v1::FlagEvent& event);

  // Closes every watcher (now and later): their Next() returns nullopt once drained. For shutdown.
  void Close();

  size_t watcher_count() const;

 private:
  const Limits limits_;
  mutable absl::Mutex mu_;
  std::vector<std::shared_ptr<Watcher>> watchers_ ABSL_GUARDED_BY(mu_);
  absl::flat_hash_map<std::string, size_t> per_owner_ ABSL_GUARDED_BY(mu_);
  bool closed_ ABSL_GUARDED_BY(mu_) = false;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_SERVICES_FLAG_WATCHERS_H_
