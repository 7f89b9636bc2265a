#include "fuzz/fuzz_support.h"

#include <cstdlib>
#include <iostream>
#include <memory>

#include "extractors/folded_text.h"
#include "google/protobuf/stubs/logging.h"

namespace claimcheck {

void FuzzCheck(bool condition, const char* what) {
  if (condition) return;
  std::cerr << "fuzz contract broken: " << what << "\n";
  std::abort();
}

const ClaimExtractor& FuzzExtractor() {
  static const ClaimExtractor* const extractor = [] {
    absl::StatusOr<std::unique_ptr<ClaimExtractor>> created =
        ClaimExtractor::Create(DefaultLexiconDir());
    if (!created.ok()) {
      std::cerr << "cannot load lexicons (set CLAIMCHECK_LEXICONS): " << created.status() << "\n";
      std::abort();
    }
    return created->release();  // lives as long as the fuzzing process
  }();
  return *extractor;
}

void SilenceProtobufLogs() { google::protobuf::SetLogHandler(nullptr); }

std::string ReplaceInvalidUtf8(absl::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    size_t length = 0;
    for (size_t n = 1; n <= 4 && i + n <= text.size(); ++n) {
      if (IsValidUtf8(text.substr(i, n))) {
        length = n;
        break;
      }
    }
    if (length == 0) {
      out.push_back('?');
      ++i;
    } else {
      out.append(text.data() + i, length);
      i += length;
    }
  }
  return out;
}

}  // namespace claimcheck
