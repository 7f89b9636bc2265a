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
// and line) for an unknown extension or a bad .jsonl line.
#ifndef CLAIMCHECK_TOOLS_ARTICLE_READER_H_
#define CLAIMCHECK_TOOLS_ARTICLE_READER_H_

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

// Appends the articles found at `path` (a file or a folder) to `articles`.
absl::Status ReadArticles(const std::string& path, std::vector<v1::Article>* articles);

// A file of a folder that could not be read, and why.
struct UnreadableFile {
  std::string path;
  absl::Status status;
};

// As above, but a file of a folder that cannot be read is appended to `unreadable` and the rest
// of the folder is still read: a batch names the bad file and goes on. The error returned is
// `path`'s own (missing, not listable, or a single file that cannot be read).
absl::Status ReadArticles(const std::string& path, std::vector<v1::Article>* articles,
                          std::vector<UnreadableFile>* unreadable);

}  // namespace claimcheck

#endif  // CLAIMCHECK_TOOLS_ARTICLE_READER_H_
