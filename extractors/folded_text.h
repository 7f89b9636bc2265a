// FoldedText is an article's text in the form the lexicons are written in: lower case, accents
// removed, curly quotes and apostrophes straightened, exotic spaces and dashes made ASCII. Every
// folded byte remembers the byte of the original text it came from, so a match found in the
// folded text maps back to exact UTF-8 offsets in the text as received.
//
// Usage:
//   FoldedText folded = FoldedText::Fold(article_text);  // text must be valid UTF-8
//   uint32_t start = folded.OriginalOffset(folded_start);
//
// Thread safety: immutable after Fold(); share freely.
#ifndef CLAIMCHECK_EXTRACTORS_FOLDED_TEXT_H_
#define CLAIMCHECK_EXTRACTORS_FOLDED_TEXT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace claimcheck {

// True when `text` is well-formed UTF-8 (no overlongs, surrogates or code points past U+10FFFF).
bool IsValidUtf8(absl::string_view text);

// Folds one word or phrase the way FoldedText folds a text: for lexicon entries.
std::string FoldPhrase(absl::string_view text);

class FoldedText {
 public:
  // Folds `original`. When it is not valid UTF-8, valid() is false and the folded text is
  // cut where the first bad byte stands (callers reject such text; IsValidUtf8 tells first).
  static FoldedText Fold(absl::string_view original);

  // False when the original text was not valid UTF-8.
  bool valid() const { return valid_; }

  const std::string& text() const { return folded_; }

  // Byte offset in the original text of folded byte `folded_offset` (0 <= offset <= size).
  uint32_t OriginalOffset(uint32_t folded_offset) const { return to_original_[folded_offset]; }

  // True when the original character at folded byte `folded_offset` was an upper-case letter.
  bool IsUpper(uint32_t folded_offset) const { return upper_[folded_offset] != 0; }

 private:
  bool valid_ = true;
  std::string folded_;
  std::vector<uint32_t> to_original_;  // one per folded byte, plus one for the end
  std::vector<uint8_t> upper_;         // one per folded byte: 1 for an upper-case letter
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_FOLDED_TEXT_H_
