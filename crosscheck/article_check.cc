#include "crosscheck/article_check.h"

#include <algorithm>
#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "crosscheck/figure_key.h"

namespace claimcheck {
namespace {

// The metrics the part-whole rules set against each other (InconsistencyFlags).
bool PartWholeMetric(v1::Metric metric) {
  return metric == v1::LAUNCHED || metric == v1::DESTROYED || metric == v1::KILLED ||
         metric == v1::WOUNDED || metric == v1::CASUALTIES;
}

// Claims with equal keys form a group, in the order of `claims`; a key "" puts a claim in none.
template <typename KeyFn>
void Group(const std::vector<ClaimFacts>& claims, KeyFn key_of,
           std::vector<std::vector<uint32_t>>* groups, std::vector<uint32_t>* group_of,
           std::vector<uint32_t>* position_of, uint32_t none) {
  absl::flat_hash_map<std::string, uint32_t> index;
  group_of->assign(claims.size(), none);
  position_of->assign(claims.size(), none);
  for (uint32_t i = 0; i < claims.size(); ++i) {
    const std::string key = key_of(claims[i]);
    if (key.empty()) continue;
    auto [it, added] = index.try_emplace(key, static_cast<uint32_t>(groups->size()));
    if (added) groups->emplace_back();
    std::vector<uint32_t>& group = (*groups)[it->second];
    (*group_of)[i] = it->second;
    (*position_of)[i] = static_cast<uint32_t>(group.size());
    group.push_back(i);
  }
}

}  // namespace

ArticleCheck::ArticleCheck(const std::vector<ClaimFacts>& claims) : claims_(claims) {
  Group(
      claims,
      [](const ClaimFacts& c) -> std::string {
        if (!IsFiled(c)) return "";
        return absl::StrCat(static_cast<int>(c.metric), "|") + std::string(SubjectClassOf(c.subject));
      },
      &figures_.groups, &figures_.group_of, &figures_.position_of, kNone);
  Group(
      claims,
      [](const ClaimFacts& c) -> std::string {
        // SameStatementScope() wants a count with nesting subjects: one subject class.
        if (!c.unit.empty() || c.subject.empty() || !PartWholeMetric(c.metric)) return "";
        return std::string(SubjectClassOf(c.subject));
      },
      &scopes_.groups, &scopes_.group_of, &scopes_.position_of, kNone);
  for (uint32_t i = 0; i < claims.size(); ++i) {
    by_id_[claims[i].id].push_back(i);
    if (!claims[i].part_of_claim_id.empty()) parts_of_[claims[i].part_of_claim_id].push_back(i);
  }
}

void ArticleCheck::AppendNearby(const Grouping& grouping, size_t claim,
                                std::vector<uint32_t>* out) {
  const uint32_t group = grouping.group_of[claim];
  if (group == kNone) return;
  const std::vector<uint32_t>& members = grouping.groups[group];
  const size_t at = grouping.position_of[claim];
  const size_t from = at > kNearbyClaims ? at - kNearbyClaims : 0;
  const size_t to = std::min(members.size(), at + kNearbyClaims + 1);
  out->insert(out->end(), members.begin() + from, members.begin() + to);
}

CasualtyParts ArticleCheck::PartsOf(const ClaimFacts& casualties) {
  const uint32_t index = static_cast<uint32_t>(&casualties - claims_.data());
  auto [it, added] = casualty_parts_.try_emplace(index);
  if (added) {
    // Over the claims near the casualties count, whichever claim asks: the same parts for all.
    std::vector<uint32_t> nearby;
    AppendNearby(scopes_, index, &nearby);
    std::vector<const ClaimFacts*> scope;
    scope.reserve(nearby.size());
    for (uint32_t i : nearby) scope.push_back(&claims_[i]);
    it->second = LargestParts(casualties, scope);
  }
  return it->second;
}

std::vector<v1::Flag> ArticleCheck::FlagsOf(size_t index,
                                            const std::vector<const ClaimFacts*>& neighbours) {
  const ClaimFacts& claim = claims_[index];
  std::vector<v1::Flag> flags;

  nearby_.clear();
  AppendNearby(figures_, index, &nearby_);
  if (!nearby_.empty()) {
    compared_.clear();
    for (uint32_t i : nearby_) compared_.push_back(&claims_[i]);
    compared_.insert(compared_.end(), neighbours.begin(), neighbours.end());
    flags = CrossCheckFlags(claim, compared_);
  }

  // The part-whole rules: the claim itself (a casualties count is checked against its own
  // parts), the claims near it, and those part_of_claim_id links it with, in text order.
  nearby_.clear();
  nearby_.push_back(static_cast<uint32_t>(index));
  AppendNearby(scopes_, index, &nearby_);
  if (auto whole = by_id_.find(claim.part_of_claim_id);
      !claim.part_of_claim_id.empty() && whole != by_id_.end()) {
    nearby_.insert(nearby_.end(), whole->second.begin(), whole->second.end());
  }
  if (auto parts = parts_of_.find(claim.id); parts != parts_of_.end()) {
    nearby_.insert(nearby_.end(), parts->second.begin(), parts->second.end());
  }
  std::sort(nearby_.begin(), nearby_.end());
  nearby_.erase(std::unique(nearby_.begin(), nearby_.end()), nearby_.end());
  compared_.clear();
  for (uint32_t i : nearby_) compared_.push_back(&claims_[i]);
  for (v1::Flag& f : InconsistencyFlags(claim, compared_, [this](const ClaimFacts& casualties) {
         return PartsOf(casualties);
       })) {
    flags.push_back(std::move(f));
  }
  return flags;
}

}  // namespace claimcheck
