#include "extractors/tokenizer.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

// The rules these tests tokenize by (the lexicons' fr/elisions.tsv and abbreviations.tsv are
// longer): "l", "d", "jusqu" keep their apostrophe; "gen" ends no sentence.
const TokenRules& Rules() {
  static const auto* const rules = new TokenRules{{"l", "d", "jusqu"}, {"gen"}};
  return *rules;
}

std::vector<std::string> Words(const TokenizedText& t) {
  std::vector<std::string> out;
  out.reserve(t.size());
  for (int i = 0; i < t.size(); ++i) out.emplace_back(t.Text(i));
  return out;
}

std::vector<std::string> Sentences(const TokenizedText& t) {
  std::vector<std::string> out;
  for (const Sentence& s : t.sentences) {
    const uint32_t b = t.tokens[s.begin].begin, e = t.tokens[s.end - 1].end;
    out.push_back(t.folded->text().substr(b, e - b));
  }
  return out;
}

TEST(TokenizerTest, KeepsFrenchElisionsAndSplitsEnglishPossessives) {
  const FoldedText f = FoldedText::Fold("L'armée d'Ukraine, jusqu'à Russia's army");
  const TokenizedText t = Tokenize(f, Rules());
  EXPECT_EQ(Words(t), (std::vector<std::string>{"l'", "armee", "d'", "ukraine", ",", "jusqu'",
                                                "\xC3\xA0", "russia", "'s", "army"}));
}

TEST(TokenizerTest, SeparatesDigitsFromLettersAndMixedTokens) {
  const FoldedText f = FoldedText::Fold("F-16, 1er, G20, 1h00 et 89 tués");
  const TokenizedText t = Tokenize(f, Rules());
  EXPECT_EQ(t.tokens[0].kind, TokenKind::kWord);    // f
  EXPECT_EQ(t.tokens[2].kind, TokenKind::kNumber);  // 16
  EXPECT_EQ(t.tokens[4].kind, TokenKind::kAlnum);   // 1er
  EXPECT_EQ(t.tokens[6].kind, TokenKind::kAlnum);   // g20
  EXPECT_EQ(t.tokens[8].kind, TokenKind::kAlnum);   // 1h00
  EXPECT_EQ(t.tokens[10].kind, TokenKind::kNumber);  // 89
}

TEST(TokenizerTest, WithoutItsElisionAWordKeepsNoApostrophe) {
  const FoldedText f = FoldedText::Fold("qu'il, l'armée");
  EXPECT_EQ(Words(Tokenize(f, Rules())),
            (std::vector<std::string>{"qu", "'il", ",", "l'", "armee"}));
}

TEST(TokenizerTest, SplitsSentencesButNotAbbreviations) {
  const FoldedText f = FoldedText::Fold(
      "M. Zelensky a parlé. Les U.S. officials said 12 died. \"It is over.\" Then Gen. Smith "
      "spoke. Col. Brown");
  const TokenizedText t = Tokenize(f, Rules());
  EXPECT_EQ(Sentences(t), (std::vector<std::string>{"m. zelensky a parle.",
                                                    "les u.s. officials said 12 died.",
                                                    "\"it is over.\"", "then gen. smith spoke.",
                                                    "col.", "brown"}));  // "col" is no rule here
}

TEST(TokenizerTest, LineBreaksStartParagraphs) {
  const FoldedText f = FoldedText::Fold("Premier paragraphe\nSecond. Et suite.\n\nTroisième");
  const TokenizedText t = Tokenize(f, Rules());
  ASSERT_EQ(t.sentences.size(), 4u);
  EXPECT_EQ(t.sentences[0].paragraph, 0);
  EXPECT_EQ(t.sentences[1].paragraph, 1);
  EXPECT_EQ(t.sentences[2].paragraph, 1);
  EXPECT_EQ(t.sentences[3].paragraph, 2);
}

TEST(TokenizerTest, CorpusDateHeaderIsItsOwnSentence) {
  const FoldedText f = FoldedText::Fold(" date 2023-01-04 Le ministère a parlé.");
  const TokenizedText t = Tokenize(f, Rules());
  ASSERT_EQ(t.sentences.size(), 2u);
  EXPECT_EQ(Sentences(t)[0], "date 2023-01-04");
}

TEST(TokenizerTest, EmptyAndBlankTextHaveNoSentences) {
  const FoldedText empty = FoldedText::Fold("");
  EXPECT_TRUE(Tokenize(empty, Rules()).sentences.empty());
  const FoldedText blank = FoldedText::Fold(" \n\t\n ");
  EXPECT_TRUE(Tokenize(blank, Rules()).sentences.empty());
}

}  // namespace
}  // namespace claimcheck
