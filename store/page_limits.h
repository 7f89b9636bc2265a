// PageLimits: how many items one page of a listing holds, the one definition for every listing
// (ListConflicts' figures, QueryClaims' claims) and every store backend. The service passes a
// request's page_size through; the store clamps it here, once.
//
// Usage:
//   PageLimits limits;                                      // 100 by default, at most 1000
//   const int32_t page_size = limits.Clamp(request.page_size());
//
// Thread safety: a value type.
#ifndef CLAIMCHECK_STORE_PAGE_LIMITS_H_
#define CLAIMCHECK_STORE_PAGE_LIMITS_H_

#include <algorithm>
#include <cstdint>

namespace claimcheck {

struct PageLimits {
  int32_t default_size = 100;  // when a request gives no page_size (0 or less)
  int32_t max_size = 1000;     // the most a request may ask for

  // The page size to use for a request's `page_size`: default_size when it is 0 or less, else
  // at most max_size. Always at least 1 for limits of at least 1.
  int32_t Clamp(int32_t page_size) const {
    if (page_size <= 0) return default_size;
    return std::min(page_size, max_size);
  }
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_PAGE_LIMITS_H_
