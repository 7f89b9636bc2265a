// RedisTestCluster starts a real Redis Cluster for tests: `masters` redis-server processes (and
// `replicas_per_master` replicas of each) on free loopback ports, in a folder of their own under
// TEST_TMPDIR, the masters joined by `redis-cli --cluster create ... --cluster-yes`, the replicas
// by CLUSTER MEET and CLUSTER REPLICATE. It stops them by PID.
// Its ports stay its own until it is destroyed, killed nodes' included, so that test clusters
// running at once never meet (lock files under /tmp/claimcheck-redis-ports).
//
// Usage:
//   absl::StatusOr<std::unique_ptr<RedisTestCluster>> cluster = RedisTestCluster::Start({});
//   ASSERT_TRUE(cluster.ok()) << cluster.status();
//   options.store = (*cluster)->url();   // "redis://127.0.0.1:P1,127.0.0.1:P2,127.0.0.1:P3"
//   (*cluster)->Kill((*cluster)->MasterOfSlot(slot).value());   // SIGKILL one node
//   (*cluster)->WaitUntilServing(absl::Seconds(20));            // every slot served again
//
// The binaries are Debian's /usr/bin/redis-server and /usr/bin/redis-cli (tools/setup.sh);
// REDIS_SERVER and REDIS_CLI override them. Available() says whether they are there: a test
// skips the Redis backend, saying why, when they are not; one that cannot start them fails.
// The nodes die with the test process (PR_SET_PDEATHSIG), even when it crashes.
//
// Thread safety: one test thread owns it. The destructor kills every node still running.
#ifndef CLAIMCHECK_TESTS_REDIS_TEST_CLUSTER_H_
#define CLAIMCHECK_TESTS_REDIS_TEST_CLUSTER_H_

#include <sys/types.h>

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"

namespace claimcheck {

class RedisTestCluster {
 public:
  struct Options {
    int masters = 3;
    int replicas_per_master = 0;
    // cluster-node-timeout: how long a silent master is given before its replica takes over.
    // Longer than a loaded test machine may leave a node unscheduled.
    int node_timeout_ms = 3000;
  };

  struct Node {
    int port = 0;
    pid_t pid = 0;
    bool running = false;
  };

  // OK when redis-server and redis-cli can be run; else FAILED_PRECONDITION naming what is
  // missing and how to install it.
  static absl::Status Available();
  static absl::StatusOr<std::unique_ptr<RedisTestCluster>> Start(const Options& options);
  ~RedisTestCluster();
  RedisTestCluster(const RedisTestCluster&) = delete;
  RedisTestCluster& operator=(const RedisTestCluster&) = delete;

  // "127.0.0.1:P1,127.0.0.1:P2,..." of every node, and the same as redis://...
  std::string seeds() const;
  std::string url() const { return "redis://" + seeds(); }
  const std::vector<Node>& nodes() const { return nodes_; }

  // Runs one command on the node at `port` (a fresh connection), its reply as redis-cli prints
  // it in --no-raw mode's simplest form: a string, an integer, or lines for an array.
  // UNAVAILABLE when the node does not answer; the node's error as INTERNAL.
  absl::StatusOr<std::string> Command(int port, const std::vector<std::string>& args) const;

  // The port of the master serving `slot`, as the running nodes see it.
  absl::StatusOr<int> MasterOfSlot(int slot) const;
  // The node id (CLUSTER MYID) of the node at `port`.
  absl::StatusOr<std::string> NodeId(int port) const;

  // The ports of the replicas connected to the master at `port` (its INFO replication).
  absl::StatusOr<std::vector<int>> ReplicasOf(int port) const;

  // SIGKILL to the node at `port`.
  void Kill(int port);
  // Until every running node says cluster_state:ok and knows every running node, every slot has
  // a running master, and every running replica is in sync with its master.
  absl::Status WaitUntilServing(absl::Duration timeout) const;

 private:
  RedisTestCluster() = default;
  absl::Status StartNode(int port);
  absl::Status Create(const Options& options);
  // Makes each node after the first `masters` a replica of a master, in turn.
  absl::Status AttachReplicas(const Options& options);
  int RunningPort() const;  // any running node's port, 0 if none

  std::string dir_;
  std::vector<int> port_locks_;  // descriptors locking this cluster's ports (see PickPort)
  std::vector<Node> nodes_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_TESTS_REDIS_TEST_CLUSTER_H_
