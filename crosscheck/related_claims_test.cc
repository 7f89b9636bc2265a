#include "crosscheck/related_claims.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

// Claims "a#0", "a#1"... ClaimFacts only views its id, so the strings live as long as the test.
std::vector<ClaimFacts> Numbered(size_t n) {
  static std::vector<std::string>* const ids = new std::vector<std::string>();
  while (ids->size() < n) ids->push_back("a#" + std::to_string(ids->size()));
  std::vector<ClaimFacts> claims(n);
  for (size_t i = 0; i < n; ++i) claims[i].id = (*ids)[i];
  return claims;
}

std::vector<std::string_view> Ids(const std::vector<const ClaimFacts*>& claims) {
  std::vector<std::string_view> ids;
  ids.reserve(claims.size());
  for (const ClaimFacts* c : claims) ids.push_back(c->id);
  return ids;
}

TEST(RelatedClaimsTest, KeepsAllInOrderWhenFew) {
  const std::vector<ClaimFacts> claims = Numbered(3);
  RelatedClaims related;
  EXPECT_TRUE(related.empty());
  EXPECT_EQ(related.first(), nullptr);
  related.Add(&claims[2], 5);
  related.Add(&claims[0], 1);
  related.Add(&claims[1], 9);
  EXPECT_EQ(related.size(), 3u);
  EXPECT_EQ(Ids(related.Kept()), (std::vector<std::string_view>{"a#2", "a#0", "a#1"}));
  EXPECT_EQ(related.first(), &claims[2]);
  EXPECT_EQ(related.first_sequence(), 0u);
}

TEST(RelatedClaimsTest, KeepsTheClosestBoundedAndCountsAll) {
  const std::vector<ClaimFacts> claims = Numbered(1000);
  RelatedClaims related;
  // Claim i is |i - 500| away: the kept ones are 495..504, named in the order they came.
  for (size_t i = 0; i < claims.size(); ++i) {
    related.Add(&claims[i], i > 500 ? i - 500 : 500 - i);
  }
  EXPECT_EQ(related.size(), 1000u);
  ASSERT_EQ(related.Kept().size(), kMaxRelatedClaims);
  // 495 and 505 are both 5 away: the one added first stays.
  const std::vector<std::string_view> want = {"a#495", "a#496", "a#497", "a#498", "a#499",
          "a#500", "a#501", "a#502", "a#503", "a#504"};
  EXPECT_EQ(Ids(related.Kept()), want);
  EXPECT_EQ(related.first(), &claims[495]);
  EXPECT_EQ(related.first_sequence(), 495u);
}

TEST(RelatedClaimsTest, AmongEquallyCloseTheFirstAddedStay) {
  const std::vector<ClaimFacts> claims = Numbered(50);
  RelatedClaims related;
  for (const ClaimFacts& c : claims) related.Add(&c, 7);
  std::vector<std::string_view> want;
  for (size_t i = 0; i < kMaxRelatedClaims; ++i) want.push_back(claims[i].id);
  EXPECT_EQ(Ids(related.Kept()), want);
  EXPECT_EQ(related.size(), 50u);
}

}  // namespace
}  // namespace claimcheck
