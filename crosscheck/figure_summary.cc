#include "crosscheck/figure_summary.h"

#include <algorithm>
#include <set>
#include <string>

#include "absl/container/flat_hash_map.h"
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

constexpr size_t kNoVoice = static_cast<size_t>(-1);

// The figures a claim states, lowest and highest: "300 to 400" both bounds, "at least 35" 35,
// and "about 400" 400: the width the extractor gives "about" is tolerance, not a figure anyone
// gave.
Interval StatedFigures(const ClaimFacts& c) {
  if (c.qualifier == v1::APPROXIMATE) return Interval{c.value, c.value};
  return Interval{c.stated.low, c.stated.open_ended() ? c.value : c.stated.high};
}

}  // namespace

FigureSummary Summarize(const std::vector<const ClaimFacts*>& claims) {
  // Each claim joins the first voice kept so far that SameVoice() says it shares. One voice
  // may be reached through its original source or through its party's official voice, so the
  // voices kept are indexed both ways: finding one costs a look-up, not a pass over all of them
  // (a figure may hold thousands of claims and, at worst, as many voices).
  std::vector<const ClaimFacts*> latest;  // one per voice
  absl::flat_hash_map<std::string, std::set<size_t>> by_source, by_party;
  auto index = [&](size_t at, bool add) {
    const SourceFacts& source = latest[at]->source;
    if (!source.attributed()) return;
    const std::string party = OfficialParty(source);
    if (add) {
      by_source[OriginalSource(source)].insert(at);
      if (!party.empty()) by_party[party].insert(at);
    } else {
      by_source[OriginalSource(source)].erase(at);
      if (!party.empty()) by_party[party].erase(at);
    }
  };
  auto first_of = [](const absl::flat_hash_map<std::string, std::set<size_t>>& voices,
                     const std::string& key) {
    auto it = key.empty() ? voices.end() : voices.find(key);
    return it == voices.end() || it->second.empty() ? kNoVoice : *it->second.begin();
  };
  for (const ClaimFacts* claim : claims) {
    const size_t same = claim->source.attributed()
                            ? std::min(first_of(by_source, OriginalSource(claim->source)),
                                       first_of(by_party, OfficialParty(claim->source)))
                            : kNoVoice;
    if (same == kNoVoice) {
      latest.push_back(claim);
      index(latest.size() - 1, /*add=*/true);
    } else if (IsLater(*claim, *latest[same])) {
      index(same, /*add=*/false);
      latest[same] = claim;
      index(same, /*add=*/true);
    }
  }
  FigureSummary summary;
  if (latest.empty()) return summary;
  std::vector<double> values;
  summary.low = StatedFigures(*latest[0]).low;
  summary.high = 0;
  for (const ClaimFacts* c : latest) {
    const Interval figures = StatedFigures(*c);
    summary.low = std::min(summary.low, figures.low);
    summary.high = std::max(summary.high, figures.high);
    values.push_back(c->value);
  }
  std::sort(values.begin(), values.end());
  summary.best = values[(values.size() - 1) / 2];
  summary.high = std::max(summary.high, summary.best);
  return summary;
}

}  // namespace claimcheck
