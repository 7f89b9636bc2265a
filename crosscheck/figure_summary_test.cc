#include "crosscheck/figure_summary.h"

#include <algorithm>
#include <random>
#include <vector>

#include "crosscheck/rules.h"
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

// The voices as the rule states them: each claim looks through every voice kept so far, first
// kept first. Summarize() finds the same one by look-ups.
std::vector<const ClaimFacts*> VoicesByScan(const std::vector<ClaimFacts>& claims) {
  std::vector<const ClaimFacts*> latest;
  for (const ClaimFacts& claim : claims) {
    auto same = std::find_if(latest.begin(), latest.end(), [&](const ClaimFacts* kept) {
      return SameVoice(kept->source, claim.source);
    });
    if (same == latest.end()) {
      latest.push_back(&claim);
    } else if (claim.date_seconds > (*same)->date_seconds ||
               (claim.date_seconds == (*same)->date_seconds && !claim.earlier_report &&
                (*same)->earlier_report)) {
      *same = &claim;
    }
  }
  return latest;
}

// One source text that speaks for two parties, so SameVoice is not transitive ("le ministère"
// is one voice with itself and with each party's officials, who are not one voice together).
TEST(FigureSummaryTest, VoicesAreFoundAsAScanWouldFindThem) {
  struct Voice { const char* text; const char* id; const char* party; };
  const Voice voices[] = {{"MoD", "ru.mod", "ru"},       {"Moscou", "", "ru"},
                          {"Kremlin", "ru.gov", "ru"},   {"le ministère", "", "ru"},
                          {"le ministère", "", "ua"},    {"GS", "ua.general_staff", "ua"},
                          {"ISW", "isw", ""},            {"a witness", "", ""},
                          {"", "", ""}};
  const char* const dates[] = {"2023-01-02", "2023-01-03", "2023-01-04"};
  std::mt19937 rng(7);
  for (int round = 0; round < 2000; ++round) {
    std::vector<v1::Claim> claims;
    const int n = 1 + static_cast<int>(rng() % 12);
    for (int i = 0; i < n; ++i) {
      const Voice& v = voices[rng() % 9];
      TestClaim c = Killed("a" + std::to_string(i), dates[rng() % 3]);
      c.Exact(10 + rng() % 90);
      if (*v.text != 0) c.Source(v.text, v.id, v.party);
      if (rng() % 4 == 0) c.EarlierReport();
      claims.push_back(c.Build());
    }
    std::vector<ClaimFacts> facts;
    facts.reserve(claims.size());
    for (const v1::Claim& c : claims) facts.push_back(FactsOf(c));
    std::vector<double> values;
    for (const ClaimFacts* c : VoicesByScan(facts)) values.push_back(c->value);
    std::sort(values.begin(), values.end());
    const FigureSummary s = SummaryOf(claims);
    ASSERT_EQ(s.best, values[(values.size() - 1) / 2]) << "round " << round;
    ASSERT_EQ(s.low, values.front()) << "round " << round;
  }
}

TEST(FigureSummaryTest, EmptyFigure) {
  const FigureSummary s = SummaryOf({});
  EXPECT_EQ(s.best, 0);
}

}  // namespace
}  // namespace claimcheck
