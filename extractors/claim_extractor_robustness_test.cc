// Hostile and degenerate text: the extractor must answer (an error or sane claims), never crash,
// never hang. Speed on these inputs is measured by claim_extractor_benchmark, not here.
#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "claimcheck/v1/claimcheck.pb.h"
#include "extractors/claim_extractor.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

using ::testing::IsEmpty;

class ClaimExtractorRobustnessTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    absl::StatusOr<std::unique_ptr<ClaimExtractor>> created =
        ClaimExtractor::Create(DefaultLexiconDir());
    ASSERT_TRUE(created.ok()) << created.status();
    extractor_ = created->release();
  }
  static void TearDownTestSuite() {
    delete extractor_;
    extractor_ = nullptr;
  }

  static absl::StatusOr<std::vector<v1::Claim>> Extract(std::string text,
                                                        const std::string& language = "") {
    v1::Article article;
    article.set_id("robust");
    article.set_language(language);
    article.set_text(std::move(text));
    return extractor_->Extract(article);
  }

  static const ClaimExtractor* extractor_;
};

const ClaimExtractor* ClaimExtractorRobustnessTest::extractor_ = nullptr;

std::string Repeat(const std::string& unit, size_t bytes) {
  std::string text;
  text.reserve(bytes + unit.size());
  while (text.size() < bytes) text.append(unit);
  text.resize(bytes);
  return text;
}

// Every claim's numbers are finite and its spans lie inside the text, in order.
void ExpectSane(const std::vector<v1::Claim>& claims, const std::string& text) {
  for (const v1::Claim& claim : claims) {
    const v1::Quantity& q = claim.quantity();
    EXPECT_TRUE(std::isfinite(q.value())) << claim.id() << " " << q.text();
    EXPECT_TRUE(std::isfinite(q.lower())) << claim.id();  // 0 when absent
    EXPECT_TRUE(std::isfinite(q.upper())) << claim.id();
    if (q.has_lower() && q.has_upper()) {
      EXPECT_LE(q.lower(), q.upper()) << claim.id();
    }
    EXPECT_LE(claim.number_span().start(), claim.number_span().end()) << claim.id();
    EXPECT_LE(claim.number_span().end(), text.size()) << claim.id();
  }
}

TEST_F(ClaimExtractorRobustnessTest, EmptyTextHasNoClaims) {
  for (const char* language : {"", "fr", "en"}) {
    absl::StatusOr<std::vector<v1::Claim>> claims = Extract("", language);
    ASSERT_TRUE(claims.ok()) << claims.status();
    EXPECT_THAT(*claims, IsEmpty()) << "language '" << language << "'";
  }
}

TEST_F(ClaimExtractorRobustnessTest, WhitespaceOnlyHasNoClaims) {
  absl::StatusOr<std::vector<v1::Claim>> claims = Extract(" \n\t\n\xC2\xA0 \xE2\x80\xAF\n");
  ASSERT_TRUE(claims.ok()) << claims.status();
  EXPECT_THAT(*claims, IsEmpty());
}

TEST_F(ClaimExtractorRobustnessTest, InvalidUtf8IsInvalidArgument) {
  const std::vector<std::string> invalid = {
      "Au moins 35 drones \xFF ont \xC3 été abattus.",  // stray bytes
      "Latin-1: 12 bless\xE9s \xE0 Kharkiv.",           // é and à in ISO-8859-1
      "\xC0\xAF overlong slash, 5 killed",                // overlong encoding
      "\xED\xA0\x80 surrogate, 5 killed",                 // UTF-16 surrogate
      "truncated at the end: 5 killed \xE2\x80",
  };
  for (const std::string& text : invalid) {
    absl::StatusOr<std::vector<v1::Claim>> claims = Extract(text);
    EXPECT_EQ(claims.status().code(), absl::StatusCode::kInvalidArgument) << text;
  }
}

TEST_F(ClaimExtractorRobustnessTest, TenMegabytesOfDigitsGiveNoInfiniteValue) {
  const std::string text = Repeat("0123456789", 10 << 20);
  absl::StatusOr<std::vector<v1::Claim>> claims = Extract(text, "fr");
  ASSERT_TRUE(claims.ok()) << claims.status();
  // A run of ten million digits is no count anyone reports.
  EXPECT_THAT(*claims, IsEmpty());
  ExpectSane(*claims, text);
}

TEST_F(ClaimExtractorRobustnessTest, LongDigitRunInsideASentenceIsNotAClaim) {
  const std::string text =
      "Le ministère a indiqué que " + std::string(400, '9') + " soldats ont été tués.";
  absl::StatusOr<std::vector<v1::Claim>> claims = Extract(text, "fr");
  ASSERT_TRUE(claims.ok()) << claims.status();
  ExpectSane(*claims, text);
}

TEST_F(ClaimExtractorRobustnessTest, PunctuationAloneHasNoClaims) {
  const std::string text = Repeat(".,;:!?()[]\"'-/%\n\xC2\xAB\xC2\xBB\xE2\x80\x94", 1 << 20);
  absl::StatusOr<std::vector<v1::Claim>> claims = Extract(text);
  ASSERT_TRUE(claims.ok()) << claims.status();
  EXPECT_THAT(*claims, IsEmpty());
}

TEST_F(ClaimExtractorRobustnessTest, NulBytesDoNotHideOrInventClaims) {
  // NUL is valid UTF-8; a figure between NULs is still read, and the spans stay in the text.
  static constexpr char kWithNuls[] = "\0\0Au moins 35 drones ont \0 \xC3\xA9t\xC3\xA9 abattus.\0\0";
  std::string text(kWithNuls, sizeof(kWithNuls) - 1);
  text += std::string(1000, '\0');
  absl::StatusOr<std::vector<v1::Claim>> claims = Extract(text, "fr");
  ASSERT_TRUE(claims.ok()) << claims.status();
  ExpectSane(*claims, text);
  ASSERT_EQ(claims->size(), 1u);
  EXPECT_EQ((*claims)[0].quantity().lower(), 35);
  EXPECT_EQ(text.substr((*claims)[0].number_span().start(),
                        (*claims)[0].number_span().end() - (*claims)[0].number_span().start()),
            "35");

  absl::StatusOr<std::vector<v1::Claim>> only_nuls = Extract(std::string(1 << 16, '\0'));
  ASSERT_TRUE(only_nuls.ok()) << only_nuls.status();
  EXPECT_THAT(*only_nuls, IsEmpty());
}

TEST_F(ClaimExtractorRobustnessTest, VeryLongWordsAroundAFigure) {
  const std::string word(1 << 20, 'a');
  const std::string text = word + " 12 soldats ont été tués " + word + ".";
  absl::StatusOr<std::vector<v1::Claim>> claims = Extract(text, "fr");
  ASSERT_TRUE(claims.ok()) << claims.status();
  ExpectSane(*claims, text);
  ASSERT_EQ(claims->size(), 1u);
  EXPECT_EQ((*claims)[0].quantity().value(), 12);

  // A million-letter word glued to digits is an identifier, not a count.
  absl::StatusOr<std::vector<v1::Claim>> glued = Extract(word + "12" + word, "fr");
  ASSERT_TRUE(glued.ok()) << glued.status();
  EXPECT_THAT(*glued, IsEmpty());
}

TEST_F(ClaimExtractorRobustnessTest, RepeatedGroupedMillionsStaySane) {
  const std::string text = Repeat("1 000 000 ", 1 << 20);
  absl::StatusOr<std::vector<v1::Claim>> claims = Extract(text, "fr");
  ASSERT_TRUE(claims.ok()) << claims.status();
  ExpectSane(*claims, text);
}

TEST_F(ClaimExtractorRobustnessTest, RepeatedHedgesStaySane) {
  const std::string text = Repeat("non vérifié 5. ", 1 << 20);
  absl::StatusOr<std::vector<v1::Claim>> claims = Extract(text, "fr");
  ASSERT_TRUE(claims.ok()) << claims.status();
  ExpectSane(*claims, text);
}

// Found by fuzz/extractor_fuzzer: a conjunction as the text's last word made the metric finder
// read the token after it, past the end (ASan: heap-buffer-overflow in MetricFinder::At).
TEST_F(ClaimExtractorRobustnessTest, ConjunctionAsLastWordAfterANumber) {
  for (const std::string text :
       {"3 drones or", "12 morts et", "pas89.cenTs personnes ands and \xc3\xa9t"}) {
    absl::StatusOr<std::vector<v1::Claim>> claims = Extract(text, "fr");
    ASSERT_TRUE(claims.ok()) << claims.status();
    ExpectSane(*claims, text);
  }
}

}  // namespace
}  // namespace claimcheck
