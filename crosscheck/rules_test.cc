// Each rule of rules.cc, on both sides: the pair it must flag and the nearest pair it must not.
// Why one long file: one test file per library, its cases grouped by rule in rules.cc's order.

#include "crosscheck/rules.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "crosscheck/test_claims.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

// Flags of claims[index] against all the others, as the store would compute them.
std::vector<v1::Flag> FlagsOf(const std::vector<v1::Claim>& claims, size_t index) {
  std::vector<ClaimFacts> facts;
  facts.reserve(claims.size());
  for (const v1::Claim& c : claims) facts.push_back(FactsOf(c));
  std::vector<const ClaimFacts*> others;
  others.reserve(facts.size());
  for (const ClaimFacts& f : facts) others.push_back(&f);
  std::vector<v1::Flag> flags = CrossCheckFlags(facts[index], others);
  for (v1::Flag& f : InconsistencyFlags(facts[index], others)) flags.push_back(std::move(f));
  return flags;
}

// A copy, so callers may pass a temporary vector.
std::optional<v1::Flag> Find(const std::vector<v1::Flag>& flags, v1::FlagKind kind) {
  auto it = std::find_if(flags.begin(), flags.end(),
                         [kind](const v1::Flag& f) { return f.kind() == kind; });
  if (it == flags.end()) return std::nullopt;
  return *it;
}

std::vector<std::string> Related(const v1::Flag& flag) {
  return {flag.related_claim_ids().begin(), flag.related_claim_ids().end()};
}

TestClaim RuMod(const std::string& article, int n, double killed, const std::string& date) {
  TestClaim c(article, n);
  c.Exact(killed).Metric(v1::KILLED).Subject("soldier").Place("Makiivka").Date(date)
      .Source("Russian Defence Ministry", "ru.mod", "ru");
  return c;
}

TEST(RevisionTest, SameMinistryLaterArticleIsARevisionWithReadableReason) {
  const std::vector<v1::Claim> claims = {RuMod("a", 1, 63, "2023-01-02").Build(),
                                         RuMod("b", 1, 89, "2023-01-04").Build()};
  for (size_t i = 0; i < 2; ++i) {
    const std::vector<v1::Flag> flags = FlagsOf(claims, i);
    const std::optional<v1::Flag> revision = Find(flags, v1::REVISION);
    ASSERT_NE(revision, std::nullopt) << i;
    EXPECT_EQ(Related(*revision), std::vector<std::string>{claims[1 - i].id()});
    EXPECT_EQ(revision->reason(),
              "Russian Defence Ministry: 63 killed (2023-01-02), then 89 (2023-01-04)");
    EXPECT_EQ(revision->figure_key(), "KILLED|person|makiivka");
    EXPECT_EQ(Find(flags, v1::CONFLICT), std::nullopt);
  }
}

// The seed case: one article, the ministry's 89 (sentence without a place) and Moscow's earlier
// 63 at Makiivka, two different source texts of one party.
TEST(RevisionTest, EarlierReportInOneArticleLinksMinistryAndCapital) {
  for (const std::string moscow_id : {"", "ru.gov"}) {
    const std::vector<v1::Claim> claims = {
        TestClaim("seed", 1).Exact(89).Metric(v1::KILLED).Subject("soldier").Date("2023-01-01")
            .Source("ministère russe de la Défense", "ru.mod", "ru").Build(),
        TestClaim("seed", 2).Exact(63).Metric(v1::KILLED).Subject("soldier").Place("Makiivka")
            .Date("2023-01-01").Source("Moscou", moscow_id, "ru").EarlierReport().Build()};
    for (size_t i = 0; i < 2; ++i) {
      const std::optional<v1::Flag> revision = Find(FlagsOf(claims, i), v1::REVISION);
      ASSERT_NE(revision, std::nullopt) << "moscow_id=" << moscow_id << " claim " << i;
      EXPECT_EQ(Related(*revision), std::vector<std::string>{claims[1 - i].id()});
      // Each step names its speaker when it is another voice of the party.
      EXPECT_EQ(revision->reason(),
                "ministère russe de la Défense: 63 killed (2023-01-01, earlier report, Moscou), "
                "then 89 (2023-01-01)");
    }
  }
}

TEST(RevisionTest, EveryStepIsShownWithItsDate) {
  // 12, then 19, then 25, then 31: no step hidden behind "(and 2 more)".
  const std::vector<v1::Claim> claims = {
      RuMod("d", 1, 25, "2023-01-04").Build(), RuMod("a", 1, 12, "2023-01-01").Build(),
      RuMod("e", 1, 31, "2023-01-05").Build(), RuMod("b", 1, 19, "2023-01-02").Build(),
      RuMod("c", 1, 19, "2023-01-02").Build()};  // the same figure relayed the same day
  const std::string steps =
      "Russian Defence Ministry: 12 killed (2023-01-01), then 19 (2023-01-02), then 25 "
      "(2023-01-04), then 31 (2023-01-05)";
  for (size_t i : {0, 1, 2}) {
    const std::optional<v1::Flag> revision = Find(FlagsOf(claims, i), v1::REVISION);
    ASSERT_NE(revision, std::nullopt) << i;
    EXPECT_EQ(revision->reason(), steps) << i;
  }
}

TEST(RevisionTest, StepsTheFlagCannotNameAreCounted) {
  // A running toll updated every six hours: 14 figures, the flag names 10 of them.
  std::vector<v1::Claim> claims;
  for (int step = 0; step < 14; ++step) {
    v1::Claim claim = RuMod(absl::StrCat("a", step), 1, 10 * (step + 1), "2023-01-01").Build();
    claim.mutable_published_at()->set_seconds(claim.published_at().seconds() + int64_t{step} * 6 * 3600);
    claims.push_back(claim);
  }
  const std::optional<v1::Flag> revision = Find(FlagsOf(claims, 0), v1::REVISION);
  ASSERT_NE(revision, std::nullopt);
  EXPECT_EQ(revision->related_claim_ids_size(), 10);
  EXPECT_NE(revision->reason().find("10 killed (2023-01-01), then 20 (2023-01-01), then 30"),
            std::string::npos) << revision->reason();
  EXPECT_TRUE(absl::EndsWith(revision->reason(), "(and 3 more)")) << revision->reason();
}

TEST(RevisionTest, SameSourceOneArticleSmallerFigureFurtherDownIsQuiet) {
  // Likely two sub-events ("12 killed in the north ... 3 in the south"): no flag.
  const std::vector<v1::Claim> claims = {RuMod("a", 1, 12, "2023-01-02").Span(100, 102).Build(),
                                         RuMod("a", 2, 3, "2023-01-02").Span(400, 401).Build()};
  EXPECT_EQ(Find(FlagsOf(claims, 0), v1::REVISION), std::nullopt);
  EXPECT_EQ(Find(FlagsOf(claims, 0), v1::CONFLICT), std::nullopt);
}

// "Le ministère a recensé 136 000 manifestants ... il n'en comptait encore que 75 000": the
// extractor links the two as values of one count (same_count_as), so they are no sub-events;
// nothing orders them, and one voice giving two figures for one count is flagged.
TEST(RevisionTest, OneVoicesTwoValuesOfOneCountUnorderedConflict) {
  auto crowd = [](int n, double value) {
    TestClaim c("a", n);
    c.Exact(value).Metric(v1::PARTICIPATED).Subject("protester").Place("France")
        .Date("2018-12-02").Source("le ministère de l'Intérieur", "fr.interior", "fr")
        .Span(100 * n, 100 * n + 3);
    return c;
  };
  const std::vector<v1::Claim> linked = {crowd(1, 136000).Build(),
                                         crowd(2, 75000).SameCountAs("a#1").Build()};
  for (size_t i = 0; i < 2; ++i) {
    const std::optional<v1::Flag> conflict = Find(FlagsOf(linked, i), v1::CONFLICT);
    ASSERT_NE(conflict, std::nullopt) << i;
    EXPECT_EQ(Related(*conflict), std::vector<std::string>{linked[1 - i].id()});
  }
  // Not linked: likely two sub-events, nothing to say.
  const std::vector<v1::Claim> apart = {crowd(1, 136000).Build(), crowd(2, 75000).Build()};
  EXPECT_TRUE(FlagsOf(apart, 0).empty());
}

TEST(RevisionTest, SameSourceOneArticleLargerFigureFurtherDownIsARunningToll) {
  // A live blog: "13:05 - 32 killed" ... "19:30 - 34 killed".
  const std::vector<v1::Claim> claims = {RuMod("a", 1, 32, "2023-01-02").Span(100, 102).Build(),
                                         RuMod("a", 2, 34, "2023-01-02").Span(900, 902).Build()};
  for (size_t i = 0; i < 2; ++i) {
    const std::optional<v1::Flag> revision = Find(FlagsOf(claims, i), v1::REVISION);
    ASSERT_NE(revision, std::nullopt) << "claim " << i;
    EXPECT_NE(revision->reason().find("32 killed"), std::string::npos) << revision->reason();
    EXPECT_LT(revision->reason().find("32 killed"), revision->reason().find("34 killed"))
        << "the figure higher in the text is the older: " << revision->reason();
    EXPECT_EQ(Find(FlagsOf(claims, i), v1::CONFLICT), std::nullopt);
  }
}

// Two bodies of one government in one article: the Paris police's 133 wounded, then the
// ministry's 263 on the whole territory. The text's order orders one body's running toll only.
TEST(RevisionTest, TwoBodiesOfOnePartyInOneArticleAreNotOrderedByTheText) {
  auto wounded = [](int n, double value, const std::string& text, const std::string& id) {
    TestClaim c("a", n);
    c.Exact(value).Metric(v1::WOUNDED).Subject("person").Place("Paris").Date("2018-12-02")
        .Source(text, id, "fr").Span(100 * n, 100 * n + 3);
    return c.Build();
  };
  const std::vector<v1::Claim> bodies = {
      wounded(1, 133, "la préfecture de police", "fr.police"),
      wounded(2, 263, "le ministère", "fr.interior")};
  for (size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(Find(FlagsOf(bodies, i), v1::REVISION), std::nullopt) << i;
    EXPECT_EQ(Find(FlagsOf(bodies, i), v1::CONFLICT), std::nullopt) << i;
  }
  // One body, the same two figures: its running toll.
  const std::vector<v1::Claim> one_body = {
      wounded(1, 133, "la préfecture de police", "fr.police"),
      wounded(2, 263, "la préfecture de police", "fr.police")};
  EXPECT_NE(Find(FlagsOf(one_body, 0), v1::REVISION), std::nullopt);
}

// One voice's count for the town its sentence names, then a larger count whose sentence names
// no place: the second may be the whole the first is a part of ("550 000 personnes à Paris",
// then "2,3 millions de manifestants dans plus de 300 villes").
TEST(RevisionTest, ANamedTownThenTheArticlesPlaceAreNotOrderedByTheText) {
  auto crowd = [](int n, double value, bool named) {
    TestClaim c("a", n);
    c.Exact(value).Metric(v1::PARTICIPATED).Subject("protester").Date("2023-05-01")
        .Source("la CGT", "cgt", "").Span(100 * n, 100 * n + 3);
    if (named) {
      c.Place("Paris");
    } else {
      c.MainPlace("Paris");
    }
    return c.Build();
  };
  const std::vector<v1::Claim> town_then_article = {crowd(1, 550000, true),
                                                    crowd(2, 2300000, false)};
  EXPECT_EQ(Find(FlagsOf(town_then_article, 0), v1::REVISION), std::nullopt);
  EXPECT_EQ(Find(FlagsOf(town_then_article, 1), v1::REVISION), std::nullopt);
  // Both sentences name the town, or neither does: a running count.
  EXPECT_NE(Find(FlagsOf({crowd(1, 550000, true), crowd(2, 800000, true)}, 0), v1::REVISION),
            std::nullopt);
  EXPECT_NE(Find(FlagsOf({crowd(1, 550000, false), crowd(2, 800000, false)}, 0), v1::REVISION),
            std::nullopt);
}

TEST(OpposingSidesTest, ConflictHoweverFarApart) {
  // Kyiv's count of Russian dead against Moscow's own: 14 times apart, still the dispute.
  TestClaim kyiv("ua", 1), moscow("ru", 1);
  kyiv.Approximately(19000).Metric(v1::KILLED).Subject("soldier").Place("Ukraine")
      .Date("2022-04-09").Source("Ukrainian General Staff", "ua.general_staff", "ua");
  moscow.Exact(1351).Metric(v1::KILLED).Subject("soldier").Place("Ukraine")
      .Date("2022-04-09").Source("Russian Defence Ministry", "ru.mod", "ru");
  const std::vector<v1::Claim> sides = {kyiv.Build(), moscow.Build()};
  EXPECT_NE(Find(FlagsOf(sides, 0), v1::CONFLICT), std::nullopt);
  // The same gap between a side and an aid group is two scopes, not a dispute.
  TestClaim aid("aid", 1);
  aid.Exact(1351).Metric(v1::KILLED).Subject("soldier").Place("Ukraine").Date("2022-04-09")
      .Source("an aid group", "", "");
  const std::vector<v1::Claim> scopes = {kyiv.Build(), aid.Build()};
  EXPECT_EQ(Find(FlagsOf(scopes, 0), v1::CONFLICT), std::nullopt);
}

TEST(RevisionTest, SameSourceSameDayAcrossArticlesIsAConflict) {
  const std::vector<v1::Claim> claims = {RuMod("a", 1, 63, "2023-01-02").Build(),
                                         RuMod("b", 1, 89, "2023-01-02").Build()};
  EXPECT_EQ(Find(FlagsOf(claims, 0), v1::REVISION), std::nullopt);
  EXPECT_NE(Find(FlagsOf(claims, 0), v1::CONFLICT), std::nullopt);
}

class ConflictTest : public ::testing::Test {
 protected:
  v1::Claim Kyiv(const std::string& place, const std::string& date,
                 v1::Metric metric = v1::KILLED, const std::string& subject = "soldier") {
    return TestClaim("k", 1).Approximately(400).Metric(metric).Subject(subject).Place(place)
        .Date(date).Source("Ukrainian General Staff", "ua.general_staff", "ua").Build();
  }
  v1::Claim moscow_ = RuMod("m", 1, 89, "2023-01-04").Build();
};

TEST_F(ConflictTest, DifferentSourcesDisjointFiguresConflict) {
  const std::vector<v1::Claim> claims = {moscow_, Kyiv("Makiivka", "2023-01-03")};
  const std::optional<v1::Flag> conflict = Find(FlagsOf(claims, 0), v1::CONFLICT);
  ASSERT_NE(conflict, std::nullopt);
  EXPECT_EQ(Related(*conflict), std::vector<std::string>{"k#1"});
  EXPECT_NE(conflict->reason().find("Russian Defence Ministry: 89 killed"), std::string::npos);
  EXPECT_NE(conflict->reason().find("Ukrainian General Staff: about 400 killed"),
            std::string::npos);
  EXPECT_NE(Find(FlagsOf(claims, 1), v1::CONFLICT), std::nullopt);
}

TEST_F(ConflictTest, PersonCountIsComparedWithSoldiers) {
  const std::vector<v1::Claim> claims = {moscow_,
                                         Kyiv("Makiivka", "2023-01-03", v1::KILLED, "person")};
  EXPECT_NE(Find(FlagsOf(claims, 0), v1::CONFLICT), std::nullopt);
}

TEST_F(ConflictTest, QuietForOtherPlaceMonthMetricOrCivilians) {
  for (const v1::Claim& other :
       {Kyiv("Kyiv", "2023-01-03"), Kyiv("Makiivka", "2023-02-15"),
        Kyiv("Makiivka", "2024-01-03"), Kyiv("Makiivka", "2023-01-03", v1::WOUNDED),
        Kyiv("Makiivka", "2023-01-03", v1::KILLED, "civilian")}) {
    const std::vector<v1::Flag> flags = FlagsOf({moscow_, other}, 0);
    EXPECT_EQ(Find(flags, v1::CONFLICT), std::nullopt) << other.DebugString();
    EXPECT_EQ(Find(flags, v1::REVISION), std::nullopt) << other.DebugString();
  }
}

TEST_F(ConflictTest, ToleranceKeepsCloseApproximateFiguresTogether) {
  v1::Claim close = RuMod("m2", 1, 380, "2023-01-04").Build();
  close.mutable_source()->set_canonical_id("us.dod");
  close.mutable_source()->set_party("us");
  close.mutable_source()->set_text("Pentagon");
  const std::vector<v1::Claim> claims = {close, Kyiv("Makiivka", "2023-01-03")};
  EXPECT_EQ(Find(FlagsOf(claims, 0), v1::CONFLICT), std::nullopt);
  EXPECT_NE(Find(FlagsOf(claims, 0), v1::CORROBORATED), std::nullopt);
}

TEST(OneStatementTest, PartsOfOneSentenceAreNotConflicts) {
  const std::string sentence = "At least 20 people, including 12 children, were killed.";
  const std::vector<v1::Claim> claims = {
      TestClaim("a", 1).AtLeast(20).Metric(v1::KILLED).Subject("person").Place("Kharkiv")
          .Date("2023-03-01").Sentence(sentence).Build(),
      TestClaim("a", 2).Exact(12).Metric(v1::KILLED).Subject("child").Place("Kharkiv")
          .Date("2023-03-01").Sentence(sentence).PartOf("a#1").Build(),
      TestClaim("a", 3).Exact(3).Metric(v1::KILLED).Subject("child").Place("Kharkiv")
          .Date("2023-03-01").Source("Governor", "ua.kharkiv_governor", "ua").Build()};
  // The part and its whole are not compared with each other. The part meets a#3: 12 children
  // against 3 children, another sentence and another source, conflict.
  const std::optional<v1::Flag> conflict = Find(FlagsOf(claims, 1), v1::CONFLICT);
  ASSERT_NE(conflict, std::nullopt);
  EXPECT_EQ(Related(*conflict), std::vector<std::string>{"a#3"});
  EXPECT_EQ(Related(*Find(FlagsOf(claims, 2), v1::CONFLICT)), std::vector<std::string>{"a#2"});
  // 3 children are a part of "at least 20 people": no conflict with the whole.
  EXPECT_EQ(Find(FlagsOf(claims, 0), v1::CONFLICT), std::nullopt);
}

TEST(OneStatementTest, DifferentSubjectsInOneArticleAreNotCompared) {
  // "7 missile strikes" and "18 air strikes": different counted things.
  const std::vector<v1::Claim> claims = {
      TestClaim("a", 1).Exact(7).Metric(v1::LAUNCHED).Subject("missile").Place("Kyiv")
          .Date("2023-01-01").Source("Air force", "ua.air_force", "ua").Build(),
      TestClaim("a", 2).Exact(18).Metric(v1::LAUNCHED).Subject("strike").Place("Kyiv")
          .Date("2023-01-01").Source("General Staff", "ua.general_staff", "ua").Build()};
  EXPECT_EQ(Find(FlagsOf(claims, 0), v1::CONFLICT), std::nullopt);
  EXPECT_EQ(Find(FlagsOf(claims, 0), v1::REVISION), std::nullopt);
  EXPECT_EQ(Find(FlagsOf(claims, 1), v1::INCONSISTENT), std::nullopt);
}

TEST(CorroborationTest, IndependentSourcesAgree) {
  v1::Claim un = RuMod("u", 1, 89, "2023-01-05").Build();
  un.mutable_source()->set_text("UN monitors");
  un.mutable_source()->set_canonical_id("un.hrmmu");
  un.mutable_source()->set_party("un");
  const std::vector<v1::Claim> claims = {RuMod("a", 1, 89, "2023-01-04").Build(), un};
  const std::vector<v1::Flag> flags = FlagsOf(claims, 0);
  ASSERT_NE(Find(flags, v1::CORROBORATED), std::nullopt);
  EXPECT_EQ(Related(*Find(flags, v1::CORROBORATED)), std::vector<std::string>{"u#1"});
  EXPECT_EQ(Find(flags, v1::SINGLE_SOURCE), std::nullopt);
}

TEST(CorroborationTest, OutletsRepeatingOneMinistryAreOneSource) {
  const std::vector<v1::Claim> claims = {RuMod("a", 1, 89, "2023-01-04").Build(),
                                         RuMod("b", 1, 89, "2023-01-04").Build(),
                                         RuMod("c", 1, 89, "2023-01-05").Build()};
  const std::vector<v1::Flag> flags = FlagsOf(claims, 0);
  EXPECT_EQ(Find(flags, v1::CORROBORATED), std::nullopt);
  const std::optional<v1::Flag> single = Find(flags, v1::SINGLE_SOURCE);
  ASSERT_NE(single, std::nullopt);
  EXPECT_EQ(Related(*single), (std::vector<std::string>{"b#1", "c#1"}));
}

// Thirty outlets each relaying a different agency's 89: a flag names the ten published nearest in
// time and counts the others, so a figure many repeat does not make every flag on it long.
TEST(CorroborationTest, AFlagNamesTheNearestAgreeingClaimsAndCountsTheRest) {
  std::vector<v1::Claim> claims = {RuMod("a", 1, 89, "2023-01-10").Build()};
  for (int i = 0; i < 30; ++i) {
    v1::Claim c = RuMod("o" + std::to_string(i), 1, 89, i < 15 ? "2023-01-05" : "2023-01-11")
                      .Build();
    c.mutable_source()->set_text("Agency " + std::to_string(i));
    c.mutable_source()->set_canonical_id("agency." + std::to_string(i));
    c.mutable_source()->set_party("");
    claims.push_back(c);
  }
  const std::optional<v1::Flag> agreeing = Find(FlagsOf(claims, 0), v1::CORROBORATED);
  ASSERT_NE(agreeing, std::nullopt);
  std::vector<std::string> nearest;  // a day apart, against five days for the others
  for (int i = 15; i < 25; ++i) nearest.push_back("o" + std::to_string(i) + "#1");
  EXPECT_EQ(Related(*agreeing), nearest);
  EXPECT_EQ(agreeing->reason(),
            "Russian Defence Ministry: 89 killed (2023-01-10) agrees with Agency 15: 89 killed "
            "(2023-01-11) (and 29 more)");
}

TEST(CorroborationTest, UnattributedClaimsNeitherCorroborateNorAreSingleSource) {
  const std::vector<v1::Claim> claims = {
      TestClaim("a", 1).Exact(89).Metric(v1::KILLED).Subject("soldier").Place("Makiivka")
          .Date("2023-01-04").Build(),
      RuMod("b", 1, 89, "2023-01-04").Build()};
  EXPECT_TRUE(FlagsOf(claims, 0).empty());
  EXPECT_EQ(Find(FlagsOf(claims, 1), v1::CORROBORATED), std::nullopt);
  // The ministry is the only voice, but nobody relays it: nothing worth a flag.
  EXPECT_EQ(Find(FlagsOf(claims, 1), v1::SINGLE_SOURCE), std::nullopt);
}

TEST(SameVoiceTest, OfficialVoicesOfOnePartyButNotOtherBodies) {
  EXPECT_TRUE(SameVoice({"ministère russe de la Défense", "ru.mod", "ru"}, {"Moscou", "", "ru"}));
  EXPECT_TRUE(SameVoice({"Kremlin", "ru.gov", "ru"}, {"Defence Ministry", "ru.mod", "ru"}));
  EXPECT_FALSE(SameVoice({"Kremlin", "ru.gov", "ru"}, {"Kyiv", "ua.gov", "ua"}));
  EXPECT_FALSE(SameVoice({"ISW", "isw", "us"}, {"Pentagon", "us.dod", "us"}));
  EXPECT_FALSE(SameVoice({"", "", ""}, {"", "", ""}));
  EXPECT_TRUE(SameVoice({"Reuters", "", ""}, {"reuters", "", ""}));
}

TestClaim AirForce(const std::string& article, int n) {
  TestClaim c(article, n);
  c.Subject("drone").Place("Kyiv").Date("2023-01-01").Source("Air force", "ua.air_force", "ua");
  return c;
}

TEST(InconsistencyTest, ThirtyDestroyedOfAtLeastThirtyFiveLaunchedIsConsistent) {
  const std::vector<v1::Claim> claims = {
      AirForce("a", 1).AtLeast(35).Metric(v1::LAUNCHED).Build(),
      AirForce("a", 2).Exact(30).Metric(v1::DESTROYED).PartOf("a#1").Build()};
  for (size_t i = 0; i < 2; ++i) {
    const std::vector<v1::Flag> flags = FlagsOf(claims, i);
    EXPECT_EQ(Find(flags, v1::INCONSISTENT), std::nullopt);
    EXPECT_EQ(Find(flags, v1::CONFLICT), std::nullopt);
  }
}

TEST(InconsistencyTest, MoreDestroyedThanLaunchedFiresOnBoth) {
  const std::vector<v1::Claim> claims = {AirForce("a", 1).Exact(35).Metric(v1::LAUNCHED).Build(),
                                         AirForce("a", 2).Exact(40).Metric(v1::DESTROYED).Build()};
  const std::optional<v1::Flag> on_launched = Find(FlagsOf(claims, 0), v1::INCONSISTENT);
  const std::optional<v1::Flag> on_destroyed = Find(FlagsOf(claims, 1), v1::INCONSISTENT);
  ASSERT_NE(on_launched, std::nullopt);
  ASSERT_NE(on_destroyed, std::nullopt);
  EXPECT_EQ(Related(*on_launched), std::vector<std::string>{"a#2"});
  EXPECT_EQ(on_destroyed->reason(), "Air force: 40 destroyed but 35 launched");
}

TEST(InconsistencyTest, OtherSourceOrOtherArticleIsNotInconsistent) {
  v1::Claim launched_by_other = AirForce("a", 1).Exact(35).Metric(v1::LAUNCHED).Build();
  launched_by_other.mutable_source()->set_canonical_id("ru.mod");
  launched_by_other.mutable_source()->set_party("ru");
  const v1::Claim destroyed = AirForce("a", 2).Exact(40).Metric(v1::DESTROYED).Build();
  EXPECT_EQ(Find(FlagsOf({launched_by_other, destroyed}, 1), v1::INCONSISTENT), std::nullopt);
  const v1::Claim launched_elsewhere = AirForce("b", 1).Exact(35).Metric(v1::LAUNCHED).Build();
  EXPECT_EQ(Find(FlagsOf({launched_elsewhere, destroyed}, 1), v1::INCONSISTENT), std::nullopt);
}

TEST(InconsistencyTest, KilledPlusWoundedAboveCasualties) {
  auto mod = [](int n, double v, v1::Metric m) {
    return RuMod("a", n, v, "2023-01-02").Metric(m).Build();
  };
  const std::vector<v1::Claim> bad = {mod(1, 15, v1::CASUALTIES), mod(2, 10, v1::KILLED),
                                      mod(3, 8, v1::WOUNDED)};
  const std::optional<v1::Flag> flag = Find(FlagsOf(bad, 0), v1::INCONSISTENT);
  ASSERT_NE(flag, std::nullopt);
  EXPECT_EQ(Related(*flag), (std::vector<std::string>{"a#2", "a#3"}));
  EXPECT_EQ(flag->reason(), "Russian Defence Ministry: 10 killed + 8 wounded exceed 15 casualties");
  EXPECT_NE(Find(FlagsOf(bad, 1), v1::INCONSISTENT), std::nullopt);
  EXPECT_NE(Find(FlagsOf(bad, 2), v1::INCONSISTENT), std::nullopt);

  const std::vector<v1::Claim> fine = {mod(1, 18, v1::CASUALTIES), mod(2, 10, v1::KILLED),
                                       mod(3, 8, v1::WOUNDED)};
  for (size_t i = 0; i < fine.size(); ++i) {
    EXPECT_EQ(Find(FlagsOf(fine, i), v1::INCONSISTENT), std::nullopt) << i;
  }
}

TEST(InconsistencyTest, PartLargerThanWhole) {
  const std::vector<v1::Claim> claims = {
      TestClaim("a", 1).Exact(10).Metric(v1::KILLED).Subject("person").Build(),
      TestClaim("a", 2).Exact(12).Metric(v1::KILLED).Subject("child").PartOf("a#1").Build()};
  EXPECT_NE(Find(FlagsOf(claims, 0), v1::INCONSISTENT), std::nullopt);
  EXPECT_NE(Find(FlagsOf(claims, 1), v1::INCONSISTENT), std::nullopt);
}

// Konotop: the governor's "une trentaine" wounded on the 10th, then "31 wounded, of whom nine
// are still in hospital" on the 12th.
class PartTest : public ::testing::Test {
 protected:
  static TestClaim Governor(const std::string& article, int n, const std::string& date) {
    TestClaim c(article, n);
    c.Metric(v1::WOUNDED).Subject("person").Place("Konotop").Date(date)
        .Source("le gouverneur de la région de Soumy", "ua.sumy_region", "ua");
    return c;
  }
  const v1::Claim trentaine_ = Governor("a", 1, "2024-03-10").Approximately(30).Build();
  const v1::Claim total_ = Governor("b", 1, "2024-03-12").Exact(31).Build();
};

TEST_F(PartTest, APartOfACountDoesNotReviseAnotherTotal) {
  const std::vector<v1::Claim> claims = {
      trentaine_, total_, Governor("b", 2, "2024-03-12").Exact(9).PartOf("b#1").Build()};
  for (size_t i = 0; i < claims.size(); ++i) {
    EXPECT_EQ(Find(FlagsOf(claims, i), v1::REVISION), std::nullopt) << i;
    EXPECT_EQ(Find(FlagsOf(claims, i), v1::CONFLICT), std::nullopt) << i;
  }
}

TEST_F(PartTest, APartLargerThanAnotherTotalStillDisagrees) {
  // "dont 40 hospitalisés" cannot fit in "une trentaine" (at most 34.5 once tolerated).
  const std::vector<v1::Claim> claims = {
      trentaine_, total_,
      Governor("b", 2, "2024-03-12").Exact(40).PartOf("b#1").Build()};
  const std::optional<v1::Flag> revision = Find(FlagsOf(claims, 2), v1::REVISION);
  ASSERT_NE(revision, std::nullopt);
  EXPECT_EQ(Related(*revision), std::vector<std::string>{"a#1"});
}

TEST_F(PartTest, TwoPartsAreStillComparedWithEachOther) {
  auto part = [](const std::string& article, double children, const std::string& source) {
    return std::vector<v1::Claim>{
        TestClaim(article, 1).Exact(20).Metric(v1::KILLED).Subject("person").Place("Kharkiv")
            .Date("2023-03-01").Source(source, "", "").Build(),
        TestClaim(article, 2).Exact(children).Metric(v1::KILLED).Subject("child")
            .Place("Kharkiv").Date("2023-03-01").Source(source, "", "")
            .PartOf(article + "#1").Build()};
  };
  std::vector<v1::Claim> claims = part("a", 12, "UNICEF");
  for (v1::Claim& c : part("b", 3, "Reuters")) claims.push_back(c);
  const std::optional<v1::Flag> conflict = Find(FlagsOf(claims, 1), v1::CONFLICT);
  ASSERT_NE(conflict, std::nullopt);
  EXPECT_EQ(Related(*conflict), std::vector<std::string>{"b#2"});
}

// "36 des 45 victimes ont été identifiées": a part of the victims, no whole the governor's 45
// killed must fit in; and "dont 81 policiers" is a part of the ministry's 263 wounded, not the
// voice's earlier count of the 110 wounded its prefecture gave first.
TEST_F(PartTest, APartIsNeverTheWholeOfAnotherCount) {
  auto otis = [](int n, v1::Metric metric, double value, const std::string& text) {
    TestClaim c("a", n);
    c.Exact(value).Metric(metric).Subject("person").MainPlace("Mexico").Date("2023-11-02")
        .Source(text, "", "");
    return c;
  };
  const std::vector<v1::Claim> identified = {
      otis(1, v1::KILLED, 45, "Evelyn Salgado").Build(),
      otis(2, v1::CASUALTIES, 36, "governor").PartOf("a#3").Build(),
      otis(3, v1::CASUALTIES, 45, "governor").Build()};
  EXPECT_EQ(Find(FlagsOf(identified, 0), v1::CONFLICT), std::nullopt);
  EXPECT_EQ(Find(FlagsOf(identified, 1), v1::CONFLICT), std::nullopt);
  // One voice: nor are the 45 dead more than a casualty count (INCONSISTENT).
  const std::vector<v1::Claim> one_voice = {
      otis(1, v1::KILLED, 45, "governor").Build(),
      otis(2, v1::CASUALTIES, 36, "governor").PartOf("a#3").Build(),
      otis(3, v1::CASUALTIES, 45, "governor").Build()};
  for (size_t i = 0; i < one_voice.size(); ++i) {
    EXPECT_EQ(Find(FlagsOf(one_voice, i), v1::INCONSISTENT), std::nullopt) << i;
  }
  // Not a part, 36 victims are fewer than 45 killed: they disagree.
  const std::vector<v1::Claim> whole = {otis(1, v1::KILLED, 45, "Evelyn Salgado").Build(),
                                        otis(2, v1::CASUALTIES, 36, "governor").Build()};
  EXPECT_NE(Find(FlagsOf(whole, 0), v1::CONFLICT), std::nullopt);

  auto wounded = [](int n, double value, const std::string& subject, const std::string& id) {
    TestClaim c("b", n);
    c.Exact(value).Metric(v1::WOUNDED).Subject(subject).Place("Paris").Date("2018-12-02")
        .Source(id, id, "fr");
    return c;
  };
  const std::vector<v1::Claim> police = {
      wounded(1, 110, "person", "fr.police").EarlierReport().Build(),
      wounded(2, 263, "person", "fr.interior").Build(),
      wounded(3, 81, "police officer", "fr.interior").PartOf("b#2").Build()};
  EXPECT_EQ(Find(FlagsOf(police, 2), v1::REVISION), std::nullopt);
  EXPECT_NE(Find(FlagsOf(police, 1), v1::REVISION), std::nullopt);  // 110, then 263
}

TEST_F(PartTest, APartAgreeingWithATotalDoesNotCorroborateIt) {
  // The IOM's 3,000 "of them" who reached a camp says nothing for aid groups' 12,000.
  const std::vector<v1::Claim> claims = {
      TestClaim("a", 1).Approximately(12000).Metric(v1::DISPLACED).Subject("person")
          .Date("2024-04-08").Source("Aid groups", "", "").Build(),
      TestClaim("b", 1).Approximately(3000).Metric(v1::DISPLACED).Subject("person")
          .Date("2024-04-08").Source("IOM", "un.iom", "un").PartOf("b#2").Build()};
  EXPECT_EQ(Find(FlagsOf(claims, 0), v1::CORROBORATED), std::nullopt);
  EXPECT_EQ(Find(FlagsOf(claims, 0), v1::CONFLICT), std::nullopt);
}

TEST(SubjectPartTest, CiviliansAreAPartOfTheDeadButSoldiersARivalCount) {
  auto dead = [](double n) {
    return TestClaim("a", 1).Exact(n).Metric(v1::KILLED).Subject("person").Place("Makiivka")
        .Date("2023-01-04").Source("Sevryukov", "", "").Build();
  };
  auto civilians = [](double n) {
    return TestClaim("a", 2).Exact(n).Metric(v1::KILLED).Subject("civilian").Place("Makiivka")
        .Date("2023-01-04").Source("Les autorités installées par la Russie", "ru.occupation",
                                   "ru").Build();
  };
  EXPECT_EQ(Find(FlagsOf({dead(89), civilians(3)}, 1), v1::CONFLICT), std::nullopt);
  EXPECT_NE(Find(FlagsOf({dead(89), civilians(120)}, 1), v1::CONFLICT), std::nullopt);
}

TEST(ScopeRatioTest, FiguresTenfoldApartCountDifferentThings) {
  auto displaced = [](int n, double value, bool more_than, const std::string& source) {
    TestClaim c("sudan", n);
    if (more_than) {
      c.AtLeast(value);
    } else {
      c.Approximately(value);
    }
    return c.Metric(v1::DISPLACED).Subject("person").Date("2024-04-08").Source(source, "", "")
        .Build();
  };
  const std::vector<v1::Claim> claims = {displaced(1, 12000, false, "IOM"),
                                         displaced(2, 8000000, true, "Aid groups")};
  EXPECT_EQ(Find(FlagsOf(claims, 0), v1::CONFLICT), std::nullopt);
  EXPECT_EQ(Find(FlagsOf(claims, 1), v1::CONFLICT), std::nullopt);
  // Barsalogho: 26 against "at least 200" (7.7 times) is a dispute.
  const std::vector<v1::Claim> dispute = {displaced(1, 26, false, "government"),
                                          displaced(2, 200, true, "families")};
  EXPECT_NE(Find(FlagsOf(dispute, 0), v1::CONFLICT), std::nullopt);
}

TEST(ScopeRatioTest, OneVoiceRevisingTenfoldIsStillARevision) {
  const std::vector<v1::Claim> claims = {RuMod("a", 1, 63, "2023-01-02").Build(),
                                         RuMod("b", 1, 890, "2023-01-04").Build()};
  EXPECT_NE(Find(FlagsOf(claims, 0), v1::REVISION), std::nullopt);
}

class ArticlePlaceTest : public ::testing::Test {
 protected:
  static TestClaim Killed(int n, double value, const std::string& source) {
    TestClaim c("kenya", n);
    c.Exact(value).Metric(v1::KILLED).Subject("person").Date("2024-07-01")
        .Source(source, "", "");
    return c;
  }
};

TEST_F(ArticlePlaceTest, ANamedCountryIsTheSameCountAsTheArticlesEvent) {
  // "39 killed in Kenya, the KNHRC said" against "Ruto said 19 had died" (main place Nairobi).
  const std::vector<v1::Claim> claims = {
      Killed(1, 39, "KNHRC").Place("Kenya").PlaceKind("country", "KE").Build(),
      Killed(2, 19, "Ruto").MainPlace("Nairobi").PlaceKind("capital", "KE").Build()};
  EXPECT_NE(Find(FlagsOf(claims, 0), v1::CONFLICT), std::nullopt);
  EXPECT_NE(Find(FlagsOf(claims, 1), v1::CONFLICT), std::nullopt);
}

TEST_F(ArticlePlaceTest, ANamedTownAgainstTheArticlesEventIsLeftOpen) {
  // "760 wounded at Gaza City" against "his hospital received 161 wounded": either may be the
  // part, so neither is flagged; nor a country other than the event's.
  const std::vector<v1::Claim> town = {
      Killed(1, 760, "Gaza health ministry").Place("Gaza City").PlaceKind("city", "PS").Build(),
      Killed(2, 161, "hospital director").MainPlace("Gaza").PlaceKind("region", "PS").Build()};
  EXPECT_EQ(Find(FlagsOf(town, 0), v1::CONFLICT), std::nullopt);
  EXPECT_EQ(Find(FlagsOf(town, 1), v1::CONFLICT), std::nullopt);
  const std::vector<v1::Claim> abroad = {
      Killed(1, 15, "authorities").Place("Greece").PlaceKind("country", "GR").Build(),
      Killed(2, 5300, "health minister").MainPlace("Derna").PlaceKind("city", "LY").Build()};
  EXPECT_EQ(Find(FlagsOf(abroad, 0), v1::CONFLICT), std::nullopt);
}

TEST_F(ArticlePlaceTest, APlaceNamedNearTheClaimIsItsOwn) {
  // "Au moins 13 tués lundi dans la capitale" (Nairobi, named through "la capitale") is a part of
  // "39 tués lundi au Kenya": no conflict, though 39 is three times the floor on the same day.
  const auto monday = [](TestClaim c) { return c.EventDate("2024-07-01", "lundi").Build(); };
  const std::vector<v1::Claim> capital = {
      monday(Killed(1, 39, "KNHRC").Place("Kenya").PlaceKind("country", "KE")),
      monday(Killed(2, 0, "rights groups").AtLeast(13).ReferencedPlace("Nairobi")
                 .PlaceKind("capital", "KE"))};
  EXPECT_TRUE(FlagsOf(capital, 0).empty());
  EXPECT_TRUE(FlagsOf(capital, 1).empty());
  // Read as the article's main place, the floor would be the country's count: a conflict.
  const std::vector<v1::Claim> main_place = {
      capital[0], monday(Killed(2, 0, "rights groups").AtLeast(13).MainPlace("Nairobi")
                             .PlaceKind("capital", "KE"))};
  EXPECT_NE(Find(FlagsOf(main_place, 0), v1::CONFLICT), std::nullopt);
  // 1,894 evacuated in the article's region by Kyiv, about 1,300 by the occupation authorities
  // in a town named in the sentence before: two places, neither known to hold the other.
  const std::vector<v1::Claim> banks = {
      Killed(1, 1894, "Kyiv").MainPlace("Kherson").PlaceKind("city", "UA").Build(),
      Killed(2, 0, "occupation authorities").Approximately(1300).CarriedPlace("Nova Kakhovka")
          .PlaceKind("city", "UA").Build()};
  EXPECT_TRUE(FlagsOf(banks, 0).empty());
  EXPECT_TRUE(FlagsOf(banks, 1).empty());
}

TEST_F(ArticlePlaceTest, ATownNamedInAnArticleOnACountryIsAPartOfItsCount) {
  // An article on Afghanistan: the UN's 320 dead (no place named: the country's count) against
  // the Taliban's 2,053 dead in Herat. A part above its whole: a conflict.
  const std::vector<v1::Claim> above = {
      Killed(1, 320, "UN").MainPlace("Afghanistan").PlaceKind("country", "AF").Build(),
      Killed(2, 2053, "Taliban").Place("Herat").PlaceKind("city", "AF").Build()};
  EXPECT_NE(Find(FlagsOf(above, 0), v1::CONFLICT), std::nullopt);
  EXPECT_NE(Find(FlagsOf(above, 1), v1::CONFLICT), std::nullopt);
  // Below it, the town's count is some of the country's dead: nothing, even for one voice's
  // earlier report ("at least seven killed" across Ukraine, "he earlier reported one killed"
  // in Zaporizhzhia).
  const std::vector<v1::Claim> below = {
      Killed(1, 0, "Zelenskyy").AtLeast(7).MainPlace("Ukraine").PlaceKind("country", "UA")
          .Source("Zelenskyy", "ua.president", "ua").Build(),
      Killed(2, 1, "Fedorov").CarriedPlace("Zaporizhzhia").PlaceKind("city", "UA")
          .Source("Fedorov", "ua.governor", "ua").EarlierReport().Build()};
  EXPECT_TRUE(FlagsOf(below, 0).empty());
  EXPECT_TRUE(FlagsOf(below, 1).empty());
}

TEST_F(ArticlePlaceTest, TheNamedMainPlaceIsTheSameEventButNoPlaceIsInDoubt) {
  const std::vector<v1::Claim> same = {
      Killed(1, 89, "Moscow").Place("Makiivka").Build(),
      Killed(2, 400, "Kyiv").MainPlace("Makiivka").Build()};
  EXPECT_NE(Find(FlagsOf(same, 0), v1::CONFLICT), std::nullopt);
  // A sentence with no place at all may speak of anything the article covers.
  const std::vector<v1::Claim> unplaced = {Killed(1, 89, "Moscow").Place("Makiivka").Build(),
                                           Killed(2, 400, "Kyiv").Build()};
  EXPECT_EQ(Find(FlagsOf(unplaced, 0), v1::CONFLICT), std::nullopt);
  const std::vector<v1::Claim> country = {
      Killed(1, 39, "KNHRC").Place("Kenya").PlaceKind("country", "KE").Build(),
      Killed(2, 19, "Ruto").Build()};
  EXPECT_NE(Find(FlagsOf(country, 0), v1::CONFLICT), std::nullopt);
}

TEST(OneSentenceTest, AnEarlierReportRevisedInTheSameSentenceIsARevision) {
  // "... a porté à 89 le nombre de militaires tués ..., contre 63 annoncés initialement".
  const std::string sentence = "Le ministère a porté à 89 le bilan, contre 63 annoncés initialement.";
  const std::vector<v1::Claim> claims = {
      RuMod("a", 1, 89, "2023-01-04").Sentence(sentence).Build(),
      RuMod("a", 2, 63, "2023-01-04").Sentence(sentence).EarlierReport().Build()};
  const std::optional<v1::Flag> revision = Find(FlagsOf(claims, 0), v1::REVISION);
  ASSERT_NE(revision, std::nullopt);
  EXPECT_EQ(Related(*revision), std::vector<std::string>{"a#2"});
}

TEST(OneSentenceTest, TwoVoicesInOneSentenceAreNotSetAgainstEachOther) {
  // "1,250 dead in the areas it controls, while the White Helmets counted at least 1,280".
  const std::string sentence = "The ministry counted 1,250, while the White Helmets counted 1,280.";
  const std::vector<v1::Claim> claims = {
      TestClaim("a", 1).Exact(1250).Metric(v1::KILLED).Subject("person").Date("2023-02-07")
          .Sentence(sentence).Source("health ministry", "sy.health", "sy").Build(),
      TestClaim("a", 2).AtLeast(1280).Metric(v1::KILLED).Subject("person").Date("2023-02-07")
          .Sentence(sentence).Source("White Helmets", "white_helmets", "").Build()};
  EXPECT_EQ(Find(FlagsOf(claims, 0), v1::CONFLICT), std::nullopt);
}

TEST(SingleSourceTest, RaisedOnlyWhenOtherArticlesRelayTheSameVoice) {
  // Alone, or repeated inside its own article: nothing worth saying.
  EXPECT_EQ(Find(FlagsOf({RuMod("a", 1, 89, "2023-01-04").Build()}, 0), v1::SINGLE_SOURCE),
            std::nullopt);
  const std::vector<v1::Claim> own = {RuMod("a", 1, 89, "2023-01-04").Build(),
                                      RuMod("a", 2, 89, "2023-01-04").Build()};
  EXPECT_EQ(Find(FlagsOf(own, 0), v1::SINGLE_SOURCE), std::nullopt);
  // Relayed by another outlet, and nobody else gives the figure: raised, saying so.
  const std::vector<v1::Claim> relayed = {RuMod("a", 1, 89, "2023-01-04").Build(),
                                          RuMod("b", 1, 89, "2023-01-05").Build()};
  const std::optional<v1::Flag> single = Find(FlagsOf(relayed, 0), v1::SINGLE_SOURCE);
  ASSERT_NE(single, std::nullopt);
  EXPECT_EQ(single->reason(),
            "only Russian Defence Ministry gives this figure (89 killed, 2023-01-04), repeated "
            "in 1 other article");
  // Another voice giving the count, agreeing or not, breaks it.
  std::vector<v1::Claim> other_voice = relayed;
  other_voice.push_back(TestClaim("c", 1).Approximately(400).Metric(v1::KILLED)
                            .Subject("soldier").Place("Makiivka").Date("2023-01-04")
                            .Source("Ukrainian General Staff", "ua.general_staff", "ua").Build());
  EXPECT_EQ(Find(FlagsOf(other_voice, 0), v1::SINGLE_SOURCE), std::nullopt);
}

TEST(SingleSourceTest, APartRelayedElsewhereIsNotARepeatOfTheTotal) {
  const std::vector<v1::Claim> claims = {
      RuMod("a", 1, 89, "2023-01-04").Build(),
      RuMod("b", 1, 100, "2023-01-04").Build(),
      RuMod("b", 2, 20, "2023-01-04").PartOf("b#1").Build()};
  // a#1 against b#1 is a conflict of one voice across articles; b#2 is another count.
  const std::optional<v1::Flag> single = Find(FlagsOf(claims, 0), v1::SINGLE_SOURCE);
  ASSERT_NE(single, std::nullopt);
  EXPECT_EQ(Related(*single), std::vector<std::string>{"b#1"});
}


// A city administration's toll, as the extractor makes it.
TestClaim KyivToll(const std::string& article, int n, const std::string& date) {
  TestClaim c(article, n);
  c.Metric(v1::KILLED).Subject("person").Place("Kyiv").Date(date)
      .Source("l'administration militaire de Kiev", "ua.kyiv_city", "ua");
  return c;
}

TEST(OpenBoundTest, TheSameVoiceLaterFarAboveItsFloorIsARevision) {
  // "au moins 20" on the 8th, 33 on the 9th: a toll that grew, which an editor wants to see.
  const std::vector<v1::Claim> claims = {KyivToll("a", 1, "2024-07-08").AtLeast(20).Build(),
                                         KyivToll("b", 1, "2024-07-09").Exact(33).Build()};
  for (size_t i = 0; i < 2; ++i) {
    const std::optional<v1::Flag> revision = Find(FlagsOf(claims, i), v1::REVISION);
    ASSERT_NE(revision, std::nullopt) << i;
    EXPECT_EQ(Related(*revision), std::vector<std::string>{claims[1 - i].id()});
    EXPECT_NE(revision->reason().find("at least 20 killed (2024-07-08), then 33 (2024-07-09)"),
              std::string::npos)
        << revision->reason();
    EXPECT_EQ(Find(FlagsOf(claims, i), v1::CONFLICT), std::nullopt);
  }
  // Two floors: "at least 2,300" then "more than 5,300".
  const std::vector<v1::Claim> floors = {KyivToll("a", 1, "2024-07-08").AtLeast(2300).Build(),
                                         KyivToll("b", 1, "2024-07-09").MoreThan(5300).Build()};
  EXPECT_NE(Find(FlagsOf(floors, 1), v1::REVISION), std::nullopt);
}

TEST(OpenBoundTest, WithinAboutsWidthOfItsFloorTheCountIsTheSame) {
  // "more than 85", then 86: the figure got precise, it did not change.
  for (double later : {86.0, 93.0}) {
    const std::vector<v1::Claim> claims = {KyivToll("a", 1, "2024-07-08").MoreThan(85).Build(),
                                           KyivToll("b", 1, "2024-07-09").Exact(later).Build()};
    EXPECT_EQ(Find(FlagsOf(claims, 1), v1::REVISION), std::nullopt) << later;
    EXPECT_EQ(Find(FlagsOf(claims, 1), v1::CONFLICT), std::nullopt) << later;
  }
  const std::vector<v1::Claim> rose = {KyivToll("a", 1, "2024-07-08").MoreThan(85).Build(),
                                       KyivToll("b", 1, "2024-07-09").Exact(95).Build()};
  EXPECT_NE(Find(FlagsOf(rose, 1), v1::REVISION), std::nullopt);
}

TEST(OpenBoundTest, InOneArticleAnEarlierReportOrdersTheFloorAndTheToll) {
  // "au moins 12" at 13:09 (given as the earlier report), 21 at 22:41.
  const std::vector<v1::Claim> claims = {
      KyivToll("a", 1, "2023-05-03").Exact(21).Span(10, 12).Build(),
      KyivToll("a", 2, "2023-05-03").AtLeast(12).EarlierReport().Span(900, 911).Build()};
  EXPECT_NE(Find(FlagsOf(claims, 0), v1::REVISION), std::nullopt);
  // The running toll of a live blog: a floor, then a larger figure further down.
  const std::vector<v1::Claim> blog = {
      KyivToll("b", 1, "2023-05-03").AtLeast(12).Span(10, 21).Build(),
      KyivToll("b", 2, "2023-05-03").Exact(21).Span(900, 902).Build()};
  EXPECT_NE(Find(FlagsOf(blog, 0), v1::REVISION), std::nullopt);
  // Further down and more than kScopeRatio times larger: another scope, not an update.
  const std::vector<v1::Claim> war = {
      KyivToll("c", 1, "2023-05-03").AtLeast(12).Span(10, 21).Build(),
      KyivToll("c", 2, "2023-05-03").Exact(1300).Span(900, 904).Build()};
  EXPECT_EQ(Find(FlagsOf(war, 0), v1::REVISION), std::nullopt);
}

TEST(OpenBoundTest, AnotherVoicesLargerFigureIsNoConflictUnderTwofold) {
  // "at least 20" by the mayor at 10:54, 32 by the emergency service at 13:05: the floor had not
  // caught up.
  const std::vector<v1::Claim> claims = {
      TestClaim("a", 1).AtLeast(20).Metric(v1::KILLED).Subject("person").Place("Sumy")
          .Date("2025-04-13").EventDate("2025-04-13", "Sunday")
          .Source("Acting Mayor Artem Kobzar", "", "").Build(),
      TestClaim("a", 2).Exact(32).Metric(v1::KILLED).Subject("person").Place("Sumy")
          .Date("2025-04-13").EventDate("2025-04-13", "Sunday")
          .Source("State Emergency Service", "ua.emergency", "ua").Build()};
  EXPECT_EQ(Find(FlagsOf(claims, 0), v1::CONFLICT), std::nullopt);
  EXPECT_EQ(Find(FlagsOf(claims, 0), v1::REVISION), std::nullopt);
}

class FarAboveAFloorTest : public ::testing::Test {
 protected:
  // "At least 300 dead", the officials said of the strike on the 7th.
  static TestClaim Officials() {
    TestClaim c("officials", 1);
    c.AtLeast(300).Metric(v1::KILLED).Subject("person").Place("Khartoum").Date("2024-05-08")
        .EventDate("2024-05-07", "mardi").Source("Sudanese authorities", "sd.gov", "sd");
    return c;
  }
  // "About 600", an agency's investigation of the same strike.
  static TestClaim Agency() {
    TestClaim c("agency", 1);
    c.Approximately(600).Metric(v1::KILLED).Subject("person").Place("Khartoum")
        .Date("2024-05-20").EventDate("2024-05-07", "7 May").Source("a news agency", "", "");
    return c;
  }
};

TEST_F(FarAboveAFloorTest, AnotherVoiceTwiceAboveTheFloorOnTheNamedDayConflicts) {
  const std::vector<v1::Claim> claims = {Officials().Build(), Agency().Build()};
  for (size_t i = 0; i < 2; ++i) {
    const std::optional<v1::Flag> conflict = Find(FlagsOf(claims, i), v1::CONFLICT);
    ASSERT_NE(conflict, std::nullopt) << i;
    EXPECT_EQ(Related(*conflict), std::vector<std::string>{claims[1 - i].id()});
    EXPECT_EQ(Find(FlagsOf(claims, i), v1::CORROBORATED), std::nullopt) << i;
  }
}

TEST_F(FarAboveAFloorTest, QuietUnlessBothNameTheDayAndTheLargerFigureIsVouchedFor) {
  v1::Claim unnamed = Agency().Build();
  unnamed.clear_event_date_basis();  // only the article's date
  v1::Claim estimate = Agency().Unverified().Build();  // "could reach 600"
  v1::Claim other_day = Agency().EventDate("2024-05-06", "lundi").Build();
  v1::Claim close = Agency().Approximately(500).Build();  // under twofold
  v1::Claim floor = Agency().AtLeast(600).Build();        // two floors never contradict
  v1::Claim cap = Agency().FewerThan(1000).Build();       // nor a floor and a cap
  for (const v1::Claim& other : {unnamed, estimate, other_day, close, floor, cap}) {
    const std::vector<v1::Claim> claims = {Officials().Build(), other};
    EXPECT_EQ(Find(FlagsOf(claims, 0), v1::CONFLICT), std::nullopt) << other.DebugString();
    EXPECT_EQ(Find(FlagsOf(claims, 0), v1::REVISION), std::nullopt) << other.DebugString();
  }
  // The store does not know yet whether a figure is vouched for: then the rule stays quiet.
  const v1::Claim officials = Officials().Build(), agency = Agency().Build();
  ClaimFacts a = FactsOf(officials), b = FactsOf(agency);
  b.vouched = false;
  EXPECT_EQ(Find(CrossCheckFlags(a, {&a, &b}), v1::CONFLICT), std::nullopt);
}

TEST(RestatedTest, OneVoiceGivingAnotherFigureWordedAlikeIsARevision) {
  // The same minister: "roughly 2,750" wounded, then "nearly 2,800" a day later.
  auto wounded = [](const std::string& article, const std::string& date) {
    TestClaim c(article, 1);
    c.Metric(v1::WOUNDED).Subject("person").Place("Lebanon").PlaceKind("country", "LB")
        .Date(date).Source("Health Minister Firass Abiad", "lb.health", "lb");
    return c;
  };
  const std::vector<v1::Claim> claims = {
      wounded("a", "2024-09-17").Approximately(2750).Build(),
      wounded("b", "2024-09-18").Approximately(2800).Build()};
  EXPECT_NE(Find(FlagsOf(claims, 0), v1::REVISION), std::nullopt);
  EXPECT_NE(Find(FlagsOf(claims, 1), v1::REVISION), std::nullopt);
  // The same figure told more precisely, or again, is no revision.
  for (const v1::Claim& later : {wounded("b", "2024-09-18").Exact(2761).Build(),
                                 wounded("b", "2024-09-18").Approximately(2750).Build()}) {
    const std::vector<v1::Claim> same = {claims[0], later};
    EXPECT_EQ(Find(FlagsOf(same, 1), v1::REVISION), std::nullopt) << later.DebugString();
    EXPECT_EQ(Find(FlagsOf(same, 1), v1::CONFLICT), std::nullopt) << later.DebugString();
  }
  // Another voice within tolerance agrees.
  v1::Claim other = wounded("b", "2024-09-18").Approximately(2800).Build();
  other.mutable_source()->set_canonical_id("icrc");
  other.mutable_source()->set_party("");
  other.mutable_source()->set_text("Red Cross");
  EXPECT_NE(Find(FlagsOf({claims[0], other}, 1), v1::CORROBORATED), std::nullopt);
  EXPECT_EQ(Find(FlagsOf({claims[0], other}, 1), v1::REVISION), std::nullopt);
}

TEST(GenericBodyTest, AnUnqualifiedMinistryIsTheOneOfTheClaimsCountry) {
  // "Health Minister Firass Abiad" resolved only to "health", in Lebanon: the minister who gave
  // "at least nine" the day before.
  auto killed = [](const std::string& article, const std::string& date,
                   const std::string& country) {
    TestClaim c(article, 1);
    c.Metric(v1::KILLED).Subject("person").Place("Lebanon").PlaceKind("country", country)
        .Date(date);
    return c;
  };
  const v1::Claim nine = killed("a", "2024-09-17", "LB").AtLeast(9)
                             .Source("Health Minister", "lb.health", "lb").Build();
  const v1::Claim twelve = killed("b", "2024-09-18", "LB").Exact(12)
                               .Source("Health Minister Firass Abiad", "health", "").Build();
  EXPECT_NE(Find(FlagsOf({nine, twelve}, 1), v1::REVISION), std::nullopt);
  // Placed in another country, "health" is another ministry.
  const v1::Claim elsewhere = killed("b", "2024-09-18", "SY").Exact(12)
                                  .Source("Health Minister", "health", "").Build();
  EXPECT_EQ(Find(FlagsOf({nine, elsewhere}, 1), v1::REVISION), std::nullopt);
}

TEST(MetricPartTest, KilledAgainstCasualtiesBoundsThemFromBelow) {
  auto count = [](const std::string& article, int n, v1::Metric metric, double value) {
    TestClaim c(article, n);
    c.Exact(value).Metric(metric).Subject("person").Place("Moscow").Date("2024-03-24")
        .Source("the Investigative Committee", "ru.investigative_committee", "ru");
    return c;
  };
  // "133 victims" on Saturday night (the earlier report), 137 killed on Sunday.
  const std::vector<v1::Claim> revised = {
      count("a", 1, v1::KILLED, 137).Build(),
      count("a", 2, v1::CASUALTIES, 133).EarlierReport().Build()};
  EXPECT_NE(Find(FlagsOf(revised, 0), v1::REVISION), std::nullopt);
  EXPECT_NE(Find(FlagsOf(revised, 1), v1::REVISION), std::nullopt);
  // A killed count below the casualties is a part of them: nothing to say.
  const std::vector<v1::Claim> part = {
      count("a", 1, v1::KILLED, 20).Build(),
      count("a", 2, v1::CASUALTIES, 150).EarlierReport().Build()};
  EXPECT_TRUE(FlagsOf(part, 0).empty());
  // Another voice's killed count above one's casualties: the Avdiivka dispute.
  TestClaim moscow("b", 1), kyiv("c", 1);
  moscow.MoreThan(1500).Metric(v1::KILLED).Subject("soldier").Place("Avdiivka")
      .Date("2024-02-20").Source("Russian Defence Ministry", "ru.mod", "ru");
  kyiv.Vague(10).Metric(v1::CASUALTIES).Subject("person").Place("Avdiivka").Date("2024-02-20")
      .Source("General Tarnavsky", "ua.mod", "ua");
  EXPECT_NE(Find(FlagsOf({moscow.Build(), kyiv.Build()}, 0), v1::CONFLICT), std::nullopt);
  // A wounded count is never set against casualties as a rival or a revision (the part-whole
  // rule of one voice, INCONSISTENT, still reads them).
  const std::vector<v1::Claim> wounded = {
      count("a", 1, v1::WOUNDED, 2500).Build(),
      count("a", 2, v1::CASUALTIES, 300).EarlierReport().Build()};
  EXPECT_EQ(Find(FlagsOf(wounded, 0), v1::REVISION), std::nullopt);
  EXPECT_EQ(Find(FlagsOf(wounded, 0), v1::CONFLICT), std::nullopt);
}

TEST(CountKindTest, AProjectionIsNoCountAndARunningTotalHoldsTheEvent) {
  const auto toll = [](const std::string& article, const std::string& source, double value) {
    TestClaim claim(article, 1);
    claim.Exact(value).Metric(v1::KILLED).Subject("person").Place("Gaza").Date("2023-10-18")
        .Source(source, "", "");
    return claim;
  };
  const v1::Claim hospital = toll("a", "the ministry", 471).Build();
  const v1::Claim war = toll("b", "the same ministry, since 7 October", 3478).Build();
  const v1::Claim projection = toll("c", "the prefect", 2000).Build();
  ASSERT_NE(Find(FlagsOf({hospital, war}, 0), v1::CONFLICT), std::nullopt)
      << "without the markers they conflict: the test would prove nothing";
  ASSERT_NE(Find(FlagsOf({hospital, projection}, 0), v1::CONFLICT), std::nullopt);
  // The extractor marks them (Claim.cumulative, Claim.projection); FactsOf reads the marks.
  const v1::Claim total = toll("b", "the same ministry, since 7 October", 3478).RunningTotal()
                              .Build();
  const v1::Claim could = toll("c", "the prefect", 2000).Projection().Build();
  EXPECT_EQ(FactsOf(total).count_kind, CountKind::kRunningTotal);
  EXPECT_EQ(FactsOf(could).count_kind, CountKind::kProjection);
  EXPECT_EQ(FactsOf(toll("f", "x", 1).RunningTotal().Projection().Build()).count_kind,
            CountKind::kProjection)
      << "what a running total could reach is still no count";
  EXPECT_TRUE(FlagsOf({hospital, total}, 0).empty());
  EXPECT_TRUE(FlagsOf({hospital, could}, 0).empty());
  EXPECT_TRUE(FlagsOf({could, total}, 0).empty());
  // One event's count above the running total it belongs to still disagrees.
  const v1::Claim big = toll("d", "a witness", 5000).Build();
  EXPECT_NE(Find(FlagsOf({big, total}, 0), v1::CONFLICT), std::nullopt);
  // Two projections are rival estimates.
  const v1::Claim could_low = toll("e", "an agency", 200).Projection().Build();
  EXPECT_NE(Find(FlagsOf({could, could_low}, 0), v1::CONFLICT), std::nullopt);
}

TEST(CountKindTest, HundredsTheTextDoesNotVouchForAreAFearNotACount) {
  // 35 dead by the ministry against the prefect's "certainement plusieurs centaines", hedged.
  const auto toll = [](int n, const std::string& source) {
    TestClaim c("mayotte", n);
    c.Metric(v1::KILLED).Subject("person").Place("Mayotte").Date("2024-12-19")
        .Source(source, "", "");
    return c;
  };
  const v1::Claim official = toll(1, "le ministère de l'Intérieur").Exact(35).Build();
  const v1::Claim feared = toll(2, "le préfet").Vague(100).Unverified().Build();
  EXPECT_TRUE(FlagsOf({official, feared}, 0).empty());
  EXPECT_TRUE(FlagsOf({official, feared}, 1).empty());
  // Vouched for, hundreds are a count far above 35; hedged, a figure is still one.
  const v1::Claim counted = toll(2, "une ONG").Vague(100).Build();
  EXPECT_NE(Find(FlagsOf({official, counted}, 0), v1::CONFLICT), std::nullopt);
  const v1::Claim hedged = toll(2, "une ONG").Exact(300).Unverified().Build();
  EXPECT_NE(Find(FlagsOf({official, hedged}, 0), v1::CONFLICT), std::nullopt);
}

class CrowdTest : public ::testing::Test {
 protected:
  static TestClaim Crowd(int n, double value, const std::string& place, const std::string& kind,
                         const std::string& source, const std::string& subject) {
    TestClaim c("march", n);
    c.Exact(value).Metric(v1::PARTICIPATED).Subject(subject).Place(place).PlaceKind(kind, "FR")
        .Date("2023-03-07").Source(source, "", "");
    return c;
  }
};

TEST_F(CrowdTest, PoliceAndOrganisersFiveTimesApartConflict) {
  // 6,000 protesters by the prefecture, 30,000 people by the organisers.
  const std::vector<v1::Claim> claims = {
      Crowd(1, 6000, "Sainte-Soline", "city", "la préfecture", "protester").Build(),
      Crowd(2, 30000, "Sainte-Soline", "city", "les organisateurs", "person").Build()};
  EXPECT_NE(Find(FlagsOf(claims, 0), v1::CONFLICT), std::nullopt);
  EXPECT_NE(Find(FlagsOf(claims, 1), v1::CONFLICT), std::nullopt);
  // "Environ 2 500 personnes selon la police, plus de 6 000 selon les organisateurs."
  const std::vector<v1::Claim> rennes = {
      Crowd(1, 0, "Rennes", "city", "la police", "person").Approximately(2500).Build(),
      Crowd(2, 0, "Rennes", "city", "les organisateurs", "person").MoreThan(6000).Build()};
  EXPECT_NE(Find(FlagsOf(rennes, 0), v1::CONFLICT), std::nullopt);
}

TEST_F(CrowdTest, TwoValuesOfOneCountInOneSentenceAreComparedWhenTheExtractorLinksThem) {
  // "Environ 2 500 personnes selon la police, plus de 6 000 selon les organisateurs."
  const std::string sentence =
      "Environ 2 500 personnes selon la police, plus de 6 000 selon les organisateurs.";
  TestClaim police = Crowd(1, 0, "Rennes", "city", "la police", "person");
  police.Approximately(2500).Sentence(sentence);
  TestClaim organisers = Crowd(2, 0, "Rennes", "city", "les organisateurs", "person");
  organisers.MoreThan(6000).Sentence(sentence);
  // Unlinked, two claims of one sentence are one statement: never compared.
  EXPECT_TRUE(FlagsOf({police.Build(), organisers.Build()}, 0).empty());
  EXPECT_TRUE(FlagsOf({police.Build(), organisers.Build()}, 1).empty());
  // Linked either way, they are two values of one count, by two voices: a conflict on both.
  const v1::Claim linked = TestClaim(organisers).SameCountAs("march#1").Build();
  for (size_t i : {0, 1}) {
    const std::optional<v1::Flag> conflict =
        Find(FlagsOf({police.Build(), linked}, i), v1::CONFLICT);
    ASSERT_NE(conflict, std::nullopt) << i;
    EXPECT_EQ(Related(*conflict), std::vector<std::string>{i == 0 ? "march#2" : "march#1"});
  }
  const v1::Claim linked_back = TestClaim(police).SameCountAs("march#2").Build();
  EXPECT_NE(Find(FlagsOf({linked_back, organisers.Build()}, 1), v1::CONFLICT), std::nullopt);
  // The link names a claim of the same article only: another article's "march#1" is not it.
  TestClaim elsewhere("other", 1);
  elsewhere.Approximately(2500).Metric(v1::PARTICIPATED).Subject("person").Place("Rennes")
      .PlaceKind("city", "FR").Date("2023-03-07").Source("la police", "", "").Sentence(sentence);
  v1::Claim other_organisers = TestClaim(organisers).Build();
  other_organisers.set_article_id("other");
  other_organisers.set_id("other#2");
  other_organisers.set_same_count_as("march#1");
  EXPECT_TRUE(FlagsOf({elsewhere.Build(), other_organisers}, 0).empty());
}

TEST_F(CrowdTest, ACityCountIsAPartOfTheNationalCount) {
  // 1.28 million in France, 81,000 of them in Paris.
  const std::vector<v1::Claim> claims = {
      Crowd(1, 1280000, "France", "country", "le ministère de l'Intérieur", "protester").Build(),
      Crowd(2, 81000, "Paris", "capital", "la préfecture de police", "protester").Build()};
  EXPECT_TRUE(FlagsOf(claims, 0).empty());
  EXPECT_TRUE(FlagsOf(claims, 1).empty());
  // A city above the country's count cannot be.
  const std::vector<v1::Claim> more = {
      Crowd(1, 50000, "France", "country", "le ministère de l'Intérieur", "protester").Build(),
      Crowd(2, 81000, "Paris", "capital", "la CGT", "protester").Build()};
  EXPECT_NE(Find(FlagsOf(more, 1), v1::CONFLICT), std::nullopt);
}

TEST(SidesTest, AGovernmentsUnsaidCountIsNotSetAgainstTheOtherSidesDead) {
  // "At least 200 dead on the Armenian side" against "Baku acknowledged 192 of its soldiers".
  v1::Claim armenians = TestClaim("k", 1).AtLeast(200).Metric(v1::KILLED).Subject("person")
                            .Place("Nagorno-Karabakh").Date("2023-09-30")
                            .Source("the ombudsman", "", "").Build();
  armenians.set_subject_side("AM");
  const v1::Claim baku = TestClaim("k", 2).Exact(192).Metric(v1::KILLED).Subject("soldier")
                             .Place("Nagorno-Karabakh").Date("2023-09-30")
                             .Source("Bakou", "az.gov", "az").Build();
  EXPECT_TRUE(FlagsOf({armenians, baku}, 0).empty());
  EXPECT_TRUE(FlagsOf({armenians, baku}, 1).empty());
}

}  // namespace
}  // namespace claimcheck
