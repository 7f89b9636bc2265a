// Who said a number: speaker phrases, verbs of saying, "selon"/"according to", carried speakers.
// Why one long file: the attributor's steps share the sentence's speaker spans; splitting them
// would put one sentence's state in several files.

#include "extractors/source_attributor.h"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "extractors/folded_text.h"

namespace claimcheck {
namespace {

constexpr int kPronounReach = 40;        // tokens (or speakers) a pronoun looks back over
constexpr int kNearbyAttributions = 6;   // attributions per side that may cover a number
constexpr int kEarlierBefore = 4;  // tokens a marker of an earlier figure may follow the number
constexpr int kEarlierAfter = 10;  // ... or precede it
constexpr int kOtherSpeakerReach = 30;  // tokens after a verb of doing read for a speaker


}  // namespace

SourceAttributor::SourceAttributor(const Lexicons& lexicons, const LanguageLexicon& language,
                                   const TokenizedText& text, absl::string_view original)
    : lex_(lexicons),
      lang_(language),
      text_(text),
      original_(original),
      spans_(lexicons, language, text),
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
    carried.past = false;  // the tense was the verb's, in the sentence before
    carried.speaker_begin = carried.speaker_end = -1;  // not in this sentence
    carried.cue = text.sentences[s].begin;
    by_sentence_[s].push_back(carried);
  }
}

namespace {

// The first of `attributions` (in their order) with a source text whose cue lies in
// (after, after + reach]. A sentence holds a few attributions and is scanned; one without full
// stops may hold thousands and be asked at each of thousands of closing quotation marks
// (BM_OneEndlessSentence: 77x the instructions for 10x the text), so past kScanned they are
// indexed by cue once. (A template: SourceAttributor::Attribution is private.)
template <typename Attribution>
class SpeakerAfterQuote {
 public:
  explicit SpeakerAfterQuote(const std::vector<Attribution>& attributions)
      : attributions_(attributions) {}

  const Attribution* Find(int after, int reach) {
    if (attributions_.size() <= kScanned) {
      for (const Attribution& a : attributions_) {
        if (Fits(a, after, reach)) return &a;
      }
      return nullptr;
    }
    if (by_cue_.empty()) {
      for (int k = 0; k < static_cast<int>(attributions_.size()); ++k) {
        by_cue_.emplace_back(attributions_[k].cue, k);
      }
      std::sort(by_cue_.begin(), by_cue_.end());
    }
    int first = -1;
    for (auto it = std::upper_bound(by_cue_.begin(), by_cue_.end(),
                                    std::make_pair(after, std::numeric_limits<int>::max()));
         it != by_cue_.end() && it->first - after <= reach; ++it) {
      if (Fits(attributions_[it->second], after, reach) && (first < 0 || it->second < first)) {
        first = it->second;
      }
    }
    return first < 0 ? nullptr : &attributions_[first];
  }

 private:
  static constexpr size_t kScanned = 16;
  static bool Fits(const Attribution& a, int after, int reach) {
    return a.cue > after && a.cue - after <= reach && !a.source.text().empty();
  }
  const std::vector<Attribution>& attributions_;
  std::vector<std::pair<int, int>> by_cue_;  // (cue, index), sorted
};

}  // namespace

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
    // by_sentence_[si] does not change while its sentence is read: carried speakers go to the
    // sentences before it.
    SpeakerAfterQuote<Attribution> speaker_after(by_sentence_[si]);
    for (int i = s.begin; i < s.end; ++i) {
      if (!t.IsPunct(i, '"')) continue;
      if (!open) {
        open = true;
        inside.assign(1, si);
        continue;
      }
      open = false;
      const Attribution* speaker = speaker_after.Find(i, kNearQuote);
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
    if (spans_.HasCue(i, i + 1, CueKind::kSpeaker)) noun = i;
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

std::string SourceAttributor::OriginalText(int begin, int end) const {
  const uint32_t from = text_.folded->OriginalOffset(text_.tokens[begin].begin);
  const uint32_t to = text_.folded->OriginalOffset(text_.tokens[end - 1].end);
  return std::string(original_.substr(from, to - from));
}

void SourceAttributor::Canonicalize(const Sentence& s, int begin, int end,
                                    v1::Source* source) const {
  // The longest source alias in the speaker's words.
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
    for (int i = begin; i < end && party.empty(); ++i) party = PartyWordAt(i);
  }
  if (party.empty() && best != nullptr) party = PartyAround(s, begin, end, *best);
  if (best != nullptr) {
    source->set_canonical_id(best->party.empty() && !party.empty()
                                 ? absl::StrCat(party, ".", best->canonical_id)
                                 : best->canonical_id);
  }
  if (!party.empty()) source->set_party(party);
}

std::string SourceAttributor::PartyWordAt(int i) const {
  if (!lex_.IsPartyWord(text_, i)) return "";
  auto it = lex_.parties.find(text_.Text(i));
  return it == lex_.parties.end() ? "" : it->second;
}

std::string SourceAttributor::CountryPartyAt(int i) const {
  if (!text_.tokens[i].upper) return "";
  auto p = lex_.places.LongestAt(text_, i);
  return p ? absl::AsciiStrToLower(lex_.place_entries[p->payload].country) : "";
}

std::string SourceAttributor::PartyAround(const Sentence& s, int begin, int end,
                                          const SourceEntry& source) const {
  std::string party;
  if (lex_.local_sources.contains(source.canonical_id)) {
    // A local authority ("the regional administration", "le gouverneur") belongs to the country
    // of the place the sentence names, whoever it says attacked: "Russian shelling killed two
    // people in Kherson, the regional administration said" is Ukraine's administration.
    for (int i = s.begin; i < s.end && party.empty(); ++i) {
      if (i < begin || i >= end) party = CountryPartyAt(i);
    }
    if (!party.empty()) return party;
  }
  // A generic name ("le ministère de la Défense"): the side the sentence names.
  for (int i = s.begin; i < s.end && party.empty(); ++i) {
    if (i >= begin && i < end) continue;
    party = PartyWordAt(i);
    if (party.empty()) party = CountryPartyAt(i);
  }
  return party;
}

v1::Source SourceAttributor::ResolvePronoun(const Sentence& s, int at) const {
  // The sentence's subject when it is a speaker: "Le ministère ... a accusé ..., selon lui".
  // Any other source word in the sentence ("launched at Ukraine", "20 residents") is not what
  // the pronoun stands for.
  int begin = -1, end = -1;
  bool counted = false;
  const bool subject = spans_.SentenceSubject(s, &begin, &end) && end <= at;
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

void SourceAttributor::AnalyzeSentence(int index) {
  const Sentence& s = text_.sentences[index];
  AddOpinionOpener(index);
  for (int i = s.begin; i < s.end; ++i) {
    if (text_.tokens[i].kind != TokenKind::kWord) continue;
    if (auto cue = lang_.attribution_triggers.LongestAt(text_, i)) i = ReadCue(index, i, *cue);
  }
  // In a sentence with no number this only names a speaker for later pronouns ("It said...").
  if (by_sentence_[index].empty()) AddSubjectAsSpeaker(index);
  if (!channel_[index].empty()) {
    for (Attribution& a : by_sentence_[index]) a.source.set_channel(channel_[index]);
  }
}

void SourceAttributor::AddOpinionOpener(int index) {
  // "Pour l'analyste militaire Michael Kofman, l'incursion vise ...": the sentence is his view.
  const Sentence& s = text_.sentences[index];
  Attribution a;
  if (!spans_.OpinionOpener(s, &a.speaker_begin, &a.speaker_end)) return;
  a.cue = s.begin;
  a.whole_sentence = true;
  a.source.set_text(OriginalText(a.speaker_begin, a.speaker_end));
  Canonicalize(s, a.speaker_begin, a.speaker_end, &a.source);
  a.source.set_cue(OriginalText(s.begin, s.begin + 1));
  by_sentence_[index].push_back(std::move(a));
  named_.emplace_back(index, 0);
}

int SourceAttributor::ReadCue(int index, int i, const PhraseTable::Match& cue) {
  const Sentence& s = text_.sentences[index];
  const CueEntry& entry = lang_.cue_entries[cue.payload];
  const int cue_end = i + cue.num_tokens;
  Attribution a;
  a.cue = i;
  switch (entry.kind) {
    case CueKind::kEarlier:
      earlier_[index].push_back(i);
      return i;
    case CueKind::kChannel:
      if (channel_[index].empty()) channel_[index] = entry.channel;
      return i;
    case CueKind::kParticiple:
      if (!ParticipleSpeaker(s, i, &a)) {
        // "..., the Interior Ministry said on Tuesday, adding that 143 police officers had been
        // injured": the participle goes on with the speaker of the verb before it.
        if (by_sentence_[index].empty() || by_sentence_[index].back().speaker_begin < 0) return i;
        Attribution shared = by_sentence_[index].back();
        shared.cue = i;
        shared.speaker_after = false;
        shared.whole_sentence = false;
        shared.source.set_cue(OriginalText(i, cue_end));
        by_sentence_[index].push_back(std::move(shared));
        return i;
      }
      break;
    case CueKind::kPrep:
      if (!PrepositionSpeaker(s, i, cue_end, &a)) return i;
      break;
    case CueKind::kAuxPronoun:
      return AddAuxPronoun(index, i, cue_end);
    case CueKind::kVerb: {
      if (!ActsAsVerb(i, cue_end)) return i;
      if (lex_.PhraseAt(text_, i, PhraseClass::kActVerb) && OtherSpeakerIn(index, cue_end)) {
        return i;
      }
      if (const int joined = AddJoinedPronoun(index, i, cue_end); joined >= 0) return joined;
      int last = i;
      if (!VerbSpeaker(index, i, cue_end, &a, &last)) return last;
      break;
    }
    default:
      return i;
  }
  return AddSpeaker(index, i, cue_end, entry.kind, std::move(a));
}

bool SourceAttributor::OtherSpeakerIn(int index, int after) const {
  if (!by_sentence_[index].empty()) return true;
  const Sentence& s = text_.sentences[index];
  for (int i = after; i < std::min(s.end, after + kOtherSpeakerReach); ++i) {
    const auto cue = lang_.attribution_triggers.LongestAt(text_, i);
    if (!cue || lex_.PhraseAt(text_, i, PhraseClass::kActVerb)) continue;
    const CueKind kind = lang_.cue_entries[cue->payload].kind;
    if (kind == CueKind::kVerb || kind == CueKind::kPrep || kind == CueKind::kAuxPronoun) {
      return true;
    }
  }
  return false;
}

bool SourceAttributor::ActsAsVerb(int verb, int cue_end) const {
  const TokenizedText& t = text_;
  // "the confirmed death toll", "ses estimations": after a determiner it is an adjective or a
  // noun. (A French object pronoun is no determiner before a verb of saying: "l'a annoncé"
  // has the auxiliary between them.)
  if (lang_.IsOwn(t, verb - 1, WordClass::kDefiniteArticle | WordClass::kSingularArticle |
                                   WordClass::kPossessiveDeterminer | WordClass::kDemonstrative)) {
    return false;
  }
  // "the number of confirmed deaths", "preliminary reports of 320 dead": nouns and adjectives.
  // (French "vient d'annoncer" is a verb after "de".)
  if (lang_.language != "en") return true;
  if (lang_.IsOwn(t, verb - 1, WordClass::kOf)) return false;
  return !(cue_end - verb == 1 && lang_.IsOwn(t, cue_end, WordClass::kOf));
}

bool SourceAttributor::ParticipleSpeaker(const Sentence& s, int i, Attribution* a) const {
  const TokenizedText& t = text_;
  // "with the regional governor saying the toll had reached 44": said by who is "with".
  int with = i - 1;
  while (with >= s.begin && i - with <= 8 && !spans_.IsStop(with) &&
         !lang_.Is(t, with, WordClass::kWith)) {
    --with;
  }
  if (with >= s.begin && lang_.Is(t, with, WordClass::kWith) && i - with >= 2 &&
      spans_.LooksLikeSpeaker(with + 1, i)) {
    a->speaker_begin = with + 1;
    a->speaker_end = i;
    return true;
  }
  // "..., affirmant avoir tué 97 soldats": said by the sentence's subject, unless a verb of
  // saying before it named someone ("Georgian police have detained 293 people, the Interior
  // Ministry said on Tuesday, adding that 143": ReadCue shares that one).
  const std::vector<Attribution>& before = by_sentence_[t.sentence_of[i]];
  if (!before.empty() && before.back().speaker_begin >= 0 && before.back().speaker_end <= i &&
      spans_.NamesSomeone(before.back().speaker_begin, before.back().speaker_end)) {
    return false;
  }
  return spans_.SentenceSubject(s, &a->speaker_begin, &a->speaker_end);
}

bool SourceAttributor::PrepositionSpeaker(const Sentence& s, int i, int cue_end,
                                          Attribution* a) const {
  const TokenizedText& t = text_;
  // "en fin d'après-midi" is a time, not "d'après" (according to).
  if (t.IsPunct(cue_end, '-') && !t.tokens[cue_end].space_before) return false;
  spans_.FindSpeakerAfter(s, cue_end, &a->speaker_begin, &a->speaker_end);
  // "selon le dernier bilan communiqué mardi par l'administration militaire": a report is not
  // a speaker; whoever it is "par"/"by" is.
  if (spans_.HasCue(a->speaker_begin, std::min(a->speaker_end + 1, s.end), CueKind::kBackref)) {
    for (int k = a->speaker_begin; k < s.end && k - a->speaker_begin < 10 && !spans_.IsStop(k);
         ++k) {
      if (lang_.Is(t, k, WordClass::kBy) && k + 1 < s.end &&
          t.tokens[k + 1].kind == TokenKind::kWord) {
        spans_.FindSpeakerAfter(s, k + 1, &a->speaker_begin, &a->speaker_end);
        break;
      }
    }
  }
  // "... 1 400 morts selon les autorités, et ... 3 478 morts selon le ministère": after a
  // figure of its sentence, "selon X" vouches for what came before it; opening the sentence
  // ("Selon X, ..."), for the whole of it.
  a->whole_sentence = true;
  for (int k = s.begin; k < i; ++k) {
    if (t.tokens[k].kind == TokenKind::kNumber || spans_.IsCountWord(k)) {
      a->whole_sentence = false;
      a->speaker_after = true;
      break;
    }
  }
  return true;
}

int SourceAttributor::AddAuxPronoun(int index, int i, int cue_end) {
  // "a-t-il déclaré": the pronoun is the speaker; the claim came before.
  auto verb = lang_.cues.LongestAt(text_, cue_end);
  if (!verb || lang_.cue_entries[verb->payload].kind != CueKind::kVerb) return i;
  Attribution a;
  a.cue = i;
  a.speaker_begin = i;
  a.speaker_end = cue_end;
  a.speaker_after = true;
  a.source = ResolvePronoun(text_.sentences[index], i);
  by_sentence_[index].push_back(std::move(a));
  return cue_end + verb->num_tokens - 1;
}

int SourceAttributor::AddJoinedPronoun(int index, int verb, int cue_end) {
  // "précise-t-elle", "estime-t-il", "dit-on": the pronoun joined to the verb speaks.
  const TokenizedText& t = text_;
  int p = cue_end;
  if (!t.IsPunct(p, '-') || t.tokens[p].space_before) return -1;
  ++p;
  if (lang_.Is(t, p, WordClass::kEuphonicT) && t.IsPunct(p + 1, '-')) p += 2;
  if (!spans_.IsPronoun(p, p + 1)) return -1;
  Attribution a;
  a.cue = verb;
  a.speaker_begin = p;
  a.speaker_end = p + 1;
  a.speaker_after = true;
  a.source = ResolvePronoun(t.sentences[index], verb);
  a.source.set_cue(OriginalText(verb, cue_end));
  by_sentence_[index].push_back(std::move(a));
  return p;
}

bool SourceAttributor::VerbSpeaker(int index, int verb, int cue_end, Attribution* a,
                                   int* last) {
  const Sentence& s = text_.sentences[index];
  if (PassiveAgent(s, verb, cue_end, a)) {
    a->whole_sentence = true;
    return true;
  }
  int k = verb - 1;  // the word before the verb, past an auxiliary
  if (k >= s.begin) {
    if (auto c = lang_.cues.LongestAt(text_, k);
        c && lang_.cue_entries[c->payload].kind == CueKind::kAux) {
      --k;
    }
  }
  if (InvertedSpeaker(s, verb, cue_end, k, a)) return true;
  return PreverbalSpeaker(index, verb, cue_end, a, last);
}

bool SourceAttributor::PassiveAgent(const Sentence& s, int verb, int cue_end,
                                    Attribution* a) const {
  // "le bilan communiqué mardi par l'administration militaire": a passive names its speaker
  // after "par"/"by", for the whole sentence.
  const TokenizedText& t = text_;
  int by = cue_end;
  while (by < s.end && by - cue_end < 3 && spans_.IsInterposed(by)) ++by;
  // ... of a report or a count ("celui annoncé par les autorités" is a comparison).
  bool reported = false;
  for (int r = std::max(s.begin, verb - 3); r < verb && !reported; ++r) {
    reported = spans_.HasCue(r, r + 1, CueKind::kBackref) || t.tokens[r].kind == TokenKind::kNumber;
  }
  // "Annoncé dans la nuit à 59 morts par les pompiers": the count it gives stands between the
  // verb and its agent.
  if (!lang_.Is(t, by, WordClass::kBy)) {
    constexpr int kCountBeforeAgent = 8;  // "dans la nuit à 59 morts"
    constexpr int kNounBeforeAgent = 3;   // "59 morts blessés par"
    for (int i = cue_end; i < std::min(s.end, cue_end + kCountBeforeAgent); ++i) {
      if (spans_.IsStop(i)) break;
      if (t.tokens[i].kind != TokenKind::kNumber) continue;
      // "Donné à 409 blessés le dimanche par le ministère": a day between counts for nothing.
      int reach = i + 1 + kNounBeforeAgent;
      for (int j = i + 1; j < std::min(s.end, reach) && !spans_.IsStop(j); ++j) {
        if (spans_.IsInterposed(j)) ++reach;
        if (lang_.Is(t, j, WordClass::kBy)) {
          by = j;
          reported = true;
          break;
        }
      }
      break;
    }
  }
  if (!reported || !lang_.Is(t, by, WordClass::kBy) || by + 1 >= s.end ||
      t.tokens[by + 1].kind != TokenKind::kWord ||
      lex_.PhraseAt(t, by + 1, PhraseClass::kNotAgent)) {
    return false;
  }
  spans_.FindSpeakerAfter(s, by + 1, &a->speaker_begin, &a->speaker_end);
  return a->speaker_end > a->speaker_begin &&
         spans_.LooksLikeSpeaker(a->speaker_begin, a->speaker_end);
}

bool SourceAttributor::InvertedSpeaker(const Sentence& s, int verb, int cue_end, int before,
                                       Attribution* a) const {
  const TokenizedText& t = text_;
  // "..., said 4,180 people had been killed": a clause follows, so the speaker is before.
  const bool clause_follows =
      lang_.Is(t, cue_end, WordClass::kComplementizer) || t.IsPunct(cue_end, ':') ||
      (cue_end < s.end && (t.tokens[cue_end].kind == TokenKind::kNumber ||
                           spans_.IsCountWord(cue_end) || spans_.IsPronoun(cue_end, cue_end + 1)));
  // "..., a minister, told the BBC": whom one tells is never who speaks.
  if (lang_.Is(t, verb, WordClass::kTellVerb)) return false;
  if (before >= s.begin &&
      !((t.IsPunct(before, ',') || t.IsPunct(before, '"')) && !clause_follows)) {
    return false;
  }
  if (t.IsPunct(before, ',')) {
    // "Le gouverneur, Oleksii Kuleba, a déclaré que": a name in apposition, not an inverted
    // "..., a déclaré X".
    const int name_begin = spans_.SegmentStart(s, before);
    const bool apposition =
        spans_.IsNameSegment(name_begin, before) && t.IsPunct(name_begin - 1, ',');
    const bool complement =
        lang_.Is(t, cue_end, WordClass::kComplementizer) || t.IsPunct(cue_end, ':');
    // "Un ancien officier, qui anime une chaîne, a accusé le commandement": the subject is
    // before its relative clause.
    const bool relative = lang_.Is(t, name_begin - 1, WordClass::kSubjectRelative);
    if (apposition || relative || (complement && spans_.IsNameSegment(name_begin, before))) {
      return false;
    }
  }
  // "..., a indiqué le ministère", "..., said the ministry".
  spans_.FindSpeakerAfter(s, cue_end, &a->speaker_begin, &a->speaker_end);
  if (a->speaker_end <= a->speaker_begin ||
      !spans_.LooksLikeSpeaker(a->speaker_begin, a->speaker_end) ||
      // "X, ..., told Reuters that": whom it was told to, then what.
      lang_.Is(t, a->speaker_end, WordClass::kComplementizer) ||
      spans_.HasCue(a->speaker_begin, a->speaker_end, CueKind::kVerb) ||
      // "X, in an audio message, said his men had been forced": a clause, not a name.
      spans_.HasCue(a->speaker_begin, a->speaker_end, CueKind::kAux)) {
    return false;  // "..., ont compté au moins 1 280 morts": the speaker is before
  }
  a->speaker_after = true;
  return true;
}

bool SourceAttributor::PreverbalSpeaker(int index, int verb, int cue_end, Attribution* a,
                                        int* last) {
  const Sentence& s = text_.sentences[index];
  const TokenizedText& t = text_;
  bool aux = false;
  if (!spans_.FindPreverbalSpeaker(s, verb, &a->speaker_begin, &a->speaker_end, &aux)) return false;
  if (lang_.IsAny(t, a->speaker_end - 1, WordClass::kAnd | WordClass::kOr | WordClass::kBut)) {
    // "..., and said at least 30,000", "X said ..., but warned that", "X a revendiqué
    // l'attaque et affirmé...": the verb shares the subject of the verb before it.
    if (!by_sentence_[index].empty() && !by_sentence_[index].back().speaker_after) {
      Attribution shared = by_sentence_[index].back();
      shared.cue = verb;
      shared.source.set_cue(OriginalText(verb, cue_end));
      by_sentence_[index].push_back(std::move(shared));
      *last = cue_end - 1;
      return false;
    }
    if (!spans_.SentenceSubject(s, &a->speaker_begin, &a->speaker_end)) return false;
  }
  if (!spans_.LooksLikeSpeaker(a->speaker_begin, a->speaker_end)) return false;
  // French participles need an auxiliary or a complement: "décès signalés" is no cue. A count
  // or a quotation as object: "Kiev revendique 74 localités", "évoquent « des milliers »".
  const bool complement =
      lang_.IsAny(t, cue_end,
                  WordClass::kComplementizer | WordClass::kOf | WordClass::kVerbComplement) ||
      t.IsPunct(cue_end, ':') || t.IsPunct(cue_end, ',') ||
      (cue_end < s.end && (t.tokens[cue_end].kind == TokenKind::kNumber ||
                           t.IsPunct(cue_end, '"') || spans_.IsInterposed(cue_end) ||
                           lang_.qualifiers.LongestAt(t, cue_end)));  // "annonce plus de 200"
  if (lang_.language == "fr" && !aux && !complement) return false;
  // "..., the ministry said." covers what came before the comma.
  a->speaker_after = t.IsPunct(a->speaker_begin - 1, ',') &&
                     (cue_end >= s.end || t.IsPunct(cue_end, '.') || t.IsPunct(cue_end, ','));
  return true;
}

int SourceAttributor::AddSpeaker(int index, int i, int cue_end, CueKind kind, Attribution a) {
  const Sentence& s = text_.sentences[index];
  const TokenizedText& t = text_;
  // "• L'armée israélienne": bullets and dashes are not part of a name.
  while (a.speaker_begin >= 0 && a.speaker_begin < a.speaker_end &&
         t.tokens[a.speaker_begin].kind == TokenKind::kPunct) {
    ++a.speaker_begin;
  }
  if (a.speaker_begin < 0 || a.speaker_end <= a.speaker_begin) return i;
  // "« Nous avons trouvé 12 corps », a dit X": inside a quotation "we" is whoever is quoted.
  if (a.speaker_end - a.speaker_begin == 1 &&
      lang_.Is(t, a.speaker_begin, WordClass::kFirstPerson)) {
    return i;
  }
  // "Earlier in the day he had put the toll at 25": the pronoun is the subject.
  if (!a.speaker_after && spans_.IsPronoun(a.speaker_end - 1, a.speaker_end)) {
    a.speaker_begin = a.speaker_end - 1;
  }
  bool named = false;
  if (spans_.IsPronoun(a.speaker_begin, a.speaker_end)) {
    a.source = ResolvePronoun(s, a.speaker_begin);
  } else if (const v1::Source* antecedent = Antecedent(a.speaker_begin, a.speaker_end)) {
    a.source = *antecedent;
  } else {
    a.source.set_text(OriginalText(a.speaker_begin, a.speaker_end));
    Canonicalize(s, a.speaker_begin, a.speaker_end, &a.source);
    // "Le précédent bilan du ministère faisait état de": a report's author is who speaks.
    if (a.source.canonical_id().empty()) TakeIdOfReportsAuthor(a.speaker_begin, a.speaker_end, &a.source);
    // Only a bare "the ministry": "Spain's government" is not an earlier government.
    if (a.source.canonical_id().empty() &&
        lang_.Is(t, a.speaker_begin, WordClass::kSingularArticle) &&
        a.speaker_end - a.speaker_begin <= 3) {
      TakeIdOfLastNamedWithHead(t.Text(a.speaker_end - 1), &a.source);
    }
    // "selon les chiffres officiels": the official body named before, whose figures they are.
    if (a.source.canonical_id().empty() && HasOfficialFigures(a.speaker_begin, a.speaker_end)) {
      TakeIdOfLastOfficial(text_.sentences[index].paragraph, &a.source);
    }
    named = true;
  }
  a.source.set_cue(OriginalText(i, cue_end));
  a.past = kind == CueKind::kVerb && !a.whole_sentence && spans_.PastReport(i);
  const int last = std::max(i, a.speaker_after ? a.speaker_end - 1 : cue_end - 1);
  by_sentence_[index].push_back(std::move(a));
  if (named) named_.emplace_back(index, static_cast<int>(by_sentence_[index].size()) - 1);
  return last;
}

void SourceAttributor::TakeIdOfLastNamedWithHead(absl::string_view head,
                                                 v1::Source* source) const {
  // "le ministère", "the ministry": the last named speaker with that head noun.
  int looked = 0;
  for (size_t k = named_.size(); k > 0 && looked < kPronounReach; --k, ++looked) {
    const v1::Source& earlier = Named(k - 1);
    if (!earlier.canonical_id().empty() && absl::StrContains(FoldPhrase(earlier.text()), head)) {
      source->set_canonical_id(earlier.canonical_id());
      source->set_party(earlier.party());
      return;
    }
  }
}

void SourceAttributor::TakeIdOfReportsAuthor(int begin, int end, v1::Source* source) const {
  const TokenizedText& t = text_;
  for (int i = begin; i + 2 < end; ++i) {
    if (!spans_.HasCue(i, i + 1, CueKind::kBackref) ||
        !lang_.IsAny(t, i + 1, WordClass::kOf | WordClass::kContractedOf)) {
      continue;
    }
    // "du ministère": the author's last word is the head that names it.
    TakeIdOfLastNamedWithHead(t.Text(end - 1), source);
    return;
  }
}

bool SourceAttributor::HasOfficialFigures(int begin, int end) const {
  for (int i = begin; i < end; ++i) {
    if (const auto m = lex_.PhraseAt(text_, i, PhraseClass::kOfficialFigures);
        m && i + m->num_tokens <= end) {
      return true;
    }
  }
  return false;
}

void SourceAttributor::TakeIdOfLastOfficial(int paragraph, v1::Source* source) const {
  // An official body: a source of the lexicons that speaks for a country or a side, named in
  // the paragraph (further back, whose figures they are is anyone's guess).
  for (size_t k = named_.size(); k > 0; --k) {
    if (text_.sentences[named_[k - 1].first].paragraph != paragraph) return;
    const v1::Source& earlier = Named(k - 1);
    // A country's body ("fr.interior"), not a union or an NGO (whose party is their own id).
    if (!earlier.canonical_id().empty() && earlier.party().size() == 2) {
      source->set_canonical_id(earlier.canonical_id());
      source->set_party(earlier.party());
      return;
    }
  }
}

void SourceAttributor::AddSubjectAsSpeaker(int index) {
  // No verb of saying: a sentence whose subject is a speaker ("Le ministère ... a porté à 89 le
  // nombre de ...") gives its figures on that speaker's authority.
  const Sentence& s = text_.sentences[index];
  Attribution a;
  if (!spans_.SentenceSubject(s, &a.speaker_begin, &a.speaker_end)) return;
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

v1::Source SourceAttributor::SpeakerAt(int sentence, int begin, int end) const {
  const Sentence& s = text_.sentences[sentence];
  v1::Source source;
  if (spans_.IsPronoun(begin, end)) {
    source = ResolvePronoun(s, begin);
  } else if (const v1::Source* antecedent = Antecedent(begin, end)) {
    source = *antecedent;
  } else {
    source.set_text(OriginalText(begin, end));
    Canonicalize(s, begin, end, &source);
  }
  // The verb it shares: the last attribution before the speaker's words.
  source.clear_cue();
  for (const Attribution& a : by_sentence_[sentence]) {
    if (a.cue < begin && !a.source.cue().empty()) source.set_cue(a.source.cue());
  }
  if (!channel_[sentence].empty()) source.set_channel(channel_[sentence]);
  return source;
}

bool SourceAttributor::CountAfter(int cue) const {
  constexpr int kObjectReach = 6;  // "annonce plus de 200 morts"
  for (int i = cue + 1; i < std::min(text_.size(), cue + 1 + kObjectReach); ++i) {
    if (spans_.IsStop(i)) return false;
    if (text_.tokens[i].kind == TokenKind::kNumber || spans_.IsCountWord(i)) return true;
  }
  return false;
}

bool SourceAttributor::CommaBetween(int from, int to) const {
  for (int i = from + 1; i < to; ++i) {
    if (text_.IsPunct(i, ',')) return true;
  }
  return false;
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
    // "QUATRE OTAGES LIBÉRÉS À NUSEIRAT, LE HAMAS ANNONCE PLUS DE 200 MORTS": a speaker named
    // before a verb with figures of its own, in a clause after the number's, does not vouch
    // for it ("..., the ministry said" does).
    if (!points_at_number && !a.speaker_after && a.speaker_begin > number &&
        CommaBetween(number, a.speaker_begin) && CountAfter(a.cue)) {
      continue;
    }
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
