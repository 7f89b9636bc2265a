#include "crosscheck/related_claims.h"

#include <algorithm>

namespace claimcheck {

bool RelatedClaims::Before(const Entry& a, const Entry& b) {
  if (a.closeness != b.closeness) return a.closeness < b.closeness;
  return a.sequence < b.sequence;
}

void RelatedClaims::Add(const ClaimFacts* claim, uint64_t closeness) {
  const Entry entry{closeness, count_++, claim};
  if (kept_.size() < kMaxRelatedClaims) {
    kept_.push_back(entry);
    std::push_heap(kept_.begin(), kept_.end(), Before);
    return;
  }
  // Full: the new claim replaces the farthest kept one if it is closer. Added later, it loses
  // ties, so among equally close claims the first ones added stay.
  if (!Before(entry, kept_.front())) return;
  std::pop_heap(kept_.begin(), kept_.end(), Before);
  kept_.back() = entry;
  std::push_heap(kept_.begin(), kept_.end(), Before);
}

const RelatedClaims::Entry* RelatedClaims::FirstEntry() const {
  const Entry* first = nullptr;
  for (const Entry& e : kept_) {
    if (first == nullptr || e.sequence < first->sequence) first = &e;
  }
  return first;
}

const ClaimFacts* RelatedClaims::first() const {
  const Entry* e = FirstEntry();
  return e == nullptr ? nullptr : e->claim;
}

size_t RelatedClaims::first_sequence() const {
  const Entry* e = FirstEntry();
  return e == nullptr ? 0 : e->sequence;
}

std::vector<const ClaimFacts*> RelatedClaims::Kept() const {
  absl::InlinedVector<Entry, kMaxRelatedClaims> in_order = kept_;
  std::sort(in_order.begin(), in_order.end(),
            [](const Entry& a, const Entry& b) { return a.sequence < b.sequence; });
  std::vector<const ClaimFacts*> out;
  out.reserve(in_order.size());
  for (const Entry& e : in_order) out.push_back(e.claim);
  return out;
}

}  // namespace claimcheck
