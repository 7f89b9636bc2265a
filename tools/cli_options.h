// The claimcheck command line: subcommands, their flags, and their --help text.
//
// Usage:
//   absl::StatusOr<claimcheck::CliOptions> options =
//       claimcheck::ParseCommandLine(args, getenv("CLAIMCHECK_TOKEN"));
//   if (!options.ok()) { std::cerr << options.status().message(); return 2; }
//
// Flags take `--name=value` or `--name value`; `--` ends the flags. Each subcommand accepts only
// the flags its help lists, so a typo is an error rather than silently ignored.
#ifndef CLAIMCHECK_TOOLS_CLI_OPTIONS_H_
#define CLAIMCHECK_TOOLS_CLI_OPTIONS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "tools/report.h"

namespace claimcheck {

enum class Command { kNone, kExtract, kCheck, kIngest, kConflicts };
enum class Format { kText, kJsonl, kJunit };

struct CliOptions {
  Command command = Command::kNone;
  bool help = false;  // print the help of `command` (or the general help) and exit 0
  std::vector<std::string> inputs;
  Format format = Format::kText;
  FlagKindSet fail_on = {v1::CONFLICT, v1::INCONSISTENT};
  std::string server;       // HOST:PORT; empty = work in-process
  std::string token;        // --token, else $CLAIMCHECK_TOKEN
  std::string tls_ca;       // PEM roots: talk TLS to --server
  std::string lexicon_dir;  // empty = the lexicons shipped with the binary
  int deadline_seconds = 60;
  int64_t max_input_bytes = 16 << 20;  // --max_input_bytes: the most one input file may hold
};

// Parses the arguments after the program name. `env_token` is $CLAIMCHECK_TOKEN ("" if unset).
// INVALID_ARGUMENT with a message fit for stderr on bad usage (unknown subcommand or flag, bad
// value, missing FILE or --server). `--help` anywhere wins over every other error but an unknown
// subcommand.
absl::StatusOr<CliOptions> ParseCommandLine(const std::vector<std::string>& args,
                                            absl::string_view env_token);

// The help of one subcommand, or the general help for Command::kNone.
std::string HelpText(Command command);

}  // namespace claimcheck

#endif  // CLAIMCHECK_TOOLS_CLI_OPTIONS_H_
