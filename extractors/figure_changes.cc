#include "extractors/figure_changes.h"

#include <algorithm>

namespace claimcheck {
namespace {

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
    if (StopsClause(t, end - 1)) return false;
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
