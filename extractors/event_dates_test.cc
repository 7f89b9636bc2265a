// FindEventDates through whole claims: the day of the event a claim counts, not the day it was
// said. Articles written for these tests.
#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "extractors/claim_extractor.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

class EventDatesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto created = ClaimExtractor::Create(DefaultLexiconDir());
    ASSERT_TRUE(created.ok()) << created.status();
    extractor_ = created->release();
  }

  // Extracts `text` published on `published` ("" for an undated article).
  void Extract(const std::string& text, const std::string& published) {
    text_ = text;
    v1::Article article;
    article.set_id("a");
    article.set_text(text);
    if (!published.empty()) {
      absl::CivilDay day;
      ASSERT_TRUE(absl::ParseCivilTime(published, &day));
      article.mutable_published_at()->set_seconds(
          absl::ToUnixSeconds(absl::FromCivil(day, absl::UTCTimeZone())));
    }
    auto claims = extractor_->Extract(article);
    ASSERT_TRUE(claims.ok()) << claims.status();
    claims_ = *claims;
  }

  // The event date of the claim at the `occurrence`-th `number` as "YYYY-MM-DD", "" if unset.
  std::string DayOf(const std::string& number, int occurrence = 0) {
    const v1::Claim* c = Find(number, occurrence);
    if (c == nullptr || !c->has_event_date()) return "";
    return absl::FormatCivilTime(
        absl::ToCivilDay(absl::FromUnixSeconds(c->event_date().seconds()), absl::UTCTimeZone()));
  }

  std::string BasisOf(const std::string& number, int occurrence = 0) {
    const v1::Claim* c = Find(number, occurrence);
    return c == nullptr ? "?" : c->event_date_basis();
  }

 private:
  const v1::Claim* Find(const std::string& number, int occurrence) {
    size_t at = text_.find(number);
    for (int i = 0; i < occurrence && at != std::string::npos; ++i) {
      at = text_.find(number, at + 1);
    }
    for (const v1::Claim& c : claims_) {
      if (at != std::string::npos && c.number_span().start() <= at && at < c.number_span().end()) {
        return &c;
      }
    }
    ADD_FAILURE() << "no claim at " << number << " #" << occurrence;
    return nullptr;
  }

  static ClaimExtractor* extractor_;
  std::string text_;
  std::vector<v1::Claim> claims_;
};

ClaimExtractor* EventDatesTest::extractor_ = nullptr;

TEST_F(EventDatesTest, TheEventsDayNotTheStatements) {
  // 14 April 2025 is a Monday.
  Extract(
      "Thirty-five people were killed when two missiles struck Sumy on Sunday, the State "
      "Emergency Service said Monday.",
      "2025-04-14");
  EXPECT_EQ(DayOf("Thirty-five"), "2025-04-13");
  EXPECT_EQ(BasisOf("Thirty-five"), "Sunday");
  Extract("Le ministère a déclaré mercredi que 89 militaires avaient été tués.", "2023-01-05");
  EXPECT_EQ(DayOf("89"), "2023-01-05");  // the article's: Wednesday is when it was said
  EXPECT_EQ(BasisOf("89"), "");
  Extract(
      "On Wednesday evening, the regional services had reported 92 dead, a figure they raised "
      "to 158 on Thursday.",
      "2024-11-01");
  EXPECT_EQ(BasisOf("92"), "");
  EXPECT_EQ(BasisOf("158"), "");
  Extract("Le bilan s'est encore alourdi dimanche à 137 morts, selon le Comité d'enquête.",
          "2024-03-24");
  EXPECT_EQ(BasisOf("137"), "");
  Extract(
      "Le ministère de la Santé, qui avait annoncé mardi soir 500 morts, a revu son bilan "
      "mercredi à 471 morts.",
      "2023-10-19");
  EXPECT_EQ(BasisOf("471"), "");
}

TEST_F(EventDatesTest, ExplicitDaysAndEventNouns) {
  Extract("L'attaque du 22 mars 2024 a fait 145 morts, selon le Comité d'enquête.", "2024-09-22");
  EXPECT_EQ(DayOf("145"), "2024-03-22");
  EXPECT_EQ(BasisOf("145"), "22 mars 2024");
  Extract("Last week's strike on the market killed 12 people, officials said.", "2024-03-20");
  EXPECT_EQ(DayOf("12"), "2024-03-13");
  Extract("Quatorze personnes ont été interpellées samedi à Rennes, a indiqué la préfecture.",
          "2024-04-22");
  EXPECT_EQ(DayOf("Quatorze"), "2024-04-20");
  // The start of a period is no event's day.
  Extract("Plus de 3 478 personnes ont été tuées depuis le 7 octobre, selon le ministère.",
          "2023-10-19");
  EXPECT_EQ(BasisOf("3 478"), "");
}

TEST_F(EventDatesTest, ACountsOwnDayAndTheDayBefore) {
  Extract(
      "Les violences se sont poursuivies dans la nuit de vendredi à samedi. Selon le ministère, "
      "1 311 personnes ont été interpellées, contre 875 la nuit précédente.\n\n"
      "Le décompte de la nuit précédente avait évolué. Vendredi vers 3h, le ministre faisait "
      "état de 667 interpellations ; plus tard, le bilan consolidé en retenait 875.",
      "2023-07-01");
  EXPECT_EQ(DayOf("1 311"), "2023-06-30");
  EXPECT_EQ(BasisOf("1 311"), "vendredi à samedi");
  EXPECT_EQ(DayOf("875"), "2023-06-29");
  EXPECT_EQ(DayOf("667"), "2023-06-29");
  EXPECT_EQ(DayOf("875", 1), "2023-06-29");
}

TEST_F(EventDatesTest, APastYearDatesOnlyTheCountsAfterIt) {
  Extract(
      "Au moins 151 personnes ont été tuées. Il s'agit de la pire catastrophe depuis le naufrage "
      "du ferry Sewol en 2014, qui avait fait 304 morts. Selon la police, 82 personnes ont été "
      "blessées.",
      "2022-10-30");
  EXPECT_EQ(DayOf("304"), "2014-01-01");
  EXPECT_EQ(BasisOf("304"), "2014");
  EXPECT_EQ(DayOf("151"), "2022-10-30");
  EXPECT_EQ(DayOf("82"), "2022-10-30");  // the past year carries to no later sentence
  Extract("The 1918 Cloquet fire killed 453 people. This year's fire killed 99.", "2023-08-15");
  EXPECT_EQ(DayOf("453"), "1918-01-01");
  EXPECT_EQ(DayOf("99"), "2023-08-15");
  // The article's own year says no more than its date.
  Extract("En 2023, 12 personnes ont été tuées.", "2023-10-12");
  EXPECT_EQ(DayOf("12"), "2023-10-12");
}

TEST_F(EventDatesTest, LastSundayInASundayPaperIsAWeekBack) {
  Extract("Police say 338,000 people took part. Last Sunday's march, police said, drew 240,000.",
          "2019-06-16");
  EXPECT_EQ(DayOf("240,000"), "2019-06-09");
  Extract("Dimanche dernier, 240 000 personnes ont défilé.", "2019-06-16");
  EXPECT_EQ(DayOf("240 000"), "2019-06-09");
  Extract("Dimanche, 240 000 personnes ont défilé.", "2019-06-16");
  EXPECT_EQ(DayOf("240 000"), "2019-06-16");
}

TEST_F(EventDatesTest, TheLeadsDayIsThatOfItsFirstSentence) {
  Extract(
      "2:15 p.m. - Crowds gather\n\nTens of thousands of people have gathered in Victoria Park "
      "and the streets around it. Many carry flowers for a man who fell to his death on "
      "Saturday.\n\n10:25 p.m. - Police: 338,000\n\nPolice say 338,000 people took part.",
      "2019-06-16");
  EXPECT_EQ(DayOf("338,000", 1), "2019-06-16");
  EXPECT_EQ(BasisOf("338,000", 1), "");
}

TEST_F(EventDatesTest, TheDayAfterAndTheDayOfThatOf) {
  Extract(
      "Mercredi 8 mars, 3 000 personnes ont défilé. Le lendemain, 500 000 lycéens ont "
      "manifesté.\n\nLa journée de mardi dépasse celle du 31 janvier, pour laquelle la CGT "
      "avait annoncé 2,8 millions de participants.",
      "2023-03-12");
  EXPECT_EQ(DayOf("500 000"), "2023-03-09");
  EXPECT_EQ(DayOf("2,8 millions"), "2023-01-31");
  // "last Sunday" right after a count is that count's.
  Extract("Organisers say almost 2 million joined, nearly double their estimate of 1.03 million "
          "last Sunday.",
          "2019-06-16");
  EXPECT_EQ(DayOf("1.03 million"), "2019-06-09");
}

TEST_F(EventDatesTest, ACrowdIsCountedTheDayItGathers) {
  Extract(
      "Le 24 novembre, le ministère avait dénombré 106 301 gilets jaunes. La préfecture a "
      "recensé samedi 3 200 manifestants.\n\nMardi, le gouvernement recensait 28 120 réfugiés.",
      "2018-12-02");
  EXPECT_EQ(DayOf("106 301"), "2018-11-24");
  EXPECT_EQ(DayOf("3 200"), "2018-12-01");
  // A running total counted on a day is no crowd of that day: Tuesday is the statement's.
  EXPECT_NE(DayOf("28 120"), "2018-11-27");
}

TEST_F(EventDatesTest, AnUndatedPagesHeadLineOfADateIsItsDate) {
  Extract(
      "Afghanistan earthquakes: more than 2,000 killed, Taliban say\nSun 8 Oct 2023 13.40 BST\n\n"
      "More than 2,000 people were killed when earthquakes struck western Afghanistan on "
      "Saturday, the Taliban said. The toll was far higher than the one the UN office had given, "
      "when it cited reports of 320 dead.",
      "");
  EXPECT_EQ(DayOf("2,000", 1), "2023-10-07");
  EXPECT_EQ(DayOf("320"), "2023-10-07");
}

TEST_F(EventDatesTest, ADayOpeningASentenceIsTheDayItTellsOf) {
  Extract(
      "Mardi, la sixième journée d'action a battu tous les records. Le ministère a compté 1,28 "
      "million de manifestants.\n\nSamedi, la mobilisation a marqué le pas : 368 000 "
      "manifestants.",
      "2023-03-12");
  EXPECT_EQ(DayOf("1,28 million"), "2023-03-07");
  EXPECT_EQ(DayOf("368 000"), "2023-03-11");
}

TEST_F(EventDatesTest, AClaimInheritsFromItsParagraphThenTheLead) {
  const std::string text =
      "Belgorod toll rises\n\n"
      "Saturday's strike on the centre of Belgorod killed 14 people, the governor said.\n\n"
      "The toll rose to 25 on Tuesday, he said. Yesterday, 3 people were hurt in a drone "
      "attack. Another 2 were hurt later.\n\n"
      "Officials said 109 people were wounded.";
  // 3 January 2024 is a Wednesday.
  Extract(text, "2024-01-03");
  EXPECT_EQ(DayOf("14"), "2023-12-30");
  EXPECT_EQ(DayOf("25"), "2023-12-30");  // "on Tuesday" is when it rose, not the strike's day
  EXPECT_EQ(BasisOf("25"), "Saturday");
  EXPECT_EQ(DayOf("3 people"), "2024-01-02");
  EXPECT_EQ(DayOf("2 were"), "2024-01-02");  // the paragraph's day
  EXPECT_EQ(DayOf("109"), "2023-12-30");  // the lead's again
}

TEST_F(EventDatesTest, AnUndatedArticleUsesTheDateItGivesItselfOrNone) {
  Extract("Mercredi, 12 personnes ont été tuées dans une frappe, selon le gouverneur.", "");
  EXPECT_EQ(DayOf("12"), "");
  Extract(
      "Mort de Nahel\n\nPublié le 01/07/2023 à 08h02\n\n"
      "Dans la nuit de vendredi à samedi, 1 311 personnes ont été interpellées.",
      "");
  EXPECT_EQ(DayOf("1 311"), "2023-06-30");
  Extract("L'attaque du 22 mars 2024 a fait 145 morts, selon le Comité d'enquête.", "");
  EXPECT_EQ(DayOf("145"), "2024-03-22");
}

}  // namespace
}  // namespace claimcheck
