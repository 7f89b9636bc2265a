#include "tools/article_reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "google/protobuf/util/json_util.h"
#include "tools/article_date.h"

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

absl::Status ReadFile(const std::string& path, std::vector<v1::Article>* articles,
                      uint64_t max_bytes) {
  const std::string ext = fs::path(path).extension().string();
  if (!HasArticleExtension(path)) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": unknown input type `", ext, "`; expected .txt, .md or .jsonl"));
  }
  absl::StatusOr<std::string> bytes = ReadFileBytes(path, max_bytes);
  if (!bytes.ok()) return bytes.status();
  if (ext == ".jsonl") {
    absl::StatusOr<std::vector<v1::Article>> parsed = ParseJsonlArticles(path, *bytes);
    if (!parsed.ok()) return parsed.status();
    for (v1::Article& article : *parsed) articles->push_back(std::move(article));
  } else if (ext == ".md") {
    articles->push_back(ParseMarkdownArticle(path, *std::move(bytes)));
  } else {
    articles->push_back(ParseTxtArticle(path, *std::move(bytes)));
  }
  return absl::OkStatus();
}

}  // namespace

v1::Article ParseTxtArticle(const std::string& id, std::string bytes) {
  v1::Article article;
  article.set_id(id);
  absl::string_view header(bytes);
  google::protobuf::Timestamp date;
  if ((absl::ConsumePrefix(&header, " date ") && ParseIsoDate(header, &date)) ||
      DateWrittenInText(bytes, &date)) {
    *article.mutable_published_at() = date;
  }
  article.set_text(std::move(bytes));
  return article;
}

v1::Article ParseMarkdownArticle(const std::string& id, std::string bytes) {
  v1::Article article;
  article.set_id(id);
  std::vector<absl::string_view> lines = absl::StrSplit(bytes, '\n');
  if (!lines.empty() && absl::StripTrailingAsciiWhitespace(lines[0]) == "---") {
    for (size_t i = 1; i < lines.size(); ++i) {
      absl::string_view line = absl::StripAsciiWhitespace(lines[i]);
      if (line == "---") break;
      size_t colon = line.find(':');
      if (colon == absl::string_view::npos) continue;
      std::string key = absl::AsciiStrToLower(absl::StripAsciiWhitespace(line.substr(0, colon)));
      absl::string_view value = absl::StripAsciiWhitespace(line.substr(colon + 1));
      if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
          value.back() == value.front()) {
        value = value.substr(1, value.size() - 2);
      }
      if (key == "title") article.set_title(std::string(value));
      if (key == "outlet") article.set_outlet(std::string(value));
      if (key == "url") article.set_url(std::string(value));
      if (key == "language" || key == "lang") article.set_language(std::string(value));
      if (key == "date") {
        google::protobuf::Timestamp date;
        if (ParseIsoDate(value, &date)) *article.mutable_published_at() = date;
      }
    }
  }
  if (google::protobuf::Timestamp date;
      !article.has_published_at() && DateWrittenInText(bytes, &date)) {
    *article.mutable_published_at() = date;
  }
  article.set_text(std::move(bytes));
  return article;
}

absl::StatusOr<std::vector<v1::Article>> ParseJsonlArticles(const std::string& file_name,
                                                            absl::string_view bytes) {
  std::vector<v1::Article> articles;
  int line_number = 0;
  for (absl::string_view line : absl::StrSplit(bytes, '\n')) {
    ++line_number;
    if (absl::StripAsciiWhitespace(line).empty()) continue;
    v1::Article article;
    google::protobuf::util::JsonParseOptions options;
    options.ignore_unknown_fields = true;
    auto parsed = google::protobuf::util::JsonStringToMessage(
        google::protobuf::StringPiece(line.data(), line.size()), &article, options);
    if (!parsed.ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat(file_name, ":", line_number,
                       ": not an Article in JSON: ", std::string(parsed.message())));
    }
    if (article.id().empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat(file_name, ":", line_number, ": the article has no \"id\""));
    }
    articles.push_back(std::move(article));
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
  if (!fs::is_directory(status)) return ReadFile(path, articles, options.max_file_bytes);

  std::vector<std::string> files;
  for (fs::recursive_directory_iterator it(path, error), end; !error && it != end;
       it.increment(error)) {
    // The error_code overloads throughout: a link that loops or dangles makes the others throw.
    std::error_code entry_error;
    const bool regular = it->is_regular_file(entry_error);
    if (entry_error && HasArticleExtension(it->path())) {
      const std::string why = absl::StrCat(it->path().string(), ": ", entry_error.message());
      if (options.skipped == nullptr) return absl::NotFoundError(why);
      options.skipped->push_back(why);
      continue;
    }
    // A folder's README.md documents the folder; it is not an article.
    if (regular && HasArticleExtension(it->path()) &&
        absl::AsciiStrToLower(it->path().filename().string()) != "readme.md") {
      files.push_back(it->path().string());
    }
  }
  if (error) {
    return absl::PermissionDeniedError(absl::StrCat(path, ": cannot list: ", error.message()));
  }
  std::sort(files.begin(), files.end());
  for (const std::string& file : files) {
    if (absl::Status read = ReadFile(file, articles, options.max_file_bytes); !read.ok()) {
      return read;
    }
  }
  return absl::OkStatus();
}

}  // namespace claimcheck
