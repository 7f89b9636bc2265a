#include "store/redis_layout.h"

#include <string>

#include "gtest/gtest.h"
#include "store/redis_cluster.h"

namespace claimcheck {
namespace {

TEST(RedisKeysTest, AFiguresClaimsItsLockAndItsMarksShareOneSlot) {
  const RedisKeys keys("cc");
  const std::string figure = "killed|person|makiivka|2023-01-01";
  const int slot = RedisKeySlot(keys.Figure(figure));
  EXPECT_EQ(RedisKeySlot(keys.FigureLock(figure)), slot);
  EXPECT_EQ(RedisKeySlot(keys.Contested(figure)), slot);
  EXPECT_EQ(slot, RedisKeySlot(figure)) << "the tag is the whole figure key";
  EXPECT_EQ(RedisKeySlot(keys.Article("wire/1")), RedisKeySlot(keys.ArticleLock("wire/1")));
}

TEST(RedisKeysTest, BracesInAnIdAreEscapedSoTheWholeIdIsTheTag) {
  const RedisKeys keys("cc");
  const std::string key = keys.Article("a}b{c%d");
  EXPECT_EQ(key, "cc:a:{a%7Db%7Bc%25d}");
  EXPECT_EQ(RedisKeySlot(key), RedisKeySlot("a%7Db%7Bc%25d"));
  EXPECT_NE(keys.Article("a{b"), keys.Article("a%7Bb")) << "escaping is one to one";
  EXPECT_FALSE(RedisKeys::ValidPrefix("c{c").ok());
  EXPECT_FALSE(RedisKeys::ValidPrefix("").ok());
  EXPECT_TRUE(RedisKeys::ValidPrefix("claimcheck").ok());
}

TEST(RedisKeysTest, DateBucketsFloorDatesBefore1970) {
  EXPECT_EQ(RedisKeys::DateBucketOf(0), 0);
  EXPECT_EQ(RedisKeys::DateBucketOf(kDateBucketSeconds - 1), 0);
  EXPECT_EQ(RedisKeys::DateBucketOf(kDateBucketSeconds), 1);
  EXPECT_EQ(RedisKeys::DateBucketOf(-1), -1);
  EXPECT_EQ(RedisKeys::DateBucketOf(-kDateBucketSeconds), -1);
  EXPECT_EQ(RedisKeys::DateBucketOf(-kDateBucketSeconds - 1), -2);
}

TEST(RedisLayoutTest, SeqBytesSortAsTheirSeqs) {
  EXPECT_LT(SeqBytes(255), SeqBytes(256));
  EXPECT_LT(SeqBytes(1), SeqBytes(uint64_t{1} << 40));
  EXPECT_EQ(SeqOf(ClaimMember(123456789, "claim")), 123456789u);
}

ArticleRecord SampleRecord() {
  ArticleRecord record;
  record.state = ArticleRecord::kPendingIngest;
  record.text_sha256 = TextSha256("Le texte.");
  record.article.set_id("wire/1");
  record.article.set_title("Titre");
  record.first_seq = 42;
  record.claims = {"one", std::string("t\0wo", 4)};
  record.replaced_first_seq = 7;
  record.replaced = {"old"};
  return record;
}

TEST(ArticleRecordTest, RoundTrips) {
  const ArticleRecord record = SampleRecord();
  ArticleRecord back;
  ASSERT_TRUE(DecodeArticleRecord(EncodeArticleRecord(record), &back).ok());
  EXPECT_EQ(back.state, record.state);
  EXPECT_EQ(back.text_sha256, record.text_sha256);
  EXPECT_EQ(back.article.id(), "wire/1");
  EXPECT_EQ(back.article.title(), "Titre");
  EXPECT_EQ(back.first_seq, 42u);
  EXPECT_EQ(back.claims, record.claims);
  EXPECT_EQ(back.replaced_first_seq, 7u);
  EXPECT_EQ(back.replaced, record.replaced);
}

TEST(ArticleRecordTest, EveryCutAndAnExtraByteAreDataLoss) {
  const std::string bytes = EncodeArticleRecord(SampleRecord());
  for (size_t n = 0; n < bytes.size(); ++n) {
    ArticleRecord back;
    const absl::Status s = DecodeArticleRecord(bytes.substr(0, n), &back);
    EXPECT_EQ(s.code(), absl::StatusCode::kDataLoss) << "cut at " << n;
  }
  ArticleRecord back;
  EXPECT_EQ(DecodeArticleRecord(bytes + "x", &back).code(), absl::StatusCode::kDataLoss);
  std::string other_version = bytes;
  other_version[0] = 9;
  const absl::Status s = DecodeArticleRecord(other_version, &back);
  EXPECT_EQ(s.code(), absl::StatusCode::kDataLoss);
  EXPECT_NE(s.message().find("version"), std::string::npos) << s;
}

TEST(ArticleRecordTest, TextSha256IsTheStandardDigest) {
  // SHA-256("abc"), FIPS 180-2 appendix B.1.
  const std::string digest = TextSha256("abc");
  ASSERT_EQ(digest.size(), 32u);
  EXPECT_EQ(static_cast<unsigned char>(digest[0]), 0xba);
  EXPECT_EQ(static_cast<unsigned char>(digest[31]), 0xad);
}

}  // namespace
}  // namespace claimcheck
