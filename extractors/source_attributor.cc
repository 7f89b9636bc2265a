#include "extractors/source_attributor.h"

#include <algorithm>
#include <cstdlib>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "extractors/folded_text.h"

namespace claimcheck {
namespace {

constexpr int kMaxSpeakerTokens = 14;
constexpr int kPronounReach = 40;        // tokens (or speakers) a pronoun looks back over
constexpr int kNearbyAttributions = 6;   // attributions per side that may cover a number
constexpr int kEarlierBefore = 4;  // tokens a marker of an earlier figure may follow the number
constexpr int kEarlierAfter = 10;  // ... or precede it

constexpr int kMaxAsideTokens = 4;  // "a pour sa part évoqué"

}  // namespace

bool SourceAttributor::IsCountWord(int i) const {
  // "un", "une", "a", "one": more often an article than a count.
  auto it = lang_.numbers.find(text_.Text(i));
  return it != lang_.numbers.end() && it->second.value != 1;
}

SourceAttributor::SourceAttributor(const Lexicons& lexicons, const LanguageLexicon& language,
                                   const TokenizedText& text, absl::string_view original)
    : lex_(lexicons),
      lang_(language),
      text_(text),
      original_(original),
      by_sentence_(text.sentences.size()),
      earlier_(text.sentences.size()),
      channel_(text.sentences.size()) {
  for (int s = 0; s < static_cast<int>(text.sentences.size()); ++s) {
    AnalyzeSentence(s);
  }
  CarryQuotedSpeakers();
  // A sentence that names nobody, right after one that does in the same paragraph, goes on
  // reporting: "Une quinzaine de véhicules ont été incendiés." One sentence deep only.
  for (int s = static_cast<int>(text.sentences.size()) - 1; s > 0; --s) {
    if (!by_sentence_[s].empty() || by_sentence_[s - 1].empty() ||
        text.sentences[s].paragraph != text.sentences[s - 1].paragraph) {
      continue;
    }
    Attribution carried = by_sentence_[s - 1].back();
    carried.whole_sentence = true;
    carried.speaker_begin = carried.speaker_end = -1;  // not in this sentence
    carried.cue = text.sentences[s].begin;
    by_sentence_[s].push_back(carried);
  }
}

bool SourceAttributor::PastReport(int verb) const {
  const TokenizedText& t = text_;
  // French imperfect: "le ministère faisait état de 22 morts", "recensait 28 120 réfugiés".
  const absl::string_view w = t.Text(verb);
  if (lang_.language == "fr" && (absl::EndsWith(w, "ait") || absl::EndsWith(w, "aient"))) {
    return true;
  }
  // Pluperfect: "avait d'abord annoncé", "had put the toll at 25".
  for (int k = verb - 1; k >= 0 && verb - k <= 4; --k) {
    if (lang_.Is(t, k, WordClass::kPluperfect)) return true;
    if (!IsInterposed(k)) break;
  }
  return false;
}

void SourceAttributor::CarryQuotedSpeakers() {
  const TokenizedText& t = text_;
  // Folding turns « » “ ” into '"', so a quotation is open after an odd number of them.
  constexpr int kNearQuote = 4;  // tokens between the closing mark and its verb: "», a déclaré"
  std::vector<int> inside;       // sentences the open quotation has reached
  bool open = false;
  int paragraph = -1;
  for (int si = 0; si < static_cast<int>(t.sentences.size()); ++si) {
    const Sentence& s = t.sentences[si];
    if (s.paragraph != paragraph) {
      open = false;
      inside.clear();
      paragraph = s.paragraph;
    }
    if (open) inside.push_back(si);
    for (int i = s.begin; i < s.end; ++i) {
      if (!t.IsPunct(i, '"')) continue;
      if (!open) {
        open = true;
        inside.assign(1, si);
        continue;
      }
      open = false;
      const Attribution* speaker = nullptr;
      for (const Attribution& a : by_sentence_[si]) {
        if (a.cue > i && a.cue - i <= kNearQuote && !a.source.text().empty()) {
          speaker = &a;
          break;
        }
      }
      for (int q : inside) {
        if (speaker == nullptr || q == si || !by_sentence_[q].empty()) continue;
        Attribution carried = *speaker;
        carried.whole_sentence = true;
        carried.speaker_begin = carried.speaker_end = -1;  // not in that sentence
        carried.cue = t.sentences[q].begin;
        by_sentence_[q].push_back(std::move(carried));
      }
      inside.clear();
    }
  }
}

bool SourceAttributor::IsInterposed(int i) const {
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
  if (!absl::EndsWith(w, "ment") || w.size() <= 6) return false;
  auto cue = lang_.cues.LongestAt(text_, i - 1);
  if (!cue || cue->num_tokens != 1) return false;
  const CueKind kind = lang_.cue_entries[cue->payload].kind;
  return kind == CueKind::kAux || kind == CueKind::kVerb;
}

bool SourceAttributor::IsStop(int i) const {
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
         t.IsPunct(i, '?') || lang_.Is(t, i, WordClass::kClauseOpener);
}

int SourceAttributor::SegmentStart(const Sentence& s, int end) const {
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
    if (IsStop(b)) break;
    // "Kiev a rejeté les bilans de la Russie, qui parle de": a speaker's words hold no verb.
    if (b < end - 1) {
      if (auto c = lang_.cues.LongestAt(text_, b);
          c && (lang_.cue_entries[c->payload].kind == CueKind::kAux ||
                lang_.cue_entries[c->payload].kind == CueKind::kVerb)) {
        break;
      }
    }
    --b;
  }
  return b + 1;
}

bool SourceAttributor::IsNameSegment(int begin, int end) const {
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

bool SourceAttributor::HasCue(int begin, int end, CueKind kind) const {
  for (int i = begin; i < end; ++i) {
    if (auto c = lang_.cues.LongestAt(text_, i); c && lang_.cue_entries[c->payload].kind == kind) {
      return true;
    }
  }
  return false;
}

bool SourceAttributor::IsTitle(int begin, int end) const {
  if (end <= begin || end - begin > 8 || !LooksLikeSpeaker(begin, end)) return false;
  // "hundreds feared dead as RSF storms Zamzam camp, UN says": a headline, not a title.
  for (int i = begin; i < end; ++i) {
    if (lang_.numbers.contains(text_.Text(i)) || lang_.metrics.LongestAt(text_, i) ||
        HasCue(i, i + 1, CueKind::kVerb)) {
      return false;
    }
  }
  if (HasCue(begin, end, CueKind::kSpeaker)) return true;
  for (int i = begin; i < end; ++i) {
    if (lex_.SourceAt(text_, i)) return true;
  }
  return false;
}

bool SourceAttributor::LooksLikeSpeaker(int begin, int end) const {
  if (lang_.Is(text_, begin, WordClass::kPreposition)) return false;
  for (int i = begin; i < end; ++i) {
    if (text_.tokens[i].kind == TokenKind::kNumber) return false;
  }
  return true;
}

bool SourceAttributor::SentenceSubject(const Sentence& s, int* begin, int* end) const {
  const TokenizedText& t = text_;
  int b = s.begin;
  // Skip an opening phrase: "Pour ce qui est de la Russie, ...", "Mercredi, ...", "Brisant un
  // tabou, ...", but not a subject followed by its apposition: "Yuriy Ihnat, the spokesman, ...".
  for (int i = s.begin; i < s.end && i < s.begin + 12; ++i) {
    if (t.IsPunct(i, ',')) {
      bool subject = LooksLikeSpeaker(s.begin, s.begin + 1) &&
                     ((IsNameSegment(s.begin, i) && !IsInterposed(s.begin)) ||
                      HasCue(s.begin, i, CueKind::kSpeaker));
      for (int k = s.begin; k < i && !subject; ++k) subject = lex_.SourceAt(t, k).has_value();
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
    if (auto c = lang_.cues.LongestAt(t, e)) {
      const CueKind kind = lang_.cue_entries[c->payload].kind;
      if (kind == CueKind::kAux || kind == CueKind::kVerb) break;
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

const v1::Source* SourceAttributor::Antecedent(int begin, int end) const {
  const TokenizedText& t = text_;
  if (end - begin > 4 || named_.empty()) return nullptr;
  // "les mêmes responsables", "cette même source", "the same officials" point back.
  const bool same = lang_.Is(t, begin + 1, WordClass::kSame);
  const auto is_same_word = [&](int i) { return lang_.Is(t, i, WordClass::kSame); };
  // Otherwise singular only: "le responsable" points back; "les autorités" names a government.
  if (!same && !lang_.IsAny(t, begin, WordClass::kSingularArticle | WordClass::kDemonstrative)) {
    return nullptr;
  }
  if (!same && (lang_.Is(t, end - 1, WordClass::kPluralSpeaker) ||
                (lex_.IsEnglish(t, begin, WordClass::kSingularArticle) &&
                 absl::EndsWith(t.Text(end - 1), "s")))) {
    return nullptr;
  }
  for (int i = begin; i < end; ++i) {
    if (t.tokens[i].upper || lex_.parties.contains(t.Text(i))) return nullptr;
  }
  // The speaker noun: "l'agence onusienne" -> "agence", "the land forces command" -> "command".
  int noun = -1;
  for (int i = begin; i < end && noun < 0; ++i) {
    if (HasCue(i, i + 1, CueKind::kSpeaker)) noun = i;
  }
  if (noun < 0) return same ? &Named(named_.size() - 1) : nullptr;
  // "the ministry" is the last speaker named a ministry; "the regional administration" after a
  // governor is a new speaker, and so is "the health ministry" after the interior ministry:
  // every word after the determiner must have been said of the earlier speaker.
  int looked = 0;
  for (size_t k = named_.size(); k > 0 && looked < kPronounReach; --k, ++looked) {
    const v1::Source& earlier = Named(k - 1);
    // What the lexicon calls it counts as said of it: "Volodymyr Zelensky ... a déclaré le
    // président" (Ukrainian President).
    std::string earlier_text = FoldPhrase(earlier.text());
    if (!earlier.canonical_id().empty()) {
      for (const SourceEntry& entry : lex_.source_entries) {
        if (entry.canonical_id == earlier.canonical_id()) {
          absl::StrAppend(&earlier_text, " | ", FoldPhrase(entry.display));
          break;
        }
      }
    }
    bool all_words = true;
    for (int i = begin + 1; i < end && all_words; ++i) {
      all_words = t.tokens[i].kind != TokenKind::kWord || is_same_word(i) ||
                  absl::StrContains(earlier_text, t.Text(i));
    }
    if (all_words) return &earlier;
  }
  // A noun that fits any speaker ("le responsable", "l'organisation", "the group") stands for
  // the last one named.
  if (same || lang_.Is(t, noun, WordClass::kGenericSpeaker)) return &Named(named_.size() - 1);
  return nullptr;
}

bool SourceAttributor::IsPronoun(int begin, int end) const {
  if (end - begin != 1) return false;
  auto m = lang_.cues.LongestAt(text_, begin);
  return m && m->num_tokens == 1 && lang_.cue_entries[m->payload].kind == CueKind::kPronoun;
}

std::string SourceAttributor::OriginalText(int begin, int end) const {
  const uint32_t from = text_.folded->OriginalOffset(text_.tokens[begin].begin);
  const uint32_t to = text_.folded->OriginalOffset(text_.tokens[end - 1].end);
  return std::string(original_.substr(from, to - from));
}

bool SourceAttributor::FindPreverbalSpeaker(const Sentence& s, int verb, int* begin, int* end,
                                            bool* aux) const {
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
  if (k < s.begin) return false;
  // "be" before the verb: "are estimated", "est estimé" — nobody speaks.
  if (lang_.Is(t, k, WordClass::kBe)) return false;
  // "Le ministère, qui avait d'abord annoncé 500 morts": the verb's subject is the relative
  // pronoun, which stands for the words before the comma.
  if (lang_.Is(t, k, WordClass::kSubjectRelative) && t.IsPunct(k - 1, ',')) {
    k -= 2;
    if (k < s.begin) return false;
  }
  // "The AAPP, which tracks killings and arrests, said": skip the relative clause.
  if (t.IsPunct(k, ',')) {
    const int clause_begin = SegmentStart(s, k);
    if (lang_.Is(t, clause_begin, WordClass::kSubjectRelative) &&
        t.IsPunct(clause_begin - 1, ',')) {
      k = clause_begin - 2;
      if (k < s.begin) return false;
    } else if (lang_.Is(t, clause_begin - 1, WordClass::kSubjectRelative)) {
      const int relative = clause_begin - 1;
      if (t.IsPunct(relative - 1, ',')) {
        k = relative - 2;
        if (k < s.begin) return false;
      }
    }
  }
  int np_end = k + 1;
  if (t.IsPunct(k, ',')) {
    // "Le gouverneur de Kiev, Oleksii Kuleba, a déclaré": a name in apposition.
    np_end = k;
    const int name_begin = SegmentStart(s, np_end);
    if (!IsNameSegment(name_begin, np_end)) {
      return SpeakerBeforeParenthesis(s, k, begin, end);
    }
    *begin = name_begin;
    if (t.IsPunct(name_begin - 1, ',')) {
      const int title_begin = SegmentStart(s, name_begin - 1);
      if (IsTitle(title_begin, name_begin - 1)) *begin = title_begin;
    }
    *end = np_end;
    return true;
  }
  *begin = SegmentStart(s, np_end);
  *end = np_end;
  if (*begin >= *end) return false;
  // A name in apposition after a title: "Le chef de Wagner, Yevgeny Prigozhin a dit".
  if (IsNameSegment(*begin, *end) && t.IsPunct(*begin - 1, ',')) {
    const int title_begin = SegmentStart(s, *begin - 1);
    if (IsTitle(title_begin, *begin - 1)) *begin = title_begin;
  }
  return true;
}

bool SourceAttributor::SpeakerBeforeParenthesis(const Sentence& s, int comma, int* begin,
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
  bool known = IsNameSegment(speaker_begin, open) ||
               HasCue(speaker_begin, open, CueKind::kSpeaker) ||
               (open - speaker_begin >= 2 && IsNameSegment(open - 2, open));
  for (int i = speaker_begin; i < open && !known; ++i) known = lex_.SourceAt(t, i).has_value();
  if (!known) return false;
  *begin = speaker_begin;
  // "Kyrylo Tymoshenko, deputy head of the presidential office, said": the title is part of
  // who speaks; "Two officials, speaking on condition of anonymity, said": the aside is not.
  *end = IsTitle(open + 1, comma) ? comma : open;
  return true;
}

void SourceAttributor::FindSpeakerAfter(const Sentence& s, int from, int* begin,
                                        int* end) const {
  const TokenizedText& t = text_;
  // "a annoncé mardi l'OIM": a day or an adverb may stand before the speaker.
  while (from < s.end && t.tokens[from].kind == TokenKind::kWord && !t.tokens[from].upper &&
         IsInterposed(from)) {
    ++from;
  }
  int k = from;
  while (k < s.end && !IsStop(k) && !lang_.IsAny(t, k, WordClass::kSpeakerEnder | WordClass::kDay) &&
         k - from < kMaxSpeakerTokens) {
    if (t.Is(k, "à")) break;  // "à la chaîne ABC" ends the name
    ++k;
  }
  *begin = from;
  *end = k;
  // "..., a déclaré le chef du renseignement, Kyrylo Budanov, à ABC".
  if (t.IsPunct(k, ',')) {
    int name_end = k + 1;
    while (name_end < s.end && !IsStop(name_end) && name_end - k <= 4) ++name_end;
    if (IsNameSegment(k + 1, name_end)) *end = name_end;
  }
}

void SourceAttributor::Canonicalize(const Sentence& s, int begin, int end,
                                    v1::Source* source) const {
  int best_len = 0;
  const SourceEntry* best = nullptr;
  for (int i = begin; i < end; ++i) {
    if (auto m = lex_.SourceAt(text_, i); m && i + m->num_tokens <= end) {
      if (m->num_tokens > best_len) {
        best_len = m->num_tokens;
        best = &lex_.source_entries[Lexicons::SourceIndex(m->payload)];
      }
    }
  }
  std::string party = best != nullptr ? best->party : "";
  if (party.empty()) {
    for (int i = begin; i < end && party.empty(); ++i) {
      if (!lex_.IsPartyWord(text_, i)) continue;
      if (auto it = lex_.parties.find(text_.Text(i)); it != lex_.parties.end()) party = it->second;
    }
  }
  if (party.empty() && best != nullptr && lex_.local_sources.contains(best->canonical_id)) {
    // A local authority ("the regional administration", "le gouverneur") belongs to the country
    // of the place the sentence names, whoever it says attacked: "Russian shelling killed two
    // people in Kherson, the regional administration said" is Ukraine's administration.
    for (int i = s.begin; i < s.end && party.empty(); ++i) {
      if ((i >= begin && i < end) || !text_.tokens[i].upper) continue;
      if (auto p = lex_.places.LongestAt(text_, i)) {
        party = absl::AsciiStrToLower(lex_.place_entries[p->payload].country);
      }
    }
  }
  if (party.empty() && best != nullptr) {
    // A generic name ("le ministère de la Défense"): the side the sentence names.
    for (int i = s.begin; i < s.end && party.empty(); ++i) {
      if (i >= begin && i < end) continue;
      if (!lex_.IsPartyWord(text_, i)) {
        if (text_.tokens[i].upper) {
          if (auto p = lex_.places.LongestAt(text_, i)) {
            party = absl::AsciiStrToLower(lex_.place_entries[p->payload].country);
          }
        }
        continue;
      }
      if (auto it = lex_.parties.find(text_.Text(i)); it != lex_.parties.end()) {
        party = it->second;
      } else if (text_.tokens[i].upper) {
        if (auto p = lex_.places.LongestAt(text_, i)) {
          party = absl::AsciiStrToLower(lex_.place_entries[p->payload].country);
        }
      }
    }
  }
  if (best != nullptr) {
    source->set_canonical_id(best->party.empty() && !party.empty()
                                 ? absl::StrCat(party, ".", best->canonical_id)
                                 : best->canonical_id);
  }
  if (!party.empty()) source->set_party(party);
}

v1::Source SourceAttributor::ResolvePronoun(const Sentence& s, int at) const {
  // The sentence's subject when it is a speaker: "Le ministère ... a accusé ..., selon lui".
  // Any other source word in the sentence ("launched at Ukraine", "20 residents") is not what
  // the pronoun stands for.
  int begin = -1, end = -1;
  bool counted = false;
  const bool subject = SentenceSubject(s, &begin, &end) && end <= at;
  for (int i = begin; subject && i < end && !counted; ++i) {
    // "Plus d'une centaine d'habitants ont été relogés, a-t-il précisé": not the habitants.
    counted = text_.tokens[i].kind == TokenKind::kNumber || lang_.numbers.contains(text_.Text(i));
  }
  if (subject && !counted) {
    if (const v1::Source* antecedent = Antecedent(begin, end)) return *antecedent;
    v1::Source source;
    source.set_text(OriginalText(begin, end));
    Canonicalize(s, begin, end, &source);
    return source;
  }
  if (!named_.empty()) return Named(named_.size() - 1);
  return v1::Source();
}

bool SourceAttributor::OpinionOpener(const Sentence& s, int* begin, int* end) const {
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

void SourceAttributor::AnalyzeSentence(int index) {
  const Sentence& s = text_.sentences[index];
  const TokenizedText& t = text_;
  // "Pour l'analyste militaire Michael Kofman, l'incursion vise ...": the sentence is his view.
  if (Attribution a; OpinionOpener(s, &a.speaker_begin, &a.speaker_end)) {
    a.cue = s.begin;
    a.whole_sentence = true;
    a.source.set_text(OriginalText(a.speaker_begin, a.speaker_end));
    Canonicalize(s, a.speaker_begin, a.speaker_end, &a.source);
    a.source.set_cue(OriginalText(s.begin, s.begin + 1));
    by_sentence_[index].push_back(std::move(a));
    named_.emplace_back(index, 0);
  }
  for (int i = s.begin; i < s.end; ++i) {
    if (t.tokens[i].kind != TokenKind::kWord) continue;
    auto cue = lang_.attribution_triggers.LongestAt(t, i);
    if (!cue) continue;
    const CueEntry& entry = lang_.cue_entries[cue->payload];
    const int cue_end = i + cue->num_tokens;
    Attribution a;
    a.cue = i;
    switch (entry.kind) {
      case CueKind::kEarlier:
        earlier_[index].push_back(i);
        continue;
      case CueKind::kChannel:
        if (channel_[index].empty()) channel_[index] = entry.channel;
        continue;
      case CueKind::kParticiple: {
        // "with the regional governor saying the toll had reached 44": said by who is "with".
        int with = i - 1;
        while (with >= s.begin && i - with <= 8 && !IsStop(with) &&
               !lang_.Is(t, with, WordClass::kWith)) {
          --with;
        }
        if (with >= s.begin && lang_.Is(t, with, WordClass::kWith) && i - with >= 2 &&
            LooksLikeSpeaker(with + 1, i)) {
          a.speaker_begin = with + 1;
          a.speaker_end = i;
          break;
        }
        // "..., affirmant avoir tué 97 soldats": said by the sentence's subject.
        if (!SentenceSubject(s, &a.speaker_begin, &a.speaker_end)) continue;
        a.cue = i;
        break;
      }
      case CueKind::kPrep: {
        // "en fin d'après-midi" is a time, not "d'après" (according to).
        if (t.IsPunct(cue_end, '-') && !t.tokens[cue_end].space_before) continue;
        FindSpeakerAfter(s, cue_end, &a.speaker_begin, &a.speaker_end);
        // "selon le dernier bilan communiqué mardi par l'administration militaire": a report
        // is not a speaker; whoever it is "par"/"by" is.
        if (HasCue(a.speaker_begin, std::min(a.speaker_end + 1, s.end), CueKind::kBackref)) {
          for (int k = a.speaker_begin; k < s.end && k - a.speaker_begin < 10 && !IsStop(k); ++k) {
            if (lang_.Is(t, k, WordClass::kBy) && k + 1 < s.end &&
                t.tokens[k + 1].kind == TokenKind::kWord) {
              FindSpeakerAfter(s, k + 1, &a.speaker_begin, &a.speaker_end);
              break;
            }
          }
        }
        // "... 1 400 morts selon les autorités, et ... 3 478 morts selon le ministère": after a
        // figure of its sentence, "selon X" vouches for what came before it; opening the sentence
        // ("Selon X, ..."), for the whole of it.
        a.whole_sentence = true;
        for (int k = s.begin; k < i; ++k) {
          if (t.tokens[k].kind == TokenKind::kNumber ||
              IsCountWord(k)) {
            a.whole_sentence = false;
            a.speaker_after = true;
            break;
          }
        }
        break;
      }
      case CueKind::kAuxPronoun: {
        // "a-t-il déclaré": the pronoun is the speaker; the claim came before.
        auto verb = lang_.cues.LongestAt(t, cue_end);
        if (!verb || lang_.cue_entries[verb->payload].kind != CueKind::kVerb) continue;
        a.speaker_begin = i;
        a.speaker_end = cue_end;
        a.speaker_after = true;
        a.source = ResolvePronoun(s, i);
        by_sentence_[index].push_back(a);
        i = cue_end + verb->num_tokens - 1;
        continue;
      }
      case CueKind::kVerb: {
        // "précise-t-elle", "estime-t-il", "dit-on": the pronoun joined to the verb speaks.
        if (int p = cue_end; t.IsPunct(p, '-') && !t.tokens[p].space_before) {
          ++p;
          if (lang_.Is(t, p, WordClass::kEuphonicT) && t.IsPunct(p + 1, '-')) p += 2;
          if (IsPronoun(p, p + 1)) {
            a.speaker_begin = p;
            a.speaker_end = p + 1;
            a.speaker_after = true;
            a.source = ResolvePronoun(s, i);
            a.source.set_cue(OriginalText(i, cue_end));
            by_sentence_[index].push_back(a);
            i = p;
            continue;
          }
        }
        // "le bilan communiqué mardi par l'administration militaire": a passive names its
        // speaker after "par"/"by", for the whole sentence.
        int by = cue_end;
        while (by < s.end && by - cue_end < 3 && IsInterposed(by)) ++by;
        // ... of a report or a count ("celui annoncé par les autorités" is a comparison).
        bool reported = false;
        for (int r = std::max(s.begin, i - 3); r < i && !reported; ++r) {
          reported = HasCue(r, r + 1, CueKind::kBackref) ||
                     t.tokens[r].kind == TokenKind::kNumber;
        }
        if (reported && lang_.Is(t, by, WordClass::kBy) && by + 1 < s.end &&
            t.tokens[by + 1].kind == TokenKind::kWord &&
            !lex_.PhraseAt(t, by + 1, PhraseClass::kNotAgent)) {
          FindSpeakerAfter(s, by + 1, &a.speaker_begin, &a.speaker_end);
          if (a.speaker_end > a.speaker_begin &&
              LooksLikeSpeaker(a.speaker_begin, a.speaker_end)) {
            a.whole_sentence = true;
            break;
          }
        }
        bool aux = false;
        int k = i - 1;
        if (k >= s.begin && lang_.cues.LongestAt(t, k) &&
            lang_.cue_entries[lang_.cues.LongestAt(t, k)->payload].kind == CueKind::kAux) {
          aux = true;
          --k;
        }
        // "..., said 4,180 people had been killed": a clause follows, so the speaker is before.
        const bool clause_follows =
            lang_.Is(t, cue_end, WordClass::kComplementizer) || t.IsPunct(cue_end, ':') ||
            (cue_end < s.end && (t.tokens[cue_end].kind == TokenKind::kNumber ||
                                 IsCountWord(cue_end) ||
                                 IsPronoun(cue_end, cue_end + 1)));
        // "..., a minister, told the BBC": whom one tells is never who speaks.
        const bool tells = lang_.Is(t, i, WordClass::kTellVerb);
        bool inverted = !tells && (k < s.begin ||
                                   ((t.IsPunct(k, ',') || t.IsPunct(k, '"')) && !clause_follows));
        if (inverted && t.IsPunct(k, ',')) {
          // "Le gouverneur, Oleksii Kuleba, a déclaré que": a name in apposition, not an
          // inverted "..., a déclaré X".
          const int name_begin = SegmentStart(s, k);
          const bool apposition = IsNameSegment(name_begin, k) && t.IsPunct(name_begin - 1, ',');
          const bool complement =
              lang_.Is(t, cue_end, WordClass::kComplementizer) || t.IsPunct(cue_end, ':');
          // "Un ancien officier, qui anime une chaîne, a accusé le commandement": the subject
          // is before its relative clause.
          const bool relative = lang_.Is(t, name_begin - 1, WordClass::kSubjectRelative);
          if (apposition || relative || (complement && IsNameSegment(name_begin, k))) {
            inverted = false;
          }
        }
        if (inverted) {
          // "..., a indiqué le ministère", "..., said the ministry".
          FindSpeakerAfter(s, cue_end, &a.speaker_begin, &a.speaker_end);
          a.speaker_after = true;
          if (a.speaker_end <= a.speaker_begin ||
              !LooksLikeSpeaker(a.speaker_begin, a.speaker_end) ||
              // "X, ..., told Reuters that": whom it was told to, then what.
              lang_.Is(t, a.speaker_end, WordClass::kComplementizer) ||
              HasCue(a.speaker_begin, a.speaker_end, CueKind::kVerb) ||
              // "X, in an audio message, said his men had been forced": a clause, not a name.
              HasCue(a.speaker_begin, a.speaker_end, CueKind::kAux)) {
            inverted = false;  // "..., ont compté au moins 1 280 morts": the speaker is before
            a.speaker_after = false;
          }
        }
        if (!inverted) {
          if (!FindPreverbalSpeaker(s, i, &a.speaker_begin, &a.speaker_end, &aux)) continue;
          if (lang_.IsAny(t, a.speaker_end - 1,
                          WordClass::kAnd | WordClass::kOr | WordClass::kBut)) {
            // "..., and said at least 30,000", "X said ..., but warned that", "X a revendiqué
            // l'attaque et affirmé...": the verb shares the subject of the verb before it.
            if (!by_sentence_[index].empty() && !by_sentence_[index].back().speaker_after) {
              Attribution shared = by_sentence_[index].back();
              shared.cue = i;
              shared.source.set_cue(OriginalText(i, cue_end));
              by_sentence_[index].push_back(std::move(shared));
              i = cue_end - 1;
              continue;
            }
            if (!SentenceSubject(s, &a.speaker_begin, &a.speaker_end)) continue;
          }
          if (!LooksLikeSpeaker(a.speaker_begin, a.speaker_end)) continue;
          // French participles need an auxiliary or a complement: "décès signalés" is no cue.
          // A count or a quotation as object: "Kiev revendique 74 localités", "évoquent « des
          // milliers »".
          const bool complement =
              lang_.IsAny(t, cue_end, WordClass::kComplementizer | WordClass::kOf |
                                          WordClass::kVerbComplement) ||
              t.IsPunct(cue_end, ':') || t.IsPunct(cue_end, ',') ||
              (cue_end < s.end && (t.tokens[cue_end].kind == TokenKind::kNumber ||
                                   t.IsPunct(cue_end, '"') || IsInterposed(cue_end)));
          if (lang_.language == "fr" && !aux && !complement) continue;
          // "..., the ministry said." covers what came before the comma.
          a.speaker_after = t.IsPunct(a.speaker_begin - 1, ',') &&
                            (cue_end >= s.end || t.IsPunct(cue_end, '.') ||
                             t.IsPunct(cue_end, ','));
        }
        break;
      }
      default:
        continue;
    }
    // "• L'armée israélienne": bullets and dashes are not part of a name.
    while (a.speaker_begin >= 0 && a.speaker_begin < a.speaker_end &&
           t.tokens[a.speaker_begin].kind == TokenKind::kPunct) {
      ++a.speaker_begin;
    }
    if (a.speaker_begin < 0 || a.speaker_end <= a.speaker_begin) continue;
    // "« Nous avons trouvé 12 corps », a dit X": inside a quotation "we" is whoever is quoted.
    if (a.speaker_end - a.speaker_begin == 1 &&
        lang_.Is(t, a.speaker_begin, WordClass::kFirstPerson)) {
      continue;
    }
    // "Earlier in the day he had put the toll at 25": the pronoun is the subject.
    if (!a.speaker_after && IsPronoun(a.speaker_end - 1, a.speaker_end)) {
      a.speaker_begin = a.speaker_end - 1;
    }
    bool named = false;
    if (IsPronoun(a.speaker_begin, a.speaker_end)) {
      a.source = ResolvePronoun(s, a.speaker_begin);
    } else if (const v1::Source* antecedent = Antecedent(a.speaker_begin, a.speaker_end)) {
      a.source = *antecedent;
    } else {
      a.source.set_text(OriginalText(a.speaker_begin, a.speaker_end));
      Canonicalize(s, a.speaker_begin, a.speaker_end, &a.source);
      // Only a bare "the ministry": "Spain's government" is not an earlier government.
      const bool bare = lang_.Is(t, a.speaker_begin, WordClass::kSingularArticle);
      if (a.source.canonical_id().empty() && bare && a.speaker_end - a.speaker_begin <= 3) {
        // "le ministère", "the ministry": the last named speaker with that head noun.
        const std::string head(t.Text(a.speaker_end - 1));
        int looked = 0;
        for (size_t k = named_.size(); k > 0 && looked < kPronounReach; --k, ++looked) {
          const v1::Source& earlier = Named(k - 1);
          if (!earlier.canonical_id().empty() &&
              absl::StrContains(FoldPhrase(earlier.text()), head)) {
            a.source.set_canonical_id(earlier.canonical_id());
            a.source.set_party(earlier.party());
            break;
          }
        }
      }
      named = true;
    }
    a.source.set_cue(OriginalText(i, cue_end));
    a.past = entry.kind == CueKind::kVerb && !a.whole_sentence && PastReport(i);
    i = std::max(i, a.speaker_after ? a.speaker_end - 1 : cue_end - 1);
    by_sentence_[index].push_back(std::move(a));
    if (named) named_.emplace_back(index, static_cast<int>(by_sentence_[index].size()) - 1);
  }
  // In a sentence with no number this only names a speaker for later pronouns ("It said...").
  if (by_sentence_[index].empty()) {
    // No verb of saying: a sentence whose subject is a speaker ("Le ministère ... a porté à 89
    // le nombre de ...") gives its figures on that speaker's authority.
    Attribution a;
    if (SentenceSubject(s, &a.speaker_begin, &a.speaker_end)) {
      a.cue = a.speaker_begin;
      a.whole_sentence = true;
      bool named = false;
      if (const v1::Source* antecedent = Antecedent(a.speaker_begin, a.speaker_end)) {
        a.source = *antecedent;
      } else {
        a.source.set_text(OriginalText(a.speaker_begin, a.speaker_end));
        Canonicalize(s, a.speaker_begin, a.speaker_end, &a.source);
        named = true;
      }
      by_sentence_[index].push_back(std::move(a));
      if (named) named_.emplace_back(index, static_cast<int>(by_sentence_[index].size()) - 1);
    }
  }
  if (!channel_[index].empty()) {
    for (Attribution& a : by_sentence_[index]) a.source.set_channel(channel_[index]);
  }
}

SpeakerOfNumber SourceAttributor::For(int sentence, int number) const {
  SpeakerOfNumber who;
  // "Moscou avait précédemment déclaré que 63", "contre 63 annoncés initialement", "an earlier
  // toll of 63": the marker stands close to the figure it dates, not to the whole sentence.
  for (int marker : earlier_[sentence]) {
    if (number - marker >= -kEarlierBefore && number - marker <= kEarlierAfter) who.earlier = true;
  }
  const Attribution* best = nullptr;
  int best_score = 1 << 30;
  // Attributions are in text order: the nearest few on each side are the only candidates.
  const std::vector<Attribution>& here = by_sentence_[sentence];
  auto at = std::lower_bound(here.begin(), here.end(), number,
                             [](const Attribution& a, int n) { return a.cue < n; });
  const auto from = at - std::min<ptrdiff_t>(at - here.begin(), kNearbyAttributions);
  const auto to = at + std::min<ptrdiff_t>(here.end() - at, kNearbyAttributions);
  for (auto it = from; it != to; ++it) {
    const Attribution& a = *it;
    if (a.source.text().empty()) continue;
    const bool points_at_number =
        a.whole_sentence || (a.speaker_after ? number < a.cue : number > a.cue);
    const int score = std::abs(number - a.cue) + (points_at_number ? 0 : 1000);
    if (score < best_score) {
      best_score = score;
      best = &a;
    }
  }
  if (best != nullptr) {
    who.source = &best->source;
    who.speaker_begin = best->speaker_begin;
    who.speaker_end = best->speaker_end;
    // A figure the verb governs closely, said in the past: "avait annoncé « au moins 500 »" (but
    // not the "471" the same sentence revises it to, further on).
    const int distance = best->speaker_after ? best->cue - number : number - best->cue;
    if (best->past && distance > 0 && distance <= kEarlierAfter) who.earlier = true;
  }
  return who;
}

}  // namespace claimcheck
