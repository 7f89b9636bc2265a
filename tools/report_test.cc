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

BatchReport Batch() { return {Reports(), {}, {}}; }

TEST(SummaryLineTest, CountsAConflictOnceAndUnverifiedClaims) {
  EXPECT_EQ(SummaryLine(Batch()), "2 articles, 2 claims, 1 conflict, 0 revisions, 1 unverified");
  EXPECT_EQ(SummaryLine({}), "0 articles, 0 claims, 0 conflicts, 0 revisions, 0 unverified");
}

TEST(SummaryLineTest, EndsWithTheInputsSkipped) {
  BatchReport batch = Batch();
  batch.skipped.push_back({"latin1.txt", "the text is not UTF-8"});
  EXPECT_EQ(SummaryLine(batch),
            "2 articles, 2 claims, 1 conflict, 0 revisions, 1 unverified, 1 input skipped");
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
  WriteTextReport(Batch(), {}, out);
  const std::string text = out.str();
  EXPECT_THAT(text, HasSubstr("wire/ru.txt  (1 claim)"));
  EXPECT_THAT(text, HasSubstr("The ministry said »63« soldiers"));
  EXPECT_THAT(text, HasSubstr("at »about 400« <dead>"));
  EXPECT_THAT(text, HasSubstr("CONFLICT: ru.mod: 63 killed"));
  EXPECT_THAT(text, HasSubstr("Makiivka"));
  EXPECT_THAT(text, HasSubstr("2 articles, 2 claims, 1 conflict"));
  EXPECT_THAT(text, Not(HasSubstr("\033[")));

  std::ostringstream colored;
  WriteTextReport(Batch(), TextStyle{/*color=*/true, /*only_flagged=*/false}, colored);
  EXPECT_THAT(colored.str(), HasSubstr("\033[31mCONFLICT"));
}

TEST(TextReportTest, ColumnsAlignAcrossRows) {
  std::ostringstream out;
  WriteTextReport({{Reports()[0]}, {}, {}}, {}, out);
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
  ASSERT_TRUE(WriteJsonlReport(Batch(), /*only_flagged=*/false, out).ok());
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
  BatchReport batch = Batch();
  batch.articles[1].claims[0].set_sentence("Kyiv said \xE9 400");
  std::ostringstream out;
  absl::Status written = WriteJsonlReport(batch, /*only_flagged=*/false, out);
  EXPECT_EQ(written.code(), absl::StatusCode::kInternal);
  EXPECT_THAT(written.message(), HasSubstr(batch.articles[1].claims[0].id()));
  const std::string lines = out.str();
  EXPECT_EQ(std::count(lines.begin(), lines.end(), '\n'), 1);
  EXPECT_THAT(lines, Not(HasSubstr("\xE9")));
}

TEST(JunitReportTest, OneTestcasePerArticleAndAFailurePerChosenFlag) {
  std::ostringstream out;
  WriteJunitReport(Batch(), {v1::CONFLICT}, out);
  const std::string xml = out.str();
  EXPECT_THAT(xml, HasSubstr("<testsuite name=\"claimcheck\" tests=\"2\" failures=\"2\" "
                             "errors=\"0\">"));
  EXPECT_THAT(xml, HasSubstr("<testcase classname=\"claimcheck\" name=\"wire/ru.txt\">"));
  EXPECT_THAT(xml, HasSubstr("<failure type=\"CONFLICT\""));
  EXPECT_THAT(xml, HasSubstr("&lt;dead&gt; &amp; more."));
  EXPECT_THAT(xml, Not(HasSubstr("type=\"UNVERIFIED\"")));

  std::ostringstream none;
  WriteJunitReport(Batch(), {v1::REVISION}, none);
  EXPECT_THAT(none.str(), HasSubstr("failures=\"0\""));
  EXPECT_THAT(none.str(), Not(HasSubstr("<failure")));
}

TEST(JunitReportTest, ASkippedInputIsAnErrorTestcase) {
  BatchReport batch = Batch();
  batch.skipped.push_back({"drafts/latin1.txt", "the text is not UTF-8 <Latin-1?>"});
  std::ostringstream out;
  WriteJunitReport(batch, {v1::CONFLICT}, out);
  const std::string xml = out.str();
  EXPECT_THAT(xml, HasSubstr("tests=\"3\" failures=\"2\" errors=\"1\""));
  EXPECT_THAT(xml, HasSubstr("<testcase classname=\"claimcheck\" name=\"drafts/latin1.txt\">\n"
                             "    <error type=\"skipped\" message=\"the text is not UTF-8 "
                             "&lt;Latin-1?&gt;\">"));
}

TEST(TextReportTest, FlaggedListsOnlyFlaggedClaimsAndSkipsQuietArticles) {
  BatchReport batch = Batch();
  ArticleReport quiet;
  quiet.article.set_id("wire/quiet.txt");
  quiet.article.set_text("Some 90 km away.");
  v1::Claim distance;
  distance.set_id("wire/quiet.txt#1");
  distance.mutable_number_span()->set_start(5);
  distance.mutable_number_span()->set_end(7);
  distance.mutable_quantity()->set_text("Some 90");
  distance.mutable_quantity()->set_unit("km");
  quiet.claims.push_back(distance);
  batch.articles.push_back(quiet);

  std::ostringstream all;
  WriteTextReport(batch, {}, all);
  EXPECT_THAT(all.str(), HasSubstr("wire/quiet.txt  (1 claim)"));
  // The unit has its column: "Some 90 km" does not read as a count of 90.
  EXPECT_THAT(all.str(), HasSubstr("UNIT"));
  EXPECT_THAT(all.str(), ::testing::ContainsRegex("1  90 +km"));

  std::ostringstream flagged;
  WriteTextReport(batch, TextStyle{/*color=*/false, /*only_flagged=*/true}, flagged);
  EXPECT_THAT(flagged.str(), Not(HasSubstr("wire/quiet.txt")));
  EXPECT_THAT(flagged.str(), HasSubstr("wire/ru.txt  (1 claim)"));
  EXPECT_THAT(flagged.str(), HasSubstr("3 articles, 3 claims"));  // the summary counts all

  std::ostringstream jsonl;
  ASSERT_TRUE(WriteJsonlReport(batch, /*only_flagged=*/true, jsonl).ok());
  EXPECT_THAT(jsonl.str(), Not(HasSubstr("wire/quiet.txt")));
}

TEST(TextReportTest, AReasonAlreadyPrintedIsReferredTo) {
  BatchReport batch = Batch();
  v1::Claim twin = batch.articles[0].claims[0];
  twin.set_id("wire/ru.txt#2");
  batch.articles[0].claims.push_back(twin);
  std::ostringstream out;
  WriteTextReport(batch, {}, out);
  const std::string text = out.str();
  const std::string reason = "CONFLICT: ru.mod: 63 killed; ua.army: about 400";
  EXPECT_EQ(text.find(reason), text.rfind(reason)) << text;
  EXPECT_THAT(text, HasSubstr("CONFLICT: as for #1"));
}

TEST(XmlEscapeTest, EscapesMarkupAndReplacesWhatXmlAndHtmlRefuse) {
  EXPECT_EQ(XmlEscape("<a href=\"x\">&'</a>"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;");
  EXPECT_EQ(XmlEscape("tué à Kyiv\n\t"), "tué à Kyiv\n\t");
  EXPECT_EQ(XmlEscape("a\x01" "b\x7F"), "a\uFFFD" "b\uFFFD");
  EXPECT_EQ(XmlEscape("bless\xE9s"), "bless\uFFFDs");  // Latin-1 é: not UTF-8
  EXPECT_EQ(XmlEscape("\xEF\xBF\xBE"), "\uFFFD");     // U+FFFE, a noncharacter
}

}  // namespace
}  // namespace claimcheck
