#include "services/flag_watchers.h"

#include <algorithm>
#include <utility>

namespace claimcheck {

FlagWatchers::Watcher::Watcher(std::vector<v1::FlagKind> kinds, size_t capacity)
    : kinds_(kinds.begin(), kinds.end()), capacity_(std::max<size_t>(capacity, 1)) {}

bool FlagWatchers::Watcher::Wants(v1::FlagKind kind) const {
  return kinds_.empty() || kinds_.contains(kind);
}

void FlagWatchers::Watcher::Push(const v1::FlagEvent& event) {
  absl::MutexLock lock(&mu_);
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
}

std::optional<v1::FlagEvent> FlagWatchers::Watcher::Next(absl::Duration timeout) {
  absl::MutexLock lock(&mu_);
  auto ready = [this]() ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_) { return !queue_.empty() || closed_; };
  mu_.AwaitWithTimeout(absl::Condition(&ready), timeout);
  if (queue_.empty()) return std::nullopt;
  v1::FlagEvent event = std::move(queue_.front());
  queue_.pop_front();
  return event;
}

bool FlagWatchers::Watcher::closed() const {
  absl::MutexLock lock(&mu_);
  return closed_;
}

void FlagWatchers::Watcher::Close() {
  absl::MutexLock lock(&mu_);
  closed_ = true;
}

std::shared_ptr<FlagWatchers::Watcher> FlagWatchers::Add(std::vector<v1::FlagKind> kinds) {
  auto watcher = std::make_shared<Watcher>(std::move(kinds), queue_capacity_);
  absl::MutexLock lock(&mu_);
  if (closed_) {
    watcher->Close();
  } else {
    watchers_.push_back(watcher);
  }
  return watcher;
}

void FlagWatchers::Remove(const std::shared_ptr<Watcher>& watcher) {
  absl::MutexLock lock(&mu_);
  watchers_.erase(std::remove(watchers_.begin(), watchers_.end(), watcher), watchers_.end());
}

void FlagWatchers::Publish(const v1::FlagEvent& event) {
  std::vector<std::shared_ptr<Watcher>> targets;
  {
    absl::MutexLock lock(&mu_);
    targets = watchers_;
  }
  for (const std::shared_ptr<Watcher>& watcher : targets) {
    if (watcher->Wants(event.flag().kind())) watcher->Push(event);
  }
}

void FlagWatchers::Close() {
  std::vector<std::shared_ptr<Watcher>> targets;
  {
    absl::MutexLock lock(&mu_);
    closed_ = true;
    targets.swap(watchers_);
  }
  for (const std::shared_ptr<Watcher>& watcher : targets) watcher->Close();
}

size_t FlagWatchers::watcher_count() const {
  absl::MutexLock lock(&mu_);
  return watchers_.size();
}

}  // namespace claimcheck
