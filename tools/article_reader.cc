#include "tools/article_reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "google/protobuf/util/json_util.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

// The bytes of `path`, reading no more than max_bytes + 1 of them: a FIFO may never end.
absl::StatusOr<std::string> ReadFileBytes(const std::string& path, uint64_t max_bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat("cannot read ", path));
  std::string bytes;
  char chunk[64 << 10];
  while (in && bytes.size() <= max_bytes) {
    in.read(chunk, static_cast<std::streamsize>(
                       std::min<uint64_t>(sizeof(chunk), max_bytes + 1 - bytes.size())));
    bytes.append(chunk, static_cast<size_t>(in.gcount()));
  }
  if (in.bad()) return absl::DataLossError(absl::StrCat("error while reading ", path));
  if (bytes.size() > max_bytes) {
    return absl::InvalidArgumentError(absl::StrCat(
        path, ": more than ", max_bytes, " bytes; --max_input_bytes raises the limit"));
  }
  return bytes;
}

bool HasArticleExtension(const fs::path& path) {
  const std::string ext = path.extension().string();
  return ext == ".txt" || ext == ".md" || ext == ".jsonl";
}

// Keeps `article`, noting in `warnings` when it has no date at all. `where` names it for a person.
void Keep(PreparedArticle article, const std::string& where, std::vector<v1::Article>* articles,
          std::vector<std::string>* warnings) {
  if (article.date_source == v1::DATE_SOURCE_NONE && warnings != nullptr) {
    warnings->push_back(UndatedWarning(where));
  }
  articles->push_back(std::move(article.article));
}

// Reads the file at `path`; `id` is its path relative to the folder named, or its name.
absl::Status ReadFile(const std::string& path, const std::string& id,
                      std::vector<v1::Article>* articles, const ReadOptions& options) {
  std::vector<std::string>* warnings = options.warnings;
  const std::string ext = fs::path(path).extension().string();
  if (!HasArticleExtension(path)) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": unknown input type `", ext, "`; expected .txt, .md or .jsonl"));
  }
  absl::StatusOr<std::string> bytes = ReadFileBytes(path, options.max_file_bytes);
  if (!bytes.ok()) return bytes.status();
  if (ext == ".jsonl") {
    absl::StatusOr<std::vector<PreparedArticle>> parsed = ParseJsonlArticles(path, *bytes, options.dater);
    if (!parsed.ok()) return parsed.status();
    for (PreparedArticle& article : *parsed) {
      const std::string where = absl::StrCat(path, " (id ", article.article.id(), ")");
      Keep(std::move(article), where, articles, warnings);
    }
    return absl::OkStatus();
  }
  absl::StatusOr<PreparedArticle> article = ParseArticleFile(id, *std::move(bytes), options.dater);
  if (!article.ok()) {
    return absl::Status(article.status().code(),
                        absl::StrCat(path, ": ", article.status().message()));
  }
  Keep(*std::move(article), path, articles, warnings);
  return absl::OkStatus();
}

}  // namespace

std::string UndatedWarning(absl::string_view where) {
  return absl::StrCat(where,
                      ": no date (no ` date` header, front matter `date:` or date written in the "
                      "text): it is compared only with itself");
}

absl::StatusOr<PreparedArticle> ParseArticleFile(const std::string& id, std::string bytes,
                                                 const ClaimExtractor* dater) {
  v1::Article article;
  article.set_text(std::move(bytes));
  return PrepareArticle(std::move(article), id, dater);
}

absl::StatusOr<std::vector<PreparedArticle>> ParseJsonlArticles(
    const std::string& file_name, absl::string_view bytes, const ClaimExtractor* dater) {
  std::vector<PreparedArticle> articles;
  int line_number = 0;
  for (absl::string_view line : absl::StrSplit(bytes, '\n')) {
    ++line_number;
    if (absl::StripAsciiWhitespace(line).empty()) continue;
    const std::string where = absl::StrCat(file_name, ":", line_number);
    v1::Article article;
    google::protobuf::util::JsonParseOptions options;
    options.ignore_unknown_fields = true;
    auto parsed = google::protobuf::util::JsonStringToMessage(
        google::protobuf::StringPiece(line.data(), line.size()), &article, options);
    if (!parsed.ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat(where, ": not an Article in JSON: ", std::string(parsed.message())));
    }
    absl::StatusOr<PreparedArticle> prepared = PrepareArticle(std::move(article), "", dater);
    if (!prepared.ok()) {
      return absl::Status(prepared.status().code(),
                          absl::StrCat(where, ": ", prepared.status().message()));
    }
    if (prepared->article.id().empty()) {
      return absl::InvalidArgumentError(absl::StrCat(where, ": the article has no \"id\""));
    }
    articles.push_back(*std::move(prepared));
  }
  return articles;
}

absl::Status ReadArticles(const std::string& path, std::vector<v1::Article>* articles,
                          const ReadOptions& options) {
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  if (error || !fs::exists(status)) {
    return absl::NotFoundError(absl::StrCat(path, ": no such file or folder"));
  }
  if (!fs::is_directory(status)) {
    return ReadFile(path, fs::path(path).filename().string(), articles, options);
  }

  std::vector<fs::path> files;
  for (fs::recursive_directory_iterator it(path, error), end; !error && it != end;
       it.increment(error)) {
    // The error_code overloads throughout: a link that loops or dangles makes the others throw.
    std::error_code entry_error;
    const bool regular = it->is_regular_file(entry_error);
    if (entry_error && HasArticleExtension(it->path())) {
      absl::Status unexamined = absl::NotFoundError(
          absl::StrCat(it->path().string(), ": ", entry_error.message()));
      if (options.unreadable == nullptr) return unexamined;
      options.unreadable->push_back({it->path().string(), std::move(unexamined)});
      continue;
    }
    // A folder's README.md documents the folder; it is not an article.
    if (regular && HasArticleExtension(it->path()) &&
        absl::AsciiStrToLower(it->path().filename().string()) != "readme.md") {
      files.push_back(it->path());
    }
  }
  if (error) {
    return absl::PermissionDeniedError(absl::StrCat(path, ": cannot list: ", error.message()));
  }
  std::sort(files.begin(), files.end(),
            [](const fs::path& a, const fs::path& b) { return a.string() < b.string(); });
  for (const fs::path& file : files) {
    const std::string id = file.lexically_relative(path).generic_string();
    absl::Status read = ReadFile(file.string(), id, articles, options);
    if (read.ok()) continue;
    if (options.unreadable == nullptr) return read;
    options.unreadable->push_back({file.string(), std::move(read)});
  }
  return absl::OkStatus();
}

}  // namespace claimcheck
