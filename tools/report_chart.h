// The chart of one contested or revised figure in the html report: its claims over time, so that
// "63, then 89, against about 400" reads at a glance.
//
// Usage:
//   std::vector<claimcheck::ChartClaim> claims = ...;  // every claim of the figure on the page
//   out << claimcheck::FigureChartHtml("KILLED|person|makiivka", claims);
//
// What it draws (inline SVG, no script, no external resource):
//   - x: the date each claim was stated (claims of one day side by side); y: the count, from 0;
//   - one mark per claim, its shape and colour saying which source stated it (the legend names
//     them), the same source's claims joined in time order (a revision reads as a line);
//   - each claim's interval as a vertical bar from its lower to its upper bound, an arrow when it
//     is open ("at least 35");
//   - the figure's low/best/high summary (crosscheck/figure_summary.h) as a shaded band with a
//     line at best.
// Beside it: a caption saying the same in words (each source's figures in time order, "then",
// "against" the next source) and a table of the claims, for print and screen readers.
//
// Thread safety: a plain function over its arguments.
#ifndef CLAIMCHECK_TOOLS_REPORT_CHART_H_
#define CLAIMCHECK_TOOLS_REPORT_CHART_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

struct ChartClaim {
  const v1::Claim* claim;  // not owned
  std::string anchor;      // the page's id of the claim's mark in its text; "" when not shown
};

// A <figure class="chart" data-figure-key=KEY> element. Each claim is one
// <g class="mark" data-claim-id=ID> in the SVG and one row of the table. Everything that comes
// from an article is escaped.
std::string FigureChartHtml(absl::string_view figure_key, std::vector<ChartClaim> claims);

// `value` as a person writes it: thousands separated by commas, at most two decimals
// ("8,000,000", "12.5").
std::string FormatCount(double value);

// The speaker a report names: the source as written, else its canonical id, else "unattributed".
std::string SourceLabel(const v1::Claim& claim);

// "2024-03-10", or "undated".
std::string DateLabel(const v1::Claim& claim);

}  // namespace claimcheck

#endif  // CLAIMCHECK_TOOLS_REPORT_CHART_H_
