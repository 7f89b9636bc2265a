#include "article/article_header.h"

#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/strip.h"
#include "article/article_date.h"

namespace claimcheck {
namespace {

// The line starting at `at` (without its '\n') and where the next one starts.
absl::string_view LineAt(absl::string_view text, size_t at, size_t* next) {
  size_t end = text.find('\n', at);
  if (end == absl::string_view::npos) end = text.size();
  *next = end < text.size() ? end + 1 : end;
  return text.substr(at, end - at);
}

absl::string_view Unquoted(absl::string_view value) {
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
      value.back() == value.front()) {
    return value.substr(1, value.size() - 2);
  }
  return value;
}

void ReadField(absl::string_view line, ArticleHeader* header) {
  const size_t colon = line.find(':');
  if (colon == absl::string_view::npos) return;
  const std::string key = absl::AsciiStrToLower(absl::StripAsciiWhitespace(line.substr(0, colon)));
  const std::string value(Unquoted(absl::StripAsciiWhitespace(line.substr(colon + 1))));
  if (key == "id") header->id = value;
  if (key == "title") header->title = value;
  if (key == "outlet") header->outlet = value;
  if (key == "url") header->url = value;
  if (key == "language" || key == "lang") header->language = value;
  if (key == "date") {
    google::protobuf::Timestamp date;
    if (ParseIsoDate(value, &date)) header->date = date;
  }
}

// The front matter's lines, and its size in bytes; nothing without a closing `---`.
bool ReadFrontMatter(absl::string_view text, ArticleHeader* header) {
  size_t next = 0;
  if (absl::StripTrailingAsciiWhitespace(LineAt(text, 0, &next)) != "---") return false;
  std::vector<absl::string_view> lines;
  while (next < text.size()) {
    const absl::string_view line = LineAt(text, next, &next);
    if (absl::StripAsciiWhitespace(line) == "---") {
      for (absl::string_view field : lines) ReadField(field, header);
      header->form = ArticleHeader::Form::kFrontMatter;
      header->front_matter_bytes = next;
      return true;
    }
    lines.push_back(line);
  }
  return false;
}

}  // namespace

ArticleHeader ReadArticleHeader(absl::string_view text) {
  ArticleHeader header;
  if (ReadFrontMatter(text, &header)) return header;
  absl::string_view rest = text;
  if (absl::ConsumePrefix(&rest, " date ")) {
    google::protobuf::Timestamp date;
    if (ParseIsoDate(rest, &date)) {
      header.form = ArticleHeader::Form::kDateLine;
      header.date = date;
    }
  }
  return header;
}

}  // namespace claimcheck
