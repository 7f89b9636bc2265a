// The html report: one self-contained page an editor opens in a browser, prints, or mails.
//
// Usage:
//   claimcheck::WriteHtmlReport(batch, {}, std::cout);   // claimcheck check --format=html DIR
//
// The page, top to bottom:
//   - a summary: totals (articles, claims, conflicts, revisions, unverified, inputs skipped) and a
//     table of the articles, sortable by any column;
//   - the inputs the batch skipped, with the reason;
//   - a chart per contested or revised figure (report_chart.h);
//   - each article's text with every claim's number highlighted once, coloured by its worst flag
//     and tagged with that flag's name, then a table of its claims: qualifier, metric, subject,
//     place, source, and the flags with their reasons and links to the related claims (in this
//     article or another). Hovering, focusing or clicking a number shows its row beside it.
//   - the claims on record the page refers to without having checked them (`check --server`).
// Everything is inline: CSS, SVG and a little plain JavaScript (sorting, the claim pop-up); the
// page loads nothing from the network and reads well without the script, without colour and in
// print. Every string that comes from an article or a server is escaped.
//
// Element contract (tests/html_report_test.sh relies on it): each claim of an article is one
// <mark class="claim" data-claim-id=ID>; each contested figure is one
// <figure class="chart" data-figure-key=KEY> with one <g class="mark"> per claim it charts.
//
// Thread safety: a plain function over its arguments.
#ifndef CLAIMCHECK_TOOLS_REPORT_HTML_H_
#define CLAIMCHECK_TOOLS_REPORT_HTML_H_

#include <ostream>
#include <string>

#include "tools/report.h"

namespace claimcheck {

struct HtmlStyle {
  // --flagged: only the articles with a flagged claim (their every claim still highlighted).
  bool only_flagged = false;
  std::string generator;  // "claimcheck 0.9.0", written in a <meta name="generator">
};

void WriteHtmlReport(const BatchReport& batch, const HtmlStyle& style, std::ostream& out);

}  // namespace claimcheck

#endif  // CLAIMCHECK_TOOLS_REPORT_HTML_H_
