#include "tests/redis_test_cluster.h"

#include <fcntl.h>
#include <hiredis/hiredis.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "absl/time/clock.h"

namespace claimcheck {
namespace {

std::string Binary(const char* variable, const char* fallback) {
  const char* path = std::getenv(variable);
  return path != nullptr && *path != '\0' ? path : fallback;
}

std::string TempRoot() {
  const char* tmp = std::getenv("TEST_TMPDIR");
  return tmp == nullptr ? "/tmp" : tmp;
}

// True when nothing listens on 127.0.0.1:`port` and it can be bound.
bool PortFree(int port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return false;
  sockaddr_in address = {};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const bool free = bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0;
  close(fd);
  return free;
}

// Ports taken by the test clusters of every test process on this machine: a lock file per port,
// locked (flock) as long as the cluster that took it lives. Redis nodes keep calling a killed
// node's address; were another test's node to start there, the two clusters would meet. The
// lock goes with its holder, even one that crashed.
constexpr char kPortLocks[] = "/tmp/claimcheck-redis-ports";

// Locks `port` for this process; the descriptor holding the lock, or -1 when another holds it.
int LockPort(int port) {
  mkdir(kPortLocks, 0777);
  const std::string path = absl::StrCat(kPortLocks, "/", port);
  const int fd = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
  if (fd < 0) return -2;  // no lock files here: the port is only checked free
  if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

// A port whose cluster bus port (port + 10000) is free too, as Redis needs, and that no other
// test cluster holds; *lock_fd holds it (-2 when locks cannot be taken here).
int PickPort(std::mt19937* rng, int* lock_fd) {
  std::uniform_int_distribution<int> range(20000, 50000);
  for (int tries = 0; tries < 1000; ++tries) {
    const int port = range(*rng);
    const int fd = LockPort(port);
    if (fd == -1) continue;
    if (PortFree(port) && PortFree(port + 10000)) {
      *lock_fd = fd;
      return port;
    }
    if (fd >= 0) close(fd);
  }
  return 0;
}

pid_t Spawn(const std::vector<std::string>& args, const std::string& output) {
  const pid_t parent = getpid();
  const pid_t pid = fork();
  if (pid != 0) return pid;
  // Dies with the test, even a crashed one; unless the test is gone already.
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() != parent) _exit(1);
  const int fd = open(output.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
  if (fd >= 0) {
    dup2(fd, STDOUT_FILENO);
    dup2(fd, STDERR_FILENO);
  }
  std::vector<char*> argv;
  for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  execv(argv[0], argv.data());
  _exit(127);
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string Flatten(const redisReply* r) {
  switch (r->type) {
    case REDIS_REPLY_INTEGER:
      return std::to_string(r->integer);
    case REDIS_REPLY_ARRAY: {
      std::vector<std::string> lines;
      for (size_t i = 0; i < r->elements; ++i) lines.push_back(Flatten(r->element[i]));
      return absl::StrJoin(lines, "\n");
    }
    case REDIS_REPLY_NIL:
      return "";
    default:
      return std::string(r->str, r->len);
  }
}

// The value of `field` in an INFO-style reply ("field:value" lines), "" when absent.
absl::string_view InfoField(absl::string_view info, absl::string_view field) {
  for (absl::string_view line : absl::StrSplit(info, absl::ByAnyChar("\r\n"), absl::SkipEmpty())) {
    if (absl::ConsumePrefix(&line, field) && absl::ConsumePrefix(&line, ":")) return line;
  }
  return "";
}

}  // namespace

absl::Status RedisTestCluster::Available() {
  for (const std::string& binary : {Binary("REDIS_SERVER", "/usr/bin/redis-server"),
                                    Binary("REDIS_CLI", "/usr/bin/redis-cli")}) {
    if (access(binary.c_str(), X_OK) != 0) {
      return absl::FailedPreconditionError(absl::StrCat(
          binary, " is not there: `bash tools/setup.sh` installs redis-server and redis-tools "
                  "(or set REDIS_SERVER and REDIS_CLI)"));
    }
  }
  return absl::OkStatus();
}

absl::StatusOr<std::unique_ptr<RedisTestCluster>> RedisTestCluster::Start(const Options& options) {
  static std::atomic<int> started{0};
  std::unique_ptr<RedisTestCluster> cluster(new RedisTestCluster());
  cluster->dir_ = absl::StrCat(TempRoot(), "/redis-", getpid(), "-", started++);
  std::filesystem::remove_all(cluster->dir_);
  std::filesystem::create_directories(cluster->dir_);
  std::mt19937 rng(static_cast<unsigned>(getpid()) * 7919u + static_cast<unsigned>(started));
  const int count = options.masters * (1 + options.replicas_per_master);
  for (int i = 0; i < count; ++i) {
    int lock_fd = -2;
    const int port = PickPort(&rng, &lock_fd);
    if (port == 0) return absl::UnavailableError("no free loopback port pair for Redis");
    if (lock_fd >= 0) cluster->port_locks_.push_back(lock_fd);
    if (absl::Status s = cluster->StartNode(port); !s.ok()) return s;
    cluster->nodes_.back().port = port;
  }
  // Every node answers PING before the cluster is created.
  for (const Node& node : cluster->nodes_) {
    const absl::Time give_up = absl::Now() + absl::Seconds(10);
    while (!cluster->Command(node.port, {"PING"}).ok()) {
      if (absl::Now() > give_up) {
        return absl::UnavailableError(absl::StrCat(
            "redis-server on port ", node.port, " never answered:\n",
            ReadFile(absl::StrCat(cluster->dir_, "/", node.port, ".log"))));
      }
      absl::SleepFor(absl::Milliseconds(20));
    }
  }
  if (absl::Status s = cluster->Create(options); !s.ok()) return s;
  if (absl::Status s = cluster->WaitUntilServing(absl::Seconds(30)); !s.ok()) return s;
  return cluster;
}

absl::Status RedisTestCluster::StartNode(int port) {
  const std::string p = std::to_string(port);
  const std::vector<std::string> args = {
      Binary("REDIS_SERVER", "/usr/bin/redis-server"),
      "--port", p,
      "--bind", "127.0.0.1",
      "--protected-mode", "no",
      "--daemonize", "no",
      "--cluster-enabled", "yes",
      "--cluster-config-file", absl::StrCat("nodes-", p, ".conf"),
      "--cluster-node-timeout", "1000",
      "--dir", dir_,
      "--save", "",
      "--appendonly", "no",
      // A replica syncs as soon as it is told its master (not 5 s later), and may take over
      // however long it was cut off: a loaded test machine must not stop a failover.
      "--repl-diskless-sync-delay", "0",
      "--enable-debug-command", "local",  // DEBUG SLEEP: a test stalls a replica
      "--cluster-replica-validity-factor", "0",
      "--logfile", absl::StrCat(dir_, "/", p, ".log"),
  };
  const pid_t pid = Spawn(args, absl::StrCat(dir_, "/", p, ".out"));
  if (pid < 0) return absl::InternalError("fork failed");
  nodes_.push_back(Node{port, pid, true});
  return absl::OkStatus();
}

absl::Status RedisTestCluster::Create(const Options& options) {
  // redis-cli takes the node timeout from the nodes; set it before they meet.
  for (const Node& node : nodes_) {
    absl::StatusOr<std::string> set = Command(
        node.port, {"CONFIG", "SET", "cluster-node-timeout", std::to_string(options.node_timeout_ms)});
    if (!set.ok()) return set.status();
  }
  // The masters by redis-cli; their replicas below (redis-cli --cluster-replicas, on a loaded
  // machine, sometimes leaves them masters without slots).
  std::vector<std::string> args = {Binary("REDIS_CLI", "/usr/bin/redis-cli"), "--cluster",
                                   "create"};
  for (int i = 0; i < options.masters; ++i) {
    args.push_back(absl::StrCat("127.0.0.1:", nodes_[i].port));
  }
  args.insert(args.end(), {"--cluster-replicas", "0", "--cluster-yes"});
  const std::string output = absl::StrCat(dir_, "/create.out");
  const pid_t pid = Spawn(args, output);
  int status = 0;
  if (pid < 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status) ||
      WEXITSTATUS(status) != 0) {
    return absl::InternalError(absl::StrCat("redis-cli --cluster create failed:\n",
                                            ReadFile(output)));
  }
  return AttachReplicas(options);
}

absl::Status RedisTestCluster::AttachReplicas(const Options& options) {
  for (size_t r = static_cast<size_t>(options.masters); r < nodes_.size(); ++r) {
    const Node& master = nodes_[r % static_cast<size_t>(options.masters)];
    absl::StatusOr<std::string> master_id = NodeId(master.port);
    if (!master_id.ok()) return master_id.status();
    absl::StatusOr<std::string> met = Command(
        nodes_[r].port, {"CLUSTER", "MEET", "127.0.0.1", std::to_string(master.port)});
    if (!met.ok()) return met.status();
    // Refused ("Unknown node") until gossip has told the new node of its master.
    const absl::Time give_up = absl::Now() + absl::Seconds(30);
    absl::StatusOr<std::string> replicating;
    while (!(replicating = Command(nodes_[r].port, {"CLUSTER", "REPLICATE", *master_id})).ok()) {
      if (absl::Now() > give_up) return replicating.status();
      absl::SleepFor(absl::Milliseconds(50));
    }
  }
  return absl::OkStatus();
}

RedisTestCluster::~RedisTestCluster() {
  for (Node& node : nodes_) {
    if (!node.running) continue;
    kill(node.pid, SIGKILL);
    waitpid(node.pid, nullptr, 0);
    node.running = false;
  }
  std::error_code ignored;
  std::filesystem::remove_all(dir_, ignored);
  for (int fd : port_locks_) close(fd);  // the ports are free for other tests again
}

std::string RedisTestCluster::seeds() const {
  std::vector<std::string> addresses;
  for (const Node& node : nodes_) addresses.push_back(absl::StrCat("127.0.0.1:", node.port));
  return absl::StrJoin(addresses, ",");
}

absl::StatusOr<std::string> RedisTestCluster::Command(int port,
                                                      const std::vector<std::string>& args) const {
  timeval timeout = {2, 0};
  redisContext* c = redisConnectWithTimeout("127.0.0.1", port, timeout);
  if (c == nullptr || c->err != 0) {
    const std::string error = c == nullptr ? "out of memory" : c->errstr;
    if (c != nullptr) redisFree(c);
    return absl::UnavailableError(absl::StrCat("127.0.0.1:", port, ": ", error));
  }
  redisSetTimeout(c, timeout);
  std::vector<const char*> argv;
  std::vector<size_t> lengths;
  for (const std::string& a : args) {
    argv.push_back(a.data());
    lengths.push_back(a.size());
  }
  auto* reply = static_cast<redisReply*>(
      redisCommandArgv(c, static_cast<int>(args.size()), argv.data(), lengths.data()));
  if (reply == nullptr) {
    const std::string error = c->errstr;
    redisFree(c);
    return absl::UnavailableError(absl::StrCat("127.0.0.1:", port, ": ", error));
  }
  const bool failed = reply->type == REDIS_REPLY_ERROR;
  std::string text = Flatten(reply);
  freeReplyObject(reply);
  redisFree(c);
  if (failed) return absl::InternalError(absl::StrCat("127.0.0.1:", port, ": ", text));
  return text;
}

absl::StatusOr<std::string> RedisTestCluster::NodeId(int port) const {
  return Command(port, {"CLUSTER", "MYID"});
}

absl::StatusOr<int> RedisTestCluster::MasterOfSlot(int slot) const {
  for (const Node& node : nodes_) {
    if (!node.running) continue;
    absl::StatusOr<std::string> lines = Command(node.port, {"CLUSTER", "NODES"});
    if (!lines.ok()) continue;
    // <id> <ip:port@bus> <flags> <master> <ping> <pong> <epoch> <link> <slot ranges...>
    for (absl::string_view line : absl::StrSplit(*lines, '\n', absl::SkipEmpty())) {
      std::vector<absl::string_view> fields = absl::StrSplit(line, ' ');
      if (fields.size() < 9 || fields[2].find("master") == absl::string_view::npos ||
          fields[2].find("fail") != absl::string_view::npos) {
        continue;
      }
      for (size_t i = 8; i < fields.size(); ++i) {
        std::vector<absl::string_view> range = absl::StrSplit(fields[i], '-');
        int first = 0, last = 0;
        if (!absl::SimpleAtoi(range[0], &first)) continue;  // "[slot->-id]" migration marks
        last = first;
        if (range.size() == 2 && !absl::SimpleAtoi(range[1], &last)) continue;
        if (slot < first || slot > last) continue;
        const absl::string_view address = fields[1].substr(0, fields[1].find('@'));
        int port = 0;
        if (absl::SimpleAtoi(address.substr(address.rfind(':') + 1), &port)) return port;
      }
    }
    return absl::NotFoundError(absl::StrCat("no master serves slot ", slot));
  }
  return absl::UnavailableError("no node of the test cluster answers");
}

absl::StatusOr<std::vector<int>> RedisTestCluster::ReplicasOf(int port) const {
  // The master's own account: "slave0:ip=127.0.0.1,port=P,state=online,...".
  absl::StatusOr<std::string> info = Command(port, {"INFO", "replication"});
  if (!info.ok()) return info.status();
  std::vector<int> replicas;
  for (absl::string_view line : absl::StrSplit(*info, '\n', absl::SkipEmpty())) {
    if (!absl::StartsWith(line, "slave")) continue;
    const size_t at = line.find(",port=");
    if (at == absl::string_view::npos) continue;
    absl::string_view rest = line.substr(at + 6);
    int replica = 0;
    if (absl::SimpleAtoi(rest.substr(0, rest.find(',')), &replica)) replicas.push_back(replica);
  }
  return replicas;
}

int RedisTestCluster::RunningPort() const {
  for (const Node& node : nodes_) {
    if (node.running) return node.port;
  }
  return 0;
}

void RedisTestCluster::Kill(int port) {
  for (Node& node : nodes_) {
    if (node.port != port || !node.running) continue;
    kill(node.pid, SIGKILL);
    waitpid(node.pid, nullptr, 0);
    node.running = false;
  }
}

absl::Status RedisTestCluster::WaitUntilServing(absl::Duration timeout) const {
  const absl::Time give_up = absl::Now() + timeout;
  int running = 0;
  for (const Node& node : nodes_) running += node.running ? 1 : 0;
  std::string last;
  while (true) {
    bool ok = true;
    for (const Node& node : nodes_) {
      if (!node.running) continue;
      absl::StatusOr<std::string> info = Command(node.port, {"CLUSTER", "INFO"});
      if (!info.ok() || info->find("cluster_state:ok") == std::string::npos ||
          info->find("cluster_slots_ok:16384") == std::string::npos) {
        ok = false;
        last = info.ok() ? *info : std::string(info.status().message());
        break;
      }
      // Every node knows every running node (a failover needs the masters to know the replica).
      int known_nodes = 0;
      if (!absl::SimpleAtoi(InfoField(*info, "cluster_known_nodes"), &known_nodes) ||
          known_nodes < running) {
        ok = false;
        last = absl::StrCat("port ", node.port, " knows ", known_nodes, " of ", running,
                            " running nodes");
        break;
      }
    }
    for (const Node& node : nodes_) {
      if (!ok || !node.running) continue;
      // A replica counts once it holds its master's data.
      absl::StatusOr<std::string> replication = Command(node.port, {"INFO", "replication"});
      if (replication.ok() && replication->find("role:slave") != std::string::npos &&
          replication->find("master_link_status:up") == std::string::npos) {
        ok = false;
        last = absl::StrCat("the replica on port ", node.port, " is not in sync yet");
      }
    }
    if (ok) {
      // Every master serving slots is a running node (a killed master looks fine for a moment).
      absl::StatusOr<std::string> lines = Command(RunningPort(), {"CLUSTER", "NODES"});
      ok = lines.ok();
      for (absl::string_view line : absl::StrSplit(lines.ok() ? *lines : "", '\n', absl::SkipEmpty())) {
        std::vector<absl::string_view> fields = absl::StrSplit(line, ' ');
        if (fields.size() < 9 || fields[2].find("master") == absl::string_view::npos) continue;
        const absl::string_view address = fields[1].substr(0, fields[1].find('@'));
        int port = 0;
        bool running = false;
        if (absl::SimpleAtoi(address.substr(address.rfind(':') + 1), &port)) {
          for (const Node& node : nodes_) running |= node.port == port && node.running;
        }
        ok &= running;
      }
      if (ok) return absl::OkStatus();
      last = "a slot's master is not running yet";
    }
    if (absl::Now() > give_up) {
      return absl::DeadlineExceededError(
          absl::StrCat("the test cluster is not serving every slot: ", last));
    }
    absl::SleepFor(absl::Milliseconds(50));
  }
}

}  // namespace claimcheck
