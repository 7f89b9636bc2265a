// Which claims the hedges in hedges.tsv leave UNVERIFIED, through ClaimExtractor on short texts
// written for these tests.
#include "extractors/hedge_detector.h"

#include <string>
#include <vector>

#include "extractors/extract_for_test.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

// Whether the claim whose number is written `number` (the first such) is UNVERIFIED.
bool Unverified(const std::string& text, const std::string& number) {
  const std::vector<v1::Claim> claims = ExtractForTest(text);
  const v1::Claim* c = ClaimAt(claims, text, number);
  if (c == nullptr) {
    ADD_FAILURE() << "no claim at " << number;
    return false;
  }
  for (const v1::Flag& f : c->flags()) {
    if (f.kind() == v1::UNVERIFIED) return true;
  }
  return false;
}

// The reason of the UNVERIFIED flag on the claim written `number`; "" when it has none.
std::string HedgeReason(const std::string& text, const std::string& number) {
  const std::vector<v1::Claim> claims = ExtractForTest(text);
  const v1::Claim* c = ClaimAt(claims, text, number);
  if (c == nullptr) return "";
  for (const v1::Flag& f : c->flags()) {
    if (f.kind() == v1::UNVERIFIED) return f.reason();
  }
  return "";
}

TEST(HedgeDetectorTest, TheQuoteAlwaysHoldsTheHedge) {
  // A long sentence whose hedge comes last: the quote used to stop before it.
  const std::string end =
      "Sudan's paramilitary Rapid Support Forces said on Monday they had killed more than 200 "
      "soldiers and captured 30 vehicles in fighting near the town of El Obeid, without "
      "providing evidence.";
  const std::string quoted = HedgeReason(end, "200");
  EXPECT_NE(quoted.find("near the town of El Obeid, without providing evidence.\""),
            std::string::npos) << quoted;
  EXPECT_NE(quoted.find("\"…"), std::string::npos) << quoted;  // cut before, at a word
  EXPECT_LE(quoted.size(), 200u);
  // The hedge in the middle of a long sentence: cut on both sides, the hedge kept whole.
  const std::string middle =
      "The ministry said its forces had destroyed 45 tanks and 120 armoured vehicles over the "
      "week, a claim that could not be independently verified, while Kyiv reported heavy "
      "fighting along the whole front line and said it had repelled dozens of assaults.";
  const std::string cut = HedgeReason(middle, "45");
  EXPECT_NE(cut.find("could not be independently verified"), std::string::npos) << cut;
  EXPECT_NE(cut.find("…\""), std::string::npos) << cut;
  // A short hedge sentence is quoted whole.
  EXPECT_EQ(HedgeReason("Moscou avance 300 000 morts, un chiffre impossible à vérifier.", "300 000"),
            "hedged by the article: \"Moscou avance 300 000 morts, un chiffre impossible à "
            "vérifier.\"");
}

TEST(HedgeDetectorTest, FrenchConditionalsOfReportedFact) {
  EXPECT_TRUE(Unverified("Environ 2 000 habitants s'y trouveraient encore, a-t-il dit.", "2 000"));
  EXPECT_TRUE(
      Unverified("Le nombre de victimes pourrait atteindre 20 000, selon l'OMS.", "20 000"));
  // A forecast of the toll is not a doubt about the figures given.
  EXPECT_FALSE(Unverified(
      "Les secouristes ont fait état de 1 280 morts, un bilan qui devrait augmenter.", "1 280"));
}

TEST(HedgeDetectorTest, FrenchHedgesThatPointBack) {
  const std::string text =
      "L'état-major recensait environ 409 000 soldats russes tués. Ces chiffres sont "
      "régulièrement jugés exagérés par les analystes.\n\n"
      "Selon lui, l'armée aurait perdu 180 000 hommes. Le ministère a fait état de 12 blessés. "
      "Ces chiffres ne peuvent être vérifiés.\n\n"
      "Des vidéos montrent des dizaines de corps. Ces images n'ont pas pu être authentifiées.\n\n"
      "Moscou avance 300 000 morts, un chiffre impossible à vérifier.\n\n"
      "Les pompiers ont secouru 25 personnes.\n";
  EXPECT_TRUE(Unverified(text, "409 000"));
  EXPECT_TRUE(Unverified(text, "12"));
  EXPECT_TRUE(Unverified(text, "des dizaines"));
  EXPECT_TRUE(Unverified(text, "300 000"));
  EXPECT_FALSE(Unverified(text, "25"));
}

TEST(HedgeDetectorTest, DoubtsCastOnTheFiguresBefore) {
  const std::string fr =
      "Le groupe revendique 40 000 combattants. Des chiffres à prendre avec prudence.\n\n"
      "La police a compté 3 000 manifestants.\n";
  EXPECT_TRUE(Unverified(fr, "40 000"));
  EXPECT_FALSE(Unverified(fr, "3 000"));
  const std::string en =
      "He claimed 25,000 fighters were ready. Few analysts took the figure at face value.\n\n"
      "Police counted 3,000 marchers.\n";
  EXPECT_TRUE(Unverified(en, "25,000"));
  EXPECT_FALSE(Unverified(en, "3,000"));
  const std::string neither =
      "Moscow said Kyiv had lost 1,600 troops. Neither side's figures could be independently "
      "verified.\n\nThe UN counted 40 civilians killed.\n";
  EXPECT_TRUE(Unverified(neither, "1,600"));
  EXPECT_FALSE(Unverified(neither, "40"));
  EXPECT_TRUE(Unverified("On craint des centaines de victimes à Mayotte.", "des centaines"));
}

TEST(HedgeDetectorTest, EnglishFiguresGivenAsPossibleOrFeared) {
  EXPECT_TRUE(Unverified("Hundreds feared dead as RSF storms the camp.", "Hundreds"));
  EXPECT_TRUE(
      Unverified("The agency said as many as 400,000 people may have been displaced.", "400,000"));
  EXPECT_TRUE(
      Unverified("He said the next exchange could involve more than 1,000 prisoners.", "1,000"));
  EXPECT_TRUE(Unverified(
      "Organisers said tens of thousands turned out; no independent estimate was available.",
      "tens of thousands"));
  EXPECT_FALSE(Unverified("Officials said 12 people were killed in the strike.", "12"));
}

}  // namespace
}  // namespace claimcheck
