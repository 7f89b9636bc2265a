#include "store/article_change.h"

#include <algorithm>
#include <map>
#include <string>
#include <optional>
#include <utility>

#include "crosscheck/article_flags.h"
#include "crosscheck/claim_facts.h"
#include "crosscheck/event_window.h"
#include "crosscheck/filed_claims.h"
#include "crosscheck/figure_key.h"
#include "crosscheck/flag_changes.h"

namespace claimcheck {
namespace {

using Handle = StoredClaims::Handle;

std::vector<size_t> AllOf(const std::vector<ClaimFacts>& article) {
  std::vector<size_t> all(article.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  return all;
}

// The stored claims of other articles that `claims` (one article's, in text order; `wanted` of
// them) meet or are met by, shown or not, sorted, each once: a claim shown is compared with
// every claim of its figure around its date, and a claim removed was (crosscheck/
// filed_claims.h).
absl::StatusOr<std::vector<Handle>> EveryNeighbourOf(
    StoredClaims& stored, const std::vector<const std::vector<ClaimFacts>*>& articles,
    const std::vector<std::vector<size_t>>& wanted) {
  std::vector<FigureWindow> windows;
  std::vector<NeighbourWindows> around;  // what `windows` view
  around.reserve(articles.size());
  for (size_t a = 0; a < articles.size(); ++a) {
    around.push_back(NeighbourWindowsOf(*articles[a], FigureRanks(*articles[a]), wanted[a]));
    for (FigureWindow w : around.back().windows) {
      w.every_claim = true;
      windows.push_back(w);
    }
  }
  if (windows.empty()) return std::vector<Handle>();
  return stored.FiledHandles(windows);  // one batch for the old claims and the new
}

// Which of `article`'s claims (a new article's, in text order, none of it stored) will be shown
// to other claims once filed: those among the first kClaimsShownPerDay of their day under one of
// their keys. A claim filed beyond them changes no stored claim's flags.
absl::StatusOr<std::vector<size_t>> ShownOnceFiled(StoredClaims& stored,
                                                   const std::vector<ClaimFacts>& article) {
  const std::vector<uint32_t> ranks = FigureRanks(article);
  std::vector<FiledDay> days;
  std::vector<std::pair<size_t, size_t>> days_of;  // claim i's days: [first, second)
  for (size_t i = 0; i < article.size(); ++i) {
    const size_t first = days.size();
    if (ranks[i] < kClaimsComparedAcross) {
      for (std::string& key : FiledKeysOf(article[i])) {
        days.push_back(FiledDay{std::move(key), DayOf(*EventSeconds(article[i]))});
      }
    }
    days_of.emplace_back(first, days.size());
  }
  absl::StatusOr<std::vector<size_t>> counts = stored.FiledCounts(days);
  if (!counts.ok()) return counts.status();
  std::map<std::pair<std::string, int64_t>, size_t> filed_before;  // this article's, text order
  std::vector<size_t> shown;
  for (size_t i = 0; i < article.size(); ++i) {
    bool is_shown = false;
    for (size_t d = days_of[i].first; d < days_of[i].second; ++d) {
      size_t& own = filed_before[{days[d].key, days[d].day}];
      if ((*counts)[d] + own++ < kClaimsShownPerDay) is_shown = true;
    }
    if (is_shown) shown.push_back(i);
  }
  return shown;
}

// The stored claims of other articles whose flags a change can alter, sorted, each once.
// `added`: the article's claims after the change; `removed`: those it had before. When nothing
// is removed, only the new claims that will be shown meet stored claims' flags (a bounded number
// in a busy figure: nothing at all once its day is full); a removal can show others, so it
// counts every claim around what it removes and adds.
absl::StatusOr<std::vector<Handle>> NeighboursOf(StoredClaims& stored,
                                                 const std::vector<ClaimFacts>& added,
                                                 const std::vector<ClaimFacts>& removed) {
  if (!removed.empty()) {
    return EveryNeighbourOf(stored, {&added, &removed}, {AllOf(added), AllOf(removed)});
  }
  absl::StatusOr<std::vector<size_t>> shown = ShownOnceFiled(stored, added);
  if (!shown.ok()) return shown.status();
  return EveryNeighbourOf(stored, {&added}, {*std::move(shown)});
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
  std::vector<ClaimFacts> added, removed;
  added.reserve(new_claims.size());
  for (const v1::Claim& c : new_claims) added.push_back(FactsOf(c));
  removed.reserve(change.removed_.size());
  for (const v1::Claim& c : change.removed_) removed.push_back(FactsOf(c));
  absl::StatusOr<std::vector<Handle>> neighbours = NeighboursOf(before, added, removed);
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
  std::vector<ClaimFacts> added, removed;
  for (const v1::Claim& c : stored) added.push_back(FactsOf(c));
  for (const v1::Claim& c : replaced) removed.push_back(FactsOf(c));
  // The new claims are stored already: every claim around them, whether they are shown or not.
  absl::StatusOr<std::vector<Handle>> claims =
      EveryNeighbourOf(now, {&added, &removed}, {AllOf(added), AllOf(removed)});
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
