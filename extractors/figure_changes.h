// Where a figure is said to change: "the toll rose to 96 from 93", "le bilan, initialement de
// 63, a été porté à 89", "revised the toll from 1,400 to 1,200". The words are the lexicons'
// change_verbs.tsv (a phrase class), change_from.tsv and change_to.tsv (word classes).
//
// Usage:
//   if (IsChange(lexicons, tokens, first.begin, first.end)) { /* two values, not a range */ }
//
// Thread safety: free functions over immutable data.
#ifndef CLAIMCHECK_EXTRACTORS_FIGURE_CHANGES_H_
#define CLAIMCHECK_EXTRACTORS_FIGURE_CHANGES_H_

#include "extractors/lexicons.h"
#include "extractors/tokenizer.h"

namespace claimcheck {

// Tokens a verb of change may stand before the value it sets: "a été revu à la baisse à".
inline constexpr int kChangeVerbReach = 8;

// Whether a verb of change ends within `reach` tokens before token `at`, with no full stop,
// semicolon, colon or number between them; or, further back in the clause, governs a noun of a
// figure whose complement runs up to `at` ("a revu jeudi le bilan des séismes qui ont frappé
// samedi la province d'Hérat, de 2 445 à environ 1 000"; "revised the number of people killed in
// the attack of Oct. 7 to about 1,200").
bool ChangeVerbBefore(const Lexicons& lexicons, const TokenizedText& t, int at, int reach);

// Whether the number at tokens [begin, link) and the one after token `link` are a figure's old
// and new value ("passé de 12 à 19", "from 1,400 to 1,200"), not a range: the first follows an
// old-value word after a verb of change, and `link` is a new-value word.
bool IsChange(const Lexicons& lexicons, const TokenizedText& t, int begin, int link);

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_FIGURE_CHANGES_H_
