#include "store/record_log.h"

#include <cstdio>
#include <fstream>
#include <string>

#include "gtest/gtest.h"
#include "store/test_files.h"

namespace claimcheck {
namespace {

constexpr uint64_t kThirdRecordBytes = 9 + 5;

std::string FreshPath(const std::string& name) {
  const std::string path = ::testing::TempDir() + "/record_log_test_" + name;
  std::remove(path.c_str());
  std::remove((path + ".tmp").c_str());
  return path;
}

void WriteThree(const std::string& path) {
  auto log = LogWriter::Create(path, /*generation=*/7, LogWriter::kSyncEach);
  ASSERT_TRUE(log.ok()) << log.status();
  ASSERT_TRUE((*log)->Append(1, "first").ok());
  ASSERT_TRUE((*log)->Append(2, std::string(1000, 'x')).ok());
  ASSERT_TRUE((*log)->Append(1, "third").ok());
}

TEST(RecordLogTest, RoundTrips) {
  const std::string path = FreshPath("roundtrip");
  WriteThree(path);
  auto contents = ReadLog(path);
  ASSERT_TRUE(contents.ok()) << contents.status();
  EXPECT_TRUE(contents->damage.ok()) << contents->damage;
  EXPECT_TRUE(contents->has_header);
  EXPECT_EQ(contents->generation, 7u);
  ASSERT_EQ(contents->records.size(), 3u);
  EXPECT_EQ(contents->records[0].type, 1);
  EXPECT_EQ(contents->records[0].payload, "first");
  EXPECT_EQ(contents->records[0].offset, kLogHeaderBytes);
  EXPECT_EQ(contents->records[1].payload, std::string(1000, 'x'));
  EXPECT_EQ(contents->records[2].payload, "third");
  EXPECT_EQ(contents->dropped_bytes, 0u);
  EXPECT_EQ(contents->dropped_records, 0u);
}

TEST(RecordLogTest, CreateNeverReplacesAFileAndLeavesNoTemporary) {
  const std::string path = FreshPath("exists");
  WriteThree(path);
  const std::string before = ReadWholeFile(path);
  EXPECT_EQ(LogWriter::Create(path, 8, LogWriter::kSyncEach).status().code(),
            absl::StatusCode::kAlreadyExists);
  EXPECT_EQ(ReadWholeFile(path), before);
  EXPECT_FALSE(std::ifstream(path + ".tmp").good());
}

TEST(RecordLogTest, ReopenAppends) {
  const std::string path = FreshPath("reopen");
  WriteThree(path);
  auto log = LogWriter::Reopen(path, *ReadLog(path));
  ASSERT_TRUE(log.ok()) << log.status();
  ASSERT_TRUE((*log)->Append(3, "fourth").ok());
  auto contents = ReadLog(path);
  ASSERT_TRUE(contents.ok());
  EXPECT_TRUE(contents->damage.ok()) << contents->damage;
  ASSERT_EQ(contents->records.size(), 4u);
  EXPECT_EQ(contents->records[3].payload, "fourth");
}

TEST(RecordLogTest, TornLastRecordIsDroppedAtEveryCut) {
  const std::string path = FreshPath("torn");
  WriteThree(path);
  const std::string whole = ReadWholeFile(path);
  const size_t third_start = whole.size() - kThirdRecordBytes;
  // cut == the whole record: the slot reached the disk, the record did not.
  for (size_t cut = 1; cut <= kThirdRecordBytes; ++cut) {
    WriteWholeFile(path, whole.substr(0, whole.size() - cut));
    auto contents = ReadLog(path);
    ASSERT_TRUE(contents.ok()) << "cut " << cut << ": " << contents.status();
    EXPECT_TRUE(contents->damage.ok()) << "cut " << cut << ": " << contents->damage;
    EXPECT_EQ(contents->records.size(), 2u) << "cut " << cut;
    EXPECT_EQ(contents->valid_bytes, third_start);
    EXPECT_EQ(contents->dropped_bytes, whole.size() - cut - third_start);
    EXPECT_EQ(contents->dropped_records, 1u);
  }
  ASSERT_TRUE(TruncateFile(path, third_start).ok());
  EXPECT_EQ(ReadWholeFile(path).size(), third_start);
  auto reopened = LogWriter::Reopen(path, *ReadLog(path));
  ASSERT_TRUE(reopened.ok()) << reopened.status();
  ASSERT_TRUE((*reopened)->Append(1, "third again").ok());
  EXPECT_EQ(ReadLog(path)->records.size(), 3u);
}

TEST(RecordLogTest, CutBeforeTheLastRecordIsDataLossAtEveryCut) {
  const std::string path = FreshPath("cut_early");
  WriteThree(path);
  const std::string whole = ReadWholeFile(path);
  const size_t third_start = whole.size() - kThirdRecordBytes;
  for (size_t size = kLogHeaderBytes; size < third_start; size += 7) {
    WriteWholeFile(path, whole.substr(0, size));
    auto contents = ReadLog(path);
    ASSERT_TRUE(contents.ok());
    EXPECT_EQ(contents->damage.code(), absl::StatusCode::kDataLoss) << "size " << size;
    EXPECT_NE(contents->damage.message().find(path), std::string::npos);
  }
}

TEST(RecordLogTest, CorruptLastRecordIsDropped) {
  const std::string path = FreshPath("corrupt_last");
  WriteThree(path);
  std::string data = ReadWholeFile(path);
  data[data.size() - 2] ^= 0x40;
  WriteWholeFile(path, data);
  auto contents = ReadLog(path);
  ASSERT_TRUE(contents.ok());
  EXPECT_TRUE(contents->damage.ok()) << contents->damage;
  EXPECT_EQ(contents->records.size(), 2u);
}

TEST(RecordLogTest, ZerosAfterTheLastRecordAreDropped) {
  const std::string path = FreshPath("zeros");
  WriteThree(path);
  WriteWholeFile(path, ReadWholeFile(path) + std::string(64, '\0'));
  auto contents = ReadLog(path);
  ASSERT_TRUE(contents.ok()) << contents.status();
  EXPECT_TRUE(contents->damage.ok()) << contents->damage;
  EXPECT_EQ(contents->records.size(), 3u);
  EXPECT_EQ(contents->dropped_bytes, 64u);
}

TEST(RecordLogTest, ZerosOverAcknowledgedRecordsAreDataLoss) {
  const std::string path = FreshPath("zeros_middle");
  WriteThree(path);
  std::string data = ReadWholeFile(path);
  std::fill(data.begin() + kLogHeaderBytes + 9 + 5, data.end(), '\0');
  WriteWholeFile(path, data);
  auto contents = ReadLog(path);
  ASSERT_TRUE(contents.ok());
  EXPECT_EQ(contents->damage.code(), absl::StatusCode::kDataLoss);
  EXPECT_EQ(contents->records.size(), 1u);
  EXPECT_EQ(contents->dropped_records, 2u);
}

TEST(RecordLogTest, CorruptionInTheMiddleIsDataLossNamingTheOffset) {
  const std::string path = FreshPath("corrupt_middle");
  WriteThree(path);
  std::string data = ReadWholeFile(path);
  data[kLogHeaderBytes + 9 + 5 + 9 + 500] ^= 0x01;  // inside the second record's payload
  WriteWholeFile(path, data);
  auto contents = ReadLog(path);
  ASSERT_TRUE(contents.ok());
  EXPECT_EQ(contents->damage.code(), absl::StatusCode::kDataLoss);
  EXPECT_NE(contents->damage.message().find("byte 1038 "), std::string::npos)
      << contents->damage;
  EXPECT_EQ(contents->records.size(), 1u);  // the intact record before it, for a salvage
}

TEST(RecordLogTest, FlippedBitInALengthIsDataLoss) {
  const std::string path = FreshPath("length_bit");
  WriteThree(path);
  std::string data = ReadWholeFile(path);
  data[kLogHeaderBytes + 9 + 5 + 7] ^= 0x01;  // the second record's length, far past the end
  WriteWholeFile(path, data);
  auto contents = ReadLog(path);
  ASSERT_TRUE(contents.ok());
  EXPECT_EQ(contents->damage.code(), absl::StatusCode::kDataLoss) << contents->damage;
}

TEST(RecordLogTest, ADamagedSlotFallsBackToTheOther) {
  const std::string path = FreshPath("one_slot");
  WriteThree(path);
  std::string data = ReadWholeFile(path);
  data[512 + 20] ^= 0x10;  // slot B, written with the third record
  WriteWholeFile(path, data);
  auto contents = ReadLog(path);
  ASSERT_TRUE(contents.ok());
  EXPECT_TRUE(contents->damage.ok()) << contents->damage;
  EXPECT_EQ(contents->records.size(), 3u);
}

TEST(RecordLogTest, BothSlotsDamagedIsDataLoss) {
  const std::string path = FreshPath("no_slot");
  WriteThree(path);
  std::string data = ReadWholeFile(path);
  data[20] ^= 0x10;
  data[512 + 20] ^= 0x10;
  WriteWholeFile(path, data);
  auto contents = ReadLog(path);
  ASSERT_TRUE(contents.ok());
  EXPECT_EQ(contents->damage.code(), absl::StatusCode::kDataLoss);
  EXPECT_EQ(contents->records.size(), 3u);
}

TEST(RecordLogTest, FinishedFileCommitsEveryRecord) {
  const std::string path = FreshPath("finish");
  auto log = LogWriter::Create(path, 2, LogWriter::kSyncOnFinish);
  ASSERT_TRUE(log.ok());
  ASSERT_TRUE((*log)->Append(1, "a").ok());
  ASSERT_TRUE((*log)->Append(1, "b").ok());
  ASSERT_TRUE((*log)->Finish().ok());
  EXPECT_EQ((*log)->Append(1, "c").code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(ReadLog(path)->records.size(), 2u);
  // Even the last record of a file written whole is acknowledged: losing it is damage.
  WriteWholeFile(path, ReadWholeFile(path).substr(0, kLogHeaderBytes + 10));
  EXPECT_EQ(ReadLog(path)->damage.code(), absl::StatusCode::kDataLoss);
}

TEST(RecordLogTest, FileWithoutHeaderIsReadByItsRecords) {
  const std::string path = FreshPath("no_header");
  const std::string three = EncodeRecord(1, "first") + EncodeRecord(2, std::string(300, 'y')) + EncodeRecord(1, "c");
  WriteWholeFile(path, three + EncodeRecord(1, "torn").substr(0, 11));
  auto contents = ReadLog(path);
  ASSERT_TRUE(contents.ok());
  EXPECT_FALSE(contents->has_header);
  EXPECT_TRUE(contents->damage.ok()) << contents->damage;
  EXPECT_EQ(contents->records.size(), 3u);
  // A length flipped far past the end, with records after it: no crash leaves that.
  std::string flipped = three;
  flipped[9 + 5 + 7] ^= 0x01;
  WriteWholeFile(path, flipped);
  contents = ReadLog(path);
  EXPECT_EQ(contents->damage.code(), absl::StatusCode::kDataLoss) << contents->damage;
  EXPECT_EQ(contents->dropped_records, 2u);  // the damaged record and the one the scan found
}

TEST(RecordLogTest, LengthNoWriterWritesIsDataLoss) {
  const std::string path = FreshPath("huge_length");
  std::string record = EncodeRecord(1, "x");
  record[7] = '\x7f';  // about 2 GiB
  WriteWholeFile(path, EncodeRecord(1, "first") + record + std::string(100, 'z'));
  auto contents = ReadLog(path);
  ASSERT_TRUE(contents.ok());
  EXPECT_EQ(contents->damage.code(), absl::StatusCode::kDataLoss);
  EXPECT_NE(contents->damage.message().find("more than any writer writes"), std::string::npos);
}

TEST(RecordLogTest, MissingFileIsNotFound) {
  auto contents = ReadLog(FreshPath("missing"));
  EXPECT_EQ(contents.status().code(), absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace claimcheck
