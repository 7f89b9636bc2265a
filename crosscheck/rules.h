// The cross-checking rules: given one claim and the claims it may be compared with, the flags it
// earns. Pure functions; the store decides which claims to pass (index look-ups), the rules
// decide what they mean.
//
// Usage:
//   std::vector<v1::Flag> flags = CrossCheckFlags(claim, neighbours);     // across the figure
//   std::vector<v1::Flag> more = InconsistencyFlags(claim, same_article);  // part-whole rules
//
// The rules, for claims that are Comparable() (figure_key.h) and not parts of one statement
// (a part and the whole it is part_of; two claims of one sentence, unless one is an earlier
// report or one names the other in same_count_as: "2 500 selon la police, plus de 6 000 selon
// les organisateurs"). docs/CROSSCHECK.md tells them with an example each.
//   Scope         a part of a count (part_of_claim_id set) compared with a claim that is not a
//                 part, a narrower subject (SubjectIsPart: "three civilians" against "89
//                 dead"), a killed count against a casualty count (MetricIsPart), a town
//                 against the country holding it (PlaceHolds), or one event's count against a
//                 running total (CountKind), says only that the other's count is at least as
//                 large: it disagrees only when it exceeds the other's tolerated upper bound
//                 ("dont neuf hospitalisés" does not revise "une trentaine de blessés"). A part
//                 of a count is never the whole of another ("36 des 45 victimes identifiées"
//                 bounds no killed count), nor a voice's earlier figure for it. Two
//                 parts, or two claims of one subject, are rival counts: they disagree when
//                 their tolerated intervals are disjoint. Claims each narrower than the other
//                 are not compared, nor a projection ("could reach"; or hundreds the text does
//                 not vouch for, a fear: "il y aurait certainement plusieurs centaines de
//                 morts") with anything but another projection. Nor, inside one article, a
//                 claim whose sentence names a place and one whose sentence names none (no
//                 place, or only the article's main place, another one): which is the part is
//                 unknown ("760 wounded at Gaza City" against "the hospital received 161").
//                 They are compared when the named place is a whole country holding the
//                 other's place ("39 killed in Kenya" against "Ruto said 19 had died"), or when
//                 one voice gives an earlier figure and a current one; and when the article's
//                 main place is a whole country holding the named place, the town's count is a
//                 part of the article's (2,053 dead in Herat against the UN's 320 in an article
//                 on Afghanistan: a conflict). A crowd is counted as people whatever they are
//                 called: for PARTICIPATED, "protesters" and "people" are rival counts, not a
//                 part.
//   One voice     SameVoice(), or a generic body ("health": the extractor did not say whose)
//                 against that body of the country the claim is placed in ("lb.health").
//   CONFLICT      they disagree, the sources are not one voice, and the figures are at most
//                 kScopeRatio apart: further apart, they count different things the figure key
//                 cannot tell apart (a war's toll since 2015 against one ambush, 8 million
//                 displaced in a country against 12,000 from some villages), and a false
//                 conflict costs an editor's trust more than a missed one. Two sides of a war
//                 (both sources with a party, different parties) may be kSidesScopeRatio apart:
//                 19,000 Russian dead by Kyiv's count against 1,351 by Moscow's is the dispute
//                 itself, while a war's toll since 2015 against one ambush is still two scopes.
//                 Inside one article too ("89 according to Moscow; Kyiv says about 400").
//                 Also an open lower bound and another voice's figure at least
//                 kOpenBoundConflictRatio times it, though their intervals meet ("at least 300"
//                 against "about 600"), when both texts name the event's day and the text
//                 vouches for the larger figure (not UNVERIFIED).
//   REVISION      one voice, an order, and the newer figure replaces the older: they disagree,
//                 or the newer is above the older's open bound read as a count
//                 (OpenBoundAsCount: "at least 20" then 33; "more than 85" then 86 is the same
//                 count), or the voice restates the figure worded alike though within
//                 tolerance ("roughly 2,750" then "nearly 2,800"; "about 90" then 89 is the
//                 same figure told precisely). The order: the statements' dates differ, or one
//                 claim is marked earlier_report, or, inside one article and for rival counts
//                 of one body (not only one party) whose sentences name the place alike (both or
//                 neither), the later figure in the text is the larger but at most kScopeRatio
//                 times (a live blog's running toll; further, the war's dead after a battle's;
//                 the prefecture's Paris count then the ministry's national one, two scopes).
//                 No ratio limit otherwise: a toll may grow tenfold. One voice without an order is a
//                 CONFLICT across articles (within kScopeRatio) and nothing inside one article
//                 (likely two sub-events: "12 killed in the north ... 3 in the south"), unless
//                 the extractor links the two as values of one count (same_count_as): then a
//                 CONFLICT, the voice's two figures for one count.
//   CORROBORATED  rival counts that agree, from independent sources (see SameVoice). A part
//                 agreeing with a total vouches for nothing.
//   SINGLE_SOURCE every attributed rival count of the claim (same scope, parts left out) is one
//                 voice AND that voice is repeated in at least one other article (outlets
//                 relaying one ministry): the case where a reader may think a figure confirmed
//                 when one source stands behind it all. A lone claim, or one voice repeated
//                 inside its own article, is not flagged: nearly every attributed claim would
//                 be, and the flag would say nothing. Unattributed claims neither break nor
//                 make it.
//   INCONSISTENT  (InconsistencyFlags, one article, one voice) more DESTROYED than LAUNCHED of
//                 nesting subjects; KILLED + WOUNDED more than CASUALTIES (unless the casualty
//                 count is itself a part: "36 des 45 victimes identifiées"); a part larger than
//                 the whole it is part_of. "30 destroyed of at least 35 launched" is consistent.
// UNVERIFIED and UNATTRIBUTED come from the extractor and are not produced here.
// Each flag names each related claim once, at most kMaxRelatedClaims of them (related_claims.h):
// those of the claim's own article nearest to it in the text first, then other articles' nearest
// in time. Its reason, for a person, counts those it does not name ("(and 4990 more)").
//
// These functions compare a claim with every claim they are given: linear per claim, so
// quadratic for a whole article. ArticleCheck (article_check.h) chooses which claims of a long
// article meet.
//
// Thread safety: plain functions over values.
#ifndef CLAIMCHECK_CROSSCHECK_RULES_H_
#define CLAIMCHECK_CROSSCHECK_RULES_H_

#include <string>
#include <vector>

#include "absl/functional/function_ref.h"
#include "claimcheck/v1/claimcheck.pb.h"
#include "crosscheck/claim_facts.h"
#include "crosscheck/related_claims.h"  // kMaxRelatedClaims

namespace claimcheck {

// Disagreeing figures more than this many times apart are taken to count different things, not
// to conflict (see CONFLICT above). The widest real dispute in the test corpora is 7.7x
// (Barsalogho: 26 against "at least 200"); scope mix-ups there are 17x and more.
inline constexpr double kScopeRatio = 10;
// The same for two opposing sides, whose tallies of one event differ more: Kyiv's 19,000
// Russian dead against Moscow's 1,351 (blind4) is 14x; a war's toll since 2015 against one
// ambush (the French set) is further apart than this.
inline constexpr double kSidesScopeRatio = 30;

// An open lower bound ("at least 300") is contradicted by another voice's figure for the same
// event only this many times above it ("about 600"): the twofold gap an editor must see. Closer,
// the bound may simply not have caught up yet ("at least 20" at 10:54 against 32 at 13:05).
inline constexpr double kOpenBoundConflictRatio = 2;

// The original source a claim traces to: canonical_id, else the lowercased text; "" when the
// claim is unattributed. Outlets repeating one ministry share the ministry's original source.
std::string OriginalSource(const SourceFacts& source);

// True when two attributed sources are one voice: the same original source, or official voices
// of one party. An official voice has a party and a canonical_id "<party>.<body>" (ru.mod,
// ru.gov) or no canonical_id at all (a capital standing for its government: "Moscou").
// Unattributed claims are nobody's voice. So SameVoice(a, b) is: both attributed, and equal
// OriginalSource() or equal non-empty OfficialParty().
bool SameVoice(const SourceFacts& a, const SourceFacts& b);

// The party an official voice speaks for ("ru" for ru.mod); "" for any other source.
std::string OfficialParty(const SourceFacts& source);

// CONFLICT, REVISION, CORROBORATED and SINGLE_SOURCE flags of `claim` against `others`, in that
// order, at most one flag per kind. Claims among `others` that are not Comparable() with
// `claim` (or are `claim` itself) are ignored, so callers may pass a superset.
std::vector<v1::Flag> CrossCheckFlags(const ClaimFacts& claim,
                                      const std::vector<const ClaimFacts*>& others);

// INCONSISTENT flags of `claim` against the claims of its own article (`same_article` may
// include `claim` itself and claims of other articles, which are ignored).
std::vector<v1::Flag> InconsistencyFlags(const ClaimFacts& claim,
                                         const std::vector<const ClaimFacts*>& same_article);

// The largest KILLED and WOUNDED counts that a CASUALTIES count is set against (its voice, its
// article, nesting subjects); nullptr where there is none.
struct CasualtyParts {
  const ClaimFacts* killed = nullptr;
  const ClaimFacts* wounded = nullptr;
};
CasualtyParts LargestParts(const ClaimFacts& casualties,
                           const std::vector<const ClaimFacts*>& same_article);

// InconsistencyFlags with the casualty parts looked up by `largest_parts` instead of
// LargestParts(casualties, same_article): a caller checking a whole article computes them once
// per casualties count rather than once per claim that meets it.
using LargestPartsFn = absl::FunctionRef<CasualtyParts(const ClaimFacts& casualties)>;
std::vector<v1::Flag> InconsistencyFlags(const ClaimFacts& claim,
                                         const std::vector<const ClaimFacts*>& same_article,
                                         LargestPartsFn largest_parts);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CROSSCHECK_RULES_H_
