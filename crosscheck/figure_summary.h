// A figure's summary in the manner of UCDP's estimates: low, best and high over its claims.
//
// The rule:
//   1. Claims are grouped by voice (rules.h SameVoice: outlets repeating one ministry are one
//      voice). Each unattributed claim is a voice of its own article.
//   2. Each voice counts once, by its latest report: the claim with the latest article date,
//      and among those one not marked earlier_report. A revised figure no longer counts.
//   3. low  = the smallest stated lower bound among those reports;
//      high = the largest stated upper bound, an open-ended claim ("at least 35") giving its
//             value, since nothing bounds it above;
//      an approximate figure ("about 400") counts as its value for both: the width the
//      extractor gives "about" is a tolerance, not a figure anyone gave;
//      best = the median of the reports' values; with an even count, the lower of the two
//             middle values (UCDP's best leans conservative).
// An empty figure summarises to {0, 0, 0}.
//
// Usage:
//   FigureSummary s = Summarize(claims);  // claims: ClaimFacts of one figure
//
// Thread safety: a plain function over values.
#ifndef CLAIMCHECK_CROSSCHECK_FIGURE_SUMMARY_H_
#define CLAIMCHECK_CROSSCHECK_FIGURE_SUMMARY_H_

#include <vector>

#include "crosscheck/claim_facts.h"

namespace claimcheck {

struct FigureSummary {
  double low = 0;
  double best = 0;
  double high = 0;
};

FigureSummary Summarize(const std::vector<const ClaimFacts*>& claims);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CROSSCHECK_FIGURE_SUMMARY_H_
