#include "extractors/figure_changes.h"

#include <algorithm>

namespace claimcheck {
namespace {

constexpr int kNamedFigureReach = 32;  // from a figure's noun to its values
constexpr int kVerbBeforeFigure = 4;   // "a revu jeudi le bilan", "revised the number"

bool StopsClause(const TokenizedText& t, int i) {
  return t.IsPunct(i, '.') || t.IsPunct(i, ';') || t.IsPunct(i, ':') || t.IsPunct(i, '?') ||
         t.IsPunct(i, '!') || t.tokens[i].kind == TokenKind::kNumber;
}

}  // namespace

bool ChangeVerbBefore(const Lexicons& lexicons, const TokenizedText& t, int at, int reach) {
  if (at <= 0 || at > t.size()) return false;
  const int sentence_begin = t.sentences[t.sentence_of[at - 1]].begin;
  const PhraseTable& verbs = lexicons.Phrases(PhraseClass::kChangeVerb);
  for (int end = at; end > std::max(sentence_begin, at - reach); --end) {
    if (verbs.LongestEndingAt(t, end, sentence_begin)) return true;
    if (StopsClause(t, end - 1)) break;
  }
  // The figure's noun after its verb, the values past the noun's complement (a date is no
  // stop there, nor its abbreviation's full stop inside the sentence: "the attack of Oct. 7").
  for (int noun = at - 1; noun >= std::max(sentence_begin, at - kNamedFigureReach); --noun) {
    if (t.IsPunct(noun, ';') || t.IsPunct(noun, ':') || t.IsPunct(noun, '?') ||
        t.IsPunct(noun, '!')) {
      return false;
    }
    if (!lexicons.Is(t, noun, WordClass::kFigureNoun)) continue;
    for (int end = noun; end > std::max(sentence_begin, noun - kVerbBeforeFigure); --end) {
      if (verbs.LongestEndingAt(t, end, sentence_begin)) return true;
    }
  }
  return false;
}

bool IsChange(const Lexicons& lexicons, const TokenizedText& t, int begin, int link) {
  if (link >= t.size() || !lexicons.Is(t, link, WordClass::kChangeTo)) return false;
  if (begin <= 0 || t.sentence_of[begin - 1] != t.sentence_of[begin]) return false;
  return lexicons.Is(t, begin - 1, WordClass::kChangeFrom) &&
         ChangeVerbBefore(lexicons, t, begin - 1, kChangeVerbReach);
}

}  // namespace claimcheck
