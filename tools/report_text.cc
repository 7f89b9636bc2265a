// The text report: what an editor reads in a terminal.
#include <algorithm>
#include <map>
#include <utility>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "tools/report.h"

namespace claimcheck {
namespace {

constexpr size_t kMaxCell = 28;

// Columns are aligned by code points, not bytes, so accented French lines up.
size_t DisplayWidth(absl::string_view s) {
  size_t width = 0;
  for (unsigned char c : s) width += (c & 0xC0) != 0x80;
  return width;
}

std::string Truncate(absl::string_view s) {
  if (DisplayWidth(s) <= kMaxCell) return std::string(s);
  size_t points = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++points == kMaxCell) break;
  }
  return absl::StrCat(s.substr(0, i), "…");
}

// "" for the unspecified value of any enum: a blank cell reads better than *_UNSPECIFIED.
std::string EnumName(const std::string& name) {
  return absl::EndsWith(name, "UNSPECIFIED") ? "" : name;
}

// The claim's sentence with its own number marked: located by the span when the sentence can be
// found around it in the text (the same figure may occur twice in a sentence), else by search.
std::string MarkedSentence(const ArticleReport& report, const v1::Claim& claim,
                           const std::string& number, bool color) {
  const std::string& text = report.article.text();
  const std::string& sentence = claim.sentence();
  const v1::Span& span = claim.number_span();
  if (!sentence.empty() && span.end() <= text.size() && span.end() > span.start()) {
    size_t at = text.rfind(sentence, span.start());
    if (at != std::string::npos && at + sentence.size() >= span.end()) {
      return MarkNumber(sentence, number, color, span.start() - at);
    }
  }
  return MarkNumber(sentence, number, color);
}

std::string FlagNames(const v1::Claim& claim) {
  std::vector<std::string> names;
  for (const v1::Flag& flag : claim.flags()) names.push_back(v1::FlagKind_Name(flag.kind()));
  return absl::StrJoin(names, ",");
}

const char* FlagColor(v1::FlagKind kind) {
  switch (kind) {
    case v1::CONFLICT:
    case v1::INCONSISTENT:
      return "\033[31m";  // red: contradicts the record
    case v1::REVISION:
    case v1::UNVERIFIED:
      return "\033[33m";  // yellow: worth a look
    default:
      return "\033[36m";
  }
}

void WriteTable(const std::vector<std::vector<std::string>>& rows, std::ostream& out) {
  std::vector<size_t> widths;
  for (const auto& row : rows) {
    widths.resize(std::max(widths.size(), row.size()), 0);
    for (size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], DisplayWidth(row[i]));
  }
  for (const auto& row : rows) {
    std::string line = "  ";
    for (size_t i = 0; i < row.size(); ++i) {
      line += row[i];
      if (i + 1 < row.size()) line += std::string(widths[i] - DisplayWidth(row[i]) + 2, ' ');
    }
    out << absl::StripTrailingAsciiWhitespace(line) << "\n";
  }
}

// Prints each claim's flags under its sentence. A reason already printed (the same hedge over
// two claims of one sentence, one revision seen from both its claims) refers back to where it
// was printed instead of repeating it.
class FlagPrinter {
 public:
  FlagPrinter(const TextStyle& style, std::ostream& out) : style_(style), out_(out) {}

  void Print(const ArticleReport& report, size_t index) {
    const v1::Claim& claim = report.claims[index];
    out_ << "  #" << index + 1 << " "
         << MarkedSentence(report, claim, NumberText(report.article, claim), style_.color) << "\n";
    for (const v1::Flag& flag : claim.flags()) {
      out_ << "     " << (style_.color ? FlagColor(flag.kind()) : "")
           << v1::FlagKind_Name(flag.kind()) << (style_.color ? "\033[0m" : "");
      if (!flag.reason().empty()) {
        auto [first, inserted] = printed_.try_emplace(
            std::make_pair(flag.kind(), flag.reason()),
            std::make_pair(report.article.id(), index + 1));
        if (inserted) {
          out_ << ": " << flag.reason();
        } else if (first->second.first == report.article.id()) {
          out_ << ": as for #" << first->second.second;
        } else {
          out_ << ": as for " << first->second.first << " #" << first->second.second;
        }
      }
      out_ << "\n";
    }
  }

 private:
  const TextStyle& style_;
  std::ostream& out_;
  // (kind, reason) -> (article id, claim number) where it was first printed.
  std::map<std::pair<int, std::string>, std::pair<std::string, size_t>> printed_;
};

std::vector<std::string> TableRow(const ArticleReport& report, size_t index) {
  const v1::Claim& claim = report.claims[index];
  return {
      absl::StrCat(index + 1),
      Truncate(NumberText(report.article, claim)),
      claim.quantity().unit(),
      EnumName(v1::Qualifier_Name(claim.quantity().qualifier())),
      EnumName(v1::Metric_Name(claim.metric())),
      Truncate(claim.subject()),
      Truncate(claim.location().canonical().empty() ? claim.location().text()
                                                    : claim.location().canonical()),
      Truncate(claim.source().canonical_id().empty() ? claim.source().text()
                                                     : claim.source().canonical_id()),
      FlagNames(claim),
  };
}

}  // namespace

void WriteTextReport(const BatchReport& batch, const TextStyle& style, std::ostream& out) {
  const char* bold = style.color ? "\033[1m" : "";
  const char* reset = style.color ? "\033[0m" : "";
  FlagPrinter flags(style, out);
  for (const ArticleReport& report : batch.articles) {
    std::vector<size_t> listed;
    for (size_t i = 0; i < report.claims.size(); ++i) {
      if (!style.only_flagged || report.claims[i].flags_size() > 0) listed.push_back(i);
    }
    if (style.only_flagged && listed.empty()) continue;
    out << bold << report.article.id() << reset << "  (" << report.claims.size()
        << (report.claims.size() == 1 ? " claim" : " claims") << ")\n";
    if (listed.empty()) continue;
    std::vector<std::vector<std::string>> rows = {
        {"#", "NUMBER", "UNIT", "QUALIFIER", "METRIC", "SUBJECT", "PLACE", "SOURCE", "FLAGS"}};
    for (size_t i : listed) rows.push_back(TableRow(report, i));
    WriteTable(rows, out);
    for (size_t i : listed) {
      if (report.claims[i].flags_size() > 0) flags.Print(report, i);
    }
    out << "\n";
  }
  out << SummaryLine(batch) << "\n";
}

}  // namespace claimcheck
