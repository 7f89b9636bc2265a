// libFuzzer target: ClaimExtractor::Extract on arbitrary bytes as article text, with the real
// lexicons. Besides "no crash, no sanitizer report", it checks the contract of claim_extractor.h:
// non-UTF-8 text is INVALID_ARGUMENT, and every claim's number span lies inside the text.
//
// The first byte picks the declared language ("", "fr", "en") so both grammars and the language
// detector are reached; the rest is the text. Invalid UTF-8 is also retried with each bad byte
// replaced by '?', so mutations that break one byte still exercise the extractor.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <string>

#include "extractors/claim_extractor.h"
#include "extractors/folded_text.h"
#include "fuzz/fuzz_support.h"

namespace claimcheck {
namespace {

void CheckClaims(const v1::Article& article, const std::vector<v1::Claim>& claims) {
  for (const v1::Claim& claim : claims) {
    const v1::Span& span = claim.number_span();
    FuzzCheck(span.start() <= span.end() && span.end() <= article.text().size(),
              "number_span outside the text");
    FuzzCheck(claim.article_id() == article.id(), "claim names another article");
  }
}

void ExtractOnce(const ClaimExtractor& extractor, const v1::Article& article) {
  absl::StatusOr<std::vector<v1::Claim>> claims = extractor.Extract(article);
  if (IsValidUtf8(article.text())) {
    FuzzCheck(claims.ok(), "valid UTF-8 rejected");
    CheckClaims(article, *claims);
  } else {
    FuzzCheck(absl::IsInvalidArgument(claims.status()), "invalid UTF-8 not INVALID_ARGUMENT");
  }
}

}  // namespace
}  // namespace claimcheck

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimcheck;  // NOLINT(google-build-using-namespace): fuzzer entry point
  static const ClaimExtractor& extractor = FuzzExtractor();
  if (size == 0) return 0;
  static const char* const kLanguages[] = {"", "fr", "en"};
  v1::Article article;
  article.set_id("fuzz");
  article.set_language(kLanguages[data[0] % 3]);
  article.set_text(std::string(reinterpret_cast<const char*>(data + 1), size - 1));
  ExtractOnce(extractor, article);
  if (!IsValidUtf8(article.text())) {
    article.set_text(ReplaceInvalidUtf8(article.text()));
    ExtractOnce(extractor, article);
  }
  return 0;
}
