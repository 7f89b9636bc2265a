#include "article/article_pipeline.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "unicode/bytestream.h"
#include "unicode/normalizer2.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

constexpr int64_t kJan4 = 1672790400;  // 2023-01-04T00:00:00Z
constexpr char kBom[] = "\xEF\xBB\xBF";

v1::Article Received(const std::string& text) {
  v1::Article article;
  article.set_text(text);
  return article;
}

// `text` in Normalization Form D (or C): what another newsroom system may send.
std::string Normalized(const std::string& text, bool decompose) {
  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* form = decompose ? icu::Normalizer2::getNFDInstance(error)
                                           : icu::Normalizer2::getNFCInstance(error);
  std::string out;
  icu::StringByteSink<std::string> sink(&out);
  form->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink,
                      nullptr, error);
  EXPECT_TRUE(U_SUCCESS(error)) << u_errorName(error);
  return out;
}

std::string Slice(const std::string& text, const v1::Claim& claim) {
  return text.substr(claim.number_span().start(),
                     claim.number_span().end() - claim.number_span().start());
}

class ArticlePipelineTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    extractor_ = ClaimExtractor::Create(DefaultLexiconDir())->release();
  }
  static void TearDownTestSuite() { delete extractor_; }

  std::vector<v1::Claim> Extract(const std::string& text, const std::string& id = "a.txt") {
    absl::StatusOr<PreparedArticle> article = PrepareArticle(Received(text), id);
    EXPECT_TRUE(article.ok()) << article.status();
    absl::StatusOr<std::vector<v1::Claim>> claims = ArticleExtractor(extractor_).Extract(&*article);
    EXPECT_TRUE(claims.ok()) << claims.status();
    return claims.ok() ? *claims : std::vector<v1::Claim>{};
  }

  // Extracting `variant` (the same article in another form) gives the claims of `original`:
  // same fields, spans on the same characters.
  void ExpectSameClaims(const std::string& original, const std::string& variant,
                        const std::string& name) {
    std::vector<v1::Claim> want = Extract(original, name);
    std::vector<v1::Claim> got = Extract(variant, name);
    ASSERT_EQ(got.size(), want.size()) << name;
    for (size_t i = 0; i < got.size(); ++i) {
      SCOPED_TRACE(absl::StrCat(name, " claim ", i + 1, ": ", want[i].quantity().text()));
      EXPECT_EQ(Normalized(Slice(variant, got[i]), false), Slice(original, want[i]));
      EXPECT_EQ(Normalized(got[i].sentence(), false), want[i].sentence());
      v1::Claim g = got[i], w = want[i];
      for (v1::Claim* c : {&g, &w}) {
        c->clear_number_span();
        c->clear_sentence();
      }
      EXPECT_EQ(g.DebugString(), w.DebugString());
    }
  }

  static const ClaimExtractor* extractor_;
};

const ClaimExtractor* ArticlePipelineTest::extractor_ = nullptr;

TEST(PrepareArticleTest, DateComesFromTheSenderThenHeaderThenFrontMatterThenText) {
  v1::Article sent = Received(" date 2023-01-04 Body.");
  sent.mutable_published_at()->set_seconds(kJan4 + 86400);
  EXPECT_EQ(PrepareArticle(sent)->date_source, v1::DATE_SOURCE_CLIENT);
  EXPECT_EQ(PrepareArticle(sent)->article.published_at().seconds(), kJan4 + 86400);

  absl::StatusOr<PreparedArticle> header = PrepareArticle(Received(" date 2023-01-04 Body."));
  EXPECT_EQ(header->date_source, v1::DATE_SOURCE_HEADER);
  EXPECT_EQ(header->article.published_at().seconds(), kJan4);

  absl::StatusOr<PreparedArticle> front =
      PrepareArticle(Received("---\ndate: 2023-01-04\n---\nBody, 3 janvier 2023."));
  EXPECT_EQ(front->date_source, v1::DATE_SOURCE_FRONT_MATTER);
  EXPECT_EQ(front->article.published_at().seconds(), kJan4);

  absl::StatusOr<PreparedArticle> text =
      PrepareArticle(Received("Kyiv, le 2 janvier 2023. Mis \xC3\xA0 jour le 4 janvier 2023."));
  EXPECT_EQ(text->date_source, v1::DATE_SOURCE_TEXT);
  EXPECT_EQ(text->article.published_at().seconds(), kJan4);

  absl::StatusOr<PreparedArticle> none = PrepareArticle(Received("No date here, 12 dead."));
  EXPECT_EQ(none->date_source, v1::DATE_SOURCE_NONE);
  EXPECT_FALSE(none->article.has_published_at());
  EXPECT_EQ(DateUsed(*none).source(), v1::DATE_SOURCE_NONE);
  EXPECT_FALSE(DateUsed(*none).has_published_at());
  EXPECT_EQ(DateUsed(*header).published_at().seconds(), kJan4);
}

TEST(PrepareArticleTest, ByteOrderMarkDoesNotHideTheDateHeader) {
  absl::StatusOr<PreparedArticle> article =
      PrepareArticle(Received(absl::StrCat(kBom, " date 2023-01-04 Body.")));
  ASSERT_TRUE(article.ok()) << article.status();
  EXPECT_EQ(article->date_source, v1::DATE_SOURCE_HEADER);
  EXPECT_EQ(article->article.published_at().seconds(), kJan4);
  EXPECT_EQ(article->article.text(), absl::StrCat(kBom, " date 2023-01-04 Body."));
}

TEST(PrepareArticleTest, IdIsTheSendersThenFrontMatterIdThenUrlThenFallback) {
  const std::string front = "---\nid: wire-1\nurl: https://example.org/a\ntitle: T\n---\nBody";
  v1::Article sent = Received(front);
  sent.set_id("mine");
  EXPECT_EQ(PrepareArticle(sent, "dir/a.md")->article.id(), "mine");
  EXPECT_EQ(PrepareArticle(Received(front), "dir/a.md")->article.id(), "wire-1");
  absl::StatusOr<PreparedArticle> by_url =
      PrepareArticle(Received("---\nurl: https://example.org/a\n---\nBody"), "dir/a.md");
  EXPECT_EQ(by_url->article.id(), "https://example.org/a");
  EXPECT_EQ(by_url->article.url(), "https://example.org/a");
  v1::Article sent_url = Received("Body");
  sent_url.set_url("https://example.org/b");
  EXPECT_EQ(PrepareArticle(sent_url, "b.txt")->article.id(), "https://example.org/b");
  EXPECT_EQ(PrepareArticle(Received("Body"), "dir/a.txt")->article.id(), "dir/a.txt");
  EXPECT_EQ(PrepareArticle(Received("Body"))->article.id(), "");
}

TEST(PrepareArticleTest, FrontMatterFillsOnlyWhatTheSenderLeftEmpty) {
  v1::Article sent = Received("---\ntitle: Theirs\noutlet: O\nlang: en\n---\nBody");
  sent.set_title("Mine");
  absl::StatusOr<PreparedArticle> article = PrepareArticle(sent);
  EXPECT_EQ(article->article.title(), "Mine");
  EXPECT_EQ(article->article.outlet(), "O");
  EXPECT_EQ(article->article.language(), "en");
}

TEST(PrepareArticleTest, TextNotUtf8IsInvalidArgumentNamingTheArticle) {
  absl::StatusOr<PreparedArticle> article = PrepareArticle(Received("caf\xE9"), "x.txt");
  EXPECT_EQ(article.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(article.status().message().find("x.txt"), absl::string_view::npos);
}

// A page saved from a news site states its date after a cue, in figures, with a time: no header,
// and no date in the prose with a month's name. The server and the command line both read it
// (a dater: the extractor, whose lexicons hold the cues), and prefer it to a guess from the prose.
TEST_F(ArticlePipelineTest, DateStatedAfterACueDatesTheArticle) {
  const std::string page =
      "Le Courrier du Dauphiné\nPublié le 18/11/2018 à 11h52 | Mis à jour le 18/11/2018\n\n"
      "Samedi, 282 000 manifestants ont été recensés, selon le ministère de l'Intérieur. Le "
      "mouvement rappelle celui du 17 octobre 2017.";
  absl::StatusOr<PreparedArticle> without = PrepareArticle(Received(page), "p.txt");
  ASSERT_TRUE(without.ok());
  // Without the lexicons, only the prose's full date: an older event's day.
  EXPECT_EQ(without->date_source, v1::DATE_SOURCE_TEXT);
  EXPECT_EQ(without->article.published_at().seconds(), 1508198400);  // 2017-10-17

  const ArticleExtractor reader(extractor_);
  absl::StatusOr<PreparedArticle> dated = reader.Prepare(Received(page), "p.txt");
  ASSERT_TRUE(dated.ok());
  EXPECT_EQ(dated->date_source, v1::DATE_SOURCE_TEXT);
  EXPECT_EQ(dated->article.published_at().seconds(), 1542499200);  // 2018-11-18
  absl::StatusOr<std::vector<v1::Claim>> claims = reader.Extract(&*dated);
  ASSERT_TRUE(claims.ok());
  ASSERT_FALSE(claims->empty());
  // The claims are dated too (an undated article's claims have no event date).
  EXPECT_TRUE((*claims)[0].has_event_date());

  // A long page is dated by its head alone (read once, not twice over its length).
  std::string long_page = page;
  while (long_page.size() < (200u << 10)) long_page += "\nUne phrase de plus, sans date ni cue.";
  absl::StatusOr<PreparedArticle> long_dated = reader.Prepare(Received(long_page), "l.txt");
  ASSERT_TRUE(long_dated.ok());
  EXPECT_EQ(long_dated->article.published_at().seconds(), 1542499200);  // 2018-11-18

  // A page that states none stays undated: nothing is invented.
  absl::StatusOr<PreparedArticle> none =
      reader.Prepare(Received("Samedi, 282 000 manifestants ont été recensés."), "q.txt");
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->date_source, v1::DATE_SOURCE_NONE);
}

TEST_F(ArticlePipelineTest, DecomposedAccentsFindTheSameSourceAndClaims) {
  const std::string nfc =
      " date 2023-01-04 Le minist\xC3\xA8re russe de la D\xC3\xA9" "fense a annonc\xC3\xA9 "
      "mercredi que 89 soldats avaient \xC3\xA9t\xC3\xA9 tu\xC3\xA9s \xC3\xA0 Makiivka.";
  const std::string nfd = Normalized(nfc, true);
  ASSERT_NE(nfd, nfc);
  ASSERT_NE(nfd.find("De\xCC\x81" "fense"), std::string::npos);
  std::vector<v1::Claim> claims = Extract(nfd);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source().canonical_id(), "ru.mod");
  EXPECT_EQ(Slice(nfd, claims[0]), "89");
  EXPECT_EQ(claims[0].sentence(), nfd.substr(17));  // the sentence as received, in NFD
  ExpectSameClaims(nfc, nfd, "makiivka.txt");
}

TEST_F(ArticlePipelineTest, ByteOrderMarkKeepsSpansOnTheReceivedBytes) {
  const std::string text = " date 2023-01-04 Kyiv said 400 soldiers died in Makiivka.";
  ExpectSameClaims(text, absl::StrCat(kBom, text), "bom.txt");
  std::vector<v1::Claim> claims = Extract(absl::StrCat(kBom, text));
  ASSERT_FALSE(claims.empty());
  EXPECT_EQ(claims[0].published_at().seconds(), kJan4);
}

TEST_F(ArticlePipelineTest, FrontMatterTitleIsTheTitleNotASentence) {
  const std::string text =
      "---\ntitle: \"Konotop : le bilan passe \xC3\xA0 19 morts\"\nurl: https://example.org/k\n"
      "outlet: Example\n---\nLe bilan de la frappe s'est alourdi \xC3\xA0 19 morts, "
      "a annonc\xC3\xA9 "
      "mardi le gouverneur de la r\xC3\xA9gion de Soumy.\n";
  absl::StatusOr<PreparedArticle> article = PrepareArticle(Received(text), "k.md");
  ASSERT_TRUE(article.ok());
  EXPECT_EQ(article->article.title(), "Konotop : le bilan passe \xC3\xA0 19 morts");
  std::vector<v1::Claim> claims = Extract(text, "k.md");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_GT(claims[0].number_span().start(), text.find("\n---\n"));
  for (const v1::Flag& flag : claims[0].flags()) EXPECT_NE(flag.kind(), v1::UNATTRIBUTED);
  EXPECT_EQ(claims[0].article_url(), "https://example.org/k");
  EXPECT_EQ(claims[0].article_title(), article->article.title());
  EXPECT_EQ(claims[0].article_outlet(), "Example");
}

// Every annotated article of the project, sent decomposed and with a byte-order mark, gives the
// claims it gives as written.
TEST_F(ArticlePipelineTest, AnnotatedCorpusInNfdWithBomGivesTheSameClaims) {
  const fs::path testdata =
      fs::path(std::getenv("TEST_SRCDIR")) / "claimcheck" / "extractors" / "testdata";
  int articles = 0, changed = 0;
  for (const char* folder : {"corpus/fr", "corpus/en", "blind4/corpus/fr"}) {
    for (const fs::directory_entry& file : fs::directory_iterator(testdata / folder)) {
      std::ifstream in(file.path(), std::ios::binary);
      std::stringstream bytes;
      bytes << in.rdbuf();
      const std::string nfc = bytes.str();
      const std::string variant = absl::StrCat(kBom, Normalized(nfc, true));
      changed += variant.size() > nfc.size() + 3;
      ExpectSameClaims(nfc, variant, file.path().filename().string());
      ++articles;
    }
  }
  EXPECT_GE(articles, 20);
  EXPECT_GE(changed, 15);  // most of them have accents to decompose
}

}  // namespace
}  // namespace claimcheck
