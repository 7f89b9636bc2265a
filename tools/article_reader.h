// Reads the CLI's inputs into v1::Article messages, through the pipeline the server uses
// (article/article_pipeline.h), so that a file checked here and its bytes sent over gRPC are read
// alike.
//
// Usage:
//   std::vector<claimcheck::v1::Article> articles;
//   std::vector<std::string> warnings;   // "corpus/a.txt: no date ...", for stderr
//   claimcheck::ReadOptions options;
//   options.warnings = &warnings;
//   absl::Status read = claimcheck::ReadArticles("corpus/", &articles, options);
//
// Formats (chosen by extension):
//   .txt, .md  the whole file is the text, read by PrepareArticle: a first line
//              ` date YYYY-MM[-DD]` or a front matter block (`id`, `title`, `date`, `outlet`,
//              `url`, `language`) gives what it gives, a date the text writes fills a missing
//              date. The article's id: the front matter's `id`, else its `url`, else the file's
//              path relative to the folder named (a file named on its own: its name), so that the
//              same article keeps its id whatever folder the command runs from.
//   .jsonl     one Article a line in Protobuf's JSON mapping; blank lines are skipped; each line
//              needs an id (its own, or its text's front matter); empty fields are filled alike.
// In every case `text` holds the bytes exactly as read, header included (a byte-order mark too),
// so claim spans are byte offsets into the file. A folder is read recursively, in sorted order,
// keeping only those three extensions and skipping README.md files (named on the command line,
// a README.md is read like any .md). An article left without a date is read, and named in
// `warnings`: it is compared only with itself.
//
// Errors are returned, never thrown: NOT_FOUND for a missing path, INVALID_ARGUMENT (naming file
// and line) for an unknown extension, text that is not UTF-8, a bad .jsonl line, or a file (or
// FIFO) holding more than ReadOptions::max_file_bytes, of which no more than that is read. An
// entry of a folder that cannot even be examined (a symbolic link loop, a dangling link) is an
// error too, or, with ReadOptions::unreadable, named there and left out with the folder read on.
#ifndef CLAIMCHECK_TOOLS_ARTICLE_READER_H_
#define CLAIMCHECK_TOOLS_ARTICLE_READER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "article/article_pipeline.h"
#include "claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

// The warning that names an article read without any date (`where`: its file, or "-").
std::string UndatedWarning(absl::string_view where);

// Reads the contents of one .txt or .md file; `id` is the id when its front matter gives none.
// `dater`, when not nullptr, reads a date stated after a cue (PrepareArticle).
absl::StatusOr<PreparedArticle> ParseArticleFile(const std::string& id, std::string bytes,
                                                 const ClaimExtractor* dater = nullptr);
// Reads a .jsonl file's contents; `file_name` names it in errors.
absl::StatusOr<std::vector<PreparedArticle>> ParseJsonlArticles(
    const std::string& file_name, absl::string_view bytes, const ClaimExtractor* dater = nullptr);

// The most one input file may hold unless the caller says otherwise (--max_input_bytes): room
// for a feed of a few thousand articles, while an endless FIFO stops there.
inline constexpr uint64_t kDefaultMaxInputBytes = 16u << 20;

// A file of a folder that could not be examined or read, and why.
struct UnreadableFile {
  std::string path;
  absl::Status status;
};

struct ReadOptions {
  uint64_t max_file_bytes = kDefaultMaxInputBytes;
  // Receives each file of a folder that cannot be examined (a symbolic link loop, a dangling
  // link) or read (not UTF-8, too large...), and the rest of the folder is still read: a batch
  // names the bad file and goes on. nullptr: the first such file is the error returned.
  std::vector<UnreadableFile>* unreadable = nullptr;
  // Receives a line naming each article read without any date (compared only with itself);
  // nullptr: not reported.
  std::vector<std::string>* warnings = nullptr;
  // Dates an article by what its text states after a cue ("Publié le 18/11/2018"), as the
  // server does (PrepareArticle's `dater`); nullptr: only by its header and prose.
  const ClaimExtractor* dater = nullptr;
};

// Appends the articles found at `path` (a file or a folder) to `articles`. The error returned is
// `path`'s own (missing, not listable, or a single file that cannot be read), or the first
// unreadable file of a folder when options.unreadable is nullptr.
absl::Status ReadArticles(const std::string& path, std::vector<v1::Article>* articles,
                          const ReadOptions& options = {});

}  // namespace claimcheck

#endif  // CLAIMCHECK_TOOLS_ARTICLE_READER_H_
