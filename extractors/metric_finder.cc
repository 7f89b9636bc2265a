#include "extractors/metric_finder.h"

#include "extractors/word_set.h"

#include <algorithm>

namespace claimcheck {
namespace {

constexpr int kNearBefore = 3;   // "a tué 89", "a pu détruire 30": the verb governs the number
constexpr int kFarBefore = 10;   // "des tirs de mortier et d'artillerie sur plus de 20 villes"
constexpr int kAfter = 10;       // "35 drones auto-explosifs que la Russie a lancés"

// Quotes are not stops: "killed \"more than 300 soldiers\"", "« neutralisés »".
bool IsClauseStop(const TokenizedText& t, int i) {
  return t.IsPunct(i, '.') || t.IsPunct(i, ';') || t.IsPunct(i, ':') || t.IsPunct(i, '(') ||
         t.IsPunct(i, ')') || t.IsPunct(i, '!') || t.IsPunct(i, '?');
}

bool IsWeapon(const std::string& subject) {
  return subject == "drone" || subject == "missile" || subject == "rocket" ||
         subject == "shell" || subject == "bomb" || subject == "projectile";
}

// Targets are attacked, not launched: "frappes sur 20 villes".
bool IsTarget(const std::string& subject) {
  static const WordSet* const kTargets =
      new WordSet({"town", "village", "building", "house", "home", "infrastructure", "site",
                   "target", "facility", "hospital", "school", "power plant", "region"});
  return kTargets->contains(subject);
}

bool IsPeople(const std::string& subject) {
  return subject == "person" || subject == "civilian" || subject == "child" ||
         subject == "woman" || subject == "man" || subject == "household" ||
         subject == "refugee" || subject == "displaced person";
}

bool IsConjunction(const TokenizedText& t, int i) {
  return t.Is(i, "et") || t.Is(i, "and") || t.Is(i, "ou") || t.Is(i, "or");
}

bool IsSubordinator(const TokenizedText& t, int i) {
  return t.Is(i, "que") || t.Is(i, "qu'") || t.Is(i, "qui") || t.Is(i, "that") ||
         t.Is(i, "which") || t.Is(i, "who") || t.Is(i, "dont") || t.Is(i, "whom");
}

}  // namespace

v1::Metric MetricFinder::At(const TokenizedText& t, int i, bool skip_subjects) const {
  // Callers look one token ahead ("and <verb>"), so `i` may be past the last token.
  if (i < 0 || i >= static_cast<int>(t.tokens.size())) return v1::METRIC_UNSPECIFIED;
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
  // "détruits, et quelque 1 700 habitants...": a number after a conjunction starts a new
  // clause (list items take their neighbour's verb in ClaimExtractor instead).
  const bool after_conjunction = IsConjunction(t, m.text_begin - 1);
  if (metric == v1::METRIC_UNSPECIFIED && look_back && !after_conjunction) {
    int window = kFarBefore;
    for (int k = m.text_begin - 1, d = 0; k >= left_limit && d < window; --k, ++d) {
      if (IsClauseStop(t, k) || IsSubordinator(t, k)) break;
      if (t.tokens[k].kind == TokenKind::kNumber) break;
      if (auto cue = lex_.cues.LongestAt(t, k);
          cue && lex_.cue_entries[cue->payload].kind == CueKind::kToll) {
        window = d + 16;  // "The death toll from Saturday's strike ... has risen to 16"
        continue;
      }
      // The previous number's noun is already outside [left_limit, ...), so a noun here
      // governs this number: "des tirs de mortier sur plus de 20 villes".
      // The longest phrase ending here: "killed or injured 2,500".
      v1::Metric here = v1::METRIC_UNSPECIFIED;
      if (t.tokens[k].kind == TokenKind::kWord) {
        if (auto found = lex_.metrics.LongestEndingAt(t, k + 1, left_limit)) {
          here = lex_.metric_entries[found->payload];
        }
      }
      if (here == v1::METRIC_UNSPECIFIED) continue;
      (d < kNearBefore ? near_before : far_before) = here;
      break;
    }
  }
  v1::Metric after = v1::METRIC_UNSPECIFIED;
  if (metric == v1::METRIC_UNSPECIFIED && near_before == v1::METRIC_UNSPECIFIED) {
    after = After(t, std::max(subject.end, m.text_end), right_limit,
                  /*relative_only=*/!look_back);
  }
  if (metric == v1::METRIC_UNSPECIFIED) metric = near_before;
  if (metric == v1::METRIC_UNSPECIFIED) metric = after;
  if (metric == v1::METRIC_UNSPECIFIED) metric = far_before;
  return metric;
}

v1::Metric MetricFinder::Settle(v1::Metric metric, const std::string& subject) const {
  if (metric == v1::METRIC_UNSPECIFIED) {
    // Weapons counted with no verb were fired; strikes counted with no verb hit something.
    if (IsWeapon(subject)) return v1::LAUNCHED;
    if (subject == "strike" || subject == "attack") return v1::ATTACKED;
    return v1::OTHER;
  }
  if (metric == v1::LAUNCHED && IsTarget(subject)) return v1::ATTACKED;
  // Only weapons and strikes are launched; people and vehicles sent are deployed: "to send up
  // to 1,000 officers", "87 doctors".
  if (metric == v1::LAUNCHED && !subject.empty() && !IsWeapon(subject) && subject != "strike" &&
      subject != "attack") {
    return v1::DEPLOYED;
  }
  // People are not "hit" but affected: "23 millions de personnes pourraient être touchées".
  if (metric == v1::ATTACKED && IsPeople(subject)) return v1::AFFECTED;
  return metric;
}

v1::Metric MetricFinder::After(const TokenizedText& t, int start, int right_limit,
                               bool relative_only) const {
  bool in_relative = false;
  for (int k = start, seen = 0; k < right_limit && seen < kAfter; ++k, ++seen) {
    // ", dont trois enfants," is an aside: the verb comes after it.
    if (t.IsPunct(k, ',') && (t.Is(k + 1, "dont") || t.Is(k + 1, "including") ||
                              t.Is(k + 1, "among") || t.Is(k + 1, "parmi"))) {
      int close = k + 1;
      while (close < right_limit && close < k + 8 && !t.IsPunct(close, ',')) ++close;
      if (!t.IsPunct(close, ',')) return v1::METRIC_UNSPECIFIED;
      k = close;
      continue;
    }
    if (t.IsPunct(k, '"')) continue;  // « neutralisés »
    if (IsClauseStop(t, k) || t.IsPunct(k, ',') || t.Is(k, "but") || t.Is(k, "mais")) break;
    // "... two villages and shot down 12 drones": a second verb starts another clause.
    if (IsConjunction(t, k) && At(t, k + 1, false) != v1::METRIC_UNSPECIFIED) break;
    if (t.tokens[k].kind == TokenKind::kNumber) break;
    if (IsSubordinator(t, k)) {
      // A relative clause about the counted thing: "35 drones que la Russie a lancés".
      if (t.Is(k, "que") || t.Is(k, "qu'") || t.Is(k, "qui") || t.Is(k, "that") ||
          t.Is(k, "which")) {
        if (IsConjunction(t, k - 1)) break;  // "... et que cinq autres ...": a new clause
        in_relative = true;
        continue;
      }
      break;
    }
    // A noun is not what happened to them: "drones d'attaque", "parmi les victimes".
    if (t.Is(k - 1, "de") || t.Is(k - 1, "d'") || t.Is(k - 1, "of") || t.Is(k - 1, "les") ||
        t.Is(k - 1, "la") || t.Is(k - 1, "le") || t.Is(k - 1, "l'") || t.Is(k - 1, "des") ||
        t.Is(k - 1, "the")) {
      continue;
    }
    const v1::Metric here = At(t, k, /*skip_subjects=*/false);
    if (here == v1::METRIC_UNSPECIFIED) continue;
    // The whole of a partitive takes only a verb of its own relative clause or participle
    // ("35 drones que la Russie a lancés"); the main verb belongs to the part.
    if (relative_only && !in_relative && k != start) return v1::METRIC_UNSPECIFIED;
    return here;
  }
  return v1::METRIC_UNSPECIFIED;
}

}  // namespace claimcheck
