// libFuzzer target: the CLI's article readers on arbitrary file contents. The first byte picks
// the format (.txt/.md with a date header or front matter, .jsonl); the rest is the file.
// Contract checked (tools/article_reader.h): .txt and .md keep the bytes exactly as read, and
// every error is INVALID_ARGUMENT -- never another code, never a crash.
#include <cstddef>
#include <cstdint>
#include <string>

#include "absl/status/status.h"
#include "fuzz/fuzz_support.h"
#include "tools/article_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimcheck;  // NOLINT(google-build-using-namespace): fuzzer entry point
  if (size == 0) return 0;
  const std::string bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  if (data[0] % 2 == 0) {
    // .txt and .md: read alike. Text that is not UTF-8 is refused; anything else is read with
    // its bytes exactly as in the file, and the path as its id unless its front matter gives one.
    absl::StatusOr<PreparedArticle> article = ParseArticleFile("fuzz.txt", bytes);
    if (!article.ok()) {
      FuzzCheck(absl::IsInvalidArgument(article.status()), "file error is not INVALID_ARGUMENT");
      return 0;
    }
    FuzzCheck(article->article.text() == bytes, "text differs from the file");
    FuzzCheck(!article->article.id().empty(), "article without an id");
    FuzzCheck(article->header.front_matter_bytes <= article->text.text().size(),
              "front matter longer than the text");
  } else {
    absl::StatusOr<std::vector<PreparedArticle>> articles = ParseJsonlArticles("fuzz.jsonl", bytes);
    FuzzCheck(articles.ok() || absl::IsInvalidArgument(articles.status()),
              ".jsonl error is not INVALID_ARGUMENT");
  }
  return 0;
}
