// DetectLanguage tells French from English by counting each language's function words
// (stopwords.tsv) in the first few thousand tokens. Ties go to French.
#ifndef CLAIMCHECK_EXTRACTORS_LANGUAGE_DETECTOR_H_
#define CLAIMCHECK_EXTRACTORS_LANGUAGE_DETECTOR_H_

#include <string>

#include "extractors/lexicons.h"
#include "extractors/tokenizer.h"

namespace claimcheck {

// "fr" or "en". Thread-safe.
std::string DetectLanguage(const Lexicons& lexicons, const TokenizedText& text);

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_LANGUAGE_DETECTOR_H_
