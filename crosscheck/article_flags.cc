#include "crosscheck/article_flags.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/container/node_hash_map.h"
#include "crosscheck/article_check.h"
#include "crosscheck/event_window.h"
#include "crosscheck/figure_key.h"

namespace claimcheck {

bool IsExtractorKind(int kind) { return kind == v1::UNVERIFIED || kind == v1::UNATTRIBUTED; }

namespace {

// Which of `windows` is (key, event window): a scan while there are few (an ordinary article's
// claims mostly need a window or two each), a hash index once there are many (a live blog's).
class WindowIndex {
 public:
  // `windows` starts empty; after each push_back, Added() is called.
  explicit WindowIndex(const std::vector<FigureWindow>& windows) : windows_(windows) {}

  std::optional<uint32_t> Find(std::string_view key, const EventWindow& window) const {
    if (windows_.size() <= kScanned) {
      for (size_t i = 0; i < windows_.size(); ++i) {
        if (Same(windows_[i], key, window)) return static_cast<uint32_t>(i);
      }
      return std::nullopt;
    }
    auto it = index_.find(Identity{key, window.first_seconds, window.last_seconds});
    if (it == index_.end()) return std::nullopt;
    return it->second;
  }

  // Records that windows.back() was added.
  void Added() {
    if (windows_.size() <= kScanned) return;
    if (index_.empty()) {
      for (size_t i = 0; i + 1 < windows_.size(); ++i) Index(i);
    }
    Index(windows_.size() - 1);
  }

 private:
  using Identity = std::tuple<std::string_view, int64_t, int64_t>;
  static constexpr size_t kScanned = 16;
  static bool Same(const FigureWindow& w, std::string_view key, const EventWindow& window) {
    return w.window.first_seconds == window.first_seconds &&
           w.window.last_seconds == window.last_seconds && w.figure_key == key;
  }
  void Index(size_t i) {
    const FigureWindow& w = windows_[i];
    index_.emplace(Identity{w.figure_key, w.window.first_seconds, w.window.last_seconds},
                   static_cast<uint32_t>(i));
  }

  const std::vector<FigureWindow>& windows_;
  absl::flat_hash_map<Identity, uint32_t> index_;
};

// The claims each wanted claim meets in other articles: one run of the look-up's answer when it
// has one window, else the runs of its windows merged (each claim once), kept for the next claim
// with the same windows.
class NeighbourRuns {
 public:
  explicit NeighbourRuns(const FoundClaims& found) : found_(found) {}

  absl::Span<const ClaimFacts* const> Of(absl::Span<const uint32_t> windows) {
    if (windows.empty()) return {};
    if (windows.size() == 1) return found_.Run(windows[0]);
    const absl::InlinedVector<uint32_t, 2> key(windows.begin(), windows.end());
    auto [it, added] = merged_.try_emplace(key);
    if (added) {
      absl::flat_hash_set<std::string_view> ids;
      for (uint32_t w : windows) {
        for (const ClaimFacts* claim : found_.Run(w)) {
          if (ids.insert(claim->id).second) it->second.push_back(claim);
        }
      }
    }
    return it->second;
  }

 private:
  const FoundClaims& found_;
  // Values are node-stable in a node_hash_map: spans handed out stay valid.
  absl::node_hash_map<absl::InlinedVector<uint32_t, 2>, std::vector<const ClaimFacts*>> merged_;
};

}  // namespace

NeighbourWindows NeighbourWindowsOf(const std::vector<ClaimFacts>& article,
                                    const std::vector<uint32_t>& figure_ranks,
                                    absl::Span<const size_t> wanted) {
  NeighbourWindows out;
  out.windows_of.resize(wanted.size());
  // A long article's claims share a few figures and one date: each is looked up once.
  out.windows.reserve(std::min<size_t>(wanted.size(), 16));
  WindowIndex index(out.windows);
  for (size_t k = 0; k < wanted.size(); ++k) {
    const ClaimFacts& claim = article[wanted[k]];
    if (figure_ranks[wanted[k]] >= kClaimsComparedAcross) continue;
    for (FigureLookup& lookup : FigureLookupsOf(claim)) {
      std::optional<uint32_t> window = index.Find(lookup.key, lookup.window);
      if (!window) {
        const std::string_view key = out.figure_keys.emplace_back(std::move(lookup.key));
        out.windows.push_back(FigureWindow{key, lookup.window, claim.article_id});
        index.Added();
        window = static_cast<uint32_t>(out.windows.size() - 1);
      }
      out.windows_of[k].push_back(*window);
    }
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
  NeighbourRuns runs(neighbours);
  std::vector<std::vector<v1::Flag>> flags;
  flags.reserve(wanted.size());
  for (size_t k = 0; k < wanted.size(); ++k) {
    flags.push_back(check.FlagsOf(wanted[k], runs.Of(around.windows_of[k])));
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
