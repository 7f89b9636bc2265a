#include "store/string_pool.h"

#include <string>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST(StringPoolTest, EqualStringsShareAnIdUntilTheLastReferenceIsReleased) {
  StringPool pool;
  const uint32_t mod = pool.Intern("ru.mod");
  EXPECT_EQ(pool.Intern(std::string("ru.") + "mod"), mod);
  EXPECT_EQ(pool.Get(mod), "ru.mod");
  EXPECT_EQ(pool.size(), 2u);  // "" and "ru.mod"
  EXPECT_FALSE(pool.Release(mod));
  EXPECT_EQ(pool.Find("ru.mod"), mod) << "one reference is left";
  EXPECT_TRUE(pool.Release(mod)) << "the last reference frees it";
  EXPECT_EQ(pool.Find("ru.mod"), StringPool::kAbsent);
  EXPECT_EQ(pool.size(), 1u);
}

TEST(StringPoolTest, AFreedIdIsReusedSoThePoolDoesNotGrowWithTurnover) {
  StringPool pool;
  const uint32_t kept = pool.Intern("kept");
  for (int i = 0; i < 1000; ++i) {
    const uint32_t id = pool.Intern("article-" + std::to_string(i));
    EXPECT_EQ(pool.Get(id), "article-" + std::to_string(i));
    pool.Release(id);
  }
  EXPECT_EQ(pool.size(), 2u);
  EXPECT_EQ(pool.Intern("another"), kept + 1) << "the freed id is taken again";
  EXPECT_EQ(pool.Get(kept), "kept");
}

TEST(StringPoolTest, TheEmptyStringIsZeroAndNeverFreed) {
  StringPool pool;
  EXPECT_EQ(pool.Intern(""), 0u);
  pool.Release(0);
  pool.Release(0);
  EXPECT_EQ(pool.Find(""), 0u);
  EXPECT_EQ(pool.Get(0), "");
}

}  // namespace
}  // namespace claimcheck
