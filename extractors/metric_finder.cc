#include "extractors/metric_finder.h"

#include <algorithm>

namespace claimcheck {
namespace {

constexpr int kNearBefore = 3;   // "a tué 89", "a pu détruire 30": the verb governs the number
constexpr int kFarBefore = 10;   // "des tirs de mortier et d'artillerie sur plus de 20 villes"
constexpr int kAfter = 10;       // "35 drones auto-explosifs que la Russie a lancés"
constexpr int kTollWindow = 16;  // "The death toll from Saturday's strike ... has risen to 16"
constexpr int kAsideTokens = 12; // ", among them 20 children and nine aid workers,"
constexpr int kCountedNoun = 5;  // "le nombre de [soldats ukrainiens] tués"
// "Le nombre de personnes tuées lors du bombardement de samedi sur le centre de la ville russe
// de Belgorod est passé à 24": how far before its verb a total may name what it counts.
constexpr int kCountedWindow = 24;

// Quotes are not stops: "killed \"more than 300 soldiers\"", "« neutralisés »".
bool IsClauseStop(const TokenizedText& t, int i) {
  return t.IsPunct(i, '.') || t.IsPunct(i, ';') || t.IsPunct(i, ':') || t.IsPunct(i, '(') ||
         t.IsPunct(i, ')') || t.IsPunct(i, '!') || t.IsPunct(i, '?');
}

}  // namespace

bool MetricFinder::IsConjunction(const TokenizedText& t, int i) const {
  return lex_.IsAny(t, i, WordClass::kAnd | WordClass::kOr);
}

bool MetricFinder::RestrictiveQue(const TokenizedText& t, int que, int left_limit) const {
  constexpr int kNegationReach = 4;  // "n'avait déployé que", "n'en a compté que"
  for (int k = que - 1; k >= std::max(left_limit, que - kNegationReach); --k) {
    if (IsClauseStop(t, k) || t.IsPunct(k, ',')) return false;
    // The negation's "ne", or a pronoun beside it ("n'en a compté").
    if (lex_.Is(t, k, WordClass::kClitic)) return true;
  }
  return false;
}

bool MetricFinder::IsSubordinator(const TokenizedText& t, int i) const {
  return lex_.IsAny(t, i, WordClass::kRelativePronoun | WordClass::kOtherRelative);
}

bool MetricFinder::SubjectIs(const std::string& subject, SubjectClass c) const {
  return lex_.lexicons->SubjectIs(subject, c);
}

bool MetricFinder::IsCount(const TokenizedText& t, int i) const {
  if (t.tokens[i].kind == TokenKind::kNumber) return true;
  if (t.tokens[i].kind != TokenKind::kWord) return false;
  auto it = lex_.numbers.find(t.Text(i));
  return it != lex_.numbers.end() && it->second.kind != NumberWordKind::kArticle &&
         it->second.kind != NumberWordKind::kFraction;
}

v1::Metric MetricFinder::At(const TokenizedText& t, int i, bool skip_subjects) const {
  // Callers look one token ahead ("and <verb>"), so `i` may be past the last token.
  if (i < 0 || i >= static_cast<int>(t.tokens.size())) return v1::METRIC_UNSPECIFIED;
  if (t.tokens[i].kind != TokenKind::kWord) return v1::METRIC_UNSPECIFIED;
  auto found = lex_.metrics.LongestAt(t, i);
  if (!found) return v1::METRIC_UNSPECIFIED;
  if (skip_subjects && lex_.subjects.LongestAt(t, i)) return v1::METRIC_UNSPECIFIED;
  return lex_.metric_entries[found->payload];
}

v1::Metric MetricFinder::CountedIn(const TokenizedText& t, int from, int to) const {
  // "le nombre de personnes tuées", "the number of people killed", "the death toll".
  for (int k = from; k < to; ++k) {
    if (!lex_.Is(t, k, WordClass::kTotalNoun)) continue;
    const v1::Metric own = At(t, k, /*skip_subjects=*/false);  // "toll", "bilan": KILLED
    for (int j = k + 1; j < std::min(to, k + kCountedNoun); ++j) {
      if (IsClauseStop(t, j) || t.IsPunct(j, ',')) break;
      if (auto subject = lex_.subjects.LongestAt(t, j)) {
        const v1::Metric implied = lex_.subject_entries[subject->payload].implied_metric;
        if (implied != v1::METRIC_UNSPECIFIED) return implied;  // "le nombre de morts"
        j += subject->num_tokens - 1;
        continue;
      }
      const v1::Metric here = At(t, j, /*skip_subjects=*/false);
      if (here != v1::METRIC_UNSPECIFIED) return here;
    }
    if (own != v1::METRIC_UNSPECIFIED) return own;
  }
  return v1::METRIC_UNSPECIFIED;
}

v1::Metric MetricFinder::Find(const TokenizedText& t, const NumberMention& m,
                              const Subject& subject, int left_limit, int right_limit,
                              bool look_back) const {
  if (!m.unit.empty()) return v1::METRIC_UNSPECIFIED;
  const int start = std::max(subject.end, m.text_end);
  v1::Metric metric = subject.implied_metric;
  // "quatre otages libérés", "avoir libéré quatre otages": a hostage freed is no longer held;
  // "44 of the dead had been identified": named, a part of the toll, no other toll.
  if (metric == v1::DETAINED || metric == v1::KILLED) {
    if (After(t, start, right_limit, /*relative_only=*/!look_back) == v1::OTHER) return v1::OTHER;
    for (int k = m.text_begin - 1; k >= std::max(left_limit, m.text_begin - kNearBefore); --k) {
      if (At(t, k, /*skip_subjects=*/false) == v1::OTHER) return v1::OTHER;
    }
  }
  v1::Metric near_before = v1::METRIC_UNSPECIFIED, far_before = v1::METRIC_UNSPECIFIED;
  // Whether a comma or "et" stands between the verb before and the number, past an earlier
  // number: "38 missiles tirés, 30 abattus", "79 blessés, de 1 350 véhicules incendiés" (the
  // participle before is the earlier number's own).
  bool crossed = false;
  const bool after_number = left_limit > t.sentences[t.sentence_of[m.text_begin]].begin;
  // "détruits, et quelque 1 700 habitants...": a number after a conjunction starts a new
  // clause (list items take their neighbour's verb in ClaimExtractor instead).
  const bool after_conjunction = IsConjunction(t, m.text_begin - 1);
  if (metric == v1::METRIC_UNSPECIFIED && look_back && !after_conjunction) {
    int window = kFarBefore;
    bool toll = false;
    for (int k = m.text_begin - 1, d = 0; k >= left_limit && d < window; --k, ++d) {
      if (IsClauseStop(t, k)) break;
      // "The death toll from the floods that tore through Spain rose to 205": past a relative.
      // (Not the "que" of "n'avait déployé que 137 agents": only, right before the number.)
      if (IsSubordinator(t, k) && !toll && !(d == 0 && RestrictiveQue(t, k, left_limit))) break;
      if (t.tokens[k].kind == TokenKind::kNumber) break;
      if (t.IsPunct(k, ',') || IsConjunction(t, k)) crossed = after_number;
      if (auto cue = lex_.cues.LongestAt(t, k);
          cue && lex_.cue_entries[cue->payload].kind == CueKind::kToll) {
        // "Le nombre de personnes tuées lors du bombardement ... est passé à 24": what the
        // total counts, not the nearest verb.
        window = d + kTollWindow;
        toll = true;
        const v1::Metric counted = CountedIn(t, std::max(left_limit, k - kCountedWindow), k);
        if (counted != v1::METRIC_UNSPECIFIED) {
          near_before = counted;
          crossed = false;
          break;
        }
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
    after = After(t, start, right_limit, /*relative_only=*/!look_back);
  } else if (metric == v1::METRIC_UNSPECIFIED && crossed) {
    // Only the number's own participle, right after it: "30 abattus", "10 destroyed" (not "39
    // were lost", where the verb before may still be the whole list's).
    const int next = t.IsPunct(start, '"') ? start + 1 : start;
    after = At(t, next, /*skip_subjects=*/false);
  }
  if (metric == v1::METRIC_UNSPECIFIED && !crossed) metric = near_before;
  if (metric == v1::METRIC_UNSPECIFIED) metric = after;
  if (metric == v1::METRIC_UNSPECIFIED) metric = near_before;
  if (metric == v1::METRIC_UNSPECIFIED) metric = far_before;
  return metric;
}

v1::Metric MetricFinder::Settle(v1::Metric metric, const std::string& subject) const {
  if (metric == v1::METRIC_UNSPECIFIED) {
    // Weapons counted with no verb were fired; strikes counted with no verb hit something.
    if (SubjectIs(subject, SubjectClass::kWeapon)) return v1::LAUNCHED;
    if (SubjectIs(subject, SubjectClass::kStrike)) return v1::ATTACKED;
    return v1::OTHER;
  }
  if (metric == v1::LAUNCHED && SubjectIs(subject, SubjectClass::kTarget)) return v1::ATTACKED;
  // Only weapons and strikes are launched; people and vehicles sent are deployed: "to send up
  // to 1,000 officers", "87 doctors".
  if (metric == v1::LAUNCHED && !subject.empty() && !SubjectIs(subject, SubjectClass::kWeapon) &&
      !SubjectIs(subject, SubjectClass::kStrike)) {
    return v1::DEPLOYED;
  }
  // "500 000 lycéens mobilisés": students, strikers, activists called out take part in a
  // protest; soldiers and police officers mobilised are deployed.
  if (metric == v1::DEPLOYED && SubjectIs(subject, SubjectClass::kParticipant) &&
      !SubjectIs(subject, SubjectClass::kPeople)) {
    return v1::PARTICIPATED;
  }
  // People are not "hit" but affected: "23 millions de personnes pourraient être touchées".
  const bool people = SubjectIs(subject, SubjectClass::kPeople);
  if (metric == v1::ATTACKED && people) return v1::AFFECTED;
  // "destroyed more than 60 Ukrainian fighters", "neutralisé 300 terroristes": killed.
  if (metric == v1::DESTROYED && (people || SubjectIs(subject, SubjectClass::kCombatant))) {
    return v1::KILLED;
  }
  // "perdu 35 chars", "42 drones « perdus »": machines are destroyed, not killed.
  if ((metric == v1::KILLED || metric == v1::CASUALTIES) &&
      SubjectIs(subject, SubjectClass::kMachine)) {
    return v1::DESTROYED;
  }
  // "repoussé vingt-deux assauts", "repelled attacks": the attacks took place.
  if (metric == v1::DESTROYED && SubjectIs(subject, SubjectClass::kAssault)) {
    return v1::ATTACKED;
  }
  return metric;
}

bool MetricFinder::TotalVerbBefore(const TokenizedText& t, int at, int sentence_begin) const {
  for (int end = at; end > std::max(sentence_begin, at - kNearBefore - 1); --end) {
    if (auto cue = lex_.cues.LongestEndingAt(t, end, sentence_begin);
        cue && lex_.cue_entries[cue->payload].kind == CueKind::kToll) {
      return true;
    }
  }
  return false;
}

bool MetricFinder::IsPartAside(const TokenizedText& t, int comma, int right_limit) const {
  // Opened by an aside opener (", dont trois enfants,"), or with a part named inside it
  // (", two of them children,", ", most of them elderly,").
  for (int i = comma + 1; i < right_limit && i < comma + kAsideTokens; ++i) {
    if (t.IsPunct(i, ',') || IsClauseStop(t, i)) return false;
    if (lex_.Is(t, i, WordClass::kAsideOpener) ||
        lex_.lexicons->PhraseAt(t, i, PhraseClass::kPartPronoun)) {
      return true;
    }
  }
  return false;
}

v1::Metric MetricFinder::After(const TokenizedText& t, int start, int right_limit,
                               bool relative_only) const {
  bool in_relative = false;
  for (int k = start, seen = 0; k < right_limit && seen < kAfter; ++k, ++seen) {
    // ", dont trois enfants,", ", two of them children," is an aside: the verb comes after it.
    if (t.IsPunct(k, ',') && IsPartAside(t, k, right_limit)) {
      int close = k + 1;
      while (close < right_limit && close < k + kAsideTokens && !t.IsPunct(close, ',')) ++close;
      if (!t.IsPunct(close, ',')) return v1::METRIC_UNSPECIFIED;
      k = close;
      continue;
    }
    if (t.IsPunct(k, '"')) continue;  // « neutralisés »
    if (IsClauseStop(t, k) || t.IsPunct(k, ',') || lex_.Is(t, k, WordClass::kBut)) break;
    // "... two villages and shot down 12 drones": a second verb starts another clause.
    if (IsConjunction(t, k) && At(t, k + 1, false) != v1::METRIC_UNSPECIFIED) break;
    if (IsCount(t, k)) {
      // "266 drones et 45 missiles ont été neutralisés", "une vingtaine d'immeubles et une
      // cinquantaine de maisons ont été endommagés": a list shares the verb after it.
      bool listed = false;
      for (int b = k - 1; b >= std::max(start, k - 3) && !listed; --b) {
        if (t.tokens[b].kind == TokenKind::kPunct) break;
        listed = IsConjunction(t, b);
      }
      if (listed) continue;
      break;  // "1,000 wildfires burning as thousands evacuate": another count's verb
    }
    if (IsSubordinator(t, k)) {
      // A relative clause about the counted thing: "35 drones que la Russie a lancés".
      if (lex_.Is(t, k, WordClass::kRelativePronoun)) {
        if (IsConjunction(t, k - 1)) break;  // "... et que cinq autres ...": a new clause
        in_relative = true;
        continue;
      }
      break;
    }
    // A noun is not what happened to them: "drones d'attaque", "parmi les victimes".
    if (lex_.IsAny(t, k - 1,
                   WordClass::kOf | WordClass::kDefiniteArticle | WordClass::kContractedOf)) {
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
