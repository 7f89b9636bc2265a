// claimcheck: the command-line client. See `claimcheck --help` and DESIGN.md, "Command line".
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "tools/cli_options.h"
#include "tools/commands.h"

namespace {

const char* Env(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? "" : value;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  absl::StatusOr<claimcheck::CliOptions> options =
      claimcheck::ParseCommandLine(args, Env("CLAIMCHECK_TOKEN"));
  if (!options.ok()) {
    std::cerr << options.status().message() << "\n";
    return 2;
  }
  claimcheck::Terminal terminal;
  terminal.out_is_tty = isatty(STDOUT_FILENO) != 0;
  terminal.err_is_tty = isatty(STDERR_FILENO) != 0;
  terminal.color = claimcheck::UseColor(options->color, terminal.out_is_tty, Env("NO_COLOR"));
  return claimcheck::RunCommand(*options, std::cin, std::cout, std::cerr, terminal);
}
