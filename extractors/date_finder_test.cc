// DateFinder and ResolveDate on sentences written for these tests, with the shipped lexicons.
#include "extractors/date_finder.h"

#include <memory>
#include <string>
#include <vector>

#include "extractors/claim_extractor.h"
#include "extractors/folded_text.h"
#include "extractors/lexicons.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

class DateFinderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = Lexicons::Load(DefaultLexiconDir());
    ASSERT_TRUE(loaded.ok()) << loaded.status();
    lexicons_ = loaded->release();
  }

  // The days `text` names, resolved against `article` ("" for none), as "YYYY-MM-DD" with the
  // words that name them: "2024-03-07 7 mars".
  std::vector<std::string> Days(const std::string& language, const std::string& text,
                                const std::string& article = "2024-03-20") {
    const FoldedText folded = FoldedText::Fold(text);
    TokenizedText tokens = Tokenize(folded, lexicons_->token_rules);
    lexicons_->Annotate(&tokens);
    const DateFinder finder(lexicons_->ForLanguage(language));
    std::optional<absl::CivilDay> day;
    if (!article.empty()) {
      absl::CivilDay parsed;
      EXPECT_TRUE(absl::ParseCivilTime(article, &parsed));
      day = parsed;
    }
    std::vector<std::string> out;
    for (const DateMention& m : finder.Find(tokens, 0, tokens.size())) {
      const std::optional<absl::CivilDay> resolved = ResolveDate(m, day, std::nullopt);
      std::string words(folded.text().substr(tokens.tokens[m.begin].begin,
                                             tokens.tokens[m.end - 1].end -
                                                 tokens.tokens[m.begin].begin));
      out.push_back((resolved ? absl::FormatCivilTime(*resolved) : std::string("none")) + " " +
                    words + (m.starts_period ? " (since)" : ""));
    }
    return out;
  }

  static Lexicons* lexicons_;
};

Lexicons* DateFinderTest::lexicons_ = nullptr;

using ::testing::ElementsAre;

TEST_F(DateFinderTest, ADayWithItsMonthTakesTheYearThatPutsItOnOrBeforeTheArticle) {
  EXPECT_THAT(Days("fr", "L'attaque du 7 mars a fait 12 morts."),
              ElementsAre("2024-03-07 7 mars"));
  // Written after the article's date: last year's.
  EXPECT_THAT(Days("fr", "Le bilan de l'attaque du 22 décembre."),
              ElementsAre("2023-12-22 22 decembre"));
  EXPECT_THAT(Days("fr", "L'attaque du 22 mars 2024 et celle du 1er mars 2023."),
              ElementsAre("2024-03-22 22 mars 2024", "2023-03-01 1er mars 2023"));
  EXPECT_THAT(Days("en", "The attack on October 7, 2023 and the strike of Oct. 9."),
              ElementsAre("2023-10-07 october 7, 2023", "2023-10-09 oct. 9"));
  EXPECT_THAT(Days("fr", "Publié le 01/07/2023 à 08h02"), ElementsAre("2023-07-01 01/07/2023"));
  EXPECT_THAT(Days("en", "Posted 07/01/2023"), ElementsAre("2023-07-01 07/01/2023"));
}

TEST_F(DateFinderTest, AMonthAloneIsNoDay) {
  EXPECT_TRUE(Days("en", "In March, 500 soldiers may have died.").empty());
  EXPECT_TRUE(Days("fr", "En décembre, le ministre affirmait que 383 000 hommes.").empty());
  EXPECT_TRUE(Days("fr", "Le 31 juin n'existe pas.").size() == 1);
  EXPECT_THAT(Days("fr", "Le 31 juin n'existe pas."), ElementsAre("none 31 juin"));
}

TEST_F(DateFinderTest, AWeekdayIsTheLatestOnOrBeforeTheArticle) {
  // 20 March 2024 is a Wednesday.
  EXPECT_THAT(Days("fr", "Mercredi, 12 personnes ont été tuées."),
              ElementsAre("2024-03-20 mercredi"));
  EXPECT_THAT(Days("fr", "Samedi soir, l'attaque a fait 12 morts."),
              ElementsAre("2024-03-16 samedi soir"));
  EXPECT_THAT(Days("fr", "Dans la nuit de samedi à dimanche, 35 drones."),
              ElementsAre("2024-03-16 samedi à dimanche"));
  EXPECT_THAT(Days("en", "Saturday's strike killed 12 people."),
              ElementsAre("2024-03-16 saturday"));
  EXPECT_THAT(Days("fr", "Mercredi 8 mars, une frappe."), ElementsAre("2024-03-08 mercredi 8 mars"));
  // Undated: no day.
  EXPECT_THAT(Days("fr", "Mercredi, 12 personnes ont été tuées.", ""), ElementsAre("none mercredi"));
}

TEST_F(DateFinderTest, RelativeDaysAndHolidays) {
  EXPECT_THAT(Days("fr", "Hier, 12 personnes ont été tuées."), ElementsAre("2024-03-19 hier"));
  EXPECT_THAT(Days("en", "Last week's strike killed 12."), ElementsAre("2024-03-13 last week"));
  EXPECT_THAT(Days("fr", "La frappe de la nuit du Nouvel An.", "2023-01-04"),
              ElementsAre("2022-12-31 nouvel an"));
  EXPECT_THAT(Days("fr", "Du 29 au 30 juin, 875 interpellations.", "2023-07-01"),
              ElementsAre("2023-06-29 29 au 30 juin"));
  // The start of a period is said so.
  EXPECT_THAT(Days("fr", "3 478 morts depuis le 7 octobre.", "2023-10-19"),
              ElementsAre("2023-10-07 7 octobre (since)"));
}

TEST_F(DateFinderTest, TheDayBeforeCountsFromTheDayInForce) {
  const FoldedText folded = FoldedText::Fold("contre 875 la nuit précédente");
  TokenizedText tokens = Tokenize(folded, lexicons_->token_rules);
  const std::vector<DateMention> found =
      DateFinder(lexicons_->ForLanguage("fr")).Find(tokens, 0, tokens.size());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(ResolveDate(found[0], absl::CivilDay(2023, 7, 1), absl::CivilDay(2023, 6, 30)),
            absl::CivilDay(2023, 6, 29));
  EXPECT_EQ(ResolveDate(found[0], absl::CivilDay(2023, 7, 1), std::nullopt),
            absl::CivilDay(2023, 6, 30));
}

}  // namespace
}  // namespace claimcheck
