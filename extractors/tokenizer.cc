#include "extractors/tokenizer.h"

#include <string>


namespace claimcheck {
namespace {

bool IsLetter(unsigned char c) { return (c >= 'a' && c <= 'z') || c >= 0x80; }

// Length of the UTF-8 symbol at s[i] (bullets, dashes left over, currency signs, arrows,
// emoji: "•", "€", "⏱"), or 0 for a letter of any script. Folding has already turned Latin
// letters into ASCII, so what is left above 0x7F is a letter of another script or a symbol.
int SymbolLength(const std::string& s, size_t i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == 0xC2 && i + 1 < s.size()) {  // U+00A0..U+00BF: Latin-1 punctuation and signs
    const unsigned char d = static_cast<unsigned char>(s[i + 1]);
    return d >= 0xA0 && d <= 0xBF ? 2 : 0;
  }
  if (c == 0xE2 && i + 2 < s.size()) return 3;  // U+2000..U+2FFF: punctuation and symbols
  if (c == 0xF0 && i + 3 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x9F) {
    return 4;  // U+1F000..U+1FFFF: emoji and pictographs
  }
  return 0;
}
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}


}  // namespace

std::vector<Token> TokenizeWords(const FoldedText& folded, const TokenRules& rules) {
  const std::string& s = folded.text();
  const size_t n = s.size();
  std::vector<Token> tokens;
  tokens.reserve(n / 5 + 1);
  bool space = false, newline = false;
  size_t i = 0;
  const auto u = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  while (i < n) {
    const unsigned char c = u(i);
    if (IsSpace(c)) {
      space = true;
      if (c == '\n') newline = true;
      ++i;
      continue;
    }
    Token t;
    t.begin = static_cast<uint32_t>(i);
    t.space_before = space;
    t.newline_before = newline;
    t.upper = folded.IsUpper(t.begin);
    space = newline = false;
    if (const int symbol = c >= 0x80 ? SymbolLength(s, i) : 0; symbol > 0) {
      i += symbol;  // one punctuation token for the whole symbol
      t.kind = TokenKind::kPunct;
    } else if (IsLetter(c) || IsDigit(c)) {
      bool letters = false, digits = false;
      while (i < n) {
        const unsigned char d = u(i);
        if (d >= '0' && d <= '9') {
          digits = true;
        } else if ((d >= 'a' && d <= 'z') || (d >= 0x80 && SymbolLength(s, i) == 0)) {
          letters = true;  // ASCII, or a letter of another script, or "à"
        } else {
          break;
        }
        ++i;
      }
      t.kind = digits ? (letters ? TokenKind::kAlnum : TokenKind::kNumber) : TokenKind::kWord;
      // An apostrophe inside a word: French elision stays with the word ("l'"); otherwise
      // ("Russia's") the apostrophe starts the next token.
      // A lexicon phrase may end on the elision: "plus d'".
      if (t.kind == TokenKind::kWord && i < n && s[i] == '\'' &&
          (i + 1 == n || IsLetter(u(i + 1))) &&
          rules.elisions.contains(absl::string_view(s).substr(t.begin, i - t.begin))) {
        ++i;
      }
    } else if (c == '\'' && i + 1 < n && IsLetter(u(i + 1)) && !tokens.empty() &&
               tokens.back().end == i && tokens.back().kind == TokenKind::kWord) {
      ++i;  // "'s", "'t": the apostrophe leads the suffix
      while (i < n && IsLetter(u(i))) ++i;
      t.kind = TokenKind::kWord;
    } else {
      // One punctuation character (a whole UTF-8 sequence for non-ASCII symbols).
      ++i;
      t.kind = TokenKind::kPunct;
    }
    t.end = static_cast<uint32_t>(i);
    tokens.push_back(t);
  }
  return tokens;
}

TokenizedText Tokenize(const FoldedText& folded, const TokenRules& rules) {
  TokenizedText t;
  t.folded = &folded;
  t.tokens = TokenizeWords(folded, rules);
  const int n = t.size();
  t.sentence_of.resize(n);
  int start = 0, paragraph = 0;
  const auto close = [&](int end, bool paragraph_break) {
    if (end > start) {
      t.sentences.push_back({start, end, paragraph});
      for (int k = start; k < end; ++k) {
        t.sentence_of[k] = static_cast<int>(t.sentences.size()) - 1;
      }
    }
    start = end;
    if (paragraph_break) ++paragraph;
  };
  // A corpus header " date 2023-01 " before the text on the same line is a sentence of its own.
  int header_end = -1;
  if (n > 2 && t.Is(0, "date") && t.tokens[1].kind == TokenKind::kNumber) {
    header_end = 2;
    while (header_end + 1 < n && t.IsPunct(header_end, '-') &&
           !t.tokens[header_end].space_before &&
           t.tokens[header_end + 1].kind == TokenKind::kNumber) {
      header_end += 2;
    }
  }
  for (int i = 0; i < n; ++i) {
    if (i == header_end) close(i, true);
    if (i > start && t.tokens[i].newline_before) {
      close(i, true);
    }
    const bool terminal = t.IsPunct(i, '.') || t.IsPunct(i, '!') || t.IsPunct(i, '?');
    if (!terminal || i + 1 >= n || t.tokens[i + 1].newline_before) continue;
    int next = i + 1;
    // A closing quote or bracket right after the stop belongs to this sentence.
    while (next < n && !t.tokens[next].space_before &&
           (t.IsPunct(next, '"') || t.IsPunct(next, ')') || t.IsPunct(next, '.'))) {
      ++next;
    }
    if (next >= n || !t.tokens[next].space_before) continue;
    if (t.IsPunct(i, '.') && i > 0 && t.tokens[i - 1].kind == TokenKind::kWord &&
        !t.tokens[i].space_before &&
        (t.Text(i - 1).size() == 1 || rules.abbreviations.contains(t.Text(i - 1)))) {
      continue;
    }
    const Token& following = t.tokens[next];
    const bool starts_sentence = following.upper || following.kind == TokenKind::kNumber ||
                                 t.IsPunct(next, '"') || t.IsPunct(next, '-') ||
                                 t.IsPunct(next, '(');
    if (starts_sentence) {
      i = next - 1;
      close(next, false);
    }
  }
  close(n, false);
  return t;
}

}  // namespace claimcheck
