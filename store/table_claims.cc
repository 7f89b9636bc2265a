#include "store/table_claims.h"

#include <optional>
#include <utility>

namespace claimcheck {
namespace {

// The index that leads a query filtered by place, source or metric (the most selective
// first); nullptr when nothing is filed under the requested key.
const ClaimTable::Slots* LeadingIndex(const ClaimTable& table,
                                     const v1::QueryClaimsRequest& request) {
  if (!request.location().empty()) return table.ClaimsAtPlace(request.location());
  if (!request.source().empty()) return table.ClaimsOfSource(request.source());
  return table.ClaimsOfMetric(request.metric());
}

}  // namespace

absl::StatusOr<std::vector<StoredClaims::Handle>> TableClaims::ArticleClaims(
    std::string_view article_id) {
  return Handles(table_.ArticleClaims(article_id));
}

absl::StatusOr<std::vector<StoredClaims::Handle>> TableClaims::FiledHandles(
    absl::Span<const FigureWindow> windows) {
  return Handles(table_.FiledSlots(windows));
}

absl::StatusOr<std::vector<size_t>> TableClaims::FiledCounts(absl::Span<const FiledDay> days) {
  std::vector<size_t> counts;
  counts.reserve(days.size());
  for (const FiledDay& d : days) counts.push_back(table_.FiledCount(d.key, d.day));
  return counts;
}

absl::StatusOr<std::vector<std::vector<v1::Flag>>> TableClaims::FlagsOf(
    absl::Span<const Handle> handles) {
  std::vector<uint32_t> slots;
  slots.reserve(handles.size());
  for (Handle h : handles) slots.push_back(Slot(h));
  return table_.FlagsOf(slots);
}

void TableClaims::SetContested(Handle claim, const std::vector<v1::Flag>& flags) {
  if (writable_ != nullptr) writable_->SetContested(Slot(claim), flags);
}

absl::Status TableClaims::ForEachContestedFigure(const std::optional<std::string>& after,
                                                 const ContestedVisit& visit) {
  const ClaimTable::ContestedFigures& contested = table_.contested_figures();
  std::vector<Handle> claims;
  for (auto it = after ? contested.upper_bound(*after) : contested.begin(); it != contested.end();
       ++it) {
    claims.clear();
    for (uint32_t slot : it->second) claims.push_back(slot);  // in ingest order
    if (!visit(it->first, claims)) break;
  }
  return absl::OkStatus();
}

bool TableClaims::VisitSlots(const ClaimTable::Slots& slots, std::optional<uint64_t> after_seq,
                             const QueryVisit& visit) {
  for (auto it = after_seq ? slots.upper_bound(ClaimTable::SeqKey{*after_seq}) : slots.begin();
       it != slots.end(); ++it) {
    if (!visit(0, table_.Seq(*it), *it)) return false;
  }
  return true;
}

absl::Status TableClaims::ForEachQueryCandidate(const v1::QueryClaimsRequest& request,
                                                const std::optional<PagePosition>& after,
                                                const QueryVisit& visit) {
  const std::optional<uint64_t> after_seq =
      after ? std::optional<uint64_t>(after->secondary) : std::nullopt;
  if (!request.article_id().empty()) {
    // Ascending: an article's claims are numbered in order.
    for (uint32_t slot : table_.ArticleClaims(request.article_id())) {
      const uint64_t seq = table_.Seq(slot);
      if (after_seq && seq <= *after_seq) continue;
      if (!visit(0, seq, slot)) break;
    }
    return absl::OkStatus();
  }
  if (!request.location().empty() || !request.source().empty() ||
      request.metric() != v1::METRIC_UNSPECIFIED) {
    const ClaimTable::Slots* slots = LeadingIndex(table_, request);
    if (slots != nullptr) VisitSlots(*slots, after_seq, visit);
    return absl::OkStatus();
  }
  if (request.has_since() || request.has_until()) {
    const auto& by_date = table_.claims_by_date();
    using Key = ClaimTable::DateSeqKey;
    for (auto it = after ? by_date.upper_bound(Key{after->primary, after->secondary})
                         : by_date.lower_bound(Key{request.since().seconds(), 0});
         it != by_date.end(); ++it) {
      if (request.has_until() && it->seconds() > request.until().seconds()) break;
      if (!visit(it->seconds(), table_.Seq(it->slot), it->slot)) break;
    }
    return absl::OkStatus();
  }
  VisitSlots(table_.claims_by_seq(), after_seq, visit);
  return absl::OkStatus();
}

v1::GetStatsResponse TableStats(const ClaimTable& table) {
  const ClaimTable::Counts counts = table.counts();
  v1::GetStatsResponse stats;
  stats.set_articles(counts.articles);
  stats.set_claims(counts.claims);
  stats.set_figures(counts.figures);
  stats.set_conflicts(counts.contested_figures);
  return stats;
}

}  // namespace claimcheck
