#include "article/normalized_text.h"

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

// "é" as one code point (NFC) and as "e" + COMBINING ACUTE ACCENT (NFD).
constexpr char kComposed[] = "\xC3\xA9";
constexpr char kDecomposed[] = "e\xCC\x81";

TEST(NormalizedTextTest, NfcTextWithoutBomIsKeptAsReceived) {
  const std::string received = std::string("Le minist") + kComposed + "re de la D" + kComposed +
                               "fense a compt\xC3\xA9 89 morts.";
  absl::StatusOr<NormalizedText> text = NormalizedText::Decode(received);
  ASSERT_TRUE(text.ok()) << text.status();
  EXPECT_TRUE(text->unchanged());
  EXPECT_EQ(text->text(), received);
  EXPECT_EQ(text->ReceivedRange(5, 9).begin, 5u);
  EXPECT_EQ(text->ReceivedRange(5, 9).end, 9u);
}

TEST(NormalizedTextTest, DecomposedAccentsAreComposedAndOffsetsMapBack) {
  const std::string received = std::string("D") + kDecomposed + "fense: 89 tu" + kDecomposed +
                               "s, " + kDecomposed + "tat 12";
  absl::StatusOr<NormalizedText> text = NormalizedText::Decode(received);
  ASSERT_TRUE(text.ok()) << text.status();
  EXPECT_FALSE(text->unchanged());
  const std::string expected = std::string("D") + kComposed + "fense: 89 tu" + kComposed + "s, " +
                               kComposed + "tat 12";
  EXPECT_EQ(text->text(), expected);
  // "89" sits one byte earlier in the normalised text ("é" is 2 bytes, "e" + U+0301 is 3).
  const uint32_t at = expected.find("89");
  NormalizedText::Range range = text->ReceivedRange(at, at + 2);
  EXPECT_EQ(received.substr(range.begin, range.end - range.begin), "89");
  const uint32_t twelve = expected.find("12");
  range = text->ReceivedRange(twelve, twelve + 2);
  EXPECT_EQ(received.substr(range.begin, range.end - range.begin), "12");
  // A range covering a recomposed character covers all of its received bytes.
  const uint32_t word = expected.find("tu");
  range = text->ReceivedRange(word, word + 4);
  EXPECT_EQ(received.substr(range.begin, range.end - range.begin), std::string("tu") + kDecomposed);
  // A range ending inside the recomposed character widens to its end.
  range = text->ReceivedRange(word, word + 3);
  EXPECT_EQ(received.substr(range.begin, range.end - range.begin), std::string("tu") + kDecomposed);
  EXPECT_EQ(text->ReceivedRange(expected.size(), expected.size()).begin, received.size());
}

TEST(NormalizedTextTest, ByteOrderMarkIsDroppedAndOffsetsCountIt) {
  const std::string received = "\xEF\xBB\xBF date 2023-01-04 63 morts";
  absl::StatusOr<NormalizedText> text = NormalizedText::Decode(received);
  ASSERT_TRUE(text.ok()) << text.status();
  EXPECT_FALSE(text->unchanged());
  EXPECT_EQ(text->text(), " date 2023-01-04 63 morts");
  const uint32_t at = text->text().find("63");
  NormalizedText::Range range = text->ReceivedRange(at, at + 2);
  EXPECT_EQ(received.substr(range.begin, range.end - range.begin), "63");
}

TEST(NormalizedTextTest, ByteOrderMarkAndDecomposedTogether) {
  const std::string received = std::string("\xEF\xBB\xBF") + "D" + kDecomposed + "fense 40";
  absl::StatusOr<NormalizedText> text = NormalizedText::Decode(received);
  ASSERT_TRUE(text.ok()) << text.status();
  const uint32_t at = text->text().find("40");
  NormalizedText::Range range = text->ReceivedRange(at, at + 2);
  EXPECT_EQ(received.substr(range.begin, range.end - range.begin), "40");
}

TEST(NormalizedTextTest, NotUtf8IsInvalidArgument) {
  for (const std::string& bad : {std::string("caf\xE9"), std::string("\xC0\xAF"),
                                std::string("\xED\xA0\x80")}) {
    absl::StatusOr<NormalizedText> text = NormalizedText::Decode(bad);
    EXPECT_EQ(text.status().code(), absl::StatusCode::kInvalidArgument);
  }
}

}  // namespace
}  // namespace claimcheck
