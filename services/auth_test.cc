#include "services/auth.h"

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

constexpr char kTokens[] =
    "# newsroom tokens\n"
    "\n"
    "w-secret writer\n"
    "  r-secret\treader  \n";

TEST(TokenTableTest, ParsesRolesSkippingCommentsAndBlankLines) {
  absl::StatusOr<TokenTable> table = TokenTable::Parse(kTokens);
  ASSERT_TRUE(table.ok()) << table.status();
  EXPECT_EQ(table->size(), 2u);
  EXPECT_TRUE(table->Authorize("Bearer w-secret", Access::kWrite).ok());
  EXPECT_TRUE(table->Authorize("Bearer r-secret", Access::kRead).ok());
}

TEST(TokenTableTest, ReaderCannotWrite) {
  TokenTable table = *TokenTable::Parse(kTokens);
  EXPECT_EQ(table.Authorize("Bearer r-secret", Access::kWrite).code(),
            absl::StatusCode::kPermissionDenied);
}

TEST(TokenTableTest, MissingMalformedOrUnknownTokenIsUnauthenticated) {
  TokenTable table = *TokenTable::Parse(kTokens);
  EXPECT_EQ(table.Authorize("", Access::kRead).code(), absl::StatusCode::kUnauthenticated);
  EXPECT_EQ(table.Authorize("w-secret", Access::kRead).code(), absl::StatusCode::kUnauthenticated);
  EXPECT_EQ(table.Authorize("Bearer nope", Access::kRead).code(),
            absl::StatusCode::kUnauthenticated);
  EXPECT_EQ(table.Authorize("Bearer ", Access::kRead).code(), absl::StatusCode::kUnauthenticated);
}

TEST(TokenTableTest, TheSchemeIsCaseInsensitive) {
  // RFC 7235: the authentication scheme is case-insensitive; the token is not.
  TokenTable table = *TokenTable::Parse(kTokens);
  EXPECT_TRUE(table.Authorize("bearer w-secret", Access::kWrite).ok());
  EXPECT_TRUE(table.Authorize("BEARER w-secret", Access::kWrite).ok());
  EXPECT_TRUE(table.Authorize("Bearer   r-secret", Access::kRead).ok());
  EXPECT_EQ(table.Authorize("bearer W-SECRET", Access::kRead).code(),
            absl::StatusCode::kUnauthenticated);
  EXPECT_EQ(table.Authorize("Bearerw-secret", Access::kRead).code(),
            absl::StatusCode::kUnauthenticated);
  EXPECT_EQ(table.Authorize("Basic w-secret", Access::kRead).code(),
            absl::StatusCode::kUnauthenticated);
}

TEST(TokenTableTest, PrefixesAndExtensionsOfATokenAreUnknown) {
  TokenTable table = *TokenTable::Parse(kTokens);
  for (const char* near : {"w-secre", "w-secret2", "w-secreT", "x-secret", "w"}) {
    EXPECT_EQ(table.Authorize(std::string("Bearer ") + near, Access::kRead).code(),
              absl::StatusCode::kUnauthenticated)
        << near;
  }
}

TEST(BearerTokenTest, TakesTheTokenAfterAnyCaseOfTheScheme) {
  EXPECT_EQ(BearerToken("Bearer abc"), "abc");
  EXPECT_EQ(BearerToken("bEaReR  abc "), "abc");
  EXPECT_EQ(BearerToken("Bearer"), "");
  EXPECT_EQ(BearerToken("Token abc"), "");
}

TEST(ConstantTimeEqualsTest, ComparesWholeStrings) {
  EXPECT_TRUE(ConstantTimeEquals("secret", "secret"));
  EXPECT_TRUE(ConstantTimeEquals("", ""));
  EXPECT_FALSE(ConstantTimeEquals("secret", "secreT"));
  EXPECT_FALSE(ConstantTimeEquals("secret", "secret!"));
  EXPECT_FALSE(ConstantTimeEquals("secret", "secre"));
  EXPECT_FALSE(ConstantTimeEquals("", "x"));
  EXPECT_FALSE(ConstantTimeEquals("x", ""));
}

TEST(TokenTableTest, BadLinesNameTheirLineNumber) {
  absl::StatusOr<TokenTable> bad_role = TokenTable::Parse("a writer\nb admin\n");
  ASSERT_EQ(bad_role.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(bad_role.status().message().find("line 2"), absl::string_view::npos);

  EXPECT_EQ(TokenTable::Parse("lonely\n").status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(TokenTable::Parse("a writer extra\n").status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(TokenTable::Parse("a writer\na reader\n").status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(TokenTableTest, EmptyFileIsRejectedRatherThanOpeningTheServer) {
  EXPECT_EQ(TokenTable::Parse("# only a comment\n").status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(TokenTableTest, UnreadableFileIsNotFound) {
  EXPECT_EQ(TokenTable::ReadFile("/nonexistent/tokens").status().code(),
            absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace claimcheck
