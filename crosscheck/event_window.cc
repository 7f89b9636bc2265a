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

// The days a crowd count may be of (OneDayCount()): the day its text names, else the day it was
// stated or the day before (the next morning's paper), both ends included.
struct Days {
  int64_t first = 0, last = 0;
};
Days CrowdDays(const ClaimFacts& c, int64_t event_seconds) {
  const int64_t day = DayOf(event_seconds);
  return c.event_date_named ? Days{day, day} : Days{day - 1, day};
}

}  // namespace

bool DaysApart(const ClaimFacts& a, const ClaimFacts& b) {
  return a.event_date_named && b.event_date_named &&
         DayOf(a.event_seconds) != DayOf(b.event_seconds);
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
    const Days a_days = CrowdDays(a, *a_event), b_days = CrowdDays(b, *b_event);
    return a_days.first <= b_days.last && b_days.first <= a_days.last;
  }
  return SecondsApart(*a_event, *b_event) <= static_cast<uint64_t>(kEventWindowSeconds);
}

}  // namespace claimcheck
