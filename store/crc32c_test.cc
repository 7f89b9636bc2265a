#include "store/crc32c.h"

#include <string>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST(Crc32cTest, KnownValues) {
  // The check value of CRC-32C and RFC 3720's test vectors.
  EXPECT_EQ(crc32c::Value("123456789", 9), 0xe3069283u);
  const std::string zeros(32, '\0');
  EXPECT_EQ(crc32c::Value(zeros.data(), zeros.size()), 0x8a9136aau);
  const std::string ones(32, '\xff');
  EXPECT_EQ(crc32c::Value(ones.data(), ones.size()), 0x62a8ab43u);
}

TEST(Crc32cTest, ExtendEqualsWhole) {
  const std::string text = "hello world";
  EXPECT_EQ(crc32c::Extend(crc32c::Value("hello ", 6), "world", 5),
            crc32c::Value(text.data(), text.size()));
}

TEST(Crc32cTest, MaskRoundTripsAndDiffers) {
  const uint32_t crc = crc32c::Value("foo", 3);
  EXPECT_NE(crc32c::Mask(crc), crc);
  EXPECT_EQ(crc32c::Unmask(crc32c::Mask(crc)), crc);
}

}  // namespace
}  // namespace claimcheck
