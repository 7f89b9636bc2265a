// Interval arithmetic for claimed quantities: what range of true values a claim allows, once the
// way it was stated ("about", "at least", a round 400) is taken into account.
//
// Usage:
//   Interval stated = StatedInterval(claim.quantity());      // [35, +inf) for "at least 35"
//   Interval allowed = ToleratedInterval(claim.quantity());  // [360, 440] for "about 400"
//   if (Disjoint(allowed_a, allowed_b)) ...                  // the claims cannot both be right
//
// This file is the one definition of how wide a hedge is. The extractor writes the bounds of
// "about" and of round number words into Quantity.lower/upper with AboutInterval() and
// RoundWordInterval(), and ToleratedInterval() never widens bounds the extractor set a second
// time: "environ 400" allows [360, 440] whoever reads it.
//
// Tolerance (why: reporters round, and "about 400" is not contradicted by 380):
//   EXACT        no tolerance, except a round figure (>= 100 and a multiple of 100, or >= 1000
//                and a multiple of 1000...) which is read as +-5%: "400 killed" is rarely exact.
//   APPROXIMATE  the extractor's bounds: +-kAboutFraction (10%, at least +-1) for "about 400",
//                "environ", "roughly", "nearly", "some"; +-kRoundWordFraction (20%) for a round
//                number word ("une cinquantaine", "a dozen"), vaguer than "about 50". Without
//                bounds, AboutInterval(value).
//   RANGE        the stated bounds, widened by 5% (the bounds are round figures too).
//   VAGUE        the stated bounds ("des centaines": [200, 999]), else [value/2, value*2].
//   AT_LEAST, MORE_THAN   [value, +inf)   ("more than 85" does not contradict 85 being reported)
//   AT_MOST, LESS_THAN    [0, value]
// Bounds the extractor set (lower/upper) win over the ones derived from the value.
//
// Thread safety: plain functions over values.
#ifndef CLAIMCHECK_CROSSCHECK_INTERVAL_H_
#define CLAIMCHECK_CROSSCHECK_INTERVAL_H_

#include <limits>
#include <optional>

#include "claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

struct Interval {
  double low = 0;
  double high = std::numeric_limits<double>::infinity();  // +inf: open-ended
  bool open_ended() const { return high == std::numeric_limits<double>::infinity(); }
};

// How far "about N" reaches either side of N, as a fraction of N (and at least 1).
inline constexpr double kAboutFraction = 0.10;
// The same for a round number word, which says less than "about N" with the figure written out:
// "une vingtaine" is said of 17 as of 23.
inline constexpr double kRoundWordFraction = 0.20;

// "about `value`": value -+ max(kAboutFraction * value, 1), never below 0.
Interval AboutInterval(double value);
// A round number word of `value` ("une cinquantaine" = 50): value -+ kRoundWordFraction * value.
Interval RoundWordInterval(double value);
// An open lower bound ("at least 20", "more than 85") read as the count it states, a toll that
// may still rise a little: [bound, AboutInterval(bound).high]. Cross-checking compares a later
// figure of the same voice with this: 86 after "more than 85" is the same count, 33 after
// "at least 20" a new one.
Interval OpenBoundAsCount(double bound);

// The parts of a v1::Quantity the intervals depend on, for callers that store them unpacked.
struct QuantityBounds {
  double value = 0;
  v1::Qualifier qualifier = v1::QUALIFIER_UNSPECIFIED;
  std::optional<double> lower;
  std::optional<double> upper;
};
QuantityBounds BoundsOf(const v1::Quantity& quantity);

// The interval the words state, without tolerance.
Interval StatedInterval(const QuantityBounds& quantity);
inline Interval StatedInterval(const v1::Quantity& q) { return StatedInterval(BoundsOf(q)); }

// The interval the claim allows once rounding and hedging are tolerated (see the file comment).
Interval ToleratedInterval(const QuantityBounds& quantity);
inline Interval ToleratedInterval(const v1::Quantity& q) { return ToleratedInterval(BoundsOf(q)); }

// True when no value lies in both intervals.
bool Disjoint(const Interval& a, const Interval& b);

// True when `value` is a round figure a reporter would likely have rounded to (400, 3000).
bool IsRoundFigure(double value);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CROSSCHECK_INTERVAL_H_
