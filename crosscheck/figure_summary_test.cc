#include "crosscheck/figure_summary.h"

#include <vector>

#include "crosscheck/test_claims.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

FigureSummary SummaryOf(const std::vector<v1::Claim>& claims) {
  std::vector<ClaimFacts> facts;
  facts.reserve(claims.size());
  for (const v1::Claim& c : claims) facts.push_back(FactsOf(c));
  std::vector<const ClaimFacts*> views;
  views.reserve(facts.size());
  for (const ClaimFacts& f : facts) views.push_back(&f);
  return Summarize(views);
}

TestClaim Killed(const std::string& article, const std::string& date) {
  TestClaim c(article, 1);
  c.Metric(v1::KILLED).Subject("soldier").Place("Makiivka").Date(date);
  return c;
}

TEST(FigureSummaryTest, RevisedFigureNoLongerCountsAndBestIsTheMedian) {
  const FigureSummary s = SummaryOf({
      Killed("a", "2023-01-02").Exact(63).Source("MoD", "ru.mod", "ru").Build(),
      Killed("b", "2023-01-04").Exact(89).Source("MoD", "ru.mod", "ru").Build(),
      Killed("c", "2023-01-03").Approximately(400).Source("GS", "ua.general_staff", "ua").Build(),
      Killed("d", "2023-01-03").Range(150, 200).Source("ISW", "isw", "").Build(),
  });
  EXPECT_EQ(s.low, 89);  // 63 was revised by its own source
  EXPECT_EQ(s.best, 175);
  EXPECT_EQ(s.high, 400);
}

TEST(FigureSummaryTest, EvenCountTakesTheLowerMiddleAndOpenEndedHighIsItsValue) {
  const FigureSummary s = SummaryOf({
      Killed("a", "2023-01-02").AtLeast(35).Source("Air force", "ua.air_force", "ua").Build(),
      Killed("b", "2023-01-02").Exact(50).Source("MoD", "ru.mod", "ru").Build(),
  });
  EXPECT_EQ(s.low, 35);
  EXPECT_EQ(s.best, 35);
  EXPECT_EQ(s.high, 50);
}

TEST(FigureSummaryTest, EarlierReportInOneArticleIsSuperseded) {
  const FigureSummary s = SummaryOf({
      Killed("a", "2023-01-04").Exact(63).Source("Moscou", "", "ru").EarlierReport().Build(),
      Killed("a", "2023-01-04").Exact(89).Source("MoD", "ru.mod", "ru").Build(),
  });
  EXPECT_EQ(s.low, 89);
  EXPECT_EQ(s.best, 89);
  EXPECT_EQ(s.high, 89);
}

TEST(FigureSummaryTest, EmptyFigure) {
  const FigureSummary s = SummaryOf({});
  EXPECT_EQ(s.best, 0);
}

}  // namespace
}  // namespace claimcheck
