#include "crosscheck/interval.h"

#include <algorithm>
#include <cmath>

namespace claimcheck {
namespace {

constexpr double kRoundTolerance = 0.05;

// Rounding: a round figure or a range's round bounds, widened by `fraction` of themselves.
Interval Widen(Interval in, double fraction) {
  in.low = std::max(0.0, in.low * (1 - fraction));
  if (!in.open_ended()) in.high *= 1 + fraction;
  return in;
}

}  // namespace

Interval AboutInterval(double value) {
  const double margin = std::max(value * kAboutFraction, 1.0);
  return Interval{std::max(0.0, value - margin), value + margin};
}

Interval RoundWordInterval(double value) {
  return Interval{value * (1 - kRoundWordFraction), value * (1 + kRoundWordFraction)};
}

Interval OpenBoundAsCount(double bound) { return Interval{bound, AboutInterval(bound).high}; }

bool IsRoundFigure(double value) {
  if (value < 100 || value != std::floor(value)) return false;
  // Round at the leading digit's scale or one below it: 400, 3000, 1500, 12000 but not 410.
  const double scale = std::pow(10.0, std::floor(std::log10(value)) - 1);
  return std::fmod(value, scale) == 0 && std::fmod(value, 100) == 0;
}

QuantityBounds BoundsOf(const v1::Quantity& q) {
  QuantityBounds b;
  b.value = q.value();
  b.qualifier = q.qualifier();
  if (q.has_lower()) b.lower = q.lower();
  if (q.has_upper()) b.upper = q.upper();
  return b;
}

Interval StatedInterval(const QuantityBounds& q) {
  Interval in;
  const double v = q.value;
  switch (q.qualifier) {
    case v1::AT_LEAST:
    case v1::MORE_THAN:
      in.low = v;
      break;
    case v1::AT_MOST:
    case v1::LESS_THAN:
      in.low = 0;
      in.high = v;
      break;
    case v1::VAGUE:
      in.low = v / 2;
      in.high = v * 2;
      break;
    default:  // EXACT, APPROXIMATE, RANGE without bounds, unspecified: the value itself.
      in.low = v;
      in.high = v;
      break;
  }
  if (q.lower) in.low = *q.lower;
  if (q.upper) in.high = *q.upper;
  return in;
}

Interval ToleratedInterval(const QuantityBounds& q) {
  const Interval stated = StatedInterval(q);
  switch (q.qualifier) {
    case v1::APPROXIMATE:
      // The extractor's bounds are the hedge's width already (AboutInterval, RoundWordInterval):
      // widening them again made "environ 400" accept 470.
      return q.lower || q.upper ? stated : AboutInterval(q.value);
    case v1::RANGE:
      return Widen(stated, kRoundTolerance);
    case v1::EXACT:
    case v1::QUALIFIER_UNSPECIFIED:
      return IsRoundFigure(q.value) ? Widen(stated, kRoundTolerance) : stated;
    default:
      return stated;
  }
}

bool Disjoint(const Interval& a, const Interval& b) {
  return a.high < b.low || b.high < a.low;
}

}  // namespace claimcheck
