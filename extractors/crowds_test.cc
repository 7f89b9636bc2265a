// Crowds through whole claims: counts of marchers, protesters and strikers are PARTICIPATED, with
// their speakers and places, so that a police count and an organisers' count can be compared.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extractors/extract_for_test.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

const v1::Claim& At(const std::vector<v1::Claim>& claims, const std::string& text,
                    const std::string& number) {
  const v1::Claim* c = ClaimAt(claims, text, number);
  static const v1::Claim none;
  if (c == nullptr) ADD_FAILURE() << "no claim at " << number;
  return c == nullptr ? none : *c;
}

TEST(CrowdsTest, TwoSourcesCountOneCrowdAndAPartOfIt) {
  const std::string text =
      "En France, 1,28 million de manifestants selon le ministère de l'Intérieur, 3,5 millions "
      "selon la CGT, dont 81 000 à Paris.";
  const std::vector<v1::Claim> claims = ExtractForTest(text);
  const v1::Claim& ministry = At(claims, text, "1,28 million");
  const v1::Claim& union_count = At(claims, text, "3,5 millions");
  const v1::Claim& paris = At(claims, text, "81 000");
  EXPECT_EQ(ministry.metric(), v1::PARTICIPATED);
  EXPECT_EQ(ministry.source().canonical_id(), "fr.interior");
  EXPECT_EQ(union_count.metric(), v1::PARTICIPATED);
  EXPECT_EQ(union_count.subject(), "protester");
  EXPECT_EQ(union_count.source().text(), "la CGT");
  // Paris's share is a part of the union's count, not a third national figure.
  EXPECT_EQ(paris.metric(), v1::PARTICIPATED);
  EXPECT_EQ(paris.location().canonical(), "Paris");
  EXPECT_EQ(paris.part_of_claim_id(), union_count.id());
  EXPECT_EQ(paris.source().text(), "la CGT");
}

TEST(CrowdsTest, AnotherSpeakersValueWithItsVerbLeftOut) {
  const std::string text =
      "La CGT annonce 700 000 manifestants dans la capitale, la préfecture de police 81 000. "
      "À Toulouse, la préfecture annonce 37 000 personnes, les syndicats 120 000.";
  const std::vector<v1::Claim> claims = ExtractForTest(text);
  EXPECT_EQ(CheckClaims(claims, text,
                        {{"81 000", "metric", "PARTICIPATED"},
                         {"81 000", "source", "la préfecture de police"},
                         {"81 000", "same_count_as", "700 000"},
                         {"700 000", "source", "La CGT"},
                         {"120 000", "source", "les syndicats"},
                         {"120 000", "same_count_as", "37 000"},
                         {"120 000", "place", "Toulouse"},
                         // "personnes" counted where the paragraph counts a crowd.
                         {"37 000", "metric", "PARTICIPATED"},
                         {"120 000", "metric", "PARTICIPATED"}}),
            "");
}

TEST(CrowdsTest, AnotherSpeakersValueAfterAndWithItsVerbLeftOut) {
  const std::string en =
      "In Glasgow last Saturday, police counted about 20,000 marchers and the organisers 60,000.";
  EXPECT_EQ(CheckClaims(ExtractForTest(en), en,
                        {{"60,000", "source", "the organisers"},
                         {"60,000", "same_count_as", "about 20,000"},
                         {"60,000", "metric", "PARTICIPATED"},
                         {"20,000", "source", "police"}}),
            "");
  const std::string fr =
      "À Rennes, la préfecture a compté 9 000 manifestants et les organisateurs 25 000.";
  EXPECT_EQ(CheckClaims(ExtractForTest(fr), fr,
                        {{"25 000", "source", "les organisateurs"},
                         {"25 000", "same_count_as", "9 000"},
                         {"25 000", "metric", "PARTICIPATED"}}),
            "");
}

TEST(CrowdsTest, AnotherVoicesValueComparedWithTheCount) {
  const std::string en =
      "In Leeds on Sunday, the police put the crowd at 12,000, against the organisers' 40,000.";
  EXPECT_EQ(CheckClaims(ExtractForTest(en), en,
                        {{"40,000", "source", "the organisers'"},
                         {"40,000", "same_count_as", "12,000"},
                         {"40,000", "metric", "PARTICIPATED"},
                         {"12,000", "source", "the police"}}),
            "");
}

TEST(CrowdsTest, ACountOfPlacesBetweenDoesNotEndTheCrowdParagraph) {
  const std::string fr =
      "Dans le Jura, la préfecture a dénombré 1 800 manifestants sur 14 ronds-points. Les "
      "syndicats, eux, évoquent « 5 000 personnes ».";
  EXPECT_EQ(CheckClaims(ExtractForTest(fr), fr,
                        {{"1 800", "metric", "PARTICIPATED"},
                         {"5 000", "metric", "PARTICIPATED"},
                         {"14", "metric", "OTHER"}}),
            "");
}

TEST(CrowdsTest, TwoVoicesCountOneCrowdInClausesOfTheirOwn) {
  const std::string en =
      "In Cardiff on Saturday, police estimated the crowd at about 8,000, while organisers said "
      "25,000 people had marched.";
  EXPECT_EQ(CheckClaims(ExtractForTest(en), en,
                        {{"25,000", "same_count_as", "about 8,000"},
                         {"25,000", "source", "organisers"},
                         {"8,000", "source", "police"}}),
            "");
  const std::string fr =
      "À Brest, la police a compté 4 000 manifestants, tandis que les syndicats ont revendiqué "
      "11 000 participants.";
  EXPECT_EQ(CheckClaims(ExtractForTest(fr), fr, {{"11 000", "same_count_as", "4 000"}}), "");
  // Each clause names its own town: two crowds.
  const std::string towns =
      "Police counted 8,000 marchers in Cardiff, while organisers said 25,000 people had marched "
      "in Swansea.";
  EXPECT_EQ(CheckClaims(ExtractForTest(towns), towns, {{"25,000", "same_count_as", ""}}), "");
}

TEST(CrowdsTest, EachValueHasItsOwnSelon) {
  const std::string text =
      "À Nantes, le cortège a rassemblé 32 000 manifestants. Le 31 janvier, ils étaient 28 000 "
      "selon la police et 65 000 selon les organisateurs.";
  const std::vector<v1::Claim> claims = ExtractForTest(text);
  EXPECT_EQ(CheckClaims(claims, text,
                        {{"28 000", "source", "la police"},
                         {"65 000", "source", "les organisateurs"},
                         {"65 000", "same_count_as", "28 000"},
                         {"65 000", "metric", "PARTICIPATED"},
                         {"65 000", "subject", "protester"}}),
            "");
}

TEST(CrowdsTest, StudentsCalledOutTakePartSoldiersAreDeployed) {
  const std::string text =
      "Les organisations de jeunesse ont revendiqué 500 000 lycéens mobilisés ; le ministère de "
      "l'Intérieur n'en a compté que 37 000. L'armée a mobilisé 3 000 soldats.";
  const std::vector<v1::Claim> claims = ExtractForTest(text);
  EXPECT_EQ(CheckClaims(claims, text,
                        {{"500 000", "metric", "PARTICIPATED"},
                         {"37 000", "metric", "PARTICIPATED"},
                         {"37 000", "same_count_as", "500 000"},
                         {"3 000", "metric", "DEPLOYED"}}),
            "");
}

TEST(CrowdsTest, ANationalCountIsNotItsCitysShare) {
  const std::string text =
      "Le ministère de l'Intérieur a recensé 1,28 million de manifestants dans toute la France, "
      "dont 81 000 à Paris ; la CGT en a revendiqué 3,5 millions, dont 700 000 à Paris.";
  const std::vector<v1::Claim> claims = ExtractForTest(text);
  EXPECT_EQ(CheckClaims(claims, text,
                        {{"1,28 million", "place", "France"},
                         {"81 000", "place", "Paris"},
                         {"3,5 millions", "place", "!Paris"},
                         {"700 000", "place", "Paris"}}),
            "");
}

TEST(CrowdsTest, ACrowdsPeopleAreItsProtesters) {
  const std::string text =
      "La CGT annonce 700 000 manifestants. Le cabinet Occurrence a dénombré 42 000 personnes "
      "dans le cortège. La CGT a revendiqué 3,5 millions de participants, dont plus de 800 000 "
      "à Paris.";
  const std::vector<v1::Claim> claims = ExtractForTest(text);
  EXPECT_EQ(CheckClaims(claims, text,
                        {{"42 000", "subject", "protester"},
                         {"3,5 millions", "subject", "protester"},
                         // A whole placed only by its part's town is the country's.
                         {"800 000", "place", "Paris"},
                         {"3,5 millions", "place", "!Paris"}}),
            "");
}

TEST(CrowdsTest, TheRennesExampleCountsItsCrowdTwice) {
  std::ifstream in("examples/06_rennes_interpellations.md");
  ASSERT_TRUE(in) << "examples/06_rennes_interpellations.md not found";
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  const std::vector<v1::Claim> claims = ExtractForTest(text);
  const v1::Claim& police = At(claims, text, "2 500");
  const v1::Claim& organisers = At(claims, text, "6 000");
  for (const v1::Claim* c : {&police, &organisers}) {
    EXPECT_EQ(c->metric(), v1::PARTICIPATED) << c->quantity().text();
    EXPECT_EQ(c->location().canonical(), "Rennes") << c->quantity().text();
    EXPECT_EQ(c->subject(), police.subject());
  }
  EXPECT_NE(police.source().text().find("police"), std::string::npos);
  EXPECT_NE(organisers.source().text().find("organisateurs"), std::string::npos);
  // The arrests stay arrests.
  EXPECT_EQ(At(claims, text, "Quatorze").metric(), v1::DETAINED);
}

}  // namespace
}  // namespace claimcheck
