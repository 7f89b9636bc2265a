#include "tools/cli_options.h"

#include <algorithm>
#include <set>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "tools/version.h"

namespace claimcheck {

namespace {

constexpr char kGeneralHelp[] =
    R"(claimcheck: finds the numeric claims in news articles and flags figures that conflict,
were revised, or stand unverified.

Usage: claimcheck COMMAND [FLAGS] [FILE|DIR|-...]

Commands:
  extract    print the claims found in each article
  check      cross-check articles (in-process, or against a server with --server)
  ingest     store articles in a running server
  conflicts  list the contested figures a running server holds

Inputs: .txt (first line ` date YYYY-MM[-DD]` gives the date), .md with a front matter block
(title, date, outlet, url), .jsonl (one Article a line), folders of those, and `-` for one
article on standard input. A file that cannot be read, decoded or sent is named on stderr and
skipped; the rest is reported.
Exit codes: 0 nothing to report, 1 a flag named by --fail_on was raised, 2 bad usage, or an
input skipped.
Run `claimcheck COMMAND --help` for a command's flags; `claimcheck --version` for the version.
)";

constexpr char kFormatHelp[] =
    "  --format=FORMAT            text: a table for people (default); jsonl: one Claim per line\n"
    "                             (snake_case keys); junit: one testcase per article; html: one\n"
    "                             self-contained page, numbers highlighted, contested figures\n"
    "                             charted\n"
    "  --flagged                  report only the claims that carry a flag\n";
constexpr char kFailOnHelp[] =
    "  --fail_on=KIND,...         exit 1 when a claim carries one of these flags\n"
    "                             (default CONFLICT,INCONSISTENT; also REVISION, UNVERIFIED,\n"
    "                             UNATTRIBUTED, SINGLE_SOURCE, CORROBORATED; `none` never fails)\n";
constexpr char kServerHelp[] =
    "  --server=HOST:PORT         the claimcheck_server to talk to\n"
    "  --token=TOKEN              bearer token (default: $CLAIMCHECK_TOKEN)\n"
    "  --tls_ca=FILE              PEM root certificates: use TLS to reach the server\n"
    "  --deadline=SECONDS         give up on a call after this long (default 60)\n";
constexpr char kInputHelp[] =
    "  --max_input_bytes=N        read at most N bytes of each input file (default 16 MiB);\n"
    "                             a larger file, or an endless FIFO, is an error\n";
constexpr char kLexiconHelp[] =
    "  --lexicon_dir=DIR          extractor lexicons (default: the ones shipped)\n";
constexpr char kCommonHelp[] =
    "  --color[=WHEN]             colour the text report: auto (default: on a terminal, unless\n"
    "                             $NO_COLOR is set), always, never\n"
    "  -q, --quiet                print nothing on stdout; the exit code says it all\n"
    "  --version                  print the version\n"
    "  --help                     this help\n";

// Flags every subcommand accepts.
bool IsCommonFlag(absl::string_view name) {
  return name == "color" || name == "quiet" || name == "version";
}

// Flags that take no value.
bool IsSwitch(absl::string_view name) {
  return name == "quiet" || name == "flagged" || name == "version";
}

struct CommandSpec {
  Command command;
  const char* name;
  const char* synopsis;
  std::set<std::string> flags;
  bool needs_server;
  bool needs_inputs;
};

const std::vector<CommandSpec>& Specs() {
  static const auto* specs = new std::vector<CommandSpec>{
      {Command::kExtract,
       "extract",
       "Usage: claimcheck extract [FLAGS] FILE|DIR...\n"
       "Prints every numeric claim of each article; stores nothing, compares nothing.\n",
       {"format", "flagged", "lexicon_dir", "max_input_bytes"},
       false,
       true},
      {Command::kCheck,
       "check",
       "Usage: claimcheck check [FLAGS] FILE|DIR...\n"
       "Without --server: reads every article into an in-process store, cross-checks them\n"
       "together and reports every claim with its flags. With --server: checks each article\n"
       "against what the server holds (CheckArticle), storing nothing: a CI gate.\n",
       {"format", "flagged", "fail_on", "server", "token", "tls_ca", "deadline", "lexicon_dir",
        "max_input_bytes"},
       false,
       true},
      {Command::kIngest,
       "ingest",
       "Usage: claimcheck ingest --server=HOST:PORT [FLAGS] FILE|DIR...\n"
       "Stores the articles in a running server and reports the flags their claims raised.\n"
       "Ingesting the same id and text again changes nothing.\n",
       {"format", "fail_on", "server", "token", "tls_ca", "deadline", "max_input_bytes"},
       true,
       true},
      {Command::kConflicts,
       "conflicts",
       "Usage: claimcheck conflicts --server=HOST:PORT [FLAGS]\n"
       "Lists the figures the server holds that carry a CONFLICT, REVISION or INCONSISTENT flag,\n"
       "with their claims (--format=jsonl: one Figure per line). A listing is not a failure: it\n"
       "exits 1 only when --fail_on is given and one of its kinds is listed.\n",
       {"format", "fail_on", "server", "token", "tls_ca", "deadline"},
       true,
       false},
  };
  return *specs;
}

const CommandSpec* FindSpec(Command command) {
  for (const CommandSpec& spec : Specs()) {
    if (spec.command == command) return &spec;
  }
  return nullptr;
}

absl::Status Usage(const CommandSpec& spec, absl::string_view problem) {
  return absl::InvalidArgumentError(absl::StrCat("claimcheck ", spec.name, ": ", problem,
                                                 "\nRun `claimcheck ", spec.name,
                                                 " --help` for usage."));
}

absl::StatusOr<FlagKindSet> ParseFailOn(absl::string_view value) {
  FlagKindSet kinds;
  if (absl::AsciiStrToLower(value) == "none") return kinds;
  for (absl::string_view name : absl::StrSplit(value, ',', absl::SkipWhitespace())) {
    v1::FlagKind kind;
    if (!v1::FlagKind_Parse(absl::AsciiStrToUpper(name), &kind) ||
        kind == v1::FLAG_KIND_UNSPECIFIED) {
      return absl::InvalidArgumentError(absl::StrCat("--fail_on: unknown flag kind `", name, "`"));
    }
    kinds.insert(kind);
  }
  return kinds;
}

absl::Status SetFlag(const CommandSpec& spec, const std::string& name, const std::string& value,
                     CliOptions* options) {
  const bool reports_claims = spec.command == Command::kExtract || spec.command == Command::kCheck;
  if (name == "format") {
    if (value == "text") {
      options->format = Format::kText;
    } else if (value == "jsonl") {
      options->format = Format::kJsonl;
    } else if (value == "junit" && reports_claims) {
      options->format = Format::kJunit;
    } else if (value == "html" && reports_claims) {
      options->format = Format::kHtml;
    } else {
      return Usage(spec, absl::StrCat("--format: unknown format `", value, "`"));
    }
  } else if (name == "fail_on") {
    absl::StatusOr<FlagKindSet> kinds = ParseFailOn(value);
    if (!kinds.ok()) return Usage(spec, kinds.status().message());
    options->fail_on = *kinds;
  } else if (name == "server") {
    if (value.empty() || value.find(':') == std::string::npos) {
      return Usage(spec, "--server needs HOST:PORT");
    }
    options->server = value;
  } else if (name == "token") {
    options->token = value;
  } else if (name == "tls_ca") {
    options->tls_ca = value;
  } else if (name == "lexicon_dir") {
    options->lexicon_dir = value;
  } else if (name == "max_input_bytes") {
    if (!absl::SimpleAtoi(value, &options->max_input_bytes) || options->max_input_bytes <= 0) {
      return Usage(spec, "--max_input_bytes needs a positive number of bytes");
    }
  } else if (name == "deadline") {
    if (!absl::SimpleAtoi(value, &options->deadline_seconds) || options->deadline_seconds <= 0) {
      return Usage(spec, "--deadline needs a positive number of seconds");
    }
  } else if (name == "color") {
    if (value == "auto") {
      options->color = ColorChoice::kAuto;
    } else if (value == "always") {
      options->color = ColorChoice::kAlways;
    } else if (value == "never") {
      options->color = ColorChoice::kNever;
    } else {
      return Usage(spec, absl::StrCat("--color: expected auto, always or never, not `", value, "`"));
    }
  } else if (name == "quiet") {
    options->quiet = true;
  } else if (name == "flagged") {
    options->only_flagged = true;
  }
  return absl::OkStatus();
}

// The flags and inputs after the subcommand's name, and the checks that need all of them.
absl::Status ParseArguments(const CommandSpec& spec, const std::vector<std::string>& args,
                            CliOptions* options) {
  bool flags_done = false, fail_on_given = false;
  for (size_t i = 1; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (flags_done || !absl::StartsWith(arg, "-") || arg == "-") {
      options->inputs.push_back(arg);
      continue;
    }
    if (arg == "--") {
      flags_done = true;
      continue;
    }
    std::string name = arg.substr(absl::StartsWith(arg, "--") ? 2 : 1);
    if (name == "q") name = "quiet";
    std::string value;
    const size_t equals = name.find('=');
    const bool has_value = equals != std::string::npos;
    if (has_value) {
      value = name.substr(equals + 1);
      name = name.substr(0, equals);
    }
    if (!spec.flags.count(name) && !IsCommonFlag(name)) {
      return Usage(spec, absl::StrCat("unknown flag `", arg, "`"));
    }
    if (IsSwitch(name)) {
      if (has_value) return Usage(spec, absl::StrCat("--", name, " takes no value"));
    } else if (name == "color") {
      if (!has_value) value = "auto";  // as grep: a value only after `=`
    } else if (!has_value) {
      if (i + 1 >= args.size()) return Usage(spec, absl::StrCat(arg, " needs a value"));
      value = args[++i];
    }
    if (absl::Status set = SetFlag(spec, name, value, options); !set.ok()) return set;
    fail_on_given = fail_on_given || name == "fail_on";
  }
  if (spec.command == Command::kConflicts && !fail_on_given) options->fail_on.clear();
  if (std::count(options->inputs.begin(), options->inputs.end(), "-") > 1) {
    return Usage(spec, "`-` (standard input) may be given once");
  }
  if (spec.needs_server && options->server.empty()) return Usage(spec, "--server is required");
  if (spec.needs_inputs && options->inputs.empty()) {
    return Usage(spec, "give at least one FILE or DIR");
  }
  if (!spec.needs_inputs && !options->inputs.empty()) {
    return Usage(spec, absl::StrCat("takes no FILE arguments (got `", options->inputs[0], "`)"));
  }
  return absl::OkStatus();
}

}  // namespace

std::string HelpText(Command command) {
  const CommandSpec* spec = FindSpec(command);
  if (spec == nullptr) return kGeneralHelp;
  std::string help = absl::StrCat(spec->synopsis, "\nFlags:\n");
  if (spec->command == Command::kIngest) {
    absl::StrAppend(&help,
                    "  --format=text|jsonl        text: a line per article (default); "
                    "jsonl: one\n                             IngestArticleResponse per line\n");
  } else if (spec->command == Command::kConflicts) {
    absl::StrAppend(&help,
                    "  --format=text|jsonl        text: a block per figure (default); "
                    "jsonl: one\n                             Figure per line\n");
  } else {
    absl::StrAppend(&help, kFormatHelp);
  }
  if (spec->flags.count("fail_on")) absl::StrAppend(&help, kFailOnHelp);
  if (spec->flags.count("server")) absl::StrAppend(&help, kServerHelp);
  if (spec->flags.count("lexicon_dir")) absl::StrAppend(&help, kLexiconHelp);
  if (spec->flags.count("max_input_bytes")) absl::StrAppend(&help, kInputHelp);
  absl::StrAppend(&help, kCommonHelp, "\n",
                  "Exit codes: 0 nothing to report, 1 a flag named by --fail_on was raised, "
                  "2 bad usage, an unreachable server, or an input skipped (named on stderr; "
                  "the rest is still reported).\n");
  return help;
}

absl::StatusOr<CliOptions> ParseCommandLine(const std::vector<std::string>& args,
                                            absl::string_view env_token) {
  CliOptions options;
  options.token = std::string(env_token);
  if (args.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("claimcheck: no command given\n\n", kGeneralHelp));
  }
  if (args[0] == "--version") {
    options.version = true;
    return options;
  }
  if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    options.help = true;
    if (args.size() > 1) {
      for (const CommandSpec& spec : Specs()) {
        if (args[1] == spec.name) options.command = spec.command;
      }
    }
    return options;
  }
  const CommandSpec* spec = nullptr;
  for (const CommandSpec& candidate : Specs()) {
    if (args[0] == candidate.name) spec = &candidate;
  }
  if (spec == nullptr) {
    return absl::InvalidArgumentError(
        absl::StrCat("claimcheck: unknown command `", args[0],
                     "`; expected extract, check, ingest or conflicts (see claimcheck --help)"));
  }
  options.command = spec->command;
  for (const std::string& arg : args) {
    if (arg == "--") break;
    if (arg == "--help" || arg == "-h") {
      options.help = true;
      return options;
    }
    if (arg == "--version") {
      options.version = true;
      return options;
    }
  }

  if (absl::Status parsed = ParseArguments(*spec, args, &options); !parsed.ok()) return parsed;
  return options;
}

std::string VersionText() {
  return absl::StrCat("claimcheck ", kClaimcheckVersion, " (API claimcheck.v1)");
}

bool UseColor(ColorChoice choice, bool out_is_tty, absl::string_view no_color_env) {
  switch (choice) {
    case ColorChoice::kAlways:
      return true;
    case ColorChoice::kNever:
      return false;
    case ColorChoice::kAuto:
      return out_is_tty && no_color_env.empty();
  }
  return false;
}

}  // namespace claimcheck
