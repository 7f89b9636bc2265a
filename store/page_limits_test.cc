#include "store/page_limits.h"

#include <limits>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST(PageLimitsTest, NoPageSizeGetsTheDefaultAndALargeOneTheMaximum) {
  const PageLimits limits;
  EXPECT_EQ(limits.Clamp(0), 100);
  EXPECT_EQ(limits.Clamp(-5), 100);
  EXPECT_EQ(limits.Clamp(1), 1);
  EXPECT_EQ(limits.Clamp(250), 250);
  EXPECT_EQ(limits.Clamp(1000), 1000);
  EXPECT_EQ(limits.Clamp(1001), 1000);
  EXPECT_EQ(limits.Clamp(std::numeric_limits<int32_t>::max()), 1000);
  EXPECT_EQ(limits.Clamp(std::numeric_limits<int32_t>::min()), 100);
}

TEST(PageLimitsTest, SmallerLimitsApplyAlike) {
  const PageLimits limits{3, 5};
  EXPECT_EQ(limits.Clamp(0), 3);
  EXPECT_EQ(limits.Clamp(4), 4);
  EXPECT_EQ(limits.Clamp(1000), 5);
}

}  // namespace
}  // namespace claimcheck
