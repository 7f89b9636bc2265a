// The claimcheck subcommands, run from parsed options.
//
// Usage:
//   claimcheck::Terminal terminal{isatty(1) != 0, isatty(2) != 0};
//   return claimcheck::RunCommand(*options, std::cout, std::cerr, terminal);
//
// Reports go to `out`, diagnostics and the progress bar to `err`. The return value is the exit
// code DESIGN.md fixes: 0 nothing to report, 1 a flag named by --fail_on was raised, 2 bad usage,
// unreadable input or a failed server call (with a message on `err` saying which).
#ifndef CLAIMCHECK_TOOLS_COMMANDS_H_
#define CLAIMCHECK_TOOLS_COMMANDS_H_

#include <ostream>
#include <vector>

#include "absl/status/statusor.h"
#include "tools/cli_options.h"
#include "tools/report.h"

namespace claimcheck {

struct Terminal {
  bool out_is_tty = false;  // colour the text report
  bool err_is_tty = false;  // draw the progress bar
};

int RunCommand(const CliOptions& options, std::ostream& out, std::ostream& err,
               const Terminal& terminal);

// Reads every input of `options` in order, naming on `err` each article that has no date. The
// first error (NOT_FOUND, INVALID_ARGUMENT...); folder entries that cannot be examined (a
// symbolic link loop...) are named on `err`, skipped.
absl::StatusOr<std::vector<v1::Article>> ReadInputs(const CliOptions& options, std::ostream& err);

// In-process subcommands: `extract` and `check` without --server.
absl::StatusOr<std::vector<ArticleReport>> ExtractLocally(const CliOptions& options,
                                                          std::ostream& err,
                                                          const Terminal& terminal);
absl::StatusOr<std::vector<ArticleReport>> CheckLocally(const CliOptions& options,
                                                        std::ostream& err,
                                                        const Terminal& terminal);

// Subcommands against a running server. Each writes its report to `out` and returns the exit
// code; a failed call is an error status carrying the server's code and message.
absl::StatusOr<std::vector<ArticleReport>> CheckRemotely(const CliOptions& options,
                                                         std::ostream& err,
                                                         const Terminal& terminal);
absl::StatusOr<int> IngestRemotely(const CliOptions& options, std::ostream& out, std::ostream& err,
                                   const Terminal& terminal);
absl::StatusOr<int> ListConflictsRemotely(const CliOptions& options, std::ostream& out,
                                          const Terminal& terminal);

}  // namespace claimcheck

#endif  // CLAIMCHECK_TOOLS_COMMANDS_H_
