#include "crosscheck/article_flags.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "crosscheck/article_check.h"
#include "crosscheck/event_window.h"
#include "crosscheck/figure_key.h"

namespace claimcheck {

bool IsExtractorKind(int kind) { return kind == v1::UNVERIFIED || kind == v1::UNATTRIBUTED; }

namespace {

// Which of `windows` is (figure key, event date): a scan while there are few (an ordinary
// article's claims mostly need a window each), a hash index once there are many (a live blog's).
class WindowIndex {
 public:
  // `windows` starts empty; after each push_back, Added() is called.
  WindowIndex(const std::vector<FigureWindow>& windows, size_t expected) : windows_(windows) {
    events_.reserve(std::min(expected, kScanned));
  }

  std::optional<size_t> Find(std::string_view figure_key, int64_t event) const {
    if (windows_.size() <= kScanned) {
      for (size_t i = 0; i < windows_.size(); ++i) {
        if (events_[i] == event && windows_[i].figure_key == figure_key) return i;
      }
      return std::nullopt;
    }
    auto it = index_.find(std::make_pair(figure_key, event));
    if (it == index_.end()) return std::nullopt;
    return it->second;
  }

  // Records that windows.back() is (its figure key, `event`).
  void Added(int64_t event) {
    events_.push_back(event);
    if (windows_.size() <= kScanned) return;
    if (index_.empty()) {
      for (size_t i = 0; i + 1 < windows_.size(); ++i) {
        index_.emplace(std::make_pair(windows_[i].figure_key, events_[i]), i);
      }
    }
    index_.emplace(std::make_pair(windows_.back().figure_key, event), windows_.size() - 1);
  }

 private:
  static constexpr size_t kScanned = 16;
  const std::vector<FigureWindow>& windows_;
  std::vector<int64_t> events_;  // events_[i]: the event date windows_[i] is around
  absl::flat_hash_map<std::pair<std::string_view, int64_t>, size_t> index_;
};

}  // namespace

NeighbourWindows NeighbourWindowsOf(const std::vector<ClaimFacts>& article,
                                    const std::vector<uint32_t>& figure_ranks,
                                    absl::Span<const size_t> wanted) {
  NeighbourWindows out;
  out.window_of.assign(wanted.size(), NeighbourWindows::kNone);
  // A long article's claims share a few figures and one date: each is looked up once.
  out.windows.reserve(std::min<size_t>(wanted.size(), 16));
  WindowIndex index(out.windows, wanted.size());
  for (size_t k = 0; k < wanted.size(); ++k) {
    const ClaimFacts& claim = article[wanted[k]];
    if (figure_ranks[wanted[k]] >= kClaimsComparedAcross) continue;
    const std::optional<FigureKey> key = FigureKeyOf(claim);
    if (!key || !key->cross_article()) continue;
    const int64_t event = *EventSeconds(claim);  // a cross-article figure's claims are dated
    std::string text = key->ToString();
    std::optional<size_t> window = index.Find(text, event);
    if (!window) {
      const std::string_view figure_key = out.figure_keys.emplace_back(std::move(text));
      out.windows.push_back(FigureWindow{figure_key, EventWindowAround(event), claim.article_id});
      index.Added(event);
      window = out.windows.size() - 1;
    }
    out.window_of[k] = *window;
  }
  return out;
}

absl::StatusOr<std::vector<std::vector<v1::Flag>>> RuleFlagsOf(
    const std::vector<ClaimFacts>& article, const std::vector<uint32_t>& figure_ranks,
    absl::Span<const size_t> wanted, const FiledClaims& filed) {
  const NeighbourWindows around = NeighbourWindowsOf(article, figure_ranks, wanted);
  FoundClaims neighbours;
  if (absl::Status found = filed.FindFiled(around.windows, &neighbours); !found.ok()) {
    return found;
  }
  ArticleCheck check(article);
  std::vector<std::vector<v1::Flag>> flags;
  flags.reserve(wanted.size());
  for (size_t k = 0; k < wanted.size(); ++k) {
    const size_t window = around.window_of[k];
    flags.push_back(check.FlagsOf(wanted[k], window == NeighbourWindows::kNone
                                                 ? absl::Span<const ClaimFacts* const>()
                                                 : neighbours.Run(window)));
  }
  return flags;
}

absl::StatusOr<std::vector<std::vector<v1::Flag>>> FlagsAsIfFiled(
    const std::vector<v1::Claim>& claims, const FiledClaims& filed) {
  std::vector<ClaimFacts> facts;
  facts.reserve(claims.size());
  for (const v1::Claim& c : claims) facts.push_back(FactsOf(c));
  std::vector<size_t> all(claims.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  absl::StatusOr<std::vector<std::vector<v1::Flag>>> rule_flags =
      RuleFlagsOf(facts, FigureRanks(facts), all, filed);
  if (!rule_flags.ok()) return rule_flags.status();
  std::vector<std::vector<v1::Flag>> result(claims.size());
  for (size_t i = 0; i < claims.size(); ++i) {
    for (const v1::Flag& f : claims[i].flags()) {
      if (IsExtractorKind(f.kind())) result[i].push_back(f);
    }
    for (v1::Flag& f : (*rule_flags)[i]) result[i].push_back(std::move(f));
  }
  return result;
}

}  // namespace claimcheck
