#include "store/chunked_vector.h"

#include <string>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST(ChunkedVectorTest, ElementsKeepTheirValuesAndAddressesAcrossChunks) {
  ChunkedVector<std::string, 4> v;
  EXPECT_TRUE(v.empty());
  std::string& first = v.emplace_back();
  first = "zero";
  for (int i = 1; i < 11; ++i) v.emplace_back() = std::to_string(i);
  EXPECT_EQ(v.size(), 11u);
  EXPECT_EQ(&v[0], &first);  // three chunks later, the first element has not moved
  EXPECT_EQ(v[0], "zero");
  for (int i = 1; i < 11; ++i) EXPECT_EQ(v[i], std::to_string(i));
  const ChunkedVector<std::string, 4>& read = v;
  EXPECT_EQ(read[7], "7");
}

TEST(ChunkedVectorTest, NewElementsAreValueInitialized) {
  ChunkedVector<int, 2> v;
  for (int i = 0; i < 5; ++i) EXPECT_EQ(v.emplace_back(), 0);
}

}  // namespace
}  // namespace claimcheck
