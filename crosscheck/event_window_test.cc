#include "crosscheck/event_window.h"

#include <cstdint>
#include <limits>
#include <string>

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

// A crowd count of article `article` published on `date`, naming the event's day when `day` is
// given.
v1::Claim Crowd(const std::string& article, const std::string& date, const std::string& day = "",
                const std::string& basis = "") {
  TestClaim c(article, 1);
  c.Exact(81000).Metric(v1::PARTICIPATED).Subject("protester").Place("Paris").Date(date);
  if (!day.empty()) c.EventDate(day, basis);
  return c.Build();
}

TEST(EventWindowTest, OnlyTwoNamedDaysThatDifferAreApart) {
  const v1::Claim tuesday = Crowd("a", "2023-03-07", "2023-03-07", "mardi");
  const v1::Claim saturday = Crowd("b", "2023-03-12", "2023-03-11", "samedi");
  EXPECT_TRUE(DaysApart(FactsOf(tuesday), FactsOf(saturday)));
  EXPECT_TRUE(DaysApart(FactsOf(saturday), FactsOf(tuesday)));
  const v1::Claim recap = Crowd("c", "2023-03-12", "2023-03-07", "mardi 7 mars");
  EXPECT_FALSE(DaysApart(FactsOf(tuesday), FactsOf(recap)));
  // An event date that is only the article's date names nothing: the window decides.
  const v1::Claim unnamed = Crowd("d", "2023-03-07", "2023-03-07", "");
  EXPECT_FALSE(DaysApart(FactsOf(unnamed), FactsOf(saturday)));
  // "44 dead, the governor said on Tuesday" names the day of the statement, after the article
  // of Sunday that counted 30: one toll, in the toll's week.
  const auto toll = [](const std::string& article, const std::string& date,
                       const std::string& day, const std::string& basis) {
    TestClaim c(article, 1);
    c.Exact(30).Metric(v1::KILLED).Subject("person").Place("Dnipro").Date(date);
    if (!day.empty()) c.EventDate(day, basis);
    return FactsOf(c.Build());
  };
  EXPECT_TRUE(SameEvent(toll("a", "2023-01-15", "", ""),
                        toll("b", "2023-01-17", "2023-01-17", "Tuesday")));
}

TEST(EventWindowTest, ACrowdIsOneDaysCountATollAWeeks) {
  EXPECT_TRUE(OneDayCount(v1::PARTICIPATED));
  EXPECT_FALSE(OneDayCount(v1::KILLED));
  const v1::Claim tuesday = Crowd("a", "2023-03-07");
  EXPECT_TRUE(SameEvent(FactsOf(tuesday), FactsOf(Crowd("b", "2023-03-08"))));
  EXPECT_TRUE(SameEvent(FactsOf(tuesday), FactsOf(Crowd("b", "2023-03-06"))));
  EXPECT_FALSE(SameEvent(FactsOf(tuesday), FactsOf(Crowd("b", "2023-03-09"))));
  const v1::Claim next_morning = Crowd("b", "2023-03-08", "2023-03-07", "mardi");
  EXPECT_TRUE(SameEvent(FactsOf(tuesday), FactsOf(next_morning)));
  // A live blog of Tuesday that names no day does not count Wednesday's march.
  const v1::Claim wednesday = Crowd("b", "2023-03-12", "2023-03-08", "mercredi 8 mars");
  EXPECT_FALSE(SameEvent(FactsOf(tuesday), FactsOf(wednesday)));
  EXPECT_FALSE(SameEvent(FactsOf(wednesday), FactsOf(tuesday)));
  EXPECT_TRUE(SameEvent(FactsOf(Crowd("c", "2023-03-09")), FactsOf(wednesday)));
  const v1::Claim saturday = Crowd("b", "2023-03-12", "2023-03-11", "samedi");
  EXPECT_FALSE(SameEvent(FactsOf(tuesday), FactsOf(saturday)));
  // A toll of the same days is one event: it grows for days after the strike.
  const auto toll = [](const std::string& article, const std::string& date) {
    return FactsOf(TestClaim(article, 1).Exact(30).Metric(v1::KILLED).Subject("person")
                       .Place("Dnipro").Date(date).Build());
  };
  EXPECT_TRUE(SameEvent(toll("a", "2023-01-14"), toll("b", "2023-01-18")));
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
