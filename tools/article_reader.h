// Reads the CLI's inputs into v1::Article messages.
//
// Usage:
//   std::vector<claimcheck::v1::Article> articles;
//   absl::Status read = claimcheck::ReadArticles("corpus/", &articles);
//
// Formats (chosen by extension):
//   .txt    the whole file is the text; a first line ` date YYYY-MM[-DD]` (leading space, as the
//           seed corpus has) gives published_at, else the date the text writes
//           (DateWrittenInText in article_date.h).
//   .md     the whole file is the text; a front matter block between `---` lines may give
//           `title:`, `date:`, `outlet:`, `url:`; without `date:`, the date the text writes.
//   .jsonl  one Article a line in Protobuf's JSON mapping; blank lines are skipped.
// In every case `text` holds the file's bytes exactly as read, header included, so claim spans
// are byte offsets into the file. The article id is the path as given (for .jsonl: each line's
// id). A folder is read recursively, in sorted order, keeping only those three extensions and
// skipping README.md files (named on the command line, a README.md is read like any .md).
//
// Errors are returned, never thrown: NOT_FOUND for a missing path, INVALID_ARGUMENT (naming file
// and line) for an unknown extension, a bad .jsonl line, or a file (or FIFO) holding more than
// ReadOptions::max_file_bytes, of which no more than that is read. An entry of a folder that
// cannot even be examined (a symbolic link loop, a dangling link) is named in
// ReadOptions::skipped and left out.
#ifndef CLAIMCHECK_TOOLS_ARTICLE_READER_H_
#define CLAIMCHECK_TOOLS_ARTICLE_READER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

// Parses the contents of one file; `id` becomes the article id (.txt, .md) or names the file in
// errors (.jsonl).
v1::Article ParseTxtArticle(const std::string& id, std::string bytes);
v1::Article ParseMarkdownArticle(const std::string& id, std::string bytes);
absl::StatusOr<std::vector<v1::Article>> ParseJsonlArticles(const std::string& file_name,
                                                            absl::string_view bytes);

// The most one input file may hold unless the caller says otherwise (--max_input_bytes): room
// for a feed of a few thousand articles, while an endless FIFO stops there.
inline constexpr uint64_t kDefaultMaxInputBytes = 16u << 20;

struct ReadOptions {
  uint64_t max_file_bytes = kDefaultMaxInputBytes;
  // Receives "PATH: why" for each folder entry skipped; nullptr: such an entry is an error.
  std::vector<std::string>* skipped = nullptr;
};

// Appends the articles found at `path` (a file or a folder) to `articles`.
absl::Status ReadArticles(const std::string& path, std::vector<v1::Article>* articles,
                          const ReadOptions& options = {});

}  // namespace claimcheck

#endif  // CLAIMCHECK_TOOLS_ARTICLE_READER_H_
