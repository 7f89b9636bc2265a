// Many threads ingesting, replacing, deleting, checking and listing at once. Run under
// ThreadSanitizer: bazel test --config=tsan //store:claim_store_concurrency_test
#include <atomic>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "crosscheck/test_claims.h"
#include "gtest/gtest.h"
#include "store/claim_store.h"

namespace claimcheck {
namespace {

constexpr int kThreads = 6;
// Every claim here falls in a handful of figures (three places, two days). A new article's
// ingest into a busy figure now reads a bounded number of claims (docs/PERFORMANCE.md, "One
// busy figure"), but most operations here replace or delete an article, which still reads every
// claim around it and recomputes each one's flags (linear in the figure, with the claims each
// meets bounded), and ListConflicts recomputes every contested claim's: 40 articles a thread
// take ~28 s without sanitizers, 16 race every operation against every other in far less.
constexpr int kArticlesPerThread = 16;
const char* const kPlaces[] = {"Kyiv", "Makiivka", "Bakhmut"};

v1::Article MakeArticle(const std::string& id, int version) {
  v1::Article a;
  a.set_id(id);
  a.set_text("version " + std::to_string(version) + " of " + id);
  a.mutable_published_at()->set_seconds(TestDateSeconds("2023-01-04") + int64_t{version} * 3600);
  return a;
}

std::vector<v1::Claim> ClaimsFor(const std::string& id, int seed) {
  const std::string place = kPlaces[seed % 3];
  return {TestClaim(id, 1).Exact(10 + seed % 50).Metric(v1::KILLED).Subject("soldier")
              .Place(place).Date("2023-01-04").Source("src" + std::to_string(seed % 4),
                                                      "", "").Span(0, 2).Build(),
          TestClaim(id, 2).AtLeast(35).Metric(v1::LAUNCHED).Subject("drone").Place(place)
              .Date("2023-01-05").Source("Air force", "ua.air_force", "ua").Build()};
}

void Hammer(ClaimStore& store, int thread) {
  for (int i = 0; i < kArticlesPerThread; ++i) {
    const std::string own = "t" + std::to_string(thread) + "-" + std::to_string(i);
    ASSERT_TRUE(store.Ingest(MakeArticle(own, 0), ClaimsFor(own, thread * 7 + i)).ok());
    // Articles every thread fights over: replaced with new text again and again.
    const std::string shared = "shared-" + std::to_string(i % 3);
    ASSERT_TRUE(store.Ingest(MakeArticle(shared, thread * 1000 + i), ClaimsFor(shared, i)).ok());
    if (i % 3 == 0) {
      ASSERT_TRUE(store.Delete(own).ok());
    }
    const std::vector<v1::Claim> checked =
        store.Check(MakeArticle("probe", i), ClaimsFor("probe", i + thread)).value();
    EXPECT_EQ(checked.size(), 2u);
    v1::ListConflictsRequest list;
    list.set_page_size(5);
    ASSERT_TRUE(store.ListConflicts(list).ok());
    v1::QueryClaimsRequest query;
    query.set_location(kPlaces[i % 3]);
    query.set_page_size(20);
    absl::StatusOr<v1::QueryClaimsResponse> page = store.QueryClaims(query);
    ASSERT_TRUE(page.ok());
    if (!page->next_page_token().empty()) {
      query.set_page_token(page->next_page_token());
      ASSERT_TRUE(store.QueryClaims(query).ok());
    }
    (void)store.Stats();
  }
}

void RunAndVerify(ClaimStore& store) {
  std::atomic<int> events{0};
  const int64_t listener =
      store.AddFlagListener([&events](const v1::FlagEvent&) { events.fetch_add(1); });
  std::vector<std::thread> threads;
  threads.reserve(kThreads);
  for (int t = 0; t < kThreads; ++t) threads.emplace_back([&store, t] { Hammer(store, t); });
  // A watcher that comes and goes while the writers run.
  threads.emplace_back([&store] {
    for (int i = 0; i < 50; ++i) store.RemoveFlagListener(store.AddFlagListener([](auto&) {}));
  });
  for (std::thread& t : threads) t.join();
  store.RemoveFlagListener(listener);

  const int kept_per_thread = kArticlesPerThread - (kArticlesPerThread + 2) / 3;
  const uint64_t articles = kThreads * kept_per_thread + 3;
  EXPECT_EQ(store.Stats()->articles(), articles);
  EXPECT_EQ(store.Stats()->claims(), 2 * articles);
  EXPECT_GT(events.load(), 0);
  // Every stored claim is reachable through the pages, once.
  v1::QueryClaimsRequest all;
  all.set_page_size(37);
  uint64_t seen = 0;
  do {
    absl::StatusOr<v1::QueryClaimsResponse> page = store.QueryClaims(all);
    ASSERT_TRUE(page.ok());
    seen += page->claims_size();
    all.set_page_token(page->next_page_token());
  } while (!all.page_token().empty());
  EXPECT_EQ(seen, 2 * articles);
}

TEST(ClaimStoreConcurrencyTest, InMemory) {
  absl::StatusOr<std::unique_ptr<ClaimStore>> store = ClaimStore::Open(StoreOptions{});
  ASSERT_TRUE(store.ok());
  RunAndVerify(**store);
}

TEST(ClaimStoreConcurrencyTest, DurableWithSnapshotsThenRecovers) {
  StoreOptions options;
  options.data_dir = ::testing::TempDir() + "/concurrency_store";
  options.snapshot_every = 50;
  std::filesystem::remove_all(options.data_dir);
  uint64_t claims = 0;
  {
    absl::StatusOr<std::unique_ptr<ClaimStore>> store = ClaimStore::Open(options);
    ASSERT_TRUE(store.ok()) << store.status();
    RunAndVerify(**store);
    claims = (*store)->Stats()->claims();
  }
  absl::StatusOr<std::unique_ptr<ClaimStore>> reopened = ClaimStore::Open(options);
  ASSERT_TRUE(reopened.ok()) << reopened.status();
  EXPECT_EQ((*reopened)->Stats()->claims(), claims);
}

}  // namespace
}  // namespace claimcheck
