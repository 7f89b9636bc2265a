// The reports programs read: JSON lines and JUnit XML.
#include <string>

#include "absl/strings/str_cat.h"
#include "extractors/folded_text.h"
#include "tools/claim_json.h"
#include "tools/report.h"

namespace claimcheck {
namespace {

std::string XmlEscape(absl::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        // XML 1.0 forbids most control characters even when escaped.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t' && c != '\r') {
          out += ' ';
        } else {
          out += c;
        }
    }
  }
  return out;
}

}  // namespace

absl::Status WriteJsonlReport(const std::vector<ArticleReport>& reports, std::ostream& out) {
  // Zero offsets and values are printed: a reader cannot tell "0" from "unknown" otherwise.
  std::string line;
  for (const ArticleReport& report : reports) {
    for (const v1::Claim& claim : report.claims) {
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

void WriteJunitReport(const std::vector<ArticleReport>& reports, const FlagKindSet& fail_on,
                      std::ostream& out) {
  size_t failing = 0;
  for (const ArticleReport& report : reports) failing += RaisesAny({report}, fail_on);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<testsuite name=\"claimcheck\" tests=\"" << reports.size() << "\" failures=\"" << failing
      << "\">\n";
  for (const ArticleReport& report : reports) {
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
  out << "</testsuite>\n";
}

}  // namespace claimcheck
