#include "extractors/subject_finder.h"

#include <string>

#include "absl/strings/match.h"
#include "extractors/word_set.h"

namespace claimcheck {
namespace {

constexpr int kMaxWordsToNoun = 4;

// Adjectives French puts before the noun: skipped, not taken for what is counted.
bool IsFrenchPrenominal(absl::string_view w) {
  static const WordSet* const kWords = new WordSet(
      {"nouveaux", "nouvelles", "nouveau", "nouvelle", "autres", "jeunes", "petits", "petites",
       "grands", "grandes", "anciens", "anciennes", "derniers", "dernieres", "premiers",
       "premieres", "seuls", "seules", "vrais", "gros", "simples", "principaux", "principales"});
  return kWords->contains(w);
}

// Words no noun looks like: French imperfects and conditionals ("seraient", "étaient"), adverbs
// ("grièvement", "largely") and English particles ("turned out").
bool IsNotANoun(absl::string_view w, bool english) {
  if (english) {
    static const WordSet* const kParticles =
        new WordSet({"out", "up", "down", "off", "away", "back", "over"});
    return kParticles->contains(w) || (w.size() > 4 && absl::EndsWith(w, "ly"));
  }
  return absl::EndsWith(w, "aient") || (w.size() > 4 && absl::EndsWith(w, "ait")) ||
         (w.size() > 6 && absl::EndsWith(w, "ement"));
}

// A crude singular for a noun no lexicon knows: "pensioners" -> "pensioner".
std::string Singular(absl::string_view w) {
  std::string s(w);
  const bool plural_s = s.size() > 3 && s.back() == 's' && s[s.size() - 2] != 's';
  const bool plural_x = s.size() > 3 && s.back() == 'x';
  if (plural_s || plural_x) s.pop_back();
  return s;
}

}  // namespace

Subject SubjectFinder::Find(const TokenizedText& t, const NumberMention& m, int limit) const {
  Subject s;
  if (!m.unit.empty()) return s;  // "150 km": a measure, nothing counted
  int j = m.text_end;
  // "« plusieurs centaines » de morts": the quotation closes before what is counted.
  if (t.IsPunct(j, '"') && (t.Is(j + 1, "de") || t.Is(j + 1, "d'") || t.Is(j + 1, "of"))) ++j;
  const bool english = lex_.language == "en";
  // Partitive: "30 des (au moins) 35", "12 of the 40", "35 of Kenya's 47", "30 d'entre".
  const bool of_owner =
      t.Is(j, "of") && t.Is(j + 2, "'s") && j + 1 < limit && t.tokens[j + 1].upper;
  if (j < limit && (t.Is(j, "des") || (t.Is(j, "of") && t.Is(j + 1, "the")) || of_owner ||
                    t.Is(j, "sur") || t.Is(j, "out"))) {
    for (int k = j + 1; k < std::min(limit, j + 5); ++k) {
      if (t.tokens[k].kind == TokenKind::kNumber || lex_.numbers.contains(t.Text(k))) {
        s.partitive = true;
        return s;
      }
      if (t.tokens[k].kind == TokenKind::kPunct) break;
    }
    // "deux des soldats", "two of the students": the noun after the article.
    if (t.Is(j, "des")) j += 1;
    if (t.Is(j, "of") && t.Is(j + 1, "the")) j += 2;
  }
  if (t.Is(j, "of") && (t.Is(j + 1, "whom") || t.Is(j + 1, "them") || t.Is(j + 1, "which"))) {
    s.anaphoric = true;
    return s;
  }
  // "à entre 100 000 et 120 000 celui des blessés": the pronoun stands for "le nombre";
  // "des dizaines de membres des forces de l'ordre": the members are of what is counted.
  if ((t.Is(j, "celui") || t.Is(j, "celle") || t.Is(j, "ceux") || t.Is(j, "celles")) &&
      (t.Is(j + 1, "des") || t.Is(j + 1, "de") || t.Is(j + 1, "d'") || t.Is(j + 1, "du"))) {
    j += 2;
  }
  if ((t.Is(j, "de") || t.Is(j, "d'") || t.Is(j, "of")) &&
      (t.Is(j + 1, "membres") || t.Is(j + 1, "members")) &&
      (t.Is(j + 2, "des") || t.Is(j + 2, "de") || t.Is(j + 2, "du") || t.Is(j + 2, "d'") ||
       t.Is(j + 2, "of"))) {
    j += 3;
    if (t.Is(j, "the")) ++j;
  }
  if (t.Is(j, "de") || t.Is(j, "d'") || t.Is(j, "of")) {
    ++j;
    // "63 de ses soldats", "40 of their fighters".
    if (t.Is(j, "ses") || t.Is(j, "leurs") || t.Is(j, "ces") || t.Is(j, "nos") ||
        t.Is(j, "their") || t.Is(j, "its") || t.Is(j, "these") || t.Is(j, "our") ||
        t.Is(j, "his") || t.Is(j, "her")) {
      ++j;
    }
  }
  if (t.IsPunct(j, '"')) ++j;  // « moins de 100 » interpellations
  // "a porté à 89 le nombre de militaires tués", "raised to 16 the number of dead".
  if ((t.Is(j, "le") && t.Is(j + 1, "nombre") && (t.Is(j + 2, "de") || t.Is(j + 2, "d'"))) ||
      (t.Is(j, "the") && t.Is(j + 1, "number") && t.Is(j + 2, "of"))) {
    j += 3;
  }
  // "300 autres", "five others", "12 more": the same thing as the number before — unless
  // a noun follows ("two more villages").
  if (t.Is(j, "autres") || t.Is(j, "others") || t.Is(j, "more")) {
    if (!lex_.subjects.LongestAt(t, j + 1)) {
      s.anaphoric = true;
      return s;
    }
    ++j;
  }
  int first_unknown = -1, last_unknown = -1;
  for (int k = j; k < limit && k < j + kMaxWordsToNoun; ++k) {
    const Token& tok = t.tokens[k];
    if (tok.kind == TokenKind::kPunct) {
      if (t.IsPunct(k, '-') && !tok.space_before && k + 1 < limit &&
          !t.tokens[k + 1].space_before) {
        continue;  // "auto-explosifs", "self-exploding"
      }
      break;
    }
    if (tok.kind != TokenKind::kWord) break;
    if (auto found = lex_.subjects.LongestAt(t, k)) {
      const SubjectEntry& e = lex_.subject_entries[found->payload];
      s.canonical = e.canonical;
      s.implied_metric = e.implied_metric;
      s.begin = j;
      s.end = k + found->num_tokens;
      s.from_lexicon = true;
      return s;
    }
    if (lex_.stopwords.contains(t.Text(k)) || lex_.metrics.LongestAt(t, k)) break;
    if (auto cue = lex_.cues.LongestAt(t, k)) {
      const CueKind kind = lex_.cue_entries[cue->payload].kind;
      // "6,000 according to organisers": the speaker's preposition, not what is counted.
      if (kind == CueKind::kVerb || kind == CueKind::kParticiple || kind == CueKind::kAux ||
          kind == CueKind::kPrep) {
        break;
      }
    }
    if (english && (t.Is(k, "are") || t.Is(k, "were") || t.Is(k, "remain"))) break;
    // Verbs and adverbs are not what is counted: "40 seraient morts", "1 404 grièvement",
    // "tens of thousands turned out".
    if (IsNotANoun(t.Text(k), english)) break;
    // "-ed" words are verbs ("19,800 remained") or adjectives ("59 suspected gang members"):
    // never the noun itself.
    if (english && absl::EndsWith(t.Text(k), "ed")) continue;
    if (!english && IsFrenchPrenominal(t.Text(k))) continue;
    if (first_unknown < 0) first_unknown = k;
    last_unknown = k;
    if (!english) break;  // French puts the noun first; what follows are adjectives
  }
  if (first_unknown < 0) return s;
  // No lexicon noun: take the noun as written (French: the first word; English: the last
  // word before a function word, since adjectives come first).
  const int noun = english ? last_unknown : first_unknown;
  s.canonical = Singular(t.Text(noun));
  s.begin = j;
  s.end = noun + 1;
  return s;
}

}  // namespace claimcheck
