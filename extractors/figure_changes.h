// Where a figure is said to change: "the toll rose to 96 from 93", "le bilan, initialement de
// 63, a été porté à 89", "revised the toll from 1,400 to 1,200". The words are the language's
// EventWords (change_verbs.tsv, change_from.tsv, change_to.tsv).
//
// Usage:
//   if (IsChange(lex.events, tokens, first.begin, first.end)) { /* two values, not a range */ }
//
// Thread safety: free functions over immutable data.
#ifndef CLAIMCHECK_EXTRACTORS_FIGURE_CHANGES_H_
#define CLAIMCHECK_EXTRACTORS_FIGURE_CHANGES_H_

#include "extractors/event_words.h"
#include "extractors/tokenizer.h"

namespace claimcheck {

// Tokens a verb of change may stand before the value it sets: "a été revu à la baisse à".
inline constexpr int kChangeVerbReach = 8;

// Whether a phrase of `table` ends right before token `at` (at > 0).
bool EndsBefore(const PhraseTable& table, const TokenizedText& t, int at);

// Whether a verb of change ends within `reach` tokens before token `at`, with no full stop,
// semicolon, colon or number between them.
bool ChangeVerbBefore(const EventWords& words, const TokenizedText& t, int at, int reach);

// Whether the number at tokens [begin, link) and the one after token `link` are a figure's old
// and new value ("passé de 12 à 19", "from 1,400 to 1,200"), not a range: the first follows an
// old-value word after a verb of change, and `link` is a new-value word.
bool IsChange(const EventWords& words, const TokenizedText& t, int begin, int link);

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_FIGURE_CHANGES_H_
