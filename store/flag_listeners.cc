#include "store/flag_listeners.h"

#include <utility>

#include "base/mutex_lock.h"

namespace claimcheck {

int64_t FlagListeners::Add(Listener listener) {
  WriterMutexLock lock(&mu_);
  const int64_t id = next_++;
  listeners_[id] = std::make_shared<Listener>(std::move(listener));
  return id;
}

void FlagListeners::Remove(int64_t id) {
  WriterMutexLock lock(&mu_);
  listeners_.erase(id);
}

void FlagListeners::Notify(const std::vector<v1::FlagEvent>& events) const {
  if (events.empty()) return;
  std::vector<std::shared_ptr<Listener>> listeners;
  {
    WriterMutexLock lock(&mu_);
    for (const auto& [id, listener] : listeners_) listeners.push_back(listener);
  }
  for (const auto& listener : listeners) {
    for (const v1::FlagEvent& event : events) (*listener)(event);
  }
}

}  // namespace claimcheck
