// When a claim's event happened, and which claims speak of one event.
//
// Claims of different articles are compared only when they speak of one event: the same figure
// (figure_key.h) and event dates at most kEventWindowSeconds apart. A claim's event date is the
// day its text names for the event (Claim.event_date, ClaimFacts::event_seconds), else its
// article's publication date (ClaimFacts::date_seconds), which stays the time of the statement.
// EventSeconds() is the one place that says so: the store's date index, the look-ups of
// FiledClaims (filed_claims.h) and Comparable() all read it.
//
// What the days say, in one article as across articles (DaysApart()): two days both named by the
// texts that differ are two events ("the pagers on Tuesday", "the radios on Wednesday"). And
// across articles (SameEvent()): a toll grows for days after its event, so claims whose event
// dates are within kEventWindowSeconds may count one event; a crowd is counted for its day only
// (OneDayCount()): the day its text names, else the day it was stated or the day before (the
// next morning's paper), and two crowd counts are one event only when those days meet. Two days
// of one movement, Tuesday's marchers and those of a Saturday recapped on Sunday, or of the
// Wednesday after a live blog of Tuesday, are two events.
//
// Why a named day after another claim's statement is not enough for a toll: the day a text
// names is often the day a figure was given ("44 dead, the governor said on Tuesday"), after the
// strike of Saturday that an article of Sunday counted; the toll's week keeps them together.
//
// Usage:
//   std::optional<int64_t> event = EventSeconds(facts);
//   if (event) {
//     const EventWindow window = EventWindowAround(*event);
//     ... window.Contains(*EventSeconds(other)) ...
//   }
//
// Thread safety: plain functions over values.
#ifndef CLAIMCHECK_CROSSCHECK_EVENT_WINDOW_H_
#define CLAIMCHECK_CROSSCHECK_EVENT_WINDOW_H_

#include <cstdint>
#include <optional>

#include "crosscheck/claim_facts.h"

namespace claimcheck {

// Claims whose events are at most this far apart are about the same event.
inline constexpr int64_t kEventWindowSeconds = int64_t{7} * 24 * 3600;

// The UTC day holding a time in seconds (days since 1970-01-01), rounding down before 1970 too.
int64_t DayOf(int64_t seconds);

// True for the metrics whose count is one day's: a crowd (PARTICIPATED) marches on one day, and
// the next march is counted anew, while a toll counts one event for days after it.
bool OneDayCount(v1::Metric metric);

// True when the texts of `a` and `b` both name the event's day and the days differ: two events
// (see the file comment).
bool DaysApart(const ClaimFacts& a, const ClaimFacts& b);

// The date of the event the claim speaks of, in seconds since the Unix epoch; nullopt for an
// undated claim, which is compared only inside its own article.
std::optional<int64_t> EventSeconds(const ClaimFacts& claim);

// Event dates, both ends included.
struct EventWindow {
  int64_t first_seconds = 0;
  int64_t last_seconds = 0;
  bool Contains(int64_t seconds) const {
    return first_seconds <= seconds && seconds <= last_seconds;
  }
};

// The dates within kEventWindowSeconds of `event_seconds`.
EventWindow EventWindowAround(int64_t event_seconds);

// True when both claims are dated, their days are not apart (DaysApart()), and their events are
// within kEventWindowSeconds of each other, or, for two counts of one day (OneDayCount()), their
// days meet (see the file comment; UTC days).
bool SameEvent(const ClaimFacts& a, const ClaimFacts& b);

// Date arithmetic that cannot overflow, for dates anywhere in int64 (a client may send any).
// |a - b|, exact: as uint64, since it may exceed INT64_MAX.
uint64_t SecondsApart(int64_t a, int64_t b);
// a + b, held at INT64_MIN or INT64_MAX instead of overflowing.
int64_t SaturatingAdd(int64_t a, int64_t b);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CROSSCHECK_EVENT_WINDOW_H_
