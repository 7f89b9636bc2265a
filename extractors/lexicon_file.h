// The format of a lexicon file: UTF-8 text, one entry a line, fields separated by a TAB, blank
// lines and lines starting with '#' skipped (see lexicons/README.md).
//
// Usage:
//   absl::Status s = ForEachLine(path, 2, 2, "word<TAB>unit", [&](const TsvLine& line) {
//     if (bad) return LineError(path, line, "what is wrong");
//     ...
//     return absl::OkStatus();
//   });
#ifndef CLAIMCHECK_EXTRACTORS_LEXICON_FILE_H_
#define CLAIMCHECK_EXTRACTORS_LEXICON_FILE_H_

#include <functional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace claimcheck {

struct TsvLine {
  int number = 0;                   // 1-based line number in the file
  std::vector<std::string> fields;  // each stripped of surrounding white space
};

// Calls `fn` on every line of the file at `path`, in order, and stops at its first error.
// NOT_FOUND if the file cannot be read; INVALID_ARGUMENT naming file and line for text that is
// not UTF-8 or a line with fewer than `min_fields` or more than `max_fields` fields (the message
// gives the `layout` expected).
absl::Status ForEachLine(const std::string& path, size_t min_fields, size_t max_fields,
                         absl::string_view layout,
                         const std::function<absl::Status(const TsvLine&)>& fn);

// INVALID_ARGUMENT "path:line: what".
absl::Status LineError(const std::string& path, const TsvLine& line, absl::string_view what);

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_LEXICON_FILE_H_
