#include "tools/progress_bar.h"

#include <sstream>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST(ProgressBarTest, SilentWhenDisabledOrDuringTheQuietPeriod) {
  std::ostringstream off, quick;
  {
    ProgressBar bar(3, /*enabled=*/false, off, absl::ZeroDuration());
    bar.Advance();
  }
  {
    ProgressBar bar(3, /*enabled=*/true, quick, absl::Hours(1));
    bar.Advance();
    EXPECT_FALSE(bar.drawn());
  }
  EXPECT_EQ(off.str(), "");
  EXPECT_EQ(quick.str(), "");
}

TEST(ProgressBarTest, DrawsCountsThenErasesItself) {
  std::ostringstream out;
  {
    ProgressBar bar(2, /*enabled=*/true, out, absl::ZeroDuration());
    bar.Advance();
    EXPECT_NE(out.str().find("1/2 articles"), std::string::npos);
    bar.Advance();
    EXPECT_NE(out.str().find("[##############################] 2/2"), std::string::npos);
  }
  EXPECT_EQ(out.str().back(), '\r');
}

}  // namespace
}  // namespace claimcheck
