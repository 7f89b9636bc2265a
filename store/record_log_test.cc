#include "store/record_log.h"

#include <fstream>
#include <string>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

std::string FreshPath(const std::string& name) {
  const std::string path = ::testing::TempDir() + "/record_log_test_" + name;
  std::remove(path.c_str());
  return path;
}

void WriteThree(const std::string& path) {
  auto log = LogWriter::Open(path, LogWriter::kSyncEach);
  ASSERT_TRUE(log.ok()) << log.status();
  ASSERT_TRUE((*log)->Append(1, "first").ok());
  ASSERT_TRUE((*log)->Append(2, std::string(1000, 'x')).ok());
  ASSERT_TRUE((*log)->Append(1, "third").ok());
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void WriteAll(const std::string& path, const std::string& data) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << data;
}

TEST(RecordLogTest, RoundTrips) {
  const std::string path = FreshPath("roundtrip");
  WriteThree(path);
  auto contents = ReadLog(path);
  ASSERT_TRUE(contents.ok()) << contents.status();
  ASSERT_EQ(contents->records.size(), 3u);
  EXPECT_EQ(contents->records[0].type, 1);
  EXPECT_EQ(contents->records[0].payload, "first");
  EXPECT_EQ(contents->records[1].payload, std::string(1000, 'x'));
  EXPECT_EQ(contents->records[2].payload, "third");
  EXPECT_EQ(contents->dropped_bytes, 0u);
}

TEST(RecordLogTest, ReopenAppends) {
  const std::string path = FreshPath("reopen");
  WriteThree(path);
  auto log = LogWriter::Open(path, LogWriter::kSyncEach);
  ASSERT_TRUE(log.ok());
  ASSERT_TRUE((*log)->Append(3, "fourth").ok());
  auto contents = ReadLog(path);
  ASSERT_TRUE(contents.ok());
  ASSERT_EQ(contents->records.size(), 4u);
  EXPECT_EQ(contents->records[3].payload, "fourth");
}

TEST(RecordLogTest, TornLastRecordIsDroppedAtEveryCut) {
  const std::string path = FreshPath("torn");
  WriteThree(path);
  const std::string whole = ReadAll(path);
  const size_t third_start = whole.size() - (9 + 5);
  for (size_t cut = 1; cut < 9 + 5; ++cut) {
    WriteAll(path, whole.substr(0, whole.size() - cut));
    auto contents = ReadLog(path);
    ASSERT_TRUE(contents.ok()) << "cut " << cut << ": " << contents.status();
    EXPECT_EQ(contents->records.size(), 2u) << "cut " << cut;
    EXPECT_EQ(contents->valid_bytes, third_start);
    EXPECT_EQ(contents->dropped_bytes, whole.size() - cut - third_start);
  }
  ASSERT_TRUE(TruncateFile(path, third_start).ok());
  EXPECT_EQ(ReadAll(path).size(), third_start);
}

TEST(RecordLogTest, CorruptLastRecordIsDropped) {
  const std::string path = FreshPath("corrupt_last");
  WriteThree(path);
  std::string data = ReadAll(path);
  data[data.size() - 2] ^= 0x40;
  WriteAll(path, data);
  auto contents = ReadLog(path);
  ASSERT_TRUE(contents.ok());
  EXPECT_EQ(contents->records.size(), 2u);
}

TEST(RecordLogTest, ZeroFilledTailIsDropped) {
  const std::string path = FreshPath("zeros");
  WriteThree(path);
  WriteAll(path, ReadAll(path) + std::string(64, '\0'));
  auto contents = ReadLog(path);
  ASSERT_TRUE(contents.ok()) << contents.status();
  EXPECT_EQ(contents->records.size(), 3u);
  EXPECT_EQ(contents->dropped_bytes, 64u);
}

TEST(RecordLogTest, CorruptionInTheMiddleIsDataLoss) {
  const std::string path = FreshPath("corrupt_middle");
  WriteThree(path);
  std::string data = ReadAll(path);
  data[9 + 5 + 9 + 500] ^= 0x01;  // inside the second record's payload
  WriteAll(path, data);
  auto contents = ReadLog(path);
  ASSERT_FALSE(contents.ok());
  EXPECT_EQ(contents.status().code(), absl::StatusCode::kDataLoss);
  EXPECT_NE(contents.status().message().find("byte 14"), std::string::npos)
      << contents.status();
}

TEST(RecordLogTest, MissingFileIsNotFound) {
  auto contents = ReadLog(FreshPath("missing"));
  EXPECT_EQ(contents.status().code(), absl::StatusCode::kNotFound);
}

TEST(RecordLogTest, FinishClosesTheWriter) {
  const std::string path = FreshPath("finish");
  auto log = LogWriter::Open(path, LogWriter::kSyncOnFinish);
  ASSERT_TRUE(log.ok());
  ASSERT_TRUE((*log)->Append(1, "a").ok());
  ASSERT_TRUE((*log)->Finish().ok());
  EXPECT_EQ((*log)->Append(1, "b").code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(ReadLog(path)->records.size(), 1u);
}

}  // namespace
}  // namespace claimcheck
