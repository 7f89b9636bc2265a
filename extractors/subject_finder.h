// SubjectFinder decides what a number counts: the noun after it ("89 militaires", "une
// cinquantaine de drones", "hundreds of people"), skipping adjectives ("500 nouveaux
// combattants", "89 Russian soldiers"), mapped to a canonical English class (subjects.tsv).
// Partitives ("30 des au moins 35 drones", "12 of the 40 missiles") and anaphora ("63 of whom",
// "dont 12") are resolved by ClaimExtractor, which sees every number of the sentence.
//
// Thread safety: const methods may be called concurrently.
#ifndef CLAIMCHECK_EXTRACTORS_SUBJECT_FINDER_H_
#define CLAIMCHECK_EXTRACTORS_SUBJECT_FINDER_H_

#include <string>

#include "extractors/lexicons.h"
#include "extractors/number_mention.h"
#include "extractors/tokenizer.h"

namespace claimcheck {

struct Subject {
  std::string canonical;  // "soldier"; "" when nothing counted was found
  int begin = -1;         // tokens [begin, end) of the words as written
  int end = -1;
  v1::Metric implied_metric = v1::METRIC_UNSPECIFIED;  // "morts" says KILLED by itself
  bool from_lexicon = false;
  // Taken from another number's noun ("dont 12", "30 des 35 drones"), not the number's own.
  bool lent = false;
  // "30 des 35 drones", "12 of the 40": the number is a part of the next number's count.
  bool partitive = false;
  // "63 of whom", "dont 12" with no noun: counts what the previous number counted.
  bool anaphoric = false;
};

class SubjectFinder {
 public:
  explicit SubjectFinder(const LanguageLexicon& lexicon) : lex_(lexicon) {}

  // The subject of `m`, looking no further than token `limit` (the sentence's end).
  Subject Find(const TokenizedText& text, const NumberMention& m, int limit) const;

 private:
  // Find's steps: the first token of what is counted, past "de", "des", "of the", "le nombre
  // de"... (-1 when the number is a part or stands for the count before: *s says which); then
  // the noun from there.
  int NounStart(const TokenizedText& text, const NumberMention& m, int limit, Subject* s) const;
  void ReadNoun(const TokenizedText& text, int j, int limit, Subject* s) const;
  // Whether token k may be (or stand before) what is counted: no function word, verb or adverb.
  bool MayBeTheNoun(const TokenizedText& text, int k) const;

  const LanguageLexicon& lex_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_SUBJECT_FINDER_H_
