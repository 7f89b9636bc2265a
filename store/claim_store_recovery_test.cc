// Recovery: what a store acknowledged is what it finds again after a restart, through the log,
// through snapshots, and past a torn last record.
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "crosscheck/test_claims.h"
#include "gtest/gtest.h"
#include "store/claim_store.h"
#include "store/record_log.h"
#include "store/test_files.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

v1::Article MakeArticle(const std::string& id, const std::string& text) {
  v1::Article a;
  a.set_id(id);
  a.set_text(text);
  a.set_title("Title " + id);
  a.set_outlet("Outlet");
  a.mutable_published_at()->set_seconds(TestDateSeconds("2023-01-04"));
  return a;
}

std::vector<v1::Claim> ClaimsFor(const std::string& id, double value, const std::string& source) {
  return {TestClaim(id, 1).Exact(value).Metric(v1::KILLED).Subject("soldier").Place("Makiivka")
              .Date("2023-01-04").Source(source, source, source.substr(0, 2)).Span(0, 4).Build(),
          TestClaim(id, 2).AtLeast(35).Metric(v1::LAUNCHED).Subject("drone").Place("Kyiv")
              .Date("2023-01-04").Build()};
}

// Everything a client can observe, as bytes.
std::string Observe(const ClaimStore& store) {
  std::string out;
  v1::QueryClaimsRequest query;
  query.set_page_size(1000);
  out += store.QueryClaims(query)->SerializeAsString();
  v1::ListConflictsRequest conflicts;
  conflicts.add_kinds(v1::CONFLICT);
  conflicts.add_kinds(v1::REVISION);
  conflicts.add_kinds(v1::SINGLE_SOURCE);
  out += store.ListConflicts(conflicts)->SerializeAsString();
  out += store.Stats()->SerializeAsString();
  return out;
}

class RecoveryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = ::testing::TempDir() + "/recovery_" +
           ::testing::UnitTest::GetInstance()->current_test_info()->name();
    fs::remove_all(dir_);
  }

  std::unique_ptr<ClaimStore> Open(int64_t snapshot_every = 0) {
    StoreOptions options;
    options.data_dir = dir_;
    options.snapshot_every = snapshot_every;
    absl::StatusOr<std::unique_ptr<ClaimStore>> store = ClaimStore::Open(options);
    EXPECT_TRUE(store.ok()) << store.status();
    return store.ok() ? std::move(*store) : nullptr;
  }

  void Ingest(ClaimStore& store, const std::string& id, double value,
              const std::string& source = "ru.mod") {
    ASSERT_TRUE(store.Ingest(MakeArticle(id, "text of " + id), ClaimsFor(id, value, source)).ok());
  }

  std::string dir_;
};

TEST_F(RecoveryTest, RestartRecoversIngestsReplacementsAndDeletes) {
  std::string before;
  {
    std::unique_ptr<ClaimStore> store = Open();
    Ingest(*store, "a", 63);
    Ingest(*store, "b", 400, "ua.general_staff");
    Ingest(*store, "c", 89);
    ASSERT_TRUE(store->Ingest(MakeArticle("a", "new text of a"), ClaimsFor("a", 70, "ru.mod")).ok());
    ASSERT_TRUE(store->Delete("c").ok());
    before = Observe(*store);
    EXPECT_EQ(store->Stats()->articles(), 2u);
  }
  std::unique_ptr<ClaimStore> reopened = Open();
  ASSERT_NE(reopened, nullptr);
  EXPECT_EQ(Observe(*reopened), before);
  // Idempotency survives the restart: the same text is still recognised.
  absl::StatusOr<IngestResult> again =
      reopened->Ingest(MakeArticle("a", "new text of a"), ClaimsFor("a", 70, "ru.mod"));
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->changed);
}

TEST_F(RecoveryTest, PlaceKindAndConfidenceSurviveLogAndSnapshot) {
  // Cross-checking reads them (a country-wide count, a place taken from the article).
  std::vector<v1::Claim> claims = {
      TestClaim("k", 1).Exact(39).Metric(v1::KILLED).Subject("person").Place("Kenya")
          .PlaceKind("country", "KE").Date("2024-07-01").Span(0, 2).Build(),
      TestClaim("k", 2).Exact(19).Metric(v1::KILLED).Subject("person").MainPlace("Nairobi")
          .PlaceKind("capital", "KE").Date("2024-07-01").Span(0, 2).Build()};
  auto check = [](ClaimStore& store) {
    v1::QueryClaimsRequest query;
    query.set_article_id("k");
    const absl::StatusOr<v1::QueryClaimsResponse> r = store.QueryClaims(query);
    ASSERT_TRUE(r.ok() && r->claims_size() == 2);
    EXPECT_EQ(r->claims(0).location().kind(), "country");
    EXPECT_EQ(r->claims(1).location().kind(), "capital");
    EXPECT_FLOAT_EQ(r->claims(1).location().confidence(), 0.5f);
  };
  {
    std::unique_ptr<ClaimStore> store = Open();
    ASSERT_TRUE(store->Ingest(MakeArticle("k", "39 19"), claims).ok());
    check(*store);
  }
  std::unique_ptr<ClaimStore> from_log = Open();
  check(*from_log);
  ASSERT_TRUE(from_log->Flush().ok());  // a snapshot
  from_log.reset();
  std::unique_ptr<ClaimStore> from_snapshot = Open();
  check(*from_snapshot);
}

TEST_F(RecoveryTest, SnapshotsTruncateTheLogAndRecoverExactly) {
  std::string before;
  {
    std::unique_ptr<ClaimStore> store = Open(/*snapshot_every=*/4);
    for (int i = 0; i < 10; ++i) Ingest(*store, "art" + std::to_string(i), 10 + i);
    ASSERT_TRUE(store->Delete("art3").ok());
    before = Observe(*store);
  }
  EXPECT_TRUE(fs::exists(dir_ + "/SNAPSHOT"));
  int logs = 0;
  for (const auto& entry : fs::directory_iterator(dir_)) {
    if (entry.path().filename().string().rfind("LOG-", 0) == 0) ++logs;
  }
  EXPECT_EQ(logs, 1);
  std::unique_ptr<ClaimStore> reopened = Open(4);
  ASSERT_NE(reopened, nullptr);
  EXPECT_EQ(Observe(*reopened), before);
  EXPECT_EQ(reopened->Stats()->articles(), 9u);
}

TEST_F(RecoveryTest, FlushSnapshotsEverything) {
  std::string before;
  {
    std::unique_ptr<ClaimStore> store = Open();
    Ingest(*store, "a", 63);
    Ingest(*store, "b", 89);
    ASSERT_TRUE(store->Flush().ok());
    before = Observe(*store);
  }
  EXPECT_TRUE(fs::exists(dir_ + "/SNAPSHOT"));
  EXPECT_EQ(ReadLog(CurrentLogPath(dir_))->records.size(), 0u);
  EXPECT_EQ(Observe(*Open()), before);
}

TEST_F(RecoveryTest, CrashBeforeTheSnapshotRenameRecovers) {
  // A snapshot writes SNAPSHOT.tmp, creates its (empty) log, then renames SNAPSHOT.tmp: a crash
  // before the rename leaves both, and the old SNAPSHOT and log still hold everything.
  std::string before;
  {
    std::unique_ptr<ClaimStore> store = Open();
    Ingest(*store, "a", 63);
    ASSERT_TRUE(store->Flush().ok());
    Ingest(*store, "b", 89);
    before = Observe(*store);
  }
  const std::string log = CurrentLogPath(dir_);
  const uint64_t next = std::stoull(fs::path(log).filename().string().substr(4)) + 1;
  const std::string next_log = dir_ + "/LOG-" + std::to_string(next);
  ASSERT_TRUE(LogWriter::Create(next_log, next, LogWriter::kSyncEach).ok());
  WriteWholeFile(dir_ + "/SNAPSHOT.tmp", "the first bytes of an unfinished snapshot");
  std::vector<std::string> reports;
  StoreOptions options;
  options.data_dir = dir_;
  options.report = [&](const std::string& message) { reports.push_back(message); };
  absl::StatusOr<std::unique_ptr<ClaimStore>> store = ClaimStore::Open(options);
  ASSERT_TRUE(store.ok()) << store.status();
  EXPECT_EQ(Observe(**store), before);
  EXPECT_FALSE(fs::exists(next_log));
  EXPECT_FALSE(fs::exists(dir_ + "/SNAPSHOT.tmp"));
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_NE(reports[0].find("SNAPSHOT.tmp"), std::string::npos);
  Ingest(**store, "c", 120);
  store->reset();
  EXPECT_EQ(Open()->Stats()->articles(), 3u);
}

// Found by store_recovery_fuzzer (fuzz/corpus/store_recovery_fuzzer/crash-summary-after-restart):
// with reports of one day, which report of a voice counts in low/best/high, and which equally
// near claims a flag names, followed the table's slot order. A replaced article reuses free
// slots live, while a replay from a snapshot lays claims out in ingest order, so a restart
// changed the figure's best estimate and the flags' reasons. Ties now break on ingest order
// (the figure index and the contested claims are ordered by it), which a replay keeps.
TEST_F(RecoveryTest, FlagsAndSummariesAreTheSameAfterARestart) {
  std::string before;
  {
    std::unique_ptr<ClaimStore> store = Open();
    for (int i = 0; i < 8; ++i) {
      Ingest(*store, "art" + std::to_string(i), 10 + i, i % 2 == 0 ? "ru.mod" : "ua.general_staff");
    }
    for (int i : {2, 3}) {
      const std::string id = "art" + std::to_string(i);
      ASSERT_TRUE(store->Ingest(MakeArticle(id, "replaced " + id),
                                ClaimsFor(id, 16 + i, i % 2 == 0 ? "ru.mod" : "ua.general_staff"))
                      .ok());
    }
    ASSERT_TRUE(store->Flush().ok());
    before = Observe(*store);
  }
  EXPECT_EQ(Observe(*Open()), before);
}

TEST_F(RecoveryTest, OneStorePerDataDir) {
  std::unique_ptr<ClaimStore> first = Open();
  ASSERT_NE(first, nullptr);
  StoreOptions options;
  options.data_dir = dir_;
  EXPECT_EQ(ClaimStore::Open(options).status().code(), absl::StatusCode::kFailedPrecondition);
  first.reset();
  EXPECT_TRUE(ClaimStore::Open(options).ok());
}

TEST_F(RecoveryTest, TornLastRecordIsDroppedAndTheLogStaysUsable) {
  std::string after_two;
  {
    std::unique_ptr<ClaimStore> store = Open();
    Ingest(*store, "a", 63);
    Ingest(*store, "b", 89);
    after_two = Observe(*store);
    Ingest(*store, "c", 120);
  }
  const std::string log = CurrentLogPath(dir_);
  fs::resize_file(log, fs::file_size(log) - 5);  // a crash in the middle of writing "c"
  {
    std::unique_ptr<ClaimStore> store = Open();
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(Observe(*store), after_two);
    Ingest(*store, "d", 150);  // appended after the cut, not after garbage
  }
  std::unique_ptr<ClaimStore> store = Open();
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->Stats()->articles(), 3u);
  v1::QueryClaimsRequest d;
  d.set_article_id("d");
  EXPECT_EQ(store->QueryClaims(d)->claims_size(), 2);
}

TEST_F(RecoveryTest, CorruptionInTheMiddleIsDataLoss) {
  {
    std::unique_ptr<ClaimStore> store = Open();
    Ingest(*store, "a", 63);
    Ingest(*store, "b", 89);
  }
  const std::string log = CurrentLogPath(dir_);
  std::fstream file(log, std::ios::in | std::ios::out | std::ios::binary);
  file.seekp(kLogHeaderBytes + 20);
  file.put('\x7f');
  file.close();
  StoreOptions options;
  options.data_dir = dir_;
  absl::StatusOr<std::unique_ptr<ClaimStore>> store = ClaimStore::Open(options);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), absl::StatusCode::kDataLoss);
  EXPECT_NE(store.status().message().find(log), std::string::npos) << store.status();
}

TEST_F(RecoveryTest, DamagedSnapshotIsDataLoss) {
  {
    std::unique_ptr<ClaimStore> store = Open();
    Ingest(*store, "a", 63);
    ASSERT_TRUE(store->Flush().ok());
  }
  fs::resize_file(dir_ + "/SNAPSHOT", fs::file_size(dir_ + "/SNAPSHOT") - 3);
  StoreOptions options;
  options.data_dir = dir_;
  EXPECT_EQ(ClaimStore::Open(options).status().code(), absl::StatusCode::kDataLoss);
}

TEST_F(RecoveryTest, UnusableDataDirIsAnError) {
  std::ofstream(dir_) << "a file, not a folder";
  StoreOptions options;
  options.data_dir = dir_ + "/inside";
  absl::StatusOr<std::unique_ptr<ClaimStore>> store = ClaimStore::Open(options);
  EXPECT_FALSE(store.ok());
  fs::remove(dir_);
}

}  // namespace
}  // namespace claimcheck
