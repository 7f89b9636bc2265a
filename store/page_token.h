// Opaque page tokens for ListConflicts and QueryClaims: a position in the store's order, checked
// by a CRC so a token the store did not issue is rejected rather than misread.
//
// Usage:
//   std::string token = EncodePageToken(PageKind::kClaims, {date, seq, ""});
//   absl::StatusOr<PagePosition> at = DecodePageToken(PageKind::kClaims, token);
//
// Thread safety: pure functions.
#ifndef CLAIMCHECK_STORE_PAGE_TOKEN_H_
#define CLAIMCHECK_STORE_PAGE_TOKEN_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace claimcheck {

enum class PageKind : char { kClaims = 'Q', kFigures = 'L' };

// The last item a page returned: the next page starts after it.
struct PagePosition {
  int64_t primary = 0;     // e.g. a date, when the order is by date
  uint64_t secondary = 0;  // e.g. the claim's sequence number
  std::string key;         // e.g. a figure key
};

std::string EncodePageToken(PageKind kind, const PagePosition& position);

// INVALID_ARGUMENT for a token that is malformed, fails its check, or is of the other kind.
absl::StatusOr<PagePosition> DecodePageToken(PageKind kind, absl::string_view token);

}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_PAGE_TOKEN_H_
