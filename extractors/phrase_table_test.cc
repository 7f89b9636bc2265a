#include "extractors/phrase_table.h"

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST(PhraseTableTest, FindsTheLongestPhraseAtAToken) {
  PhraseTable table;
  table.Add("plus de", 1);
  table.Add("pas plus de", 2);
  table.Add("neutralis*", 3);
  const FoldedText f = FoldedText::Fold("pas plus de 30 drones neutralisés");
  const TokenizedText t = Tokenize(f);
  auto at0 = table.LongestAt(t, 0);
  ASSERT_TRUE(at0.has_value());
  EXPECT_EQ(at0->payload, 2);
  EXPECT_EQ(at0->num_tokens, 3);
  auto at1 = table.LongestAt(t, 1);
  ASSERT_TRUE(at1.has_value());
  EXPECT_EQ(at1->payload, 1);
  auto prefix = table.LongestAt(t, 5);
  ASSERT_TRUE(prefix.has_value());
  EXPECT_EQ(prefix->payload, 3);
  EXPECT_FALSE(table.LongestAt(t, 4).has_value());
}

TEST(PhraseTableTest, FindsThePhraseEndingBeforeAToken) {
  PhraseTable table;
  table.Add("plus de", 1);
  table.Add("pas plus de", 2);
  const FoldedText f = FoldedText::Fold("il n'y a pas plus de 30 morts");
  const TokenizedText t = Tokenize(f);
  const int number = 7;  // "30"
  ASSERT_EQ(t.Text(number), "30");
  auto m = table.LongestEndingAt(t, number, 0);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->payload, 2);
  // Not past the sentence's start.
  auto bounded = table.LongestEndingAt(t, number, number - 2);
  ASSERT_TRUE(bounded.has_value());
  EXPECT_EQ(bounded->payload, 1);
}

TEST(PhraseTableTest, MatchesAccentsAndCaseFreely) {
  PhraseTable table;
  table.Add("Ministère de la DÉFENSE", 7);
  const FoldedText f = FoldedText::Fold("le ministere de la defense");
  const TokenizedText t = Tokenize(f);
  auto m = table.LongestAt(t, 1);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->payload, 7);
  EXPECT_FALSE(table.Add("   ", 1));
}

}  // namespace
}  // namespace claimcheck
