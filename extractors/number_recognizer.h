// NumberRecognizer finds the number expressions of a tokenized text: digits in every grouping
// ("10 000" with normal, no-break or narrow spaces, "1,2 million", "2.5 million"), digits with a
// suffix ("10k", "$3.4bn", "1,2 Md€": number_suffixes.tsv), number words in French and English
// ("quatre-vingt-neuf", "two hundred thousand", "mille milliards"), approximate nouns ("une
// cinquantaine", "trois douzaines", "half a dozen") and vague amounts ("des centaines", "tens of
// thousands"). French scales are the long ones: a billion is 10^12, a trillion 10^18.
//
// It leaves out what is not a quantity: dates, years, times, ordinals, identifiers ("F-16",
// "n°19", "G20", "5G"), phone numbers and "un"/"une"/"a" used as articles. Where a reading is
// in doubt it reads nothing rather than a wrong value: "the 100m final" and "3M" (a firm) are
// no counts, "2.3m people" and "£1.5m" are. Qualifiers and ranges are
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

#include "absl/strings/string_view.h"
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
  // Whether the digits at token i start a phone number, a code, a clock time or a date (or are
  // too long to count); *next is set past them when their end is known.
  bool SkipsCodeOrDate(const TokenizedText& t, int i, int* next) const;
  // The value of the digits at token i with their groups and decimals: "10 000", "1,5".
  struct DigitsRead {
    double value = 0;
    double mantissa = 0;  // the digits without the decimal point (exact below 2^53)
    int decimals = 0;     // value = mantissa / 10^decimals
    int end = 0;  // the token after them
    bool grouped = false;
    bool decimal = false;
    absl::string_view glued_suffix;  // letters ending the last token: "bn" of "3.4bn"
  };
  DigitsRead ReadDigits(const TokenizedText& t, int i) const;
  // The digits times `scale`, exactly when the decimals allow: "3.4bn" is 3 400 000 000.
  static double Scaled(const DigitsRead& d, double scale);
  // Whether token i is digits glued to a suffix of number_suffixes.tsv: "10k", "4bn". Inline:
  // Find asks it of every token, and most are no letters-and-digits.
  bool GluedSuffixAt(const TokenizedText& t, int i) const {
    return i < t.size() && t.tokens[i].kind == TokenKind::kAlnum && HasGluedSuffix(t.Text(i));
  }
  bool HasGluedSuffix(absl::string_view token) const;
  // The suffix entry `letters` (folded, at folded offset `begin`) stands for, glued to the
  // digits or after a space; null if none (a capital the entry wants is missing: "3m").
  const NumberSuffix* MatchSuffix(const TokenizedText& t, uint32_t begin, absl::string_view letters,
                                  bool glued) const;
  // The suffix after digits `d` ("10k", "1,2 Md"): `suffix` null if none; `refused` when the
  // digits carry a suffix that does not hold here ("the 100m final"): then no count at all.
  // `m` is the mention so far (its currency sign counts as money).
  struct SuffixRead {
    const NumberSuffix* suffix = nullptr;
    int end = 0;  // the token after the digits and suffix
    bool refused = false;
  };
  SuffixRead ReadSuffix(const TokenizedText& t, const DigitsRead& d, const NumberMention& m) const;
  // Whether money or a counted thing follows at token `at`: a unit, or (after "of"/"de") what
  // is counted or what happened to it, perhaps after a demonym ("10k Russian troops").
  bool CountedAfter(const TokenizedText& t, int at) const;
  std::optional<NumberMention> ParseWords(const TokenizedText& t, int i, int* next) const;
  // ParseWords' shapes, tried in this order at number word `w` (token i):
  // "un demi-million", "half a million": half of a scale word; nothing if not that shape.
  std::optional<NumberMention> ParseHalfScale(const TokenizedText& t, int i, const NumberWord& w,
                                              int* next) const;
  // "des centaines", "plusieurs milliers", "quelques dizaines", "tens of thousands".
  bool StartsVagueAmount(const TokenizedText& t, int i, const NumberWord& w) const;
  std::optional<NumberMention> ParseVagueAmount(const TokenizedText& t, int i,
                                                const NumberWord& w, int* next) const;
  // "un"/"une" with no number word after it: a number only if a qualifier claims it.
  std::optional<NumberMention> ParseLoneArticle(const TokenizedText& t, int i, int* next) const;
  // Whether number word `w` (no article) starts a count here: not a bare approximate noun, not
  // "pour cent", not "le neuf" or "one of" (not_counts.tsv), not "said one woman", not "les
  // deux pays".
  bool CountsHere(const TokenizedText& t, int i, const NumberWord& w) const;
  bool IsNotACount(const TokenizedText& t, int i) const;
  bool SpeakerCalledOne(const TokenizedText& t, int i) const;
  bool NamesKnownThings(const TokenizedText& t, int i, const NumberWord& w) const;
  // The value of the number words from token `from`: "quatre-vingt-neuf", "two hundred and
  // five", "une cinquantaine" (`article`: an article before `from` counts one).
  struct WordSum {
    double total = 0;    // the thousands and above
    double current = 0;  // below them
    int end = 0;         // the token after the last one read
    bool approx = false; // ends with an approximate noun: "une cinquantaine"
  };
  WordSum SumWords(const TokenizedText& t, int from, bool article) const;
  // Whether token j joins the number words around it: "quatre-vingt", "vingt et un", "two
  // hundred and five".
  bool JoinsNumberWords(const TokenizedText& t, int j, const WordSum& sum) const;
  // The mention of number words from token i with value `sum`, unless it is a date or a name.
  std::optional<NumberMention> FinishWords(const TokenizedText& t, int i, const WordSum& sum,
                                           int* next) const;
  const NumberWord* Word(const TokenizedText& t, int i) const;
  bool IsCue(const TokenizedText& t, int i, CueKind kind) const;
  bool IsDateOrTime(const TokenizedText& t, int begin, int end, double value, bool plain_digits) const;
  bool IsIdentifier(const TokenizedText& t, int begin, int end, int last_skipped) const;
  // True when the number at token i sits in a web or mail address; *next skips the address.
  bool InLink(const TokenizedText& t, int i, int* next) const;
  // Multiplies digits `d` by a scale word after them ("1,5 million", "322 hundred") or an
  // approximate noun ("3 douzaines": about 36); sets m->value, returns the new end.
  int ApplyScale(const TokenizedText& t, const DigitsRead& d, NumberMention* m) const;
  // After an approximate noun, "de milliers" / "of thousands" at token `end` multiplies *value;
  // returns the new end.
  int ApplyOfScale(const TokenizedText& t, int end, double* value) const;
  // APPROXIMATE, with the width of a round number word: "une douzaine", "3 dozens".
  static void SetRoundWordInterval(NumberMention* m);
  // Reads a unit after the number ("150 km", "24 heures", "12 %"); returns the new end.
  int ReadUnit(const TokenizedText& t, int end, NumberMention* m) const;

  // Whether token i exists and touches the token before it: "10k", "quatre-vingt".
  static bool Attached(const TokenizedText& t, int i) {
    return i < t.size() && !t.tokens[i].space_before;
  }
  // A count past it is noise. A French trillion is 10^18: "vingt et un trillions" is 2.1 x 10^19.
  static constexpr double kLargestCount = 1e21;

  const LanguageLexicon& lex_;
  const bool english_;
  const int numbers_bit_;  // this language's number words in TokenizedText::lexicon_mask
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_NUMBER_RECOGNIZER_H_
