#include "services/listen_policy.h"

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST(IsLoopbackAddressTest, RecognisesLoopbackForms) {
  EXPECT_TRUE(IsLoopbackAddress("127.0.0.1:50051"));
  EXPECT_TRUE(IsLoopbackAddress("127.0.0.1:0"));
  EXPECT_TRUE(IsLoopbackAddress("localhost:8080"));
  EXPECT_TRUE(IsLoopbackAddress("[::1]:50051"));
  EXPECT_TRUE(IsLoopbackAddress("ipv4:127.1.2.3:9"));
}

TEST(IsLoopbackAddressTest, RejectsEverythingElse) {
  EXPECT_FALSE(IsLoopbackAddress("0.0.0.0:50051"));
  EXPECT_FALSE(IsLoopbackAddress("[::]:50051"));
  EXPECT_FALSE(IsLoopbackAddress("10.0.0.7:50051"));
  EXPECT_FALSE(IsLoopbackAddress("localhost.evil.example:1"));
  EXPECT_FALSE(IsLoopbackAddress("[::1"));
  // Names that merely start like a loopback address resolve wherever their owner wants.
  EXPECT_FALSE(IsLoopbackAddress("127.0.0.1.nip.io:50051"));
  EXPECT_FALSE(IsLoopbackAddress("127.evil.example:1"));
  EXPECT_FALSE(IsLoopbackAddress("127.0.0.1.:1"));
  EXPECT_FALSE(IsLoopbackAddress("127.0.0.256:1"));
  EXPECT_FALSE(IsLoopbackAddress("[::2]:1"));
}

TEST(IsLoopbackAddressTest, AcceptsOtherSpellingsOfLoopback) {
  EXPECT_TRUE(IsLoopbackAddress("LOCALHOST:1"));
  EXPECT_TRUE(IsLoopbackAddress("[0:0:0:0:0:0:0:1]:1"));
  EXPECT_TRUE(IsLoopbackAddress("[::ffff:127.0.0.1]:1"));
  EXPECT_TRUE(IsLoopbackAddress("unix:/run/claimcheck.sock"));
}

TEST(ListenWarningTest, TokensInClearOffLoopbackAreNamed) {
  EXPECT_EQ(ListenWarning("127.0.0.1:1", /*has_tokens=*/true, /*has_tls=*/false), "");
  EXPECT_EQ(ListenWarning("0.0.0.0:1", /*has_tokens=*/true, /*has_tls=*/true), "");
  EXPECT_EQ(ListenWarning("0.0.0.0:1", /*has_tokens=*/false, /*has_tls=*/false), "");
  const std::string warning = ListenWarning("0.0.0.0:1", /*has_tokens=*/true, /*has_tls=*/false);
  EXPECT_NE(warning.find("in clear"), std::string::npos) << warning;
  EXPECT_NE(warning.find("--tls_cert"), std::string::npos) << warning;
}

TEST(CheckListenPolicyTest, OpenServerOnlyOnLoopbackUnlessForced) {
  EXPECT_TRUE(CheckListenPolicy("127.0.0.1:1", false, false).ok());
  EXPECT_EQ(CheckListenPolicy("0.0.0.0:1", false, false).code(),
            absl::StatusCode::kFailedPrecondition);
  EXPECT_TRUE(CheckListenPolicy("0.0.0.0:1", true, false).ok());
  EXPECT_TRUE(CheckListenPolicy("0.0.0.0:1", false, true).ok());
}

}  // namespace
}  // namespace claimcheck
