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

int64_t DayOf(int64_t seconds) {
  constexpr int64_t kDay = int64_t{24} * 3600;
  return seconds / kDay - (seconds % kDay < 0 ? 1 : 0);
}

bool OneDayCount(v1::Metric metric) { return metric == v1::PARTICIPATED; }

namespace {

// True when `named`'s text names the event's day and that day comes after the day `other` was
// stated (its article's date), `other` naming no day: it cannot count an event to come.
bool NamedAfterStatement(const ClaimFacts& named, const ClaimFacts& other) {
  return named.event_date_named && !other.event_date_named && other.has_date &&
         DayOf(named.event_seconds) > DayOf(other.date_seconds);
}

}  // namespace

bool DaysApart(const ClaimFacts& a, const ClaimFacts& b) {
  if (a.event_date_named && b.event_date_named) {
    return DayOf(a.event_seconds) != DayOf(b.event_seconds);
  }
  return NamedAfterStatement(a, b) || NamedAfterStatement(b, a);
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
  if (!a_event || !b_event || DaysApart(a, b)) return false;
  if (OneDayCount(a.metric) && OneDayCount(b.metric)) {
    return SecondsApart(DayOf(*a_event), DayOf(*b_event)) <= 1;
  }
  return SecondsApart(*a_event, *b_event) <= static_cast<uint64_t>(kEventWindowSeconds);
}

}  // namespace claimcheck
