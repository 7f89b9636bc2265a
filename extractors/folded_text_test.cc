#include "extractors/folded_text.h"

#include <string>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST(IsValidUtf8Test, AcceptsFrenchAndRussianText) {
  EXPECT_TRUE(IsValidUtf8("Le ministère a déclaré : « 63 soldats » à Makiïvka"));
  EXPECT_TRUE(IsValidUtf8("Макіївка"));
  EXPECT_TRUE(IsValidUtf8(""));
}

TEST(IsValidUtf8Test, RejectsMalformedSequences) {
  EXPECT_FALSE(IsValidUtf8("caf\xE9"));              // Latin-1 é
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));             // overlong slash
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));         // UTF-16 surrogate
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));     // past U+10FFFF
  EXPECT_FALSE(IsValidUtf8("ab\xE2\x82"));           // cut short
}

TEST(FoldedTextTest, FoldingTellsWhetherTheTextWasValid) {
  for (const char* bad : {"caf\xE9", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "ab\xE2\x82"}) {
    EXPECT_FALSE(FoldedText::Fold(bad).valid()) << bad;
    EXPECT_FALSE(IsValidUtf8(bad)) << bad;
  }
  EXPECT_TRUE(FoldedText::Fold("Makiïvka, 63 soldats — «vérifié»").valid());
  EXPECT_TRUE(FoldedText::Fold("").valid());
}

TEST(FoldedTextTest, LowersCaseAndDropsAccents) {
  EXPECT_EQ(FoldPhrase("Ministère de la DÉFENSE"), "ministere de la defense");
  EXPECT_EQ(FoldPhrase("Makiïvka"), "makiivka");
  EXPECT_EQ(FoldPhrase("Œuvre"), "oeuvre");
}

TEST(FoldedTextTest, StraightensQuotesAndSpaces) {
  // Curly apostrophe, guillemets, no-break space and narrow no-break space.
  EXPECT_EQ(FoldPhrase("l\xE2\x80\x99" "arm\xC3\xA9" "e"), "l'armee");
  EXPECT_EQ(FoldPhrase("\xC2\xAB" "oui\xC2\xBB"), "\"oui\"");
  EXPECT_EQ(FoldPhrase("10\xC2\xA0" "000"), "10 000");
  EXPECT_EQ(FoldPhrase("10\xE2\x80\xAF" "000"), "10 000");
}

TEST(FoldedTextTest, KeepsTheAccentOnTheWordA) {
  // "à" (at) and "a" (has) must stay apart: one introduces a place, the other a verb.
  EXPECT_EQ(FoldPhrase("Il a tué 3 soldats à Kherson"), "il a tue 3 soldats \xC3\xA0 kherson");
  EXPECT_EQ(FoldPhrase("jusqu\xE2\x80\x99\xC3\xA0 500"), "jusqu'\xC3\xA0 500");
  EXPECT_EQ(FoldPhrase("déjà"), "deja");  // inside a word it folds as usual
}

TEST(FoldedTextTest, MapsEveryFoldedByteBackToTheOriginal) {
  const std::string text = "Près de 6\xE2\x80\xAF" "000 enfants";
  const FoldedText folded = FoldedText::Fold(text);
  ASSERT_EQ(folded.text(), "pres de 6 000 enfants");
  // "6" is at byte 8 of the original ("Près de " is 9 bytes with the two-byte è).
  const size_t six = folded.text().find('6');
  EXPECT_EQ(text[folded.OriginalOffset(six)], '6');
  // The folded space after 6 came from the three-byte narrow no-break space.
  EXPECT_EQ(folded.OriginalOffset(six + 1), folded.OriginalOffset(six) + 1);
  EXPECT_EQ(folded.OriginalOffset(six + 2), folded.OriginalOffset(six) + 4);
  EXPECT_EQ(folded.OriginalOffset(folded.text().size()), text.size());
  EXPECT_TRUE(folded.IsUpper(0));
  EXPECT_FALSE(folded.IsUpper(1));
}

}  // namespace
}  // namespace claimcheck
