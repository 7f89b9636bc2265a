#include "store/page_token.h"

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST(PageTokenTest, RoundTrips) {
  const std::string token = EncodePageToken(PageKind::kFigures, {-5, 42, "KILLED|person|kyiv"});
  absl::StatusOr<PagePosition> at = DecodePageToken(PageKind::kFigures, token);
  ASSERT_TRUE(at.ok()) << at.status();
  EXPECT_EQ(at->primary, -5);
  EXPECT_EQ(at->secondary, 42u);
  EXPECT_EQ(at->key, "KILLED|person|kyiv");
}

TEST(PageTokenTest, RejectsForeignTamperedAndOtherKindTokens) {
  const std::string token = EncodePageToken(PageKind::kClaims, {1, 2, ""});
  EXPECT_EQ(DecodePageToken(PageKind::kFigures, token).status().code(),
            absl::StatusCode::kInvalidArgument);
  std::string tampered = token;
  tampered[5] = tampered[5] == 'A' ? 'B' : 'A';
  EXPECT_EQ(DecodePageToken(PageKind::kClaims, tampered).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(DecodePageToken(PageKind::kClaims, "garbage!").status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(DecodePageToken(PageKind::kClaims, "").status().code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace claimcheck
