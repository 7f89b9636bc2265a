// The claimcheck subcommands, run from parsed options.
//
// Usage:
//   claimcheck::Terminal terminal{isatty(1) != 0, isatty(2) != 0, use_color};
//   return claimcheck::RunCommand(*options, std::cin, std::cout, std::cerr, terminal);
//
// Reports go to `out`, diagnostics and the progress bar to `err`; `in` is read for the input `-`.
// A batch survives bad input as ripgrep does: an input that cannot be read, decoded or sent is
// named on `err` with the reason and skipped, everything else is reported, and the exit code is
// then 2. The return value is the exit code DESIGN.md fixes: 0 nothing to report, 1 a flag named
// by --fail_on was raised, 2 bad usage, a skipped input, or a failed server (with a message on
// `err` saying which).
#ifndef CLAIMCHECK_TOOLS_COMMANDS_H_
#define CLAIMCHECK_TOOLS_COMMANDS_H_

#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "tools/cli_options.h"
#include "tools/progress_bar.h"
#include "tools/report.h"

namespace claimcheck {

class ClaimExtractor;

struct Terminal {
  bool out_is_tty = false;  // stdout is a terminal
  bool err_is_tty = false;  // draw the progress bar
  bool color = false;       // colour the text report (UseColor)
};

int RunCommand(const CliOptions& options, std::istream& in, std::ostream& out, std::ostream& err,
               const Terminal& terminal);

// The inputs a batch skipped, each named on `err` as it is met.
//
// Thread safety: not thread-safe; one batch owns it.
class SkipLog {
 public:
  explicit SkipLog(std::ostream& err) : err_(err) {}
  // Records `name` as skipped for `reason` and says so on `err`, clearing `progress` first when
  // it is drawn.
  void Skip(std::string name, absl::string_view reason, ProgressBar* progress = nullptr);
  std::vector<SkippedInput> Take() { return std::move(skipped_); }
  bool empty() const { return skipped_.empty(); }

 private:
  std::ostream& err_;
  std::vector<SkippedInput> skipped_;
};

// Reads every input of `options` in order ("-" from `in`); an input or a file of a folder that
// cannot be read is logged in `skips` and the rest is read; each article without any date is
// named on `err`. `dater` (nullptr: none) dates an article by what its text states after a cue
// ("Publié le 18/11/2018"), as the server would.
std::vector<v1::Article> ReadInputs(const CliOptions& options, std::istream& in, std::ostream& err,
                                    SkipLog* skips, const ClaimExtractor* dater);

// OK when `article` can be extracted and sent: its text is UTF-8. Else INVALID_ARGUMENT saying
// what to do about it.
absl::Status CheckDecodes(const v1::Article& article);

// In-process subcommands: `extract` and `check` without --server. An error is a failure of the
// whole batch (the lexicons cannot be loaded); bad articles are skipped.
absl::StatusOr<BatchReport> ExtractLocally(const CliOptions& options, std::istream& in,
                                           std::ostream& err, const Terminal& terminal);
absl::StatusOr<BatchReport> CheckLocally(const CliOptions& options, std::istream& in,
                                         std::ostream& err, const Terminal& terminal);

// Subcommands against a running server. An article the server refuses (INVALID_ARGUMENT,
// RESOURCE_EXHAUSTED...) is skipped; a failure of the server or the connection (UNAVAILABLE,
// UNAUTHENTICATED, DEADLINE_EXCEEDED...) is an error status carrying the server's code and
// message.
absl::StatusOr<BatchReport> CheckRemotely(const CliOptions& options, std::istream& in,
                                          std::ostream& err, const Terminal& terminal);
absl::StatusOr<int> IngestRemotely(const CliOptions& options, std::istream& in, std::ostream& out,
                                   std::ostream& err, const Terminal& terminal);
absl::StatusOr<int> ListConflictsRemotely(const CliOptions& options, std::ostream& out,
                                          const Terminal& terminal);

}  // namespace claimcheck

#endif  // CLAIMCHECK_TOOLS_COMMANDS_H_
