// Formats the CLI's results: one ArticleReport per article read, in input order, and the inputs
// the batch had to skip.
//
// Usage:
//   claimcheck::BatchReport batch = ...;
//   claimcheck::WriteTextReport(batch, claimcheck::TextStyle{/*color=*/isatty(1) != 0}, std::cout);
//   int exit_code = !batch.skipped.empty() ? 2 : claimcheck::RaisesAny(batch.articles, fail_on);
//
// Four formats: text (an aligned table per article for a person, then each flagged claim's
// sentence with its number marked, then a summary line), jsonl (one v1::Claim per line, the
// format DESIGN.md fixes and ../shared/tools/score_claims.py reads), junit (one testcase per
// article, one <failure> per flag of a kind in `fail_on`, one <error> testcase per skipped input,
// for CI systems) and html (one self-contained page: report_html.h).
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

// An input the batch could not use: a file that cannot be read, text that is not UTF-8, an
// article the server refused. It is named on stderr, reported as an error, and makes the exit
// code 2; the rest of the batch is reported as usual.
struct SkippedInput {
  std::string name;    // the file's path, or the article's id when one file holds several
  std::string reason;  // for a person: "text is not valid UTF-8 (...)"
};

// What a batch produced.
struct BatchReport {
  std::vector<ArticleReport> articles;  // in input order
  std::vector<SkippedInput> skipped;    // in the order they were met
  // Claims the page refers to but did not check itself (`check --server`: the stored claims that
  // the checked ones conflict with). Only the html report uses them, in charts and links.
  std::vector<v1::Claim> context_claims;
};

using FlagKindSet = std::set<v1::FlagKind>;

struct TextStyle {
  bool color = false;         // ANSI colours and bold (a terminal, --color=always)
  bool only_flagged = false;  // --flagged: list only claims that carry a flag
};

// True when some claim carries a flag whose kind is in `kinds`.
bool RaisesAny(const std::vector<ArticleReport>& reports, const FlagKindSet& kinds);

// The figures a person should look at: the figure keys of every flag of kind CONFLICT, REVISION
// or INCONSISTENT, sorted.
std::vector<std::string> ContestedFigureKeys(const std::vector<ArticleReport>& reports);

// "5 articles, 31 claims, 1 conflict, 1 revision, 4 unverified": conflicts, revisions and
// inconsistencies count distinct figures, unverified counts claims. ", 1 input skipped" ends it
// when the batch skipped some.
std::string SummaryLine(const BatchReport& batch);

// `sentence` with `number` wrapped in »«, or in bold when `color`: the occurrence at byte `at`
// when `number` is there, else the first one. Unchanged when `number` is empty or absent.
std::string MarkNumber(absl::string_view sentence, absl::string_view number, bool color,
                       size_t at = absl::string_view::npos);

// The number as written in the article (its span), else the quantity's own text.
std::string NumberText(const v1::Article& article, const v1::Claim& claim);

// The quantity with its unit when it is not a count: "environ 90 (km)"; the number alone for a
// count.
std::string AmountWithUnit(absl::string_view number, const v1::Quantity& quantity);

// How serious a flag is for an editor, 0 (none) to 7 (CONFLICT): higher is worse.
int FlagSeverity(v1::FlagKind kind);

// The most serious flag a claim carries (CONFLICT, INCONSISTENT, REVISION, UNVERIFIED,
// UNATTRIBUTED, SINGLE_SOURCE, CORROBORATED in that order); FLAG_KIND_UNSPECIFIED for none.
v1::FlagKind WorstFlag(const v1::Claim& claim);

void WriteTextReport(const BatchReport& batch, const TextStyle& style, std::ostream& out);

// One JSON object per claim, snake_case keys, enums by name; with `only_flagged`, only the claims
// that carry a flag. INTERNAL if a claim cannot be converted (text that is not UTF-8); the lines
// before it are written.
absl::Status WriteJsonlReport(const BatchReport& batch, bool only_flagged, std::ostream& out);

void WriteJunitReport(const BatchReport& batch, const FlagKindSet& fail_on, std::ostream& out);

// `s` with &, <, >, " and ' escaped for XML and HTML text and attributes; the control characters
// that XML 1.0 and HTML forbid, and bytes that are not UTF-8, become U+FFFD.
std::string XmlEscape(absl::string_view s);

}  // namespace claimcheck

#endif  // CLAIMCHECK_TOOLS_REPORT_H_
