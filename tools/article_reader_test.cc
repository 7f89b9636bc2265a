#include "tools/article_reader.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

// 2023-01-04T00:00:00Z
constexpr int64_t kJan4 = 1672790400;

TEST(ParseArticleFileTest, DateHeaderGivesPublishedAtAndTextKeepsIt) {
  const std::string bytes = " date 2023-01-04 Kyiv said 400 soldiers died.\nMore text.";
  absl::StatusOr<PreparedArticle> article = ParseArticleFile("a.txt", bytes);
  ASSERT_TRUE(article.ok()) << article.status();
  EXPECT_EQ(article->article.id(), "a.txt");
  EXPECT_EQ(article->article.text(), bytes);  // spans are offsets into the file: nothing stripped
  EXPECT_EQ(article->article.published_at().seconds(), kJan4);
  EXPECT_EQ(article->date_source, v1::DATE_SOURCE_HEADER);
}

TEST(ParseArticleFileTest, FrontMatterFillsFieldsAndTextIsTheWholeFile) {
  const std::string bytes =
      "---\n"
      "title: \"Strike on barracks\"\n"
      "date: 2023-01-04\n"
      "outlet: Wire Example\n"
      "url: https://example.org/a?b=c:d\n"
      "---\n"
      "The ministry said 63 soldiers were killed.\n";
  absl::StatusOr<PreparedArticle> article = ParseArticleFile("notes/a.md", bytes);
  ASSERT_TRUE(article.ok()) << article.status();
  EXPECT_EQ(article->article.title(), "Strike on barracks");
  EXPECT_EQ(article->article.outlet(), "Wire Example");
  EXPECT_EQ(article->article.url(), "https://example.org/a?b=c:d");
  EXPECT_EQ(article->article.id(), "https://example.org/a?b=c:d");  // the url, not the path
  EXPECT_EQ(article->article.published_at().seconds(), kJan4);
  EXPECT_EQ(article->article.text(), bytes);
}

TEST(ParseArticleFileTest, NotUtf8IsInvalidArgument) {
  EXPECT_EQ(ParseArticleFile("a.txt", "caf\xE9").status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(ParseJsonlArticlesTest, ReadsOneArticlePerLineSkippingBlankOnes) {
  absl::StatusOr<std::vector<PreparedArticle>> articles = ParseJsonlArticles(
      "batch.jsonl",
      "{\"id\":\"w1\",\"text\":\"12 tués\",\"publishedAt\":\"2023-01-04T00:00:00Z\"}\n\n"
      "{\"id\":\"w2\",\"text\":\"about 400 dead on January 4, 2023\",\"language\":\"en\"}\n");
  ASSERT_TRUE(articles.ok()) << articles.status();
  ASSERT_EQ(articles->size(), 2u);
  EXPECT_EQ((*articles)[0].article.id(), "w1");
  EXPECT_EQ((*articles)[0].article.published_at().seconds(), kJan4);
  EXPECT_EQ((*articles)[0].date_source, v1::DATE_SOURCE_CLIENT);
  EXPECT_EQ((*articles)[1].article.language(), "en");
  EXPECT_EQ((*articles)[1].date_source, v1::DATE_SOURCE_TEXT);
}

TEST(ParseJsonlArticlesTest, BadLineIsAnErrorNamingFileAndLine) {
  absl::StatusOr<std::vector<PreparedArticle>> bad =
      ParseJsonlArticles("batch.jsonl", "{\"id\":\"w1\",\"text\":\"x\"}\n{\"id\": oops}\n");
  ASSERT_EQ(bad.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(bad.status().message().find("batch.jsonl:2"), absl::string_view::npos);

  absl::StatusOr<std::vector<PreparedArticle>> no_id =
      ParseJsonlArticles("batch.jsonl", "{\"text\":\"x\"}\n");
  EXPECT_EQ(no_id.status().code(), absl::StatusCode::kInvalidArgument);
  // A line whose text has a front matter id needs no "id" of its own.
  absl::StatusOr<std::vector<PreparedArticle>> front = ParseJsonlArticles(
      "batch.jsonl", "{\"text\":\"---\\nid: wire-7\\n---\\n12 morts\"}\n");
  ASSERT_TRUE(front.ok()) << front.status();
  EXPECT_EQ((*front)[0].article.id(), "wire-7");
}

class ReadArticlesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::path(std::getenv("TEST_TMPDIR")) / "inputs";
    fs::remove_all(root_);
    fs::create_directories(root_ / "sub");
    Write(root_ / "b.txt", " date 2023-01-04 Body b.");
    Write(root_ / "sub" / "a.md", "---\ntitle: A\n---\nBody a, 12 morts.");
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
  EXPECT_EQ(articles[0].id(), "b.txt");
  EXPECT_EQ(articles[1].id(), "sub/a.md");
  EXPECT_EQ(articles[1].title(), "A");
  EXPECT_EQ(articles[2].id(), "c1");
}

// `claimcheck ingest` run from another folder stores the same ids: an id never depends on the
// working directory.
TEST_F(ReadArticlesTest, IdsDoNotDependOnTheWorkingDirectory) {
  const fs::path before = fs::current_path();
  std::vector<std::string> ids;
  for (const fs::path& cwd : {root_.parent_path(), root_, root_ / "sub"}) {
    fs::current_path(cwd);
    std::vector<v1::Article> articles;
    const std::string folder = fs::relative(root_, cwd).string();
    ASSERT_TRUE(ReadArticles(folder, &articles).ok()) << folder;
    std::string joined;
    for (const v1::Article& a : articles) joined += a.id() + " ";
    ids.push_back(joined);
  }
  fs::current_path(before);
  EXPECT_EQ(ids[0], "b.txt sub/a.md c1 ");
  EXPECT_EQ(ids[1], ids[0]);
  EXPECT_EQ(ids[2], ids[0]);
  std::vector<v1::Article> alone;
  ASSERT_TRUE(ReadArticles((root_ / "sub" / "a.md").string(), &alone).ok());
  EXPECT_EQ(alone[0].id(), "a.md");  // a file named on its own: its name
}

TEST_F(ReadArticlesTest, UndatedArticlesAreNamedInWarnings) {
  std::vector<v1::Article> articles;
  std::vector<std::string> warnings;
  ReadOptions options;
  options.warnings = &warnings;
  ASSERT_TRUE(ReadArticles(root_.string(), &articles, options).ok());
  ASSERT_EQ(warnings.size(), 2u);  // sub/a.md and c1; b.txt has its header
  EXPECT_NE(warnings[0].find((root_ / "sub" / "a.md").string()), std::string::npos) << warnings[0];
  EXPECT_NE(warnings[0].find("no date"), std::string::npos);
  EXPECT_NE(warnings[1].find("c1"), std::string::npos) << warnings[1];
}

TEST_F(ReadArticlesTest, MissingPathUnknownExtensionAndBadTextAreErrors) {
  std::vector<v1::Article> articles;
  EXPECT_EQ(ReadArticles((root_ / "nope.txt").string(), &articles).code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(ReadArticles((root_ / "ignored.pdf").string(), &articles).code(),
            absl::StatusCode::kInvalidArgument);
  Write(root_ / "latin1.txt", "Caf\xE9, 12 morts");
  absl::Status bad = ReadArticles((root_ / "latin1.txt").string(), &articles);
  EXPECT_EQ(bad.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(bad.message().find("latin1.txt"), absl::string_view::npos) << bad;
  EXPECT_TRUE(articles.empty());
  ASSERT_TRUE(ReadArticles((root_ / "README.md").string(), &articles).ok());
  EXPECT_EQ(articles.size(), 1u);
}

}  // namespace
}  // namespace claimcheck
