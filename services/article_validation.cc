#include "services/article_validation.h"

#include "absl/strings/str_cat.h"
#include "extractors/folded_text.h"
#include "store/store_record.h"

namespace claimcheck {
namespace {

// An id in a message: its start, when it is too long to print whole.
std::string Shown(absl::string_view id) {
  constexpr size_t kShown = 80;
  if (id.size() <= kShown) return std::string(id);
  return absl::StrCat(id.substr(0, kShown), "... (", id.size(), " bytes)");
}

}  // namespace

absl::Status ValidateTimestamp(absl::string_view field,
                               const google::protobuf::Timestamp& timestamp) {
  if (TimestampInRange(timestamp)) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat(
      field, " is {seconds: ", timestamp.seconds(), ", nanos: ", timestamp.nanos(),
      "}, outside the years 1-9999 a timestamp may name (nanos must lie in [0, 999999999])"));
}

absl::Status ValidateArticle(const v1::Article& article, const ArticleLimits& limits) {
  if (article.id().empty()) {
    return absl::InvalidArgumentError("article.id is empty; every article needs a stable id");
  }
  if (article.id().size() > limits.max_id_bytes) {
    return absl::InvalidArgumentError(
        absl::StrCat("article ", Shown(article.id()), ": the id is ", article.id().size(),
                     " bytes, over the server's limit of ", limits.max_id_bytes));
  }
  if (article.text().size() > limits.max_text_bytes) {
    return absl::InvalidArgumentError(
        absl::StrCat("article ", article.id(), ": text is ", article.text().size(),
                     " bytes, over this server's limit of ", limits.max_text_bytes,
                     " (--max_article_bytes)"));
  }
  if (!IsValidUtf8(article.text())) {
    return absl::InvalidArgumentError(
        absl::StrCat("article ", article.id(), ": text is not valid UTF-8"));
  }
  if (article.has_published_at()) {
    return ValidateTimestamp(absl::StrCat("article ", article.id(), ": published_at"),
                             article.published_at());
  }
  return absl::OkStatus();
}

absl::Status CheckClaimCount(absl::string_view article_id, size_t claims,
                             const ArticleLimits& limits) {
  if (claims <= limits.max_claims) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat(
      "article ", article_id, " yields ", claims, " claims, over the server's limit of ",
      limits.max_claims, " per article; split it"));
}

}  // namespace claimcheck
