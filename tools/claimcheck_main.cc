// claimcheck: the command-line client. See `claimcheck --help` and DESIGN.md, "Command line".
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "tools/cli_options.h"
#include "tools/commands.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  const char* env_token = std::getenv("CLAIMCHECK_TOKEN");
  absl::StatusOr<claimcheck::CliOptions> options =
      claimcheck::ParseCommandLine(args, env_token == nullptr ? "" : env_token);
  if (!options.ok()) {
    std::cerr << options.status().message() << "\n";
    return 2;
  }
  claimcheck::Terminal terminal{isatty(STDOUT_FILENO) != 0, isatty(STDERR_FILENO) != 0};
  return claimcheck::RunCommand(*options, std::cout, std::cerr, terminal);
}
