// MarkPeriodsAndForecasts (see claim_passes.h): figures that are no one event's count.
#include <algorithm>

#include "extractors/claim_passes.h"

namespace claimcheck {
namespace {

constexpr int kForecastReach = 6;
// How far a comma-bounded stretch is read each side of a number, and how long a sentence's head
// may be: a "sentence" with no comma costs what a normal one does.
constexpr int kSegmentReach = 40;
constexpr int kRecordReach = 6;    // "la plus vaste attaque aérienne russe depuis le début"  // "le bilan pourrait encore s'alourdir et atteindre 1 000"

bool EndsSegment(const TokenizedText& t, int i) {
  return t.IsPunct(i, ',') || t.IsPunct(i, '.') || t.IsPunct(i, ';') || t.IsPunct(i, ':') ||
         t.IsPunct(i, '(') || t.IsPunct(i, ')') || t.IsPunct(i, '?') || t.IsPunct(i, '!');
}

// The comma-bounded stretch of the sentence around token i: [*begin, *end).
void SegmentAround(const TokenizedText& t, const Sentence& s, int i, int* begin, int* end) {
  *begin = i;
  const int floor = std::max(s.begin, i - kSegmentReach);
  while (*begin > floor && !EndsSegment(t, *begin - 1)) --*begin;
  *end = i;
  const int ceiling = std::min(s.end, i + kSegmentReach);
  while (*end < ceiling && !EndsSegment(t, *end)) ++*end;
}

bool HasPhrase(const Lexicons& lexicons, PhraseClass c, const TokenizedText& t, int from,
               int to) {
  for (int i = from; i < to; ++i) {
    if (lexicons.PhraseAt(t, i, c)) return true;
  }
  return false;
}

// A period in tokens [from, to) that is no record's: "tués depuis le début de la guerre", not
// "one of its biggest barrages since the start of the war".
bool RunningTotalIn(const Lexicons& lexicons, const TokenizedText& t, int from, int to) {
  for (int i = from; i < to; ++i) {
    if (!lexicons.PhraseAt(t, i, PhraseClass::kCumulative)) continue;
    if (!HasPhrase(lexicons, PhraseClass::kSuperlative, t, std::max(from, i - kRecordReach), i)) {
      return true;
    }
  }
  return false;
}

// "Depuis le début de la guerre, ..., les bombardements ont tué 3 478 personnes": a period at
// the head of the sentence covers the counts of its main clauses, not those of a relative
// clause ("..., qui a fait 1 400 morts, ...").
bool PeriodAtHead(const ArticleText& text, const Sentence& s, int segment_begin, int number) {
  const TokenizedText& t = text.tokens;
  int head_end = s.begin;
  const int ceiling = std::min(s.end, s.begin + kSegmentReach);
  while (head_end < ceiling && !EndsSegment(t, head_end)) ++head_end;
  if (head_end >= number || head_end == ceiling ||
      !RunningTotalIn(text.lexicons, t, s.begin, head_end)) {
    return false;
  }
  // Words that open a relative clause.
  for (int i = segment_begin; i < number; ++i) {
    if (text.lexicons.IsAny(t, i, WordClass::kRelativePronoun | WordClass::kOtherRelative)) {
      return false;
    }
  }
  return true;
}

}  // namespace

void MarkPeriodsAndForecasts(const ArticleText& text, std::vector<ClaimDraft>* drafts) {
  const TokenizedText& t = text.tokens;
  for (ClaimDraft& d : *drafts) {
    if (!d.number.unit.empty()) continue;
    const Sentence& s = t.sentences[d.sentence];
    int begin = 0, end = 0;
    SegmentAround(t, s, d.number.text_begin, &begin, &end);
    if (RunningTotalIn(text.lexicons, t, begin, end) ||
        PeriodAtHead(text, s, begin, d.number.text_begin)) {
      d.claim.set_cumulative(true);
    }
    if (HasPhrase(text.lexicons, PhraseClass::kProjection, t,
                  std::max(begin, d.number.text_begin - kForecastReach), d.number.text_begin)) {
      d.claim.set_projection(true);
    }
  }
}

}  // namespace claimcheck
