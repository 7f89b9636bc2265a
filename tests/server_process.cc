#include "tests/server_process.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"

namespace claimcheck {
namespace {

std::string Runfile(const std::string& path) {
  const char* srcdir = std::getenv("TEST_SRCDIR");
  return absl::StrCat(srcdir == nullptr ? "." : srcdir, "/claimcheck/", path);
}

std::string TempRoot() {
  const char* tmp = std::getenv("TEST_TMPDIR");
  return tmp == nullptr ? "/tmp" : tmp;
}

}  // namespace

std::string ServerProcess::MakeTempDir(const std::string& name) {
  static std::atomic<int> counter{0};
  std::string dir = absl::StrCat(TempRoot(), "/", name, "-", counter++);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

std::string ServerProcess::WriteTempFile(const std::string& name, const std::string& contents) {
  std::string path = absl::StrCat(TempRoot(), "/", name);
  std::ofstream(path, std::ios::binary) << contents;
  return path;
}

absl::StatusOr<std::unique_ptr<ServerProcess>> ServerProcess::Start(
    const std::vector<std::string>& flags) {
  static std::atomic<int> started{0};
  const std::string stderr_path =
      absl::StrCat(TempRoot(), "/server-", getpid(), "-", started++, ".stderr");
  std::vector<std::string> args = {Runfile("services/claimcheck_server"), "--listen=127.0.0.1:0",
                                   "--lexicon_dir=" + Runfile("extractors/lexicons")};
  args.insert(args.end(), flags.begin(), flags.end());

  const pid_t pid = fork();
  if (pid < 0) return absl::InternalError("fork failed");
  if (pid == 0) {
    int fd = open(stderr_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) dup2(fd, STDERR_FILENO);
    std::vector<char*> argv;
    for (std::string& arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  std::unique_ptr<ServerProcess> server(new ServerProcess(pid, stderr_path));
  const absl::Time give_up = absl::Now() + absl::Seconds(30);
  constexpr char kBanner[] = "claimcheck_server listening on ";
  while (absl::Now() < give_up) {
    const std::string text = server->stderr_text();
    size_t at = text.find(kBanner);
    size_t end = at == std::string::npos ? at : text.find('\n', at);
    if (end != std::string::npos) {
      server->address_ = text.substr(at + sizeof(kBanner) - 1, end - at - sizeof(kBanner) + 1);
      return server;
    }
    int status;
    if (waitpid(pid, &status, WNOHANG) == pid) {
      server->exited_ = true;
      return absl::FailedPreconditionError(
          absl::StrCat("claimcheck_server exited before listening:\n", text));
    }
    absl::SleepFor(absl::Milliseconds(20));
  }
  return absl::DeadlineExceededError(
      absl::StrCat("claimcheck_server never printed its port:\n", server->stderr_text()));
}

ServerProcess::~ServerProcess() {
  if (!exited_) {
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
  }
}

void ServerProcess::Signal(int signal) {
  if (!exited_) kill(pid_, signal);
}

absl::StatusOr<int> ServerProcess::WaitForExit(absl::Duration timeout) {
  const absl::Time give_up = absl::Now() + timeout;
  while (!exited_) {
    int status;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      exited_ = true;
      return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    if (absl::Now() >= give_up) return absl::DeadlineExceededError("server still running");
    absl::SleepFor(absl::Milliseconds(10));
  }
  return absl::FailedPreconditionError("already reaped");
}

std::string ServerProcess::stderr_text() const {
  std::ifstream in(stderr_path_);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace claimcheck
