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

// Parses "YYYY-MM" or "YYYY-MM-DD" at the start of `text` into midnight UTC; false otherwise.
absl::StatusOr<std::string> ReadFileBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat("cannot read ", path));
  std::stringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return absl::DataLossError(absl::StrCat("error while reading ", path));
  return bytes.str();
}

bool HasArticleExtension(const fs::path& path) {
  const std::string ext = path.extension().string();
  return ext == ".txt" || ext == ".md" || ext == ".jsonl";
}

absl::Status ReadFile(const std::string& path, std::vector<v1::Article>* articles) {
  const std::string ext = fs::path(path).extension().string();
  if (!HasArticleExtension(path)) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": unknown input type `", ext, "`; expected .txt, .md or .jsonl"));
  }
  absl::StatusOr<std::string> bytes = ReadFileBytes(path);
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

absl::Status ReadArticles(const std::string& path, std::vector<v1::Article>* articles) {
  return ReadArticles(path, articles, nullptr);
}

absl::Status ReadArticles(const std::string& path, std::vector<v1::Article>* articles,
                          std::vector<UnreadableFile>* unreadable) {
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  if (error || !fs::exists(status)) {
    return absl::NotFoundError(absl::StrCat(path, ": no such file or folder"));
  }
  if (!fs::is_directory(status)) return ReadFile(path, articles);

  std::vector<std::string> files;
  for (fs::recursive_directory_iterator it(path, error), end; !error && it != end;
       it.increment(error)) {
    // A folder's README.md documents the folder; it is not an article.
    if (it->is_regular_file() && HasArticleExtension(it->path()) &&
        absl::AsciiStrToLower(it->path().filename().string()) != "readme.md") {
      files.push_back(it->path().string());
    }
  }
  if (error) {
    return absl::PermissionDeniedError(absl::StrCat(path, ": cannot list: ", error.message()));
  }
  std::sort(files.begin(), files.end());
  for (const std::string& file : files) {
    absl::Status read = ReadFile(file, articles);
    if (read.ok()) continue;
    if (unreadable == nullptr) return read;
    unreadable->push_back({file, std::move(read)});
  }
  return absl::OkStatus();
}

}  // namespace claimcheck
