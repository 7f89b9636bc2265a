#include "crosscheck/figure_key.h"

#include "crosscheck/test_claims.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

v1::Claim Killed(const std::string& article, int n, const std::string& subject,
                 const std::string& place, const std::string& date) {
  return TestClaim(article, n).Exact(10).Metric(v1::KILLED).Subject(subject).Place(place)
      .Date(date).Build();
}

TEST(FigureKeyTest, PersonCoversSoldierAndCivilianButTheyStayApart) {
  EXPECT_EQ(SubjectClassOf("soldier"), "person");
  EXPECT_EQ(SubjectClassOf("child"), "person");
  EXPECT_EQ(SubjectClassOf("drone"), "drone");
  EXPECT_TRUE(SubjectsComparable("person", "soldier"));
  EXPECT_TRUE(SubjectsComparable("civilian", "child"));
  EXPECT_TRUE(SubjectsComparable("person", "child"));
  EXPECT_FALSE(SubjectsComparable("soldier", "civilian"));
  EXPECT_FALSE(SubjectsComparable("soldier", "child"));
  EXPECT_FALSE(SubjectsComparable("missile", "strike"));
}

TEST(FigureKeyTest, KeyHasMetricClassAndLowercasedPlace) {
  const v1::Claim c = Killed("a", 1, "soldier", "Makiivka", "2023-01-02");
  const std::optional<FigureKey> key = FigureKeyOf(FactsOf(c));
  ASSERT_TRUE(key.has_value());
  EXPECT_EQ(key->ToString(), "KILLED|person|makiivka");
  EXPECT_TRUE(key->cross_article());
}

TEST(FigureKeyTest, UndatedOrUnplacedClaimsStayInTheirArticle) {
  v1::Claim undated = Killed("a", 1, "soldier", "Makiivka", "2023-01-02");
  undated.clear_published_at();
  EXPECT_EQ(FigureKeyOf(FactsOf(undated))->ToString(), "KILLED|person|@a");
  v1::Claim unplaced = Killed("b", 1, "soldier", "", "2023-01-02");
  EXPECT_FALSE(FigureKeyOf(FactsOf(unplaced))->cross_article());
}

TEST(FigureKeyTest, UnitsAndUnknownMetricsAreNotFiled) {
  EXPECT_FALSE(FigureKeyOf(FactsOf(TestClaim("a", 1).Exact(40).Unit("percent")
                                       .Metric(v1::DESTROYED).Subject("drone").Build())));
  EXPECT_FALSE(
      FigureKeyOf(FactsOf(TestClaim("a", 2).Exact(4).Metric(v1::OTHER).Subject("town").Build())));
  EXPECT_FALSE(FigureKeyOf(FactsOf(TestClaim("a", 3).Exact(4).Subject("town").Build())));
}

TEST(FigureKeyTest, OneSidesLossesAreNotComparedWithTheOthers) {
  v1::Claim russians = Killed("a", 1, "soldier", "Bakhmut", "2024-05-02");
  russians.set_subject_side("RU");
  v1::Claim ukrainians = Killed("b", 1, "soldier", "Bakhmut", "2024-05-02");
  ukrainians.set_subject_side("UA");
  v1::Claim unsaid = Killed("c", 1, "soldier", "Bakhmut", "2024-05-02");
  v1::Claim russians_again = Killed("d", 1, "soldier", "Bakhmut", "2024-05-03");
  russians_again.set_subject_side("RU");
  EXPECT_FALSE(Comparable(FactsOf(russians), FactsOf(ukrainians)));
  EXPECT_TRUE(Comparable(FactsOf(russians), FactsOf(russians_again)));
  EXPECT_TRUE(Comparable(FactsOf(russians), FactsOf(unsaid)));  // the text did not say whose
}

TEST(FigureKeyTest, ComparableWithinAWeekAtOnePlace) {
  const v1::Claim a = Killed("a", 1, "soldier", "Makiivka", "2023-01-02");
  const v1::Claim b = Killed("b", 1, "person", "makiivka", "2023-01-08");
  const v1::Claim month_later = Killed("c", 1, "soldier", "Makiivka", "2023-02-02");
  const v1::Claim elsewhere = Killed("d", 1, "soldier", "Kyiv", "2023-01-02");
  const v1::Claim civilians = Killed("e", 1, "civilian", "Makiivka", "2023-01-02");
  EXPECT_TRUE(Comparable(FactsOf(a), FactsOf(b)));
  EXPECT_FALSE(Comparable(FactsOf(a), FactsOf(month_later)));
  EXPECT_FALSE(Comparable(FactsOf(a), FactsOf(elsewhere)));
  EXPECT_FALSE(Comparable(FactsOf(a), FactsOf(civilians)));
  EXPECT_FALSE(Comparable(FactsOf(a), FactsOf(a)));
}

TEST(FigureKeyTest, WindowIsPairwiseNotBucketed) {
  // Across a week boundary and a month boundary: neighbours stay neighbours.
  const v1::Claim a = Killed("a", 1, "soldier", "Makiivka", "2023-01-29");
  const v1::Claim b = Killed("b", 1, "soldier", "Makiivka", "2023-02-03");
  EXPECT_TRUE(Comparable(FactsOf(a), FactsOf(b)));
}

TEST(FigureKeyTest, UnplacedClaimMeetsItsOwnArticleOnly) {
  const v1::Claim placed = Killed("a", 1, "soldier", "Makiivka", "2023-01-02");
  const v1::Claim unplaced = Killed("a", 2, "soldier", "", "2023-01-02");
  const v1::Claim other_article = Killed("b", 1, "soldier", "", "2023-01-02");
  EXPECT_TRUE(Comparable(FactsOf(placed), FactsOf(unplaced)));
  EXPECT_FALSE(Comparable(FactsOf(placed), FactsOf(other_article)));
  EXPECT_FALSE(Comparable(FactsOf(unplaced), FactsOf(other_article)));
}

TEST(FigureKeyTest, OtherNamesForPeopleShareTheirFigure) {
  EXPECT_EQ(SubjectClassOf("arrest"), "person");
  EXPECT_EQ(SubjectClassOf("refugee"), "person");
  EXPECT_EQ(SubjectClassOf("body"), "person");
  EXPECT_TRUE(SubjectsComparable("arrest", "person"));
  EXPECT_TRUE(SubjectsComparable("displaced person", "person"));
  EXPECT_FALSE(SubjectsComparable("arrest", "drone"));
  EXPECT_FALSE(SubjectsComparable("body", "civilian"));
}

TEST(FigureKeyTest, NarrowerSubjectsArePartsExceptSoldiers) {
  EXPECT_TRUE(SubjectIsPart("civilian", "person"));
  EXPECT_TRUE(SubjectIsPart("child", "person"));
  EXPECT_TRUE(SubjectIsPart("child", "civilian"));
  EXPECT_TRUE(SubjectIsPart("body", "person"));
  EXPECT_FALSE(SubjectIsPart("soldier", "person"));   // a rival toll, the Makiivka case
  EXPECT_FALSE(SubjectIsPart("person", "civilian"));  // the whole is not a part
  EXPECT_FALSE(SubjectIsPart("person", "person"));
  EXPECT_FALSE(SubjectIsPart("arrest", "person"));    // the same people, not a part
  EXPECT_FALSE(SubjectIsPart("child", "soldier"));
}

TEST(FigureKeyTest, InOneArticleTheMainPlaceIsNoPlaceOfItsOwn) {
  // "19 had died" takes the article's main place (Nairobi) but its sentence names none: it is
  // compared with "39 killed in Kenya"; two places both named in their sentences are not.
  const v1::Claim kenya = Killed("a", 1, "person", "Kenya", "2024-07-01");
  const v1::Claim from_article =
      TestClaim("a", 2).Exact(19).Metric(v1::KILLED).Subject("person").MainPlace("Nairobi")
          .Date("2024-07-01").Build();
  const v1::Claim named = Killed("a", 3, "person", "Mombasa", "2024-07-01");
  EXPECT_TRUE(Comparable(FactsOf(kenya), FactsOf(from_article)));
  EXPECT_FALSE(Comparable(FactsOf(kenya), FactsOf(named)));
  // Across articles the main place is a place like any other.
  const v1::Claim elsewhere =
      TestClaim("b", 1).Exact(19).Metric(v1::KILLED).Subject("person").MainPlace("Nairobi")
          .Date("2024-07-01").Build();
  EXPECT_FALSE(Comparable(FactsOf(kenya), FactsOf(elsewhere)));
}

TEST(FigureKeyTest, FigureRanksCountEachFiguresClaimsInTextOrder) {
  const std::vector<v1::Claim> claims = {
      Killed("a", 1, "person", "Makiivka", "2023-01-04"),
      Killed("a", 2, "soldier", "Makiivka", "2023-01-04"),  // the same figure: person
      Killed("a", 3, "person", "Kyiv", "2023-01-04"),
      TestClaim("a", 4).Exact(3).Build(),                    // not filed
      Killed("a", 5, "person", "Makiivka", "2023-01-04"),
  };
  std::vector<ClaimFacts> facts;  // views into `claims`
  facts.reserve(claims.size());
  for (const v1::Claim& c : claims) facts.push_back(FactsOf(c));
  EXPECT_EQ(FigureRanks(facts), (std::vector<uint32_t>{0, 1, 0, 0, 2}));
}

}  // namespace
}  // namespace claimcheck
