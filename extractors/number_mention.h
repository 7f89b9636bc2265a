// NumberMention: one number expression found in a text, before it becomes a Claim.
#ifndef CLAIMCHECK_EXTRACTORS_NUMBER_MENTION_H_
#define CLAIMCHECK_EXTRACTORS_NUMBER_MENTION_H_

#include <optional>
#include <string>

#include "claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

struct NumberMention {
  int begin = 0;  // tokens [begin, end) of the number itself ("6 000", "une cinquantaine")
  int end = 0;
  int text_begin = 0;  // tokens [text_begin, text_end): with its qualifier ("au moins 6 000")
  int text_end = 0;
  double value = 0;
  std::optional<double> lower;
  std::optional<double> upper;
  v1::Qualifier qualifier = v1::EXACT;
  std::string unit;  // "" for a count; "km", "day", "percent"... otherwise
  // The counted noun follows "de"/"of": "une cinquantaine de drones", "hundreds of people".
  bool noun_after_of = false;
  // True for "un"/"une"/"a" before a qualifier: a number only if a qualifier claims it.
  bool needs_qualifier = false;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_NUMBER_MENTION_H_
