#include "crosscheck/event_window.h"

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

}  // namespace
}  // namespace claimcheck
