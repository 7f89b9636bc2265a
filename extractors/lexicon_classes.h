// Loads the lexicons' closed lists (see lexicons/README.md, "Word classes"): word, phrase,
// ending and subject classes, local sources, currency signs, duration units, clock suffixes.
// For Lexicons::Load only.
#ifndef CLAIMCHECK_EXTRACTORS_LEXICON_CLASSES_H_
#define CLAIMCHECK_EXTRACTORS_LEXICON_CLASSES_H_

#include <string>

#include "absl/status/status.h"
#include "extractors/lexicons.h"

namespace claimcheck {

// Reads every class file under `dir` into `lex`. NOT_FOUND for a missing file; INVALID_ARGUMENT
// naming file and line for a malformed one.
absl::Status LoadClasses(const std::string& dir, Lexicons* lex);

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_LEXICON_CLASSES_H_
