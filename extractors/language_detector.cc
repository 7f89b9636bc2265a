#include "extractors/language_detector.h"

#include <algorithm>

namespace claimcheck {

std::string DetectLanguage(const Lexicons& lexicons, const TokenizedText& text) {
  constexpr int kTokensRead = 600;  // plenty to decide; keeps every article cheap
  int fr = 0, en = 0;
  const int n = std::min(text.size(), kTokensRead);
  for (int i = 0; i < n; ++i) {
    if (text.tokens[i].kind != TokenKind::kWord) continue;
    if (!text.lexicon_mask.empty()) {
      fr += (text.lexicon_mask[i] >> Lexicons::kFrStopwordsBit) & 1u;
      en += (text.lexicon_mask[i] >> Lexicons::kEnStopwordsBit) & 1u;
      continue;
    }
    const absl::string_view w = text.Text(i);
    fr += lexicons.fr.stopwords.contains(w);
    en += lexicons.en.stopwords.contains(w);
  }
  return en > fr ? "en" : "fr";
}

}  // namespace claimcheck
