#include "extractors/subject_finder.h"

#include <string>

#include "absl/strings/match.h"

namespace claimcheck {
namespace {

constexpr int kMaxWordsToNoun = 4;

// Words no noun looks like: French imperfects and conditionals ("seraient", "étaient"), adverbs
// ("grièvement", "largely") and English particles ("turned out").
bool IsNotANoun(const LanguageLexicon& lex, const TokenizedText& t, int i) {
  return (lex.language == "en" && lex.Is(t, i, WordClass::kParticle)) ||
         lex.EndsAs(t.Text(i), EndingClass::kNotNoun);
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
  const int j = NounStart(t, m, limit, &s);
  if (j >= 0) ReadNoun(t, j, limit, &s);
  return s;
}

int SubjectFinder::NounStart(const TokenizedText& t, const NumberMention& m, int limit,
                             Subject* s) const {
  int j = m.text_end;
  // "« plusieurs centaines » de morts": the quotation closes before what is counted.
  if (t.IsPunct(j, '"') && lex_.Is(t, j + 1, WordClass::kOf)) ++j;
  // Partitive: "30 des (au moins) 35", "12 of the 40", "35 of Kenya's 47", "30 d'entre".
  const bool of_owner = lex_.lexicons->IsEnglish(t, j, WordClass::kOf) &&
                        lex_.Is(t, j + 2, WordClass::kPossessive) && j + 1 < limit &&
                        t.tokens[j + 1].upper;
  const std::optional<PhraseTable::Match> opener =
      lex_.lexicons->PhraseAt(t, j, PhraseClass::kPartitiveOpener);
  if (j < limit && (opener || of_owner || lex_.Is(t, j, WordClass::kOutOf))) {
    for (int k = j + 1; k < std::min(limit, j + 5); ++k) {
      if (t.tokens[k].kind == TokenKind::kNumber || lex_.numbers.contains(t.Text(k))) {
        s->partitive = true;
        return -1;
      }
      if (t.tokens[k].kind == TokenKind::kPunct) break;
      // "102 of the missiles and 99 drones": a noun first is what this number counts.
      if (lex_.subjects.LongestAt(t, k) || lex_.IsAny(t, k, WordClass::kAnd | WordClass::kOr)) {
        break;
      }
    }
    // "deux des soldats", "two of the students": the noun after the article.
    if (opener) j += opener->num_tokens;
  }
  if (lex_.lexicons->PhraseAt(t, j, PhraseClass::kAnaphoricOf)) {
    s->anaphoric = true;  // "12 of whom"
    return -1;
  }
  // "à entre 100 000 et 120 000 celui des blessés": the pronoun stands for "le nombre";
  // "des dizaines de membres des forces de l'ordre": the members are of what is counted.
  const WordClasses of_any = WordClass::kOf | WordClass::kContractedOf;
  if (lex_.Is(t, j, WordClass::kNumberPronoun) && lex_.IsAny(t, j + 1, of_any)) j += 2;
  if (lex_.Is(t, j, WordClass::kOf) && lex_.Is(t, j + 1, WordClass::kMemberNoun) &&
      lex_.IsAny(t, j + 2, of_any)) {
    j += 3;
    if (lex_.Is(t, j, WordClass::kSingularArticle)) ++j;
  }
  if (lex_.Is(t, j, WordClass::kOf)) {
    ++j;
    // "63 de ses soldats", "40 of their fighters".
    if (lex_.Is(t, j, WordClass::kPossessiveDeterminer)) ++j;
  }
  if (t.IsPunct(j, '"')) ++j;  // « moins de 100 » interpellations
  // "a porté à 89 le nombre de militaires tués", "raised to 16 the number of dead".
  if (auto number_of = lex_.lexicons->PhraseAt(t, j, PhraseClass::kNumberOf)) {
    j += number_of->num_tokens;
  }
  // "300 autres", "five others", "12 more": the same thing as the number before — unless
  // a noun follows ("two more villages").
  if (lex_.Is(t, j, WordClass::kOthers)) {
    if (!lex_.subjects.LongestAt(t, j + 1)) {
      s->anaphoric = true;
      return -1;
    }
    ++j;
  }
  return j;
}

void SubjectFinder::ReadNoun(const TokenizedText& t, int j, int limit, Subject* s) const {
  const bool english = lex_.language == "en";
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
      s->canonical = e.canonical;
      s->implied_metric = e.implied_metric;
      s->begin = j;
      s->end = k + found->num_tokens;
      s->from_lexicon = true;
      return;
    }
    if (!MayBeTheNoun(t, k)) break;
    // "-ed" words are verbs ("19,800 remained") or adjectives ("59 suspected gang members"):
    // never the noun itself.
    if (lex_.EndsAs(t.Text(k), EndingClass::kModifier)) continue;
    if (!english && lex_.Is(t, k, WordClass::kPrenominalAdjective)) continue;
    if (first_unknown < 0) first_unknown = k;
    last_unknown = k;
    if (!english) break;  // French puts the noun first; what follows are adjectives
  }
  if (first_unknown < 0) return;
  // No lexicon noun: take the noun as written (French: the first word; English: the last
  // word before a function word, since adjectives come first).
  const int noun = english ? last_unknown : first_unknown;
  s->canonical = Singular(t.Text(noun));
  s->begin = j;
  s->end = noun + 1;
}

bool SubjectFinder::MayBeTheNoun(const TokenizedText& t, int k) const {
  if (lex_.stopwords.contains(t.Text(k)) || lex_.metrics.LongestAt(t, k)) return false;
  if (auto cue = lex_.cues.LongestAt(t, k)) {
    const CueKind kind = lex_.cue_entries[cue->payload].kind;
    // "6,000 according to organisers": the speaker's preposition, not what is counted.
    if (kind == CueKind::kVerb || kind == CueKind::kParticiple || kind == CueKind::kAux ||
        kind == CueKind::kPrep) {
      return false;
    }
  }
  if (lex_.language == "en" && lex_.Is(t, k, WordClass::kVerbAfterCount)) return false;
  // "1.03 million last Sunday": a word before a day says when, not what.
  if (lex_.Is(t, k, WordClass::kBeforeDay) && lex_.Is(t, k + 1, WordClass::kDay)) return false;
  // Verbs and adverbs are not what is counted: "40 seraient morts", "1 404 grièvement",
  // "tens of thousands turned out".
  return !IsNotANoun(lex_, t, k);
}

}  // namespace claimcheck
