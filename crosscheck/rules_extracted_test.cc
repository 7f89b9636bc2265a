// The cross-checking rules over claims as the extractor makes them from sentences: their
// qualifiers, the bounds it writes, their sources, sides and earlier reports. rules_test.cc
// covers each rule's edges with hand-built claims of the same shape.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "crosscheck/rules.h"
#include "crosscheck/test_claims.h"
#include "extractors/claim_extractor.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

// The claims of `text` as the extractor makes them for article `id` published on `date` (UTC
// midnight): the date resolves the days the text names ("mardi") into event dates.
std::vector<v1::Claim> Article(const std::string& id, const std::string& date,
                               const std::string& text) {
  // Loaded once: the lexicons take longer to read than any test takes to run.
  static const ClaimExtractor* const extractor = [] {
    auto created = ClaimExtractor::Create(DefaultLexiconDir());
    EXPECT_TRUE(created.ok()) << created.status();
    return created.ok() ? created->release() : nullptr;
  }();
  if (extractor == nullptr) return {};
  v1::Article article;
  article.set_id(id);
  article.set_text(text);
  article.mutable_published_at()->set_seconds(TestDateSeconds(date));
  absl::StatusOr<std::vector<v1::Claim>> claims = extractor->Extract(article);
  EXPECT_TRUE(claims.ok()) << claims.status();
  if (!claims.ok()) return {};
  for (v1::Claim& c : *claims) c.set_article_id(id);
  return *std::move(claims);
}

// The claim of `claims` whose quantity reads `text`, or fails the test.
const v1::Claim& Said(const std::vector<v1::Claim>& claims, const std::string& text) {
  const auto it = std::find_if(claims.begin(), claims.end(), [&](const v1::Claim& c) {
    return c.quantity().text() == text;
  });
  EXPECT_NE(it, claims.end()) << "no claim reads '" << text << "'";
  static const v1::Claim* const none = new v1::Claim;
  return it == claims.end() ? *none : *it;
}

// The flag of `kind` that `claim` earns against all of `claims`, naming `other`; nullopt if none.
std::optional<v1::Flag> FlagNaming(const v1::Claim& claim, const std::vector<v1::Claim>& claims,
                                   v1::FlagKind kind, const v1::Claim& other) {
  std::vector<ClaimFacts> facts;
  facts.reserve(claims.size());
  for (const v1::Claim& c : claims) facts.push_back(FactsOf(c));
  std::vector<const ClaimFacts*> views;
  views.reserve(facts.size());
  for (const ClaimFacts& f : facts) views.push_back(&f);
  for (const v1::Flag& f : CrossCheckFlags(FactsOf(claim), views)) {
    const auto& related = f.related_claim_ids();
    if (f.kind() == kind && std::find(related.begin(), related.end(), other.id()) != related.end()) {
      return f;
    }
  }
  return std::nullopt;
}

std::vector<v1::Claim> Both(std::vector<v1::Claim> a, const std::vector<v1::Claim>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

TEST(ExtractedRulesTest, EnvironFourHundredAllowsFourHundredAndFortyNotFourHundredAndSeventy) {
  const std::vector<v1::Claim> kyiv = Article(
      "kyiv", "2023-01-04",
      "Environ 400 soldats russes ont été tués à Makiïvka, selon l'état-major ukrainien.");
  const v1::Claim& about = Said(kyiv, "Environ 400");
  EXPECT_EQ(about.quantity().upper(), 440);  // the one width of "about", written once
  for (const std::string figure : {"470", "450"}) {
    const std::vector<v1::Claim> claims = Both(kyiv, Article("moscow", "2023-01-04",
        "Le ministère russe de la Défense a fait état de " + figure +
            " soldats russes tués à Makiïvka."));
    EXPECT_NE(FlagNaming(about, claims, v1::CONFLICT, Said(claims, figure)), std::nullopt)
        << figure;
  }
  const std::vector<v1::Claim> close = Both(kyiv, Article("moscow", "2023-01-04",
      "Le ministère russe de la Défense a fait état de 430 soldats russes tués à Makiïvka."));
  EXPECT_EQ(FlagNaming(about, close, v1::CONFLICT, Said(close, "430")), std::nullopt);
}

TEST(ExtractedRulesTest, AFloorThenALargerTollOfTheSameVoiceIsARevision) {
  const std::vector<v1::Claim> claims = Both(
      Article("monday", "2024-07-08",
              "Au moins 20 personnes ont été tuées à Kiev lundi, selon l'administration "
              "militaire de la ville."),
      Article("tuesday", "2024-07-09",
              "Le bilan s'élève désormais à 33 morts à Kiev, selon l'administration militaire "
              "de la ville."));
  const v1::Claim &floor = Said(claims, "Au moins 20"), &toll = Said(claims, "33");
  EXPECT_NE(FlagNaming(toll, claims, v1::REVISION, floor), std::nullopt);
  EXPECT_NE(FlagNaming(floor, claims, v1::REVISION, toll), std::nullopt);
}

TEST(ExtractedRulesTest, TheSameMinisterRestatingTheWoundedIsARevision) {
  const std::vector<v1::Claim> claims = Both(
      Article("tuesday", "2024-09-17",
              "Roughly 2,750 people were wounded across Lebanon, Health Minister Firass Abiad "
              "said."),
      Article("wednesday", "2024-09-18",
              "Nearly 2,800 people have now been wounded across Lebanon, Health Minister Firass "
              "Abiad said."));
  EXPECT_NE(FlagNaming(Said(claims, "Nearly 2,800"), claims, v1::REVISION,
                       Said(claims, "Roughly 2,750")),
            std::nullopt);
}

TEST(ExtractedRulesTest, VictimsThenKilledOfOneVoiceIsARevision) {
  const std::vector<v1::Claim> claims = Article(
      "crocus", "2024-03-24",
      "Le Comité d'enquête russe a porté dimanche le bilan à 137 morts à Krasnogorsk. Il avait "
      "initialement fait état de 133 victimes à Krasnogorsk.");
  ASSERT_EQ(Said(claims, "133").metric(), v1::CASUALTIES);
  EXPECT_NE(FlagNaming(Said(claims, "137"), claims, v1::REVISION, Said(claims, "133")),
            std::nullopt);
}

TEST(ExtractedRulesTest, OneSidesDeadAreNotSetAgainstTheOthersSoldiers) {
  const std::vector<v1::Claim> claims = Article(
      "karabakh", "2023-09-30",
      "L'offensive a fait au moins 200 morts côté arménien au Haut-Karabakh, selon le médiateur "
      "des droits humains. Bakou a reconnu la mort de 192 de ses soldats au Haut-Karabakh.");
  EXPECT_EQ(FlagNaming(Said(claims, "au moins 200"), claims, v1::CONFLICT, Said(claims, "192")),
            std::nullopt);
}

TEST(ExtractedRulesTest, AnotherVoiceTwiceAboveAFloorOfTheSameDayConflicts) {
  const std::vector<v1::Claim> officials = Article(
      "officials", "2024-05-08",
      "Au moins 300 personnes ont été tuées mardi à Khartoum, selon les autorités soudanaises.");
  const auto conflict = [&](const std::string& agency_text) {
    const std::vector<v1::Claim> claims =
        Both(officials, Article("agency", "2024-05-20", agency_text));
    return FlagNaming(Said(claims, "Au moins 300"), claims, v1::CONFLICT,
                      Said(claims, "environ 600"));
  };
  // Published on the 20th, "mardi" is the 14th: another strike.
  EXPECT_EQ(conflict("Une enquête de l'agence a recensé environ 600 morts à Khartoum lors de la "
                     "frappe de mardi."),
            std::nullopt);
  EXPECT_NE(conflict("Une enquête de l'agence a recensé environ 600 morts à Khartoum lors de la "
                     "frappe du mardi 7 mai."),
            std::nullopt);
}

TEST(ExtractedRulesTest, AFloorInTheCapitalIsAPartOfTheCountrysToll) {
  // "dans la capitale" names Nairobi: a part of the national toll, not the same count.
  const std::vector<v1::Claim> claims = Article(
      "kenya", "2024-07-02",
      "Trente-neuf personnes ont été tuées lundi au Kenya lors des manifestations, selon la "
      "commission nationale des droits humains.\n\nAu moins 13 personnes ont été tuées lundi "
      "dans la capitale, selon des ONG.");
  EXPECT_EQ(FlagNaming(Said(claims, "Trente-neuf"), claims, v1::CONFLICT,
                       Said(claims, "Au moins 13")),
            std::nullopt);
  EXPECT_EQ(FlagNaming(Said(claims, "Au moins 13"), claims, v1::CONFLICT,
                       Said(claims, "Trente-neuf")),
            std::nullopt);
}

TEST(ExtractedRulesTest, TwoDaysOfOneMovementAreTwoCrowds) {
  const std::vector<v1::Claim> tuesday = Article(
      "tuesday", "2023-03-07", "Le ministère de l'Intérieur a compté 81 000 manifestants à Paris.");
  const auto conflict = [&](const std::string& date, const std::string& text,
                            const std::string& figure) {
    const std::vector<v1::Claim> claims = Both(tuesday, Article("other", date, text));
    return FlagNaming(Said(claims, "81 000"), claims, v1::CONFLICT, Said(claims, figure));
  };
  // Saturday's march, recapped on Sunday, is not Tuesday's.
  EXPECT_EQ(conflict("2023-03-12", "Samedi, 48 000 personnes ont manifesté à Paris, selon la CGT.",
                     "48 000"),
            std::nullopt);
  // Tuesday's march told the next morning by the union is.
  EXPECT_NE(conflict("2023-03-08", "La CGT a revendiqué mardi 700 000 manifestants à Paris.",
                     "700 000"),
            std::nullopt);
  EXPECT_NE(conflict("2023-03-08", "La CGT a revendiqué 700 000 manifestants à Paris.", "700 000"),
            std::nullopt);
  // Three days later, a count that names no day is another day's crowd.
  EXPECT_EQ(conflict("2023-03-10", "La CGT a revendiqué 700 000 manifestants à Paris.", "700 000"),
            std::nullopt);
}

TEST(ExtractedRulesTest, AFearOfHundredsIsNoCountButHundredsVouchedForAre) {
  const std::string official =
      "Le bilan officiel du cyclone s'établit à 35 morts à Mayotte, a annoncé jeudi le ministère "
      "de l'Intérieur. ";
  const std::vector<v1::Claim> feared = Article(
      "feared", "2024-12-19",
      official + "Le préfet de Mayotte avait estimé dimanche qu'il y aurait « certainement "
                 "plusieurs centaines » de morts sur l'île.");
  EXPECT_EQ(FlagNaming(Said(feared, "35"), feared, v1::CONFLICT,
                       Said(feared, "plusieurs centaines")),
            std::nullopt);
  const std::vector<v1::Claim> counted = Article(
      "counted", "2024-12-19",
      official + "Des centaines de personnes ont été tuées à Mayotte, selon une ONG locale.");
  EXPECT_NE(FlagNaming(Said(counted, "35"), counted, v1::CONFLICT, Said(counted, "Des centaines")),
            std::nullopt);
}

TEST(ExtractedRulesTest, ATownAboveTheCountOfTheArticlesCountryConflicts) {
  const std::vector<v1::Claim> claims = Article(
      "quake", "2023-10-09",
      "Séisme en Afghanistan : le bilan s'alourdit\n\nSelon un premier bilan de l'ONU, 320 "
      "personnes ont été tuées par le séisme.\n\nLe gouvernement taliban a fait état de 2 053 "
      "morts à Herat.");
  EXPECT_NE(FlagNaming(Said(claims, "320"), claims, v1::CONFLICT, Said(claims, "2 053")),
            std::nullopt);
}

TEST(ExtractedRulesTest, OneVoicesEarlierReportOfOneManKilledIsItsTollThen) {
  const std::vector<v1::Claim> claims = Article(
      "strikes", "2024-08-26",
      "Russian strikes across Ukraine\n\nAt least seven people were killed, President Volodymyr "
      "Zelenskyy said.\n\nIn Zaporizhzhia, two people were killed, the regional governor Ivan "
      "Fedorov said. He had earlier reported one man killed.");
  ASSERT_EQ(Said(claims, "one").subject(), "man");
  EXPECT_NE(FlagNaming(Said(claims, "two"), claims, v1::REVISION, Said(claims, "one")),
            std::nullopt);
  // The town's earlier figure is no earlier figure of the country's toll.
  EXPECT_EQ(FlagNaming(Said(claims, "At least seven"), claims, v1::REVISION, Said(claims, "one")),
            std::nullopt);
}

TEST(ExtractedRulesTest, ParticipantsAreTheMarchers) {
  const std::vector<v1::Claim> claims = Article(
      "march", "2023-03-23",
      "Le ministère de l'Intérieur a compté jeudi 1,089 million de manifestants en France. La CGT "
      "a revendiqué 3,5 millions de participants.");
  EXPECT_NE(FlagNaming(Said(claims, "1,089 million"), claims, v1::CONFLICT,
                       Said(claims, "3,5 millions")),
            std::nullopt);
}

TEST(ExtractedRulesTest, TwoValuesOfOneCountAreOneWhateverPlaceTheirClausesName) {
  // The second value may take the département of the prefecture named before it (the extractor
  // once did): it is linked to the first as one count, and the link wins over the places.
  const std::vector<v1::Claim> claims = Article(
      "brest", "2023-03-07",
      "À Brest, le cortège a réuni 9 000 personnes selon la préfecture du Finistère, et plus du "
      "double selon les syndicats, qui en revendiquent 20 000.");
  EXPECT_NE(FlagNaming(Said(claims, "9 000"), claims, v1::CONFLICT, Said(claims, "20 000")),
            std::nullopt);
}

// True when `a` and `b`, each found by its text in `claims`, are linked by a flag of `kind` on
// the first.
bool Linked(const std::vector<v1::Claim>& claims, const std::string& a, const std::string& b,
            v1::FlagKind kind) {
  return FlagNaming(Said(claims, a), claims, kind, Said(claims, b)) != std::nullopt;
}

TEST(ExtractedRulesTest, SoldiersAreARivalTollCiviliansAPartOfIt) {
  const std::vector<v1::Claim> moscow = Article(
      "moscow", "2023-01-04",
      "Le ministère russe de la Défense a annoncé la mort de 89 militaires russes à Makiïvka.");
  const std::vector<v1::Claim> rival = Both(moscow, Article("bloggers", "2023-01-04",
      "Selon des blogueurs militaires, environ 400 personnes ont été tuées à Makiïvka."));
  EXPECT_TRUE(Linked(rival, "89", "environ 400", v1::CONFLICT));
  const std::vector<v1::Claim> civilians = Both(moscow, Article("kyiv", "2023-01-04",
      "Selon l'état-major ukrainien, 12 civils ont été tués à Makiïvka."));
  EXPECT_FALSE(Linked(civilians, "89", "12", v1::CONFLICT));
}

TEST(ExtractedRulesTest, PoliceAreNeverSetAgainstProtestersButArePeople) {
  const std::string police =
      "Vingt-quatre policiers ont été blessés à Sainte-Soline, selon le ministre. ";
  const std::vector<v1::Claim> protesters = Article(
      "protesters", "2023-03-26",
      police + "Les organisateurs font état de 200 manifestants blessés à Sainte-Soline.");
  EXPECT_FALSE(Linked(protesters, "Vingt-quatre", "200", v1::CONFLICT));
  // More police officers wounded than the organisers count wounded in all: a part above its
  // whole.
  const std::vector<v1::Claim> everyone = Article(
      "everyone", "2023-03-26",
      police + "Les organisateurs font état de 20 blessés à Sainte-Soline.");
  EXPECT_TRUE(Linked(everyone, "Vingt-quatre", "20", v1::CONFLICT));
}

TEST(ExtractedRulesTest, KilledAreAPartOfTheVictims) {
  const std::vector<v1::Claim> victims = Article(
      "committee", "2024-03-24",
      "Le Comité d'enquête a fait état de 133 victimes à Krasnogorsk.");
  ASSERT_EQ(Said(victims, "133").metric(), v1::CASUALTIES);
  const std::vector<v1::Claim> more = Both(victims, Article("ngo", "2024-03-24",
      "Selon une ONG, 150 personnes ont été tuées à Krasnogorsk."));
  EXPECT_TRUE(Linked(more, "133", "150", v1::CONFLICT));
  const std::vector<v1::Claim> fewer = Both(victims, Article("ngo", "2024-03-24",
      "Selon une ONG, 100 personnes ont été tuées à Krasnogorsk."));
  EXPECT_FALSE(Linked(fewer, "133", "100", v1::CONFLICT));
}

TEST(ExtractedRulesTest, OneStrikesTollIsAPartOfTheRunningTotal) {
  const std::vector<v1::Claim> strike = Article(
      "strike", "2023-10-18",
      "La frappe sur l'hôpital a fait 471 morts à Gaza, selon le ministère de la Santé du Hamas.");
  const std::vector<v1::Claim> larger = Both(strike, Article("total", "2023-10-18",
      "Au total, 3 478 personnes ont été tuées à Gaza depuis le 7 octobre, selon une ONG."));
  ASSERT_TRUE(Said(larger, "3 478").cumulative());
  EXPECT_FALSE(Linked(larger, "471", "3 478", v1::CONFLICT));
  const std::vector<v1::Claim> smaller = Both(strike, Article("total", "2023-10-18",
      "Au total, 300 personnes ont été tuées à Gaza depuis le 7 octobre, selon une ONG."));
  EXPECT_TRUE(Linked(smaller, "471", "300", v1::CONFLICT));
}

TEST(ExtractedRulesTest, TwoVoicesConflictUnlessTenfoldApart) {
  const std::vector<v1::Claim> ngo =
      Article("ngo", "2024-08-25", "Selon une ONG locale, 50 personnes ont été tuées à Djibo.");
  const auto claims = [&](const std::string& figure) {
    return Both(ngo, Article("group", "2024-08-25",
                             "Un groupe armé affirme que " + figure +
                                 " personnes ont été tuées à Djibo."));
  };
  EXPECT_TRUE(Linked(claims("97"), "50", "97", v1::CONFLICT));
  // Fourteen times the other: two scopes the key cannot tell apart, not one count disputed.
  EXPECT_FALSE(Linked(claims("700"), "50", "700", v1::CONFLICT));
}

TEST(ExtractedRulesTest, OneVoiceTellingItsFloorPreciselyIsNoRevision) {
  const std::vector<v1::Claim> floor = Article(
      "saturday", "2023-09-09",
      "Plus de 85 personnes ont été tuées à Amizmiz, selon le ministère de l'Intérieur.");
  const auto revised = [&](const std::string& figure) {
    const std::vector<v1::Claim> claims = Both(floor, Article("sunday", "2023-09-10",
        "Le séisme a fait " + figure + " morts à Amizmiz, selon le ministère de l'Intérieur."));
    return Linked(claims, "Plus de 85", figure, v1::REVISION);
  };
  EXPECT_FALSE(revised("86"));
  EXPECT_TRUE(revised("120"));
}

// Section 1, subject class: a part of one count is never the whole of another. "36 des 45
// victimes" is a part of the victims, no casualty count that the 45 dead must fit in.
TEST(ExtractedRulesTest, APartOfTheVictimsIsNoWholeForTheDead) {
  const std::vector<v1::Claim> claims = Article(
      "otis", "2023-11-02",
      "La gouverneure a annoncé mercredi que 45 personnes étaient mortes. Selon la gouverneure, "
      "36 des 45 victimes ont été identifiées.");
  const v1::Claim& dead = Said(claims, "45");
  const v1::Claim& identified = Said(claims, "36");
  ASSERT_FALSE(identified.part_of_claim_id().empty());
  std::vector<ClaimFacts> facts;
  facts.reserve(claims.size());
  for (const v1::Claim& c : claims) facts.push_back(FactsOf(c));
  std::vector<const ClaimFacts*> views;
  views.reserve(facts.size());
  for (const ClaimFacts& f : facts) views.push_back(&f);
  for (const v1::Claim* c : {&dead, &identified}) {
    EXPECT_TRUE(InconsistencyFlags(FactsOf(*c), views).empty()) << c->quantity().text();
    EXPECT_EQ(FlagNaming(*c, claims, v1::CONFLICT, c == &dead ? identified : dead), std::nullopt);
  }
}

// One article, two of its figures, and whether the first earns a flag of `kind` naming the
// second: each rule of section 3 below comes as a pair of articles that differ in what it reads.
struct PairCase {
  const char* rule;  // the section of docs/CROSSCHECK.md and what it says
  const char* date;
  const char* text;
  const char* first;
  v1::FlagKind kind;
  const char* second;
  bool flagged;
};

TEST(ExtractedRulesTest, PairsOfFiguresInOneArticle) {
  const PairCase cases[] = {
      {"3, which came first: the text orders one body's figures, not two bodies of one government",
       "2019-03-17",
       "La préfecture de police a fait état de 42 blessés à Paris samedi. Le ministère de "
       "l'Intérieur a recensé de son côté 97 blessés à Paris.",
       "42", v1::REVISION, "97", false},
      {"3, which came first: one body's two figures in text order are a revision", "2019-03-17",
       "La préfecture de police a fait état de 42 blessés à Paris samedi. La préfecture de police "
       "a ensuite recensé 97 blessés à Paris.",
       "42", v1::REVISION, "97", true},
      {"3, which came first: a town's count, then one naming no place, may be part and whole",
       "2023-11-02",
       "La CGT revendique 150 000 manifestants à Paris. En fin de journée, la CGT a revendiqué "
       "480 000 manifestants.",
       "150 000", v1::REVISION, "480 000", false},
      {"3, which came first: two counts naming the same town are in order", "2023-11-02",
       "La CGT revendique 150 000 manifestants à Paris. En fin de journée, la CGT a revendiqué "
       "480 000 manifestants à Paris.",
       "150 000", v1::REVISION, "480 000", true},
      {"3, one voice without order: two values the extractor links as one count conflict",
       "2019-03-17",
       "Le ministère de l'Intérieur a recensé 36 000 manifestants samedi. En milieu de journée, il "
       "n'en comptait encore que 21 000.",
       "36 000", v1::CONFLICT, "21 000", true},
      {"3, one voice without order: otherwise they are two sub-events", "2019-03-17",
       "Le ministère de l'Intérieur a recensé 36 000 manifestants samedi. Dans les cortèges de "
       "l'ouest, le ministère de l'Intérieur a recensé 21 000 manifestants.",
       "36 000", v1::CONFLICT, "21 000", false},
  };
  for (const PairCase& c : cases) {
    const std::vector<v1::Claim> claims = Article("article", c.date, c.text);
    const std::optional<v1::Flag> flag =
        FlagNaming(Said(claims, c.first), claims, c.kind, Said(claims, c.second));
    EXPECT_EQ(flag.has_value(), c.flagged) << "section " << c.rule;
  }
}

}  // namespace
}  // namespace claimcheck
