#include "crosscheck/article_check.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <utility>

#include "crosscheck/figure_key.h"

namespace claimcheck {
namespace {

// The metrics the part-whole rules set against each other (InconsistencyFlags).
bool PartWholeMetric(v1::Metric metric) {
  return metric == v1::LAUNCHED || metric == v1::DESTROYED || metric == v1::KILLED ||
         metric == v1::WOUNDED || metric == v1::CASUALTIES;
}

// Claims with equal keys form a group, in the order of `claims`; std::nullopt puts a claim in
// none. Keys are views into the claims or into static strings: no allocation per claim.
template <typename Key, typename KeyFn>
void Group(const std::vector<ClaimFacts>& claims, KeyFn key_of,
           std::vector<std::vector<uint32_t>>* groups, std::vector<uint32_t>* group_of,
           std::vector<uint32_t>* position_of, uint32_t none) {
  absl::flat_hash_map<Key, uint32_t> index;
  group_of->assign(claims.size(), none);
  position_of->assign(claims.size(), none);
  for (uint32_t i = 0; i < claims.size(); ++i) {
    const std::optional<Key> key = key_of(claims[i]);
    if (!key) continue;
    auto [it, added] = index.try_emplace(*key, static_cast<uint32_t>(groups->size()));
    if (added) groups->emplace_back();
    std::vector<uint32_t>& group = (*groups)[it->second];
    (*group_of)[i] = it->second;
    (*position_of)[i] = static_cast<uint32_t>(group.size());
    group.push_back(i);
  }
}

}  // namespace

ArticleCheck::ArticleCheck(const std::vector<ClaimFacts>& claims)
    : ArticleCheck(claims, /*windowed=*/claims.size() > kNearbyClaims + 1) {}

ArticleCheck ArticleCheck::Windowed(const std::vector<ClaimFacts>& claims) {
  return ArticleCheck(claims, /*windowed=*/true);
}

ArticleCheck::ArticleCheck(const std::vector<ClaimFacts>& claims, bool windowed)
    : claims_(&claims), windowed_(windowed) {
  if (!windowed_) {
    whole_.reserve(claims.size());
    for (const ClaimFacts& c : claims) whole_.push_back(&c);
    return;
  }
  using FigureGroup = std::pair<int, std::string_view>;
  Group<FigureGroup>(
      claims,
      [](const ClaimFacts& c) -> std::optional<FigureGroup> {
        if (!IsFiled(c)) return std::nullopt;
        return FigureGroup{MetricFamilyOf(c.metric), SubjectClassOf(c.subject)};
      },
      &figures_.groups, &figures_.group_of, &figures_.position_of, kNone);
  Group<std::string_view>(
      claims,
      [](const ClaimFacts& c) -> std::optional<std::string_view> {
        // SameStatementScope() wants a count with nesting subjects: one subject class.
        if (!c.unit.empty() || c.subject.empty() || !PartWholeMetric(c.metric)) return std::nullopt;
        return SubjectClassOf(c.subject);
      },
      &scopes_.groups, &scopes_.group_of, &scopes_.position_of, kNone);
  for (uint32_t i = 0; i < claims.size(); ++i) {
    by_id_[claims[i].id].push_back(i);
    if (!claims[i].part_of_claim_id.empty()) parts_of_[claims[i].part_of_claim_id].push_back(i);
  }
}

const std::vector<const ClaimFacts*>& ArticleCheck::Nearby(const Grouping& grouping, size_t claim,
                                                          bool with_links) {
  if (!windowed_) return whole_;
  nearby_.clear();
  const uint32_t group = grouping.group_of[claim];
  if (group != kNone) {
    const std::vector<uint32_t>& members = grouping.groups[group];
    const size_t at = grouping.position_of[claim];
    const size_t from = at > kNearbyClaims ? at - kNearbyClaims : 0;
    const size_t to = std::min(members.size(), at + kNearbyClaims + 1);
    nearby_.insert(nearby_.end(), members.begin() + from, members.begin() + to);
  }
  if (with_links) {
    const ClaimFacts& c = (*claims_)[claim];
    nearby_.push_back(static_cast<uint32_t>(claim));
    if (auto whole = by_id_.find(c.part_of_claim_id);
        !c.part_of_claim_id.empty() && whole != by_id_.end()) {
      nearby_.insert(nearby_.end(), whole->second.begin(), whole->second.end());
    }
    if (auto parts = parts_of_.find(c.id); parts != parts_of_.end()) {
      nearby_.insert(nearby_.end(), parts->second.begin(), parts->second.end());
    }
    std::sort(nearby_.begin(), nearby_.end());
    nearby_.erase(std::unique(nearby_.begin(), nearby_.end()), nearby_.end());
  }
  nearby_claims_.clear();
  for (uint32_t i : nearby_) nearby_claims_.push_back(&(*claims_)[i]);
  return nearby_claims_;
}

CasualtyParts ArticleCheck::PartsOf(const ClaimFacts& casualties) {
  const uint32_t index = static_cast<uint32_t>(&casualties - claims_->data());
  auto [it, added] = casualty_parts_.try_emplace(index);
  if (added) {
    // Over the claims near the casualties count, whichever claim asks: the same parts for all.
    // (Nearby() reuses its buffers: the caller's list is a copy.)
    it->second = LargestParts(casualties, Nearby(scopes_, index, /*with_links=*/false));
  }
  return it->second;
}

std::vector<v1::Flag> ArticleCheck::FlagsOf(size_t index,
                                            absl::Span<const ClaimFacts* const> neighbours) {
  const ClaimFacts& claim = (*claims_)[index];
  std::vector<v1::Flag> flags;
  if (IsFiled(claim)) {  // CrossCheckFlags has nothing to say of the others
    compared_ = Nearby(figures_, index, /*with_links=*/false);
    compared_.insert(compared_.end(), neighbours.begin(), neighbours.end());
    flags = CrossCheckFlags(claim, compared_);
  }
  // The part-whole rules: the claim itself (a casualties count is checked against its own
  // parts), the claims near it, and those part_of_claim_id links it with, in text order.
  compared_ = Nearby(scopes_, index, /*with_links=*/true);
  for (v1::Flag& f : InconsistencyFlags(claim, compared_, [this](const ClaimFacts& casualties) {
         return PartsOf(casualties);
       })) {
    flags.push_back(std::move(f));
  }
  return flags;
}

}  // namespace claimcheck
