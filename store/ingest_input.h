// What every backend checks and fills in an article and its claims before storing or checking
// them: ids, spans, dates within years 1-9999, and the flags and figure keys the store computes
// itself cleared. One place, so the in-memory store and the Redis Cluster store accept and refuse
// exactly the same input.
//
// Usage (a store's Ingest):
//   if (absl::Status s = CheckTimestamps(article, claims); !s.ok()) return s;
//   if (absl::Status s = CheckArticleFields(article, claims); !s.ok()) return s;
//   if (absl::Status s = PrepareClaims(article, &claims); !s.ok()) return s;
//
// Thread safety: pure functions.
#ifndef CLAIMCHECK_STORE_INGEST_INPUT_H_
#define CLAIMCHECK_STORE_INGEST_INPUT_H_

#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "claimcheck/v1/claimcheck.pb.h"
#include "crosscheck/filed_claims.h"

namespace claimcheck {

// The timestamps of `article` and its claims outside years 1-9999 cleared; true if there were any.
// Such a date means nothing, and the store's date arithmetic is only defined inside that range.
bool ClearTimestampsOutOfRange(v1::Article* article, std::vector<v1::Claim>* claims);

// INVALID_ARGUMENT when the article or a claim carries a timestamp outside years 1-9999.
absl::Status CheckTimestamps(const v1::Article& article, const std::vector<v1::Claim>& claims);

// INVALID_ARGUMENT when a claim names another title, url or outlet than its article's: the
// store keeps the article's once and fills it into every claim it returns.
absl::Status CheckArticleFields(const v1::Article& article, const std::vector<v1::Claim>& claims);

// Ids and article ids filled in ("<article_id>#<n>"), spans checked against the text, the
// article's date given to undated claims, flags other than the extractor's, figure keys and the
// article's title, url and outlet (kept on the article) cleared. INVALID_ARGUMENT for a claim of
// another article, a repeated claim id, or a span outside the text.
absl::Status PrepareClaims(const v1::Article& article, std::vector<v1::Claim>* claims);

// ClaimStore::Check over any backend: `claims` (of `article`, which is not stored) with their
// figure keys and flags as if the article were filed among `filed`, and the article's title, url
// and outlet. Bad claims are still checked
// as given (Check reports, it never stores), undated where their dates are out of range.
// Errors: those of filed.FindFiled().
absl::StatusOr<std::vector<v1::Claim>> CheckAsIfFiled(const v1::Article& article,
                                                      std::vector<v1::Claim> claims,
                                                      const FiledClaims& filed);

}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_INGEST_INPUT_H_
