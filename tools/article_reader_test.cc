#include "tools/article_reader.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

// 2023-01-04T00:00:00Z
constexpr int64_t kJan4 = 1672790400;

TEST(ParseTxtArticleTest, DateHeaderGivesPublishedAtAndTextKeepsIt) {
  const std::string bytes = " date 2023-01-04 Kyiv said 400 soldiers died.\nMore text.";
  v1::Article article = ParseTxtArticle("a.txt", bytes);
  EXPECT_EQ(article.id(), "a.txt");
  EXPECT_EQ(article.text(), bytes);  // spans are offsets into the file: nothing stripped
  EXPECT_EQ(article.published_at().seconds(), kJan4);
}

TEST(ParseTxtArticleTest, MonthOnlyDateIsTheFirstOfTheMonth) {
  v1::Article article =
      ParseTxtArticle("a.txt", " date 2023-01 Les autorités ont compté 12 morts.");
  EXPECT_EQ(article.published_at().seconds(), kJan4 - 3 * 86400);
}

TEST(ParseTxtArticleTest, NoOrBadHeaderLeavesTheDateUnset) {
  EXPECT_FALSE(ParseTxtArticle("a", "date 2023-01-04 no leading space").has_published_at());
  EXPECT_FALSE(ParseTxtArticle("a", " date 2023-13-01 bad month").has_published_at());
  EXPECT_FALSE(ParseTxtArticle("a", " date 2023-02-30 no such day").has_published_at());
  EXPECT_FALSE(ParseTxtArticle("a", "Plain article, 35 drones.").has_published_at());
}

TEST(ParseMarkdownArticleTest, FrontMatterFillsFieldsAndTextIsTheWholeFile) {
  const std::string bytes =
      "---\n"
      "title: \"Strike on barracks\"\n"
      "date: 2023-01-04\n"
      "outlet: Wire Example\n"
      "url: https://example.org/a?b=c:d\n"
      "---\n"
      "The ministry said 63 soldiers were killed.\n";
  v1::Article article = ParseMarkdownArticle("notes/a.md", bytes);
  EXPECT_EQ(article.title(), "Strike on barracks");
  EXPECT_EQ(article.outlet(), "Wire Example");
  EXPECT_EQ(article.url(), "https://example.org/a?b=c:d");
  EXPECT_EQ(article.published_at().seconds(), kJan4);
  EXPECT_EQ(article.text(), bytes);
}

TEST(ParseMarkdownArticleTest, WithoutFrontMatterOnlyTheTextIsSet) {
  v1::Article article = ParseMarkdownArticle("b.md", "title: not front matter\n89 killed");
  EXPECT_EQ(article.title(), "");
  EXPECT_FALSE(article.has_published_at());
}

TEST(ParseJsonlArticlesTest, ReadsOneArticlePerLineSkippingBlankOnes) {
  absl::StatusOr<std::vector<v1::Article>> articles = ParseJsonlArticles(
      "batch.jsonl",
      "{\"id\":\"w1\",\"text\":\"12 tués\",\"publishedAt\":\"2023-01-04T00:00:00Z\"}\n\n"
      "{\"id\":\"w2\",\"text\":\"about 400 dead\",\"language\":\"en\"}\n");
  ASSERT_TRUE(articles.ok()) << articles.status();
  ASSERT_EQ(articles->size(), 2u);
  EXPECT_EQ((*articles)[0].id(), "w1");
  EXPECT_EQ((*articles)[0].published_at().seconds(), kJan4);
  EXPECT_EQ((*articles)[1].language(), "en");
}

TEST(ParseJsonlArticlesTest, BadLineIsAnErrorNamingFileAndLine) {
  absl::StatusOr<std::vector<v1::Article>> bad =
      ParseJsonlArticles("batch.jsonl", "{\"id\":\"w1\",\"text\":\"x\"}\n{\"id\": oops}\n");
  ASSERT_EQ(bad.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(bad.status().message().find("batch.jsonl:2"), absl::string_view::npos);

  absl::StatusOr<std::vector<v1::Article>> no_id =
      ParseJsonlArticles("batch.jsonl", "{\"text\":\"x\"}\n");
  EXPECT_EQ(no_id.status().code(), absl::StatusCode::kInvalidArgument);
}

class ReadArticlesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::path(std::getenv("TEST_TMPDIR")) / "inputs";
    fs::remove_all(root_);
    fs::create_directories(root_ / "sub");
    Write(root_ / "b.txt", " date 2023-01-04 Body b.");
    Write(root_ / "sub" / "a.md", "---\ntitle: A\n---\nBody a.");
    Write(root_ / "sub" / "c.jsonl", "{\"id\":\"c1\",\"text\":\"c\"}\n");
    Write(root_ / "ignored.pdf", "%PDF");
    Write(root_ / "README.md", "# About these articles: 3 of them");
  }
  static void Write(const fs::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
  }
  fs::path root_;
};

TEST_F(ReadArticlesTest, FolderIsReadRecursivelyInSortedOrderByExtension) {
  std::vector<v1::Article> articles;
  ASSERT_TRUE(ReadArticles(root_.string(), &articles).ok());
  ASSERT_EQ(articles.size(), 3u);
  EXPECT_EQ(articles[0].id(), (root_ / "b.txt").string());
  EXPECT_EQ(articles[1].id(), (root_ / "sub" / "a.md").string());
  EXPECT_EQ(articles[1].title(), "A");
  EXPECT_EQ(articles[2].id(), "c1");
}

TEST_F(ReadArticlesTest, MissingPathAndUnknownExtensionAreErrors) {
  std::vector<v1::Article> articles;
  EXPECT_EQ(ReadArticles((root_ / "nope.txt").string(), &articles).code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(ReadArticles((root_ / "ignored.pdf").string(), &articles).code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(articles.empty());
  ASSERT_TRUE(ReadArticles((root_ / "README.md").string(), &articles).ok());
  EXPECT_EQ(articles.size(), 1u);
}

}  // namespace
}  // namespace claimcheck
