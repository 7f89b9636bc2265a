// The reports programs read: JSON lines and JUnit XML.
#include <string>

#include "absl/strings/str_cat.h"
#include "extractors/folded_text.h"
#include "tools/claim_json.h"
#include "tools/report.h"

namespace claimcheck {

absl::Status WriteJsonlReport(const BatchReport& batch, bool only_flagged, std::ostream& out) {
  // Zero offsets and values are printed: a reader cannot tell "0" from "unknown" otherwise.
  std::string line;
  for (const ArticleReport& report : batch.articles) {
    for (const v1::Claim& claim : report.claims) {
      if (only_flagged && claim.flags_size() == 0) continue;
      line.clear();
      AppendClaimJson(claim, &line);
      // JSON is UTF-8: a line that is not would be refused by every reader, or worse, read.
      if (!IsValidUtf8(line)) {
        return absl::InternalError(absl::StrCat("claim ", claim.id(),
                                                " holds text that is not UTF-8; not written"));
      }
      line.push_back('\n');
      out << line;
    }
  }
  return absl::OkStatus();
}

void WriteJunitReport(const BatchReport& batch, const FlagKindSet& fail_on, std::ostream& out) {
  size_t failing = 0;
  for (const ArticleReport& report : batch.articles) failing += RaisesAny({report}, fail_on);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<testsuite name=\"claimcheck\" tests=\"" << batch.articles.size() + batch.skipped.size()
      << "\" failures=\"" << failing << "\" errors=\"" << batch.skipped.size() << "\">\n";
  for (const ArticleReport& report : batch.articles) {
    out << "  <testcase classname=\"claimcheck\" name=\"" << XmlEscape(report.article.id())
        << "\">\n";
    for (const v1::Claim& claim : report.claims) {
      for (const v1::Flag& flag : claim.flags()) {
        if (!fail_on.count(flag.kind())) continue;
        const std::string kind = v1::FlagKind_Name(flag.kind());
        out << "    <failure type=\"" << kind << "\" message=\""
            << XmlEscape(absl::StrCat(kind, " on ", claim.quantity().text(), ": ", flag.reason()))
            << "\">" << XmlEscape(absl::StrCat(claim.id(), ": ", claim.sentence()))
            << "</failure>\n";
      }
    }
    out << "  </testcase>\n";
  }
  // An input that could not be checked is neither a pass nor a failure of the article: an error.
  for (const SkippedInput& skipped : batch.skipped) {
    out << "  <testcase classname=\"claimcheck\" name=\"" << XmlEscape(skipped.name) << "\">\n"
        << "    <error type=\"skipped\" message=\"" << XmlEscape(skipped.reason) << "\">"
        << XmlEscape(absl::StrCat(skipped.name, ": ", skipped.reason)) << "</error>\n"
        << "  </testcase>\n";
  }
  out << "</testsuite>\n";
}

}  // namespace claimcheck
