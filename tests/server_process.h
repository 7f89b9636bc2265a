// ServerProcess runs the real claimcheck_server binary as a child process for end-to-end tests,
// on a free loopback port, and reports how it ends.
//
// Usage:
//   absl::StatusOr<std::unique_ptr<ServerProcess>> server =
//       ServerProcess::Start({"--auth_token_file=" + tokens, "--data_dir=" + dir});
//   auto channel = grpc::CreateChannel((*server)->address(), grpc::InsecureChannelCredentials());
//   (*server)->Signal(SIGTERM);
//   absl::StatusOr<int> code = (*server)->WaitForExit(absl::Seconds(5));
//
// The binary and lexicons are found in the test's runfiles (data deps on
// //services:claimcheck_server and //extractors:lexicons). The server's stderr goes to a file
// under TEST_TMPDIR, read back by stderr_text() for failure messages.
//
// Thread safety: one test thread owns it. The destructor kills the process if still running.
#ifndef CLAIMCHECK_TESTS_SERVER_PROCESS_H_
#define CLAIMCHECK_TESTS_SERVER_PROCESS_H_

#include <sys/types.h>

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"

namespace claimcheck {

class ServerProcess {
 public:
  // Starts the server with `flags` plus --listen=127.0.0.1:0 and --lexicon_dir, and waits until
  // it prints the port it bound. DEADLINE_EXCEEDED (with its stderr) if it never does.
  static absl::StatusOr<std::unique_ptr<ServerProcess>> Start(
      const std::vector<std::string>& flags);

  ~ServerProcess();

  const std::string& address() const { return address_; }  // "127.0.0.1:PORT"
  void Signal(int signal);
  // The exit code (128 + n for a signal), or DEADLINE_EXCEEDED if still running at `timeout`.
  absl::StatusOr<int> WaitForExit(absl::Duration timeout);
  std::string stderr_text() const;

  // A fresh folder under TEST_TMPDIR.
  static std::string MakeTempDir(const std::string& name);
  // Writes `contents` to a file under TEST_TMPDIR and returns its path.
  static std::string WriteTempFile(const std::string& name, const std::string& contents);

 private:
  ServerProcess(pid_t pid, std::string stderr_path)
      : pid_(pid), stderr_path_(std::move(stderr_path)) {}

  pid_t pid_;
  bool exited_ = false;
  std::string stderr_path_;
  std::string address_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_TESTS_SERVER_PROCESS_H_
