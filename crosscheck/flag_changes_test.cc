#include "crosscheck/flag_changes.h"

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

v1::Flag Flag(v1::FlagKind kind, std::vector<std::string> related, const std::string& reason) {
  v1::Flag flag;
  flag.set_kind(kind);
  flag.set_reason(reason);
  for (std::string& id : related) flag.add_related_claim_ids(std::move(id));
  return flag;
}

TEST(FlagChangesTest, RaisedAndClearedByKindAndNamedClaims) {
  const std::vector<v1::Flag> before = {Flag(v1::CONFLICT, {"b#1", "c#1"}, "89 against 400"),
                                        Flag(v1::UNVERIFIED, {}, "no source")};
  const std::vector<v1::Flag> after = {Flag(v1::UNVERIFIED, {}, "no source"),
                                       Flag(v1::CONFLICT, {"c#1", "b#1"}, "reworded"),
                                       Flag(v1::SINGLE_SOURCE, {}, "one voice")};
  const FlagChanges changes = CompareFlags(before, after);
  ASSERT_EQ(changes.raised.size(), 1u);
  EXPECT_EQ(changes.raised[0].kind(), v1::SINGLE_SOURCE);
  EXPECT_TRUE(changes.cleared.empty());
}

TEST(FlagChangesTest, AFlagNamingOtherClaimsIsClearedAndRaised) {
  const FlagChanges changes = CompareFlags({Flag(v1::CONFLICT, {"b#1"}, "")},
                                           {Flag(v1::CONFLICT, {"c#1"}, "")});
  ASSERT_EQ(changes.cleared.size(), 1u);
  EXPECT_EQ(changes.cleared[0].related_claim_ids(0), "b#1");
  ASSERT_EQ(changes.raised.size(), 1u);
  EXPECT_EQ(changes.raised[0].related_claim_ids(0), "c#1");
}

TEST(FlagChangesTest, EverythingClearedWhenNothingHoldsAfter) {
  const FlagChanges changes =
      CompareFlags({Flag(v1::CONFLICT, {"b#1"}, ""), Flag(v1::REVISION, {"a#2"}, "")}, {});
  EXPECT_EQ(changes.cleared.size(), 2u);
  EXPECT_TRUE(changes.raised.empty());
}

}  // namespace
}  // namespace claimcheck
