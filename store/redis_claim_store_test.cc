// What only the Redis Cluster backend has to show (the rest runs against both backends in
// claim_store_test): a change a crash stops between any two of its writes is finished by the
// next change of the article or by a periodic pass, to the state the memory store reaches; an
// article's claims cost the same round trips whatever their number. Against a real cluster
// (tests/store_backends.h), skipped without redis-server.
#include "store/redis_claim_store.h"

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/time/clock.h"
#include "crosscheck/test_claims.h"
#include "gtest/gtest.h"
#include "tests/store_backends.h"

namespace claimcheck {
namespace {

v1::Article MakeArticle(const std::string& id, const std::string& text) {
  v1::Article a;
  a.set_id(id);
  a.set_text(text + " (enough bytes for any number span)");
  a.mutable_published_at()->set_seconds(TestDateSeconds("2023-01-04"));
  return a;
}

v1::Claim Killed(const std::string& article, int n, double value, const std::string& party,
                 const std::string& place = "Makiivka") {
  return TestClaim(article, n).Exact(value).Metric(v1::KILLED).Subject("soldier").Place(place)
      .Date("2023-01-04").Span(0, 2).Source(party + " officials", party + ".gov", party).Build();
}

// One step of a history: ingest (`claims` not empty, or an empty article) or delete.
struct Op {
  std::string id, text;
  std::vector<v1::Claim> claims;
  bool remove = false;
};

absl::Status Apply(ClaimStore& store, const Op& op) {
  if (op.remove) return store.Delete(op.id);
  return store.Ingest(MakeArticle(op.id, op.text), op.claims).status();
}

// Everything a reader can see of a store, as text: counts, every claim, every contested figure
// with its claims and their flags.
std::string Visible(ClaimStore& store) {
  std::string out;
  const absl::StatusOr<v1::GetStatsResponse> stats = store.Stats();
  if (!stats.ok()) return stats.status().ToString();
  absl::StrAppend(&out, "articles=", stats->articles(), " claims=", stats->claims(),
                  " figures=", stats->figures(), " conflicts=", stats->conflicts(), "\n");
  v1::QueryClaimsRequest query;
  query.set_page_size(1000);
  const absl::StatusOr<v1::QueryClaimsResponse> claims = store.QueryClaims(query);
  if (!claims.ok()) return claims.status().ToString();
  std::vector<std::string> ids;
  for (const v1::Claim& c : claims->claims()) ids.push_back(c.id() + "=" + c.quantity().text());
  std::sort(ids.begin(), ids.end());
  absl::StrAppend(&out, "claims: ", absl::StrJoin(ids, " "), "\n");
  const absl::StatusOr<v1::ListConflictsResponse> figures = store.ListConflicts({});
  if (!figures.ok()) return figures.status().ToString();
  for (const v1::Figure& f : figures->figures()) {
    absl::StrAppend(&out, "figure ", f.key(), ":");
    for (const v1::Claim& c : f.claims()) {
      absl::StrAppend(&out, " ", c.id());
      for (const v1::Flag& flag : c.flags()) {
        absl::StrAppend(&out, "/", v1::FlagKind_Name(flag.kind()));
      }
    }
    absl::StrAppend(&out, "\n");
  }
  return out;
}

class RedisClaimStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::optional<StoreOptions> options = FreshStoreOptions(StoreBackend::kRedis);
    if (!options) GTEST_SKIP() << SkippedBecause(StoreBackend::kRedis);
    options_ = *options;
    options_.redis.lock_lease = absl::Milliseconds(300);  // a crashed writer's locks go soon
    options_.redis.repair_every = absl::Hours(1);         // no periodic pass unless a test asks
  }

  std::unique_ptr<ClaimStore> Open(const StoreOptions& options) {
    absl::StatusOr<std::unique_ptr<ClaimStore>> store = ClaimStore::Open(options);
    EXPECT_TRUE(store.ok()) << store.status();
    return store.ok() ? *std::move(store) : nullptr;
  }

  // Moscow's 89 against Kyiv's 400 at Makiivka, Kyiv's 12 at Soledar, and a wounded count.
  std::vector<Op> Before() {
    return {{"moscow", "v1", {Killed("moscow", 1, 89, "ru")}},
            {"kyiv", "v1", {Killed("kyiv", 1, 400, "ua"), Killed("kyiv", 2, 12, "ua", "Soledar")}},
            {"other", "v1", {Killed("other", 1, 60, "ru", "Soledar")}}};
  }

  StoreOptions options_;
};

// The changes a crash can interrupt: a new article, a new text, a delete.
std::vector<Op> Changes() {
  return {{"new", "v1", {Killed("new", 1, 95, "ru"), Killed("new", 2, 15, "ua", "Soledar")}},
          {"kyiv", "v2", {Killed("kyiv", 1, 89, "ua")}},  // now agrees with moscow
          {"kyiv", "", {}, /*remove=*/true}};
}

TEST_F(RedisClaimStoreTest, ACrashAfterAnyStepIsFinishedByTheArticlesNextChange) {
  const std::vector<std::string> steps = {"Lock",         "BeginChange", "WritePending",
                                          "ApplyIndexes", "WriteMarks",  "Complete"};
  int case_number = 0;
  for (const Op& change : Changes()) {
    // What the memory store shows once the history and the change are done.
    std::unique_ptr<ClaimStore> memory = Open(StoreOptions{});
    for (const Op& op : Before()) ASSERT_TRUE(Apply(*memory, op).ok());
    ASSERT_TRUE(Apply(*memory, change).ok());
    const std::string expected = Visible(*memory);
    for (const std::string& step : steps) {
      SCOPED_TRACE(absl::StrCat(change.remove ? "delete " : "ingest ", change.id, " ", change.text,
                                ", crash after ", step));
      StoreOptions options = options_;
      options.redis.key_prefix = absl::StrCat(options_.redis.key_prefix, "-", ++case_number);
      std::unique_ptr<ClaimStore> survivor = Open(options);
      for (const Op& op : Before()) ASSERT_TRUE(Apply(*survivor, op).ok());
      options.redis.crash_after = [&step](absl::string_view done) { return done == step; };
      {
        std::unique_ptr<ClaimStore> crashing = Open(options);
        EXPECT_EQ(Apply(*crashing, change).code(), absl::StatusCode::kAborted);
      }
      // The same change again, through another store: it finds the crashed writer's locks,
      // waits for their lease, finishes what was written, and applies the change if the crash
      // came before it was recorded.
      const absl::Status again = Apply(*survivor, change);
      EXPECT_TRUE(again.ok() || (change.remove && absl::IsNotFound(again))) << again;
      EXPECT_EQ(Visible(*survivor), expected);
    }
  }
}

TEST_F(RedisClaimStoreTest, APeriodicPassFinishesAChangeNoOneRetries) {
  std::unique_ptr<ClaimStore> memory = Open(StoreOptions{});
  for (const Op& op : Before()) ASSERT_TRUE(Apply(*memory, op).ok());
  const Op change = Changes()[1];  // kyiv's new text: its conflict with moscow goes
  ASSERT_TRUE(Apply(*memory, change).ok());
  const std::string expected = Visible(*memory);

  std::unique_ptr<ClaimStore> reader = Open(options_);
  for (const Op& op : Before()) ASSERT_TRUE(Apply(*reader, op).ok());
  const std::string before = Visible(*reader);
  StoreOptions crashing_options = options_;
  // The claims are filed anew, but the contested marks still say what was contested before.
  crashing_options.redis.crash_after = [](absl::string_view step) {
    return step == "ApplyIndexes";
  };
  ASSERT_EQ(Apply(*Open(crashing_options), change).code(), absl::StatusCode::kAborted);
  EXPECT_NE(Visible(*reader), expected) << "the crash left the change unfinished";

  StoreOptions repairing = options_;
  repairing.redis.repair_every = absl::Milliseconds(100);
  std::unique_ptr<ClaimStore> repairer = Open(repairing);
  const absl::Time give_up = absl::Now() + absl::Seconds(10);
  while (Visible(*reader) != expected && absl::Now() < give_up) {
    absl::SleepFor(absl::Milliseconds(50));
  }
  EXPECT_EQ(Visible(*reader), expected);
  EXPECT_NE(before, expected);
}

// Pipelining: an article is written in the same number of round trips whether it holds 3 claims
// or 300 over 30 figures (each master's share of a step goes in one write).
TEST_F(RedisClaimStoreTest, AnArticlesClaimsCostTheSameRoundTripsWhateverTheirNumber) {
  std::unique_ptr<ClaimStore> store = Open(options_);
  auto article_of = [](const std::string& id, int claims) {
    std::vector<v1::Claim> out;
    for (int i = 1; i <= claims; ++i) {
      out.push_back(Killed(id, i, 10 + i, i % 2 ? "ru" : "ua", absl::StrCat("Town", i % 30)));
    }
    return out;
  };
  auto round_trips_of = [&](const std::string& id, int claims) {
    const int64_t before = RedisCountersOf(*store)->round_trips;
    EXPECT_TRUE(store->Ingest(MakeArticle(id, "v1"), article_of(id, claims)).ok());
    return RedisCountersOf(*store)->round_trips - before;
  };
  // Both into a store that already holds claims in the 30 figures.
  ASSERT_GT(round_trips_of("first", 300), 0);
  const int64_t few = round_trips_of("few", 3);
  const int64_t many = round_trips_of("many", 300);
  RecordProperty("round_trips_3_claims", static_cast<int>(few));
  RecordProperty("round_trips_300_claims", static_cast<int>(many));
  // A pipeline of N masters costs N round trips: 3 claims in 3 figures may touch fewer masters
  // than 300 claims in 30, never more.
  EXPECT_LE(many, few * 3) << "3 claims: " << few << " round trips, 300 claims: " << many;
  EXPECT_LT(many, 100) << "not one round trip per claim";
  EXPECT_FALSE(RedisCountersOf(*Open(StoreOptions{})).has_value());
}

}  // namespace
}  // namespace claimcheck
