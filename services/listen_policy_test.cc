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
