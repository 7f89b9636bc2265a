#include "crosscheck/event_window.h"

#include <cstdlib>

namespace claimcheck {

std::optional<int64_t> EventSeconds(const ClaimFacts& claim) {
  if (!claim.has_date) return std::nullopt;
  return claim.date_seconds;
}

EventWindow EventWindowAround(int64_t event_seconds) {
  return EventWindow{event_seconds - kEventWindowSeconds, event_seconds + kEventWindowSeconds};
}

bool SameEvent(const ClaimFacts& a, const ClaimFacts& b) {
  const std::optional<int64_t> a_event = EventSeconds(a);
  const std::optional<int64_t> b_event = EventSeconds(b);
  if (!a_event || !b_event) return false;
  return std::llabs(*a_event - *b_event) <= kEventWindowSeconds;
}

}  // namespace claimcheck
