#include "crosscheck/interval.h"

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

v1::Quantity Q(double value, v1::Qualifier qualifier) {
  v1::Quantity q;
  q.set_value(value);
  q.set_qualifier(qualifier);
  return q;
}

TEST(IntervalTest, ExactFigureHasNoTolerance) {
  const Interval in = ToleratedInterval(Q(89, v1::EXACT));
  EXPECT_EQ(in.low, 89);
  EXPECT_EQ(in.high, 89);
  EXPECT_TRUE(Disjoint(in, ToleratedInterval(Q(90, v1::EXACT))));
}

TEST(IntervalTest, RoundFigureToleratesFivePercent) {
  const Interval in = ToleratedInterval(Q(400, v1::EXACT));
  EXPECT_DOUBLE_EQ(in.low, 380);
  EXPECT_DOUBLE_EQ(in.high, 420);
  EXPECT_TRUE(IsRoundFigure(3000));
  EXPECT_TRUE(IsRoundFigure(1500));
  EXPECT_FALSE(IsRoundFigure(410));
  EXPECT_FALSE(IsRoundFigure(90));
  EXPECT_FALSE(IsRoundFigure(12500));
}

TEST(IntervalTest, ApproximateAllowsTenPercent) {
  const Interval in = ToleratedInterval(Q(400, v1::APPROXIMATE));
  EXPECT_DOUBLE_EQ(in.low, 360);
  EXPECT_DOUBLE_EQ(in.high, 440);
  EXPECT_FALSE(Disjoint(in, ToleratedInterval(Q(370, v1::EXACT))));
  EXPECT_TRUE(Disjoint(in, ToleratedInterval(Q(89, v1::EXACT))));
}

// The extractor writes "about"'s bounds into the quantity; they are its whole width, not widened
// a second time (they were: "environ 400" accepted 470).
TEST(IntervalTest, ExtractorBoundsOfAboutAreNotWidenedAgain) {
  v1::Quantity q = Q(400, v1::APPROXIMATE);
  const Interval about = AboutInterval(400);
  q.set_lower(about.low);
  q.set_upper(about.high);
  const Interval in = ToleratedInterval(q);
  EXPECT_DOUBLE_EQ(in.low, 360);
  EXPECT_DOUBLE_EQ(in.high, 440);
  EXPECT_TRUE(Disjoint(in, ToleratedInterval(Q(470, v1::EXACT))));
  EXPECT_TRUE(Disjoint(in, ToleratedInterval(Q(445, v1::EXACT))));
  // A round number word is vaguer than "about": "une cinquantaine" covers 40 to 60.
  const Interval word = RoundWordInterval(50);
  EXPECT_DOUBLE_EQ(word.low, 40);
  EXPECT_DOUBLE_EQ(word.high, 60);
}

TEST(IntervalTest, OpenBoundReadAsACountMayRiseByAboutsWidth) {
  const Interval at_least_20 = OpenBoundAsCount(20);
  EXPECT_EQ(at_least_20.low, 20);
  EXPECT_DOUBLE_EQ(at_least_20.high, 22);
  EXPECT_LT(86, OpenBoundAsCount(85).high);  // "more than 85", then 86: the same count
  EXPECT_GT(12, OpenBoundAsCount(9).high);   // "at least nine", then 12: another
}

TEST(IntervalTest, SmallApproximateAllowsAtLeastOne) {
  const Interval in = ToleratedInterval(Q(5, v1::APPROXIMATE));
  EXPECT_DOUBLE_EQ(in.low, 4);
  EXPECT_DOUBLE_EQ(in.high, 6);
}

TEST(IntervalTest, AtLeastIsOpenEndedAndMeetsLargerCounts) {
  const Interval in = ToleratedInterval(Q(35, v1::AT_LEAST));
  EXPECT_TRUE(in.open_ended());
  EXPECT_EQ(in.low, 35);
  EXPECT_FALSE(Disjoint(in, ToleratedInterval(Q(1000, v1::EXACT))));
  EXPECT_TRUE(Disjoint(in, ToleratedInterval(Q(30, v1::EXACT))));
}

TEST(IntervalTest, UpToStartsAtZero) {
  const Interval in = StatedInterval(Q(500, v1::AT_MOST));
  EXPECT_EQ(in.low, 0);
  EXPECT_EQ(in.high, 500);
}

TEST(IntervalTest, ExtractorBoundsWin) {
  v1::Quantity q = Q(350, v1::RANGE);
  q.set_lower(300);
  q.set_upper(400);
  const Interval stated = StatedInterval(q);
  EXPECT_EQ(stated.low, 300);
  EXPECT_EQ(stated.high, 400);
  const Interval tolerated = ToleratedInterval(q);
  EXPECT_DOUBLE_EQ(tolerated.low, 285);
  EXPECT_DOUBLE_EQ(tolerated.high, 420);
}

TEST(IntervalTest, VagueWithoutBoundsSpansHalfToDouble) {
  const Interval in = ToleratedInterval(Q(100, v1::VAGUE));
  EXPECT_EQ(in.low, 50);
  EXPECT_EQ(in.high, 200);
}

}  // namespace
}  // namespace claimcheck
