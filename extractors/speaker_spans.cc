#include "extractors/speaker_spans.h"

#include <algorithm>

#include "absl/strings/match.h"
#include "extractors/date_finder.h"

namespace claimcheck {
namespace {

constexpr int kMaxSpeakerTokens = 14;
constexpr int kMaxAsideTokens = 4;  // "a pour sa part évoqué"
constexpr int kDatelineTokens = 12;  // "JERUSALEM/GAZA, Oct 12 (Wire) -"

}  // namespace

SpeakerSpans::SpeakerSpans(const Lexicons& lexicons, const LanguageLexicon& language,
                           const TokenizedText& text)
    : lex_(lexicons), lang_(language), text_(text) {}

bool SpeakerSpans::PastReport(int verb) const {
  const TokenizedText& t = text_;
  // French imperfect: "le ministère faisait état de 22 morts", "recensait 28 120 réfugiés".
  const absl::string_view w = t.Text(verb);
  if (lang_.EndsAs(w, EndingClass::kImperfect)) return true;
  // Pluperfect: "avait d'abord annoncé", "had put the toll at 25".
  for (int k = verb - 1; k >= 0 && verb - k <= 4; --k) {
    if (lang_.Is(t, k, WordClass::kPluperfect)) return true;
    if (!IsInterposed(k)) break;
  }
  return false;
}

bool SpeakerSpans::IsInterposed(int i) const {
  // "avait d'abord annoncé", "a déclaré mercredi", "samedi après-midi".
  if (i < 0 || i >= text_.size()) return false;
  if (text_.tokens[i].kind == TokenKind::kWord &&
      lang_.IsAny(text_, i, WordClass::kInterposed | WordClass::kDay)) {
    return true;
  }
  if (lex_.InPhrase(text_, i, PhraseClass::kInterposedPhrase)) return true;
  // "a également déclaré", "a déclaré publiquement": an "-ment" word right after an auxiliary or
  // a verb is an adverb; elsewhere it is a noun ("le gouvernement", "Spain's government").
  if (i <= 0 || i >= text_.size() || text_.tokens[i].kind != TokenKind::kWord) return false;
  const absl::string_view w = text_.Text(i);
  if (!lang_.EndsAs(w, EndingClass::kAdverb)) return false;
  auto cue = lang_.cues.LongestAt(text_, i - 1);
  if (!cue || cue->num_tokens != 1) return false;
  const CueKind kind = lang_.cue_entries[cue->payload].kind;
  return kind == CueKind::kAux || kind == CueKind::kVerb;
}

bool SpeakerSpans::IsStop(int i) const {
  const TokenizedText& t = text_;
  // A dash between spaces ends a dateline: "KYIV, Jan 4 (Reuters) - Russia's ministry said".
  if (t.IsPunct(i, '-') && t.tokens[i].space_before) return true;
  // "U.S. officials", "U.N. agency": a full stop inside an abbreviation.
  if (t.IsPunct(i, '.') && i > 0 && !t.tokens[i].space_before &&
      t.tokens[i - 1].kind == TokenKind::kWord && t.Text(i - 1).size() == 1 &&
      i + 1 < t.size() && !t.tokens[i + 1].newline_before) {
    return false;
  }
  return t.IsPunct(i, ',') || t.IsPunct(i, ';') || t.IsPunct(i, ':') || t.IsPunct(i, '"') ||
         t.IsPunct(i, '(') || t.IsPunct(i, ')') || t.IsPunct(i, '.') || t.IsPunct(i, '!') ||
         t.IsPunct(i, '?') || lang_.IsAny(t, i, WordClass::kClauseOpener | WordClass::kSubordinator);
}

int SpeakerSpans::SegmentStart(const Sentence& s, int end) const {
  int b = end - 1;
  while (b >= s.begin && end - b <= kMaxSpeakerTokens) {
    if (text_.IsPunct(b, ')')) {
      // "The UN integrated office in Haiti (BINUH) said": the brackets belong to the name.
      int open = b - 1;
      while (open >= s.begin && !text_.IsPunct(open, '(') && b - open < 8) --open;
      if (open >= s.begin && text_.IsPunct(open, '(')) {
        b = open - 1;
        continue;
      }
    }
    // "The toll was far higher than the one the UN office had given": a comparison is no name.
    // (French "de" is also a word of than.tsv: "plus de 80".)
    if (IsStop(b) || (lang_.language == "en" && lang_.IsOwn(text_, b, WordClass::kThan))) break;
    // "the one the UN office had given": the figure's stand-in is no part of the name after it.
    if (b > s.begin && lang_.Is(text_, b, WordClass::kDefiniteArticle) &&
        lang_.IsOwn(text_, b - 1, WordClass::kStandIn)) {
      --b;
      break;
    }
    // "Kiev a rejeté les bilans de la Russie, qui parle de": a speaker's words hold no verb,
    // nor another speaker's "selon" ("et le double selon les syndicats, qui ...").
    if (b < end - 1) {
      if (auto c = lang_.cues.LongestAt(text_, b);
          c && (lang_.cue_entries[c->payload].kind == CueKind::kAux ||
                lang_.cue_entries[c->payload].kind == CueKind::kVerb ||
                lang_.cue_entries[c->payload].kind == CueKind::kPrep)) {
        b += lang_.cue_entries[c->payload].kind == CueKind::kPrep ? c->num_tokens - 1 : 0;
        break;
      }
    }
    --b;
  }
  return b + 1;
}

bool SpeakerSpans::IsNameSegment(int begin, int end) const {
  if (end <= begin || end - begin > 6) return false;
  bool capitalised = false;
  for (int i = begin; i < end; ++i) {
    const Token& tok = text_.tokens[i];
    if (tok.kind == TokenKind::kPunct && text_.IsPunct(i, '-')) continue;
    if (tok.kind != TokenKind::kWord) return false;
    if (tok.upper) {
      capitalised = true;
      continue;
    }
    // Particles inside names: "Abdulmenam al-Ghaithi", "Ursula von der Leyen".
    if (!lang_.Is(text_, i, WordClass::kNameParticle)) return false;
  }
  return capitalised;
}

bool SpeakerSpans::HasCue(int begin, int end, CueKind kind) const {
  for (int i = begin; i < end; ++i) {
    if (auto c = lang_.cues.LongestAt(text_, i); c && lang_.cue_entries[c->payload].kind == kind) {
      return true;
    }
  }
  return false;
}

bool SpeakerSpans::IsTitle(int begin, int end) const {
  if (end <= begin || end - begin > 8 || !LooksLikeSpeaker(begin, end)) return false;
  // "hundreds feared dead as RSF storms Zamzam camp, UN says": a headline, not a title.
  for (int i = begin; i < end; ++i) {
    if (lang_.numbers.contains(text_.Text(i)) || lang_.metrics.LongestAt(text_, i) ||
        HasCue(i, i + 1, CueKind::kVerb)) {
      return false;
    }
  }
  if (HasCue(begin, end, CueKind::kSpeaker)) return true;
  // "Kursk's acting governor", "Le chef de Wagner"; not "RSF storms Zamzam camp", where the
  // name is no head of the words.
  for (int i = begin; i < end; ++i) {
    if (auto m = lex_.SourceAt(text_, i); m && i + m->num_tokens == end) return true;
  }
  return false;
}

bool SpeakerSpans::LooksLikeSpeaker(int begin, int end) const {
  const TokenizedText& t = text_;
  if (end <= begin) return false;
  // "contre 63", "dans la nuit": a place or a time; "but never", "and it still": a clause.
  if (lang_.IsAny(t, begin, WordClass::kPreposition | WordClass::kBut | WordClass::kAnd)) {
    return false;
  }
  // "the", "the number of", "nearly double its": a name ends with a noun, not a determiner.
  if (lang_.IsOwn(t, end - 1, WordClass::kOf | WordClass::kContractedOf |
                                  WordClass::kDefiniteArticle | WordClass::kPossessiveDeterminer |
                                  WordClass::kPreposition)) {
    return false;
  }
  for (int i = begin; i < end; ++i) {
    if (t.tokens[i].kind == TokenKind::kNumber) return false;
    // "Two U.S. officials" may speak; "more than a million people marched" is a count.
    if (i > begin && IsCountWord(i)) return false;
  }
  return true;
}

bool SpeakerSpans::NamesSomeone(int begin, int end) const {
  if (!LooksLikeSpeaker(begin, end)) return false;
  if (HasCue(begin, end, CueKind::kSpeaker) || IsNameSegment(begin, end)) return true;
  for (int i = begin; i < end; ++i) {
    if (lex_.SourceAt(text_, i)) return true;
  }
  return false;
}

bool SpeakerSpans::SentenceSubject(const Sentence& s, int* begin, int* end) const {
  const TokenizedText& t = text_;
  int b = s.begin;
  // A dateline is no subject: "KABOUL, 12 octobre 2023 – Le gouvernement taliban a revu".
  for (int i = s.begin; i < s.end && i < s.begin + kDatelineTokens; ++i) {
    if (t.IsPunct(i, '-') && t.tokens[i].space_before) {
      b = i + 1;
      break;
    }
  }
  const int opening = b;
  // Skip an opening phrase: "Pour ce qui est de la Russie, ...", "Mercredi, ...", "Brisant un
  // tabou, ...", but not a subject followed by its apposition: "Yuriy Ihnat, the spokesman, ...".
  for (int i = opening; i < s.end && i < opening + 12; ++i) {
    if (t.IsPunct(i, ',')) {
      bool subject = LooksLikeSpeaker(opening, opening + 1) &&
                     ((IsNameSegment(opening, i) && !IsInterposed(opening)) ||
                      HasCue(opening, i, CueKind::kSpeaker));
      for (int k = opening; k < i && !subject; ++k) subject = lex_.SourceAt(t, k).has_value();
      if (!subject) b = i + 1;
      break;
    }
  }
  int e = b;
  while (e < s.end && e - b < 10 && !IsStop(e)) {
    // "A source in Ukraine's military intelligence on Saturday disputed": the day ends it.
    if (IsInterposed(e) || (IsInterposed(e + 1) && lang_.Is(t, e, WordClass::kBeforeDay))) {
      break;
    }
    // "The World Health Organization's count stood at 1,294": a verb of a total ends it too.
    if (auto c = lang_.cues.LongestAt(t, e)) {
      const CueKind kind = lang_.cue_entries[c->payload].kind;
      if (kind == CueKind::kAux || kind == CueKind::kVerb || kind == CueKind::kToll) break;
    }
    if (lang_.metrics.LongestAt(t, e) || t.tokens[e].kind == TokenKind::kNumber) return false;
    ++e;
  }
  if (e >= s.end || e == b || !LooksLikeSpeaker(b, e)) return false;
  bool known = false;
  for (int i = b; i < e && !known; ++i) known = lex_.SourceAt(t, i).has_value();
  if (!known && !HasCue(b, std::min(e, b + 3), CueKind::kSpeaker)) return false;
  *begin = b;
  *end = e;
  return true;
}

bool SpeakerSpans::IsPronoun(int begin, int end) const {
  if (end - begin != 1) return false;
  auto m = lang_.cues.LongestAt(text_, begin);
  return m && m->num_tokens == 1 && lang_.cue_entries[m->payload].kind == CueKind::kPronoun;
}

bool SpeakerSpans::IsCountWord(int i) const {
  // "un", "une", "a", "one": more often an article than a count.
  auto it = lang_.numbers.find(text_.Text(i));
  return it != lang_.numbers.end() && it->second.value != 1;
}

bool SpeakerSpans::FindPreverbalSpeaker(const Sentence& s, int verb, int* begin, int* end,
                                        bool* aux) const {
  const TokenizedText& t = text_;
  int k = LastWordOfSubject(s, verb, aux);
  if (k < s.begin) return false;
  // "be" before the verb: "are estimated", "est estimé" — nobody speaks.
  if (lang_.Is(t, k, WordClass::kBe)) return false;
  k = SkipRelativeClause(s, k);
  if (k < s.begin) return false;
  if (t.IsPunct(k, ',')) {
    // "Le gouverneur de Kiev, Oleksii Kuleba, a déclaré": a name in apposition.
    const int name_begin = SegmentStart(s, k);
    if (!IsNameSegment(name_begin, k)) return SpeakerBeforeParenthesis(s, k, begin, end);
    *begin = name_begin;
    if (t.IsPunct(name_begin - 1, ',')) {
      const int title_begin = SegmentStart(s, name_begin - 1);
      if (IsTitle(title_begin, name_begin - 1)) *begin = title_begin;
    }
    *end = k;
    return true;
  }
  *begin = SkipDayOpening(SegmentStart(s, k + 1), k + 1);
  *end = k + 1;
  // "..., but a source in the security service said", "and officials said": the conjunction
  // joins the clauses, the speaker comes after it.
  while (*begin < *end - 1 && lang_.IsAny(t, *begin, WordClass::kBut | WordClass::kAnd)) ++*begin;
  if (*begin >= *end) return false;
  // A name in apposition after a title: "Le chef de Wagner, Yevgeny Prigozhin a dit".
  if (IsNameSegment(*begin, *end) && t.IsPunct(*begin - 1, ',')) {
    const int title_begin = SegmentStart(s, *begin - 1);
    if (IsTitle(title_begin, *begin - 1)) *begin = title_begin;
  }
  return true;
}

int SpeakerSpans::SkipDayOpening(int begin, int end) const {
  // "On Saturday evening the State Emergency Service said", "on Thursday morning Governor
  // Janet Mills said": a day after a preposition opens the clause, the subject follows it.
  if (begin + 1 >= end || !lang_.Is(text_, begin, WordClass::kPreposition)) return begin;
  const std::vector<DateMention> days = DateFinder(lang_).Find(text_, begin + 1, end);
  if (days.empty() || days.front().begin != begin + 1 || days.front().end >= end) return begin;
  return days.front().end;
}

int SpeakerSpans::LastWordOfSubject(const Sentence& s, int verb, bool* aux) const {
  const TokenizedText& t = text_;
  int k = verb - 1;
  *aux = false;
  for (int skipped = 0; k >= s.begin && skipped < 4; ++skipped) {
    // "a pour sa part évoqué", "a de son côté affirmé".
    if (auto aside = lex_.Phrases(PhraseClass::kSpeakerAside)
                         .LongestEndingAt(t, k + 1, k + 1 - kMaxAsideTokens)) {
      k -= aside->num_tokens;
      continue;
    }
    if (auto c = lang_.cues.LongestAt(t, k);
        c && c->num_tokens == 1 && lang_.cue_entries[c->payload].kind == CueKind::kAux) {
      *aux = true;
      --k;
      continue;
    }
    if (!t.tokens[k].upper && IsInterposed(k)) {
      --k;
      continue;
    }
    // "Moscou en reconnaît 28", "La préfète n'a recensé que sept": a clitic pronoun or the
    // negation sits between the subject and the verb.
    if (lang_.Is(t, k, WordClass::kClitic) && verb - k <= 3) {
      --k;
      continue;
    }
    break;
  }
  return k;
}

int SpeakerSpans::SkipRelativeClause(const Sentence& s, int k) const {
  const TokenizedText& t = text_;
  // "Le ministère, qui avait d'abord annoncé 500 morts": the verb's subject is the relative
  // pronoun, which stands for the words before the comma.
  if (lang_.Is(t, k, WordClass::kSubjectRelative) && t.IsPunct(k - 1, ',')) {
    k -= 2;
    if (k < s.begin) return k;
  }
  // "The AAPP, which tracks killings and arrests, said", "Le cabinet Occurrence, qui compte le
  // cortège pour un collectif de médias, a dénombré": skip the relative clause.
  if (t.IsPunct(k, ',')) {
    for (int j = k - 1; j > s.begin && k - j <= kMaxSpeakerTokens; --j) {
      if (t.IsPunct(j, ',') || t.IsPunct(j, '.') || t.IsPunct(j, ';')) break;
      if (lang_.Is(t, j, WordClass::kSubjectRelative) && t.IsPunct(j - 1, ',')) return j - 2;
    }
  }
  return k;
}

bool SpeakerSpans::SpeakerBeforeParenthesis(const Sentence& s, int comma, int* begin,
                                                int* end) const {
  const TokenizedText& t = text_;
  // The comma that opens the parenthesis, within a few words.
  int open = comma - 1;
  while (open >= s.begin && comma - open <= 16 && !t.IsPunct(open, ',')) {
    if (t.IsPunct(open, '.') || t.IsPunct(open, ';') || t.IsPunct(open, ':')) return false;
    --open;
  }
  if (open <= s.begin || !t.IsPunct(open, ',') || comma - open < 2) return false;
  const int speaker_begin = SegmentStart(s, open);
  if (speaker_begin >= open || !LooksLikeSpeaker(speaker_begin, open)) return false;
  // "Le blogueur militaire russe Andreï Morozov, proche des milieux combattants, avait estimé":
  // a name closes the words before the aside.
  // "Le cabinet Occurrence, qui ...": a capitalised last word names someone.
  bool known = IsNameSegment(speaker_begin, open) ||
               HasCue(speaker_begin, open, CueKind::kSpeaker) ||
               (open - speaker_begin >= 2 && IsNameSegment(open - 2, open)) ||
               (open - speaker_begin >= 2 && IsNameSegment(open - 1, open));
  for (int i = speaker_begin; i < open && !known; ++i) known = lex_.SourceAt(t, i).has_value();
  if (!known) return false;
  *begin = speaker_begin;
  // "Kyrylo Tymoshenko, deputy head of the presidential office, said": the title is part of
  // who speaks; "Two officials, speaking on condition of anonymity, said": the aside is not.
  *end = IsTitle(open + 1, comma) ? comma : open;
  return true;
}

void SpeakerSpans::FindSpeakerAfter(const Sentence& s, int from, int* begin,
                                        int* end) const {
  const TokenizedText& t = text_;
  // "a annoncé mardi l'OIM": a day or an adverb may stand before the speaker.
  while (from < s.end && t.tokens[from].kind == TokenKind::kWord && !t.tokens[from].upper &&
         IsInterposed(from)) {
    ++from;
  }
  int k = from;
  // "selon la police et 65 000 selon les organisateurs": a count is no part of a name.
  while (k < s.end && !IsStop(k) &&
         !lang_.IsAny(t, k, WordClass::kSpeakerEnder | WordClass::kDay) &&
         t.tokens[k].kind != TokenKind::kNumber && !(k > from && IsCountWord(k)) &&
         k - from < kMaxSpeakerTokens) {
    ++k;
  }
  *begin = from;
  *end = k;
  if (k < s.end && (t.tokens[k].kind == TokenKind::kNumber || IsCountWord(k))) {
    // "la police et 65 000 selon ...": another value follows the name; "said more than 400":
    // the words are the number's own.
    const bool joined = lang_.IsAny(t, k - 1, WordClass::kAnd | WordClass::kOr);
    *end = joined && k - 1 > from ? k - 1 : from;
    return;
  }
  // "..., a déclaré le chef du renseignement, Kyrylo Budanov, à ABC".
  if (t.IsPunct(k, ',')) {
    int name_end = k + 1;
    while (name_end < s.end && !IsStop(name_end) && name_end - k <= 4) ++name_end;
    if (IsNameSegment(k + 1, name_end)) *end = name_end;
  }
}

bool SpeakerSpans::OpinionOpener(const Sentence& s, int* begin, int* end) const {
  const TokenizedText& t = text_;
  if (!lang_.Is(t, s.begin, WordClass::kOpinionOpener)) return false;
  int comma = s.begin + 1;
  while (comma < s.end && comma - s.begin <= 10 && !IsStop(comma)) ++comma;
  if (!t.IsPunct(comma, ',') || comma - s.begin < 2) return false;
  // Someone, not something: "Pour l'analyste Michael Kofman," but not "Pour la première fois,".
  bool someone = HasCue(s.begin + 1, comma, CueKind::kSpeaker);
  for (int i = s.begin + 1; i < comma && !someone; ++i) {
    someone = (t.tokens[i].upper && t.tokens[i].kind == TokenKind::kWord) ||
              lex_.SourceAt(t, i).has_value();
  }
  if (!someone || !LooksLikeSpeaker(s.begin + 1, comma)) return false;
  *begin = s.begin + 1;
  *end = comma;
  return true;
}

}  // namespace claimcheck
