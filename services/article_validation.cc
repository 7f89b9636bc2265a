#include "services/article_validation.h"

#include "absl/strings/str_cat.h"
#include "extractors/folded_text.h"

namespace claimcheck {

absl::Status ValidateArticle(const v1::Article& article, size_t max_text_bytes) {
  if (article.id().empty()) {
    return absl::InvalidArgumentError("article.id is empty; every article needs a stable id");
  }
  if (article.text().size() > max_text_bytes) {
    return absl::InvalidArgumentError(
        absl::StrCat("article ", article.id(), ": text is ", article.text().size(),
                     " bytes, over this server's limit of ", max_text_bytes,
                     " (--max_article_bytes)"));
  }
  if (!IsValidUtf8(article.text())) {
    return absl::InvalidArgumentError(
        absl::StrCat("article ", article.id(), ": text is not valid UTF-8"));
  }
  return absl::OkStatus();
}

}  // namespace claimcheck
