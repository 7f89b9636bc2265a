// RedisCluster: a small Redis Cluster client over hiredis (Debian's libhiredis 0.14): it knows
// which master serves each of the 16384 hash slots (CLUSTER SLOTS), sends each command to the
// master of its key's slot, pipelines a batch of commands (one round trip per master), follows
// MOVED and ASK redirections, reconnects, and rides out a failover for as long as
// Options::retry_for allows.
//
// Usage:
//   RedisCluster::Options options;
//   options.seeds = {"127.0.0.1:7000", "127.0.0.1:7001"};
//   absl::StatusOr<std::unique_ptr<RedisCluster>> cluster = RedisCluster::Connect(options);
//   RedisCluster::Session session = (*cluster)->NewSession();
//   absl::StatusOr<std::vector<RedisReply>> replies = session.Run({
//       RedisCommand({"SET", "a:{x}", "1"}),       // routed by its key, args[1]
//       RedisCommand({"GET", "a:{y}"}),            // sent in the same round trip
//       RedisCommand::Script(kScript, {"k:{x}"}, {"arg"}),  // EVAL, routed by its first key
//   });
//   absl::Status durable = session.WaitForReplicas(1, absl::Milliseconds(500));  // WAIT
//
// Errors: absl::Status, UNAVAILABLE when no master of a command's slot could be reached within
// retry_for (the cluster is down, or a failover took longer). A Redis error reply to a command
// (WRONGTYPE, a script's error) is not a Status: it comes back as that command's RedisReply of
// type kError. Redirections (MOVED, ASK) and transient cluster states (TRYAGAIN, CLUSTERDOWN,
// LOADING, READONLY) are retried, so a command may run twice when a connection fails after
// sending it: callers send commands that are safe to repeat.
//
// A key's slot is CRC16 of its hash tag (the bytes between its first '{' and the next '}', when
// not empty) or of the whole key, modulo 16384: keys sharing a tag share a slot, so one EVAL may
// touch them all.
//
// Thread safety: RedisCluster is thread-safe. A Session is used by one thread at a time; it
// borrows one connection per master it talks to and gives them back when destroyed.
#ifndef CLAIMCHECK_STORE_REDIS_CLUSTER_H_
#define CLAIMCHECK_STORE_REDIS_CLUSTER_H_

#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <set>
#include <memory>
#include <string>
#include "absl/strings/string_view.h"
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "absl/types/span.h"

struct redisContext;  // hiredis

namespace claimcheck {

inline constexpr int kRedisSlots = 16384;

// CRC16-CCITT (XMODEM), as Redis Cluster hashes keys: RedisCrc16("123456789") == 0x31C3.
uint16_t RedisCrc16(absl::string_view data);

// The hash slot of `key`, in [0, kRedisSlots).
int RedisKeySlot(absl::string_view key);

// The seed nodes of "redis://HOST:PORT[,HOST:PORT...]", as "HOST:PORT" strings.
// INVALID_ARGUMENT for another scheme (rediss:// needs a TLS-capable hiredis), an empty list, or
// an address without a port in 1-65535.
absl::StatusOr<std::vector<std::string>> ParseRedisUrl(absl::string_view url);

// A reply, copied out of hiredis.
struct RedisReply {
  enum class Type { kNil, kString, kStatus, kInteger, kArray, kError };
  Type type = Type::kNil;
  std::string str;  // kString, kStatus, kError
  int64_t integer = 0;
  std::vector<RedisReply> elements;  // kArray

  bool is_error() const { return type == Type::kError; }
  bool is_nil() const { return type == Type::kNil; }
};

// OK unless `reply` is an error reply: then RESOURCE_EXHAUSTED for Redis's OOM (maxmemory
// reached), INTERNAL for the others, with Redis's message.
absl::Status ReplyStatus(const RedisReply& reply);

// One command: its words, and which word is the key that routes it.
class RedisCommand {
 public:
  // args[key_arg] routes the command (for most commands, the key is args[1]).
  explicit RedisCommand(std::vector<std::string> args, size_t key_arg = 1)
      : args_(std::move(args)), key_arg_(key_arg) {}
  // EVAL script numkeys keys... args...: routed by keys[0]; every key must share its slot.
  static RedisCommand Script(absl::string_view script, const std::vector<std::string>& keys,
                             const std::vector<std::string>& args);

  const std::vector<std::string>& args() const { return args_; }
  absl::string_view key() const { return args_.at(key_arg_); }

 private:
  std::vector<std::string> args_;
  size_t key_arg_;
};

class RedisCluster {
 public:
  struct Options {
    std::vector<std::string> seeds;  // "HOST:PORT": any nodes of the cluster
    absl::Duration connect_timeout = absl::Seconds(1);
    // How long one reply may take; blocking commands (XREAD BLOCK) must block for less.
    absl::Duration command_timeout = absl::Seconds(5);
    // How long a command is retried through redirections, reconnections and failovers before
    // UNAVAILABLE. A failover takes the cluster's cluster-node-timeout and a little more.
    absl::Duration retry_for = absl::Seconds(20);
  };

  // What the client did, for tests and the operator.
  struct Counters {
    int64_t moved = 0;        // MOVED redirections followed
    int64_t asked = 0;        // ASK redirections followed
    int64_t refreshes = 0;    // slot maps read (CLUSTER SLOTS)
    int64_t reconnects = 0;   // connections opened after the first to a node
    // Round trips: a batch of commands written to one master and its replies read (Run() makes
    // one per master it sends to, more when it retries; RunOn() and WAIT one each).
    int64_t round_trips = 0;
  };

  class Session;

  // Reads the slot map from the first seed that answers. UNAVAILABLE when none does;
  // FAILED_PRECONDITION when a node answers but is not in cluster mode or serves no slot.
  static absl::StatusOr<std::unique_ptr<RedisCluster>> Connect(const Options& options);
  ~RedisCluster();
  RedisCluster(const RedisCluster&) = delete;
  RedisCluster& operator=(const RedisCluster&) = delete;

  Session NewSession();

  // The masters serving slots, as "HOST:PORT", as last read.
  std::vector<std::string> Masters() const;
  Counters counters() const;
  const Options& options() const { return options_; }

 private:
  friend class Session;
  struct Master {
    std::string address;
    int replicas = 0;  // its connected replicas, as CLUSTER NODES listed them
  };

  explicit RedisCluster(Options options) : options_(std::move(options)) {}

  // Reads CLUSTER SLOTS and CLUSTER NODES from a known master, else a seed; replaces the slot
  // map.
  absl::Status Refresh() ABSL_LOCKS_EXCLUDED(refresh_mu_, mu_);
  // The masters serving slots, and which serves each slot (-1: none), from the replies of
  // CLUSTER SLOTS and CLUSTER NODES sent to `asked` ("HOST:PORT").
  static std::vector<Master> ParseSlotMap(const RedisReply& slots_reply,
                                          const RedisReply& nodes_reply, const std::string& asked,
                                          std::array<int16_t, kRedisSlots>* slots);
  // The master serving `slot`, "" when none does.
  std::string MasterOf(int slot) const ABSL_LOCKS_EXCLUDED(mu_);
  int ReplicasOf(const std::string& address) const ABSL_LOCKS_EXCLUDED(mu_);
  void SetReplicas(const std::string& address, int replicas) ABSL_LOCKS_EXCLUDED(mu_);
  // What a MOVED reply says: `slot` now lives at `address`.
  void Moved(int slot, const std::string& address) ABSL_LOCKS_EXCLUDED(mu_);

  // Connections: taken for a session, given back when it ends. nullptr with `error` set when a
  // new connection cannot be opened.
  redisContext* TakeConnection(const std::string& address, std::string* error)
      ABSL_LOCKS_EXCLUDED(pool_mu_);
  void GiveBack(const std::string& address, redisContext* connection)
      ABSL_LOCKS_EXCLUDED(pool_mu_);

  const Options options_;

  absl::Mutex refresh_mu_ ABSL_ACQUIRED_BEFORE(mu_);  // one CLUSTER SLOTS at a time

  mutable absl::Mutex mu_;
  // slots_[s]: index into masters_ of the master serving slot s, or -1.
  std::array<int16_t, kRedisSlots> slots_ ABSL_GUARDED_BY(mu_);
  std::vector<Master> masters_ ABSL_GUARDED_BY(mu_);

  absl::Mutex pool_mu_;
  absl::flat_hash_map<std::string, std::vector<redisContext*>> idle_ ABSL_GUARDED_BY(pool_mu_);
  absl::flat_hash_map<std::string, int> opened_ ABSL_GUARDED_BY(pool_mu_);

  std::atomic<int64_t> moved_{0}, asked_{0}, refreshes_{0}, reconnects_{0}, round_trips_{0};
};

// A series of pipelines on the same connections, so that WAIT covers every write sent.
class RedisCluster::Session {
 public:
  Session(Session&& other) noexcept;
  Session& operator=(Session&&) = delete;
  ~Session();

  // Sends `commands` (each to the master of its key's slot, every master's share in one write),
  // then reads every reply: replies[i] answers commands[i]. Commands to one master run in the
  // order given; commands to different masters run in any order relative to each other.
  absl::StatusOr<std::vector<RedisReply>> Run(absl::Span<const RedisCommand> commands);

  // Runs a keyless command (INFO, CLUSTER NODES, FLUSHALL) on the master at `address`.
  absl::StatusOr<RedisReply> RunOn(const std::string& address, const std::vector<std::string>& args);

  // WAIT on every master this session sent commands to since the last call: each must have
  // `replicas` replicas (or as many as it has, if fewer) acknowledge everything this session
  // wrote there, within `timeout`. UNAVAILABLE naming the master otherwise, and when the
  // connection to a master that was sent commands failed meanwhile (its failover may have lost
  // them: they were retried elsewhere, or not). `replicas` 0: returns at once.
  absl::Status WaitForReplicas(int replicas, absl::Duration timeout);

 private:
  friend class RedisCluster;
  explicit Session(RedisCluster* cluster) : cluster_(cluster) {}

  struct Pending;
  // One attempt: sends `pending` and sorts the replies into `replies` (done) and the returned
  // list (to retry). Sets *refresh when the slot map looks stale, *wait when a retry should wait.
  std::vector<Pending> Attempt(absl::Span<const RedisCommand> commands,
                               const std::vector<Pending>& pending,
                               std::vector<RedisReply>* replies, bool* refresh, bool* wait,
                               std::string* error);
  redisContext* Connection(const std::string& address, std::string* error);
  // How many replicas WAIT asks for on each of `masters` still connected: `replicas`, or as many
  // as it has if fewer. Where the slot map knows fewer, the master is asked (ROLE, one round
  // trip for all of them). Connections that fail are dropped and said in *status.
  std::map<std::string, int> ReplicasToWaitFor(const std::set<std::string>& masters, int replicas,
                                               absl::Status* status);
  void Drop(const std::string& address);

  RedisCluster* cluster_;
  std::map<std::string, redisContext*> connections_;  // by master address
  // Since the last WaitForReplicas(): the masters sent commands, and those whose connection
  // failed after that.
  std::set<std::string> sent_to_, lost_;
};

// `session`.Run(commands), with the first error reply as its Status (ReplyStatus()): for callers
// to whom any error reply is a failure.
absl::StatusOr<std::vector<RedisReply>> RunChecked(RedisCluster::Session& session,
                                                   absl::Span<const RedisCommand> commands);

}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_REDIS_CLUSTER_H_
