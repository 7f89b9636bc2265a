// Formats the CLI's results: one ArticleReport per article read, in input order.
//
// Usage:
//   std::vector<claimcheck::ArticleReport> reports = ...;
//   claimcheck::WriteTextReport(reports, /*color=*/isatty(1), std::cout);
//   int exit_code = claimcheck::RaisesAny(reports, fail_on) ? 1 : 0;
//
// Three formats: text (an aligned table per article for a person, then each flagged claim's
// sentence with its number marked, then a summary line), jsonl (one v1::Claim per line, the
// format DESIGN.md fixes and ../shared/tools/score_claims.py reads) and junit (one testcase per
// article, one <failure> per flag of a kind in `fail_on`, for CI systems).
//
// Thread safety: plain functions over their arguments.
#ifndef CLAIMCHECK_TOOLS_REPORT_H_
#define CLAIMCHECK_TOOLS_REPORT_H_

#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

struct ArticleReport {
  v1::Article article;            // its text lets the report mark numbers in sentences
  std::vector<v1::Claim> claims;  // in text order, with their flags
};

using FlagKindSet = std::set<v1::FlagKind>;

// True when some claim carries a flag whose kind is in `kinds`.
bool RaisesAny(const std::vector<ArticleReport>& reports, const FlagKindSet& kinds);

// "5 articles, 31 claims, 1 conflict, 1 revision, 4 unverified": conflicts, revisions and
// inconsistencies count distinct figures, unverified counts claims.
std::string SummaryLine(const std::vector<ArticleReport>& reports);

// `sentence` with `number` wrapped in »«, or in bold when `color`: the occurrence at byte `at`
// when `number` is there, else the first one. Unchanged when `number` is empty or absent.
std::string MarkNumber(absl::string_view sentence, absl::string_view number, bool color,
                       size_t at = absl::string_view::npos);

void WriteTextReport(const std::vector<ArticleReport>& reports, bool color, std::ostream& out);

// One JSON object per claim, snake_case keys, enums by name. INTERNAL if a claim cannot be
// converted (text that is not UTF-8); the lines before it are written.
absl::Status WriteJsonlReport(const std::vector<ArticleReport>& reports, std::ostream& out);

void WriteJunitReport(const std::vector<ArticleReport>& reports, const FlagKindSet& fail_on,
                      std::ostream& out);

}  // namespace claimcheck

#endif  // CLAIMCHECK_TOOLS_REPORT_H_
