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

TEST(FigureKeyTest, APlaceNamedNearTheClaimIsNamed) {
  // "Au moins 13 tués dans la capitale" names Nairobi through another word; "Environ 1 300
  // habitants évacués" after a sentence on Nova Kakhovka is Nova Kakhovka's count. Only the
  // article's main place is no place of the claim's own.
  EXPECT_FALSE(PlaceFromArticle(1.0f));
  EXPECT_FALSE(PlaceFromArticle(0.9f));
  EXPECT_FALSE(PlaceFromArticle(0.8f));
  EXPECT_TRUE(PlaceFromArticle(0.5f));
  EXPECT_FALSE(PlaceFromArticle(0.0f)) << "not given";
  const v1::Claim capital =
      TestClaim("a", 1).AtLeast(13).Metric(v1::KILLED).Subject("person")
          .ReferencedPlace("Nairobi").PlaceKind("capital", "KE").Date("2024-07-01").Build();
  const v1::Claim kenya = TestClaim("a", 2).Exact(39).Metric(v1::KILLED).Subject("person")
                              .Place("Kenya").PlaceKind("country", "KE").Date("2024-07-01")
                              .Build();
  EXPECT_TRUE(PlaceHolds(FactsOf(kenya), FactsOf(capital)));
  const v1::Claim carried = TestClaim("a", 3).Exact(1300).Metric(v1::KILLED).Subject("person")
                                .CarriedPlace("Mombasa").Date("2024-07-01").Build();
  EXPECT_FALSE(Comparable(FactsOf(capital), FactsOf(carried))) << "two towns, both named";
}

TEST(FigureKeyTest, SubjectClassesComeFromTheLexicon) {
  // Police officers, gendarmes and protesters are people; gendarmes are police officers; the
  // police and the protesters are not counted against each other.
  EXPECT_EQ(SubjectClassOf("police officer"), "person");
  EXPECT_EQ(SubjectClassOf("gendarme"), "person");
  EXPECT_TRUE(SubjectsComparable("gendarme", "police officer"));
  EXPECT_TRUE(SubjectIsPart("gendarme", "police officer"));
  EXPECT_TRUE(SubjectIsPart("protester", "person"));
  EXPECT_FALSE(SubjectsComparable("police officer", "protester"));
  EXPECT_FALSE(SubjectsComparable("gendarme", "protester"));
  EXPECT_FALSE(SubjectsComparable("household", "person"));  // households are not people
  // Men, like women, are some of the people: "hommes" may be troops in war copy, so not a rival.
  EXPECT_TRUE(SubjectIsPart("man", "person"));
  EXPECT_FALSE(SubjectsComparable("man", "soldier"));
  // A crowd's participants are its protesters, and so people.
  EXPECT_TRUE(SubjectsComparable("participant", "protester"));
  EXPECT_TRUE(SubjectsComparable("participant", "person"));
  EXPECT_FALSE(SubjectIsPart("participant", "protester"));
}

TEST(FigureKeyTest, KilledMeetsCasualtiesButWoundedAndKilledStayApart) {
  EXPECT_TRUE(MetricsComparable(v1::KILLED, v1::CASUALTIES));
  EXPECT_TRUE(MetricIsPart(v1::KILLED, v1::CASUALTIES));
  EXPECT_FALSE(MetricIsPart(v1::CASUALTIES, v1::KILLED));
  EXPECT_FALSE(MetricsComparable(v1::KILLED, v1::WOUNDED));
  // "Victimes" is filed under CASUALTIES and often means the dead: a wounded count says nothing
  // of it.
  EXPECT_FALSE(MetricsComparable(v1::WOUNDED, v1::CASUALTIES));
  EXPECT_FALSE(MetricsComparable(v1::LAUNCHED, v1::DESTROYED));
  EXPECT_EQ(MetricFamilyOf(v1::KILLED), MetricFamilyOf(v1::CASUALTIES));
  EXPECT_NE(MetricFamilyOf(v1::WOUNDED), MetricFamilyOf(v1::CASUALTIES));
  const v1::Claim victims = TestClaim("a", 1).Exact(133).Metric(v1::CASUALTIES).Subject("person")
                                .Place("Moscow").Date("2024-03-23").Build();
  const v1::Claim killed = Killed("b", 1, "person", "Moscow", "2024-03-24");
  const v1::Claim wounded = TestClaim("b", 2).Exact(133).Metric(v1::WOUNDED).Subject("person")
                                .Place("Moscow").Date("2024-03-24").Build();
  EXPECT_TRUE(Comparable(FactsOf(victims), FactsOf(killed)));
  EXPECT_FALSE(Comparable(FactsOf(victims), FactsOf(wounded)));
  EXPECT_FALSE(Comparable(FactsOf(killed), FactsOf(wounded)));
}

// One claim says whose losses it counts, the other does not.
TEST(FigureKeyTest, AnOfficialVoiceThatDoesNotSayWhoseLossesCountsItsOwn) {
  v1::Claim armenians = Killed("a", 1, "person", "Armenia", "2023-09-30");
  armenians.set_subject_side("AM");
  // "Bakou a reconnu la mort de 192 de ses soldats": Azerbaijan's own dead.
  const v1::Claim baku = TestClaim("b", 1).Exact(192).Metric(v1::KILLED).Subject("soldier")
                             .Place("Armenia").Date("2023-09-30")
                             .Source("Bakou", "az.gov", "az").Build();
  EXPECT_FALSE(Comparable(FactsOf(armenians), FactsOf(baku)));
  // The same side's own voice is compared ("Moscow: 89" against "about 400 Russian soldiers").
  v1::Claim russians = Killed("c", 1, "soldier", "Makiivka", "2023-01-04");
  russians.set_subject_side("RU");
  const v1::Claim moscow = TestClaim("d", 1).Exact(89).Metric(v1::KILLED).Subject("soldier")
                               .Place("Makiivka").Date("2023-01-04")
                               .Source("Russian Defence Ministry", "ru.mod", "ru").Build();
  EXPECT_TRUE(Comparable(FactsOf(russians), FactsOf(moscow)));
  // No reading for a voice that is not a government's (an armed group claiming a toll) ...
  const v1::Claim group = TestClaim("e", 1).Exact(97).Metric(v1::KILLED).Subject("soldier")
                              .Place("Armenia").Date("2023-09-30")
                              .Source("JNIM", "jnim", "jnim").Build();
  EXPECT_TRUE(Comparable(FactsOf(armenians), FactsOf(group)));
  // ... nor for things hit or shot down, which are most often the enemy's.
  v1::Claim aircraft = TestClaim("f", 1).Exact(41).Metric(v1::ATTACKED).Subject("aircraft")
                           .Place("Russia").Date("2025-06-02")
                           .Source("SBU", "ua.sbu", "ua").Build();
  aircraft.set_subject_side("RU");
  const v1::Claim assessment = TestClaim("g", 1).AtLeast(20).Metric(v1::ATTACKED)
                                   .Subject("aircraft").Place("Russia").Date("2025-06-02")
                                   .Source("US officials", "us.gov", "us").Build();
  EXPECT_TRUE(Comparable(FactsOf(aircraft), FactsOf(assessment)));
}

// A toll stated on `date` about the event of `event_day`, named in the text by `basis` ("" when
// the extractor took the article's date).
v1::Claim Dated(const std::string& article, int n, const std::string& place,
                const std::string& date, const std::string& event_day, const std::string& basis) {
  return TestClaim(article, n).Exact(10 * n).Metric(v1::KILLED).Subject("person").Place(place)
      .Date(date).EventDate(event_day, basis).Build();
}

TEST(FigureKeyTest, ClaimsMeetAroundTheEventsDateNotTheArticles) {
  // An investigation published three weeks later names the day of the strike.
  const v1::Claim first = Dated("a", 1, "Dnipro", "2023-01-15", "2023-01-14", "samedi");
  const v1::Claim inquiry = Dated("b", 2, "Dnipro", "2023-02-05", "2023-01-14", "14 janvier");
  EXPECT_TRUE(Comparable(FactsOf(first), FactsOf(inquiry)));
  ASSERT_TRUE(FigureKeyOf(FactsOf(inquiry)).has_value());
  EXPECT_TRUE(FigureKeyOf(FactsOf(inquiry))->cross_article());
  // Without the event date it is three weeks after the strike: another event.
  v1::Claim undated_inquiry = inquiry;
  undated_inquiry.clear_event_date();
  undated_inquiry.clear_event_date_basis();
  EXPECT_FALSE(Comparable(FactsOf(first), FactsOf(undated_inquiry)));
  // An event date that is only the article's date (no basis) is compared in the window.
  const v1::Claim next_day = Dated("c", 3, "Dnipro", "2023-01-16", "2023-01-16", "");
  EXPECT_TRUE(Comparable(FactsOf(first), FactsOf(next_day)));
}

TEST(FigureKeyTest, TwoNamedDaysAreTwoEventsEvenInOneArticle) {
  // "The pagers on Tuesday ... the radios on Wednesday", in one article.
  const v1::Claim pagers = Dated("a", 1, "Lebanon", "2024-09-18", "2024-09-17", "Tuesday");
  const v1::Claim radios = Dated("a", 2, "Lebanon", "2024-09-18", "2024-09-18", "Wednesday");
  EXPECT_FALSE(Comparable(FactsOf(pagers), FactsOf(radios)));
  const v1::Claim same_day = Dated("a", 3, "Lebanon", "2024-09-18", "2024-09-17", "mardi");
  EXPECT_TRUE(Comparable(FactsOf(pagers), FactsOf(same_day)));
}

TEST(FigureKeyTest, ATownMeetsTheCountryHoldingIt) {
  const auto marchers = [](const std::string& article, int n, const std::string& place,
                           const std::string& kind) {
    TestClaim c(article, n);
    c.Exact(81000).Metric(v1::PARTICIPATED).Subject("protester").Place(place)
        .PlaceKind(kind, "FR").Date("2023-03-07");
    return c;
  };
  const v1::Claim paris = marchers("a", 1, "Paris", "capital").Build();
  const v1::Claim france = marchers("a", 2, "France", "country").Build();
  const v1::Claim lyon = marchers("a", 3, "Lyon", "city").Build();
  EXPECT_TRUE(PlaceHolds(FactsOf(france), FactsOf(paris)));
  EXPECT_FALSE(PlaceHolds(FactsOf(paris), FactsOf(france)));
  EXPECT_TRUE(Comparable(FactsOf(paris), FactsOf(france)));
  EXPECT_FALSE(Comparable(FactsOf(paris), FactsOf(lyon)));
  // Across articles only on a day both texts name.
  const v1::Claim other_france = marchers("b", 1, "France", "country").Build();
  EXPECT_FALSE(Comparable(FactsOf(paris), FactsOf(other_france)));
  const v1::Claim named_paris =
      marchers("a", 4, "Paris", "capital").EventDate("2023-03-07", "mardi 7 mars").Build();
  const v1::Claim named_france =
      marchers("b", 2, "France", "country").EventDate("2023-03-07", "le 7 mars").Build();
  EXPECT_TRUE(Comparable(FactsOf(named_paris), FactsOf(named_france)));
}

TEST(FigureKeyTest, TwoValuesLinkedAsOneCountMeetWhateverPlacesTheyName) {
  const auto crowd = [](int n, const std::string& place) {
    TestClaim c("a", n);
    c.Exact(1000 * n).Metric(v1::PARTICIPATED).Subject("person").Place(place).Date("2023-03-07");
    return c;
  };
  const v1::Claim police = crowd(1, "Rennes").Build();
  const v1::Claim unions = crowd(2, "Ille-et-Vilaine").Build();
  EXPECT_FALSE(Comparable(FactsOf(police), FactsOf(unions)));
  const v1::Claim linked = crowd(2, "Ille-et-Vilaine").SameCountAs("a#1").Build();
  EXPECT_TRUE(LinkedAsOneCount(FactsOf(police), FactsOf(linked)));
  EXPECT_TRUE(Comparable(FactsOf(police), FactsOf(linked)));
  EXPECT_TRUE(Comparable(FactsOf(linked), FactsOf(police)));
  // The link names a claim of its own article only.
  v1::Claim elsewhere = linked;
  elsewhere.set_article_id("b");
  EXPECT_FALSE(LinkedAsOneCount(FactsOf(police), FactsOf(elsewhere)));
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
