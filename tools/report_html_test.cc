#include "tools/report_html.h"

#include <sstream>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tools/report_chart.h"

namespace claimcheck {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr char kKey[] = "KILLED|soldier|makiivka";

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + needle.size())) {
    ++n;
  }
  return n;
}

v1::Claim KillClaim(const std::string& article_id, int n, const std::string& text,
                    const std::string& number, double value, const std::string& source,
                    int64_t day) {
  v1::Claim claim;
  claim.set_id(absl::StrCat(article_id, "#", n));
  claim.set_article_id(article_id);
  const size_t at = text.find(number);
  claim.mutable_number_span()->set_start(at);
  claim.mutable_number_span()->set_end(at + number.size());
  claim.mutable_quantity()->set_value(value);
  claim.mutable_quantity()->set_lower(value);
  claim.mutable_quantity()->set_upper(value);
  claim.mutable_quantity()->set_qualifier(v1::EXACT);
  claim.mutable_quantity()->set_text(number);
  claim.set_metric(v1::KILLED);
  claim.set_subject("soldier");
  claim.mutable_location()->set_canonical("Makiivka");
  claim.mutable_source()->set_text(source);
  claim.set_sentence(text);
  claim.set_figure_key(kKey);
  claim.mutable_published_at()->set_seconds(1672531200 + day * 86400);  // 2023-01-01 + day
  return claim;
}

void AddFlag(v1::Claim* claim, v1::FlagKind kind, const std::string& reason,
             const std::vector<std::string>& related) {
  v1::Flag* flag = claim->add_flags();
  flag->set_kind(kind);
  flag->set_reason(reason);
  flag->set_figure_key(kKey);
  for (const std::string& id : related) flag->add_related_claim_ids(id);
}

ArticleReport Article(const std::string& id, const std::string& text) {
  ArticleReport report;
  report.article.set_id(id);
  report.article.set_text(text);
  return report;
}

// Makiivka: the ministry's 63, then 89, against Kyiv's about 400.
BatchReport Makiivka() {
  ArticleReport ru63 = Article("ru/63.txt", "The ministry said 63 soldiers were killed.");
  ArticleReport ru89 = Article("ru/89.txt", "The ministry now says 89 soldiers were killed.");
  ArticleReport ua = Article("ua/400.txt", "Kyiv said about 400 soldiers were killed.");
  v1::Claim a = KillClaim("ru/63.txt", 1, ru63.article.text(), "63", 63, "the ministry", 1);
  v1::Claim b = KillClaim("ru/89.txt", 1, ru89.article.text(), "89", 89, "the ministry", 3);
  v1::Claim c = KillClaim("ua/400.txt", 1, ua.article.text(), "about 400", 400, "Kyiv", 2);
  c.mutable_quantity()->set_qualifier(v1::APPROXIMATE);
  c.mutable_quantity()->set_lower(340);
  c.mutable_quantity()->set_upper(460);
  AddFlag(&a, v1::REVISION, "the ministry: 63 killed (2023-01-02), then 89", {b.id()});
  AddFlag(&a, v1::CONFLICT, "the ministry: 63 vs Kyiv: about 400", {c.id()});
  AddFlag(&b, v1::CONFLICT, "the ministry: 89 vs Kyiv: about 400", {c.id()});
  AddFlag(&c, v1::CONFLICT, "Kyiv: about 400 vs the ministry: 63", {a.id(), b.id()});
  ru63.claims = {a};
  ru89.claims = {b};
  ua.claims = {c};
  return {{ru63, ru89, ua}, {}, {}};
}

std::string Html(const BatchReport& batch, const HtmlStyle& style = {}) {
  std::ostringstream out;
  WriteHtmlReport(batch, style, out);
  return out.str();
}

TEST(HtmlReportTest, EveryClaimIsMarkedOnceWithItsWorstFlagAndNamedInWords) {
  const std::string html = Html(Makiivka());
  EXPECT_EQ(Count(html, "<mark class=\"claim"), 3u);
  for (const char* id : {"ru/63.txt#1", "ru/89.txt#1", "ua/400.txt#1"}) {
    EXPECT_EQ(Count(html, absl::StrCat("data-claim-id=\"", id, "\" data-flags")), 1u) << id;
  }
  // Colour says CONFLICT, and so does the text, for print and for readers without colour.
  EXPECT_THAT(html, HasSubstr("<mark class=\"claim w-conflict\""));
  EXPECT_THAT(html, HasSubstr(">63</a><span class=\"tag\">CONFLICT +1</span></mark>"));
}

TEST(HtmlReportTest, AContestedFigureHasOneChartWithAMarkPerClaimAndSaysItInWords) {
  const std::string html = Html(Makiivka());
  EXPECT_EQ(Count(html, "<figure class=\"chart\""), 1u);
  EXPECT_THAT(html, HasSubstr(absl::StrCat("<figure class=\"chart\" data-figure-key=\"", kKey)));
  EXPECT_EQ(Count(html, "<g class=\"mark\""), 3u);
  EXPECT_THAT(html, HasSubstr("the ministry: 63 (2023-01-02), then 89 (2023-01-04); against "
                              "Kyiv: about 400 (2023-01-03)"));
  // Kyiv's interval is drawn, and the summary band with it.
  EXPECT_THAT(html, HasSubstr("<line class=\"interval\""));
  EXPECT_THAT(html, HasSubstr("<g class=\"band\">"));
  EXPECT_THAT(html, HasSubstr(">best 89</text>"));
}

TEST(HtmlReportTest, RelatedClaimsLinkToTheirMarksInOtherArticles) {
  const std::string html = Html(Makiivka());
  // ua/400.txt#1 is the third claim on the page: its mark is #c3, its row #d3.
  EXPECT_THAT(html, HasSubstr("<mark class=\"claim w-conflict\" id=\"c3\""));
  EXPECT_THAT(html, HasSubstr("related: <a href=\"#c3\">ua/400.txt#1</a>"));
  EXPECT_THAT(html, HasSubstr("<tr id=\"d3\""));
}

TEST(HtmlReportTest, EverythingFromAnArticleIsEscapedAndNothingIsLoaded) {
  ArticleReport evil = Article("x\"><script>alert(1)</script>.txt",
                               "<img src=x onerror=alert(1)> killed 12 & <b>more</b>\x01");
  evil.article.set_title("</title><script>alert(2)</script>");
  evil.article.set_url("javascript:alert(3)");
  v1::Claim claim = KillClaim(evil.article.id(), 1, evil.article.text(), "12", 12,
                              "<i>the ministry</i>", 1);
  AddFlag(&claim, v1::UNVERIFIED, "hedged: \"<script>alert(4)</script>\"", {"y'><svg onload=x>"});
  evil.claims = {claim};
  const std::string html = Html({{evil}, {{"bad<file>.txt", "<not UTF-8>"}}, {}});
  EXPECT_EQ(Count(html, "<script"), 1u);  // the page's own
  EXPECT_THAT(html, Not(HasSubstr("<img")));
  EXPECT_THAT(html, Not(HasSubstr("<svg onload")));
  EXPECT_THAT(html, Not(HasSubstr("<i>")));
  EXPECT_THAT(html, Not(HasSubstr("<b>more")));
  EXPECT_THAT(html, Not(HasSubstr("javascript:")));
  EXPECT_THAT(html, Not(HasSubstr("\x01")));
  EXPECT_THAT(html, HasSubstr("&lt;img src=x onerror=alert(1)&gt;"));
  EXPECT_THAT(html, HasSubstr("<code>bad&lt;file&gt;.txt</code>: &lt;not UTF-8&gt;"));
  // Self-contained: no external style sheet, script, image or font.
  for (const char* loads : {" src=\"", " href=\"http", "<link", "@import", "url(", "<iframe"}) {
    EXPECT_THAT(html, Not(HasSubstr(loads))) << loads;
  }
}

TEST(HtmlReportTest, AClaimWhoseSpanCannotBeMarkedStillGetsItsOneMark) {
  BatchReport batch = Makiivka();
  v1::Claim overlapping = batch.articles[0].claims[0];
  overlapping.set_id("ru/63.txt#2");
  overlapping.clear_flags();
  v1::Claim outside = overlapping;
  outside.set_id("ru/63.txt#3");
  outside.mutable_number_span()->set_start(1000);
  outside.mutable_number_span()->set_end(1004);
  batch.articles[0].claims.push_back(overlapping);
  batch.articles[0].claims.push_back(outside);
  const std::string html = Html(batch);
  EXPECT_EQ(Count(html, "<mark class=\"claim"), 5u);
  EXPECT_THAT(html, HasSubstr("data-claim-id=\"ru/63.txt#2\""));
  EXPECT_THAT(html, HasSubstr(">[#3]</a></mark>"));
  // The text itself is copied once, whole.
  EXPECT_EQ(Count(html, " soldiers were killed."), 3u);
}

TEST(HtmlReportTest, FlaggedShowsOnlyArticlesWithAFlagAndTheHeaderIsDimmed) {
  BatchReport batch = Makiivka();
  batch.articles.push_back(Article("calm.md", "---\ntitle: Calm\n---\nNothing happened."));
  EXPECT_THAT(Html(batch), HasSubstr("<span class=\"head\">---\ntitle: Calm\n---\n</span>"));
  HtmlStyle flagged;
  flagged.only_flagged = true;
  EXPECT_THAT(Html(batch, flagged), Not(HasSubstr("calm.md")));
}

TEST(HtmlReportTest, ClaimsOnRecordAreChartedAndLinked) {
  BatchReport batch = Makiivka();
  // `check --server` on the Kyiv article alone: the ministry's claims come from the store.
  batch.context_claims = {batch.articles[0].claims[0], batch.articles[1].claims[0]};
  batch.articles.erase(batch.articles.begin(), batch.articles.begin() + 2);
  const std::string html = Html(batch);
  EXPECT_EQ(Count(html, "<mark class=\"claim"), 1u);
  EXPECT_THAT(html, HasSubstr("<h2>Claims on record</h2>"));
  EXPECT_EQ(Count(html, "<g class=\"mark\""), 3u);
  EXPECT_THAT(html, HasSubstr("<tr id=\"c2\""));  // the ministry's 63, where links to it land
  EXPECT_THAT(html, HasSubstr("related: <a href=\"#c2\">ru/63.txt#1</a>"));
}

TEST(FormatCountTest, ThousandsAndDecimals) {
  EXPECT_EQ(FormatCount(0), "0");
  EXPECT_EQ(FormatCount(89), "89");
  EXPECT_EQ(FormatCount(8000000), "8,000,000");
  EXPECT_EQ(FormatCount(12.5), "12.5");
  EXPECT_EQ(FormatCount(-1234.25), "-1,234.25");
}

}  // namespace
}  // namespace claimcheck
