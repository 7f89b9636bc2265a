// RelatedClaims: the claims one flag names. Every claim added is counted, but only the
// kMaxRelatedClaims closest ones are kept. Naming all of them would make a flag's size, and an
// article's output, grow with the square of its claims: in a live blog that gives one toll 5,000
// times, each claim would name the 4,999 others.
//
// Usage:
//   RelatedClaims conflicts;
//   for (...) conflicts.Add(&other, closeness);     // in the order the flag names claims
//   flag.set_reason(absl::StrCat(Statement(*conflicts.first()), " (and ", conflicts.size() - 1,
//                                " more)"));
//   for (const ClaimFacts* c : conflicts.Kept()) flag.add_related_claim_ids(std::string(c->id));
//
// Which ones are kept: the lowest `closeness`, ties broken by the order they were added in. Kept()
// returns them in the order they were added. So when nothing is dropped, a flag names its claims
// exactly as it would have named them all.
//
// Thread safety: a value type.
#ifndef CLAIMCHECK_CROSSCHECK_RELATED_CLAIMS_H_
#define CLAIMCHECK_CROSSCHECK_RELATED_CLAIMS_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "crosscheck/claim_facts.h"

namespace claimcheck {

// How many related claims one flag names at the most; the reason counts the others.
inline constexpr size_t kMaxRelatedClaims = 10;

class RelatedClaims {
 public:
  // `claim` must outlive this object. A claim added twice is kept and counted twice: callers
  // add each claim once.
  void Add(const ClaimFacts* claim, uint64_t closeness);

  bool empty() const { return count_ == 0; }
  // All the claims added, kept or not.
  size_t size() const { return count_; }
  // The first kept claim in the order they were added; nullptr when empty.
  const ClaimFacts* first() const;
  // Which Add() call added first(): 0 for the first call, 1 for the second... For callers that
  // keep a note per claim added (why it is related) and word the reason after the first named.
  size_t first_sequence() const;
  // At most kMaxRelatedClaims claims, the closest, in the order they were added.
  std::vector<const ClaimFacts*> Kept() const;

 private:
  struct Entry {
    uint64_t closeness;
    size_t sequence;
    const ClaimFacts* claim;
  };
  // A max-heap on (closeness, sequence): the top is the first to drop.
  static bool Before(const Entry& a, const Entry& b);
  const Entry* FirstEntry() const;
  // Inline: a claim is cross-checked with four of these, mostly holding a claim or two, and a
  // heap allocation each cost more than the rules themselves on ordinary articles.
  absl::InlinedVector<Entry, kMaxRelatedClaims> kept_;
  size_t count_ = 0;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CROSSCHECK_RELATED_CLAIMS_H_
