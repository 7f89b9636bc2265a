// LinkOtherValues and SettleOtherValues (see claim_passes.h): numbers that are other values of
// one count.
#include <algorithm>
#include <optional>

#include "extractors/claim_passes.h"
#include "extractors/figure_changes.h"
#include "extractors/speaker_spans.h"

namespace claimcheck {
namespace {

constexpr int kPairReach = 16;       // tokens between a figure's old and new value
constexpr int kComparedGap = 5;      // "to 2,445 on Tuesday, up from 2,053"
constexpr int kFigureAfter = 3;      // "porté à 300 le nombre d'hommes"
constexpr int kEarlierReach = 4;     // an earlier-figure marker this close marks the number
constexpr int kAlternativeReach = 20; // "N selon <speaker>, M selon ...": the speaker's words
constexpr int kAlternativeGap = 6;   // "2 500 selon la police, plus de 6 000 selon ..."
constexpr int kElidedSpeaker = 8;   // ", la préfecture de police 81 000"
constexpr int kCliticReach = 4;      // "en revendiquent 30 000", "n'en a compté que 37 000"
constexpr int kFigureNounReach = 12; // "put the number of aircraft damaged at around a dozen"
constexpr int kNounAfterFigure = 3;  // "le nombre de [soldats] tués"
constexpr int kAntecedentSentences = 2;
// How many numbers back an antecedent is looked for: a "sentence" of thousands of figures costs
// what a normal one does.
constexpr int kMaxLookBack = 8;
constexpr int kNearVerb = 2;          // "en avoir abattu 43": the verb that governs it

bool SameSentence(const std::vector<ClaimDraft>& d, int a, int b) {
  const int n = static_cast<int>(d.size());
  return a >= 0 && b >= 0 && a < n && b < n && d[a].sentence == d[b].sentence;
}

bool IsCount(const ClaimDraft& d) { return d.number.unit.empty(); }

// The last token of the number with its noun.
int EndOf(const ClaimDraft& d) { return std::max(d.number.text_end, d.subject.end); }

bool Stops(const TokenizedText& t, int from, int to) {
  for (int i = from; i < to; ++i) {
    if (t.IsPunct(i, '.') || t.IsPunct(i, ';') || t.IsPunct(i, ':') || t.IsPunct(i, '?') ||
        t.IsPunct(i, '!')) {
      return true;
    }
  }
  return false;
}

// Token at - 1 if its word is of class `c`, else -1.
int WordBefore(const ArticleText& text, WordClass c, int at) {
  return at > 0 && text.lexicons.Is(text.tokens, at - 1, c) ? at - 1 : -1;
}

bool HasWord(const ArticleText& text, WordClass c, int from, int to) {
  for (int i = from; i < to; ++i) {
    if (text.lexicons.Is(text.tokens, i, c)) return true;
  }
  return false;
}

bool IsCue(const ArticleText& text, int i, CueKind kind) {
  const auto cue = text.lex.cues.LongestAt(text.tokens, i);
  return cue && text.lex.cue_entries[cue->payload].kind == kind;
}

// An earlier-figure marker ("previously", "initialement") within kEarlierReach of the number.
bool EarlierMarkerNear(const ArticleText& text, const ClaimDraft& d) {
  const Sentence& s = text.tokens.sentences[d.sentence];
  for (int i = std::max(s.begin, d.number.text_begin - kEarlierReach);
       i < std::min(s.end, d.number.text_end + kEarlierReach); ++i) {
    if (IsCue(text, i, CueKind::kEarlier)) return true;
  }
  return false;
}

// Links `k` to `partner` (and back, with `both_ways`); the one of them that names no noun takes
// the other's.
void Link(std::vector<ClaimDraft>* drafts, int k, int partner, bool k_older,
          bool both_ways = true) {
  std::vector<ClaimDraft>& d = *drafts;
  if (d[k].value_of < 0) d[k].value_of = partner;
  if (both_ways && d[partner].value_of < 0) d[partner].value_of = k;
  d[k].older_value = d[k].older_value || k_older;
  for (auto [to, from] : {std::pair<int, int>{k, partner}, {partner, k}}) {
    if (d[to].own_noun || !d[from].own_noun) continue;
    TakeNoun(d[from].subject, &d[to].subject);
    d[to].subject.implied_metric = d[from].subject.implied_metric;
    v1::Claim& c = d[to].claim;
    c.set_subject(d[from].claim.subject());
    c.set_subject_text(d[from].claim.subject_text());
    c.set_subject_side(d[from].claim.subject_side());
  }
}

// The count before draft k in its sentence (measures skipped), or an index out of it.
int PreviousCount(const std::vector<ClaimDraft>& d, int k) {
  int before = k - 1;
  while (SameSentence(d, before, k) && !IsCount(d[before]) && k - before < kMaxLookBack) --before;
  return before;
}

// "Annoncé à 59 morts par les pompiers, puis porté à 120 et à 146": a value a verb of change
// sets (the verb between the count before and it) with no noun of its own, or the next value of
// the same change ("et à 146"); no other figure is named between them ("et le bilan des blessés
// est passé à 30") or right after it ("porté à 300 le nombre d'hommes").
bool NextValueInSequence(const ArticleText& text, const std::vector<ClaimDraft>& d, int before,
                         int k, int to_begin) {
  const TokenizedText& t = text.tokens;
  if (d[k].own_noun) return false;
  if (HasWord(text, WordClass::kFigureNoun, EndOf(d[before]), to_begin) ||
      HasWord(text, WordClass::kFigureNoun, d[k].number.text_end,
              std::min(t.sentences[d[k].sentence].end, d[k].number.text_end + kFigureAfter))) {
    return false;
  }
  if (text.lexicons.Is(t, to_begin - 1, WordClass::kAnd)) {
    return d[before].value_of >= 0 && !d[before].older_value;
  }
  // "raised the figure to 13 and then to 17", "porté à 9 morts, puis à 14": the value before is
  // itself one a verb of change set.
  if (text.lexicons.Is(t, to_begin - 1, WordClass::kThen)) {
    const int before_to = WordBefore(text, WordClass::kChangeTo, d[before].number.text_begin);
    return before_to >= 0 && ChangeVerbBefore(text.lexicons, t, before_to, kChangeVerbReach);
  }
  const PhraseTable& verbs = text.lexicons.Phrases(PhraseClass::kChangeVerb);
  for (int end = to_begin; end > EndOf(d[before]); --end) {
    if (verbs.LongestEndingAt(t, end, EndOf(d[before]))) return true;
  }
  return false;
}

// The old value of a change with the new one: "from 1,400 to 1,200", "initialement de 63, a été
// porté à 89", "rose to 96 from 93", "92 dead, a figure they raised to 158".
std::optional<int> OldValueOf(const ArticleText& text, const std::vector<ClaimDraft>& d, int k) {
  const TokenizedText& t = text.tokens;
  const Lexicons& w = text.lexicons;
  const int to_begin = WordBefore(text, WordClass::kChangeTo, d[k].number.text_begin);
  if (to_begin < 0) return std::nullopt;
  const bool verb_before_new = ChangeVerbBefore(w, t, to_begin, kChangeVerbReach);
  // Before it: the number right before, marked as the old value or named as a figure.
  const int nearest = PreviousCount(d, k);
  int before = nearest;
  // "raised its toll to 2,445, up from 2,053, before cutting it to about 1,000": the value the
  // comparison was made against is the newest.
  if (SameSentence(d, before, k) && d[before].compared) {
    const int against = PreviousCount(d, before);
    if (SameSentence(d, against, before)) before = against;
  }
  if (SameSentence(d, before, k) && d[k].number.text_begin - EndOf(d[nearest]) <= kPairReach &&
      !Stops(t, EndOf(d[nearest]), to_begin)) {
    const int from_begin = WordBefore(text, WordClass::kChangeFrom, d[before].number.text_begin);
    if (from_begin >= 0 &&
        (verb_before_new || ChangeVerbBefore(w, t, from_begin, kChangeVerbReach))) {
      return before;
    }
    if (verb_before_new && HasWord(text, WordClass::kFigureNoun, EndOf(d[before]), to_begin)) {
      return before;
    }
    if (verb_before_new && NextValueInSequence(text, d, before, k, to_begin)) return before;
  }
  // After it: "rose to 96 from 93", "risen to more than 1,300, up from 1,200".
  const int after = k + 1;
  if (verb_before_new && SameSentence(d, k, after) && IsCount(d[after])) {
    const int from_begin = WordBefore(text, WordClass::kChangeFrom, d[after].number.text_begin);
    if (from_begin >= 0 && from_begin - EndOf(d[k]) <= 1) return after;
    if (d[after].compared && d[after].number.text_begin - EndOf(d[k]) <= kComparedGap) {
      return after;
    }
  }
  return std::nullopt;
}

// "Thirty-five people ... were killed ..., raising its toll from 34": an old value with no new
// one beside it. The new one is the sentence's first count before it that names a noun (the
// main clause's), if any.
std::optional<int> LoneOldValue(const ArticleText& text, const std::vector<ClaimDraft>& d, int k) {
  const int from_begin = WordBefore(text, WordClass::kChangeFrom, d[k].number.text_begin);
  if (from_begin < 0 || !ChangeVerbBefore(text.lexicons, text.tokens, from_begin, kChangeVerbReach)) {
    return std::nullopt;
  }
  int first = -1;
  for (int j = k - 1; SameSentence(d, j, k) && k - j <= kMaxLookBack; --j) {
    if (IsCount(d[j]) && d[j].own_noun) first = j;
  }
  return first;
}

// "406 policiers blessés, contre 108 annoncés lundi soir", "145, up from 126 announced
// overnight": a compared value that a verb of saying right after it dates to an earlier
// announcement is the older value of the count it is compared with. Without that verb it may be
// another period's count ("contre 21 l'an dernier").
std::optional<int> AnnouncedBefore(const ArticleText& text, const std::vector<ClaimDraft>& d,
                                   int k) {
  const int after = d[k].number.text_end;
  if (!d[k].compared || after >= text.tokens.sentences[d[k].sentence].end ||
      !IsCue(text, after, CueKind::kVerb)) {
    return std::nullopt;
  }
  const int now = PreviousCount(d, k);
  if (!SameSentence(d, now, k) || !IsCount(d[now])) return std::nullopt;
  return now;
}

// "2 500 personnes selon la police, plus de 6 000 selon les organisateurs": a number with no
// noun, said by its own speaker right after another count.
std::optional<int> AlternativeTo(const ArticleText& text, const std::vector<ClaimDraft>& d,
                                 int k) {
  const TokenizedText& t = text.tokens;
  // "« plus d'un million » selon la CGT": past a closing quote.
  const int after = d[k].number.text_end + (t.IsPunct(d[k].number.text_end, '"') ? 1 : 0);
  if (!IsCue(text, after, CueKind::kPrep)) return std::nullopt;
  int before = k - 1;
  while (SameSentence(d, before, k) && !IsCount(d[before]) && k - before < kMaxLookBack) --before;
  if (!SameSentence(d, before, k)) return std::nullopt;
  // The speaker of the one before stands between them: "N selon X, M".
  const int gap_begin = EndOf(d[before]);
  if (d[k].number.text_begin - gap_begin > kAlternativeReach ||
      Stops(t, gap_begin, d[k].number.text_begin)) {
    return std::nullopt;
  }
  int speaker_end = gap_begin;
  if (IsCue(text, gap_begin, CueKind::kPrep)) {
    while (speaker_end < d[k].number.text_begin && !t.IsPunct(speaker_end, ',') &&
           !text.lexicons.Is(t, speaker_end, WordClass::kAnd)) {
      ++speaker_end;
    }
  }
  // "About 2,500 people marched, police said, 6,000 according to organisers"; "28 000 selon la
  // police et 65 000 selon les organisateurs"; "et « plus d'un million » selon la CGT".
  int joint = d[k].number.text_begin - 1;
  if (t.IsPunct(joint, '"')) --joint;
  if (d[k].number.text_begin - speaker_end > kAlternativeGap ||
      !(t.IsPunct(joint, ',') || text.lexicons.Is(t, joint, WordClass::kAnd))) {
    return std::nullopt;
  }
  // "368 000 selon l'Intérieur, dont 48 000 à Paris, et « plus d'un million » selon la CGT":
  // another value of the whole, not of its part.
  if (d[before].part_of >= 0 && d[before].part_of < before) return d[before].part_of;
  return before;
}

// "La CGT annonce 700 000 manifestants dans la capitale, la préfecture de police 81 000": a
// count with no noun at the end of its clause, after a comma or "and" and a speaker's words with
// no verb, is that speaker's value of the count before ("police counted 20,000 marchers and the
// organisers 60,000"). Sets *speaker_begin/end to the speaker.
std::optional<int> ElidedAlternative(const ArticleText& text, const SpeakerSpans& spans,
                                     const std::vector<ClaimDraft>& d, int k, int* speaker_begin,
                                     int* speaker_end) {
  const TokenizedText& t = text.tokens;
  const Sentence& s = t.sentences[d[k].sentence];
  const int number = d[k].number.text_begin;
  const int after = d[k].number.text_end;
  if (after < s.end && !Stops(t, after, after + 1) && !t.IsPunct(after, ',') &&
      !t.IsPunct(after, ')')) {
    return std::nullopt;
  }
  int before = k - 1;
  while (SameSentence(d, before, k) && !IsCount(d[before]) && k - before < kMaxLookBack) --before;
  if (!SameSentence(d, before, k) || number - EndOf(d[before]) > kAlternativeReach) {
    return std::nullopt;
  }
  const auto joins = [&](int i) {
    return t.IsPunct(i, ',') || text.lexicons.Is(t, i, WordClass::kAnd);
  };
  int comma = number - 1;
  while (comma > EndOf(d[before]) && number - comma <= kElidedSpeaker && !joins(comma)) --comma;
  if (!joins(comma) || comma + 1 >= number || Stops(t, EndOf(d[before]), comma)) {
    return std::nullopt;
  }
  // "45,000, against the organisers' 300,000": the comparison's word is not the speaker's.
  int b = comma + 1;
  if (const auto w = text.lexicons.PhraseAt(t, b, PhraseClass::kComparisonOpener)) {
    b += w->num_tokens;
  }
  const int e = number;
  if (b >= e || !spans.LooksLikeSpeaker(b, e) || spans.HasCue(b, e, CueKind::kVerb) ||
      spans.HasCue(b, e, CueKind::kAux) || spans.HasCue(b, e, CueKind::kPrep)) {
    return std::nullopt;
  }
  bool known = spans.HasCue(b, e, CueKind::kSpeaker) || spans.IsNameSegment(b, e);
  for (int i = b; i < e && !known; ++i) known = text.lexicons.SourceAt(t, i).has_value();
  for (int i = b; i < e && known; ++i) known = !text.lex.metrics.LongestAt(t, i);
  if (!known) return std::nullopt;
  *speaker_begin = b;
  *speaker_end = e;
  return before;
}

// "quelques dizaines de morts, peut-être une cinquantaine": another estimate with no noun, only
// words of doubt between them.
std::optional<int> EstimateAfter(const ArticleText& text, const std::vector<ClaimDraft>& d,
                                 int k) {
  const TokenizedText& t = text.tokens;
  int before = k - 1;
  while (SameSentence(d, before, k) && !IsCount(d[before]) && k - before < kMaxLookBack) --before;
  if (!SameSentence(d, before, k) || !d[before].own_noun) return std::nullopt;
  const int from = EndOf(d[before]), to = d[k].number.text_begin;
  if (to - from > kAlternativeGap || !t.IsPunct(from, ',')) return std::nullopt;
  bool doubt = false;
  for (int i = from + 1; i < to;) {
    if (const auto w = text.lexicons.PhraseAt(t, i, PhraseClass::kAlternative)) {
      doubt = true;
      i += w->num_tokens;
    } else if (t.IsPunct(i, ',')) {
      ++i;
    } else {
      return std::nullopt;
    }
  }
  return doubt ? std::optional<int>(before) : std::nullopt;
}

// "les organisateurs en revendiquent 30 000": the count before, in this sentence or the one
// before it in the paragraph.
std::optional<int> CliticAntecedent(const ArticleText& text, const std::vector<ClaimDraft>& d,
                                    int k) {
  const TokenizedText& t = text.tokens;
  const int begin = d[k].number.text_begin;
  bool clitic = false;
  for (int i = std::max(0, begin - kCliticReach); i < begin - 1 && !clitic; ++i) {
    clitic = t.sentence_of[i] == d[k].sentence && text.lexicons.Is(t, i, WordClass::kCountClitic);
  }
  if (!clitic) return std::nullopt;
  for (int j = k - 1; j >= 0 && d[k].sentence - d[j].sentence <= 1 && k - j <= kMaxLookBack;
       --j) {
    if (t.sentences[d[j].sentence].paragraph != t.sentences[d[k].sentence].paragraph) break;
    if (IsCount(d[j]) && d[j].own_noun) return j;
  }
  return std::nullopt;
}

// "Moscow previously said 63" after "... said 89 soldiers were killed": an earlier figure with
// no noun, alone in its sentence, restates the count of a sentence just before.
std::optional<int> EarlierFigureAntecedent(const ArticleText& text,
                                           const std::vector<ClaimDraft>& d, int k) {
  if (SameSentence(d, k - 1, k) || !EarlierMarkerNear(text, d[k])) return std::nullopt;
  const TokenizedText& t = text.tokens;
  for (int j = k - 1;
       j >= 0 && d[k].sentence - d[j].sentence <= kAntecedentSentences && k - j <= kMaxLookBack;
       --j) {
    if (t.sentences[d[j].sentence].paragraph != t.sentences[d[k].sentence].paragraph) break;
    if (IsCount(d[j]) && d[j].own_noun) return j;
  }
  return std::nullopt;
}

// "put the number of aircraft damaged at around a dozen", "a estimé le nombre de morts à 50":
// the figure's noun, named before the value.
std::optional<Subject> NamedFigureNoun(const ArticleText& text, const ClaimDraft& d) {
  const TokenizedText& t = text.tokens;
  const int prep = WordBefore(text, WordClass::kValuePreposition, d.number.text_begin);
  if (prep < 0) return std::nullopt;
  const int sentence_begin = t.sentences[d.sentence].begin;
  for (int i = prep - 1; i >= std::max(sentence_begin, prep - kFigureNounReach); --i) {
    if (Stops(t, i, i + 1) || t.tokens[i].kind == TokenKind::kNumber) break;
    if (!text.lexicons.Is(t, i, WordClass::kFigureNoun)) continue;
    for (int j = i + 1; j < std::min(prep, i + 1 + kNounAfterFigure); ++j) {
      if (const auto noun = text.lex.subjects.LongestAt(t, j)) {
        const SubjectEntry& e = text.lex.subject_entries[noun->payload];
        Subject s;
        s.canonical = e.canonical;
        s.implied_metric = e.implied_metric;
        s.begin = j;
        s.end = j + noun->num_tokens;
        s.from_lexicon = true;
        return s;
      }
    }
    return std::nullopt;
  }
  return std::nullopt;
}

// A verb of what happened right before the number, not a noun that names a figure: "en avoir
// abattu 43" (but not "le bilan en retenait 875").
bool VerbRightBefore(const ArticleText& text, const ClaimDraft& d) {
  const TokenizedText& t = text.tokens;
  const int begin = d.number.text_begin;
  const int sentence_begin = t.sentences[d.sentence].begin;
  for (int end = begin; end >= std::max(sentence_begin + 1, begin - kNearVerb); --end) {
    const auto m = text.lex.metrics.LongestEndingAt(t, end, sentence_begin);
    if (m && !text.lexicons.Is(t, end - m->num_tokens, WordClass::kFigureNoun)) return true;
  }
  return false;
}

bool SameSpeaker(const v1::Source& a, const v1::Source& b) {
  if (!a.canonical_id().empty() || !b.canonical_id().empty()) {
    return a.canonical_id() == b.canonical_id();
  }
  return a.text() == b.text();
}

}  // namespace

void LinkOtherValues(const ArticleText& text, std::vector<ClaimDraft>* drafts) {
  std::vector<ClaimDraft>& d = *drafts;
  const int n = static_cast<int>(d.size());
  const SpeakerSpans spans(text.lexicons, text.lex, text.tokens);
  for (ClaimDraft& draft : d) {
    draft.own_noun = !draft.subject.canonical.empty() && !draft.subject.lent;
  }
  for (int k = 0; k < n; ++k) {
    if (!IsCount(d[k])) continue;
    if (const std::optional<int> old = OldValueOf(text, d, k)) {
      Link(drafts, *old, k, /*k_older=*/true);
      continue;
    }
    if (d[k].older_value || d[k].value_of >= 0) continue;
    if (const std::optional<int> now = LoneOldValue(text, d, k)) {
      d[k].older_value = true;
      if (*now >= 0) Link(drafts, k, *now, /*k_older=*/true);
      continue;
    }
    if (const std::optional<int> now = AnnouncedBefore(text, d, k)) {
      Link(drafts, k, *now, /*k_older=*/true);
      continue;
    }
    // A part ("dont 48 000") or a compared value ("contre 63") is settled already.
    if (d[k].own_noun || d[k].part_of >= 0 || d[k].compared) continue;
    if (std::optional<Subject> noun = NamedFigureNoun(text, d[k])) {
      d[k].subject = std::move(*noun);
      d[k].own_noun = true;
      d[k].claim.set_subject(d[k].subject.canonical);
      d[k].claim.set_subject_text(text.Slice(d[k].subject.begin, d[k].subject.end));
      continue;
    }
    std::optional<int> antecedent = AlternativeTo(text, d, k);
    if (!antecedent) {
      antecedent = ElidedAlternative(text, spans, d, k, &d[k].elided_speaker_begin,
                                     &d[k].elided_speaker_end);
    }
    if (!antecedent) antecedent = EstimateAfter(text, d, k);
    if (!antecedent) antecedent = CliticAntecedent(text, d, k);
    if (antecedent) {
      Link(drafts, k, *antecedent, /*k_older=*/false);
      continue;
    }
  }
}

// "3,5 millions selon la CGT, dont 81 000 à Paris": a part counts what its whole counts, as
// settled by now, and is said by the whole's speaker.
void SettleParts(std::vector<ClaimDraft>* drafts) {
  std::vector<ClaimDraft>& d = *drafts;
  for (ClaimDraft& part : d) {
    if (part.part_of < 0 || part.own_noun) continue;
    const ClaimDraft& whole = d[part.part_of];
    v1::Claim& c = part.claim;
    if (c.subject().empty()) c.set_subject(whole.claim.subject());
    if (part.metric == v1::METRIC_UNSPECIFIED) c.set_metric(whole.claim.metric());
    if (whole.sentence == part.sentence && !whole.claim.source().text().empty()) {
      *c.mutable_source() = whole.claim.source();
    }
  }
}

void SettleOtherValues(const ArticleText& text, std::vector<ClaimDraft>* drafts) {
  std::vector<ClaimDraft>& d = *drafts;
  for (int k = 0; k < static_cast<int>(d.size()); ++k) {
    // "Moscow previously said 63": only a figure that says nothing of what it counts.
    if (d[k].value_of < 0 && !d[k].own_noun && IsCount(d[k]) &&
        d[k].metric == v1::METRIC_UNSPECIFIED) {
      if (const std::optional<int> told = EarlierFigureAntecedent(text, d, k)) {
        // One way: the count before keeps its own partners.
        Link(drafts, k, *told, /*k_older=*/true, /*both_ways=*/false);
      }
    }
    const int p = d[k].value_of;
    if (p < 0) continue;
    v1::Claim& c = d[k].claim;
    const v1::Claim& other = d[p].claim;
    c.set_same_count_as(other.id());
    // One count, one metric: the value that names the noun says what happened to it ("le
    // bilan ... en retenait 875" of "667 interpellations" is arrests, not deaths), unless a
    // verb of its own governs it ("qui dit en avoir abattu 43").
    if ((!d[k].own_noun && d[p].own_noun && !VerbRightBefore(text, d[k])) ||
        (d[k].metric == v1::METRIC_UNSPECIFIED && d[p].metric != v1::METRIC_UNSPECIFIED)) {
      c.set_metric(other.metric());
    }
    if (c.subject().empty()) c.set_subject(other.subject());
    if (d[k].older_value) {
      // "Israel revised the toll from 1,400 to 1,200, a spokesman said": in one sentence, the
      // two values of a change have one source, the one the text names best.
      const bool one_sentence = d[k].sentence == d[p].sentence;
      // A value another speaker gave keeps its speaker ("Annoncé à 59 morts par les pompiers,
      // puis porté à 120 ..., le bilan s'élevait à 151 morts, selon le ministère").
      const bool own_speaker = !c.source().text().empty() && c.source().cue() != other.source().cue();
      if (c.source().text().empty() ||
          (one_sentence && !own_speaker && !other.source().canonical_id().empty())) {
        *c.mutable_source() = other.source();
      } else if (one_sentence && other.source().canonical_id().empty()) {
        *d[p].claim.mutable_source() = c.source();
      }
      if (one_sentence || SameSpeaker(c.source(), other.source())) c.set_earlier_report(true);
    } else if (d[p].older_value && d[p].value_of == k && c.earlier_report() &&
               EarlierMarkerNear(text, d[p]) && !EarlierMarkerNear(text, d[k])) {
      // "le bilan, initialement de 63, a été porté à 89": the marker dates the 63 only.
      c.set_earlier_report(false);
    }
  }
  SettleParts(drafts);
  // "37 000 personnes" in a crowd are its protesters, as "manifestants" are (crowd_subjects.tsv).
  for (ClaimDraft& draft : d) {
    if (draft.claim.metric() != v1::PARTICIPATED) continue;
    auto crowd = text.lexicons.crowd_subjects.find(draft.claim.subject());
    if (crowd != text.lexicons.crowd_subjects.end()) draft.claim.set_subject(crowd->second);
  }
}

void LinkRivalCrowdCounts(const ArticleText& text, std::vector<ClaimDraft>* drafts) {
  std::vector<ClaimDraft>& d = *drafts;
  for (int k = 0; k < static_cast<int>(d.size()); ++k) {
    const int j = PreviousCount(d, k);
    if (!SameSentence(d, j, k) || !IsCount(d[k]) || d[k].value_of >= 0 || d[j].value_of >= 0 ||
        d[k].part_of >= 0) {
      continue;
    }
    v1::Claim& c = d[k].claim;
    const v1::Claim& before = d[j].claim;
    if (c.metric() != v1::PARTICIPATED || before.metric() != v1::PARTICIPATED ||
        c.source().text().empty() || before.source().text().empty() ||
        SameSpeaker(c.source(), before.source()) ||
        c.location().canonical() != before.location().canonical()) {
      continue;
    }
    if (!HasWord(text, WordClass::kClauseBreak, EndOf(d[j]), d[k].number.text_begin)) continue;
    d[k].value_of = j;
    c.set_same_count_as(before.id());
  }
}

}  // namespace claimcheck
