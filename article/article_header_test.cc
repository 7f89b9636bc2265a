#include "article/article_header.h"

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

constexpr int64_t kJan4 = 1672790400;  // 2023-01-04T00:00:00Z

TEST(ArticleHeaderTest, DateLineGivesTheDate) {
  ArticleHeader header = ReadArticleHeader(" date 2023-01-04 Kyiv said 400 soldiers died.");
  EXPECT_EQ(header.form, ArticleHeader::Form::kDateLine);
  ASSERT_TRUE(header.date.has_value());
  EXPECT_EQ(header.date->seconds(), kJan4);
  EXPECT_EQ(header.front_matter_bytes, 0u);
  EXPECT_EQ(ReadArticleHeader(" date 2023-01 Les autorit\xC3\xA9s").date->seconds(),
            kJan4 - 3 * 86400);
}

TEST(ArticleHeaderTest, NoOrBadDateLineIsNoHeader) {
  for (absl::string_view text : {"date 2023-01-04 no leading space", " date 2023-13-01 bad month",
                                 " date 2023-02-30 no such day", "Plain article, 35 drones.", ""}) {
    ArticleHeader header = ReadArticleHeader(text);
    EXPECT_EQ(header.form, ArticleHeader::Form::kNone) << text;
    EXPECT_FALSE(header.date.has_value()) << text;
  }
}

TEST(ArticleHeaderTest, FrontMatterFieldsAndSize) {
  const std::string front =
      "---\n"
      "title: \"Strike on barracks\"\n"
      "id: wire-2023-001\n"
      "date: 2023-01-04\n"
      "Outlet: Wire Example\n"
      "url: 'https://example.org/a?b=c:d'\n"
      "lang: en\n"
      "tags: [a, b]\n"
      "---\n";
  ArticleHeader header = ReadArticleHeader(front + "The ministry said 63 soldiers were killed.\n");
  EXPECT_EQ(header.form, ArticleHeader::Form::kFrontMatter);
  EXPECT_EQ(header.title, "Strike on barracks");
  EXPECT_EQ(header.id, "wire-2023-001");
  EXPECT_EQ(header.outlet, "Wire Example");
  EXPECT_EQ(header.url, "https://example.org/a?b=c:d");
  EXPECT_EQ(header.language, "en");
  ASSERT_TRUE(header.date.has_value());
  EXPECT_EQ(header.date->seconds(), kJan4);
  EXPECT_EQ(header.front_matter_bytes, front.size());
}

TEST(ArticleHeaderTest, FrontMatterWithoutClosingLineIsText) {
  ArticleHeader header = ReadArticleHeader("---\ntitle: A\ndate: 2023-01-04\nSelon lui: 12 morts");
  EXPECT_EQ(header.form, ArticleHeader::Form::kNone);
  EXPECT_EQ(header.title, "");
  EXPECT_FALSE(header.date.has_value());
  EXPECT_EQ(ReadArticleHeader("title: not front matter\n89 killed").form,
            ArticleHeader::Form::kNone);
}

TEST(ArticleHeaderTest, FrontMatterWithABadDateKeepsItsOtherFields) {
  ArticleHeader header = ReadArticleHeader("---\r\ntitle: A\r\ndate: 2023-02-30\r\n---\r\nBody");
  EXPECT_EQ(header.form, ArticleHeader::Form::kFrontMatter);
  EXPECT_EQ(header.title, "A");
  EXPECT_FALSE(header.date.has_value());
}

}  // namespace
}  // namespace claimcheck
