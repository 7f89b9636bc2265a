#include "crosscheck/figure_summary.h"

#include <algorithm>

#include "crosscheck/rules.h"

namespace claimcheck {
namespace {

// True when `a` is a later report than `b` of the same voice.
bool IsLater(const ClaimFacts& a, const ClaimFacts& b) {
  if (a.has_date && b.has_date && a.date_seconds != b.date_seconds) {
    return a.date_seconds > b.date_seconds;
  }
  return !a.earlier_report && b.earlier_report;
}

}  // namespace

FigureSummary Summarize(const std::vector<const ClaimFacts*>& claims) {
  std::vector<const ClaimFacts*> latest;  // one per voice
  for (const ClaimFacts* claim : claims) {
    auto same = std::find_if(latest.begin(), latest.end(), [&](const ClaimFacts* kept) {
      return SameVoice(kept->source, claim->source);
    });
    if (same == latest.end()) {
      latest.push_back(claim);
    } else if (IsLater(*claim, **same)) {
      *same = claim;
    }
  }
  FigureSummary summary;
  if (latest.empty()) return summary;
  std::vector<double> values;
  summary.low = latest[0]->stated.low;
  summary.high = 0;
  for (const ClaimFacts* c : latest) {
    summary.low = std::min(summary.low, c->stated.low);
    summary.high = std::max(summary.high, c->stated.open_ended() ? c->value : c->stated.high);
    values.push_back(c->value);
  }
  std::sort(values.begin(), values.end());
  summary.best = values[(values.size() - 1) / 2];
  summary.high = std::max(summary.high, summary.best);
  return summary;
}

}  // namespace claimcheck
