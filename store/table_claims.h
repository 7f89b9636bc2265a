// TableClaims: the in-memory ClaimTable seen through StoredClaims (stored_claims.h), so that
// ArticleChange and the answers (claim_answers.h) run over it as over the Redis backend. A
// handle is a ClaimTable slot. Everything is read in place; nothing fails.
//
// Usage (by ClaimStore, under its lock):
//   TableClaims reads(table);        // shared lock: ListConflicts, QueryClaims
//   TableClaims writes(&table);      // exclusive lock: SetContested() marks the table
//
// Thread safety: as the ClaimTable it views: the caller holds the table's lock, shared for a
// read-only TableClaims, exclusive for one made from a ClaimTable*.
#ifndef CLAIMCHECK_STORE_TABLE_CLAIMS_H_
#define CLAIMCHECK_STORE_TABLE_CLAIMS_H_

#include "store/claim_table.h"
#include "store/stored_claims.h"

namespace claimcheck {

class TableClaims final : public StoredClaims {
 public:
  // Read-only: SetContested() must not be called.
  explicit TableClaims(const ClaimTable& table) : table_(table), writable_(nullptr) {}
  explicit TableClaims(ClaimTable* table) : table_(*table), writable_(table) {}

  absl::Status FindFiled(absl::Span<const FigureWindow> windows,
                         FoundClaims* found) const override {
    return table_.FindFiled(windows, found);
  }
  absl::StatusOr<std::vector<Handle>> ArticleClaims(std::string_view article_id) override;
  absl::StatusOr<std::vector<Handle>> FiledHandles(absl::Span<const FigureWindow> windows) override;
  absl::StatusOr<std::vector<size_t>> FiledCounts(absl::Span<const FiledDay> days) override;
  absl::StatusOr<std::vector<std::vector<v1::Flag>>> FlagsOf(
      absl::Span<const Handle> handles) override;
  void SetContested(Handle claim, const std::vector<v1::Flag>& flags) override;
  v1::Claim ToClaim(Handle claim) const override { return table_.ToClaim(Slot(claim)); }
  ClaimFacts Facts(Handle claim) const override { return table_.Facts(Slot(claim)); }
  uint8_t ContestedKinds(Handle claim) const override {
    return table_.ContestedKinds(Slot(claim));
  }
  absl::Status ForEachContestedFigure(const std::optional<std::string>& after,
                                      const ContestedVisit& visit) override;
  absl::Status ForEachQueryCandidate(const v1::QueryClaimsRequest& request,
                                     const std::optional<PagePosition>& after,
                                     const QueryVisit& visit) override;

 private:
  static uint32_t Slot(Handle claim) { return static_cast<uint32_t>(claim); }
  static std::vector<Handle> Handles(const std::vector<uint32_t>& slots) {
    return std::vector<Handle>(slots.begin(), slots.end());
  }
  // Visits the claims of `slots` (in ingest order) numbered after `after_seq`; false when
  // `visit` stopped.
  bool VisitSlots(const ClaimTable::Slots& slots, std::optional<uint64_t> after_seq,
                  const QueryVisit& visit);

  const ClaimTable& table_;
  ClaimTable* const writable_;  // null: read-only
};

// How many articles, claims, figures and contested figures `table` holds.
v1::GetStatsResponse TableStats(const ClaimTable& table);

}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_TABLE_CLAIMS_H_
