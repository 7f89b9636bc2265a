#include "crosscheck/interval.h"

#include <algorithm>
#include <cmath>

namespace claimcheck {
namespace {

constexpr double kApproximateTolerance = 0.15;
constexpr double kRoundTolerance = 0.05;

Interval Widen(Interval in, double fraction, double at_least) {
  const double low_margin = std::max(in.low * fraction, at_least);
  in.low = std::max(0.0, in.low - low_margin);
  if (!in.open_ended()) in.high += std::max(in.high * fraction, at_least);
  return in;
}

}  // namespace

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
      return Widen(stated, kApproximateTolerance, 1.0);
    case v1::RANGE:
      return Widen(stated, kRoundTolerance, 0.0);
    case v1::EXACT:
    case v1::QUALIFIER_UNSPECIFIED:
      return IsRoundFigure(q.value) ? Widen(stated, kRoundTolerance, 0.0) : stated;
    default:
      return stated;
  }
}

bool Disjoint(const Interval& a, const Interval& b) {
  return a.high < b.low || b.high < a.low;
}

}  // namespace claimcheck
