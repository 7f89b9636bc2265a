#include "article/article_date.h"

#include <string>

#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

// The day `text` gives, as YYYY-MM-DD, or "" when it gives none.
std::string Written(const std::string& text) {
  google::protobuf::Timestamp date;
  if (!DateWrittenInText(text, &date)) return "";
  return absl::FormatTime("%Y-%m-%d", absl::FromUnixSeconds(date.seconds()),
                          absl::UTCTimeZone());
}

TEST(ArticleDateTest, IsoDatesAndImpossibleDays) {
  google::protobuf::Timestamp date;
  ASSERT_TRUE(ParseIsoDate("2023-01-04 Titre", &date));
  EXPECT_EQ(date.seconds(), 1672790400);
  ASSERT_TRUE(ParseIsoDate("2023-10", &date));  // the 1st of the month
  EXPECT_EQ(date.seconds(), 1696118400);
  EXPECT_FALSE(ParseIsoDate("2023-02-31", &date));
  EXPECT_FALSE(ParseIsoDate("le 4 janvier", &date));
}

TEST(ArticleDateTest, ADateLineBelowTheTitle) {
  EXPECT_EQ(Written("Titre\n\n date 2024-03-24 \nAu moins 137 morts."), "2024-03-24");
}

TEST(ArticleDateTest, TheLatestFullDateInTheProse) {
  EXPECT_EQ(Written("L'invasion a commencé le 24 février 2022. Samedi 8 juillet 2024, au moins "
                    "20 personnes ont été tuées."),
            "2024-07-08");
  EXPECT_EQ(Written("Le 1er mars 2023, 12 blessés."), "2023-03-01");
  EXPECT_EQ(Written("KYIV, July 8, 2024 - At least 31 people were killed."), "2024-07-08");
  EXPECT_EQ(Written("On 15 January 2023 a missile hit Dnipro."), "2023-01-15");
  EXPECT_EQ(Written("Le 20 Novembre 2024, Poutine a reçu Manturov."), "2024-11-20");
}

TEST(ArticleDateTest, NoFullDateGivesNone) {
  EXPECT_EQ(Written("Samedi, 12 personnes ont été tuées en juillet."), "");
  EXPECT_EQ(Written("Le 31 février 2023, rien."), "");  // impossible day
  EXPECT_EQ(Written("12 missiles 2024 lancés"), "");    // no month name
  EXPECT_EQ(Written(""), "");
}

}  // namespace
}  // namespace claimcheck
