// What an article's first lines say about it, before its text proper begins.
//
// Usage:
//   ArticleHeader header = ReadArticleHeader(text);   // text: decoded (NormalizedText)
//   if (header.date.has_value()) ...
//
// Two forms, whatever the file's extension (the server sees no extension, and reads exactly what
// the command line reads):
//   - a first line starting ` date YYYY-MM[-DD]` (leading space, as the seed corpus has); the
//     text may go on after the date on the same line;
//   - a front matter block: a first line `---`, lines `key: value`, a closing line `---`. Keys
//     read: `id`, `title`, `date` (YYYY-MM[-DD]), `outlet`, `url`, `language` (or `lang`); a value
//     may be quoted with " or '. Other keys are ignored. Without the closing line there is no
//     front matter: the lines are text.
// A date that does not parse (2023-02-30) is no date; the rest of the header still counts.
//
// Thread safety: a pure function.
#ifndef CLAIMCHECK_ARTICLE_ARTICLE_HEADER_H_
#define CLAIMCHECK_ARTICLE_ARTICLE_HEADER_H_

#include <cstddef>
#include <optional>
#include <string>

#include "absl/strings/string_view.h"
#include "google/protobuf/timestamp.pb.h"

namespace claimcheck {

struct ArticleHeader {
  enum class Form { kNone, kDateLine, kFrontMatter };
  Form form = Form::kNone;
  std::optional<google::protobuf::Timestamp> date;
  // Front matter fields; "" when absent.
  std::string id;
  std::string title;
  std::string outlet;
  std::string url;
  std::string language;
  // Bytes of the text the front matter takes, closing `---` line included (0 for a date line,
  // which shares its line with the text, and without a header).
  size_t front_matter_bytes = 0;
};

ArticleHeader ReadArticleHeader(absl::string_view text);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ARTICLE_ARTICLE_HEADER_H_
