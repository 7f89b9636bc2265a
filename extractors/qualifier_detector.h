// QualifierDetector decides how each number was stated — the qualifier of DESIGN.md — and the
// interval it stands for. This is THE place where "au moins 35" becomes AT_LEAST [35, ∞),
// "environ 400" APPROXIMATE [360, 440], "entre 300 et 400" RANGE [300, 400].
//
// Rules, in order:
//   1. Two numbers joined by "à", "to", "-", "ou", "or", or by "et"/"and" after "entre"/
//      "between", become one RANGE.
//   2. A qualifier phrase just before the number (lexicon qualifiers.tsv, position `before`),
//      the longest that ends at the number: "pas plus de" beats "plus de".
//   3. Otherwise one just after it (position `after`): "89 au moins", "30 or more".
//   4. Approximate nouns (une cinquantaine) and vague amounts (des centaines) keep the interval
//      NumberRecognizer gave them; a qualifier before an approximate noun still wins ("plus
//      d'une centaine" is MORE_THAN 100).
//   5. "un"/"une"/"a" with no qualifier is an article, and is dropped.
//
// Thread safety: const methods may be called concurrently.
#ifndef CLAIMCHECK_EXTRACTORS_QUALIFIER_DETECTOR_H_
#define CLAIMCHECK_EXTRACTORS_QUALIFIER_DETECTOR_H_

#include <vector>

#include "extractors/lexicons.h"
#include "extractors/number_mention.h"
#include "extractors/tokenizer.h"

namespace claimcheck {

class QualifierDetector {
 public:
  // `lexicon` must outlive the detector.
  explicit QualifierDetector(const LanguageLexicon& lexicon) : lex_(lexicon) {}

  // Sets qualifier, lower, upper and text span of every mention; merges ranges; drops
  // articles no qualifier claims. `mentions` must be in text order.
  void Apply(const TokenizedText& text, std::vector<NumberMention>* mentions) const;

 private:
  // Where what stands before the number ends: before its currency sign ("at least $5m").
  int Lead(const TokenizedText& t, int begin) const;
  bool MergeRange(const TokenizedText& t, NumberMention* a, const NumberMention& b) const;
  void SetInterval(NumberMention* m, bool interval_given) const;

  const LanguageLexicon& lex_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_QUALIFIER_DETECTOR_H_
