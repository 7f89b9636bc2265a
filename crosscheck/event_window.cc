#include "crosscheck/event_window.h"

#include <limits>

namespace claimcheck {

uint64_t SecondsApart(int64_t a, int64_t b) {
  // Unsigned subtraction wraps modulo 2^64, which is exact for the larger minus the smaller.
  const uint64_t ua = static_cast<uint64_t>(a), ub = static_cast<uint64_t>(b);
  return a >= b ? ua - ub : ub - ua;
}

int64_t SaturatingAdd(int64_t a, int64_t b) {
  int64_t sum = 0;
  if (!__builtin_add_overflow(a, b, &sum)) return sum;
  return b > 0 ? std::numeric_limits<int64_t>::max() : std::numeric_limits<int64_t>::min();
}

std::optional<int64_t> EventSeconds(const ClaimFacts& claim) {
  if (claim.has_event_date) return claim.event_seconds;
  if (!claim.has_date) return std::nullopt;
  return claim.date_seconds;
}

EventWindow EventWindowAround(int64_t event_seconds) {
  return EventWindow{SaturatingAdd(event_seconds, -kEventWindowSeconds),
                     SaturatingAdd(event_seconds, kEventWindowSeconds)};
}

bool SameEvent(const ClaimFacts& a, const ClaimFacts& b) {
  const std::optional<int64_t> a_event = EventSeconds(a);
  const std::optional<int64_t> b_event = EventSeconds(b);
  if (!a_event || !b_event) return false;
  return SecondsApart(*a_event, *b_event) <= static_cast<uint64_t>(kEventWindowSeconds);
}

}  // namespace claimcheck
