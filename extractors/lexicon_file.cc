#include "extractors/lexicon_file.h"

#include <fstream>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "extractors/folded_text.h"

namespace claimcheck {
namespace {

// Reads a TAB-separated file, skipping blank lines and '#' comments.
absl::StatusOr<std::vector<TsvLine>> ReadTsv(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat("lexicon file not found: ", path));
  std::vector<TsvLine> lines;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    absl::string_view view = absl::StripAsciiWhitespace(line);
    if (view.empty() || view.front() == '#') continue;
    if (!IsValidUtf8(view)) {
      return absl::InvalidArgumentError(absl::StrCat(path, ":", number, ": not UTF-8"));
    }
    TsvLine parsed;
    parsed.number = number;
    for (absl::string_view f : absl::StrSplit(view, '\t')) {
      parsed.fields.emplace_back(absl::StripAsciiWhitespace(f));
    }
    lines.push_back(std::move(parsed));
  }
  return lines;
}

}  // namespace

absl::Status LineError(const std::string& path, const TsvLine& line, absl::string_view what) {
  return absl::InvalidArgumentError(absl::StrCat(path, ":", line.number, ": ", what));
}

// Calls `fn` on every line of the TSV file at `path`. A line with fewer than `min_fields` or
// more than `max_fields` fields is INVALID_ARGUMENT naming file, line and the `layout` expected.
absl::Status ForEachLine(const std::string& path, size_t min_fields, size_t max_fields,
                         absl::string_view layout,
                         const std::function<absl::Status(const TsvLine&)>& fn) {
  absl::StatusOr<std::vector<TsvLine>> lines = ReadTsv(path);
  if (!lines.ok()) return lines.status();
  for (const TsvLine& line : *lines) {
    if (line.fields.size() < min_fields || line.fields.size() > max_fields) {
      return LineError(path, line, absl::StrCat("expected: ", layout));
    }
    if (absl::Status s = fn(line); !s.ok()) return s;
  }
  return absl::OkStatus();
}

}  // namespace claimcheck
