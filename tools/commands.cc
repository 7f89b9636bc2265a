// Dispatch, reading the inputs of a batch, and the exit-code contract shared by every subcommand.
#include "tools/commands.h"

#include <iterator>
#include <sstream>

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
           const Terminal& terminal) {
  switch (options.format) {
    case Format::kText:
      WriteTextReport(batch, {terminal.color, options.only_flagged}, out);
      break;
    case Format::kJsonl:
      WriteJsonlReport(batch, options.only_flagged, out);
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

// One article from standard input: a Markdown front matter makes it .md, else it is read as .txt.
absl::StatusOr<v1::Article> ReadStdinArticle(std::istream& in) {
  std::string bytes(std::istreambuf_iterator<char>(in), {});
  if (in.bad()) return absl::DataLossError("error while reading standard input");
  if (absl::StartsWith(bytes, "---\n") || absl::StartsWith(bytes, "---\r\n")) {
    return ParseMarkdownArticle(kStdinId, std::move(bytes));
  }
  return ParseTxtArticle(kStdinId, std::move(bytes));
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

std::vector<v1::Article> ReadInputs(const CliOptions& options, std::istream& in, SkipLog* skips) {
  std::vector<v1::Article> articles;
  for (const std::string& input : options.inputs) {
    if (input == "-") {
      absl::StatusOr<v1::Article> article = ReadStdinArticle(in);
      if (article.ok()) {
        articles.push_back(*std::move(article));
      } else {
        skips->Skip("-", article.status().message());
      }
      continue;
    }
    std::vector<UnreadableFile> unreadable;
    if (absl::Status read = ReadArticles(input, &articles, &unreadable); !read.ok()) {
      skips->Skip(input, WithoutPath(read, input));
    }
    for (const UnreadableFile& file : unreadable) {
      skips->Skip(file.path, WithoutPath(file.status, file.path));
    }
  }
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
  return Report(*batch, options, report_out, shown);
}

}  // namespace claimcheck
