// The cross-checking rules: given one claim and the claims it may be compared with, the flags it
// earns. Pure functions; the store decides which claims to pass (index look-ups), the rules
// decide what they mean.
//
// Usage:
//   std::vector<v1::Flag> flags = CrossCheckFlags(claim, neighbours);     // across the figure
//   std::vector<v1::Flag> more = InconsistencyFlags(claim, same_article);  // part-whole rules
//
// The rules, for claims that are Comparable() (figure_key.h) and not parts of one statement
// (same sentence of one article, or linked by part_of_claim_id, are never compared):
//   CONFLICT      tolerated intervals disjoint and the sources are not one voice. Inside one
//                 article too ("89 according to Moscow; Kyiv says about 400").
//   REVISION      intervals disjoint, one voice, and an order: the articles' dates differ, or
//                 one claim is marked earlier_report. One voice without an order is a CONFLICT
//                 across articles and nothing inside one article (likely two sub-events).
//   CORROBORATED  intervals meet and the sources are independent (see SameVoice).
//   SINGLE_SOURCE an attributed claim whose comparable attributed claims all share its voice
//                 (a lone claim included: nobody else vouches for it).
//   INCONSISTENT  (InconsistencyFlags, one article, one voice) more DESTROYED than LAUNCHED of
//                 nesting subjects; KILLED + WOUNDED more than CASUALTIES; a part larger than
//                 the whole it is part_of. "30 destroyed of at least 35 launched" is consistent.
// UNVERIFIED and UNATTRIBUTED come from the extractor and are not produced here.
// Each flag names every related claim once and gives a reason a person can read.
//
// Thread safety: plain functions over values.
#ifndef CLAIMCHECK_CROSSCHECK_RULES_H_
#define CLAIMCHECK_CROSSCHECK_RULES_H_

#include <string>
#include <vector>

#include "claimcheck/v1/claimcheck.pb.h"
#include "crosscheck/claim_facts.h"

namespace claimcheck {

// The original source a claim traces to: canonical_id, else the lowercased text; "" when the
// claim is unattributed. Outlets repeating one ministry share the ministry's original source.
std::string OriginalSource(const SourceFacts& source);

// True when two attributed sources are one voice: the same original source, or official voices
// of one party. An official voice has a party and a canonical_id "<party>.<body>" (ru.mod,
// ru.gov) or no canonical_id at all (a capital standing for its government: "Moscou").
// Unattributed claims are nobody's voice.
bool SameVoice(const SourceFacts& a, const SourceFacts& b);

// CONFLICT, REVISION, CORROBORATED and SINGLE_SOURCE flags of `claim` against `others`, in that
// order, at most one flag per kind. Claims among `others` that are not Comparable() with
// `claim` (or are `claim` itself) are ignored, so callers may pass a superset.
std::vector<v1::Flag> CrossCheckFlags(const ClaimFacts& claim,
                                      const std::vector<const ClaimFacts*>& others);

// INCONSISTENT flags of `claim` against the claims of its own article (`same_article` may
// include `claim` itself and claims of other articles, which are ignored).
std::vector<v1::Flag> InconsistencyFlags(const ClaimFacts& claim,
                                         const std::vector<const ClaimFacts*>& same_article);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CROSSCHECK_RULES_H_
