// The store's answers to the read API: ListConflicts, QueryClaims and GetStats, built from a
// ClaimTable, with opaque page tokens (page_token.h) so that pages follow each other in a
// stable order while articles come and go.
//
// Usage (by ClaimStore, holding its mutex shared):
//   absl::StatusOr<v1::QueryClaimsResponse> page = QueryClaims(table, request);
//   if (page.ok() && !page->next_page_token().empty()) { ... ask again with that token ... }
//
// Orders: ListConflicts lists contested figures by key; QueryClaims lists claims in ingest order,
// or by date when only since/until filter them. A page token names the last item returned, so a
// claim ingested or removed between two pages shifts no other claim.
//
// Thread safety: plain functions that only read `table`; the caller keeps it unchanged during
// a call (ClaimTable's const methods may run concurrently with each other).
#ifndef CLAIMCHECK_STORE_CLAIM_ANSWERS_H_
#define CLAIMCHECK_STORE_CLAIM_ANSWERS_H_

#include "absl/status/statusor.h"
#include "claimcheck/v1/claimcheck.pb.h"
#include "store/claim_table.h"
#include "store/page_limits.h"

namespace claimcheck {

// Contested figures of the requested kinds (default: CONFLICT, REVISION, INCONSISTENT) whose
// claims pass the filters; each figure holds those claims, then the claims their flags name,
// with their current flags, the figure's distinct flags, date window and low/best/high.
// Pages hold limits.Clamp(request.page_size()) figures. INVALID_ARGUMENT for a page token this
// store did not issue for ListConflicts.
absl::StatusOr<v1::ListConflictsResponse> ListConflicts(const ClaimTable& table,
                                                        const v1::ListConflictsRequest& request,
                                                        const PageLimits& limits);

// Stored claims passing every filter, with their extractor flags (not the cross-check ones).
// Pages hold limits.Clamp(request.page_size()) claims. INVALID_ARGUMENT for a page token this
// store did not issue for QueryClaims.
absl::StatusOr<v1::QueryClaimsResponse> QueryClaims(const ClaimTable& table,
                                                    const v1::QueryClaimsRequest& request,
                                                    const PageLimits& limits);

// How many articles, claims, figures and contested figures are stored.
v1::GetStatsResponse Stats(const ClaimTable& table);

}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_CLAIM_ANSWERS_H_
