#include "store/claim_answers.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/btree_set.h"
#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "crosscheck/figure_key.h"
#include "crosscheck/figure_summary.h"
#include "store/page_token.h"

namespace claimcheck {
namespace {

using Handle = StoredClaims::Handle;

// ListConflicts' filters as a claim's facts are compared with them.
struct ConflictFilter {
  uint8_t kinds = 0;  // StoredClaims::ContestedBit()s
  v1::Metric metric = v1::METRIC_UNSPECIFIED;
  std::string location, source;  // AsciiLower(); "" matches every claim
};

ConflictFilter FilterOf(const v1::ListConflictsRequest& request) {
  ConflictFilter filter;
  for (int kind : request.kinds()) filter.kinds |= StoredClaims::ContestedBit(kind);
  if (request.kinds().empty()) {
    for (int kind : {v1::CONFLICT, v1::REVISION, v1::INCONSISTENT}) {
      filter.kinds |= StoredClaims::ContestedBit(kind);
    }
  }
  filter.metric = request.metric();
  filter.location = AsciiLower(request.location());
  filter.source = AsciiLower(request.source());
  return filter;
}

bool Selects(const ConflictFilter& filter, const StoredClaims& claims, Handle claim) {
  if ((claims.ContestedKinds(claim) & filter.kinds) == 0) return false;
  const ClaimFacts c = claims.Facts(claim);
  if (filter.metric != v1::METRIC_UNSPECIFIED && c.metric != filter.metric) return false;
  if (!filter.location.empty() && AsciiLower(c.place) != filter.location) return false;
  if (!filter.source.empty() && c.source.canonical_id != filter.source &&
      AsciiLower(c.source.text) != filter.source && c.source.party != filter.source) {
    return false;
  }
  return true;
}

// Finds stored claims by id ("<article_id>#<n>"). An article's claims are indexed the first time
// one of them is asked for, not searched each time: a flag on a long article's claim names ten.
class ClaimsById {
 public:
  explicit ClaimsById(StoredClaims& claims) : claims_(claims) {}

  absl::StatusOr<std::optional<Handle>> Find(const std::string& claim_id) {
    const std::string article_id = claim_id.substr(0, claim_id.rfind('#'));
    if (indexed_articles_.insert(article_id).second) {
      absl::StatusOr<std::vector<Handle>> article = claims_.ArticleClaims(article_id);
      if (!article.ok()) return article.status();
      for (Handle claim : *article) handle_by_id_.emplace(std::string(claims_.Facts(claim).id), claim);
    }
    auto it = handle_by_id_.find(claim_id);
    if (it == handle_by_id_.end()) return std::nullopt;
    return it->second;
  }

 private:
  StoredClaims& claims_;
  absl::flat_hash_map<std::string, Handle> handle_by_id_;
  absl::flat_hash_set<std::string> indexed_articles_;
};

// The claims one figure lists, with their current flags: first the contested claims the filter
// selects, then the claims their flags of the requested kinds name.
struct FigureClaims {
  std::vector<Handle> claims;
  std::vector<std::vector<v1::Flag>> flags;  // flags[i] for claims[i]
};

absl::StatusOr<FigureClaims> ClaimsOfFigure(StoredClaims& claims,
                                            const std::vector<Handle>& contested,
                                            const ConflictFilter& filter, ClaimsById* by_id) {
  FigureClaims out;
  for (Handle claim : contested) {
    if (Selects(filter, claims, claim)) out.claims.push_back(claim);
  }
  if (out.claims.empty()) return out;
  absl::StatusOr<std::vector<std::vector<v1::Flag>>> flags = claims.FlagsOf(out.claims);
  if (!flags.ok()) return flags.status();
  out.flags = *std::move(flags);
  absl::flat_hash_set<Handle> listed(out.claims.begin(), out.claims.end());
  const size_t selected = out.claims.size();
  for (size_t i = 0; i < selected; ++i) {
    for (const v1::Flag& flag : out.flags[i]) {
      if ((StoredClaims::ContestedBit(flag.kind()) & filter.kinds) == 0) continue;
      for (const std::string& related : flag.related_claim_ids()) {
        absl::StatusOr<std::optional<Handle>> found = by_id->Find(related);
        if (!found.ok()) return found.status();
        if (*found && listed.insert(**found).second) out.claims.push_back(**found);
      }
    }
  }
  absl::StatusOr<std::vector<std::vector<v1::Flag>>> related_flags =
      claims.FlagsOf(absl::MakeConstSpan(out.claims).subspan(selected));
  if (!related_flags.ok()) return related_flags.status();
  for (std::vector<v1::Flag>& f : *related_flags) out.flags.push_back(std::move(f));
  return out;
}

// Adds the figure's claims with their flags, and its flags of the requested `kinds` once each.
void AddClaimsAndFlags(const StoredClaims& claims, const FigureClaims& listed, uint8_t kinds,
                       v1::Figure* figure) {
  absl::btree_set<std::pair<int, std::vector<std::string>>> seen_flags;
  for (size_t i = 0; i < listed.claims.size(); ++i) {
    v1::Claim* claim = figure->add_claims();
    *claim = claims.ToClaim(listed.claims[i]);
    claim->clear_flags();
    for (const v1::Flag& flag : listed.flags[i]) {
      *claim->add_flags() = flag;
      if ((StoredClaims::ContestedBit(flag.kind()) & kinds) == 0) continue;
      std::vector<std::string> ids(flag.related_claim_ids().begin(),
                                   flag.related_claim_ids().end());
      ids.push_back(claim->id());
      std::sort(ids.begin(), ids.end());
      if (seen_flags.insert({flag.kind(), ids}).second) *figure->add_flags() = flag;
    }
  }
}

// Sets the figure's date window and its low/best/high (figure_summary.h) over its claims.
void AddWindowAndSummary(const StoredClaims& claims, const FigureClaims& listed,
                         v1::Figure* figure) {
  std::vector<ClaimFacts> facts;
  facts.reserve(listed.claims.size());
  for (Handle claim : listed.claims) facts.push_back(claims.Facts(claim));
  std::optional<std::pair<int64_t, int64_t>> window;
  for (const ClaimFacts& c : facts) {
    if (!c.has_date) continue;
    window = window ? std::make_pair(std::min(window->first, c.date_seconds),
                                     std::max(window->second, c.date_seconds))
                    : std::make_pair(c.date_seconds, c.date_seconds);
  }
  if (window) {
    figure->mutable_window_start()->set_seconds(window->first);
    figure->mutable_window_end()->set_seconds(window->second);
  }
  std::vector<const ClaimFacts*> views;
  views.reserve(facts.size());
  for (const ClaimFacts& f : facts) views.push_back(&f);
  const FigureSummary summary = Summarize(views);
  figure->set_low(summary.low);
  figure->set_best(summary.best);
  figure->set_high(summary.high);
}

void FillFigure(const StoredClaims& claims, const std::string& key, const FigureClaims& listed,
                uint8_t kinds, v1::Figure* figure) {
  figure->set_key(key);
  const ClaimFacts first = claims.Facts(listed.claims[0]);
  figure->set_metric(first.metric);
  figure->set_subject_class(std::string(SubjectClassOf(first.subject)));
  figure->set_location(std::string(first.place));
  AddClaimsAndFlags(claims, listed, kinds, figure);
  AddWindowAndSummary(claims, listed, figure);
}

// True when the claim passes QueryClaims' filters.
bool MatchesQuery(const ClaimFacts& c, const v1::QueryClaimsRequest& r) {
  if (r.metric() != v1::METRIC_UNSPECIFIED && c.metric != r.metric()) return false;
  if (!r.location().empty() && AsciiLower(c.place) != AsciiLower(r.location())) return false;
  if (!r.source().empty()) {
    const std::string source = AsciiLower(r.source());
    if (c.source.canonical_id != source && AsciiLower(c.source.text) != source) return false;
  }
  if (!r.article_id().empty() && c.article_id != r.article_id()) return false;
  if (r.has_since() && (!c.has_date || c.date_seconds < r.since().seconds())) return false;
  if (r.has_until() && (!c.has_date || c.date_seconds > r.until().seconds())) return false;
  return true;
}

}  // namespace

absl::StatusOr<v1::ListConflictsResponse> ListConflicts(StoredClaims& claims,
                                                        const v1::ListConflictsRequest& request,
                                                        const PageLimits& limits) {
  std::optional<std::string> after;
  if (!request.page_token().empty()) {
    absl::StatusOr<PagePosition> at = DecodePageToken(PageKind::kFigures, request.page_token());
    if (!at.ok()) return at.status();
    after = std::move(at->key);
  }
  const ConflictFilter filter = FilterOf(request);
  const int page_size = limits.Clamp(request.page_size());
  ClaimsById by_id(claims);
  v1::ListConflictsResponse response;
  absl::Status status;
  absl::Status walked = claims.ForEachContestedFigure(
      after, [&](const std::string& key, const std::vector<Handle>& contested) {
        if (response.figures_size() == page_size) {
          response.set_next_page_token(EncodePageToken(
              PageKind::kFigures, PagePosition{0, 0, response.figures().rbegin()->key()}));
          return false;
        }
        absl::StatusOr<FigureClaims> listed = ClaimsOfFigure(claims, contested, filter, &by_id);
        if (!listed.ok()) {
          status = listed.status();
          return false;
        }
        if (!listed->claims.empty()) {
          FillFigure(claims, key, *listed, filter.kinds, response.add_figures());
        }
        return true;
      });
  status.Update(walked);
  if (!status.ok()) return status;
  return response;
}

absl::StatusOr<v1::QueryClaimsResponse> QueryClaims(StoredClaims& claims,
                                                    const v1::QueryClaimsRequest& request,
                                                    const PageLimits& limits) {
  std::optional<PagePosition> after;
  if (!request.page_token().empty()) {
    absl::StatusOr<PagePosition> at = DecodePageToken(PageKind::kClaims, request.page_token());
    if (!at.ok()) return at.status();
    after = *std::move(at);
  }
  const size_t page_size = static_cast<size_t>(limits.Clamp(request.page_size()));
  v1::QueryClaimsResponse response;
  PagePosition last = after.value_or(PagePosition{});
  bool more = false;
  absl::Status walked = claims.ForEachQueryCandidate(
      request, after, [&](int64_t primary, uint64_t seq, Handle claim) {
        if (!MatchesQuery(claims.Facts(claim), request)) return true;
        if (static_cast<size_t>(response.claims_size()) == page_size) {
          more = true;  // a claim past the full page: there is a next one
          return false;
        }
        *response.add_claims() = claims.ToClaim(claim);
        last = PagePosition{primary, seq, ""};
        return true;
      });
  if (!walked.ok()) return walked;
  if (more) response.set_next_page_token(EncodePageToken(PageKind::kClaims, last));
  return response;
}

}  // namespace claimcheck
