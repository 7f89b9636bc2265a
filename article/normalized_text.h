// NormalizedText is an article's text decoded for reading: checked to be UTF-8, without a leading
// byte-order mark, and in Unicode Normalization Form C (ICU), so that "De\u0301fense" (e and a
// combining accent) reads as "Défense" (one code point), as the lexicons write it. Every offset
// in the normalised text maps back to a byte offset in the text exactly as received, where claim
// spans point (DESIGN.md: spans are offsets into the bytes received, header lines included).
//
// Usage:
//   absl::StatusOr<NormalizedText> text = NormalizedText::Decode(article.text());
//   if (!text.ok()) return text.status();          // INVALID_ARGUMENT: not UTF-8
//   NormalizedText::Range received = text->ReceivedRange(start, end);
//
// Text already in NFC without a BOM (nearly every article) is kept as is: text() equals the
// received bytes and every offset maps to itself.
//
// Thread safety: immutable after Decode(); share freely.
#ifndef CLAIMCHECK_ARTICLE_NORMALIZED_TEXT_H_
#define CLAIMCHECK_ARTICLE_NORMALIZED_TEXT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace claimcheck {

class NormalizedText {
 public:
  // A byte range [begin, end).
  struct Range {
    uint32_t begin = 0;
    uint32_t end = 0;
  };

  // Decodes `received`. INVALID_ARGUMENT when it is not well-formed UTF-8 (IsValidUtf8 in
  // extractors/folded_text.h); INTERNAL if ICU's normaliser fails.
  static absl::StatusOr<NormalizedText> Decode(absl::string_view received);

  // The text to read: no BOM, NFC.
  const std::string& text() const { return text_; }

  // True when text() is the received bytes exactly (no BOM, already NFC).
  bool unchanged() const { return runs_.empty() && bom_bytes_ == 0; }

  // The received bytes that the normalised range [begin, end) came from. A range that starts or
  // ends inside a recomposed character ("é" from "e" + U+0301) widens to the whole of it.
  Range ReceivedRange(uint32_t begin, uint32_t end) const;

 private:
  // A stretch that normalisation rewrote: `text_` bytes [text_begin, text_begin + text_length)
  // came from received bytes [received_begin, received_begin + received_length).
  struct ChangedRun {
    uint32_t text_begin;
    uint32_t text_length;
    uint32_t received_begin;
    uint32_t received_length;
  };

  // The received offset of text offset `offset`; inside a changed run, its start (`to_end`
  // false) or its end (`to_end` true).
  uint32_t ReceivedOffset(uint32_t offset, bool to_end) const;

  std::string text_;
  uint32_t bom_bytes_ = 0;
  std::vector<ChangedRun> runs_;  // in text order
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_ARTICLE_NORMALIZED_TEXT_H_
