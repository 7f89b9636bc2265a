#include "crosscheck/article_flags.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "crosscheck/figure_key.h"
#include "crosscheck/test_claims.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

// A FiledClaims as a remote backend would be: claims kept serialized, decoded into the
// FoundClaims on each look-up, and every batch of windows it is asked for recorded.
class SerializedFiledClaims : public FiledClaims {
 public:
  // `articles`: each one article's claims in text order.
  explicit SerializedFiledClaims(const std::vector<std::vector<v1::Claim>>& articles) {
    for (const std::vector<v1::Claim>& article : articles) {
      std::vector<ClaimFacts> facts;
      facts.reserve(article.size());
      for (const v1::Claim& c : article) facts.push_back(FactsOf(c));
      const std::vector<uint32_t> ranks = FigureRanks(facts);
      for (size_t i = 0; i < article.size(); ++i) {
        if (ranks[i] >= kClaimsComparedAcross) continue;
        for (const std::string& key : FiledKeysOf(facts[i])) {
          by_figure_[key].emplace(*EventSeconds(facts[i]), article[i].SerializeAsString());
        }
      }
    }
  }

  absl::Status FindFiled(absl::Span<const FigureWindow> windows,
                         FoundClaims* found) const override {
    std::vector<AskedWindow>& batch = batches_.emplace_back();
    for (const FigureWindow& w : windows) {
      batch.push_back({std::string(w.figure_key), w.window, std::string(w.article_id)});
    }
    if (!error_.ok()) return error_;
    for (const FigureWindow& w : windows) {
      found->StartRun();
      auto figure = by_figure_.find(w.figure_key);
      if (figure == by_figure_.end()) continue;
      for (auto it = figure->second.lower_bound(w.window.first_seconds);
           it != figure->second.end() && it->first <= w.window.last_seconds; ++it) {
        v1::Claim& claim = found->Keep();
        EXPECT_TRUE(claim.ParseFromString(it->second));
        if (claim.article_id() != w.article_id) found->Add(FactsOf(claim));
      }
    }
    return absl::OkStatus();
  }

  // A FigureWindow as asked for, kept after the call.
  struct AskedWindow {
    std::string figure_key;
    EventWindow window;
    std::string article_id;
  };
  void Fail(absl::Status error) { error_ = std::move(error); }
  const std::vector<std::vector<AskedWindow>>& batches() const { return batches_; }

 private:
  std::map<std::string, std::multimap<int64_t, std::string>, std::less<>> by_figure_;
  absl::Status error_;
  mutable std::vector<std::vector<AskedWindow>> batches_;
};

v1::Claim Killed(const std::string& article, int n, double value, const std::string& party,
                 const std::string& date) {
  return TestClaim(article, n).Exact(value).Metric(v1::KILLED).Subject("soldier")
      .Place("Makiivka").Source(party + " ministry", party + ".mod", party).Date(date).Build();
}

bool HasFlag(const std::vector<v1::Flag>& flags, v1::FlagKind kind, const std::string& related) {
  return std::any_of(flags.begin(), flags.end(), [&](const v1::Flag& f) {
    return f.kind() == kind && std::find(f.related_claim_ids().begin(), f.related_claim_ids().end(),
                                         related) != f.related_claim_ids().end();
  });
}

TEST(ArticleFlagsTest, ALongArticleAsksOnceForItsOneFigureAndDate) {
  const SerializedFiledClaims filed({{Killed("moscow", 1, 89, "ru", "2023-01-04")}});
  std::vector<v1::Claim> blog;
  for (int i = 1; i <= 300; ++i) blog.push_back(Killed("blog", i, 400, "ua", "2023-01-04"));
  absl::StatusOr<std::vector<std::vector<v1::Flag>>> flags = FlagsAsIfFiled(blog, filed);
  ASSERT_TRUE(flags.ok()) << flags.status();
  ASSERT_EQ(filed.batches().size(), 1u);
  ASSERT_EQ(filed.batches()[0].size(), 1u);
  // Filed by metric family: a killed count meets casualty counts in the same read.
  EXPECT_EQ(filed.batches()[0][0].figure_key, "CASUALTIES|person|makiivka");
  EXPECT_EQ(filed.batches()[0][0].article_id, "blog");
  // The first kClaimsComparedAcross claims of the figure meet other articles; the rest do not.
  EXPECT_TRUE(HasFlag((*flags)[0], v1::CONFLICT, "moscow#1"));
  EXPECT_TRUE(HasFlag((*flags)[kClaimsComparedAcross - 1], v1::CONFLICT, "moscow#1"));
  EXPECT_FALSE(HasFlag((*flags)[kClaimsComparedAcross], v1::CONFLICT, "moscow#1"));
}

TEST(ArticleFlagsTest, NeighboursAreTheClaimsOfOtherArticlesInTheEventWindow) {
  const SerializedFiledClaims filed({{Killed("week-before", 1, 89, "ru", "2022-12-28")},
                                     {Killed("too-early", 1, 90, "ru", "2022-12-27")},
                                     {Killed("kyiv", 1, 120, "ua", "2023-01-04")}});
  const std::vector<v1::Claim> kyiv = {Killed("kyiv", 1, 400, "ua", "2023-01-04")};
  absl::StatusOr<std::vector<std::vector<v1::Flag>>> flags = FlagsAsIfFiled(kyiv, filed);
  ASSERT_TRUE(flags.ok()) << flags.status();
  EXPECT_TRUE(HasFlag((*flags)[0], v1::CONFLICT, "week-before#1"));
  EXPECT_FALSE(HasFlag((*flags)[0], v1::CONFLICT, "too-early#1"));
  // The filed version of the asking article is not its neighbour: it would be replaced.
  for (const v1::Flag& f : (*flags)[0]) {
    EXPECT_EQ(std::count(f.related_claim_ids().begin(), f.related_claim_ids().end(), "kyiv#1"),
              0);
  }
}

TEST(ArticleFlagsTest, AKilledCountMeetsAnotherArticlesCasualtyCount) {
  // 137 killed is more than the 133 casualties another voice gave: a part above its whole.
  const SerializedFiledClaims filed(
      {{TestClaim("victims", 1).Exact(133).Metric(v1::CASUALTIES).Subject("person")
            .Place("Krasnogorsk").Source("the governor", "ru.moscow_region", "ru")
            .Date("2024-03-23").Build()}});
  const std::vector<v1::Claim> killed = {
      TestClaim("killed", 1).Exact(137).Metric(v1::KILLED).Subject("person").Place("Krasnogorsk")
          .Source("the investigators", "ru.investigative_committee", "").Date("2024-03-24")
          .Build()};
  absl::StatusOr<std::vector<std::vector<v1::Flag>>> flags = FlagsAsIfFiled(killed, filed);
  ASSERT_TRUE(flags.ok()) << flags.status();
  EXPECT_TRUE(HasFlag((*flags)[0], v1::CONFLICT, "victims#1"));
}

// A crowd on 7 March 2023: a town's count and its country's, in two articles.
v1::Claim Crowd(const std::string& article, double value, const std::string& place,
                const std::string& kind, const std::string& day, const std::string& basis) {
  return TestClaim(article, 1).Exact(value).Metric(v1::PARTICIPATED).Subject("protester")
      .Place(place).PlaceKind(kind, "FR").Source(article + " source", "", "")
      .Date("2023-03-08").EventDate(day, basis).Build();
}

TEST(ArticleFlagsTest, ATownAndItsCountryMeetAcrossArticlesOnADayBothName) {
  // 81,000 in Paris cannot be more than the 50,000 in the whole of France that day.
  const SerializedFiledClaims filed(
      {{Crowd("france", 50000, "France", "country", "2023-03-07", "mardi 7 mars")}});
  const std::vector<v1::Claim> paris = {
      Crowd("paris", 81000, "Paris", "capital", "2023-03-07", "le 7 mars")};
  absl::StatusOr<std::vector<std::vector<v1::Flag>>> flags = FlagsAsIfFiled(paris, filed);
  ASSERT_TRUE(flags.ok()) << flags.status();
  EXPECT_TRUE(HasFlag((*flags)[0], v1::CONFLICT, "france#1"));
  // One batch: Paris's own figure around the day, and the country's claims on the day.
  ASSERT_EQ(filed.batches().size(), 1u);
  ASSERT_EQ(filed.batches()[0].size(), 2u);
  EXPECT_EQ(filed.batches()[0][0].figure_key, "PARTICIPATED|person|paris");
  EXPECT_EQ(filed.batches()[0][1].figure_key, "PARTICIPATED|person|country:fr");
  EXPECT_EQ(filed.batches()[0][1].window.last_seconds -
                filed.batches()[0][1].window.first_seconds,
            24 * 3600 - 1);

  // And the country's claim finds the town's.
  const SerializedFiledClaims paris_filed({paris});
  flags = FlagsAsIfFiled(
      {Crowd("france", 50000, "France", "country", "2023-03-07", "mardi 7 mars")}, paris_filed);
  ASSERT_TRUE(flags.ok()) << flags.status();
  EXPECT_TRUE(HasFlag((*flags)[0], v1::CONFLICT, "paris#1"));

  // Not when a text does not name the day, nor on another named day.
  for (const v1::Claim& other :
       {Crowd("paris", 81000, "Paris", "capital", "2023-03-07", ""),
        Crowd("paris", 81000, "Paris", "capital", "2023-03-06", "lundi")}) {
    flags = FlagsAsIfFiled({other}, filed);
    ASSERT_TRUE(flags.ok()) << flags.status();
    EXPECT_FALSE(HasFlag((*flags)[0], v1::CONFLICT, "france#1")) << other.event_date_basis();
  }
}

TEST(ArticleFlagsTest, RuleFlagsOfWantedClaimsOnlyAndUnfiledClaimsAskNothing) {
  const SerializedFiledClaims filed({{Killed("moscow", 1, 89, "ru", "2023-01-04")}});
  const std::vector<v1::Claim> claims = {
      TestClaim("kyiv", 1).Exact(40).Unit("percent").Build(),  // filed in no figure
      Killed("kyiv", 2, 400, "ua", "2023-01-04")};
  std::vector<ClaimFacts> facts;
  facts.reserve(claims.size());
  for (const v1::Claim& c : claims) facts.push_back(FactsOf(c));
  const std::vector<size_t> first_only = {0};
  absl::StatusOr<std::vector<std::vector<v1::Flag>>> flags =
      RuleFlagsOf(facts, FigureRanks(facts), first_only, filed);
  ASSERT_TRUE(flags.ok()) << flags.status();
  ASSERT_EQ(flags->size(), 1u);
  EXPECT_TRUE((*flags)[0].empty());
  ASSERT_EQ(filed.batches().size(), 1u);
  EXPECT_TRUE(filed.batches()[0].empty());
}

TEST(ArticleFlagsTest, ExtractorFlagsComeFirstAndTheRulesFlagsAreNotTakenFromTheInput) {
  const SerializedFiledClaims filed({});
  v1::Claim claim = Killed("kyiv", 1, 400, "ua", "2023-01-04");
  v1::Flag* unverified = claim.add_flags();
  unverified->set_kind(v1::UNVERIFIED);
  unverified->set_reason("no source");
  claim.add_flags()->set_kind(v1::CONFLICT);  // stale: the rules decide
  absl::StatusOr<std::vector<std::vector<v1::Flag>>> flags = FlagsAsIfFiled({claim}, filed);
  ASSERT_TRUE(flags.ok()) << flags.status();
  ASSERT_FALSE((*flags)[0].empty());
  EXPECT_EQ((*flags)[0][0].kind(), v1::UNVERIFIED);
  EXPECT_EQ((*flags)[0][0].reason(), "no source");
  for (const v1::Flag& f : (*flags)[0]) EXPECT_NE(f.kind(), v1::CONFLICT);
}

TEST(ArticleFlagsTest, ABackendErrorIsReturned) {
  SerializedFiledClaims filed({});
  filed.Fail(absl::UnavailableError("cluster down"));
  absl::StatusOr<std::vector<std::vector<v1::Flag>>> flags =
      FlagsAsIfFiled({Killed("kyiv", 1, 400, "ua", "2023-01-04")}, filed);
  EXPECT_EQ(flags.status().code(), absl::StatusCode::kUnavailable);
}

}  // namespace
}  // namespace claimcheck
