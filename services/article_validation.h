// Checks an incoming article before any work is spent on it: the limits the server promises.
#ifndef CLAIMCHECK_SERVICES_ARTICLE_VALIDATION_H_
#define CLAIMCHECK_SERVICES_ARTICLE_VALIDATION_H_

#include <cstddef>

#include "absl/status/status.h"
#include "claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

// INVALID_ARGUMENT, with a message naming the article, when its id is empty, its text is longer
// than `max_text_bytes` or is not UTF-8.
absl::Status ValidateArticle(const v1::Article& article, size_t max_text_bytes);

}  // namespace claimcheck

#endif  // CLAIMCHECK_SERVICES_ARTICLE_VALIDATION_H_
