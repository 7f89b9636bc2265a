// MarkPeriodsAndForecasts through whole claims: running totals and forecasts, which are no one
// event's count. Sentences written for these tests.
#include <string>
#include <vector>

#include "extractors/extract_for_test.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

v1::Claim At(const std::string& text, const std::string& number) {
  const std::vector<v1::Claim> claims = ExtractForTest(text);
  const v1::Claim* c = ClaimAt(claims, text, number);
  if (c == nullptr) {
    ADD_FAILURE() << "no claim at " << number;
    return v1::Claim();
  }
  return *c;
}

TEST(PeriodsTest, ARunningTotalOverAPeriod) {
  EXPECT_TRUE(At("Plus de 10 000 civils ont été tués depuis le début de l'invasion, selon l'ONU.",
                 "10 000")
                  .cumulative());
  EXPECT_TRUE(At("Twenty-two aid workers have been killed since the war began, the UN said.",
                 "Twenty-two")
                  .cumulative());
  // At the head of the sentence, the period covers the main clause, not a relative one.
  const std::string head =
      "Depuis le début de la guerre, déclenchée par l'attaque qui a fait 1 400 morts selon les "
      "autorités, les bombardements ont tué 3 478 personnes, selon le ministère.";
  EXPECT_TRUE(At(head, "3 478").cumulative());
  EXPECT_FALSE(At(head, "1 400").cumulative());
  // One event's count is none.
  EXPECT_FALSE(At("Le bilan de l'explosion est de 471 morts, selon le ministère.", "471")
                   .cumulative());
  // A record since a day is no running total.
  EXPECT_FALSE(At("Russia fired more than 70 missiles on Friday in one of its biggest barrages "
                  "since the start of the war, officials said.",
                  "70")
                   .cumulative());
}

TEST(PeriodsTest, AForecast) {
  EXPECT_TRUE(At("L'OMS a averti que le nombre de victimes pourrait atteindre 20 000.", "20 000")
                  .projection());
  EXPECT_TRUE(At("The mayor said the toll could reach 18,000 to 20,000, officials said.",
                 "18,000")
                  .projection());
  EXPECT_FALSE(At("The mayor said the toll had reached 5,300, officials said.", "5,300")
                   .projection());
}

}  // namespace
}  // namespace claimcheck
