#include "store/article_change.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "crosscheck/article_flags.h"
#include "crosscheck/claim_facts.h"
#include "crosscheck/figure_key.h"
#include "crosscheck/flag_changes.h"

namespace claimcheck {
namespace {

// The stored claims of other articles that the claims of `articles` meet (each one article's
// claims in text order), sorted, each once.
std::vector<uint32_t> NeighboursOf(const ClaimTable& table,
                                   const std::vector<std::vector<ClaimFacts>>& articles) {
  std::vector<uint32_t> slots;
  for (const std::vector<ClaimFacts>& article : articles) {
    std::vector<size_t> all(article.size());
    for (size_t i = 0; i < all.size(); ++i) all[i] = i;
    const NeighbourWindows around = NeighbourWindowsOf(article, FigureRanks(article), all);
    for (uint32_t slot : table.FiledSlots(around.windows)) slots.push_back(slot);
  }
  std::sort(slots.begin(), slots.end());
  slots.erase(std::unique(slots.begin(), slots.end()), slots.end());
  return slots;
}

// The stored claim with `flags` as its flags.
v1::Claim WithFlags(const ClaimTable& table, uint32_t slot, std::vector<v1::Flag> flags) {
  v1::Claim claim = table.ToClaim(slot);
  claim.clear_flags();
  for (v1::Flag& f : flags) *claim.add_flags() = std::move(f);
  return claim;
}

}  // namespace

ArticleChange::ArticleChange(const ClaimTable& table, std::string_view article_id,
                             const std::vector<v1::Claim>& new_claims)
    : article_id_(article_id) {
  const std::vector<uint32_t> old_slots = table.ArticleClaims(article_id);
  std::vector<std::vector<v1::Flag>> old_flags = table.FlagsOf(old_slots);
  removed_.reserve(old_slots.size());
  for (size_t i = 0; i < old_slots.size(); ++i) {
    removed_.push_back(WithFlags(table, old_slots[i], std::move(old_flags[i])));
  }
  std::vector<std::vector<ClaimFacts>> facts(2);
  facts[0].reserve(new_claims.size());
  for (const v1::Claim& c : new_claims) facts[0].push_back(FactsOf(c));
  facts[1].reserve(removed_.size());
  for (const v1::Claim& c : removed_) facts[1].push_back(FactsOf(c));
  const std::vector<uint32_t> slots = NeighboursOf(table, facts);
  std::vector<std::vector<v1::Flag>> flags = table.FlagsOf(slots);
  for (size_t i = 0; i < slots.size(); ++i) neighbours_[slots[i]] = std::move(flags[i]);
}

FlagsChanged ArticleChange::After(ClaimTable* table, const std::vector<uint32_t>& new_slots,
                                  absl::Time now) const {
  FlagsChanged out;
  NeighbourChanges(table, now, &out);
  for (const v1::Claim& claim : removed_) {
    for (const v1::Flag& f : claim.flags()) AddEvent(f, claim, /*cleared=*/true, now, &out);
  }
  std::vector<std::vector<v1::Flag>> new_flags = table->FlagsOf(new_slots);
  for (size_t i = 0; i < new_slots.size(); ++i) {
    table->SetContested(new_slots[i], new_flags[i]);
    const v1::Claim& claim =
        out.claims.emplace_back(WithFlags(*table, new_slots[i], std::move(new_flags[i])));
    for (const v1::Flag& f : claim.flags()) AddEvent(f, claim, /*cleared=*/false, now, &out);
  }
  return out;
}

void ArticleChange::NeighbourChanges(ClaimTable* table, absl::Time now, FlagsChanged* out) const {
  std::vector<uint32_t> slots;
  slots.reserve(neighbours_.size());
  for (const auto& [slot, flags] : neighbours_) slots.push_back(slot);
  std::vector<std::vector<v1::Flag>> current = table->FlagsOf(slots);
  size_t next = 0;
  for (const auto& [slot, flags_before] : neighbours_) {
    std::vector<v1::Flag>& flags = current[next++];
    table->SetContested(slot, flags);
    const FlagChanges changes = CompareFlags(flags_before, flags);
    if (changes.raised.empty() && changes.cleared.empty()) continue;
    const v1::Claim claim = WithFlags(*table, slot, std::move(flags));
    for (const v1::Flag& f : changes.cleared) AddEvent(f, claim, /*cleared=*/true, now, out);
    for (const v1::Flag& f : changes.raised) AddEvent(f, claim, /*cleared=*/false, now, out);
  }
}

void ArticleChange::AddEvent(const v1::Flag& flag, const v1::Claim& claim, bool cleared,
                             absl::Time now, FlagsChanged* out) const {
  (cleared ? out->cleared : out->raised).push_back(flag);
  v1::FlagEvent& event = out->events.emplace_back();
  *event.mutable_flag() = flag;
  event.set_article_id(article_id_);
  event.mutable_raised_at()->set_seconds(absl::ToUnixSeconds(now));
  *event.mutable_claim() = claim;
  event.set_cleared(cleared);
}

}  // namespace claimcheck
