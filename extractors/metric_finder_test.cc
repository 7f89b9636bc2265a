// What happened to what a number counts, through ClaimExtractor on short texts written for
// these tests.
#include "extractors/metric_finder.h"

#include <string>
#include <vector>

#include "extractors/extract_for_test.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

// The claim whose number is written `number` (the first such), or an empty claim.
v1::Claim At(const std::string& text, const std::string& number) {
  const std::vector<v1::Claim> claims = ExtractForTest(text);
  const v1::Claim* c = ClaimAt(claims, text, number);
  if (c == nullptr) {
    ADD_FAILURE() << "no claim at " << number;
    return v1::Claim();
  }
  return *c;
}

v1::Metric MetricAt(const std::string& text, const std::string& number) {
  return At(text, number).metric();
}

TEST(MetricFinderTest, EachItemOfAListKeepsItsOwnParticiple) {
  EXPECT_EQ(MetricAt("11h55 - 38 missiles tirés, 30 abattus", "30"), v1::DESTROYED);
  EXPECT_EQ(MetricAt("Le ministère fait état de 79 policiers blessés, de 1 350 véhicules "
                     "incendiés et de 234 bâtiments dégradés.",
                     "1 350"),
            v1::DESTROYED);
  EXPECT_EQ(MetricAt("As many as 20 aircraft had been hit, with about 10 destroyed.", "10"),
            v1::DESTROYED);
  // A verb after the whole list is every item's.
  EXPECT_EQ(MetricAt("Selon l'armée, 266 drones et 45 missiles ont été neutralisés.", "266"),
            v1::DESTROYED);
  // Another count's verb is not this one's.
  EXPECT_NE(MetricAt("Canada: 1,000 wildfires burning as thousands evacuate", "1,000"),
            v1::DISPLACED);
}

TEST(MetricFinderTest, ARunningTotalCountsWhatItsNounSays) {
  EXPECT_EQ(MetricAt("Le nombre de personnes tuées lors du bombardement de samedi sur le centre "
                     "de la ville russe de Belgorod est passé à 24, a déclaré le gouverneur.",
                     "24"),
            v1::KILLED);
}

TEST(MetricFinderTest, EliminatedSoldiersAreKilledAndArrestsAreDetentions) {
  EXPECT_EQ(MetricAt("Moscou affirme avoir éliminé jusqu'à 240 militaires ukrainiens.", "240"),
            v1::KILLED);
  EXPECT_EQ(MetricAt("L'armée affirme avoir éliminé 12 drones.", "12"), v1::DESTROYED);
  EXPECT_EQ(MetricAt("La police a annoncé l'interpellation de 98 personnes.", "98"),
            v1::DETAINED);
}

TEST(MetricFinderTest, NewWordsForWhatHappened) {
  EXPECT_EQ(MetricAt("Une dizaine de personnes seraient encore sous les gravats.", "dizaine"),
            v1::MISSING);
  EXPECT_EQ(MetricAt("Plus de 200 personnes ont été relogées dans des écoles.", "200"),
            v1::DISPLACED);
  EXPECT_EQ(MetricAt("Officials said 71 people were taken to hospital.", "71"), v1::WOUNDED);
  EXPECT_EQ(MetricAt("L'armée affirme avoir libéré quatre otages à Nuseirat.", "quatre"),
            v1::OTHER);  // freed: no longer held
}

TEST(MetricFinderTest, WhatIsCountedCorrectsTheVerb) {
  EXPECT_EQ(MetricAt("It said it had destroyed more than 60 Ukrainian fighters.", "60"),
            v1::KILLED);
  EXPECT_EQ(MetricAt("L'Ukraine aurait perdu 35 chars depuis le début de l'incursion.", "35"),
            v1::DESTROYED);
  EXPECT_EQ(MetricAt("L'armée dit avoir repoussé vingt-deux assauts en 24 heures.", "vingt-deux"),
            v1::ATTACKED);
}

TEST(MetricFinderTest, CeluiDesStandsForTheNumberOf) {
  const v1::Claim c =
      At("Des responsables évaluaient à près de 70 000 le nombre de soldats tués, et à entre "
         "100 000 et 120 000 celui des blessés.",
         "100 000");
  EXPECT_EQ(c.metric(), v1::WOUNDED);
}

TEST(MetricFinderTest, AnAsideNamingAPartStandsBetweenTheCountAndItsVerb) {
  EXPECT_EQ(MetricAt("Thirty-five people, two of them children, were killed in Sumy, officials "
                     "said.",
                     "Thirty-five"),
            v1::KILLED);
  EXPECT_EQ(MetricAt("At least 184 people, most of them elderly, were killed over the weekend.",
                     "184"),
            v1::KILLED);
  EXPECT_EQ(MetricAt("Trente-cinq personnes, dont deux enfants, ont été tuées.", "Trente-cinq"),
            v1::KILLED);
  // A list is no aside: the verb after the list's last item is not the first item's.
  EXPECT_NE(MetricAt("Russia launched 127 missiles, 99 drones and two glide bombs were shot "
                     "down.",
                     "127"),
            v1::DESTROYED);
}

TEST(MetricFinderTest, AVerbBeatsTheStatusOfWhatIsCounted) {
  // Prisoners killed are killed; prisoners counted with no verb are held.
  EXPECT_EQ(MetricAt("La Russie affirme que 40 prisonniers ukrainiens ont été tués.", "40"),
            v1::KILLED);
  EXPECT_EQ(MetricAt("Kyiv says 53 prisoners of war were killed in the strike.", "53"),
            v1::KILLED);
  EXPECT_EQ(MetricAt("Le camp d'Olenivka compte 193 prisonniers, selon Moscou.", "193"),
            v1::DETAINED);
  EXPECT_EQ(MetricAt("Hamas still holds 101 hostages, Israel says.", "101"), v1::DETAINED);
  // A freed hostage is no longer held.
  EXPECT_EQ(MetricAt("Quatre otages libérés par le Hamas sont arrivés en Israël.", "Quatre"),
            v1::OTHER);
}

TEST(MetricFinderTest, CrowdsTookPart) {
  EXPECT_EQ(MetricAt("La préfecture a compté 6 000 manifestants.", "6 000"), v1::PARTICIPATED);
  EXPECT_EQ(MetricAt("Le cortège a réuni environ 2 500 personnes selon la police.", "2 500"),
            v1::PARTICIPATED);
  EXPECT_EQ(MetricAt("Plus de 3 000 grévistes ont défilé à Marseille.", "3 000"),
            v1::PARTICIPATED);
  EXPECT_EQ(MetricAt("Tens of thousands of protesters marched through Tbilisi.",
                     "Tens of thousands"),
            v1::PARTICIPATED);
  EXPECT_EQ(MetricAt("About 5,000 people took to the streets of Nairobi, police said.", "5,000"),
            v1::PARTICIPATED);
  EXPECT_EQ(MetricAt("Turnout was 120,000 according to the union.", "120,000"),
            v1::PARTICIPATED);
  // What happened to protesters is what the verb says.
  EXPECT_EQ(MetricAt("Selon les organisateurs, 200 manifestants ont été blessés.", "200"),
            v1::WOUNDED);
  EXPECT_EQ(MetricAt("Police arrested 293 protesters overnight, the ministry said.", "293"),
            v1::DETAINED);
  // Only people take part.
  EXPECT_EQ(MetricAt("The protests have drawn tens of thousands of people onto the streets of at "
                     "least 35 of Kenya's 47 counties, according to the commission.",
                     "tens of thousands"),
            v1::PARTICIPATED);
  EXPECT_NE(MetricAt("The protests have drawn tens of thousands of people onto the streets of at "
                     "least 35 of Kenya's 47 counties, according to the commission.",
                     "35"),
            v1::PARTICIPATED);
  // Troops mobilised are deployed, not marchers; "March" the month is no march.
  EXPECT_EQ(MetricAt("La Russie a mobilisé 300 000 réservistes.", "300 000"), v1::DEPLOYED);
  EXPECT_NE(MetricAt("Since March, 500 soldiers have arrived.", "500"), v1::PARTICIPATED);
}

}  // namespace
}  // namespace claimcheck
