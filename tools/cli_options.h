// The claimcheck command line: subcommands, their flags, and their --help text.
//
// Usage:
//   absl::StatusOr<claimcheck::CliOptions> options =
//       claimcheck::ParseCommandLine(args, getenv("CLAIMCHECK_TOKEN"));
//   if (!options.ok()) { std::cerr << options.status().message(); return 2; }
//
// Flags take `--name=value` or `--name value`, switches (--quiet, --flagged) none, and --color an
// optional `=WHEN` as grep's does; `--` ends the flags and `-` alone is standard input. Each
// subcommand accepts only the flags its help lists, so a typo is an error rather than silently
// ignored.
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
enum class Format { kText, kJsonl, kJunit, kHtml };
// --color: auto colours the text report on a terminal unless $NO_COLOR is set.
enum class ColorChoice { kAuto, kAlways, kNever };

// "claimcheck 0.9.0 (API claimcheck.v1)": what --version prints.
std::string VersionText();

struct CliOptions {
  Command command = Command::kNone;
  bool help = false;     // print the help of `command` (or the general help) and exit 0
  bool version = false;  // print VersionText() and exit 0
  std::vector<std::string> inputs;  // "-" is standard input
  Format format = Format::kText;
  // `conflicts` lists contested figures, which is not a failure: it fails only on a --fail_on.
  FlagKindSet fail_on = {v1::CONFLICT, v1::INCONSISTENT};
  bool quiet = false;         // --quiet: nothing on stdout, the exit code says it all
  bool only_flagged = false;  // --flagged: report only the claims that carry a flag
  ColorChoice color = ColorChoice::kAuto;
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

// Whether to colour stdout: --color=always, or auto on a terminal when `no_color_env` ($NO_COLOR,
// "" when unset) is empty (https://no-color.org: set to anything, it turns colour off).
bool UseColor(ColorChoice choice, bool out_is_tty, absl::string_view no_color_env);

}  // namespace claimcheck

#endif  // CLAIMCHECK_TOOLS_CLI_OPTIONS_H_
