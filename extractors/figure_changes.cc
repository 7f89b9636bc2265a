#include "extractors/figure_changes.h"

#include <algorithm>

namespace claimcheck {
namespace {

bool StopsClause(const TokenizedText& t, int i) {
  return t.IsPunct(i, '.') || t.IsPunct(i, ';') || t.IsPunct(i, ':') || t.IsPunct(i, '?') ||
         t.IsPunct(i, '!') || t.tokens[i].kind == TokenKind::kNumber;
}

}  // namespace

bool EndsBefore(const PhraseTable& table, const TokenizedText& t, int at) {
  if (at <= 0 || at > t.size()) return false;
  const int sentence_begin = t.sentences[t.sentence_of[at - 1]].begin;
  return table.LongestEndingAt(t, at, sentence_begin).has_value();
}

bool ChangeVerbBefore(const EventWords& words, const TokenizedText& t, int at, int reach) {
  if (at <= 0 || at > t.size()) return false;
  const int sentence_begin = t.sentences[t.sentence_of[at - 1]].begin;
  for (int end = at; end > std::max(sentence_begin, at - reach); --end) {
    if (words.change_verbs.LongestEndingAt(t, end, sentence_begin)) return true;
    if (StopsClause(t, end - 1)) return false;
  }
  return false;
}

bool IsChange(const EventWords& words, const TokenizedText& t, int begin, int link) {
  if (link >= t.size() || !words.change_to.LongestAt(t, link)) return false;
  if (begin <= 0) return false;
  const auto from = words.change_from.LongestEndingAt(t, begin, t.sentences[t.sentence_of[begin]].begin);
  return from && ChangeVerbBefore(words, t, begin - from->num_tokens, kChangeVerbReach);
}

}  // namespace claimcheck
