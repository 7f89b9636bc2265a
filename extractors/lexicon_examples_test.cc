// The examples of extractors/lexicons/README.md hold, so the documented behaviour cannot rot: for
// every row of its tables the claim at the row's number is as the row says with the lexicons as
// shipped, and is not with that row's file emptied (so the example shows what the file does).
// Every lexicon file has a row.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "extractors/claim_extractor.h"
#include "extractors/extract_for_test.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

// One row of the README's tables: | `file` | its words | example | `number` expectation |
struct Example {
  int line = 0;
  std::string file;    // relative to the lexicon folder
  std::string text;    // the example, "\n" written as a backslash and n
  std::string number;  // as written in the text
  bool none = false;   // no claim at the number
  std::vector<std::pair<std::string, std::string>> fields;  // field=value, in order
};

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<Example> ReadExamples(const std::string& readme) {
  std::vector<Example> out;
  int number = 0;
  for (absl::string_view line : absl::StrSplit(readme, '\n')) {
    ++number;
    if (!absl::StartsWith(line, "| `")) continue;
    std::vector<std::string> cells = absl::StrSplit(line, " | ");
    EXPECT_EQ(cells.size(), 4u) << "README.md:" << number << ": four cells expected";
    if (cells.size() != 4) continue;
    Example e;
    e.line = number;
    e.file = std::string(absl::StripSuffix(absl::StripPrefix(cells[0], "| `"), "`"));
    e.text = absl::StrReplaceAll(cells[2], {{"\\n", "\n"}});
    absl::string_view claim = absl::StripSuffix(cells[3], " |");
    const size_t close = claim.find('`', 1);
    EXPECT_TRUE(absl::StartsWith(claim, "`") && close != absl::string_view::npos)
        << "README.md:" << number << ": the claim column starts with `number`";
    if (close == absl::string_view::npos) continue;
    e.number = std::string(claim.substr(1, close - 1));
    const absl::string_view expect = absl::StripAsciiWhitespace(claim.substr(close + 1));
    e.none = expect == "none";
    if (!e.none) {
      for (absl::string_view part : absl::StrSplit(expect, ';')) {
        std::pair<std::string, std::string> kv = absl::StrSplit(part, absl::MaxSplits('=', 1));
        e.fields.emplace_back(absl::StripAsciiWhitespace(kv.first),
                              absl::StripAsciiWhitespace(kv.second));
      }
    }
    out.push_back(std::move(e));
  }
  return out;
}

// Empty when the example holds, else what differs.
std::string Mismatch(const ClaimExtractor& extractor, const Example& e) {
  v1::Article article;
  article.set_id("example");
  article.set_text(e.text);
  if (absl::StartsWith(e.file, "fr/")) article.set_language("fr");
  if (absl::StartsWith(e.file, "en/")) article.set_language("en");
  auto claims = extractor.Extract(article);
  if (!claims.ok()) return claims.status().ToString();
  const v1::Claim* c = ClaimAt(*claims, e.text, e.number);
  if (e.none) return c == nullptr ? "" : "a claim";
  if (c == nullptr) return "no claim";
  std::string differs;
  for (const auto& [field, want] : e.fields) {
    const std::string got = ClaimField(*c, *claims, field);
    if (got != want) absl::StrAppend(&differs, field, "=", got, " (not ", want, ") ");
  }
  return differs;
}

// A copy of the shipped lexicons in the test's temporary folder (the runfiles are links).
fs::path CopyLexicons() {
  const fs::path from = DefaultLexiconDir();
  fs::path to = fs::path(std::getenv("TEST_TMPDIR")) / "lexicons";
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(from)) {
    if (!fs::is_regular_file(entry.path())) continue;
    // Lexically: fs::relative would follow the links out of the runfiles.
    const fs::path target = to / entry.path().lexically_relative(from);
    fs::create_directories(target.parent_path());
    std::ofstream(target, std::ios::binary) << ReadFile(entry.path());
  }
  return to;
}

// The file's comment lines only.
std::string CommentsOf(const std::string& content) {
  std::string out;
  for (absl::string_view line : absl::StrSplit(content, '\n')) {
    if (absl::StartsWith(line, "#")) absl::StrAppend(&out, line, "\n");
  }
  return out;
}

TEST(LexiconExamplesTest, EveryFileHasAnExampleThatHoldsOnlyWithIt) {
  const fs::path lexicons = CopyLexicons();
  const std::vector<Example> examples = ReadExamples(ReadFile(lexicons / "README.md"));
  ASSERT_FALSE(examples.empty());
  std::set<std::string> files;
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(lexicons)) {
    if (entry.path().extension() == ".tsv") {
      files.insert(entry.path().lexically_relative(lexicons).generic_string());
    }
  }
  std::map<std::string, std::vector<const Example*>> by_file;
  for (const Example& e : examples) by_file[e.file].push_back(&e);
  for (const std::string& file : files) {
    EXPECT_TRUE(by_file.count(file)) << file << " has no example in lexicons/README.md";
  }

  auto shipped = ClaimExtractor::Create(lexicons.string());
  ASSERT_TRUE(shipped.ok()) << shipped.status();
  for (const Example& e : examples) {
    EXPECT_TRUE(files.count(e.file)) << "README.md:" << e.line << ": no file " << e.file;
    EXPECT_NE(e.text.find(e.number), std::string::npos) << "README.md:" << e.line;
    EXPECT_EQ(Mismatch(**shipped, e), "") << "README.md:" << e.line << ": " << e.text;
  }
  for (const auto& [file, rows] : by_file) {
    if (!files.count(file)) continue;
    const fs::path path = lexicons / file;
    const std::string content = ReadFile(path);
    std::ofstream(path, std::ios::binary) << CommentsOf(content);
    auto emptied = ClaimExtractor::Create(lexicons.string());
    std::ofstream(path, std::ios::binary) << content;
    ASSERT_TRUE(emptied.ok()) << file << " emptied: " << emptied.status();
    for (const Example* e : rows) {
      EXPECT_NE(Mismatch(**emptied, *e), "")
          << "README.md:" << e->line << ": the example holds without " << file << " too";
    }
  }
}

}  // namespace
}  // namespace claimcheck
