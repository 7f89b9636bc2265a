// FindSidesApart through whole claims: whose losses a count is when the side is said away from
// the counted noun. Sentences written for these tests.
#include <string>
#include <vector>

#include "extractors/extract_for_test.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

std::string SideAt(const std::string& text, const std::string& number) {
  const std::vector<v1::Claim> claims = ExtractForTest(text);
  const v1::Claim* c = ClaimAt(claims, text, number);
  if (c == nullptr) {
    ADD_FAILURE() << "no claim at " << number;
    return "?";
  }
  return c->subject_side();
}

TEST(SidesTest, ADemonymBesideANounOfLosses) {
  EXPECT_EQ(SideAt("Selon lui, les pertes ukrainiennes lors du repli se comptent en dizaines.",
                   "dizaines"),
            "UA");
  EXPECT_EQ(SideAt("Les pertes russes s'élèvent à 1 200 hommes, selon Kiev.", "1 200"), "RU");
  EXPECT_EQ(SideAt("Ukraine's general staff said Russian losses stood at 1,250 troops.", "1,250"),
            "RU");
  EXPECT_EQ(SideAt("La Russie parle de plus de 400 000 morts et blessés côté ukrainien.",
                   "400 000"),
            "UA");
}

TEST(SidesTest, TheSpeakersOwnRanks) {
  EXPECT_EQ(SideAt("Le ministère russe de la Défense reconnaissait 498 morts dans ses rangs.",
                   "498"),
            "RU");
  // A speaker that is no side of a war gives none.
  EXPECT_EQ(SideAt("La CGT revendique 3 000 adhérents dans ses rangs.", "3 000"), "");
}

TEST(SidesTest, TheSubjectOfAVerbOfLoss) {
  EXPECT_EQ(SideAt("Le ministère russe de la Défense a affirmé que l'armée ukrainienne avait "
                   "perdu plus de 3 700 soldats.",
                   "3 700"),
            "UA");
  EXPECT_EQ(SideAt("Russia's defence ministry said Ukraine had lost up to 1,610 servicemen.",
                   "1,610"),
            "UA");
  // The agent of a killing is not the side that lost: "Russian forces killed 12 civilians".
  EXPECT_EQ(SideAt("Russian forces killed 12 civilians in Kherson, Ukrainian officials said.",
                   "12"),
            "");
  // The speaker's own side is not the count's.
  EXPECT_EQ(SideAt("Le ministère russe de la Défense a affirmé que 300 soldats ont été tués.",
                   "300"),
            "");
}

TEST(SidesTest, TheSpeakersEnemy) {
  EXPECT_EQ(SideAt("The Russian defence ministry said enemy losses reached 300 soldiers.", "300"),
            "UA");
  EXPECT_EQ(SideAt("Selon l'état-major ukrainien, les pertes de l'ennemi s'élèvent à 1 100 "
                   "hommes.",
                   "1 100"),
            "RU");
}

TEST(SidesTest, ColleaguesAreOfTheSpeakersKind) {
  const std::string text =
      "Selon le syndicat Unité SGP Police, « bien plus de 150 collègues » ont été blessés.";
  const std::vector<v1::Claim> claims = ExtractForTest(text);
  const v1::Claim* c = ClaimAt(claims, text, "150");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->subject(), "police officer");
  // A speaker whose kind no list gives keeps the word.
  const std::string unknown = "Selon l'association, 30 collègues ont été blessés.";
  const std::vector<v1::Claim> others = ExtractForTest(unknown);
  const v1::Claim* d = ClaimAt(others, unknown, "30");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->subject(), "colleague");
}

}  // namespace
}  // namespace claimcheck
