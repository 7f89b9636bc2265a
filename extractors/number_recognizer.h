// NumberRecognizer finds the number expressions of a tokenized text: digits in every grouping
// ("10 000" with normal, no-break or narrow spaces, "1,2 million", "2.5 million"), number words
// in French and English ("quatre-vingt-neuf", "two hundred thousand"), approximate nouns ("une
// cinquantaine") and vague amounts ("des centaines", "tens of thousands").
//
// It leaves out what is not a quantity: dates, years, times, ordinals, identifiers ("F-16",
// "n°19", "G20"), phone numbers and "un"/"une"/"a" used as articles. Qualifiers and ranges are
// decided afterwards by QualifierDetector.
//
// Usage:
//   NumberRecognizer recognizer(lexicons->ForLanguage("fr"));
//   std::vector<NumberMention> numbers = recognizer.Find(tokens);
//
// Thread safety: const methods may be called concurrently.
#ifndef CLAIMCHECK_EXTRACTORS_NUMBER_RECOGNIZER_H_
#define CLAIMCHECK_EXTRACTORS_NUMBER_RECOGNIZER_H_

#include <optional>
#include <vector>

#include "extractors/lexicons.h"
#include "extractors/number_mention.h"
#include "extractors/tokenizer.h"

namespace claimcheck {

class NumberRecognizer {
 public:
  // `lexicon` must outlive the recognizer.
  explicit NumberRecognizer(const LanguageLexicon& lexicon)
      : lex_(lexicon),
        english_(lexicon.language == "en"),
        numbers_bit_(english_ ? Lexicons::kEnNumbersBit : Lexicons::kFrNumbersBit) {}

  // Every number expression in text order, none overlapping. Linear in the number of tokens.
  std::vector<NumberMention> Find(const TokenizedText& text) const;

 private:
  // Each parser returns the mention starting at token i, or nothing; *next is where to resume.
  // `last_skipped` is the last digit token passed over as no count ("page 2/3" drops the 3).
  std::optional<NumberMention> ParseDigits(const TokenizedText& t, int i, int last_skipped,
                                           int* next) const;
  std::optional<NumberMention> ParseWords(const TokenizedText& t, int i, int* next) const;
  const NumberWord* Word(const TokenizedText& t, int i) const;
  bool IsCue(const TokenizedText& t, int i, CueKind kind) const;
  bool IsDateOrTime(const TokenizedText& t, int begin, int end, double value, bool plain_digits) const;
  bool IsIdentifier(const TokenizedText& t, int begin, int end, int last_skipped) const;
  // True when the number at token i sits in a web or mail address; *next skips the address.
  bool InLink(const TokenizedText& t, int i, int* next) const;
  // Multiplies by a scale word after the number ("1,5 million"); returns the new end.
  int ApplyScale(const TokenizedText& t, int end, NumberMention* m) const;
  // Reads a unit after the number ("150 km", "24 heures", "12 %"); returns the new end.
  int ReadUnit(const TokenizedText& t, int end, NumberMention* m) const;

  const LanguageLexicon& lex_;
  const bool english_;
  const int numbers_bit_;  // this language's number words in TokenizedText::lexicon_mask
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_NUMBER_RECOGNIZER_H_
