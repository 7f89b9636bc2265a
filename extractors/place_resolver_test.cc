// Where claims happen, through ClaimExtractor on short pages written for these tests.
#include "extractors/place_resolver.h"

#include <string>
#include <vector>

#include "extractors/extract_for_test.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

// The place of the claim whose number is written `number` (the first such).
v1::Location Where(const std::string& text, const std::string& number) {
  const std::vector<v1::Claim> claims = ExtractForTest(text);
  const v1::Claim* c = ClaimAt(claims, text, number);
  if (c == nullptr) {
    ADD_FAILURE() << "no claim at " << number;
    return v1::Location();
  }
  return c->location();
}

TEST(PlaceResolverTest, TheTitlesPlaceIsTheArticlesPlace) {
  const std::string page =
      "Home » World » Europe\n\n"
      "Dnipro missile strike: death toll rises as rescuers search rubble\n\n"
      "By staff reporters\n\n"
      "Rescuers worked through the night on Sunday to pull survivors from a "
      "nine-storey block.\n\n"
      "At least 30 people were killed, officials said on Sunday evening.\n";
  const v1::Location where = Where(page, "30");
  EXPECT_EQ(where.canonical(), "Dnipro");
  EXPECT_LT(where.confidence(), 1.0f);
}

TEST(PlaceResolverTest, ATitlesCityBeatsItsCountryButNotItsRegion) {
  const std::string city =
      "Guerre en Ukraine : une frappe sur la gare de Kramatorsk\n\n"
      "Des missiles ont frappé vendredi.\n\n"
      "Au moins 30 personnes ont été tuées, a indiqué le gouverneur.\n";
  EXPECT_EQ(Where(city, "30").canonical(), "Kramatorsk");
  const std::string region =
      "Sudan: cholera spreads in Darfur camps\n\n"
      "Cases rose again this week.\n\n"
      "The WHO said 11 of the country's 18 states had reported cases.\n";
  EXPECT_NE(Where(region, "11").canonical(), "Darfur");
}

TEST(PlaceResolverTest, CrumbsGiveThePlaceWhenTheTitleNamesNone) {
  const std::string page =
      "Accueil » France » Société\n\n"
      "Mort de Nahel : une quatrième nuit de violences\n\n"
      "par Julien R.\n\n"
      "Selon un bilan du ministère de l'Intérieur publié "
      "samedi matin, 1 311 personnes ont été "
      "interpellées dans la nuit.\n";
  EXPECT_EQ(Where(page, "1 311").canonical(), "France");
}

TEST(PlaceResolverTest, ANationalTotalIsTheCountrysNotTheTitlesTown) {
  const std::string page =
      "Guerre en Ukraine : au moins 20 morts à Kiev\n\n"
      "par La rédaction\n\n"
      "L'attaque a visé plusieurs quartiers de Kiev lundi "
      "matin, selon les autorités locales. "
      "À l'échelle du pays, elle a fait au moins 43 "
      "morts, a déclaré le ministre de l'Intérieur. "
      "La Russie a tiré 38 missiles contre le territoire "
      "ukrainien, selon l'armée de l'air.\n";
  EXPECT_EQ(Where(page, "43").canonical(), "Ukraine");
  EXPECT_EQ(Where(page, "38").canonical(), "Ukraine");
}

TEST(PlaceResolverTest, TheCapitalIsTheOneNamedBeforeOrTheDemonymsOne) {
  const std::string text =
      "Au moins 39 personnes ont été tuées en Ukraine "
      "lors de ces frappes, dont une trentaine à "
      "Kiev et à Odessa. Dans la capitale, une frappe sur "
      "un entrepôt a fait 16 morts, selon le "
      "maire.\n\n"
      "Le maire de la capitale russe a indiqué que 10 "
      "drones visaient la ville.\n";
  EXPECT_EQ(Where(text, "39").canonical(),
            "Ukraine");  // "dont ..." is another clause
  EXPECT_EQ(Where(text, "une trentaine").canonical(), "Kyiv");
  EXPECT_EQ(Where(text, "16").canonical(), "Kyiv");
  EXPECT_EQ(Where(text, "10").canonical(), "Moscow");
}

TEST(PlaceResolverTest, APlaceCarriesToTheNextSentencesOfItsParagraph) {
  const std::string text =
      "Dans la soirée, un missile a touché un immeuble de "
      "neuf étages à Soumy. Onze personnes "
      "ont été tuées, selon le parquet régional.\n\n"
      "Plus de 1 500 personnes ont été évacuées de "
      "Koupiansk, selon le gouverneur.\n\n"
      "Au total, 12 personnes ont été blessées.\n";
  const v1::Location carried = Where(text, "Onze");
  EXPECT_EQ(carried.canonical(), "Sumy");
  EXPECT_LT(carried.confidence(), 1.0f);
  // A new paragraph starts afresh: no title, no place named twice, so no place.
  EXPECT_TRUE(Where(text, "12").canonical().empty());
}

TEST(PlaceResolverTest, ADatelineIsWhereTheReporterWas) {
  const std::string text =
      "KYIV, June 2 - Ukraine's security service said "
      "drones smuggled into Russia had struck "
      "41 military aircraft at four air bases.\n";
  EXPECT_EQ(Where(text, "41").canonical(), "Russia");
}

TEST(PlaceResolverTest, AGovernmentSpeakingIsNotAPlace) {
  const std::string text =
      "Ukraine says drones hit 41 Russian warplanes\n\n"
      "By staff\n\n"
      "The operation used 117 drones and took more than a "
      "year to prepare, officials said.\n";
  EXPECT_EQ(Where(text, "117").canonical(),
            "Russia");  // the title's demonym, not its speaker
}

TEST(PlaceResolverTest, AnAllCapitalsTitleNamesNoUnknownPlace) {
  const std::string page =
      "KHARKIV STRIKE: 18 KILLED IN HARDWARE STORE\n\n"
      "By staff\n\n"
      "Firefighters were still battling the blaze on "
      "Sunday, the emergency service said.\n";
  EXPECT_EQ(Where(page, "18").canonical(), "Kharkiv");
}

TEST(PlaceResolverTest, AWiderPlaceInAppositionOnlySituatesTheOneBefore) {
  const std::string text =
      "Une attaque contre l'hôpital d'El-Fasher, capitale du Darfour-Nord, a fait 70 morts.\n\n"
      "MSF said its teams in Tawila, North Darfur, were treating around 300 cases a week.\n";
  EXPECT_EQ(Where(text, "70").canonical(), "El Fasher");
  EXPECT_EQ(Where(text, "300").canonical(), "Tawila");
}

TEST(PlaceResolverTest, OwnersSeatsAndDaysAreNotPlacesOfEvents) {
  const std::string text =
      "A source in Ukraine's SBU security service said roughly 60 targets in Russia had been "
      "selected. Officials said 12 people were killed in Saturday's strike in Kharkiv.\n\n"
      "Le bilan a atteint 326 morts, selon l'ONG Iran Human Rights, basée à Oslo.\n";
  EXPECT_EQ(Where(text, "60").canonical(), "Russia");
  EXPECT_EQ(Where(text, "12").canonical(), "Kharkiv");
  EXPECT_NE(Where(text, "326").canonical(), "Oslo");
}

TEST(PlaceResolverTest, TheWarSpeaksForTheCountryOnlyInItsOwnClause) {
  const std::string page =
      "Soudan : la guerre s'enlise au Darfour\n\n"
      "par la rédaction\n\n"
      "La guerre a poussé plus de 12 millions de personnes à fuir leur foyer, selon l'OIM.\n";
  EXPECT_EQ(Where(page, "12 millions").canonical(), "Sudan");
  const std::string other_clause =
      "Koursk : l'offensive ukrainienne se poursuit\n\n"
      "par la rédaction\n\n"
      "Des sources évoquent des milliers de soldats engagés, tandis que l'Institut pour l'étude "
      "de la guerre estime que les forces ont progressé.\n";
  EXPECT_EQ(Where(other_clause, "milliers").canonical(), "Kursk");
}

TEST(PlaceResolverTest, TheNeighbouringRegionIsNotTheArticlesPlace) {
  const std::string page =
      "Burkina Faso : après l'attaque de Barsalogho\n\n"
      "par la rédaction\n\n"
      "Dans la région voisine, une autre attaque a coûté la vie à une quinzaine de soldats la "
      "semaine précédente, selon des sources sécuritaires.\n";
  const v1::Location where = Where(page, "quinzaine");
  EXPECT_NE(where.canonical(), "Barsalogho");
  EXPECT_EQ(where.text(), "région voisine");
}

TEST(PlaceResolverTest, ANameTheWordAfterCallsARegionIsAPlace) {
  const std::string text =
      "Some 3,000 residents of Valencia province were still cut off from drinking water.\n\n"
      "In the suburb of Paiporta alone, at least 62 people died, the mayor said.\n";
  EXPECT_EQ(Where(text, "3,000").canonical(), "Valencia");
  EXPECT_EQ(Where(text, "62").canonical(), "Paiporta");
}

TEST(PlaceResolverTest, ARelatedLinkNamesItsOwnPlace) {
  const std::string page =
      "Greece wildfires: bodies found in forest\n\n"
      "By staff\n\n"
      "Firefighters were battling the blaze on Tuesday, the fire service said.\n\n"
      "Related\n"
      "» Canada: 1,000 wildfires burning across the north\n"
      "- Two pilots were killed when their plane crashed on the island of Evia.\n";
  EXPECT_EQ(Where(page, "1,000").canonical(), "Canada");
  EXPECT_EQ(Where(page, "Two").canonical(), "Evia");
}

}  // namespace
}  // namespace claimcheck
