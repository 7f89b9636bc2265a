// Tokenizer splits a FoldedText into words, numbers and punctuation, then into sentences and
// paragraphs. Offsets are folded-text offsets; FoldedText maps them back to the original bytes.
//
// Usage:
//   FoldedText folded = FoldedText::Fold(text);
//   TokenizedText tokens = Tokenize(folded, lexicons.token_rules);
//   for (const Sentence& s : tokens.sentences) { ... tokens.Text(i) ... }
//
// Thread safety: a TokenizedText is immutable once built.
#ifndef CLAIMCHECK_EXTRACTORS_TOKENIZER_H_
#define CLAIMCHECK_EXTRACTORS_TOKENIZER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "extractors/folded_text.h"

namespace claimcheck {

enum class TokenKind : uint8_t {
  kWord,    // letters; a French elision keeps its apostrophe ("l'", "qu'")
  kNumber,  // ASCII digits only
  kAlnum,   // letters and digits together: "1er", "1h00", "g20", "7x7" (never a count)
  kPunct,   // one punctuation character
};

struct Token {
  uint32_t begin = 0;  // folded offsets [begin, end)
  uint32_t end = 0;
  TokenKind kind = TokenKind::kPunct;
  bool space_before = false;    // white space separates it from the previous token
  bool newline_before = false;  // a line break separates it from the previous token
  bool upper = false;           // its first character is an upper-case letter in the original
};

struct Sentence {
  int begin = 0;  // token indexes [begin, end)
  int end = 0;
  int paragraph = 0;
};

struct TokenizedText {
  const FoldedText* folded = nullptr;  // not owned; must outlive this
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<int> sentence_of;  // sentence index of each token
  // Per token, one bit per lexicon table that has a phrase starting with this word (see
  // Lexicons::Annotate). Empty: unknown, every table looks.
  std::vector<uint64_t> lexicon_mask;
  // Per token, the lexicons' entry for its word classes (see WordClass in lexicons.h; 0 for
  // none). Empty: unknown, look-ups hash the word.
  std::vector<uint32_t> word_entries;
  // Per token, the lexicons' number for its word when some phrase table holds that word, else 0
  // (PhraseTable::UseWordIds). Empty: unknown, look-ups compare bytes.
  std::vector<uint32_t> word_ids;

  int size() const { return static_cast<int>(tokens.size()); }
  absl::string_view Text(int i) const {
    const Token& t = tokens[i];
    return absl::string_view(folded->text()).substr(t.begin, t.end - t.begin);
  }
  bool Is(int i, absl::string_view s) const { return i >= 0 && i < size() && Text(i) == s; }
  bool IsPunct(int i, char c) const {
    return i >= 0 && i < size() && tokens[i].kind == TokenKind::kPunct &&
           folded->text()[tokens[i].begin] == c;
  }
};

// Words the tokenizer treats apart, read from the lexicons (fr/elisions.tsv, abbreviations.tsv).
struct TokenRules {
  // Folded words that elide before a vowel and keep their apostrophe: "l" ("l'armée"), "jusqu".
  absl::flat_hash_set<std::string> elisions;
  // Folded words after which a full stop ends no sentence: "gen", "mr" (and any single letter).
  absl::flat_hash_set<std::string> abbreviations;
};

// Splits `folded` into tokens and sentences. Linear in the text's length.
TokenizedText Tokenize(const FoldedText& folded, const TokenRules& rules);

// Tokens only, without sentences: for lexicon phrases.
std::vector<Token> TokenizeWords(const FoldedText& folded, const TokenRules& rules);

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_TOKENIZER_H_
