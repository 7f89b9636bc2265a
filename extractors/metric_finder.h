// MetricFinder decides what happened to what a number counts (KILLED, DESTROYED...) from the
// words that govern it: a noun that says it alone ("89 morts"), the verb right before ("a tué
// 89", "abattu 31 drones"), a passive or relative verb after ("63 soldats ont été tués",
// "35 drones que la Russie a lancés"), or a farther verb or noun before ("des tirs sur 20
// villes"). What a running total counts comes from its noun ("le nombre de personnes tuées ...
// est passé à 24"). A participle before that belongs to an earlier number of a list gives way
// to the number's own ("38 missiles tirés, 30 abattus"). A number in a list with no verb of its
// own takes its neighbour's metric; that is ClaimExtractor's job.
//
// Thread safety: const methods may be called concurrently.
#ifndef CLAIMCHECK_EXTRACTORS_METRIC_FINDER_H_
#define CLAIMCHECK_EXTRACTORS_METRIC_FINDER_H_

#include "extractors/lexicons.h"
#include "extractors/number_mention.h"
#include "extractors/subject_finder.h"
#include "extractors/tokenizer.h"

namespace claimcheck {

class MetricFinder {
 public:
  explicit MetricFinder(const LanguageLexicon& lexicon) : lex_(lexicon) {}

  // The metric of `m`, or METRIC_UNSPECIFIED if nothing governs it. Looks back no further
  // than token `left_limit` (the sentence start or the previous number's noun) and forward no
  // further than `right_limit`. `look_back` is false for the whole of a partitive ("35" in
  // "30 des 35 drones"), whose verb before belongs to the part.
  v1::Metric Find(const TokenizedText& text, const NumberMention& m, const Subject& subject,
                  int left_limit, int right_limit, bool look_back) const;

  // What a figure named in tokens [from, to) counts: "le nombre de personnes tuées", "the death
  // toll", "the number of people killed"; METRIC_UNSPECIFIED if none is named there.
  v1::Metric FigureMetric(const TokenizedText& text, int from, int to) const {
    return CountedIn(text, from, to);
  }
  // Whether a verb of a running total ("rose", "stood", "reaching", "s'élevait") ends within a
  // few words before token `at` (not before `sentence_begin`).
  bool TotalVerbBefore(const TokenizedText& text, int at, int sentence_begin) const;

  // The final metric once neighbours have lent theirs: defaults for what no verb governs
  // (weapons were launched, strikes hit something, else OTHER) and corrections by what is
  // counted (towns are attacked, not launched; people sent are deployed; people hit are
  // affected).
  v1::Metric Settle(v1::Metric metric, const std::string& subject) const;

 private:
  // The metric of a verb or noun at token i (skipping words that name what is counted when
  // `skip_subjects`), with the number of tokens it spans.
  v1::Metric At(const TokenizedText& text, int i, bool skip_subjects) const;
  // Whether token i is a count: digits or a number word ("thousands"), not an article.
  bool IsCount(const TokenizedText& text, int i) const;
  // The metric of what a running total counts, in tokens [from, to): "le nombre de personnes
  // tuées", "the death toll"; METRIC_UNSPECIFIED if no "nombre"/"number"/"toll" is there.
  v1::Metric CountedIn(const TokenizedText& text, int from, int to) const;
  // A passive or relative verb after the counted noun: "63 soldats ont été tués". With
  // `relative_only`, only one inside a relative clause or a participle right after the noun.
  v1::Metric After(const TokenizedText& text, int start, int right_limit,
                   bool relative_only) const;
  // Whether the comma at `comma` opens an aside naming a part of the count before it
  // (", dont trois enfants,", ", two of them children,"), which the verb after skips.
  bool IsPartAside(const TokenizedText& text, int comma, int right_limit) const;

  bool IsConjunction(const TokenizedText& text, int i) const;  // and, or
  // Whether the "que" at token `que` is the "only" of a negation ("n'avait déployé que 137").
  bool RestrictiveQue(const TokenizedText& text, int que, int left_limit) const;
  // Relative words: "que", "which", "dont"...
  bool IsSubordinator(const TokenizedText& text, int i) const;
  bool SubjectIs(const std::string& subject, SubjectClass c) const;

  const LanguageLexicon& lex_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_METRIC_FINDER_H_
