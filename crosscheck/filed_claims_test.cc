// The keys a store files claims under and the look-ups a claim makes (filed_claims.h): every
// claim of another article that Comparable() with a claim must lie under one of its look-ups,
// or the rules never see the pair.
#include "crosscheck/filed_claims.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "crosscheck/figure_key.h"
#include "crosscheck/test_claims.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

// True when one of `claim`'s look-ups reads a key `other` is filed under, at its event date.
bool LookedUp(const ClaimFacts& claim, const ClaimFacts& other) {
  const FiledKeys keys = FiledKeysOf(other);
  const std::optional<int64_t> event = EventSeconds(other);
  for (const FigureLookup& lookup : FigureLookupsOf(claim)) {
    if (std::find(keys.begin(), keys.end(), lookup.key) != keys.end() && event &&
        lookup.window.Contains(*event)) {
      return true;
    }
  }
  return false;
}

struct PlaceCase {
  const char* name;
  const char* kind;
  const char* country;
  bool from_article;
};

// Claims of one article varying in everything a look-up depends on.
std::vector<v1::Claim> Grid(const std::string& article) {
  const v1::Metric metrics[] = {v1::KILLED, v1::CASUALTIES, v1::WOUNDED, v1::PARTICIPATED};
  const char* const subjects[] = {"person", "soldier", "protester", "drone"};
  const PlaceCase places[] = {{"Paris", "capital", "FR", false}, {"Lyon", "city", "FR", false},
                              {"France", "country", "FR", false},
                              {"Paris", "capital", "FR", true},  // the article's main place
                              {"Kyiv", "capital", "UA", false},
                              {"Ukraine", "country", "UA", false},
                              {"Makiivka", "", "", false}, {"", "", "", false}};
  struct DateCase {
    const char* published;
    const char* event;  // "" for none
    const char* basis;
  };
  const DateCase dates[] = {{"2023-03-08", "2023-03-07", "mardi"},
                            {"2023-03-08", "2023-03-06", "lundi"},
                            {"2023-03-08", "2023-03-08", ""},
                            {"2023-03-20", "", ""},
                            {"2023-05-10", "2023-03-07", "le 7 mars"}};
  std::vector<v1::Claim> claims;
  int n = 0;
  for (v1::Metric metric : metrics) {
    for (const char* subject : subjects) {
      for (const PlaceCase& place : places) {
        for (const DateCase& date : dates) {
          TestClaim claim(article, ++n);
          claim.Exact(100).Metric(metric).Subject(subject).Date(date.published);
          if (*place.name != '\0') {
            if (place.from_article) {
              claim.MainPlace(place.name);
            } else {
              claim.Place(place.name);
            }
            claim.PlaceKind(place.kind, place.country);
          }
          if (*date.event != '\0') claim.EventDate(date.event, date.basis);
          claims.push_back(claim.Build());
        }
      }
    }
  }
  return claims;
}

TEST(FiledClaimsTest, EveryComparableClaimOfAnotherArticleIsUnderALookUp) {
  const std::vector<v1::Claim> a = Grid("a"), b = Grid("b");
  size_t comparable = 0, town_and_country = 0, killed_and_casualties = 0;
  for (const v1::Claim& x : a) {
    const ClaimFacts fx = FactsOf(x);
    for (const v1::Claim& y : b) {
      const ClaimFacts fy = FactsOf(y);
      if (!Comparable(fx, fy)) continue;
      ++comparable;
      town_and_country += PlaceHolds(fx, fy) || PlaceHolds(fy, fx);
      killed_and_casualties += fx.metric != fy.metric;
      EXPECT_TRUE(LookedUp(fx, fy)) << x.ShortDebugString() << "\n" << y.ShortDebugString();
    }
  }
  // The grid holds every kind of pair the look-ups must reach.
  EXPECT_GT(comparable, 100u);
  EXPECT_GT(town_and_country, 0u);
  EXPECT_GT(killed_and_casualties, 0u);
}

TEST(FiledClaimsTest, ATownLooksUpOnlyItsCountrysClaimsOnItsNamedDay) {
  const auto paris = [](int n) {
    TestClaim claim("a", n);
    claim.Exact(10).Metric(v1::KILLED).Subject("person").Place("Paris")
        .PlaceKind("capital", "FR").Date("2023-03-08");
    return claim;
  };
  const v1::Claim named = paris(1).EventDate("2023-03-07", "mardi").Build();
  const FiledKeys keys = FiledKeysOf(FactsOf(named));
  EXPECT_EQ(std::vector<std::string>(keys.begin(), keys.end()),
            (std::vector<std::string>{"CASUALTIES|person|paris",
                                      "CASUALTIES|person|towns-of:fr"}));
  const auto lookups = FigureLookupsOf(FactsOf(named));
  ASSERT_EQ(lookups.size(), 2u);
  EXPECT_EQ(lookups[0].key, "CASUALTIES|person|paris");
  EXPECT_EQ(lookups[0].window.first_seconds, TestDateSeconds("2023-02-28"));
  EXPECT_EQ(lookups[0].window.last_seconds, TestDateSeconds("2023-03-14"));
  EXPECT_EQ(lookups[1].key, "CASUALTIES|person|country:fr");
  EXPECT_EQ(lookups[1].window.first_seconds, TestDateSeconds("2023-03-07"));
  EXPECT_EQ(lookups[1].window.last_seconds, TestDateSeconds("2023-03-08") - 1);
  // Without a named day, or placed by the article only, the claim stays out of the country's
  // index: across articles it could meet no town or country there.
  const v1::Claim unnamed = paris(2).Build();
  EXPECT_EQ(FiledKeysOf(FactsOf(unnamed)).size(), 1u);
  EXPECT_EQ(FigureLookupsOf(FactsOf(unnamed)).size(), 1u);
  const v1::Claim main_place = paris(3).MainPlace("Paris").PlaceKind("capital", "FR")
                                   .EventDate("2023-03-07", "mardi").Build();
  EXPECT_EQ(FiledKeysOf(FactsOf(main_place)).size(), 1u);
  EXPECT_EQ(FigureLookupsOf(FactsOf(main_place)).size(), 1u);
}

TEST(FiledClaimsTest, AClaimInNoCrossArticleFigureIsFiledNowhere) {
  const v1::Claim percent = TestClaim("a", 1).Exact(40).Unit("percent").Build();
  const v1::Claim unplaced =
      TestClaim("a", 2).Exact(40).Metric(v1::KILLED).Subject("person").Date("2023-03-08").Build();
  for (const v1::Claim* claim : {&percent, &unplaced}) {
    EXPECT_TRUE(FiledKeysOf(FactsOf(*claim)).empty());
    EXPECT_TRUE(FigureLookupsOf(FactsOf(*claim)).empty());
  }
}

}  // namespace
}  // namespace claimcheck
