#include "services/article_validation.h"

#include <cstdint>
#include <string>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

ArticleLimits Limits(size_t max_text_bytes) {
  ArticleLimits limits;
  limits.max_text_bytes = max_text_bytes;
  limits.max_id_bytes = 16;
  limits.max_claims = 3;
  return limits;
}

TEST(ValidateArticleTest, NamesEachProblem) {
  v1::Article article;
  article.set_text("89 killed");
  EXPECT_EQ(ValidateArticle(article, Limits(100)).code(), absl::StatusCode::kInvalidArgument);

  article.set_id("wire/1");
  EXPECT_TRUE(ValidateArticle(article, Limits(100)).ok());
  EXPECT_TRUE(ValidateArticle(article, Limits(article.text().size())).ok());

  absl::Status too_big = ValidateArticle(article, Limits(article.text().size() - 1));
  EXPECT_EQ(too_big.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(too_big.message().find("limit"), absl::string_view::npos);

  article.set_text(std::string("12 bless\xE9s"));  // Latin-1
  absl::Status not_utf8 = ValidateArticle(article, Limits(100));
  EXPECT_EQ(not_utf8.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(not_utf8.message().find("UTF-8"), absl::string_view::npos);
}

TEST(ValidateArticleTest, LongIdIsRefusedAndShownShortened) {
  v1::Article article;
  article.set_text("89 killed");
  article.set_id(std::string(16, 'x'));
  EXPECT_TRUE(ValidateArticle(article, Limits(100)).ok());
  article.set_id(std::string(60 << 10, 'x'));
  absl::Status long_id = ValidateArticle(article, Limits(100));
  EXPECT_EQ(long_id.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(long_id.message().find("61440 bytes"), absl::string_view::npos) << long_id;
  EXPECT_LT(long_id.message().size(), 300u);
}

TEST(ValidateArticleTest, PublishedAtOutsideYears1To9999IsRefused) {
  v1::Article article;
  article.set_id("wire/1");
  article.set_text("89 killed");
  for (int64_t seconds : {INT64_MIN, INT64_MAX, int64_t{-62135596801}, int64_t{253402300800}}) {
    article.mutable_published_at()->set_seconds(seconds);
    absl::Status status = ValidateArticle(article, Limits(100));
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << seconds;
    EXPECT_NE(status.message().find("published_at"), absl::string_view::npos) << status;
  }
  for (int64_t seconds : {int64_t{-62135596800}, int64_t{0}, int64_t{253402300799}}) {
    article.mutable_published_at()->set_seconds(seconds);
    EXPECT_TRUE(ValidateArticle(article, Limits(100)).ok()) << seconds;
  }
  article.mutable_published_at()->set_seconds(0);
  article.mutable_published_at()->set_nanos(-1);
  EXPECT_EQ(ValidateArticle(article, Limits(100)).code(), absl::StatusCode::kInvalidArgument);
  article.mutable_published_at()->set_nanos(1000000000);
  EXPECT_EQ(ValidateArticle(article, Limits(100)).code(), absl::StatusCode::kInvalidArgument);
}

TEST(CheckClaimCountTest, NamesTheLimit) {
  EXPECT_TRUE(CheckClaimCount("a", 3, Limits(100)).ok());
  absl::Status over = CheckClaimCount("a", 4, Limits(100));
  EXPECT_EQ(over.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(over.message().find("limit of 3"), absl::string_view::npos) << over;
}

}  // namespace
}  // namespace claimcheck
