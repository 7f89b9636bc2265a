#include "services/article_validation.h"

#include <string>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST(IsValidUtf8Test, AcceptsFrenchAndEnglishText) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("63 soldats tués à Makiïvka, selon le ministère"));
  EXPECT_TRUE(IsValidUtf8("\xF0\x9F\x93\xB0 news"));  // U+1F4F0, four bytes
}

TEST(IsValidUtf8Test, RejectsMalformedSequences) {
  EXPECT_FALSE(IsValidUtf8("caf\xE9"));           // Latin-1 é
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(IsValidUtf8("tu\xC3"));            // truncated at the end
  EXPECT_FALSE(IsValidUtf8("\xE2\x82x"));         // bad continuation
}

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

  article.set_text(std::string("tu\xE9s"));
  absl::Status not_utf8 = ValidateArticle(article, 100);
  EXPECT_EQ(not_utf8.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(not_utf8.message().find("UTF-8"), absl::string_view::npos);
}

}  // namespace
}  // namespace claimcheck
