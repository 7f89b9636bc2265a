// libFuzzer target: the CLI's article readers on arbitrary file contents. The first byte picks
// the format (.txt with its date header, .md with front matter, .jsonl); the rest is the file.
// Contract checked (tools/article_reader.h): .txt and .md keep the bytes exactly as read, and a
// .jsonl file either parses or is INVALID_ARGUMENT -- never another code, never a crash.
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
  switch (data[0] % 3) {
    case 0: {
      v1::Article article = ParseTxtArticle("fuzz.txt", bytes);
      FuzzCheck(article.text() == bytes, ".txt text differs from the file");
      FuzzCheck(article.id() == "fuzz.txt", ".txt id is not the path");
      break;
    }
    case 1: {
      v1::Article article = ParseMarkdownArticle("fuzz.md", bytes);
      FuzzCheck(article.text() == bytes, ".md text differs from the file");
      FuzzCheck(article.id() == "fuzz.md", ".md id is not the path");
      break;
    }
    default: {
      absl::StatusOr<std::vector<v1::Article>> articles = ParseJsonlArticles("fuzz.jsonl", bytes);
      FuzzCheck(articles.ok() || absl::IsInvalidArgument(articles.status()),
                ".jsonl error is not INVALID_ARGUMENT");
      break;
    }
  }
  return 0;
}
