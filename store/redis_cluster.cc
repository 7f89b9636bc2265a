// A small Redis Cluster client over hiredis: slot routing, pipelines per master, MOVED/ASK, failover.
// Why one long file: routing, redirection and reconnection share one connection table.

#include "store/redis_cluster.h"

#include <hiredis/hiredis.h>

#include <algorithm>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "absl/time/clock.h"
#include "base/mutex_lock.h"

namespace claimcheck {
namespace {

// Idle connections kept per master; more are closed when given back.
constexpr size_t kIdlePerMaster = 32;


RedisReply Copy(const redisReply* r) {
  RedisReply out;
  switch (r->type) {
    case REDIS_REPLY_STRING:
      out.type = RedisReply::Type::kString;
      out.str.assign(r->str, r->len);
      break;
    case REDIS_REPLY_STATUS:
      out.type = RedisReply::Type::kStatus;
      out.str.assign(r->str, r->len);
      break;
    case REDIS_REPLY_ERROR:
      out.type = RedisReply::Type::kError;
      out.str.assign(r->str, r->len);
      break;
    case REDIS_REPLY_INTEGER:
      out.type = RedisReply::Type::kInteger;
      out.integer = r->integer;
      break;
    case REDIS_REPLY_ARRAY:
      out.type = RedisReply::Type::kArray;
      out.elements.reserve(r->elements);
      for (size_t i = 0; i < r->elements; ++i) out.elements.push_back(Copy(r->element[i]));
      break;
    default:
      out.type = RedisReply::Type::kNil;
  }
  return out;
}

// Splits "HOST:PORT" (the port after the last colon).
bool SplitAddress(absl::string_view address, std::string* host, int* port) {
  const size_t colon = address.rfind(':');
  if (colon == absl::string_view::npos || colon == 0) return false;
  *host = std::string(address.substr(0, colon));
  return absl::SimpleAtoi(address.substr(colon + 1), port) && *port > 0 && *port < 65536;
}

redisContext* Open(const std::string& address, absl::Duration connect_timeout,
                   absl::Duration command_timeout, std::string* error) {
  std::string host;
  int port = 0;
  if (!SplitAddress(address, &host, &port)) {
    *error = absl::StrCat("bad address ", address);
    return nullptr;
  }
  redisContext* c = redisConnectWithTimeout(host.c_str(), port, absl::ToTimeval(connect_timeout));
  if (c == nullptr || c->err != 0) {
    *error = absl::StrCat("cannot connect to ", address, ": ", c == nullptr ? "out of memory" : c->errstr);
    if (c != nullptr) redisFree(c);
    return nullptr;
  }
  redisSetTimeout(c, absl::ToTimeval(command_timeout));
  redisEnableKeepAlive(c);
  return c;
}

void AppendArgs(redisContext* c, const std::vector<std::string>& args) {
  std::vector<const char*> argv;
  std::vector<size_t> lengths;
  argv.reserve(args.size());
  lengths.reserve(args.size());
  for (const std::string& a : args) {
    argv.push_back(a.data());
    lengths.push_back(a.size());
  }
  redisAppendCommandArgv(c, static_cast<int>(args.size()), argv.data(), lengths.data());
}

// Reads one reply; false (with `error`) when the connection failed.
bool ReadReply(redisContext* c, const std::string& address, RedisReply* out, std::string* error) {
  void* raw = nullptr;
  if (redisGetReply(c, &raw) != REDIS_OK || raw == nullptr) {
    *error = absl::StrCat("connection to ", address, " failed: ", c->errstr);
    return false;
  }
  *out = Copy(static_cast<redisReply*>(raw));
  freeReplyObject(raw);
  return true;
}

// The word an error reply starts with ("MOVED", "ASK", "ERR"...).
absl::string_view ErrorCode(const RedisReply& reply) {
  absl::string_view s = reply.str;
  return s.substr(0, s.find(' '));
}

// The slot and "HOST:PORT" of "MOVED 3999 127.0.0.1:6381" or "ASK 3999 127.0.0.1:6381".
bool ParseRedirect(const std::string& message, int* slot, std::string* address) {
  std::vector<std::string> words = absl::StrSplit(message, ' ');
  if (words.size() != 3 || !absl::SimpleAtoi(words[1], slot)) return false;
  *address = words[2];
  return *slot >= 0 && *slot < kRedisSlots;
}

// The address of a CLUSTER SLOTS node entry [endpoint, port, id, ...]; an empty or NULL endpoint
// means "the host you asked".
std::string NodeAddress(const RedisReply& node, const std::string& asked_host) {
  if (node.elements.size() < 2 || node.elements[1].type != RedisReply::Type::kInteger) return "";
  std::string host = node.elements[0].type == RedisReply::Type::kString ? node.elements[0].str : "";
  if (host.empty() || host == "?") host = asked_host;
  return absl::StrCat(host, ":", node.elements[1].integer);
}

}  // namespace

uint16_t RedisCrc16(absl::string_view data) {
  uint16_t crc = 0;
  for (unsigned char byte : data) {
    crc ^= static_cast<uint16_t>(byte) << 8;
    for (int bit = 0; bit < 8; ++bit) {
      crc = (crc & 0x8000) ? static_cast<uint16_t>((crc << 1) ^ 0x1021)
                           : static_cast<uint16_t>(crc << 1);
    }
  }
  return crc;
}

int RedisKeySlot(absl::string_view key) {
  const size_t open = key.find('{');
  if (open != absl::string_view::npos) {
    const size_t close = key.find('}', open + 1);
    if (close != absl::string_view::npos && close != open + 1) {
      key = key.substr(open + 1, close - open - 1);
    }
  }
  return RedisCrc16(key) & (kRedisSlots - 1);
}

absl::StatusOr<std::vector<std::string>> ParseRedisUrl(absl::string_view url) {
  absl::string_view rest = url;
  if (absl::StartsWith(url, "rediss://")) {
    return absl::InvalidArgumentError(
        "rediss:// (TLS) is not supported: Debian 12's hiredis 0.14 has no TLS; put the cluster "
        "on a private network or a TLS tunnel and use redis://");
  }
  if (!absl::ConsumePrefix(&rest, "redis://")) {
    return absl::InvalidArgumentError(
        absl::StrCat("`", url, "` is not redis://HOST:PORT[,HOST:PORT...]"));
  }
  std::vector<std::string> seeds;
  for (absl::string_view address : absl::StrSplit(rest, ',')) {
    std::string host;
    int port = 0;
    if (!SplitAddress(address, &host, &port)) {
      return absl::InvalidArgumentError(
          absl::StrCat("`", address, "` in `", url, "` is not HOST:PORT"));
    }
    seeds.emplace_back(address);
  }
  return seeds;
}

absl::Status ReplyStatus(const RedisReply& reply) {
  if (!reply.is_error()) return absl::OkStatus();
  const std::string message = absl::StrCat("Redis: ", reply.str);
  if (ErrorCode(reply) == "OOM") return absl::ResourceExhaustedError(message);
  return absl::InternalError(message);
}

RedisCommand RedisCommand::Script(absl::string_view script, const std::vector<std::string>& keys,
                                  const std::vector<std::string>& args) {
  std::vector<std::string> words = {"EVAL", std::string(script), std::to_string(keys.size())};
  words.insert(words.end(), keys.begin(), keys.end());
  words.insert(words.end(), args.begin(), args.end());
  return RedisCommand(std::move(words), 3);
}

// --- RedisCluster ---

absl::StatusOr<std::unique_ptr<RedisCluster>> RedisCluster::Connect(const Options& options) {
  if (options.seeds.empty()) return absl::InvalidArgumentError("no seed node given");
  std::unique_ptr<RedisCluster> cluster(new RedisCluster(options));
  {
    WriterMutexLock lock(&cluster->mu_);
    cluster->slots_.fill(-1);
  }
  if (absl::Status s = cluster->Refresh(); !s.ok()) return s;
  return cluster;
}

RedisCluster::~RedisCluster() {
  WriterMutexLock lock(&pool_mu_);
  for (auto& [address, connections] : idle_) {
    for (redisContext* c : connections) redisFree(c);
  }
}

RedisCluster::Session RedisCluster::NewSession() { return Session(this); }

std::vector<std::string> RedisCluster::Masters() const {
  ReaderMutexLock lock(&mu_);
  std::vector<std::string> out;
  for (const Master& m : masters_) out.push_back(m.address);
  return out;
}

RedisCluster::Counters RedisCluster::counters() const {
  return Counters{moved_.load(), asked_.load(), refreshes_.load(), reconnects_.load(),
                  round_trips_.load()};
}

std::string RedisCluster::MasterOf(int slot) const {
  ReaderMutexLock lock(&mu_);
  const int m = slots_[slot];
  return m < 0 ? "" : masters_[m].address;
}

int RedisCluster::ReplicasOf(const std::string& address) const {
  ReaderMutexLock lock(&mu_);
  for (const Master& m : masters_) {
    if (m.address == address) return m.replicas;
  }
  return 0;
}

void RedisCluster::SetReplicas(const std::string& address, int replicas) {
  WriterMutexLock lock(&mu_);
  for (Master& m : masters_) {
    if (m.address == address) m.replicas = replicas;
  }
}

void RedisCluster::Moved(int slot, const std::string& address) {
  WriterMutexLock lock(&mu_);
  for (size_t i = 0; i < masters_.size(); ++i) {
    if (masters_[i].address == address) {
      slots_[slot] = static_cast<int16_t>(i);
      return;
    }
  }
  masters_.push_back(Master{address, 0});
  slots_[slot] = static_cast<int16_t>(masters_.size() - 1);
}

absl::Status RedisCluster::Refresh() {
  WriterMutexLock refreshing(&refresh_mu_);
  std::vector<std::string> candidates = Masters();
  candidates.insert(candidates.end(), options_.seeds.begin(), options_.seeds.end());
  std::string errors;
  for (const std::string& address : candidates) {
    std::string error;
    redisContext* c = Open(address, options_.connect_timeout, options_.command_timeout, &error);
    RedisReply slots_reply, nodes_reply;
    if (c != nullptr) {
      // CLUSTER SLOTS leaves out replicas that have not yet reported an offset: their number is
      // counted from CLUSTER NODES.
      AppendArgs(c, {"CLUSTER", "SLOTS"});
      AppendArgs(c, {"CLUSTER", "NODES"});
      if (!ReadReply(c, address, &slots_reply, &error) ||
          !ReadReply(c, address, &nodes_reply, &error)) {
        slots_reply = RedisReply();
      }
      redisFree(c);
    }
    if (c == nullptr || slots_reply.is_nil()) {
      absl::StrAppend(&errors, errors.empty() ? "" : "; ", error);
      continue;
    }
    if (slots_reply.is_error()) {
      return absl::FailedPreconditionError(absl::StrCat(
          address, " does not serve a Redis Cluster (CLUSTER SLOTS: ", slots_reply.str, ")"));
    }
    std::array<int16_t, kRedisSlots> slots;
    std::vector<Master> masters = ParseSlotMap(slots_reply, nodes_reply, address, &slots);
    if (masters.empty()) {
      return absl::FailedPreconditionError(
          absl::StrCat("the cluster at ", address, " serves no slot yet"));
    }
    ++refreshes_;
    WriterMutexLock lock(&mu_);
    slots_ = slots;
    masters_ = std::move(masters);
    return absl::OkStatus();
  }
  return absl::UnavailableError(absl::StrCat("no node of the Redis cluster answers: ", errors));
}

std::vector<RedisCluster::Master> RedisCluster::ParseSlotMap(
    const RedisReply& slots_reply, const RedisReply& nodes_reply, const std::string& asked,
    std::array<int16_t, kRedisSlots>* slots) {
  std::string host;
  int port = 0;
  SplitAddress(asked, &host, &port);
  // Live replicas per master id: "<id> <addr> <flags> <master id> ... <link-state> ...".
  std::map<std::string, int> replicas;
  for (absl::string_view line : absl::StrSplit(nodes_reply.str, '\n', absl::SkipEmpty())) {
    std::vector<absl::string_view> fields = absl::StrSplit(line, ' ');
    if (fields.size() >= 8 && absl::StrContains(fields[2], "slave") &&
        !absl::StrContains(fields[2], "fail") && fields[7] == "connected") {
      ++replicas[std::string(fields[3])];
    }
  }
  slots->fill(-1);
  std::vector<Master> masters;
  for (const RedisReply& range : slots_reply.elements) {
    if (range.elements.size() < 3) continue;
    const RedisReply& node = range.elements[2];
    const std::string master = NodeAddress(node, host);
    if (master.empty()) continue;
    auto it = std::find_if(masters.begin(), masters.end(),
                           [&](const Master& m) { return m.address == master; });
    if (it == masters.end()) {
      const std::string id = node.elements.size() > 2 ? node.elements[2].str : "";
      masters.push_back(Master{master, replicas[id]});
      it = masters.end() - 1;
    }
    const int16_t index = static_cast<int16_t>(it - masters.begin());
    const int64_t first = std::max<int64_t>(0, range.elements[0].integer);
    const int64_t last = std::min<int64_t>(kRedisSlots - 1, range.elements[1].integer);
    for (int64_t s = first; s <= last; ++s) (*slots)[s] = index;
  }
  return masters;
}

redisContext* RedisCluster::TakeConnection(const std::string& address, std::string* error) {
  {
    WriterMutexLock lock(&pool_mu_);
    std::vector<redisContext*>& idle = idle_[address];
    if (!idle.empty()) {
      redisContext* c = idle.back();
      idle.pop_back();
      return c;
    }
    if (opened_[address]++ > 0) ++reconnects_;
  }
  return Open(address, options_.connect_timeout, options_.command_timeout, error);
}

void RedisCluster::GiveBack(const std::string& address, redisContext* connection) {
  if (connection->err == 0) {
    WriterMutexLock lock(&pool_mu_);
    std::vector<redisContext*>& idle = idle_[address];
    if (idle.size() < kIdlePerMaster) {
      idle.push_back(connection);
      return;
    }
  }
  redisFree(connection);
}

// --- Session ---

struct RedisCluster::Session::Pending {
  size_t index;             // into the commands
  std::string ask_address;  // "" unless an ASK redirection sends it there once
};

RedisCluster::Session::Session(Session&& other) noexcept
    : cluster_(other.cluster_),
      connections_(std::move(other.connections_)),
      sent_to_(std::move(other.sent_to_)),
      lost_(std::move(other.lost_)) {
  other.connections_.clear();
}

RedisCluster::Session::~Session() {
  for (auto& [address, c] : connections_) cluster_->GiveBack(address, c);
}

redisContext* RedisCluster::Session::Connection(const std::string& address, std::string* error) {
  auto it = connections_.find(address);
  if (it != connections_.end()) return it->second;
  redisContext* c = cluster_->TakeConnection(address, error);
  if (c != nullptr) connections_[address] = c;
  return c;
}

void RedisCluster::Session::Drop(const std::string& address) {
  auto it = connections_.find(address);
  if (it == connections_.end()) return;
  if (sent_to_.count(address) != 0) lost_.insert(address);
  redisFree(it->second);
  connections_.erase(it);
}

std::vector<RedisCluster::Session::Pending> RedisCluster::Session::Attempt(
    absl::Span<const RedisCommand> commands, const std::vector<Pending>& pending,
    std::vector<RedisReply>* replies, bool* refresh, bool* wait, std::string* error) {
  std::vector<Pending> retry;
  // Each master's share, in the order given.
  std::map<std::string, std::vector<const Pending*>> by_master;
  for (const Pending& p : pending) {
    std::string address = p.ask_address;
    if (address.empty()) address = cluster_->MasterOf(RedisKeySlot(commands[p.index].key()));
    if (address.empty()) {
      *error = absl::StrCat("no master serves the slot of `", commands[p.index].key(), "`");
      *refresh = *wait = true;
      retry.push_back(p);
      continue;
    }
    by_master[address].push_back(&p);
  }
  std::vector<std::pair<std::string, redisContext*>> sent;
  for (const auto& [address, share] : by_master) {
    redisContext* c = Connection(address, error);
    if (c == nullptr) {
      *refresh = *wait = true;
      for (const Pending* p : share) retry.push_back(Pending{p->index, ""});
      continue;
    }
    for (const Pending* p : share) {
      if (!p->ask_address.empty()) AppendArgs(c, {"ASKING"});
      AppendArgs(c, commands[p->index].args());
    }
    sent_to_.insert(address);
    sent.emplace_back(address, c);
  }
  cluster_->round_trips_ += static_cast<int64_t>(sent.size());
  for (const auto& [address, c] : sent) {
    const std::vector<const Pending*>& share = by_master[address];
    bool failed = false;
    for (const Pending* p : share) {
      RedisReply reply;
      if (!failed && !p->ask_address.empty()) failed = !ReadReply(c, address, &reply, error);
      if (!failed) failed = !ReadReply(c, address, &reply, error);
      if (failed) {
        *refresh = *wait = true;
        retry.push_back(Pending{p->index, ""});
        continue;
      }
      if (!reply.is_error()) {
        (*replies)[p->index] = std::move(reply);
        continue;
      }
      const absl::string_view code = ErrorCode(reply);
      int slot = 0;
      std::string target;
      if ((code == "MOVED" || code == "ASK") && ParseRedirect(reply.str, &slot, &target)) {
        if (code == "MOVED") {
          ++cluster_->moved_;
          cluster_->Moved(slot, target);
          *refresh = true;  // a whole range probably moved: read it at once
          retry.push_back(Pending{p->index, ""});
        } else {
          ++cluster_->asked_;
          retry.push_back(Pending{p->index, target});
        }
        continue;
      }
      if (code == "TRYAGAIN" || code == "CLUSTERDOWN" || code == "LOADING" ||
          code == "READONLY" || code == "MASTERDOWN") {
        *error = absl::StrCat(address, ": ", reply.str);
        *wait = true;
        *refresh |= code != "TRYAGAIN";
        retry.push_back(Pending{p->index, ""});
        continue;
      }
      (*replies)[p->index] = std::move(reply);  // the command's own error, for the caller
    }
    if (failed) Drop(address);
  }
  return retry;
}

absl::StatusOr<std::vector<RedisReply>> RedisCluster::Session::Run(
    absl::Span<const RedisCommand> commands) {
  std::vector<RedisReply> replies(commands.size());
  std::vector<Pending> pending;
  pending.reserve(commands.size());
  for (size_t i = 0; i < commands.size(); ++i) pending.push_back(Pending{i, ""});
  const absl::Time give_up = absl::Now() + cluster_->options_.retry_for;
  absl::Duration backoff = absl::Milliseconds(10);
  int redirects = 0;
  std::string error;
  while (!pending.empty()) {
    bool refresh = false, wait = false;
    pending = Attempt(commands, pending, &replies, &refresh, &wait, &error);
    if (pending.empty()) break;
    // Redirections are followed at once, but a map that keeps sending us round in circles
    // (mid-migration) is given time like any transient state.
    if (!wait && ++redirects > 5) wait = true;
    if (wait) {
      if (cluster_->closing_.load()) {
        return absl::UnavailableError(absl::StrCat("the store is closing: ", error));
      }
      if (absl::Now() + backoff > give_up) {
        return absl::UnavailableError(absl::StrCat(
            "the Redis cluster did not answer within ",
            absl::FormatDuration(cluster_->options_.retry_for), ": ", error));
      }
      absl::SleepFor(backoff);
      backoff = std::min(backoff * 2, absl::Milliseconds(500));
    }
    if (refresh) {
      if (absl::Status s = cluster_->Refresh(); !s.ok()) error = std::string(s.message());
    }
  }
  return replies;
}

absl::StatusOr<RedisReply> RedisCluster::Session::RunOn(const std::string& address,
                                                        const std::vector<std::string>& args) {
  std::string error;
  redisContext* c = Connection(address, &error);
  if (c == nullptr) return absl::UnavailableError(error);
  ++cluster_->round_trips_;
  sent_to_.insert(address);
  AppendArgs(c, args);
  RedisReply reply;
  if (!ReadReply(c, address, &reply, &error)) {
    Drop(address);
    return absl::UnavailableError(error);
  }
  return reply;
}

std::map<std::string, int> RedisCluster::Session::ReplicasToWaitFor(
    const std::set<std::string>& masters, int replicas, absl::Status* status) {
  std::map<std::string, int> wanted;
  std::vector<std::string> asked;
  for (const std::string& address : masters) {
    auto c = connections_.find(address);
    if (c == connections_.end()) continue;
    wanted[address] = std::min(replicas, cluster_->ReplicasOf(address));
    if (wanted[address] >= replicas) continue;
    // The map may not know a replica that attached since it was read: the master knows.
    AppendArgs(c->second, {"ROLE"});
    asked.push_back(address);
  }
  cluster_->round_trips_ += static_cast<int64_t>(asked.size());
  for (const std::string& address : asked) {
    RedisReply reply;
    std::string error;
    if (!ReadReply(connections_[address], address, &reply, &error)) {
      Drop(address);
      status->Update(absl::UnavailableError(error));
      wanted.erase(address);
      continue;
    }
    // ["master", offset, [[ip, port, offset]...]]
    if (reply.elements.size() >= 3 && reply.elements[0].str == "master") {
      const int known = static_cast<int>(reply.elements[2].elements.size());
      cluster_->SetReplicas(address, known);
      wanted[address] = std::min(replicas, known);
    }
  }
  return wanted;
}

absl::Status RedisCluster::Session::WaitForReplicas(int replicas, absl::Duration timeout) {
  if (replicas <= 0) return absl::OkStatus();
  std::set<std::string> sent_to, lost;
  sent_to.swap(sent_to_);
  lost.swap(lost_);
  absl::Status status;
  for (const std::string& address : lost) {
    status.Update(absl::UnavailableError(absl::StrCat(
        "the connection to ", address, " failed after commands were sent: they may not be on "
                                       "a replica")));
  }
  std::vector<std::pair<std::string, int>> waiting;  // master, replicas wanted
  for (const auto& [address, wanted] : ReplicasToWaitFor(sent_to, replicas, &status)) {
    if (wanted <= 0) continue;
    AppendArgs(connections_[address],
               {"WAIT", std::to_string(wanted),
                std::to_string(std::max<int64_t>(1, absl::ToInt64Milliseconds(timeout)))});
    waiting.emplace_back(address, wanted);
  }
  cluster_->round_trips_ += static_cast<int64_t>(waiting.size());
  for (const auto& [address, wanted] : waiting) {
    RedisReply reply;
    std::string error;
    if (!ReadReply(connections_[address], address, &reply, &error)) {
      Drop(address);
      status.Update(absl::UnavailableError(error));
      continue;
    }
    if (reply.type != RedisReply::Type::kInteger || reply.integer < wanted) {
      status.Update(absl::UnavailableError(absl::StrCat(
          "the writes to ", address, " reached ", reply.integer, " of ", wanted,
          " replicas within ", absl::FormatDuration(timeout),
          reply.is_error() ? absl::StrCat(" (", reply.str, ")") : "")));
    }
  }
  lost_.clear();  // what Drop() above added was said already
  // A replica may have failed or a master failed over: the next WAIT asks what is there now.
  if (!status.ok()) (void)cluster_->Refresh();
  return status;
}

absl::StatusOr<std::vector<RedisReply>> RunChecked(RedisCluster::Session& session,
                                                   absl::Span<const RedisCommand> commands) {
  absl::StatusOr<std::vector<RedisReply>> replies = session.Run(commands);
  if (!replies.ok()) return replies.status();
  for (const RedisReply& r : *replies) {
    if (absl::Status s = ReplyStatus(r); !s.ok()) return s;
  }
  return replies;
}

}  // namespace claimcheck
