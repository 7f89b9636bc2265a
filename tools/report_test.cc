#include "tools/report.h"

#include <algorithm>
#include <sstream>

#include "absl/strings/match.h"
#include "gmock/gmock.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// Two articles: a ministry figure later revised, and a rival side's much higher figure.
std::vector<ArticleReport> Reports() {
  ArticleReport first;
  first.article.set_id("wire/ru.txt");
  first.article.set_text("The ministry said 63 soldiers were killed in Makiivka.");
  v1::Claim a;
  a.set_id("wire/ru.txt#1");
  a.set_article_id("wire/ru.txt");
  a.mutable_number_span()->set_start(18);
  a.mutable_number_span()->set_end(20);
  a.mutable_quantity()->set_value(63);
  a.mutable_quantity()->set_qualifier(v1::EXACT);
  a.mutable_quantity()->set_text("63");
  a.set_metric(v1::KILLED);
  a.set_subject("soldier");
  a.mutable_location()->set_canonical("Makiivka");
  a.mutable_source()->set_canonical_id("ru.mod");
  a.set_sentence(first.article.text());
  a.set_figure_key("KILLED|person|Makiivka");
  v1::Flag* conflict = a.add_flags();
  conflict->set_kind(v1::CONFLICT);
  conflict->set_reason("ru.mod: 63 killed; ua.army: about 400");
  conflict->set_figure_key("KILLED|person|Makiivka");
  first.claims.push_back(a);

  ArticleReport second;
  second.article.set_id("wire/ua.md");
  second.article.set_text("Kyiv put the toll at about 400 <dead> & more.");
  v1::Claim b = a;
  b.set_id("wire/ua.md#1");
  b.set_article_id("wire/ua.md");
  const uint32_t at = second.article.text().find("about 400");
  b.mutable_number_span()->set_start(at);
  b.mutable_number_span()->set_end(at + 9);
  b.mutable_quantity()->set_text("about 400");
  b.set_sentence(second.article.text());
  b.add_flags()->set_kind(v1::UNVERIFIED);
  second.claims.push_back(b);
  return {first, second};
}

TEST(SummaryLineTest, CountsAConflictOnceAndUnverifiedClaims) {
  EXPECT_EQ(SummaryLine(Reports()), "2 articles, 2 claims, 1 conflict, 0 revisions, 1 unverified");
  EXPECT_EQ(SummaryLine({}), "0 articles, 0 claims, 0 conflicts, 0 revisions, 0 unverified");
}

TEST(RaisesAnyTest, OnlyTheKindsAsked) {
  EXPECT_TRUE(RaisesAny(Reports(), {v1::CONFLICT, v1::INCONSISTENT}));
  EXPECT_FALSE(RaisesAny(Reports(), {v1::REVISION}));
  EXPECT_FALSE(RaisesAny(Reports(), {}));
}

TEST(MarkNumberTest, WrapsTheNumberOrLeavesTheSentence) {
  EXPECT_EQ(MarkNumber("then 89 killed", "89", false), "then »89« killed");
  EXPECT_EQ(MarkNumber("then 89 killed", "89", true), "then \033[1m89\033[0m killed");
  EXPECT_EQ(MarkNumber("then 89 killed", "400", false), "then 89 killed");
  EXPECT_EQ(MarkNumber("then 89 killed", "", false), "then 89 killed");
  EXPECT_EQ(MarkNumber("89 then 89", "89", false, 8), "89 then »89«");
  EXPECT_EQ(MarkNumber("89 then 89", "89", false, 3), "»89« then 89");  // not there: search
}

TEST(TextReportTest, TableSentenceMarkedAndSummaryWithoutColourOffATerminal) {
  std::ostringstream out;
  WriteTextReport(Reports(), /*color=*/false, out);
  const std::string text = out.str();
  EXPECT_THAT(text, HasSubstr("wire/ru.txt  (1 claim)"));
  EXPECT_THAT(text, HasSubstr("The ministry said »63« soldiers"));
  EXPECT_THAT(text, HasSubstr("at »about 400« <dead>"));
  EXPECT_THAT(text, HasSubstr("CONFLICT: ru.mod: 63 killed"));
  EXPECT_THAT(text, HasSubstr("Makiivka"));
  EXPECT_THAT(text, HasSubstr("2 articles, 2 claims, 1 conflict"));
  EXPECT_THAT(text, Not(HasSubstr("\033[")));

  std::ostringstream colored;
  WriteTextReport(Reports(), /*color=*/true, colored);
  EXPECT_THAT(colored.str(), HasSubstr("\033[31mCONFLICT"));
}

TEST(TextReportTest, ColumnsAlignAcrossRows) {
  std::ostringstream out;
  WriteTextReport({Reports()[0]}, false, out);
  std::istringstream lines(out.str());
  std::string header, row;
  std::getline(lines, header);
  std::getline(lines, header);
  std::getline(lines, row);
  EXPECT_EQ(header.find("QUALIFIER"), row.find("EXACT"));
  EXPECT_EQ(header.find("FLAGS"), row.find("CONFLICT"));
}

TEST(JsonlReportTest, OneSnakeCaseClaimPerLineThatParsesBack) {
  std::ostringstream out;
  ASSERT_TRUE(WriteJsonlReport(Reports(), out).ok());
  std::istringstream lines(out.str());
  std::string line;
  int count = 0;
  while (std::getline(lines, line)) {
    ++count;
    EXPECT_THAT(line, HasSubstr("\"article_id\":"));
    EXPECT_THAT(line, HasSubstr("\"number_span\":{\"start\":"));
    EXPECT_THAT(line, HasSubstr("\"metric\":\"KILLED\""));
    v1::Claim parsed;
    ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(line, &parsed).ok()) << line;
    EXPECT_EQ(parsed.quantity().value(), 63);
  }
  EXPECT_EQ(count, 2);
}

// What report.h promises: a claim that cannot be written as JSON (text that is not UTF-8) is
// INTERNAL naming it, and the lines before it are written; never a line of broken JSON.
TEST(JsonlReportTest, TextThatIsNotUtf8IsInternalAfterTheLinesBeforeIt) {
  std::vector<ArticleReport> reports = Reports();
  reports[1].claims[0].set_sentence("Kyiv said \xE9 400");
  std::ostringstream out;
  absl::Status written = WriteJsonlReport(reports, out);
  EXPECT_EQ(written.code(), absl::StatusCode::kInternal);
  EXPECT_THAT(written.message(), HasSubstr(reports[1].claims[0].id()));
  const std::string lines = out.str();
  EXPECT_EQ(std::count(lines.begin(), lines.end(), '\n'), 1);
  EXPECT_THAT(lines, Not(HasSubstr("\xE9")));
}

TEST(JunitReportTest, OneTestcasePerArticleAndAFailurePerChosenFlag) {
  std::ostringstream out;
  WriteJunitReport(Reports(), {v1::CONFLICT}, out);
  const std::string xml = out.str();
  EXPECT_THAT(xml, HasSubstr("<testsuite name=\"claimcheck\" tests=\"2\" failures=\"2\">"));
  EXPECT_THAT(xml, HasSubstr("<testcase classname=\"claimcheck\" name=\"wire/ru.txt\">"));
  EXPECT_THAT(xml, HasSubstr("<failure type=\"CONFLICT\""));
  EXPECT_THAT(xml, HasSubstr("&lt;dead&gt; &amp; more."));
  EXPECT_THAT(xml, Not(HasSubstr("type=\"UNVERIFIED\"")));

  std::ostringstream none;
  WriteJunitReport(Reports(), {v1::REVISION}, none);
  EXPECT_THAT(none.str(), HasSubstr("failures=\"0\""));
  EXPECT_THAT(none.str(), Not(HasSubstr("<failure")));
}

}  // namespace
}  // namespace claimcheck
