// NumberRecognizer and QualifierDetector together: the numbers a text holds and how each was
// stated. Sentences are written for these tests.
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "extractors/claim_extractor.h"
#include "extractors/lexicons.h"
#include "extractors/number_recognizer.h"
#include "extractors/qualifier_detector.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

struct Found {
  std::string text;  // the number as written
  double value = 0;
  v1::Qualifier qualifier = v1::QUALIFIER_UNSPECIFIED;
  std::optional<double> lower, upper;
  std::string unit;
};

class NumberRecognizerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = Lexicons::Load(DefaultLexiconDir());
    ASSERT_TRUE(loaded.ok()) << loaded.status();
    lexicons_ = loaded->release();
  }

  // The numbers of `text`, found the same whether the tokens carry their lexicon bits
  // (Lexicons::Annotate, as in ClaimExtractor) or every look-up hashes the word.
  std::vector<Found> Numbers(const std::string& text, const std::string& language = "fr") {
    const FoldedText folded = FoldedText::Fold(text);
    TokenizedText tokens = Tokenize(folded, lexicons_->token_rules);
    const std::vector<Found> hashed = Numbers(text, folded, tokens, language);
    lexicons_->Annotate(&tokens);
    std::vector<Found> annotated = Numbers(text, folded, tokens, language);
    EXPECT_EQ(hashed.size(), annotated.size()) << text;
    for (size_t k = 0; k < std::min(hashed.size(), annotated.size()); ++k) {
      EXPECT_EQ(hashed[k].text, annotated[k].text) << text;
      EXPECT_EQ(hashed[k].value, annotated[k].value) << text;
      EXPECT_EQ(hashed[k].qualifier, annotated[k].qualifier) << text;
    }
    return annotated;
  }

  std::vector<Found> Numbers(const std::string& text, const FoldedText& folded,
                             const TokenizedText& tokens, const std::string& language) {
    const LanguageLexicon& lex = lexicons_->ForLanguage(language);
    std::vector<NumberMention> mentions = NumberRecognizer(lex).Find(tokens);
    QualifierDetector(lex).Apply(tokens, &mentions);
    std::vector<Found> out;
    for (const NumberMention& m : mentions) {
      const uint32_t b = folded.OriginalOffset(tokens.tokens[m.begin].begin);
      const uint32_t e = folded.OriginalOffset(tokens.tokens[m.end - 1].end);
      out.push_back({text.substr(b, e - b), m.value, m.qualifier, m.lower, m.upper, m.unit});
    }
    return out;
  }

  Found One(const std::string& text, const std::string& language = "fr") {
    std::vector<Found> all = Numbers(text, language);
    EXPECT_EQ(all.size(), 1u) << text;
    return all.empty() ? Found{} : all[0];
  }

  static Lexicons* lexicons_;
};

Lexicons* NumberRecognizerTest::lexicons_ = nullptr;

TEST_F(NumberRecognizerTest, DigitsInEveryGrouping) {
  EXPECT_EQ(One("Au total 10 000 soldats.").value, 10000);
  EXPECT_EQ(One("Au total 10\xC2\xA0" "000 soldats.").value, 10000);      // no-break space
  EXPECT_EQ(One("Au total 10\xE2\x80\xAF" "000 soldats.").value, 10000);  // narrow nbsp
  EXPECT_EQ(One("Some 1,200,000 people fled.", "en").value, 1200000);
  EXPECT_EQ(One("Quelque 1.200 habitants.").value, 1200);
  EXPECT_EQ(One("Il y a 1 300 000 déplacés.").value, 1300000);
}

TEST_F(NumberRecognizerTest, DecimalsAndScales) {
  EXPECT_DOUBLE_EQ(One("1,5 million de personnes").value, 1500000);
  EXPECT_DOUBLE_EQ(One("2.5 million people", "en").value, 2500000);
  EXPECT_DOUBLE_EQ(One("2 milliards d'euros").value, 2e9);
  EXPECT_EQ(One("2 milliards d'euros").unit, "EUR");
}

TEST_F(NumberRecognizerTest, FrenchNumberWords) {
  EXPECT_EQ(One("soixante-dix soldats").value, 70);
  EXPECT_EQ(One("quatre-vingt-neuf soldats").value, 89);
  EXPECT_EQ(One("quatre-vingts soldats").value, 80);
  EXPECT_EQ(One("quatre-vingt-dix-sept soldats").value, 97);
  EXPECT_EQ(One("vingt et un soldats").value, 21);
  EXPECT_EQ(One("mille cent soldats").value, 1100);
  EXPECT_EQ(One("deux cent mille réfugiés").value, 200000);
  EXPECT_EQ(One("trois millions de personnes").value, 3000000);
}

TEST_F(NumberRecognizerTest, EnglishNumberWords) {
  EXPECT_EQ(One("eighty-nine soldiers", "en").value, 89);
  EXPECT_EQ(One("two hundred thousand people", "en").value, 200000);
  EXPECT_EQ(One("two hundred and fifty homes", "en").value, 250);
  const Found dozen = One("a dozen drones", "en");
  EXPECT_EQ(dozen.value, 12);
  EXPECT_EQ(dozen.qualifier, v1::APPROXIMATE);
}

TEST_F(NumberRecognizerTest, ApproximateNouns) {
  const Found f = One("une cinquantaine de drones");
  EXPECT_EQ(f.text, "une cinquantaine");
  EXPECT_EQ(f.value, 50);
  EXPECT_EQ(f.qualifier, v1::APPROXIMATE);
  EXPECT_LT(*f.lower, 50);
  EXPECT_GT(*f.upper, 50);
  EXPECT_EQ(One("un millier d'habitants").value, 1000);
  EXPECT_EQ(One("une dizaine de milliers de personnes").value, 10000);
}

TEST_F(NumberRecognizerTest, VagueAmountsAreWideIntervals) {
  for (const auto& [text, language, lower] : std::vector<std::tuple<std::string, std::string, double>>{
           {"des centaines de civils", "fr", 200},
           {"des millions de personnes", "fr", 2000000},
           {"plusieurs milliers de manifestants", "fr", 2000},
           {"des dizaines de milliers de réfugiés", "fr", 20000},
           {"hundreds of people", "en", 200},
           {"tens of thousands of people", "en", 20000},
           {"dozens of drones", "en", 24},
           {"several hundred soldiers", "en", 200}}) {
    const Found f = One(text, language);
    EXPECT_EQ(f.qualifier, v1::VAGUE) << text;
    EXPECT_EQ(*f.lower, lower) << text;
    ASSERT_TRUE(f.upper.has_value()) << text;
    EXPECT_GT(*f.upper, *f.lower) << text;
  }
}

TEST_F(NumberRecognizerTest, FrenchQualifiers) {
  struct Case {
    std::string text;
    v1::Qualifier qualifier;
  };
  for (const Case& c : std::vector<Case>{{"au moins 35 drones", v1::AT_LEAST},
                                         {"pas moins de 35 drones", v1::AT_LEAST},
                                         {"plus de 85 attaques", v1::MORE_THAN},
                                         {"près de 400 morts", v1::APPROXIMATE},
                                         {"environ 400 morts", v1::APPROXIMATE},
                                         {"quelque 400 morts", v1::APPROXIMATE},
                                         {"jusqu'à 500 combattants", v1::AT_MOST},
                                         {"jusqu’à 500 combattants", v1::AT_MOST},
                                         {"moins de 100 interpellations", v1::LESS_THAN},
                                         {"89 morts au moins", v1::AT_LEAST},
                                         {"89 morts", v1::EXACT}}) {
    EXPECT_EQ(One(c.text).qualifier, c.qualifier) << c.text;
  }
}

TEST_F(NumberRecognizerTest, EnglishQualifiers) {
  struct Case {
    std::string text;
    v1::Qualifier qualifier;
  };
  for (const Case& c : std::vector<Case>{{"at least 35 drones", v1::AT_LEAST},
                                         {"more than 85 attacks", v1::MORE_THAN},
                                         {"over 150 shells", v1::MORE_THAN},
                                         {"nearly 400 dead", v1::APPROXIMATE},
                                         {"almost 400 dead", v1::APPROXIMATE},
                                         {"about 400 dead", v1::APPROXIMATE},
                                         {"around 400 dead", v1::APPROXIMATE},
                                         {"some 400 dead", v1::APPROXIMATE},
                                         {"up to 500 fighters", v1::AT_MOST},
                                         {"fewer than 100 arrests", v1::LESS_THAN},
                                         {"less than 100 arrests", v1::LESS_THAN}}) {
    EXPECT_EQ(One(c.text, "en").qualifier, c.qualifier) << c.text;
  }
}

TEST_F(NumberRecognizerTest, OpenIntervalsFollowTheQualifier) {
  const Found at_least = One("au moins 35 drones");
  EXPECT_EQ(*at_least.lower, 35);
  EXPECT_FALSE(at_least.upper.has_value());
  const Found at_most = One("jusqu'à 500 combattants");
  EXPECT_EQ(*at_most.upper, 500);
  EXPECT_EQ(*at_most.lower, 0);
  const Found exact = One("89 morts");
  EXPECT_EQ(*exact.lower, 89);
  EXPECT_EQ(*exact.upper, 89);
}

TEST_F(NumberRecognizerTest, RangesAreOneClaim) {
  for (const auto& [text, language, low, high] :
       std::vector<std::tuple<std::string, std::string, double, double>>{
           {"entre 300 et 400 morts", "fr", 300, 400},
           {"de 10 à 12 frappes", "fr", 10, 12},
           {"300 à 400 morts", "fr", 300, 400},
           {"between 150 and 200 gangs", "en", 150, 200},
           {"300-400 dead", "en", 300, 400},
           {"2 à 3 millions de déplacés", "fr", 2000000, 3000000},
           {"deux ou trois maisons", "fr", 2, 3}}) {
    const Found f = One(text, language);
    EXPECT_EQ(f.qualifier, v1::RANGE) << text;
    EXPECT_EQ(*f.lower, low) << text;
    EXPECT_EQ(*f.upper, high) << text;
    EXPECT_EQ(f.value, (low + high) / 2) << text;
  }
}

TEST_F(NumberRecognizerTest, QualifierBeforeAnApproximateNounWins) {
  const Found f = One("plus d'une centaine de blessés");
  EXPECT_EQ(f.qualifier, v1::MORE_THAN);
  EXPECT_EQ(f.value, 100);
  EXPECT_EQ(One("au moins un mort").value, 1);
}

TEST_F(NumberRecognizerTest, NotClaims) {
  for (const auto& [text, language] : std::vector<std::pair<std::string, std::string>>{
           {"le 20 novembre 2024", "fr"},
           {"en février 2022", "fr"},
           {"on November 20, 2024", "en"},
           {" date 2023-01-04 ", "fr"},
           {"le 04/01/2023", "fr"},
           {"à 1h00 du matin, puis 00h01", "fr"},
           {"at 10:30 and at 1 a.m.", "en"},
           {"le premier jour, le 1er mars, la seconde fois", "fr"},
           {"the third time", "en"},
           {"des AMX-10 RC, des F-16, des S-300 et le COVID-19", "fr"},
           {"le n°19 et le n° 20, le G20, un 7x7", "fr"},
           {"appelez le 01 23 45 67 89 ou le 0 800 500 335", "fr"},
           {"call 555-0147", "en"},
           {"un responsable a parlé avec une journaliste", "fr"},
           {"a spokesman said one of them", "en"},
           {"l'article 5 du traité", "fr"},
           {"un Boeing 737 de la compagnie", "fr"},
           {"les deux pays ont signé", "fr"},
           {"at one point the two sides met", "en"},
           {"see https://example.org/news/2024/12345 or write to desk42@example.org", "en"},
           {"les 19 et 20 septembre, du 3 au 5 mai", "fr"},
           {"on 19-20 September", "en"},
           {"Mon 26 Aug 2024 21.55 BST", "en"},
           {"\n10.48 BST \xE2\x80\x93 sirens in Kyiv", "en"},
           {"la préfète des Deux-Sèvres, à Trois-Rivières", "fr"},
           {"pendant encore un an au moins, depuis près d'un siècle", "fr"},
           {"\"We count the dead,\" said one woman, who asked not to be named", "en"},
           {"one European diplomat said", "en"},
           {"the police opened a hotline: 114", "en"},
           {"12 commentaires", "fr"},
           {"page 2 de 3, le vol no: 17", "fr"}}) {
    EXPECT_TRUE(Numbers(text, language).empty()) << text << ": found "
                                                  << Numbers(text, language)[0].text;
  }
}

TEST_F(NumberRecognizerTest, NearMissesOfNonClaimsAreClaims) {
  // Each line reads like a non-claim above, yet counts something.
  EXPECT_EQ(Numbers("He earlier reported one man killed.", "en").size(), 1u);
  EXPECT_EQ(Numbers("un peu plus de 11 000 abonnés restaient sans courant")[0].value, 11000);
  EXPECT_EQ(Numbers("Au moins un mort.")[0].value, 1);
  EXPECT_EQ(Numbers("7 soldats tués le 20 septembre")[0].value, 7);
}

TEST_F(NumberRecognizerTest, HalfOfAScaleWord) {
  const auto fr = Numbers("plus d'un demi-million de déplacés");
  ASSERT_EQ(fr.size(), 1u);
  EXPECT_EQ(fr[0].value, 500000);
  EXPECT_EQ(fr[0].qualifier, v1::MORE_THAN);
  const auto en = Numbers("nearly half a million people", "en");
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en[0].value, 500000);
  EXPECT_EQ(One("a half-million people", "en").value, 500000);  // the French shape in English
}

TEST_F(NumberRecognizerTest, MeasuresCarryTheirUnit) {
  EXPECT_EQ(One("au cours des dernières 24 heures").unit, "hour");
  EXPECT_EQ(One("à 150 km au sud").unit, "km");
  EXPECT_EQ(One("une hausse de 12 %").unit, "percent");
  EXPECT_EQ(One("in the past 24 hours", "en").unit, "hour");
  EXPECT_EQ(One("a 57-year-old man", "en").unit, "year");
  EXPECT_EQ(One("les trois derniers jours").unit, "day");
  EXPECT_EQ(One("89 soldats").unit, "");
}

// A suffix after the digits scales them, with or without a space or a currency sign; the value is
// exact ("3.4bn" is 3 400 000 000, not 3.4 x 10^9 in floating point), money keeps its currency.
TEST_F(NumberRecognizerTest, SuffixesScaleTheDigits) {
  struct Case {
    std::string text, language, number;
    double value;
    std::string unit;
  };
  for (const Case& c : std::vector<Case>{
           {"Donors pledged $3.4bn.", "en", "3.4bn", 3400000000, "USD"},
           {"The fund holds €2bn.", "en", "2bn", 2000000000, "EUR"},
           {"Some £1.5m was raised.", "en", "1.5m", 1500000, "GBP"},
           {"About 2.3m people fled.", "en", "2.3m", 2300000, ""},
           {"About 2.3M people fled.", "en", "2.3M", 2300000, ""},
           {"Some 10k troops moved in.", "en", "10k", 10000, ""},
           {"It cost $5 bn in all.", "en", "5 bn", 5000000000, "USD"},
           {"Debt reached $1.2tn last year.", "en", "1.2tn", 1200000000000, "USD"},
           {"Exports fell by $40 mln.", "en", "40 mln", 40000000, "USD"},
           {"Le plan coûte 1,2 Md€.", "fr", "1,2 Md", 1200000000, "EUR"},
           {"Le plan coûte 3 Mds € de prêts.", "fr", "3 Mds", 3000000000, "EUR"},
           {"Le budget atteint 1,5 M€.", "fr", "1,5 M", 1500000, "EUR"},
           {"L'aide atteint 1,2 Md d'euros.", "fr", "1,2 Md", 1200000000, "EUR"},
           {"Quelque 10k manifestants.", "fr", "10k", 10000, ""}}) {
    const Found f = One(c.text, c.language);
    EXPECT_EQ(f.text, c.number) << c.text;
    EXPECT_EQ(f.value, c.value) << c.text;  // exact: no rounding error
    EXPECT_EQ(f.unit, c.unit) << c.text;
  }
}

// What is not a number in news stays out, and the same letters after digits that are a suffix
// elsewhere count nothing where they mean something else: a wrong value is worse than none.
TEST_F(NumberRecognizerTest, LettersBesideDigitsThatAreNoScale) {
  for (const auto& [text, language, only] :
       std::vector<std::tuple<std::string, std::string, double>>{
           {"La 5G couvre 30 villes.", "fr", 30},
           {"Les pays du G7 ont promis 2 Md€.", "fr", 2e9},
           {"Selon M. Macron, 300 soldats sont morts.", "fr", 300},
           {"Le 3 M. Dupont a parlé de 40 blessés.", "fr", 40},
           // "M" apart with no money nor counted thing after: a million or not, reading the
           // digits alone ("3") could be a wrong value.
           {"Le club a payé 3 M pour 12 joueurs.", "fr", 12},
           {"3M a supprimé 200 emplois.", "fr", 200},
           {"Un mur de 3m sépare 12 maisons.", "fr", 12},
           {"K-pop fans filled 40 buses.", "en", 40},
           {"Two lorries crashed on the M5 motorway.", "en", 2},
           {"Two B-52 bombers flew over.", "en", 2},
           {"The 100m final drew 40 runners.", "en", 40},
           {"He won a 10k run with 300 others.", "en", 300},
           {"Baltimore, Md. 3 people were hurt.", "en", 3},
           {"Comments (1.2K) 4 soldiers were hurt.", "en", 4}}) {
    const std::vector<Found> all = Numbers(text, language);
    std::vector<double> values;
    for (const Found& f : all) values.push_back(f.value);
    EXPECT_EQ(values, std::vector<double>{only}) << text;
  }
  // After digits, French cents are money, not hundreds.
  const std::vector<Found> cents = Numbers("Il a payé 25 cents.");
  ASSERT_EQ(cents.size(), 1u);
  EXPECT_EQ(cents[0].value, 25);
  EXPECT_EQ(cents[0].unit, "cent");
}

// French scales are the long ones (a billion is 10^12), English ones the short (10^9); a larger
// scale multiplies everything before it ("mille milliards").
TEST_F(NumberRecognizerTest, LongAndShortScales) {
  for (const auto& [text, language, value] :
       std::vector<std::tuple<std::string, std::string, double>>{
           {"un billion d'euros", "fr", 1e12},
           {"2 billions d'euros", "fr", 2e12},
           {"trois trillions", "fr", 3e18},
           {"mille milliards de dollars", "fr", 1e12},
           {"deux millions trois cent mille personnes", "fr", 2300000},
           {"one billion dollars", "en", 1e9},
           {"1 trillion dollars were pledged", "en", 1e12},
           {"twenty-one trillion three hundred", "en", 21000000000300},
           {"2.3 million people", "en", 2300000},
           {"1.1 million people", "en", 1100000},
           {"322 hundred people", "en", 32200}}) {
    EXPECT_EQ(One(text, language).value, value) << text;  // exact
  }
  // "mille mille" is no number said twice: each is read on its own.
  EXPECT_EQ(Numbers("mille mille").size(), 2u);
}

// Dozens and halves: approximate, as "une douzaine" is; a dozen multiplies the units after the
// last hundred, as a scale word does.
TEST_F(NumberRecognizerTest, DozensAndHalves) {
  for (const auto& [text, language, value] :
       std::vector<std::tuple<std::string, std::string, double>>{
           {"une demi-douzaine de soldats", "fr", 6},
           {"trois douzaines de maisons", "fr", 36},
           {"3 douzaines de maisons", "fr", 36},
           {"2 douzaine de maisons", "fr", 24},
           {"trois cent deux douzaines", "fr", 324},
           {"trois cents douzaines", "fr", 3600},
           {"half a dozen soldiers", "en", 6},
           {"a half dozen drones", "en", 6},
           {"a half-dozen drones", "en", 6},
           {"two dozen drones", "en", 24},
           {"3 dozens drones", "en", 36},
           {"five dozs eggs", "en", 60}}) {
    const Found f = One(text, language);
    EXPECT_EQ(f.value, value) << text;
    EXPECT_EQ(f.qualifier, v1::APPROXIMATE) << text;
    ASSERT_TRUE(f.lower.has_value() && f.upper.has_value()) << text;
    EXPECT_LT(*f.lower, value) << text;
    EXPECT_GT(*f.upper, value) << text;
  }
  EXPECT_EQ(One("un demi-million de déplacés").value, 500000);
}

TEST_F(NumberRecognizerTest, SpacedHyphenAndNaught) {
  EXPECT_EQ(One("fifty - two houses", "en").value, 52);
  EXPECT_EQ(One("said one hundred people", "en").value, 100);
  EXPECT_EQ(One("naught soldiers were hurt", "en").value, 0);
  EXPECT_TRUE(Numbers("the talks came to naught, all for naught", "en").empty());
  // Tens to tens is a range, not one number.
  const Found range = One("fifty - sixty houses", "en");
  EXPECT_EQ(range.qualifier, v1::RANGE);
}

// Money: the qualifier stands before the currency sign, and a range may repeat the sign.
TEST_F(NumberRecognizerTest, QualifiersAndRangesOfMoney) {
  EXPECT_EQ(One("at least $5 million", "en").qualifier, v1::AT_LEAST);
  EXPECT_EQ(One("more than $5bn", "en").qualifier, v1::MORE_THAN);
  for (const auto& [text, language] : std::vector<std::pair<std::string, std::string>>{
           {"between $3bn and $5bn", "en"}, {"$3bn to $5bn", "en"}, {"$3bn-$5bn", "en"},
           {"entre 3 et 5 Md€", "fr"}}) {
    const Found f = One(text, language);
    EXPECT_EQ(f.qualifier, v1::RANGE) << text;
    EXPECT_EQ(*f.lower, 3e9) << text;
    EXPECT_EQ(*f.upper, 5e9) << text;
  }
}

// A suffix that is something else too counts only before money or a counted thing, which may
// follow what happened to it or a demonym.
TEST_F(NumberRecognizerTest, SuffixesBeforeWhatIsCounted) {
  EXPECT_EQ(One("some 2.3m displaced people", "en").value, 2300000);
  EXPECT_EQ(One("10k Russian troops", "en").value, 10000);
  EXPECT_EQ(One("2m euros of fraud", "en").unit, "EUR");
  EXPECT_TRUE(Numbers("the 100m final", "en").empty());
  EXPECT_TRUE(Numbers("a 2.5m-high wall", "en").empty());
}

TEST_F(NumberRecognizerTest, YearsBeforeACountedNounAreCounts) {
  EXPECT_EQ(One("2000 soldiers were sent", "en").value, 2000);
}

}  // namespace
}  // namespace claimcheck
