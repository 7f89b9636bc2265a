// Dispatch, reading the inputs of a batch, and the exit-code contract shared by every subcommand.
#include "tools/commands.h"

#include <iterator>
#include <sstream>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "extractors/folded_text.h"
#include "tools/article_reader.h"
#include "tools/report_html.h"

namespace claimcheck {
namespace {

// The article id of the input `-`.
constexpr char kStdinId[] = "stdin";

// Writes the batch in the chosen format and turns it into an exit code.
int Report(const BatchReport& batch, const CliOptions& options, std::ostream& out,
           std::ostream& err, const Terminal& terminal) {
  switch (options.format) {
    case Format::kText:
      WriteTextReport(batch, {terminal.color, options.only_flagged}, out);
      break;
    case Format::kJsonl:
      if (absl::Status written = WriteJsonlReport(batch, options.only_flagged, out);
          !written.ok()) {
        out.flush();
        err << "claimcheck: " << written.message() << "\n";
        return 2;
      }
      break;
    case Format::kJunit:
      WriteJunitReport(batch, options.fail_on, out);
      break;
    case Format::kHtml:
      WriteHtmlReport(batch, {options.only_flagged, VersionText()}, out);
      break;
  }
  out.flush();
  if (!batch.skipped.empty()) return 2;
  return RaisesAny(batch.articles, options.fail_on) ? 1 : 0;
}

// One article from standard input, read as a file is (article/: header, front matter, date), no
// more than `max_bytes` of it.
absl::StatusOr<PreparedArticle> ReadStdinArticle(std::istream& in, uint64_t max_bytes,
                                                 const ClaimExtractor* dater) {
  std::string bytes;
  char chunk[64 << 10];
  while (in && bytes.size() <= max_bytes) {
    in.read(chunk, static_cast<std::streamsize>(
                       std::min<uint64_t>(sizeof(chunk), max_bytes + 1 - bytes.size())));
    bytes.append(chunk, static_cast<size_t>(in.gcount()));
  }
  if (in.bad()) return absl::DataLossError("error while reading standard input");
  if (bytes.size() > max_bytes) {
    return absl::InvalidArgumentError(absl::StrCat(
        "more than ", max_bytes, " bytes; --max_input_bytes raises the limit"));
  }
  return ParseArticleFile(kStdinId, std::move(bytes), dater);
}

// Appends `read` (the articles of one input) to `articles`, except an article whose id another
// input already gave: two files of one name, each named on its own ("a/x.txt b/x.txt"), would
// otherwise be one article, the second silently replacing the first. Inside one input ids are
// the input's own business (a .jsonl may send a new text for an id).
void KeepUniqueIds(const std::string& input, std::vector<v1::Article> read,
                   absl::flat_hash_map<std::string, std::string>* input_of_id,
                   std::vector<v1::Article>* articles, SkipLog* skips) {
  for (v1::Article& article : read) {
    auto [it, first] = input_of_id->emplace(article.id(), input);
    if (!first && it->second != input) {
      skips->Skip(input, absl::StrCat("its article id '", article.id(), "' is also that of ",
                                      it->second, " (name their folder instead, or give each an ",
                                      "`id:` in its front matter)"));
      continue;
    }
    articles->push_back(std::move(article));
  }
}

// The reader's messages start with the path; the skip log names it already.
std::string WithoutPath(const absl::Status& status, absl::string_view path) {
  absl::string_view message = status.message();
  if (absl::StartsWith(message, absl::StrCat(path, ": "))) message.remove_prefix(path.size() + 2);
  return std::string(message);
}

}  // namespace

void SkipLog::Skip(std::string name, absl::string_view reason, ProgressBar* progress) {
  if (progress != nullptr) progress->Clear();
  err_ << "claimcheck: " << name << ": skipped: " << reason << "\n" << std::flush;
  skipped_.push_back({std::move(name), std::string(reason)});
}

std::vector<v1::Article> ReadInputs(const CliOptions& options, std::istream& in, std::ostream& err,
                                    SkipLog* skips, const ClaimExtractor* dater) {
  std::vector<v1::Article> articles;
  std::vector<std::string> warnings;
  absl::flat_hash_map<std::string, std::string> input_of_id;  // which input gave each id
  ReadOptions read_options;
  read_options.max_file_bytes = options.max_input_bytes;
  read_options.warnings = &warnings;
  read_options.dater = dater;
  for (const std::string& input : options.inputs) {
    if (input == "-") {
      absl::StatusOr<PreparedArticle> article = ReadStdinArticle(in, options.max_input_bytes, dater);
      if (!article.ok()) {
        skips->Skip("-", article.status().message());
        continue;
      }
      if (article->date_source == v1::DATE_SOURCE_NONE) {
        warnings.push_back(UndatedWarning("-"));
      }
      std::vector<v1::Article> read_here;
      read_here.push_back(std::move(article->article));
      KeepUniqueIds(input, std::move(read_here), &input_of_id, &articles, skips);
      continue;
    }
    std::vector<UnreadableFile> unreadable;
    read_options.unreadable = &unreadable;
    std::vector<v1::Article> read_here;
    if (absl::Status read = ReadArticles(input, &read_here, read_options); !read.ok()) {
      skips->Skip(input, WithoutPath(read, input));
    }
    for (const UnreadableFile& file : unreadable) {
      skips->Skip(file.path, WithoutPath(file.status, file.path));
    }
    KeepUniqueIds(input, std::move(read_here), &input_of_id, &articles, skips);
  }
  for (const std::string& warning : warnings) err << "claimcheck: warning: " << warning << "\n";
  return articles;
}

absl::Status CheckDecodes(const v1::Article& article) {
  if (IsValidUtf8(article.text())) return absl::OkStatus();
  return absl::InvalidArgumentError(
      "the text is not UTF-8 (Latin-1 or Windows-1252? `iconv -f latin1 -t utf-8 FILE` "
      "converts it)");
}

int RunCommand(const CliOptions& options, std::istream& in, std::ostream& out, std::ostream& err,
               const Terminal& terminal) {
  if (options.version) {
    out << VersionText() << "\n";
    return 0;
  }
  if (options.help) {
    out << HelpText(options.command);
    return 0;
  }
  // --quiet: the report goes nowhere; stderr still names what went wrong.
  std::ostream discard(nullptr);
  std::ostream& report_out = options.quiet ? discard : out;
  Terminal shown = terminal;
  if (options.quiet) shown.err_is_tty = false;  // no progress bar either
  absl::StatusOr<BatchReport> batch;
  switch (options.command) {
    case Command::kExtract:
      batch = ExtractLocally(options, in, err, shown);
      break;
    case Command::kCheck:
      batch = options.server.empty() ? CheckLocally(options, in, err, shown)
                                     : CheckRemotely(options, in, err, shown);
      break;
    case Command::kIngest:
    case Command::kConflicts: {
      absl::StatusOr<int> code = options.command == Command::kIngest
                                     ? IngestRemotely(options, in, report_out, err, shown)
                                     : ListConflictsRemotely(options, report_out, shown);
      if (code.ok()) return *code;
      batch = code.status();
      break;
    }
    case Command::kNone:
      out << HelpText(Command::kNone);
      return 2;
  }
  if (!batch.ok()) {
    err << "claimcheck: " << batch.status().message() << "\n";
    return 2;
  }
  return Report(*batch, options, report_out, err, shown);
}

}  // namespace claimcheck
