#include "extractors/phrase_table.h"

#include <string>

#include "absl/container/flat_hash_map.h"
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

// With word ids (as Lexicons numbers them and Annotate marks the tokens) a table finds exactly
// what it finds by comparing bytes, a prefix entry and a word of digits included.
TEST(PhraseTableTest, WordIdsFindWhatBytesFind) {
  PhraseTable bytes, ids;
  for (PhraseTable* table : {&bytes, &ids}) {
    table->Add("plus de", 1);
    table->Add("pas plus de", 2);
    table->Add("neutralis*", 3);
    table->Add("24 heures", 4);
    table->Add("plus", 5);
  }
  absl::flat_hash_map<std::string, uint32_t> numbers;
  ids.ForEachExactWord([&](const std::string& w) { numbers.emplace(w, numbers.size() + 1); });
  ids.UseWordIds([&](absl::string_view w) { return numbers.at(std::string(w)); });
  const FoldedText f = FoldedText::Fold("pas plus de 30 drones neutralisés en 24 heures, plus");
  TokenizedText t = Tokenize(f, Rules());
  for (int i = 0; i < t.size(); ++i) {
    auto it = numbers.find(std::string(t.Text(i)));
    t.word_ids.push_back(it == numbers.end() ? 0 : it->second);
  }
  int found = 0;
  for (int i = 0; i < t.size(); ++i) {
    const auto by_bytes = bytes.LongestAt(t, i);
    const auto by_ids = ids.LongestAt(t, i);
    ASSERT_EQ(by_bytes.has_value(), by_ids.has_value()) << t.Text(i);
    if (!by_bytes) continue;
    ++found;
    EXPECT_EQ(by_bytes->payload, by_ids->payload) << t.Text(i);
    EXPECT_EQ(by_bytes->num_tokens, by_ids->num_tokens) << t.Text(i);
    const auto ending_bytes = bytes.LongestEndingAt(t, i + by_bytes->num_tokens, 0);
    const auto ending_ids = ids.LongestEndingAt(t, i + by_bytes->num_tokens, 0);
    ASSERT_TRUE(ending_bytes.has_value() && ending_ids.has_value());
    EXPECT_EQ(ending_bytes->payload, ending_ids->payload);
  }
  EXPECT_EQ(found, 5);  // pas plus de, plus de, neutralisés, 24 heures, plus
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
