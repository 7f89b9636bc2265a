#include "extractors/folded_text.h"

#include <cstring>

namespace claimcheck {
namespace {

// Decodes the code point at text[i], storing its length in *len. Assumes valid UTF-8.
uint32_t Decode(absl::string_view text, size_t i, int* len) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  if (c < 0xE0) {
    *len = 2;
    return ((c & 0x1F) << 6) | (b(i + 1) & 0x3F);
  }
  if (c < 0xF0) {
    *len = 3;
    return ((c & 0x0F) << 12) | ((b(i + 1) & 0x3F) << 6) | (b(i + 2) & 0x3F);
  }
  *len = 4;
  return ((c & 0x07) << 18) | ((b(i + 1) & 0x3F) << 12) | ((b(i + 2) & 0x3F) << 6) |
         (b(i + 3) & 0x3F);
}

// Decodes the well-formed UTF-8 sequence at text[i] into *cp and returns its length, or returns
// 0 for a malformed one (bad lead or continuation byte, cut short, overlong, surrogate, past
// U+10FFFF). text[i] must not be ASCII.
int DecodeChecked(absl::string_view text, size_t i, uint32_t* cp) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  int len;
  uint32_t min;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2, min = 0x80;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3, min = 0x800;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4, min = 0x10000;
  } else {
    return 0;
  }
  if (i + len > text.size()) return 0;
  for (int k = 1; k < len; ++k) {
    if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 0;
  }
  int decoded;
  *cp = Decode(text, i, &decoded);
  if (*cp < min || *cp > 0x10FFFF || (*cp >= 0xD800 && *cp <= 0xDFFF)) return 0;
  return len;
}

// ASCII replacements for U+00C0..U+017F (Latin-1 Supplement letters and Latin Extended-A),
// lower case. Two-letter ligatures are handled in FoldCodePoint.
constexpr char kLatin[] =
    "aaaaaaaceeeeiiii"  // U+00C0
    "dnooooo*ouuuuyts"  // U+00D0
    "aaaaaaaceeeeiiii"  // U+00E0
    "dnooooo/ouuuuyty"  // U+00F0
    "aaaaaaccccccccdd"  // U+0100
    "ddeeeeeeeeeegggg"  // U+0110
    "gggghhhhiiiiiiii"  // U+0120
    "iiiijjkkklllllll"  // U+0130
    "lllnnnnnnnnnoooo"  // U+0140
    "oooorrrrrrssssss"  // U+0150
    "ssttttttuuuuuuuu"  // U+0160
    "uuuuwwyyyzzzzzzs";  // U+0170

// Upper-case letters among U+00C0..U+017F.
constexpr char kLatinUpper[] =
    "UUUUUUUUUUUUUUUU"
    "UUUUUUU.UUUUUUU."
    "................"
    "................"
    "U.U.U.U.U.U.U.U."
    "U.U.U.U.U.U.U.U."
    "U.U.U.U.U.U.U.U."
    "U.U.U.U..U.U.U.U"
    ".U.U.U.U..U.U.U."
    "U.U.U.U.U.U.U.U."
    "U.U.U.U.U.U.U.U."
    "U.U.U.U.UU.U.U..";  // 170-17F

bool IsUpperCodePoint(uint32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return true;
  if (cp >= 0xC0 && cp <= 0x17F) return kLatinUpper[cp - 0xC0] == 'U';
  if (cp >= 0x410 && cp <= 0x42F) return true;  // Cyrillic capitals
  return false;
}

// Appends the folded form of `cp` (whose UTF-8 bytes are `raw`) to `out`.
void FoldCodePoint(uint32_t cp, absl::string_view raw, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
    return;
  }
  switch (cp) {
    case 0xC6: case 0xE6: out->append("ae"); return;
    case 0x152: case 0x153: out->append("oe"); return;
    case 0xDF: out->append("ss"); return;
    case 0xA0: case 0x2007: case 0x2009: case 0x202F: case 0x2002: case 0x2003:
    case 0x200A: case 0x205F: case 0x3000:
      out->push_back(' ');
      return;
    case 0x200B: case 0xFEFF: case 0xAD:  // zero-width space, BOM, soft hyphen: drop
      return;
    case 0x2018: case 0x2019: case 0x201B: case 0x2032: case 0x02BC: case 0xB4: case 0x60:
      out->push_back('\'');
      return;
    case 0x201C: case 0x201D: case 0x201E: case 0xAB: case 0xBB: case 0x2033:
      out->push_back('"');
      return;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      out->push_back('-');
      return;
    case 0x2026: out->push_back('.'); return;
    case 0xB0: out->push_back('o'); return;  // n° -> no
    case 0x2028: case 0x2029: case 0x85: out->push_back('\n'); return;
    default: break;
  }
  if (cp >= 0xC0 && cp <= 0x17F) {
    const char c = kLatin[cp - 0xC0];
    if (c != '*' && c != '/') {
      out->push_back(c);
      return;
    }
  }
  if (cp >= 0x410 && cp <= 0x42F) {  // Cyrillic capitals to small letters
    const uint32_t lower = cp + 0x20;
    out->push_back(static_cast<char>(0xC0 | (lower >> 6)));
    out->push_back(static_cast<char>(0x80 | (lower & 0x3F)));
    return;
  }
  out->append(raw.data(), raw.size());
}

// True when the character at original[i, i+len) has no letter right before or after it.
bool IsStandaloneWord(absl::string_view original, size_t i, int len) {
  const auto is_letter_byte = [](unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
  };
  if (i > 0) {
    const unsigned char before = static_cast<unsigned char>(original[i - 1]);
    // A continuation byte means a non-ASCII letter (or a curly apostrophe: "jusqu’à").
    if (is_letter_byte(before) && before != 0x99) return false;
  }
  const size_t after = i + len;
  return after >= original.size() || !is_letter_byte(static_cast<unsigned char>(original[after]));
}

constexpr uint64_t kHighBits = 0x8080808080808080ull;

}  // namespace

bool IsValidUtf8(absl::string_view text) {
  const size_t n = text.size();
  size_t i = 0;
  const auto b = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  while (i < n) {
    // Eight ASCII bytes at a time: most of an article, and all of most JSON fields.
    uint64_t eight;
    while (i + 8 <= n && (std::memcpy(&eight, text.data() + i, 8), (eight & kHighBits) == 0)) {
      i += 8;
    }
    if (i == n) break;
    const unsigned char c = b(i);
    if (c < 0x80) {
      ++i;
      continue;
    }
    uint32_t cp;
    const int len = DecodeChecked(text, i, &cp);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

FoldedText FoldedText::Fold(absl::string_view original) {
  FoldedText f;
  // A folded character is never longer than its UTF-8 form, so one allocation each suffices.
  const size_t n = original.size();
  f.folded_.resize(n);
  f.to_original_.resize(n + 1);
  f.upper_.resize(n);
  size_t out = 0;
  std::string scratch;
  size_t i = 0;
  while (i < n) {
    const unsigned char c = static_cast<unsigned char>(original[i]);
    if (c < 0x80) {
      // A run of ASCII, nearly every byte of news text: no decoding, a tight loop.
      char* folded = &f.folded_[0];
      uint32_t* to_original = f.to_original_.data();
      uint8_t* upper = f.upper_.data();
      do {
        const unsigned char a = static_cast<unsigned char>(original[i]);
        const bool is_upper = static_cast<unsigned char>(a - 'A') < 26;
        folded[out] = static_cast<char>(a | (is_upper ? 0x20 : 0));
        to_original[out] = static_cast<uint32_t>(i);
        upper[out] = is_upper;
        ++out;
        ++i;
      } while (i < n && static_cast<unsigned char>(original[i]) < 0x80);
      continue;
    }
    // Decoding checks what IsValidUtf8 checks, so a valid() text needs no second pass.
    uint32_t cp;
    const int len = DecodeChecked(original, i, &cp);
    if (len == 0) {
      f.valid_ = false;
      break;
    }
    scratch.clear();
    if ((cp == 0xE0 || cp == 0xC0) && IsStandaloneWord(original, i, len)) {
      // French "à" (to, at) and "a" (has) differ only by the accent; keep it on the word alone.
      scratch.append("\xC3\xA0");
    } else {
      FoldCodePoint(cp, original.substr(i, len), &scratch);
    }
    const bool upper = IsUpperCodePoint(cp);
    if (out + scratch.size() > f.folded_.size()) {  // cannot happen today; stay safe if it does
      f.folded_.resize(out + scratch.size() + (n - i));
      f.to_original_.resize(f.folded_.size() + 1);
      f.upper_.resize(f.folded_.size());
    }
    for (char folded : scratch) {
      f.folded_[out] = folded;
      f.to_original_[out] = static_cast<uint32_t>(i);
      f.upper_[out] = upper;
      ++out;
    }
    i += len;
  }
  f.folded_.resize(out);
  f.to_original_.resize(out + 1);
  f.to_original_[out] = static_cast<uint32_t>(n);
  f.upper_.resize(out);
  return f;
}

std::string FoldPhrase(absl::string_view text) {
  if (!IsValidUtf8(text)) return std::string(text);
  return FoldedText::Fold(text).text();
}

}  // namespace claimcheck
