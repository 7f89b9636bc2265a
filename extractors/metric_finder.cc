#include "extractors/metric_finder.h"

#include <algorithm>

namespace claimcheck {
namespace {

constexpr int kNearBefore = 3;   // "a tué 89", "a pu détruire 30": the verb governs the number
constexpr int kFarBefore = 10;   // "des tirs de mortier et d'artillerie sur plus de 20 villes"
constexpr int kAfter = 10;       // "35 drones auto-explosifs que la Russie a lancés"

bool IsClauseStop(const TokenizedText& t, int i) {
  return t.IsPunct(i, '.') || t.IsPunct(i, ';') || t.IsPunct(i, ':') || t.IsPunct(i, '"') ||
         t.IsPunct(i, '(') || t.IsPunct(i, ')') || t.IsPunct(i, '!') || t.IsPunct(i, '?');
}

// Targets are attacked, not launched: "frappes sur 20 villes".
bool IsTarget(const std::string& subject) {
  static const char* const kTargets[] = {"town",     "village",  "building", "house",
                                         "home",     "infrastructure", "site", "target",
                                         "facility", "hospital", "school",   "power plant",
                                         "region"};
  for (const char* k : kTargets) {
    if (subject == k) return true;
  }
  return false;
}

}  // namespace

v1::Metric MetricFinder::At(const TokenizedText& t, int i, bool skip_subjects) const {
  if (t.tokens[i].kind != TokenKind::kWord) return v1::METRIC_UNSPECIFIED;
  auto found = lex_.metrics.LongestAt(t, i);
  if (!found) return v1::METRIC_UNSPECIFIED;
  if (skip_subjects && lex_.subjects.LongestAt(t, i)) return v1::METRIC_UNSPECIFIED;
  return lex_.metric_entries[found->payload];
}

v1::Metric MetricFinder::Find(const TokenizedText& t, const NumberMention& m,
                              const Subject& subject, int left_limit, int right_limit,
                              bool look_back) const {
  if (!m.unit.empty()) return v1::METRIC_UNSPECIFIED;
  v1::Metric metric = subject.implied_metric;
  v1::Metric near_before = v1::METRIC_UNSPECIFIED, far_before = v1::METRIC_UNSPECIFIED;
  if (metric == v1::METRIC_UNSPECIFIED && look_back) {
    for (int k = m.text_begin - 1, d = 0; k >= left_limit && d < kFarBefore; --k, ++d) {
      if (IsClauseStop(t, k)) break;
      if (t.tokens[k].kind == TokenKind::kNumber) break;
      // The previous number's noun is already outside [left_limit, ...), so a noun here
      // governs this number: "des tirs de mortier sur plus de 20 villes".
      const v1::Metric here = At(t, k, /*skip_subjects=*/false);
      if (here == v1::METRIC_UNSPECIFIED) continue;
      (d < kNearBefore ? near_before : far_before) = here;
      break;
    }
  }
  v1::Metric after = v1::METRIC_UNSPECIFIED;
  if (metric == v1::METRIC_UNSPECIFIED && near_before == v1::METRIC_UNSPECIFIED) {
    const int start = std::max(subject.end, m.text_end);
    for (int k = start; k < right_limit && k < start + kAfter; ++k) {
      if (IsClauseStop(t, k) || t.IsPunct(k, ',')) break;
      if (t.tokens[k].kind == TokenKind::kNumber) break;
      after = At(t, k, /*skip_subjects=*/false);
      if (after != v1::METRIC_UNSPECIFIED) break;
    }
  }
  if (metric == v1::METRIC_UNSPECIFIED) metric = near_before;
  if (metric == v1::METRIC_UNSPECIFIED) metric = after;
  if (metric == v1::METRIC_UNSPECIFIED) metric = far_before;
  if (metric == v1::LAUNCHED && IsTarget(subject.canonical)) metric = v1::ATTACKED;
  return metric;
}

}  // namespace claimcheck
