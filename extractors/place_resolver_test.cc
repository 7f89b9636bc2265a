// Where claims happen, through ClaimExtractor on short pages written for these tests: one row per
// page, with the places its claims must (or must not) get.
#include "extractors/place_resolver.h"

#include <string>
#include <vector>

#include "extractors/extract_for_test.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

struct Page {
  const char* name;  // what the page shows
  std::string text;
  std::vector<ClaimCheck> checks;  // fields place, place_text, place_exact
};

const std::vector<Page>& Pages() {
  static const auto* const pages = new std::vector<Page>{
      {"ADistrictIsItsTowns",
       "Une bousculade a fait 151 morts dans le quartier d'Itaewon.\n",
       {{"151", "place", "Seoul"}, {"151", "place_text", "Itaewon"}}},
      {"ADatelineWithADashIsWhereTheReporterWas",
       "TEL AVIV - Israel has lowered the toll to about 1,200.\n",
       {{"1,200", "place", "!Tel Aviv"}}},
      {"AWholeCountryAfterAPreposition",
       "Selon la préfecture, 12 000 personnes ont manifesté dans toute la France.\n",
       {{"12 000", "place", "France"}, {"12 000", "place_exact", "true"}}},
      {"APlaceInTheStreetsOfATown",
       "Le syndicat a compté 32 000 manifestants dans les rues de Nantes.\n",
       {{"32 000", "place", "Nantes"}, {"32 000", "place_exact", "true"}}},
      {"TheTitlesPlaceIsTheArticlesPlace",
       "Home » World » Europe\n\n"
       "Dnipro missile strike: death toll rises as rescuers search rubble\n\n"
       "By staff reporters\n\n"
       "Rescuers worked through the night on Sunday to pull survivors from a nine-storey block.\n\n"
       "At least 30 people were killed, officials said on Sunday evening.\n",
       {{"30", "place", "Dnipro"}, {"30", "place_exact", "false"}}},
      {"ATitlesCityBeatsItsCountry",
       "Guerre en Ukraine : une frappe sur la gare de Kramatorsk\n\n"
       "Des missiles ont frappé vendredi.\n\n"
       "Au moins 30 personnes ont été tuées, a indiqué le gouverneur.\n",
       {{"30", "place", "Kramatorsk"}}},
      {"ButNotItsRegion",
       "Sudan: cholera spreads in Darfur camps\n\n"
       "Cases rose again this week.\n\n"
       "The WHO said 11 of the country's 18 states had reported cases.\n",
       {{"11", "place", "!Darfur"}}},
      {"CrumbsGiveThePlaceWhenTheTitleNamesNone",
       "Accueil » France » Société\n\n"
       "Mort de Nahel : une quatrième nuit de violences\n\n"
       "par Julien R.\n\n"
       "Selon un bilan du ministère de l'Intérieur publié samedi matin, 1 311 personnes ont été "
       "interpellées dans la nuit.\n",
       {{"1 311", "place", "France"}}},
      {"CrumbsMayBeSeparatedByAngleQuotes",
       "International › Amériques › Mexique\n\n"
       "Séisme : au moins 14 morts à Oaxaca, des quartiers sans eau\n\n"
       "par la rédaction\n\n"
       "Les secours ont dégagé les décombres toute la nuit de jeudi à vendredi dans le centre.\n\n"
       "Quatorze personnes ont été tuées, selon la protection civile.\n",
       {{"Quatorze", "place", "Oaxaca"}}},
      {"TheWholeTerritoryIsTheArticlesCountryNotItsTown",
       "Grève : la mobilisation s'essouffle à Marseille\n\n"
       "par la rédaction\n\n"
       "La CGT a compté 12 000 manifestants dans les rues de la ville samedi après-midi.\n\n"
       "Sur l'ensemble du territoire, le ministère de l'Intérieur a recensé 250 000 manifestants.\n",
       {{"12 000", "place", "Marseille"}, {"250 000", "place", "France"}}},
      {"ACountOfTownsIsTheArticlesCountry",
       "Retraites : à Marseille, le cortège s'étire sur trois kilomètres\n\n"
       "par la rédaction\n\n"
       "Le syndicat revendique 1,2 million de manifestants dans plus de 250 villes, selon son "
       "dernier pointage.\n",
       {{"1,2 million", "place", "France"}}},
      {"ANationalTotalIsTheCountrysNotTheTitlesTown",
       "Guerre en Ukraine : au moins 20 morts à Kiev\n\n"
       "par La rédaction\n\n"
       "L'attaque a visé plusieurs quartiers de Kiev lundi matin, selon les autorités locales. "
       "À l'échelle du pays, elle a fait au moins 43 morts, a déclaré le ministre de "
       "l'Intérieur. La Russie a tiré 38 missiles contre le territoire ukrainien, selon "
       "l'armée de l'air.\n",
       {{"43", "place", "Ukraine"}, {"38", "place", "Ukraine"}}},
      {"TheCapitalIsTheOneNamedBeforeOrTheDemonymsOne",
       "Au moins 39 personnes ont été tuées en Ukraine lors de ces frappes, dont une trentaine à "
       "Kiev et à Odessa. Dans la capitale, une frappe sur un entrepôt a fait 16 morts, selon le "
       "maire.\n\n"
       "Le maire de la capitale russe a indiqué que 10 drones visaient la ville.\n",
       {{"39", "place", "Ukraine"},  // "dont ..." is another clause
        {"une trentaine", "place", "Kyiv"},
        {"16", "place", "Kyiv"},
        {"10", "place", "Moscow"}}},
      {"APlaceCarriesToTheNextSentencesOfItsParagraph",
       "Dans la soirée, un missile a touché un immeuble de neuf étages à Soumy. Onze personnes "
       "ont été tuées, selon le parquet régional.\n\n"
       "Plus de 1 500 personnes ont été évacuées de Koupiansk, selon le gouverneur.\n\n"
       "Au total, 12 personnes ont été blessées.\n",
       {{"Onze", "place", "Sumy"},
        {"Onze", "place_exact", "false"},
        // A new paragraph starts afresh: no title, no place named twice, so no place.
        {"12", "place", ""}}},
      {"ADatelineIsWhereTheReporterWas",
       "KYIV, June 2 - Ukraine's security service said drones smuggled into Russia had struck "
       "41 military aircraft at four air bases.\n",
       {{"41", "place", "Russia"}}},
      {"AGovernmentSpeakingIsNotAPlace",
       "Ukraine says drones hit 41 Russian warplanes\n\n"
       "By staff\n\n"
       "The operation used 117 drones and took more than a year to prepare, officials said.\n",
       {{"117", "place", "Russia"}}},  // the title's demonym, not its speaker
      {"AnAllCapitalsTitleNamesNoUnknownPlace",
       "KHARKIV STRIKE: 18 KILLED IN HARDWARE STORE\n\n"
       "By staff\n\n"
       "Firefighters were still battling the blaze on Sunday, the emergency service said.\n",
       {{"18", "place", "Kharkiv"}}},
      {"AWiderPlaceInAppositionOnlySituatesTheOneBefore",
       "Une attaque contre l'hôpital d'El-Fasher, capitale du Darfour-Nord, a fait 70 morts.\n\n"
       "MSF said its teams in Tawila, North Darfur, were treating around 300 cases a week.\n",
       {{"70", "place", "El Fasher"}, {"300", "place", "Tawila"}}},
      {"OwnersSeatsAndDaysAreNotPlacesOfEvents",
       "A source in Ukraine's SBU security service said roughly 60 targets in Russia had been "
       "selected. Officials said 12 people were killed in Saturday's strike in Kharkiv.\n\n"
       "Le bilan a atteint 326 morts, selon l'ONG Iran Human Rights, basée à Oslo.\n",
       {{"60", "place", "Russia"}, {"12", "place", "Kharkiv"}, {"326", "place", "!Oslo"}}},
      {"TheWarSpeaksForTheCountryInItsOwnClause",
       "Soudan : la guerre s'enlise au Darfour\n\n"
       "par la rédaction\n\n"
       "La guerre a poussé plus de 12 millions de personnes à fuir leur foyer, selon l'OIM.\n",
       {{"12 millions", "place", "Sudan"}}},
      {"ButNotInAnotherClause",
       "Koursk : l'offensive ukrainienne se poursuit\n\n"
       "par la rédaction\n\n"
       "Des sources évoquent des milliers de soldats engagés, tandis que l'Institut pour l'étude "
       "de la guerre estime que les forces ont progressé.\n",
       {{"milliers", "place", "Kursk"}}},
      {"TheNeighbouringRegionIsNotTheArticlesPlace",
       "Burkina Faso : après l'attaque de Barsalogho\n\n"
       "par la rédaction\n\n"
       "Dans la région voisine, une autre attaque a coûté la vie à une quinzaine de soldats la "
       "semaine précédente, selon des sources sécuritaires.\n",
       {{"quinzaine", "place", "!Barsalogho"}, {"quinzaine", "place_text", "région voisine"}}},
      {"ANameTheWordAfterCallsARegionIsAPlace",
       "Some 3,000 residents of Valencia province were still cut off from drinking water.\n\n"
       "In the suburb of Paiporta alone, at least 62 people died, the mayor said.\n",
       {{"3,000", "place", "Valencia"}, {"62", "place", "Paiporta"}}},
      {"ARelatedLinkNamesItsOwnPlace",
       "Greece wildfires: bodies found in forest\n\n"
       "By staff\n\n"
       "Firefighters were battling the blaze on Tuesday, the fire service said.\n\n"
       "Related\n"
       "» Canada: 1,000 wildfires burning across the north\n"
       "- Two pilots were killed when their plane crashed on the island of Evia.\n",
       {{"1,000", "place", "Canada"}, {"Two", "place", "Evia"}}},
  };
  return *pages;
}

class PlaceResolverTest : public ::testing::TestWithParam<Page> {};

TEST_P(PlaceResolverTest, ClaimsHaveTheirPlaces) {
  const Page& page = GetParam();
  EXPECT_EQ(CheckClaims(ExtractForTest(page.text), page.text, page.checks), "");
}

INSTANTIATE_TEST_SUITE_P(Pages, PlaceResolverTest, ::testing::ValuesIn(Pages()),
                         [](const ::testing::TestParamInfo<Page>& info) {
                           return std::string(info.param.name);
                         });

}  // namespace
}  // namespace claimcheck
