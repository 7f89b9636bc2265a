// Dispatch and the exit-code contract shared by every subcommand.
#include "tools/commands.h"

#include "absl/strings/str_cat.h"
#include "tools/article_reader.h"

namespace claimcheck {
namespace {

// Writes `reports` in the chosen format and turns them into an exit code.
int Report(const std::vector<ArticleReport>& reports, const CliOptions& options, std::ostream& out,
           std::ostream& err, const Terminal& terminal) {
  switch (options.format) {
    case Format::kText:
      WriteTextReport(reports, terminal.out_is_tty, out);
      break;
    case Format::kJsonl:
      if (absl::Status written = WriteJsonlReport(reports, out); !written.ok()) {
        err << "claimcheck: " << written.message() << "\n";
        return 2;
      }
      break;
    case Format::kJunit:
      WriteJunitReport(reports, options.fail_on, out);
      break;
  }
  out.flush();
  return RaisesAny(reports, options.fail_on) ? 1 : 0;
}

}  // namespace

absl::StatusOr<std::vector<v1::Article>> ReadInputs(const CliOptions& options, std::ostream& err) {
  std::vector<v1::Article> articles;
  std::vector<std::string> skipped, warnings;
  ReadOptions read_options;
  read_options.max_file_bytes = options.max_input_bytes;
  read_options.skipped = &skipped;
  read_options.warnings = &warnings;
  for (const std::string& input : options.inputs) {
    if (absl::Status read = ReadArticles(input, &articles, read_options); !read.ok()) return read;
  }
  for (const std::string& why : skipped) err << "claimcheck: skipped " << why << "\n";
  for (const std::string& warning : warnings) err << "claimcheck: warning: " << warning << "\n";
  return articles;
}

int RunCommand(const CliOptions& options, std::ostream& out, std::ostream& err,
               const Terminal& terminal) {
  if (options.help) {
    out << HelpText(options.command);
    return 0;
  }
  absl::StatusOr<std::vector<ArticleReport>> reports;
  switch (options.command) {
    case Command::kExtract:
      reports = ExtractLocally(options, err, terminal);
      break;
    case Command::kCheck:
      reports = options.server.empty() ? CheckLocally(options, err, terminal)
                                       : CheckRemotely(options, err, terminal);
      break;
    case Command::kIngest:
    case Command::kConflicts: {
      absl::StatusOr<int> code = options.command == Command::kIngest
                                     ? IngestRemotely(options, out, err, terminal)
                                     : ListConflictsRemotely(options, out, terminal);
      if (code.ok()) return *code;
      reports = code.status();
      break;
    }
    case Command::kNone:
      out << HelpText(Command::kNone);
      return 2;
  }
  if (!reports.ok()) {
    err << "claimcheck: " << reports.status().message() << "\n";
    return 2;
  }
  return Report(*reports, options, out, err, terminal);
}

}  // namespace claimcheck
