#include "services/article_validation.h"

#include <string>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST(ValidateArticleTest, NamesEachProblem) {
  v1::Article article;
  article.set_text("89 killed");
  EXPECT_EQ(ValidateArticle(article, 100).code(), absl::StatusCode::kInvalidArgument);

  article.set_id("wire/1");
  EXPECT_TRUE(ValidateArticle(article, 100).ok());
  EXPECT_TRUE(ValidateArticle(article, article.text().size()).ok());

  absl::Status too_big = ValidateArticle(article, article.text().size() - 1);
  EXPECT_EQ(too_big.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(too_big.message().find("limit"), absl::string_view::npos);

  article.set_text(std::string("12 bless\xE9s"));  // Latin-1
  absl::Status not_utf8 = ValidateArticle(article, 100);
  EXPECT_EQ(not_utf8.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(not_utf8.message().find("UTF-8"), absl::string_view::npos);
}

}  // namespace
}  // namespace claimcheck
