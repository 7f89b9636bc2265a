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

using Handle = StoredClaims::Handle;

// The stored claims of other articles that the claims of `articles` meet (each one article's
// claims in text order), sorted, each once.
absl::StatusOr<std::vector<Handle>> NeighboursOf(
    StoredClaims& stored, const std::vector<std::vector<ClaimFacts>>& articles) {
  std::vector<FigureWindow> windows;
  std::vector<NeighbourWindows> around;  // what `windows` view
  around.reserve(articles.size());
  for (const std::vector<ClaimFacts>& article : articles) {
    std::vector<size_t> all(article.size());
    for (size_t i = 0; i < all.size(); ++i) all[i] = i;
    around.push_back(NeighbourWindowsOf(article, FigureRanks(article), all));
    windows.insert(windows.end(), around.back().windows.begin(), around.back().windows.end());
  }
  return stored.FiledHandles(windows);  // one batch for the old claims and the new
}

// The stored claim with `flags` as its flags.
v1::Claim WithFlags(const StoredClaims& stored, Handle claim, std::vector<v1::Flag> flags) {
  v1::Claim out = stored.ToClaim(claim);
  out.clear_flags();
  for (v1::Flag& f : flags) *out.add_flags() = std::move(f);
  return out;
}

}  // namespace

absl::StatusOr<ArticleChange> ArticleChange::Before(StoredClaims& before,
                                                    std::string_view article_id,
                                                    const std::vector<v1::Claim>& new_claims) {
  ArticleChange change(article_id);
  absl::StatusOr<std::vector<Handle>> old_claims = before.ArticleClaims(article_id);
  if (!old_claims.ok()) return old_claims.status();
  absl::StatusOr<std::vector<std::vector<v1::Flag>>> old_flags = before.FlagsOf(*old_claims);
  if (!old_flags.ok()) return old_flags.status();
  change.removed_.reserve(old_claims->size());
  for (size_t i = 0; i < old_claims->size(); ++i) {
    change.removed_.push_back(WithFlags(before, (*old_claims)[i], std::move((*old_flags)[i])));
  }
  std::vector<std::vector<ClaimFacts>> facts(2);
  facts[0].reserve(new_claims.size());
  for (const v1::Claim& c : new_claims) facts[0].push_back(FactsOf(c));
  facts[1].reserve(change.removed_.size());
  for (const v1::Claim& c : change.removed_) facts[1].push_back(FactsOf(c));
  absl::StatusOr<std::vector<Handle>> neighbours = NeighboursOf(before, facts);
  if (!neighbours.ok()) return neighbours.status();
  absl::StatusOr<std::vector<std::vector<v1::Flag>>> flags = before.FlagsOf(*neighbours);
  if (!flags.ok()) return flags.status();
  for (size_t i = 0; i < neighbours->size(); ++i) {
    change.neighbours_[(*neighbours)[i]] = std::move((*flags)[i]);
  }
  return change;
}

absl::Status ArticleChange::RecordContested(StoredClaims& now,
                                            const std::vector<v1::Claim>& replaced,
                                            absl::Span<const Handle> new_claims) {
  std::vector<v1::Claim> stored;
  stored.reserve(new_claims.size());
  for (Handle claim : new_claims) stored.push_back(now.ToClaim(claim));
  std::vector<std::vector<ClaimFacts>> facts(2);
  for (const v1::Claim& c : stored) facts[0].push_back(FactsOf(c));
  for (const v1::Claim& c : replaced) facts[1].push_back(FactsOf(c));
  absl::StatusOr<std::vector<Handle>> claims = NeighboursOf(now, facts);
  if (!claims.ok()) return claims.status();
  claims->insert(claims->end(), new_claims.begin(), new_claims.end());
  absl::StatusOr<std::vector<std::vector<v1::Flag>>> flags = now.FlagsOf(*claims);
  if (!flags.ok()) return flags.status();
  for (size_t i = 0; i < claims->size(); ++i) now.SetContested((*claims)[i], (*flags)[i]);
  return absl::OkStatus();
}

std::vector<Handle> ArticleChange::neighbours() const {
  std::vector<Handle> out;
  out.reserve(neighbours_.size());
  for (const auto& [claim, flags] : neighbours_) out.push_back(claim);
  return out;
}

absl::StatusOr<FlagsChanged> ArticleChange::After(StoredClaims& after,
                                                  absl::Span<const Handle> new_claims,
                                                  absl::Time now) const {
  FlagsChanged out;
  if (absl::Status s = NeighbourChanges(after, now, &out); !s.ok()) return s;
  for (const v1::Claim& claim : removed_) {
    for (const v1::Flag& f : claim.flags()) AddEvent(f, claim, /*cleared=*/true, now, &out);
  }
  absl::StatusOr<std::vector<std::vector<v1::Flag>>> new_flags = after.FlagsOf(new_claims);
  if (!new_flags.ok()) return new_flags.status();
  for (size_t i = 0; i < new_claims.size(); ++i) {
    after.SetContested(new_claims[i], (*new_flags)[i]);
    const v1::Claim& claim =
        out.claims.emplace_back(WithFlags(after, new_claims[i], std::move((*new_flags)[i])));
    for (const v1::Flag& f : claim.flags()) AddEvent(f, claim, /*cleared=*/false, now, &out);
  }
  return out;
}

absl::Status ArticleChange::NeighbourChanges(StoredClaims& after, absl::Time now,
                                             FlagsChanged* out) const {
  const std::vector<Handle> claims = neighbours();
  absl::StatusOr<std::vector<std::vector<v1::Flag>>> current = after.FlagsOf(claims);
  if (!current.ok()) return current.status();
  size_t next = 0;
  for (const auto& [claim, flags_before] : neighbours_) {
    std::vector<v1::Flag>& flags = (*current)[next++];
    after.SetContested(claim, flags);
    const FlagChanges changes = CompareFlags(flags_before, flags);
    if (changes.raised.empty() && changes.cleared.empty()) continue;
    const v1::Claim with_flags = WithFlags(after, claim, std::move(flags));
    for (const v1::Flag& f : changes.cleared) AddEvent(f, with_flags, /*cleared=*/true, now, out);
    for (const v1::Flag& f : changes.raised) AddEvent(f, with_flags, /*cleared=*/false, now, out);
  }
  return absl::OkStatus();
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
