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

// ListConflicts' filters as a claim's facts are compared with them.
struct ConflictFilter {
  uint8_t kinds = 0;  // ClaimTable::ContestedBit()s
  v1::Metric metric = v1::METRIC_UNSPECIFIED;
  std::string location, source;  // AsciiLower(); "" matches every claim
};

ConflictFilter FilterOf(const v1::ListConflictsRequest& request) {
  ConflictFilter filter;
  for (int kind : request.kinds()) filter.kinds |= ClaimTable::ContestedBit(kind);
  if (request.kinds().empty()) {
    for (int kind : {v1::CONFLICT, v1::REVISION, v1::INCONSISTENT}) {
      filter.kinds |= ClaimTable::ContestedBit(kind);
    }
  }
  filter.metric = request.metric();
  filter.location = AsciiLower(request.location());
  filter.source = AsciiLower(request.source());
  return filter;
}

bool Selects(const ConflictFilter& filter, const ClaimTable& table, uint32_t slot) {
  if ((table.ContestedKinds(slot) & filter.kinds) == 0) return false;
  const ClaimFacts c = table.Facts(slot);
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
  explicit ClaimsById(const ClaimTable& table) : table_(table) {}

  std::optional<uint32_t> Find(const std::string& claim_id) {
    const std::string article_id = claim_id.substr(0, claim_id.rfind('#'));
    if (indexed_articles_.insert(article_id).second) {
      for (uint32_t slot : table_.ArticleClaims(article_id)) {
        slot_by_id_.emplace(std::string(table_.Facts(slot).id), slot);
      }
    }
    auto it = slot_by_id_.find(claim_id);
    if (it == slot_by_id_.end()) return std::nullopt;
    return it->second;
  }

 private:
  const ClaimTable& table_;
  absl::flat_hash_map<std::string, uint32_t> slot_by_id_;
  absl::flat_hash_set<std::string> indexed_articles_;
};

// The claims one figure lists, with their current flags: first the contested claims the filter
// selects, then the claims their flags of the requested kinds name.
struct FigureClaims {
  std::vector<uint32_t> slots;
  std::vector<std::vector<v1::Flag>> flags;  // flags[i] for slots[i]
};

FigureClaims ClaimsOfFigure(const ClaimTable& table, const ClaimTable::ContestedClaims& contested,
                            const ConflictFilter& filter, ClaimsById* by_id) {
  FigureClaims out;
  for (uint32_t slot : contested) {
    if (Selects(filter, table, slot)) out.slots.push_back(slot);
  }
  if (out.slots.empty()) return out;
  out.flags = table.FlagsOf(out.slots);
  absl::flat_hash_set<uint32_t> listed(out.slots.begin(), out.slots.end());
  const size_t selected = out.slots.size();
  for (size_t i = 0; i < selected; ++i) {
    for (const v1::Flag& flag : out.flags[i]) {
      if ((ClaimTable::ContestedBit(flag.kind()) & filter.kinds) == 0) continue;
      for (const std::string& related : flag.related_claim_ids()) {
        const std::optional<uint32_t> slot = by_id->Find(related);
        if (slot && listed.insert(*slot).second) out.slots.push_back(*slot);
      }
    }
  }
  std::vector<std::vector<v1::Flag>> related_flags =
      table.FlagsOf(std::vector<uint32_t>(out.slots.begin() + selected, out.slots.end()));
  for (std::vector<v1::Flag>& flags : related_flags) out.flags.push_back(std::move(flags));
  return out;
}

// Adds the figure's claims with their flags, and its flags of the requested `kinds` once each.
void AddClaimsAndFlags(const ClaimTable& table, const FigureClaims& claims, uint8_t kinds,
                       v1::Figure* figure) {
  absl::btree_set<std::pair<int, std::vector<std::string>>> seen_flags;
  for (size_t i = 0; i < claims.slots.size(); ++i) {
    v1::Claim* claim = figure->add_claims();
    *claim = table.ToClaim(claims.slots[i]);
    claim->clear_flags();
    for (const v1::Flag& flag : claims.flags[i]) {
      *claim->add_flags() = flag;
      if ((ClaimTable::ContestedBit(flag.kind()) & kinds) == 0) continue;
      std::vector<std::string> ids(flag.related_claim_ids().begin(),
                                   flag.related_claim_ids().end());
      ids.push_back(claim->id());
      std::sort(ids.begin(), ids.end());
      if (seen_flags.insert({flag.kind(), ids}).second) *figure->add_flags() = flag;
    }
  }
}

// Sets the figure's date window and its low/best/high (figure_summary.h) over its claims.
void AddWindowAndSummary(const ClaimTable& table, const FigureClaims& claims,
                         v1::Figure* figure) {
  std::vector<ClaimFacts> facts;
  facts.reserve(claims.slots.size());
  for (uint32_t slot : claims.slots) facts.push_back(table.Facts(slot));
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

void FillFigure(const ClaimTable& table, const std::string& key, const FigureClaims& claims,
                uint8_t kinds, v1::Figure* figure) {
  figure->set_key(key);
  const ClaimFacts first = table.Facts(claims.slots[0]);
  figure->set_metric(first.metric);
  figure->set_subject_class(std::string(SubjectClassOf(first.subject)));
  figure->set_location(std::string(first.place));
  AddClaimsAndFlags(table, claims, kinds, figure);
  AddWindowAndSummary(table, claims, figure);
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

// One page of QueryClaims, filled claim by claim in the order of the index walked.
class ClaimPage {
 public:
  ClaimPage(const ClaimTable& table, const v1::QueryClaimsRequest& request, size_t page_size,
            PagePosition after)
      : table_(table), request_(request), page_size_(page_size), last_(std::move(after)) {}

  // Adds the claim numbered `seq`, ordered at `primary`, if it is stored and matches. False
  // when the page is already full: there is more after it.
  bool Add(int64_t primary, uint64_t seq) {
    const std::optional<uint32_t> slot = table_.SlotOfSeq(seq);
    return !slot || AddSlot(primary, *slot);
  }
  // The same for a stored claim's slot.
  bool AddSlot(int64_t primary, uint32_t slot) {
    if (!MatchesQuery(table_.Facts(slot), request_)) return true;
    if (static_cast<size_t>(response_.claims_size()) == page_size_) return false;
    *response_.add_claims() = table_.ToClaim(slot);
    last_ = PagePosition{primary, table_.Seq(slot), ""};
    return true;
  }

  // The page, with a token for the next one when `more`.
  v1::QueryClaimsResponse Finish(bool more) {
    if (more) response_.set_next_page_token(EncodePageToken(PageKind::kClaims, last_));
    return std::move(response_);
  }

 private:
  const ClaimTable& table_;
  const v1::QueryClaimsRequest& request_;
  const size_t page_size_;
  PagePosition last_;
  v1::QueryClaimsResponse response_;
};

// The index that leads a query filtered by place, source or metric (the most selective
// first); nullptr when nothing is filed under the requested key.
const ClaimTable::Slots* LeadingIndex(const ClaimTable& table,
                                     const v1::QueryClaimsRequest& request) {
  if (!request.location().empty()) return table.ClaimsAtPlace(request.location());
  if (!request.source().empty()) return table.ClaimsOfSource(request.source());
  return table.ClaimsOfMetric(request.metric());
}

// Walks the claims of `slots` (in ingest order) numbered after `after`.
v1::QueryClaimsResponse WalkSlots(const ClaimTable::Slots& slots, std::optional<uint64_t> after,
                                  ClaimPage* page) {
  for (auto it = after ? slots.upper_bound(ClaimTable::SeqKey{*after}) : slots.begin();
       it != slots.end(); ++it) {
    if (!page->AddSlot(0, *it)) return page->Finish(true);
  }
  return page->Finish(false);
}

}  // namespace

absl::StatusOr<v1::ListConflictsResponse> ListConflicts(const ClaimTable& table,
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
  ClaimsById by_id(table);
  v1::ListConflictsResponse response;
  const ClaimTable::ContestedFigures& contested = table.contested_figures();
  for (auto it = after ? contested.upper_bound(*after) : contested.begin();
       it != contested.end(); ++it) {
    if (response.figures_size() == page_size) {
      response.set_next_page_token(EncodePageToken(
          PageKind::kFigures, PagePosition{0, 0, response.figures().rbegin()->key()}));
      break;
    }
    const FigureClaims claims = ClaimsOfFigure(table, it->second, filter, &by_id);
    if (claims.slots.empty()) continue;
    FillFigure(table, it->first, claims, filter.kinds, response.add_figures());
  }
  return response;
}

absl::StatusOr<v1::QueryClaimsResponse> QueryClaims(const ClaimTable& table,
                                                    const v1::QueryClaimsRequest& request,
                                                    const PageLimits& limits) {
  std::optional<PagePosition> after;
  if (!request.page_token().empty()) {
    absl::StatusOr<PagePosition> at = DecodePageToken(PageKind::kClaims, request.page_token());
    if (!at.ok()) return at.status();
    after = *std::move(at);
  }
  const size_t page_size = static_cast<size_t>(limits.Clamp(request.page_size()));
  ClaimPage page(table, request, page_size, after.value_or(PagePosition{}));
  const std::optional<uint64_t> after_seq =
      after ? std::optional<uint64_t>(after->secondary) : std::nullopt;
  if (!request.article_id().empty()) {
    std::vector<uint64_t> seqs;  // ascending: an article's claims are numbered in order
    for (uint32_t slot : table.ArticleClaims(request.article_id())) seqs.push_back(table.Seq(slot));
    for (uint64_t seq : seqs) {
      if (after_seq && seq <= *after_seq) continue;
      if (!page.Add(0, seq)) return page.Finish(true);
    }
    return page.Finish(false);
  }
  if (!request.location().empty() || !request.source().empty() ||
      request.metric() != v1::METRIC_UNSPECIFIED) {
    const ClaimTable::Slots* slots = LeadingIndex(table, request);
    if (slots == nullptr) return v1::QueryClaimsResponse();
    return WalkSlots(*slots, after_seq, &page);
  }
  if (request.has_since() || request.has_until()) {
    const auto& by_date = table.claims_by_date();
    using Key = ClaimTable::DateSeqKey;
    for (auto it = after ? by_date.upper_bound(Key{after->primary, after->secondary})
                         : by_date.lower_bound(Key{request.since().seconds(), 0});
         it != by_date.end(); ++it) {
      if (request.has_until() && it->seconds() > request.until().seconds()) break;
      if (!page.AddSlot(it->seconds(), it->slot)) return page.Finish(true);
    }
    return page.Finish(false);
  }
  return WalkSlots(table.claims_by_seq(), after_seq, &page);
}

v1::GetStatsResponse Stats(const ClaimTable& table) {
  const ClaimTable::Counts counts = table.counts();
  v1::GetStatsResponse stats;
  stats.set_articles(counts.articles);
  stats.set_claims(counts.claims);
  stats.set_figures(counts.figures);
  stats.set_conflicts(counts.contested_figures);
  return stats;
}

}  // namespace claimcheck
