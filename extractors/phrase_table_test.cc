#include "extractors/phrase_table.h"

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

const TokenRules& Rules() {
  static const auto* const rules = new TokenRules{{"n", "d"}, {}};
  return *rules;
}

TEST(PhraseTableTest, FindsTheLongestPhraseAtAToken) {
  PhraseTable table;
  table.Add("plus de", 1);
  table.Add("pas plus de", 2);
  table.Add("neutralis*", 3);
  const FoldedText f = FoldedText::Fold("pas plus de 30 drones neutralisés");
  const TokenizedText t = Tokenize(f, Rules());
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
  const TokenizedText t = Tokenize(f, Rules());
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

TEST(PhraseTableTest, SplitsPhrasesByTheTokenRules) {
  PhraseTable table;
  table.set_token_rules(&Rules());
  table.Add("plus d'", 4);
  const FoldedText f = FoldedText::Fold("plus d'un millier");
  const TokenizedText t = Tokenize(f, Rules());
  auto m = table.LongestAt(t, 0);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->num_tokens, 2);  // "plus", "d'": one word each, as in the text
  PhraseTable without_rules;
  without_rules.Add("plus d'", 4);
  EXPECT_FALSE(without_rules.LongestAt(t, 0).has_value());  // "plus", "d", "'"
}

TEST(PhraseTableTest, MatchesAccentsAndCaseFreely) {
  PhraseTable table;
  table.Add("Ministère de la DÉFENSE", 7);
  const FoldedText f = FoldedText::Fold("le ministere de la defense");
  const TokenizedText t = Tokenize(f, Rules());
  auto m = table.LongestAt(t, 1);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->payload, 7);
  EXPECT_FALSE(table.Add("   ", 1));
}

}  // namespace
}  // namespace claimcheck
