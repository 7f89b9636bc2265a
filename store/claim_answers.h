// The store's answers to the read API: ListConflicts and QueryClaims, built from any backend's
// StoredClaims (stored_claims.h: the in-memory table, a Redis Cluster), with opaque page tokens
// (page_token.h) so that pages follow each other in a stable order while articles come and go.
// The backend walks its own indexes; filters, pages, tokens and what a figure lists are decided
// here, once for every backend.
//
// Usage (by a ClaimStore; the in-memory one holding its mutex shared):
//   TableClaims claims(table);
//   absl::StatusOr<v1::QueryClaimsResponse> page = QueryClaims(claims, request, limits);
//   if (page.ok() && !page->next_page_token().empty()) { ... ask again with that token ... }
//
// Orders: ListConflicts lists contested figures by key; QueryClaims lists claims in ingest order,
// or by date when only since/until filter them. A page token names the last item returned, so a
// claim ingested or removed between two pages shifts no other claim.
//
// Errors: INVALID_ARGUMENT for a page token this store did not issue; the backend's own (a Redis
// Cluster that is down: UNAVAILABLE).
//
// Thread safety: plain functions that only read through `claims` (never SetContested); what
// `claims` views must not change during a call, as its implementation says.
#ifndef CLAIMCHECK_STORE_CLAIM_ANSWERS_H_
#define CLAIMCHECK_STORE_CLAIM_ANSWERS_H_

#include "absl/status/statusor.h"
#include "claimcheck/v1/claimcheck.pb.h"
#include "store/page_limits.h"
#include "store/stored_claims.h"

namespace claimcheck {

// Contested figures of the requested kinds (default: CONFLICT, REVISION, INCONSISTENT) whose
// claims pass the filters; each figure holds those claims, then the claims their flags name,
// with their current flags, the figure's distinct flags, date window and low/best/high.
// Pages hold limits.Clamp(request.page_size()) figures. INVALID_ARGUMENT for a page token this
// store did not issue for ListConflicts.
absl::StatusOr<v1::ListConflictsResponse> ListConflicts(StoredClaims& claims,
                                                        const v1::ListConflictsRequest& request,
                                                        const PageLimits& limits);

// Stored claims passing every filter, with their extractor flags (not the cross-check ones).
// Pages hold limits.Clamp(request.page_size()) claims. INVALID_ARGUMENT for a page token this
// store did not issue for QueryClaims.
absl::StatusOr<v1::QueryClaimsResponse> QueryClaims(StoredClaims& claims,
                                                    const v1::QueryClaimsRequest& request,
                                                    const PageLimits& limits);

}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_CLAIM_ANSWERS_H_
