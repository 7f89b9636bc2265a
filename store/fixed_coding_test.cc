#include "store/fixed_coding.h"

#include <cstdint>
#include <string>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST(FixedCodingTest, LowByteFirst) {
  std::string out;
  PutFixed32(&out, 0x04030201u);
  PutFixed64(&out, 0x0807060504030201ull);
  EXPECT_EQ(out, std::string("\x01\x02\x03\x04\x01\x02\x03\x04\x05\x06\x07\x08", 12));
}

TEST(FixedCodingTest, RoundTripsTheExtremes) {
  for (const uint64_t v : {uint64_t{0}, uint64_t{1}, uint64_t{0x80}, ~uint64_t{0},
                           uint64_t{1} << 63, uint64_t{0xdeadbeefcafef00d}}) {
    std::string out;
    PutFixed64(&out, v);
    PutFixed32(&out, static_cast<uint32_t>(v));
    ASSERT_EQ(out.size(), 12u);
    EXPECT_EQ(GetFixed64(out.data()), v);
    EXPECT_EQ(GetFixed32(out.data() + 8), static_cast<uint32_t>(v));
  }
}

}  // namespace
}  // namespace claimcheck
