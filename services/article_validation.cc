#include "services/article_validation.h"

#include "absl/strings/str_cat.h"

namespace claimcheck {

bool IsValidUtf8(absl::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t length;
    unsigned char min_second = 0x80, max_second = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      length = 3;
      if (c == 0xE0) min_second = 0xA0;  // overlong
      if (c == 0xED) max_second = 0x9F;  // UTF-16 surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      length = 4;
      if (c == 0xF0) min_second = 0x90;  // overlong
      if (c == 0xF4) max_second = 0x8F;  // above U+10FFFF
    } else {
      return false;
    }
    if (i + length > n) return false;
    if (s[i + 1] < min_second || s[i + 1] > max_second) return false;
    for (size_t k = 2; k < length; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return false;
    }
    i += length;
  }
  return true;
}

absl::Status ValidateArticle(const v1::Article& article, size_t max_text_bytes) {
  if (article.id().empty()) {
    return absl::InvalidArgumentError("article.id is empty; every article needs a stable id");
  }
  if (article.text().size() > max_text_bytes) {
    return absl::InvalidArgumentError(
        absl::StrCat("article ", article.id(), ": text is ", article.text().size(),
                     " bytes, over the server's limit of ", max_text_bytes));
  }
  if (!IsValidUtf8(article.text())) {
    return absl::InvalidArgumentError(
        absl::StrCat("article ", article.id(), ": text is not valid UTF-8"));
  }
  return absl::OkStatus();
}

}  // namespace claimcheck
