// ClaimStore's contract, run against each backend (memory; Redis when redis-server is there).
// Why one long file: one suite of the store's public API, parametrised over the backends.

#include "store/claim_store.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "crosscheck/filed_claims.h"
#include "crosscheck/test_claims.h"
#include "gtest/gtest.h"
#include "tests/store_backends.h"

namespace claimcheck {
namespace {

v1::Article MakeArticle(const std::string& id, const std::string& date,
                        const std::string& text = "") {
  v1::Article a;
  a.set_id(id);
  a.set_text(text.empty() ? "Text of " + id + " with enough bytes for any number span." : text);
  a.mutable_published_at()->set_seconds(TestDateSeconds(date));
  return a;
}

TestClaim Killed(const std::string& article, int n, double value, const std::string& place,
                 const std::string& date) {
  TestClaim c(article, n);
  c.Exact(value).Metric(v1::KILLED).Subject("soldier").Place(place).Date(date).Span(0, 2);
  return c;
}

TestClaim Ministry(const std::string& article, int n, double value, const std::string& place,
                   const std::string& date) {
  return Killed(article, n, value, place, date)
      .Source("Russian Defence Ministry", "ru.mod", "ru");
}

TestClaim Kyiv(const std::string& article, int n, double value, const std::string& place,
               const std::string& date) {
  return Killed(article, n, value, place, date)
      .Source("Ukrainian General Staff", "ua.general_staff", "ua");
}

// One article where Moscow's 89 and Kyiv's 400 conflict: its ingest raises flags.
std::vector<v1::Claim> Contested(const std::string& article) {
  return {Ministry(article, 1, 89, "Makiivka", "2023-01-04").Build(),
          Kyiv(article, 2, 400, "Makiivka", "2023-01-04").Build()};
}

bool HasFlag(const v1::Claim& claim, v1::FlagKind kind, const std::string& related = "") {
  return std::any_of(claim.flags().begin(), claim.flags().end(), [&](const v1::Flag& f) {
    return f.kind() == kind &&
           (related.empty() || std::find(f.related_claim_ids().begin(),
                                         f.related_claim_ids().end(),
                                         related) != f.related_claim_ids().end());
  });
}

bool Raised(const IngestResult& result, v1::FlagKind kind) {
  return std::any_of(result.raised.begin(), result.raised.end(),
                     [&](const v1::Flag& f) { return f.kind() == kind; });
}

// Every test runs against the in-memory store and against a Redis Cluster (store_backends.h).
class ClaimStoreTest : public ::testing::TestWithParam<StoreBackend> {
 protected:
  void SetUp() override {
    const std::optional<StoreOptions> options = FreshStoreOptions(GetParam());
    if (!options) GTEST_SKIP() << SkippedBecause(GetParam());
    auto opened = ClaimStore::Open(*options);
    ASSERT_TRUE(opened.ok()) << opened.status();
    store_ = std::move(*opened);
    store_->AddFlagListener([this](const v1::FlagEvent& e) { events_.push_back(e); });
  }

  IngestResult MustIngest(const v1::Article& article, std::vector<v1::Claim> claims) {
    absl::StatusOr<IngestResult> result = store_->Ingest(article, std::move(claims));
    EXPECT_TRUE(result.ok()) << result.status();
    return result.ok() ? *result : IngestResult{};
  }

  std::vector<v1::Claim> ClaimsOf(const std::string& article_id) {
    v1::QueryClaimsRequest request;
    request.set_article_id(article_id);
    const absl::StatusOr<v1::QueryClaimsResponse> response = store_->QueryClaims(request);
    EXPECT_TRUE(response.ok()) << response.status();
    return {response->claims().begin(), response->claims().end()};
  }

  // The stored claim `id` with its current flags, as ListConflicts lists it; without flags
  // when no contested figure lists it (QueryClaims gives the extractor's flags only).
  v1::Claim Listed(const std::string& id) {
    for (const v1::Figure& figure : Conflicts()) {
      for (const v1::Claim& c : figure.claims()) {
        if (c.id() == id) return c;
      }
    }
    v1::Claim unlisted;
    unlisted.set_id(id);
    return unlisted;
  }

  std::vector<v1::Figure> Conflicts() {
    absl::StatusOr<v1::ListConflictsResponse> r = store_->ListConflicts({});
    EXPECT_TRUE(r.ok()) << r.status();
    return {r->figures().begin(), r->figures().end()};
  }

  std::unique_ptr<ClaimStore> store_;
  std::vector<v1::FlagEvent> events_;
};

// The seed case: one article, the ministry's 89 (no place in its sentence) and Moscow's
// earlier 63 at Makiivka.
TEST_P(ClaimStoreTest, RevisionInsideOneArticleIsLinkedAndListed) {
  const IngestResult result = MustIngest(
      MakeArticle("seed", "2023-01-04"),
      {Killed("seed", 1, 89, "", "2023-01-04")
           .Source("ministère russe de la Défense", "ru.mod", "ru").Build(),
       Killed("seed", 2, 63, "Makiivka", "2023-01-04").Source("Moscou", "", "ru")
           .EarlierReport().Build()});
  ASSERT_EQ(result.claims.size(), 2u);
  EXPECT_TRUE(HasFlag(result.claims[0], v1::REVISION, "seed#2"));
  EXPECT_TRUE(HasFlag(result.claims[1], v1::REVISION, "seed#1"));
  EXPECT_TRUE(Raised(result, v1::REVISION));
  EXPECT_EQ(result.claims[1].figure_key(), "KILLED|person|makiivka");

  const std::vector<v1::Figure> figures = Conflicts();
  ASSERT_FALSE(figures.empty());
  std::set<std::string> listed;
  for (const v1::Figure& f : figures) {
    for (const v1::Claim& c : f.claims()) listed.insert(c.id());
  }
  EXPECT_EQ(listed, (std::set<std::string>{"seed#1", "seed#2"}));
}

TEST_P(ClaimStoreTest, ConflictAcrossArticlesIsRaisedOnBothAndNotified) {
  MustIngest(MakeArticle("moscow", "2023-01-04"),
             {Ministry("moscow", 1, 89, "Makiivka", "2023-01-04").Build()});
  events_.clear();
  const IngestResult result = MustIngest(
      MakeArticle("kyiv", "2023-01-03"),
      {Kyiv("kyiv", 1, 400, "Makiivka", "2023-01-03").Approximately(400).Build()});
  EXPECT_TRUE(HasFlag(result.claims[0], v1::CONFLICT, "moscow#1"));
  const bool stored_claim_raised = std::any_of(
      events_.begin(), events_.end(), [](const v1::FlagEvent& e) {
        return e.flag().kind() == v1::CONFLICT && e.claim().id() == "moscow#1" &&
               e.article_id() == "kyiv";
      });
  EXPECT_TRUE(stored_claim_raised);

  const std::vector<v1::Figure> figures = Conflicts();
  ASSERT_EQ(figures.size(), 1u);
  EXPECT_EQ(figures[0].key(), "KILLED|person|makiivka");
  EXPECT_EQ(figures[0].claims_size(), 2);
  EXPECT_EQ(figures[0].low(), 89);
  EXPECT_EQ(figures[0].high(), 400);
  EXPECT_EQ(store_->Stats()->conflicts(), 1u);
}

TEST_P(ClaimStoreTest, ARetrospectiveMeetsTheClaimsOfItsEventNotThoseOfItsPublication) {
  // Published on 10 May 2023 about the strike of 16 March 2022, which the text names.
  MustIngest(MakeArticle("march-2022", "2022-03-17"),
             {Kyiv("march-2022", 1, 400, "Mariupol", "2022-03-17").Build()});
  MustIngest(MakeArticle("may-2023", "2023-05-10"),
             {Kyiv("may-2023", 1, 400, "Mariupol", "2023-05-10").Build()});
  const IngestResult retro = MustIngest(
      MakeArticle("retro", "2023-05-10"),
      {Ministry("retro", 1, 89, "Mariupol", "2023-05-10")
           .EventDate("2022-03-16", "le 16 mars 2022").Build()});
  EXPECT_TRUE(HasFlag(retro.claims[0], v1::CONFLICT, "march-2022#1"));
  EXPECT_FALSE(HasFlag(retro.claims[0], v1::CONFLICT, "may-2023#1"));
  EXPECT_TRUE(HasFlag(Listed("march-2022#1"), v1::CONFLICT, "retro#1"));
  EXPECT_FALSE(HasFlag(Listed("may-2023#1"), v1::CONFLICT));
  // The claim keeps both dates: the event's, and the statement's, which orders revisions.
  EXPECT_EQ(retro.claims[0].event_date().seconds(), TestDateSeconds("2022-03-16"));
  EXPECT_EQ(retro.claims[0].published_at().seconds(), TestDateSeconds("2023-05-10"));
  // Deleting the retrospective clears the older article's flag: it was filed under the event.
  ASSERT_TRUE(store_->Delete("retro").ok());
  EXPECT_FALSE(HasFlag(Listed("march-2022#1"), v1::CONFLICT));
  EXPECT_TRUE(Conflicts().empty());
}

TEST_P(ClaimStoreTest, AKilledCountMeetsAnotherArticlesCasualtyCount) {
  MustIngest(MakeArticle("victims", "2024-03-23"),
             {TestClaim("victims", 1).Exact(133).Metric(v1::CASUALTIES).Subject("person")
                  .Place("Krasnogorsk").Source("the governor", "ru.moscow_region", "ru")
                  .Date("2024-03-23").Span(0, 2).Build()});
  events_.clear();
  // 137 killed is more than the 133 casualties another voice gave.
  const IngestResult killed = MustIngest(
      MakeArticle("killed", "2024-03-24"),
      {TestClaim("killed", 1).Exact(137).Metric(v1::KILLED).Subject("person")
           .Place("Krasnogorsk").Source("the investigators", "ru.investigative_committee", "")
           .Date("2024-03-24").Span(0, 2).Build()});
  EXPECT_TRUE(HasFlag(killed.claims[0], v1::CONFLICT, "victims#1"));
  EXPECT_TRUE(HasFlag(Listed("victims#1"), v1::CONFLICT, "killed#1"));
  EXPECT_TRUE(std::any_of(events_.begin(), events_.end(), [](const v1::FlagEvent& e) {
    return e.flag().kind() == v1::CONFLICT && e.claim().id() == "victims#1";
  }));
}

// A crowd's count at `place` on 7 March 2023, published the next day.
v1::Claim Crowd(const std::string& article, double value, const std::string& place,
                const std::string& kind, const std::string& basis) {
  return TestClaim(article, 1).Exact(value).Metric(v1::PARTICIPATED).Subject("protester")
      .Place(place).PlaceKind(kind, "FR").Source(article + "'s source", "", "")
      .Date("2023-03-08").EventDate("2023-03-07", basis).Span(0, 2).Build();
}

TEST_P(ClaimStoreTest, ATownAndItsCountryMeetAcrossArticlesOnADayBothName) {
  MustIngest(MakeArticle("france", "2023-03-08"),
             {Crowd("france", 50000, "France", "country", "mardi 7 mars")});
  // Without a named day Lyon's count is not set against the country's; Paris's is: 81,000 in
  // Paris cannot be more than 50,000 in all of France.
  MustIngest(MakeArticle("lyon", "2023-03-08"), {Crowd("lyon", 90000, "Lyon", "city", "")});
  const IngestResult paris = MustIngest(MakeArticle("paris", "2023-03-08"),
                                        {Crowd("paris", 81000, "Paris", "capital", "le 7 mars")});
  EXPECT_TRUE(HasFlag(paris.claims[0], v1::CONFLICT, "france#1"));
  EXPECT_TRUE(HasFlag(Listed("france#1"), v1::CONFLICT, "paris#1"));
  EXPECT_FALSE(HasFlag(Listed("france#1"), v1::CONFLICT, "lyon#1"));
  EXPECT_FALSE(HasFlag(Listed("lyon#1"), v1::CONFLICT));
  ASSERT_TRUE(store_->Delete("paris").ok());
  EXPECT_FALSE(HasFlag(Listed("france#1"), v1::CONFLICT));
}

TEST_P(ClaimStoreTest, EveryClaimReturnedCarriesItsArticlesTitleUrlAndOutlet) {
  v1::Article article = MakeArticle("kyiv", "2023-01-04");
  article.set_title("Makiivka: the toll");
  article.set_url("https://example.org/makiivka");
  article.set_outlet("Wire");
  MustIngest(MakeArticle("moscow", "2023-01-04"),
             {Ministry("moscow", 1, 89, "Makiivka", "2023-01-04").Build()});
  const auto described = [&](const v1::Claim& c) {
    return c.article_title() == article.title() && c.article_url() == article.url() &&
           c.article_outlet() == article.outlet();
  };
  const std::vector<v1::Claim> checked =
      store_->Check(article, {Kyiv("kyiv", 1, 400, "Makiivka", "2023-01-04").Build()}).value();
  EXPECT_TRUE(described(checked[0])) << checked[0].DebugString();
  const IngestResult ingested =
      MustIngest(article, {Kyiv("kyiv", 1, 400, "Makiivka", "2023-01-04").Build()});
  EXPECT_TRUE(described(ingested.claims[0]));
  EXPECT_TRUE(described(ClaimsOf("kyiv")[0]));
  bool listed = false;
  for (const v1::Figure& figure : Conflicts()) {
    for (const v1::Claim& c : figure.claims()) {
      if (c.id() != "kyiv#1") continue;
      listed = true;
      EXPECT_TRUE(described(c));
    }
  }
  EXPECT_TRUE(listed);
  // A claim naming another title than its article's is refused; its own copy is fine.
  v1::Claim other_title = Kyiv("kyiv", 1, 410, "Makiivka", "2023-01-04").Build();
  other_title.set_article_title("Another title");
  v1::Article edited = article;
  edited.set_text("edited text, long enough for the number span");
  EXPECT_EQ(store_->Ingest(edited, {other_title}).status().code(),
            absl::StatusCode::kInvalidArgument);
  other_title.set_article_title(article.title());
  EXPECT_TRUE(store_->Ingest(edited, {other_title}).ok());
}

TEST_P(ClaimStoreTest, NoConflictForOtherPlaceMonthMetricOrCivilians) {
  MustIngest(MakeArticle("moscow", "2023-01-04"),
             {Ministry("moscow", 1, 89, "Makiivka", "2023-01-04").Build()});
  MustIngest(MakeArticle("a", "2023-01-03"), {Kyiv("a", 1, 400, "Kyiv", "2023-01-03").Build()});
  MustIngest(MakeArticle("b", "2023-02-20"),
             {Kyiv("b", 1, 400, "Makiivka", "2023-02-20").Build()});
  MustIngest(MakeArticle("c", "2023-01-03"),
             {Kyiv("c", 1, 400, "Makiivka", "2023-01-03").Metric(v1::WOUNDED).Build()});
  MustIngest(MakeArticle("d", "2023-01-03"),
             {Kyiv("d", 1, 400, "Makiivka", "2023-01-03").Subject("civilian").Build()});
  EXPECT_TRUE(Conflicts().empty());
  for (const std::string id : {"moscow", "a", "b", "c", "d"}) {
    EXPECT_FALSE(HasFlag(Listed(id + "#1"), v1::CONFLICT));
  }
}

TEST_P(ClaimStoreTest, ThirtyDestroyedOfAtLeastThirtyFiveLaunchedRaisesNothingContested) {
  TestClaim base("drones", 1);
  const IngestResult result = MustIngest(
      MakeArticle("drones", "2023-01-01"),
      {TestClaim("drones", 1).AtLeast(35).Metric(v1::LAUNCHED).Subject("drone").Place("Kyiv")
           .Source("Air force", "ua.air_force", "ua").Build(),
       TestClaim("drones", 2).Exact(30).Metric(v1::DESTROYED).Subject("drone").Place("Kyiv")
           .Source("Air force", "ua.air_force", "ua").PartOf("drones#1").Build()});
  EXPECT_FALSE(Raised(result, v1::CONFLICT));
  EXPECT_FALSE(Raised(result, v1::INCONSISTENT));
  EXPECT_FALSE(Raised(result, v1::REVISION));
  EXPECT_TRUE(Conflicts().empty());
}

TEST_P(ClaimStoreTest, SameIdAndTextIsIdempotent) {
  const v1::Article article = MakeArticle("a", "2023-01-04");
  MustIngest(article, {Ministry("a", 1, 89, "Makiivka", "2023-01-04").Build()});
  events_.clear();
  const IngestResult again =
      MustIngest(article, {Ministry("a", 1, 89, "Makiivka", "2023-01-04").Build()});
  EXPECT_FALSE(again.changed);
  EXPECT_TRUE(again.raised.empty());
  EXPECT_TRUE(events_.empty());
  ASSERT_EQ(again.claims.size(), 1u);
  EXPECT_EQ(again.claims[0].id(), "a#1");
  EXPECT_EQ(store_->Stats()->claims(), 1u);
}

TEST_P(ClaimStoreTest, NewTextReplacesClaimsAndTheirConflicts) {
  MustIngest(MakeArticle("moscow", "2023-01-04"),
             {Ministry("moscow", 1, 89, "Makiivka", "2023-01-04").Build()});
  MustIngest(MakeArticle("kyiv", "2023-01-03", "first version of the text"),
             {Kyiv("kyiv", 1, 400, "Makiivka", "2023-01-03").Build(),
              Kyiv("kyiv", 2, 12, "Makiivka", "2023-01-03").Metric(v1::WOUNDED).Build()});
  ASSERT_EQ(Conflicts().size(), 1u);
  const IngestResult replaced =
      MustIngest(MakeArticle("kyiv", "2023-01-03", "corrected text"),
                 {Kyiv("kyiv", 1, 89, "Makiivka", "2023-01-03").Build()});
  EXPECT_TRUE(replaced.changed);
  EXPECT_TRUE(Conflicts().empty());
  const std::vector<v1::Claim> claims = ClaimsOf("kyiv");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].quantity().value(), 89);
  EXPECT_EQ(store_->Stats()->claims(), 2u);
  EXPECT_EQ(store_->Stats()->articles(), 2u);
}

TEST_P(ClaimStoreTest, DeleteReevaluatesFlags) {
  MustIngest(MakeArticle("moscow", "2023-01-04"),
             {Ministry("moscow", 1, 89, "Makiivka", "2023-01-04").Build()});
  MustIngest(MakeArticle("tass", "2023-01-04"),
             {Ministry("tass", 1, 89, "Makiivka", "2023-01-04").Build()});
  MustIngest(MakeArticle("kyiv", "2023-01-03"),
             {Kyiv("kyiv", 1, 400, "Makiivka", "2023-01-03").Build()});
  EXPECT_FALSE(HasFlag(Listed("moscow#1"), v1::SINGLE_SOURCE));
  ASSERT_TRUE(HasFlag(Listed("moscow#1"), v1::CONFLICT));
  events_.clear();
  ASSERT_TRUE(store_->Delete("kyiv").ok());
  EXPECT_TRUE(Conflicts().empty());
  EXPECT_EQ(store_->Stats()->conflicts(), 0u);
  // Only the ministry, relayed by two outlets, gives the figure again: the delete raised that.
  const bool single = std::any_of(events_.begin(), events_.end(), [](const v1::FlagEvent& e) {
    return e.flag().kind() == v1::SINGLE_SOURCE && e.claim().id() == "moscow#1" &&
           e.article_id() == "kyiv";
  });
  EXPECT_TRUE(single);
  EXPECT_TRUE(ClaimsOf("kyiv").empty());
  EXPECT_EQ(store_->Delete("kyiv").code(), absl::StatusCode::kNotFound);
}

// Events of one kind, cleared or raised, on one claim, from one article's change.
int CountEvents(const std::vector<v1::FlagEvent>& events, v1::FlagKind kind, bool cleared,
                const std::string& claim_id, const std::string& article_id) {
  return static_cast<int>(std::count_if(events.begin(), events.end(), [&](const v1::FlagEvent& e) {
    return e.flag().kind() == kind && e.cleared() == cleared && e.claim().id() == claim_id &&
           e.article_id() == article_id;
  }));
}

TEST_P(ClaimStoreTest, DeleteTellsListenersWhichFlagsItCleared) {
  MustIngest(MakeArticle("moscow", "2023-01-04"),
             {Ministry("moscow", 1, 89, "Makiivka", "2023-01-04").Build()});
  MustIngest(MakeArticle("kyiv", "2023-01-03"),
             {Kyiv("kyiv", 1, 400, "Makiivka", "2023-01-03").Build()});
  ASSERT_EQ(Conflicts().size(), 1u);
  events_.clear();
  ASSERT_TRUE(store_->Delete("kyiv").ok());
  // The stored claim's conflict, and the deleted claim's own.
  EXPECT_EQ(CountEvents(events_, v1::CONFLICT, /*cleared=*/true, "moscow#1", "kyiv"), 1);
  EXPECT_EQ(CountEvents(events_, v1::CONFLICT, /*cleared=*/true, "kyiv#1", "kyiv"), 1);
  EXPECT_EQ(CountEvents(events_, v1::CONFLICT, /*cleared=*/false, "moscow#1", "kyiv"), 0);
  for (const v1::FlagEvent& e : events_) {
    if (e.cleared() && e.claim().id() == "moscow#1") {
      EXPECT_FALSE(HasFlag(e.claim(), v1::CONFLICT)) << "the claim as it is after the change";
    }
  }
}

TEST_P(ClaimStoreTest, ANewTextClearsTheOldClaimsFlagsBeforeRaisingTheNewOnes) {
  MustIngest(MakeArticle("moscow", "2023-01-04"),
             {Ministry("moscow", 1, 89, "Makiivka", "2023-01-04").Build()});
  MustIngest(MakeArticle("kyiv", "2023-01-03", "first version of the text"),
             {Kyiv("kyiv", 1, 400, "Makiivka", "2023-01-03").Build()});
  events_.clear();
  const IngestResult replaced =
      MustIngest(MakeArticle("kyiv", "2023-01-03", "corrected text"),
                 {Kyiv("kyiv", 1, 89, "Makiivka", "2023-01-03").Build()});
  EXPECT_TRUE(std::any_of(replaced.cleared.begin(), replaced.cleared.end(),
                          [](const v1::Flag& f) { return f.kind() == v1::CONFLICT; }));
  EXPECT_EQ(CountEvents(events_, v1::CONFLICT, /*cleared=*/true, "moscow#1", "kyiv"), 1);
  EXPECT_EQ(CountEvents(events_, v1::CONFLICT, /*cleared=*/true, "kyiv#1", "kyiv"), 1);
  // kyiv#1 keeps its id: its old flags are cleared before its new ones are raised.
  size_t last_clear = 0, first_raise = events_.size();
  for (size_t i = 0; i < events_.size(); ++i) {
    if (events_[i].claim().id() != "kyiv#1") continue;
    if (events_[i].cleared()) last_clear = i;
    if (!events_[i].cleared()) first_raise = std::min(first_raise, i);
  }
  EXPECT_LT(last_clear, first_raise);
}

// A listener that adds every raised flag and removes every cleared one holds exactly the flags
// the store gives its claims, whatever the changes.
TEST_P(ClaimStoreTest, RaisedAndClearedEventsKeepAWatchersFlagsCurrent) {
  auto identity = [](const std::string& claim_id, const v1::Flag& f) {
    std::vector<std::string> ids(f.related_claim_ids().begin(), f.related_claim_ids().end());
    std::sort(ids.begin(), ids.end());
    std::string out = claim_id + "/" + std::to_string(f.kind());
    for (const std::string& id : ids) out += "," + id;
    return out;
  };
  std::multiset<std::string> watched;
  int clears = 0;
  store_->AddFlagListener([&](const v1::FlagEvent& e) {
    const std::string key = identity(e.claim().id(), e.flag());
    clears += e.cleared() ? 1 : 0;
    if (!e.cleared()) {
      watched.insert(key);
    } else if (watched.count(key) != 0) {
      watched.erase(watched.find(key));
    } else {
      ADD_FAILURE() << "cleared a flag never raised: " << key;
    }
  });
  const std::vector<std::string> ids = {"a", "b", "c", "d"};
  std::map<std::string, std::pair<v1::Article, std::vector<v1::Claim>>> stored;
  for (int step = 0; step < 40; ++step) {
    const std::string& id = ids[(step * 7 + step / 3) % ids.size()];
    const int version = step % 3;
    if (version == 2 && stored.count(id) != 0) {
      ASSERT_TRUE(store_->Delete(id).ok());
      stored.erase(id);
    } else {
      const std::string date = step % 2 ? "2023-01-04" : "2023-01-06";
      std::vector<v1::Claim> claims = {
          (step % 4 ? Ministry(id, 1, 60 + 10 * version, "Makiivka", date)
                    : Kyiv(id, 1, 400, "Makiivka", date)).Build(),
          Kyiv(id, 2, 12 + version, "Makiivka", date).Metric(v1::WOUNDED).Build()};
      const v1::Article article = MakeArticle(id, date, "text " + std::to_string(step));
      MustIngest(article, claims);
      stored[id] = {article, claims};
    }
    std::multiset<std::string> current;
    for (const auto& [article_id, article] : stored) {
      // The same id and text again changes nothing and returns the claims' current flags.
      const IngestResult again = MustIngest(article.first, article.second);
      ASSERT_FALSE(again.changed);
      for (const v1::Claim& c : again.claims) {
        for (const v1::Flag& f : c.flags()) current.insert(identity(c.id(), f));
      }
    }
    ASSERT_EQ(watched, current) << "after step " << step;
  }
  EXPECT_GT(clears, 20);
}

TEST_P(ClaimStoreTest, CheckComparesWithoutStoring) {
  MustIngest(MakeArticle("moscow", "2023-01-04"),
             {Ministry("moscow", 1, 89, "Makiivka", "2023-01-04").Build()});
  const std::vector<v1::Claim> checked =
      store_->Check(MakeArticle("new", "2023-01-05"),
                    {Kyiv("new", 1, 400, "Makiivka", "2023-01-05").Build()})
          .value();
  ASSERT_EQ(checked.size(), 1u);
  EXPECT_TRUE(HasFlag(checked[0], v1::CONFLICT, "moscow#1"));
  EXPECT_EQ(checked[0].figure_key(), "KILLED|person|makiivka");
  EXPECT_EQ(store_->Stats()->articles(), 1u);
  EXPECT_TRUE(Conflicts().empty());
}

TEST_P(ClaimStoreTest, CheckOfAStoredArticleReplacesItRatherThanMeetingItself) {
  MustIngest(MakeArticle("moscow", "2023-01-04"),
             {Ministry("moscow", 1, 89, "Makiivka", "2023-01-04").Build()});
  const std::vector<v1::Claim> checked =
      store_->Check(MakeArticle("moscow", "2023-01-04", "edited"),
                    {Ministry("moscow", 1, 120, "Makiivka", "2023-01-04").Build()})
          .value();
  EXPECT_FALSE(HasFlag(checked[0], v1::CONFLICT));
}

TEST_P(ClaimStoreTest, BadInputIsRejectedAndChangesNothing) {
  v1::Article no_id = MakeArticle("", "2023-01-01");
  EXPECT_EQ(store_->Ingest(no_id, {}).status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->Ingest(MakeArticle("a", "2023-01-01", "short"),
                           {Killed("a", 1, 3, "Kyiv", "2023-01-01").Span(2, 99).Build()})
                .status()
                .code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->Ingest(MakeArticle("a", "2023-01-01"),
                           {Killed("other", 1, 3, "Kyiv", "2023-01-01").Build()})
                .status()
                .code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->Ingest(MakeArticle("a", "2023-01-01"),
                           {Killed("a", 1, 3, "Kyiv", "2023-01-01").Build(),
                            Killed("a", 1, 4, "Kyiv", "2023-01-01").Build()})
                .status()
                .code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->Stats()->articles(), 0u);
}

TEST_P(ClaimStoreTest, StoredClaimsComeBackAsGiven) {
  v1::Claim claim = Ministry("a", 1, 89, "Makiivka", "2023-01-04")
                        .Sentence("Text of a")
                        .Build();
  claim.mutable_location()->set_country("UA");
  claim.mutable_location()->set_confidence(0.5f);
  claim.mutable_source()->set_channel("Telegram");
  v1::Flag* hedge = claim.add_flags();
  hedge->set_kind(v1::UNVERIFIED);
  hedge->set_reason("could not be independently verified");
  MustIngest(MakeArticle("a", "2023-01-04"), {claim});
  v1::Claim stored = ClaimsOf("a")[0];
  EXPECT_EQ(stored.figure_key(), "KILLED|person|makiivka");
  stored.clear_figure_key();
  EXPECT_EQ(stored.SerializeAsString(), claim.SerializeAsString())
      << stored.DebugString() << "\nvs\n" << claim.DebugString();
}

TEST_P(ClaimStoreTest, QueryClaimsFiltersAndPages) {
  for (int i = 0; i < 25; ++i) {
    const std::string id = "art" + std::to_string(i);
    const std::string date = i < 10 ? "2023-01-02" : "2023-03-02";
    MustIngest(MakeArticle(id, date),
               {Ministry(id, 1, 10 + i, i % 2 ? "Kyiv" : "Lviv", date).Build(),
                Kyiv(id, 2, 5, "Kyiv", date).Metric(v1::WOUNDED).Build()});
  }
  auto collect = [&](v1::QueryClaimsRequest request) {
    std::vector<std::string> ids;
    int pages = 0;
    do {
      absl::StatusOr<v1::QueryClaimsResponse> r = store_->QueryClaims(request);
      EXPECT_TRUE(r.ok()) << r.status();
      for (const v1::Claim& c : r->claims()) ids.push_back(c.id());
      request.set_page_token(r->next_page_token());
      ++pages;
    } while (!request.page_token().empty() && pages < 100);
    return std::make_pair(ids, pages);
  };
  v1::QueryClaimsRequest all;
  all.set_page_size(7);
  auto [ids, pages] = collect(all);
  EXPECT_EQ(ids.size(), 50u);
  EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), 50u);
  EXPECT_EQ(pages, 8);

  v1::QueryClaimsRequest wounded;
  wounded.set_metric(v1::WOUNDED);
  wounded.set_page_size(4);
  EXPECT_EQ(collect(wounded).first.size(), 25u);

  v1::QueryClaimsRequest lviv;
  lviv.set_location("lviv");
  lviv.set_page_size(5);
  EXPECT_EQ(collect(lviv).first.size(), 13u);

  v1::QueryClaimsRequest by_source;
  by_source.set_source("ru.mod");
  EXPECT_EQ(collect(by_source).first.size(), 25u);

  v1::QueryClaimsRequest january;
  january.mutable_since()->set_seconds(TestDateSeconds("2023-01-01"));
  january.mutable_until()->set_seconds(TestDateSeconds("2023-01-31"));
  january.set_page_size(3);
  EXPECT_EQ(collect(january).first.size(), 20u);

  v1::QueryClaimsRequest bad;
  bad.set_page_token("not-a-token");
  EXPECT_EQ(store_->QueryClaims(bad).status().code(), absl::StatusCode::kInvalidArgument);
}

// Dates before 1970 and after 2106 (the index keeps a date in two 32-bit halves) come back in
// date order, each page after the last, and a window around one of them finds only it.
TEST_P(ClaimStoreTest, QueryClaimsOrdersDatesBefore1970AndAfter2106) {
  const std::vector<std::string> dates = {"2200-06-01", "1950-03-01", "2023-01-04", "1969-12-31",
                                          "2106-02-08", "1901-12-13"};
  for (size_t i = 0; i < dates.size(); ++i) {
    const std::string id = "d" + std::to_string(i);
    MustIngest(MakeArticle(id, dates[i]), {Ministry(id, 1, 10, "Kyiv", dates[i]).Build()});
  }
  v1::QueryClaimsRequest all;
  all.mutable_since()->set_seconds(TestDateSeconds("1900-01-01"));
  all.set_page_size(2);
  std::vector<int64_t> seen;
  do {
    absl::StatusOr<v1::QueryClaimsResponse> page = store_->QueryClaims(all);
    ASSERT_TRUE(page.ok()) << page.status();
    for (const v1::Claim& c : page->claims()) seen.push_back(c.published_at().seconds());
    all.set_page_token(page->next_page_token());
  } while (!all.page_token().empty() && seen.size() < 20);
  std::vector<int64_t> expected;
  for (const std::string& d : dates) expected.push_back(TestDateSeconds(d));
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(seen, expected);

  v1::QueryClaimsRequest sixties;
  sixties.mutable_since()->set_seconds(TestDateSeconds("1969-12-01"));
  sixties.mutable_until()->set_seconds(TestDateSeconds("1969-12-31"));
  absl::StatusOr<v1::QueryClaimsResponse> found = store_->QueryClaims(sixties);
  ASSERT_TRUE(found.ok()) << found.status();
  ASSERT_EQ(found->claims_size(), 1);
  EXPECT_EQ(found->claims(0).article_id(), "d3");
}

// One page size for every listing (store/page_limits.h): 100 when the request gives none, at most
// 1000 whatever it asks for.
TEST_P(ClaimStoreTest, ListingsWithoutPageSizeGetAHundredAndATokenAndLargePagesAThousand) {
  for (int i = 0; i < 1010; ++i) {
    const std::string id = "wire" + std::to_string(i);
    // Each wire contested in a place of its own: 2020 claims, 1010 contested figures.
    MustIngest(MakeArticle(id, "2023-01-04"),
               {Ministry(id, 1, 89, "Town" + std::to_string(i), "2023-01-04").Build(),
                Kyiv(id, 2, 400, "Town" + std::to_string(i), "2023-01-04").Build()});
  }
  v1::QueryClaimsRequest query;
  query.set_metric(v1::KILLED);
  absl::StatusOr<v1::QueryClaimsResponse> claims = store_->QueryClaims(query);
  ASSERT_TRUE(claims.ok()) << claims.status();
  EXPECT_EQ(claims->claims_size(), 100);
  EXPECT_FALSE(claims->next_page_token().empty());
  query.set_page_size(5000);
  EXPECT_EQ(store_->QueryClaims(query)->claims_size(), 1000);

  v1::ListConflictsRequest conflicts;
  absl::StatusOr<v1::ListConflictsResponse> figures = store_->ListConflicts(conflicts);
  ASSERT_TRUE(figures.ok()) << figures.status();
  EXPECT_EQ(figures->figures_size(), 100);
  EXPECT_FALSE(figures->next_page_token().empty());
  conflicts.set_page_size(5000);
  EXPECT_EQ(store_->ListConflicts(conflicts)->figures_size(), 1000);
}

TEST_P(ClaimStoreTest, ListConflictsPagesAndFilters) {
  const std::vector<std::string> places = {"Bakhmut", "Kyiv", "Lviv"};
  for (size_t i = 0; i < places.size(); ++i) {
    const std::string a = "m" + std::to_string(i), b = "k" + std::to_string(i);
    MustIngest(MakeArticle(a, "2023-05-01"), {Ministry(a, 1, 10, places[i], "2023-05-01").Build()});
    MustIngest(MakeArticle(b, "2023-05-02"), {Kyiv(b, 1, 90, places[i], "2023-05-02").Build()});
  }
  v1::ListConflictsRequest request;
  request.set_page_size(1);
  std::vector<std::string> keys;
  for (int page = 0; page < 10; ++page) {
    absl::StatusOr<v1::ListConflictsResponse> r = store_->ListConflicts(request);
    ASSERT_TRUE(r.ok()) << r.status();
    for (const v1::Figure& f : r->figures()) keys.push_back(f.key());
    if (r->next_page_token().empty()) break;
    request.set_page_token(r->next_page_token());
  }
  EXPECT_EQ(keys, (std::vector<std::string>{"KILLED|person|bakhmut", "KILLED|person|kyiv",
                                            "KILLED|person|lviv"}));
  v1::ListConflictsRequest filtered;
  filtered.set_location("Kyiv");
  EXPECT_EQ(store_->ListConflicts(filtered)->figures_size(), 1);
  filtered.add_kinds(v1::REVISION);
  EXPECT_EQ(store_->ListConflicts(filtered)->figures_size(), 0);
  v1::ListConflictsRequest bad;
  bad.set_page_token("AAAA");
  EXPECT_EQ(store_->ListConflicts(bad).status().code(), absl::StatusCode::kInvalidArgument);
}

// A live blog of 1,000 claims giving Moscow's 89 at Makiivka, then one article giving Kyiv's
// 400: every flag names a bounded number of claims. The blog shows other articles its first
// kClaimsComparedAcross claims of the figure, and the figure shows its day's first
// kClaimsShownPerDay claims (crosscheck/filed_claims.h): Kyiv's claim, filed beyond them, is
// flagged against them, and the blog's claims do not meet it.
TEST_P(ClaimStoreTest, LongArticleFlagsStayBoundedAndMeetOtherArticlesThroughItsFirstClaims) {
  constexpr int kBlogClaims = 1000;
  std::vector<v1::Claim> blog;
  for (int i = 1; i <= kBlogClaims; ++i) {
    blog.push_back(Ministry("blog", i, 89, "Makiivka", "2023-01-04").Build());
  }
  MustIngest(MakeArticle("blog", "2023-01-04"), blog);
  const IngestResult kyiv = MustIngest(MakeArticle("kyiv", "2023-01-04"),
                                       {Kyiv("kyiv", 1, 400, "Makiivka", "2023-01-04").Build()});
  ASSERT_EQ(kyiv.claims.size(), 1u);
  const auto conflict = std::find_if(kyiv.claims[0].flags().begin(), kyiv.claims[0].flags().end(),
                                     [](const v1::Flag& f) { return f.kind() == v1::CONFLICT; });
  ASSERT_NE(conflict, kyiv.claims[0].flags().end());
  EXPECT_EQ(conflict->related_claim_ids_size(), 10);
  EXPECT_NE(conflict->reason().find(absl::StrCat("(and ", kClaimsShownPerDay - 1, " more)")),
            std::string::npos)
      << conflict->reason();
  for (const v1::Flag& f : kyiv.raised) EXPECT_EQ(f.figure_key(), kyiv.claims[0].figure_key());
  EXPECT_EQ(kyiv.raised.size(), static_cast<size_t>(kyiv.claims[0].flags_size()));

  // Ingesting the same text again returns the claims with their flags as they are now.
  const std::vector<v1::Claim> stored = MustIngest(MakeArticle("blog", "2023-01-04"), blog).claims;
  ASSERT_EQ(stored.size(), static_cast<size_t>(kBlogClaims));
  EXPECT_FALSE(HasFlag(stored[0], v1::CONFLICT));
  EXPECT_FALSE(HasFlag(stored[200], v1::CONFLICT));
  const std::vector<v1::Claim> checked =
      store_->Check(MakeArticle("blog", "2023-01-04"), blog).value();
  for (const v1::Claim& c : checked) {
    for (const v1::Flag& f : c.flags()) EXPECT_LE(f.related_claim_ids_size(), 10) << c.id();
  }
  const std::vector<v1::Figure> figures = Conflicts();
  ASSERT_EQ(figures.size(), 1u);
  for (const v1::Flag& f : figures[0].flags()) EXPECT_LE(f.related_claim_ids_size(), 10);
}

// kClaimsShownPerDay one-claim reports of Moscow's 89, then Kyiv's 400 beyond them: Kyiv's
// claim is flagged against them and alters none. Deleting the first report shows Kyiv's claim,
// which the others then meet; which claims a figure shows follows from what is stored, so a
// restart would show the same.
TEST_P(ClaimStoreTest, AClaimBeyondItsDaysFirstIsShownOnceAnEarlierOneIsDeleted) {
  std::vector<std::string> reports;
  for (size_t i = 0; i < kClaimsShownPerDay; ++i) {
    const std::string id = absl::StrCat("moscow-", i);
    MustIngest(MakeArticle(id, "2023-01-04"), {Ministry(id, 1, 89, "Makiivka", "2023-01-04")
                                                   .Build()});
    reports.push_back(id);
  }
  const IngestResult kyiv = MustIngest(MakeArticle("kyiv", "2023-01-04"),
                                       {Kyiv("kyiv", 1, 400, "Makiivka", "2023-01-04").Build()});
  ASSERT_EQ(kyiv.claims.size(), 1u);
  EXPECT_TRUE(HasFlag(kyiv.claims[0], v1::CONFLICT, "moscow-0#1"));
  for (const v1::Flag& f : kyiv.raised) EXPECT_EQ(f.figure_key(), kyiv.claims[0].figure_key());
  EXPECT_TRUE(kyiv.cleared.empty());
  const auto flags_of = [&](const std::string& id) {
    const IngestResult again = MustIngest(
        MakeArticle(id, "2023-01-04"), {Ministry(id, 1, 89, "Makiivka", "2023-01-04").Build()});
    EXPECT_FALSE(again.changed);
    return again.claims.at(0);
  };
  EXPECT_FALSE(HasFlag(flags_of("moscow-1"), v1::CONFLICT));

  ASSERT_TRUE(store_->Delete("moscow-0").ok());
  EXPECT_TRUE(HasFlag(flags_of("moscow-1"), v1::CONFLICT, "kyiv#1"));
  EXPECT_TRUE(HasFlag(flags_of(reports.back()), v1::CONFLICT, "kyiv#1"));
}

// A date at either end of int64 (a bad clock, a hostile client) once overflowed the event window
// arithmetic and killed the server. Ingest refuses such a date (years 1-9999 only); Check, which
// stores nothing, reads the article as undated: it meets no claim of 2023 and nothing overflows.
TEST_P(ClaimStoreTest, DatesAtTheEndsOfTimeAreRefusedOrLeftUndatedWithoutOverflow) {
  MustIngest(MakeArticle("moscow", "2023-01-04"),
             {Ministry("moscow", 1, 89, "Makiivka", "2023-01-04").Build()});
  for (const int64_t seconds : {std::numeric_limits<int64_t>::min(),
                                std::numeric_limits<int64_t>::max()}) {
    v1::Article article = MakeArticle("edge", "2023-01-04");
    article.mutable_published_at()->set_seconds(seconds);
    v1::Claim claim = Kyiv("edge", 1, 400, "Makiivka", "2023-01-04").Build();
    claim.mutable_published_at()->set_seconds(seconds);
    const std::vector<v1::Claim> checked = store_->Check(article, {claim}).value();
    ASSERT_EQ(checked.size(), 1u);
    EXPECT_FALSE(HasFlag(checked[0], v1::CONFLICT)) << seconds;
    EXPECT_EQ(store_->Ingest(article, {claim}).status().code(),
              absl::StatusCode::kInvalidArgument)
        << seconds;
    EXPECT_TRUE(ClaimsOf("edge").empty());
    EXPECT_TRUE(Conflicts().empty());
  }
}

TEST_P(ClaimStoreTest, ListenersRunOutsideTheStoreLock) {
  // absl::Mutex is not reentrant: a listener called under the lock would deadlock here.
  uint64_t articles_seen = 0;
  store_->AddFlagListener([&](const v1::FlagEvent&) { articles_seen = store_->Stats()->articles(); });
  MustIngest(MakeArticle("a", "2023-01-04"), Contested("a"));
  EXPECT_EQ(articles_seen, 1u);  // and the change was applied before the call
}

TEST_P(ClaimStoreTest, RemovedListenerHearsNothing) {
  int heard = 0;
  const int64_t id = store_->AddFlagListener([&](const v1::FlagEvent&) { ++heard; });
  store_->RemoveFlagListener(id);
  MustIngest(MakeArticle("a", "2023-01-04"), Contested("a"));
  EXPECT_EQ(heard, 0);
  EXPECT_FALSE(events_.empty());  // the fixture's listener still hears
}

INSTANTIATE_TEST_SUITE_P(Backends, ClaimStoreTest, AllStoreBackends(), StoreBackendName);

}  // namespace
}  // namespace claimcheck
