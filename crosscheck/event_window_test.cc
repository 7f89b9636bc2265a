#include "crosscheck/event_window.h"

#include <cstdint>
#include <limits>

#include "crosscheck/test_claims.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST(EventWindowTest, AClaimsEventIsItsArticlesDateAndAnUndatedClaimHasNone) {
  const v1::Claim dated = TestClaim("a", 1).Date("2023-01-04").Build();
  EXPECT_EQ(EventSeconds(FactsOf(dated)), TestDateSeconds("2023-01-04"));
  const v1::Claim undated = TestClaim("a", 2).Build();
  EXPECT_FALSE(EventSeconds(FactsOf(undated)).has_value());
}

TEST(EventWindowTest, TheWindowHoldsSevenDaysEitherSideBothEndsIncluded) {
  const int64_t day = TestDateSeconds("2023-01-10");
  const EventWindow window = EventWindowAround(day);
  EXPECT_TRUE(window.Contains(day));
  EXPECT_TRUE(window.Contains(TestDateSeconds("2023-01-03")));
  EXPECT_TRUE(window.Contains(TestDateSeconds("2023-01-17")));
  EXPECT_FALSE(window.Contains(TestDateSeconds("2023-01-03") - 1));
  EXPECT_FALSE(window.Contains(TestDateSeconds("2023-01-17") + 1));
}

TEST(EventWindowTest, SameEventNeedsBothDatesWithinTheWindow) {
  const ClaimFacts jan4 = FactsOf(TestClaim("a", 1).Date("2023-01-04").Build());
  const v1::Claim jan11_claim = TestClaim("b", 1).Date("2023-01-11").Build();
  const v1::Claim jan12_claim = TestClaim("c", 1).Date("2023-01-12").Build();
  const v1::Claim undated_claim = TestClaim("d", 1).Build();
  EXPECT_TRUE(SameEvent(jan4, FactsOf(jan11_claim)));
  EXPECT_TRUE(SameEvent(FactsOf(jan11_claim), jan4));
  EXPECT_FALSE(SameEvent(jan4, FactsOf(jan12_claim)));
  EXPECT_FALSE(SameEvent(jan4, FactsOf(undated_claim)));
}

constexpr int64_t kMin = std::numeric_limits<int64_t>::min();
constexpr int64_t kMax = std::numeric_limits<int64_t>::max();

// A date at either end of int64 (a bad clock, a hostile client) once overflowed these sums and
// killed the server; under --config=asan (UBSan) an overflow fails the test.
TEST(EventWindowTest, WindowsAtTheEndsOfTimeSaturate) {
  const EventWindow first = EventWindowAround(kMin);
  EXPECT_EQ(first.first_seconds, kMin);
  EXPECT_EQ(first.last_seconds, kMin + kEventWindowSeconds);
  EXPECT_TRUE(first.Contains(kMin));
  const EventWindow last = EventWindowAround(kMax);
  EXPECT_EQ(last.first_seconds, kMax - kEventWindowSeconds);
  EXPECT_EQ(last.last_seconds, kMax);
  EXPECT_TRUE(last.Contains(kMax));
}

TEST(EventWindowTest, SecondsApartIsExactForAnyTwoDates) {
  EXPECT_EQ(SecondsApart(kMin, kMax), ~uint64_t{0});
  EXPECT_EQ(SecondsApart(kMax, kMin), ~uint64_t{0});
  EXPECT_EQ(SecondsApart(kMin, 0), uint64_t{1} << 63);
  EXPECT_EQ(SecondsApart(0, kMin), uint64_t{1} << 63);
  EXPECT_EQ(SecondsApart(-3, 4), 7u);
  EXPECT_EQ(SecondsApart(kMax, kMax), 0u);
}

TEST(EventWindowTest, SaturatingAddStopsAtTheEnds) {
  EXPECT_EQ(SaturatingAdd(kMax, 1), kMax);
  EXPECT_EQ(SaturatingAdd(kMin, -1), kMin);
  EXPECT_EQ(SaturatingAdd(kMin, kMax), -1);
  EXPECT_EQ(SaturatingAdd(kMax - 5, 3), kMax - 2);
}

TEST(EventWindowTest, ClaimsAtTheEndsOfTimeAreNotOneEventWithToday) {
  v1::Claim today = TestClaim("a", 1).Date("2023-01-04").Build();
  v1::Claim first = TestClaim("b", 1).Build();
  first.mutable_published_at()->set_seconds(kMin);
  v1::Claim last = TestClaim("c", 1).Build();
  last.mutable_published_at()->set_seconds(kMax);
  EXPECT_FALSE(SameEvent(FactsOf(today), FactsOf(first)));
  EXPECT_FALSE(SameEvent(FactsOf(first), FactsOf(today)));
  EXPECT_FALSE(SameEvent(FactsOf(last), FactsOf(first)));
  EXPECT_FALSE(SameEvent(FactsOf(first), FactsOf(last)));
  EXPECT_TRUE(SameEvent(FactsOf(last), FactsOf(last)));
}

}  // namespace
}  // namespace claimcheck
