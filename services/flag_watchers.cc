#include "services/flag_watchers.h"

#include <algorithm>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "base/mutex_lock.h"

namespace claimcheck {

FlagWatchers::Watcher::Watcher(std::vector<v1::FlagKind> kinds, size_t capacity, std::string owner)
    : kinds_(kinds.begin(), kinds.end()),
      capacity_(std::max<size_t>(capacity, 1)),
      owner_(std::move(owner)) {}

bool FlagWatchers::Watcher::Wants(v1::FlagKind kind) const {
  return kinds_.empty() || kinds_.contains(kind);
}

void FlagWatchers::Watcher::Push(const v1::FlagEvent& event) {
  WriterMutexLock lock(&mu_);
  if (closed_) return;
  if (queue_.size() >= capacity_) {
    // Keep the newest events: an alerting client cares most about what just happened. The gap
    // (this event and any it was already reporting) moves to the event now first in line.
    const uint64_t lost = 1 + queue_.front().dropped_before();
    queue_.pop_front();
    if (queue_.empty()) {
      dropped_ += lost;
    } else {
      queue_.front().set_dropped_before(queue_.front().dropped_before() + lost);
    }
  }
  queue_.push_back(event);
  queue_.back().set_dropped_before(dropped_);
  dropped_ = 0;
  ready_.Signal();
}

std::optional<v1::FlagEvent> FlagWatchers::Watcher::Next(absl::Duration timeout) {
  WriterMutexLock lock(&mu_);
  const absl::Time deadline = absl::Now() + timeout;
  while (queue_.empty() && !closed_) {
    // The wait unlocks and relocks mu_ inside Abseil, where ThreadSanitizer cannot see it; the
    // condition is therefore checked here, not by Abseil on another thread.
    CLAIMCHECK_TSAN_RELEASE(&mu_);
    const bool timed_out = ready_.WaitWithDeadline(&mu_, deadline);
    CLAIMCHECK_TSAN_ACQUIRE(&mu_);
    if (timed_out) break;
  }
  if (queue_.empty()) return std::nullopt;
  v1::FlagEvent event = std::move(queue_.front());
  queue_.pop_front();
  return event;
}

bool FlagWatchers::Watcher::closed() const {
  WriterMutexLock lock(&mu_);
  return closed_;
}

void FlagWatchers::Watcher::Close() {
  WriterMutexLock lock(&mu_);
  closed_ = true;
  ready_.SignalAll();
}

absl::StatusOr<std::shared_ptr<FlagWatchers::Watcher>> FlagWatchers::Add(
    std::vector<v1::FlagKind> kinds, absl::string_view owner) {
  auto watcher = std::make_shared<Watcher>(std::move(kinds), limits_.queue_capacity,
                                           std::string(owner));
  WriterMutexLock lock(&mu_);
  if (closed_) {
    watcher->Close();
    return watcher;
  }
  if (limits_.max_watchers > 0 && watchers_.size() >= limits_.max_watchers) {
    return absl::ResourceExhaustedError(absl::StrCat(
        "the server already serves ", watchers_.size(),
        " WatchFlags streams, its limit (--max_watchers); try again later"));
  }
  if (!owner.empty() && limits_.max_per_owner > 0) {
    auto it = per_owner_.find(owner);
    if (it != per_owner_.end() && it->second >= limits_.max_per_owner) {
      return absl::ResourceExhaustedError(absl::StrCat(
          "this token already holds ", it->second,
          " WatchFlags streams, the limit per token (--max_watchers_per_token)"));
    }
  }
  watchers_.push_back(watcher);
  if (!owner.empty()) ++per_owner_[owner];
  return watcher;
}

void FlagWatchers::Remove(const std::shared_ptr<Watcher>& watcher) {
  WriterMutexLock lock(&mu_);
  auto it = std::find(watchers_.begin(), watchers_.end(), watcher);
  if (it == watchers_.end()) return;  // never added, removed already, or closed
  watchers_.erase(it);
  auto owner = per_owner_.find(watcher->owner_);
  if (owner != per_owner_.end() && --owner->second == 0) per_owner_.erase(owner);
}

void FlagWatchers::Publish(const v1::FlagEvent& event) {
  std::vector<std::shared_ptr<Watcher>> targets;
  {
    WriterMutexLock lock(&mu_);
    targets = watchers_;
  }
  for (const std::shared_ptr<Watcher>& watcher : targets) {
    if (watcher->Wants(event.flag().kind())) watcher->Push(event);
  }
}

void FlagWatchers::Close() {
  std::vector<std::shared_ptr<Watcher>> targets;
  {
    WriterMutexLock lock(&mu_);
    closed_ = true;
    targets.swap(watchers_);
    per_owner_.clear();
  }
  for (const std::shared_ptr<Watcher>& watcher : targets) watcher->Close();
}

size_t FlagWatchers::watcher_count() const {
  WriterMutexLock lock(&mu_);
  return watchers_.size();
}

}  // namespace claimcheck
