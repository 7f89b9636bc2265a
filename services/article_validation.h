// Checks a request before any work is spent on it: the limits the server promises. Every
// problem is INVALID_ARGUMENT with a message naming the article and the limit.
//
// Usage:
//   ArticleLimits limits;  // or from the server's flags
//   absl::Status valid = ValidateArticle(request.article(), limits);
//   absl::Status fits = CheckClaimCount(article.id(), claims.size(), limits);
//
// Thread safety: pure functions.
#ifndef CLAIMCHECK_SERVICES_ARTICLE_VALIDATION_H_
#define CLAIMCHECK_SERVICES_ARTICLE_VALIDATION_H_

#include <cstddef>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "claimcheck/v1/claimcheck.pb.h"
#include "google/protobuf/timestamp.pb.h"

namespace claimcheck {

struct ArticleLimits {
  // Largest article text, in bytes (--max_article_bytes).
  size_t max_text_bytes = 1 << 20;
  // Longest article id, in bytes (--max_id_bytes): each claim id repeats it.
  size_t max_id_bytes = 1024;
  // Most claims one article may yield (--max_claims_per_article): what one log record, one
  // answer and one cross-check may cost is bounded by it.
  size_t max_claims = 20000;
};

// INVALID_ARGUMENT, naming the article, when its id is empty or over the limit, its text is over
// the limit or not UTF-8, or its published_at is outside years 1-9999.
absl::Status ValidateArticle(const v1::Article& article, const ArticleLimits& limits);

// INVALID_ARGUMENT naming `field` when `timestamp` is outside years 1-9999 (RFC 3339's range, the
// one google.protobuf.Timestamp documents) or its nanos outside [0, 1e9).
absl::Status ValidateTimestamp(absl::string_view field, const google::protobuf::Timestamp& timestamp);

// INVALID_ARGUMENT when an article yields more claims than the limit.
absl::Status CheckClaimCount(absl::string_view article_id, size_t claims,
                             const ArticleLimits& limits);

}  // namespace claimcheck

#endif  // CLAIMCHECK_SERVICES_ARTICLE_VALIDATION_H_
