// Damaged data_dirs: what a crash cannot explain is refused with DATA_LOSS naming the file and the
// offset, and the files are left exactly as found; a crash (at most the last record torn, a
// snapshot interrupted) still recovers on its own.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "crosscheck/test_claims.h"
#include "gtest/gtest.h"
#include "store/claim_store.h"
#include "store/store_record.h"
#include "store/test_files.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

constexpr int kArticles = 20;

v1::Article MakeArticle(const std::string& id, const std::string& text) {
  v1::Article a;
  a.set_id(id);
  a.set_text(text);
  a.mutable_published_at()->set_seconds(TestDateSeconds("2023-01-04"));
  return a;
}

std::vector<v1::Claim> ClaimsFor(const std::string& id, double value) {
  return {TestClaim(id, 1).Exact(value).Metric(v1::KILLED).Subject("soldier").Place("Makiivka")
              .Date("2023-01-04").Source("ru.mod", "ru.mod", "ru").Span(0, 4).Build()};
}

class DamageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = ::testing::TempDir() + "/damage_" +
           ::testing::UnitTest::GetInstance()->current_test_info()->name();
    fs::remove_all(dir_);
  }

  absl::StatusOr<std::unique_ptr<ClaimStore>> TryOpen(bool recover_truncate = false) {
    StoreOptions options;
    options.data_dir = dir_;
    options.snapshot_every = 0;
    options.recover_truncate = recover_truncate;
    options.report = [this](const std::string& message) { reports_.push_back(message); };
    return ClaimStore::Open(options);
  }

  // The reports of the last Open(), joined.
  std::string Reports() const {
    std::string all;
    for (const std::string& r : reports_) all += r + "\n";
    return all;
  }

  std::unique_ptr<ClaimStore> Open() {
    absl::StatusOr<std::unique_ptr<ClaimStore>> store = TryOpen();
    EXPECT_TRUE(store.ok()) << store.status();
    return store.ok() ? std::move(*store) : nullptr;
  }

  // Ingests art0..art{n-1}, each acknowledged.
  void IngestMany(ClaimStore& store, int first, int n) {
    for (int i = first; i < first + n; ++i) {
      const std::string id = "art" + std::to_string(i);
      ASSERT_TRUE(store.Ingest(MakeArticle(id, "text of " + id), ClaimsFor(id, 10 + i)).ok());
    }
  }

  std::string CurrentLog() const { return CurrentLogPath(dir_); }

  // The byte offset of the record that stores article `id` in `data`: its header lies before
  // the record payload's article length (4 bytes) and the id's protobuf tag and length (2).
  static size_t RecordOffset(const std::string& data, const std::string& id) {
    const size_t at = data.find("\x0a" + std::string(1, static_cast<char>(id.size())) + id);
    EXPECT_NE(at, std::string::npos) << id;
    return at - 4 - 9;
  }

  // Open() fails with DATA_LOSS naming `file`, and the folder is byte for byte as before.
  void ExpectRefused(const std::string& file) {
    const auto before = FilesIn(dir_);
    absl::StatusOr<std::unique_ptr<ClaimStore>> store = TryOpen();
    ASSERT_FALSE(store.ok()) << "recovered " << (*store)->Stats()->articles() << " articles";
    EXPECT_EQ(store.status().code(), absl::StatusCode::kDataLoss) << store.status();
    EXPECT_NE(store.status().message().find(file), std::string::npos) << store.status();
    EXPECT_EQ(FilesIn(dir_), before) << "recovery changed a damaged folder";
  }

  std::string dir_;
  std::vector<std::string> reports_;
};

TEST_F(DamageTest, FlippedBitInALengthWithRecordsAfterItIsDataLoss) {
  IngestMany(*Open(), 0, kArticles);
  const std::string log = CurrentLog();
  std::string data = ReadWholeFile(log);
  data[RecordOffset(data, "art10") + 7] ^= 0x40;  // the length's high byte: far past the end
  WriteWholeFile(log, data);
  ExpectRefused(fs::path(log).filename().string());
}

TEST_F(DamageTest, TruncationInsideAnEarlierRecordIsDataLoss) {
  IngestMany(*Open(), 0, kArticles);
  const std::string log = CurrentLog();
  fs::resize_file(log, RecordOffset(ReadWholeFile(log), "art10") + 12);
  ExpectRefused(fs::path(log).filename().string());
}

TEST_F(DamageTest, TruncationAtARecordBoundaryIsDataLoss) {
  IngestMany(*Open(), 0, kArticles);
  const std::string log = CurrentLog();
  fs::resize_file(log, RecordOffset(ReadWholeFile(log), "art10"));
  ExpectRefused(fs::path(log).filename().string());
}

TEST_F(DamageTest, ZeroedTailFromTheMiddleIsDataLoss) {
  IngestMany(*Open(), 0, kArticles);
  const std::string log = CurrentLog();
  std::string data = ReadWholeFile(log);
  const size_t from = RecordOffset(data, "art10");
  std::fill(data.begin() + from, data.end(), '\0');
  WriteWholeFile(log, data);
  ExpectRefused(fs::path(log).filename().string());
}

TEST_F(DamageTest, LogZeroedFromItsFirstByteIsDataLoss) {
  // Found by store_recovery_fuzzer: without its header the log read as one of the format before
  // header slots, all zeros, which a crash could leave; but a snapshot with header slots only
  // ever names a log created with them.
  for (bool empty : {false, true}) {
    fs::remove_all(dir_);
    IngestMany(*Open(), 0, 5);
    const std::string log = CurrentLog();
    WriteWholeFile(log, empty ? "" : std::string(fs::file_size(log), '\0'));
    ExpectRefused(fs::path(log).filename().string());
  }
}

TEST_F(DamageTest, MissingSnapshotIsDataLoss) {
  {
    std::unique_ptr<ClaimStore> store = Open();
    IngestMany(*store, 0, 5);
    ASSERT_TRUE(store->Flush().ok());
    IngestMany(*store, 5, 5);
  }
  fs::remove(dir_ + "/SNAPSHOT");
  ExpectRefused("SNAPSHOT");
}

TEST_F(DamageTest, MissingLogNamedBySnapshotIsDataLoss) {
  {
    std::unique_ptr<ClaimStore> store = Open();
    IngestMany(*store, 0, 5);
    ASSERT_TRUE(store->Flush().ok());
    IngestMany(*store, 5, 5);
  }
  const std::string log = CurrentLog();
  fs::remove(log);
  ExpectRefused(fs::path(log).filename().string());
}

TEST_F(DamageTest, LeftoverSnapshotTmpIsRemovedOnOpen) {
  {
    std::unique_ptr<ClaimStore> store = Open();
    IngestMany(*store, 0, 3);
  }
  WriteWholeFile(dir_ + "/SNAPSHOT.tmp", "half a snapshot, from a crash while it was written");
  std::unique_ptr<ClaimStore> store = Open();
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->Stats()->articles(), 3u);
  EXPECT_FALSE(fs::exists(dir_ + "/SNAPSHOT.tmp"));
}

TEST_F(DamageTest, RecoverTruncateKeepsTheIntactPrefixAndSaysWhatItDropped) {
  IngestMany(*Open(), 0, kArticles);
  const std::string log = CurrentLog();
  std::string data = ReadWholeFile(log);
  const size_t damaged_at = RecordOffset(data, "art10");
  data[damaged_at + 7] ^= 0x40;
  WriteWholeFile(log, data);
  {
    absl::StatusOr<std::unique_ptr<ClaimStore>> store = TryOpen(/*recover_truncate=*/true);
    ASSERT_TRUE(store.ok()) << store.status();
    EXPECT_EQ((*store)->Stats()->articles(), 10u);
    const std::string reports = Reports();
    EXPECT_NE(reports.find(log), std::string::npos) << reports;
    EXPECT_NE(reports.find("byte " + std::to_string(damaged_at)), std::string::npos) << reports;
    EXPECT_NE(reports.find(std::to_string(data.size() - damaged_at) + " bytes (10 records) after byte " +
                             std::to_string(damaged_at)),
              std::string::npos)
        << reports;
    IngestMany(**store, 100, 1);
  }
  // The damaged log is kept, byte for byte, where the report says.
  bool kept = false;
  for (const auto& [name, bytes] : FilesIn(dir_)) {
    if (name.rfind("damaged-", 0) == 0 && bytes == data) kept = true;
  }
  EXPECT_TRUE(kept);
  // From then on the folder is whole again.
  std::unique_ptr<ClaimStore> store = Open();
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->Stats()->articles(), 11u);
}

TEST_F(DamageTest, LaterSnapshotDoesNotBringStaleRecordsBack) {
  // An acknowledged replacement must survive however the files were lost: here the snapshot.
  {
    std::unique_ptr<ClaimStore> store = Open();
    ASSERT_TRUE(store->Flush().ok());
    ASSERT_TRUE(store->Ingest(MakeArticle("a", "first text"), ClaimsFor("a", 63)).ok());
  }
  fs::remove(dir_ + "/SNAPSHOT");
  ExpectRefused("SNAPSHOT");
  {
    absl::StatusOr<std::unique_ptr<ClaimStore>> store = TryOpen(/*recover_truncate=*/true);
    ASSERT_TRUE(store.ok()) << store.status();
    ASSERT_TRUE((*store)->Ingest(MakeArticle("a", "second text"), ClaimsFor("a", 89)).ok());
    ASSERT_TRUE((*store)->Flush().ok());
    IngestMany(**store, 0, 2);
    ASSERT_TRUE((*store)->Flush().ok());
  }
  std::unique_ptr<ClaimStore> store = Open();
  ASSERT_NE(store, nullptr);
  v1::QueryClaimsRequest query;
  query.set_article_id("a");
  absl::StatusOr<v1::QueryClaimsResponse> a = store->QueryClaims(query);
  ASSERT_TRUE(a.ok() && a->claims_size() == 1);
  EXPECT_EQ(a->claims(0).quantity().value(), 89);
}

TEST_F(DamageTest, LogNewerThanTheSnapshotIsDataLoss) {
  // SNAPSHOT restored from an older backup: the newer log continues a snapshot that is gone.
  std::string old_snapshot;
  {
    std::unique_ptr<ClaimStore> store = Open();
    IngestMany(*store, 0, 2);
    ASSERT_TRUE(store->Flush().ok());
    old_snapshot = ReadWholeFile(dir_ + "/SNAPSHOT");
    IngestMany(*store, 2, 2);
    ASSERT_TRUE(store->Flush().ok());
    IngestMany(*store, 4, 2);
  }
  WriteWholeFile(dir_ + "/SNAPSHOT", old_snapshot);
  ExpectRefused("SNAPSHOT");
}

TEST_F(DamageTest, DamagedSnapshotIsDataLossEvenAtItsLastRecord) {
  {
    std::unique_ptr<ClaimStore> store = Open();
    IngestMany(*store, 0, 3);
    ASSERT_TRUE(store->Flush().ok());
  }
  const std::string snapshot = ReadWholeFile(dir_ + "/SNAPSHOT");
  for (size_t cut : {size_t{1}, size_t{9}, size_t{20}}) {
    WriteWholeFile(dir_ + "/SNAPSHOT", snapshot.substr(0, snapshot.size() - cut));
    ExpectRefused("SNAPSHOT");
  }
}

TEST_F(DamageTest, TimestampOutOfRangeInTheLogIsIgnoredNotFatal) {
  // An older server accepted any published_at; the store now refuses one outside years 1-9999
  // (its date arithmetic could overflow), and a log written before keeps its article, undated.
  v1::Article article = MakeArticle("far", "text of far");
  article.mutable_published_at()->set_seconds(INT64_MAX);
  std::vector<v1::Claim> claims = ClaimsFor("far", 5);
  claims[0].mutable_published_at()->set_seconds(INT64_MIN);
  claims[0].mutable_event_date()->set_seconds(INT64_MIN);
  {
    std::unique_ptr<ClaimStore> store = Open();
    EXPECT_EQ(store->Ingest(article, claims).status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_EQ(store->Stats()->articles(), 0u);
  }
  fs::remove_all(dir_);
  fs::create_directories(dir_);
  WriteWholeFile(dir_ + "/LOG-0",
                 EncodeRecord(kIngestRecord, EncodeIngest(article, claims)) +
                     EncodeRecord(kIngestRecord, EncodeIngest(MakeArticle("near", "text of near"),
                                                              ClaimsFor("near", 6))));
  std::unique_ptr<ClaimStore> store = Open();
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->Stats()->articles(), 2u);
  v1::QueryClaimsRequest query;
  query.set_article_id("far");
  absl::StatusOr<v1::QueryClaimsResponse> far = store->QueryClaims(query);
  ASSERT_TRUE(far.ok() && far->claims_size() == 1);
  EXPECT_FALSE(far->claims(0).has_published_at());
  EXPECT_FALSE(far->claims(0).has_event_date());
  EXPECT_NE(Reports().find("article far"), std::string::npos) << Reports();
}

TEST_F(DamageTest, FilesOfTheFormatBeforeHeaderSlotsAreReadAndRewritten) {
  fs::create_directories(dir_);
  WriteWholeFile(dir_ + "/SNAPSHOT",
                 EncodeRecord(kSnapshotHeader, "4") +
                     EncodeRecord(kIngestRecord, EncodeIngest(MakeArticle("a", "text of a"),
                                                           ClaimsFor("a", 63))));
  // An older version renamed SNAPSHOT before creating its log: LOG-4 may be missing, or be
  // there with records.
  WriteWholeFile(dir_ + "/LOG-4",
                 EncodeRecord(kIngestRecord,
                           EncodeIngest(MakeArticle("b", "text of b"), ClaimsFor("b", 89))) +
                     EncodeRecord(kDeleteRecord, "a") + EncodeRecord(kIngestRecord, "torn").substr(0, 7));
  {
    std::unique_ptr<ClaimStore> store = Open();
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(store->Stats()->articles(), 1u);
    IngestMany(*store, 0, 1);
  }
  EXPECT_FALSE(fs::exists(dir_ + "/LOG-4"));  // rewritten as a snapshot and a log with slots
  std::unique_ptr<ClaimStore> store = Open();
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->Stats()->articles(), 2u);
  fs::remove_all(dir_);
  fs::create_directories(dir_);
  WriteWholeFile(dir_ + "/SNAPSHOT",
                 EncodeRecord(kSnapshotHeader, "4") +
                     EncodeRecord(kIngestRecord, EncodeIngest(MakeArticle("a", "text of a"),
                                                           ClaimsFor("a", 63))));
  store.reset();
  store = Open();
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->Stats()->articles(), 1u);
}

}  // namespace
}  // namespace claimcheck
