#include "extractors/extract_for_test.h"

#include <cctype>
#include <memory>

#include "extractors/claim_extractor.h"
#include "gtest/gtest.h"

namespace claimcheck {

std::vector<v1::Claim> ExtractForTest(const std::string& text) {
  // Loaded once per test binary: the lexicons take longer to read than any test takes to run.
  static const ClaimExtractor* const extractor = [] {
    auto created = ClaimExtractor::Create(DefaultLexiconDir());
    EXPECT_TRUE(created.ok()) << created.status();
    return created.ok() ? created->release() : nullptr;
  }();
  if (extractor == nullptr) return {};
  v1::Article article;
  article.set_id("test");
  article.set_text(text);
  auto claims = extractor->Extract(article);
  EXPECT_TRUE(claims.ok()) << claims.status();
  return claims.ok() ? *std::move(claims) : std::vector<v1::Claim>{};
}

const v1::Claim* ClaimAt(const std::vector<v1::Claim>& claims, const std::string& text,
                         const std::string& number) {
  // The first occurrence that is a whole word: "one" is not the one in "drones".
  const auto word_char = [&](size_t i) {
    return i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) != 0);
  };
  size_t at = text.find(number);
  while (at != std::string::npos &&
         ((at > 0 && word_char(at - 1)) || word_char(at + number.size()))) {
    at = text.find(number, at + 1);
  }
  if (at == std::string::npos) return nullptr;
  for (const v1::Claim& c : claims) {
    if (c.number_span().start() <= at && at < c.number_span().end()) return &c;
  }
  return nullptr;
}

}  // namespace claimcheck
