// RedisClaimStore: ClaimStore over a Redis Cluster (redis_claim_store.h). A change runs the steps
// of RedisWrite (redis_write.h) under its article's and its figures' locks, and computes what it
// raised and cleared with the shared ArticleChange over a RedisView read before and after; reads
// take no lock. Two threads per store: one reads the cluster's flag events (P:events) and calls the
// listeners, one finishes changes that crashed writers left half done.
#include "store/redis_claim_store.h"

#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/clock.h"
#include "base/mutex_lock.h"
#include "crosscheck/claim_facts.h"
#include "crosscheck/figure_key.h"
#include "store/article_change.h"
#include "store/claim_answers.h"
#include "store/flag_listeners.h"
#include "store/ingest_input.h"
#include "store/redis_cluster.h"
#include "store/redis_layout.h"
#include "store/redis_view.h"
#include "store/redis_write.h"

namespace claimcheck {
namespace {

// How long the event thread's XREAD blocks: also how long a closing store waits for it.
constexpr absl::Duration kEventPoll = absl::Milliseconds(200);
constexpr int kEventsPerRead = 100;

// How long a change waits for the event thread to hear its own events.
constexpr absl::Duration kHeardWithin = absl::Seconds(5);

using Handle = StoredClaims::Handle;

// A Redis stream entry id, "<ms>-<n>", as numbers that order like the entries.
using StreamId = std::pair<uint64_t, uint64_t>;
std::optional<StreamId> ParseStreamId(absl::string_view id) {
  const size_t dash = id.find('-');
  StreamId out;
  if (dash == absl::string_view::npos || !absl::SimpleAtoi(id.substr(0, dash), &out.first) ||
      !absl::SimpleAtoi(id.substr(dash + 1), &out.second)) {
    return std::nullopt;
  }
  return out;
}

// The handles (seqs) of the claims of `record`, text order.
std::vector<Handle> SeqsOf(const ArticleRecord& record) {
  std::vector<Handle> seqs(record.claims.size());
  for (size_t i = 0; i < seqs.size(); ++i) seqs[i] = record.first_seq + i;
  return seqs;
}

// `claims` with their figure keys set, as the record keeps them.
std::vector<std::string> SerializeWithFigureKeys(std::vector<v1::Claim>* claims) {
  std::vector<std::string> bytes;
  bytes.reserve(claims->size());
  for (v1::Claim& claim : *claims) {
    const std::optional<FigureKey> key = FigureKeyOf(FactsOf(claim));
    claim.set_figure_key(key ? key->ToString() : "");
    bytes.push_back(claim.SerializeAsString());
  }
  return bytes;
}

// The claims of `record` with their current flags, read through `view`.
absl::StatusOr<std::vector<v1::Claim>> ClaimsWithFlags(RedisView& view,
                                                       const ArticleRecord& record) {
  const std::vector<Handle> seqs = SeqsOf(record);
  absl::StatusOr<std::vector<std::vector<v1::Flag>>> flags = view.FlagsOf(seqs);
  if (!flags.ok()) return flags.status();
  std::vector<v1::Claim> claims;
  claims.reserve(seqs.size());
  for (size_t i = 0; i < seqs.size(); ++i) {
    v1::Claim& claim = claims.emplace_back(view.ToClaim(seqs[i]));
    claim.clear_flags();
    for (v1::Flag& f : (*flags)[i]) *claim.add_flags() = std::move(f);
  }
  return claims;
}

class RedisClaimStore final : public ClaimStore {
 public:
  RedisClaimStore(StoreOptions options, std::unique_ptr<RedisCluster> cluster)
      : options_(std::move(options)),
        keys_(options_.redis.key_prefix),
        cluster_(std::move(cluster)) {}
  ~RedisClaimStore() override;

  // Finds where the flag events stream ends, and starts the event and repair threads.
  absl::Status Start();

  absl::StatusOr<IngestResult> Ingest(const v1::Article& article,
                                      std::vector<v1::Claim> claims) override;
  absl::StatusOr<std::vector<v1::Claim>> Check(const v1::Article& article,
                                               std::vector<v1::Claim> claims) const override {
    RedisCluster::Session session = cluster_->NewSession();
    RedisView view(&session, &keys_);
    return CheckAsIfFiled(article, std::move(claims), view);
  }
  absl::Status Delete(absl::string_view article_id) override;
  absl::StatusOr<v1::ListConflictsResponse> ListConflicts(
      const v1::ListConflictsRequest& request) const override {
    RedisCluster::Session session = cluster_->NewSession();
    RedisView view(&session, &keys_);
    return claimcheck::ListConflicts(view, request, options_.page_limits);
  }
  absl::StatusOr<v1::QueryClaimsResponse> QueryClaims(
      const v1::QueryClaimsRequest& request) const override {
    RedisCluster::Session session = cluster_->NewSession();
    RedisView view(&session, &keys_);
    return claimcheck::QueryClaims(view, request, options_.page_limits);
  }
  absl::StatusOr<v1::GetStatsResponse> Stats() const override;
  int64_t AddFlagListener(FlagListener listener) override {
    return listeners_.Add(std::move(listener));
  }
  void RemoveFlagListener(int64_t id) override { listeners_.Remove(id); }
  absl::Status Flush() override { return absl::OkStatus(); }
  RedisCluster::Counters counters() const { return cluster_->counters(); }

 private:
  // The record of `article_id` (nullopt: none), a change a crashed writer left pending finished
  // first. `write` holds the article's lock.
  absl::StatusOr<std::optional<ArticleRecord>> ReadSettled(RedisWrite& write,
                                                           const std::string& article_id);
  // Finishes the change `pending` records, without telling anyone (its events are lost).
  absl::Status Repair(RedisWrite& write, const std::string& article_id,
                      const ArticleRecord& pending);
  // Writes the change from `stored` to `next` (a pending ingest of `claims`, or a pending
  // delete): `write` holds the article's lock and takes its figures'. Returns what it raised
  // and cleared, once acknowledged (WAIT).
  absl::StatusOr<FlagsChanged> Change(RedisWrite& write, const std::string& article_id,
                                      const std::optional<ArticleRecord>& stored,
                                      ArticleRecord next, const std::vector<v1::Claim>& claims);

  // `done`, the outcome of the step `name` of a change; ABORTED, abandoning the change, when
  // RedisOptions::crash_after (a test) says so.
  absl::Status Step(RedisWrite& write, absl::string_view name, absl::Status done) const;

  // The event thread: reads P:events from where it ended when the store opened.
  void ReadEvents(std::string last_id);
  // The repair thread: every repair_every, RepairPending().
  void RepairEvery();
  // Finishes every change listed pending whose writer no longer holds its article's lock.
  absl::Status RepairPending();
  // Waits until the event thread has told this store's listeners of the P:events entry
  // `entry_id` (and of every entry before it), so that a change's own events are heard before
  // the call that made it returns, as in memory. "" returns at once; gives up after
  // kHeardWithin (the change stands; its events come when the cluster answers again).
  void AwaitHeard(const std::string& entry_id) const;
  // True once the store is closing; waits up to `wait` for that.
  bool Stopping(absl::Duration wait) const;

  const StoreOptions options_;
  const RedisKeys keys_;
  const std::unique_ptr<RedisCluster> cluster_;

  mutable absl::Mutex stop_mu_;
  bool stopping_ ABSL_GUARDED_BY(stop_mu_) = false;
  std::thread events_thread_, repair_thread_;

  mutable absl::Mutex heard_mu_;
  StreamId heard_ ABSL_GUARDED_BY(heard_mu_);  // the last P:events entry told to the listeners

  FlagListeners listeners_;
};

RedisClaimStore::~RedisClaimStore() {
  {
    WriterMutexLock lock(&stop_mu_);
    stopping_ = true;
  }
  if (events_thread_.joinable()) events_thread_.join();
  if (repair_thread_.joinable()) repair_thread_.join();
}

absl::Status RedisClaimStore::Start() {
  RedisCluster::Session session = cluster_->NewSession();
  absl::StatusOr<std::vector<RedisReply>> last = RunChecked(
      session, {RedisCommand({"XREVRANGE", keys_.Events(), "+", "-", "COUNT", "1"})});
  if (!last.ok()) return last.status();
  std::string last_id = "0-0";
  const std::vector<RedisReply>& entries = (*last)[0].elements;
  if (!entries.empty() && !entries[0].elements.empty()) last_id = entries[0].elements[0].str;
  events_thread_ = std::thread([this, last_id] { ReadEvents(last_id); });
  repair_thread_ = std::thread([this] { RepairEvery(); });
  return absl::OkStatus();
}

bool RedisClaimStore::Stopping(absl::Duration wait) const {
  WriterMutexLock lock(&stop_mu_);
  const auto stopping = [this]() ABSL_SHARED_LOCKS_REQUIRED(stop_mu_) { return stopping_; };
  stop_mu_.AwaitWithTimeout(absl::Condition(&stopping), wait);
  return stopping_;
}

absl::StatusOr<std::optional<ArticleRecord>> RedisClaimStore::ReadSettled(
    RedisWrite& write, const std::string& article_id) {
  absl::StatusOr<std::optional<ArticleRecord>> record = write.ReadRecord(article_id);
  if (!record.ok() || !record->has_value() || (*record)->state == ArticleRecord::kComplete) {
    return record;
  }
  if (absl::Status s = Repair(write, article_id, **record); !s.ok()) return s;
  return write.ReadRecord(article_id);
}

absl::Status RedisClaimStore::Repair(RedisWrite& write, const std::string& article_id,
                                     const ArticleRecord& pending) {
  absl::StatusOr<std::vector<std::string>> locks = write.FigureLocks(pending);
  if (!locks.ok()) return locks.status();
  if (absl::Status s = write.Lock(*locks, options_.redis.lock_wait); !s.ok()) return s;
  std::vector<v1::Claim> replaced(pending.replaced.size());
  for (size_t i = 0; i < replaced.size(); ++i) {
    if (!replaced[i].ParseFromString(pending.replaced[i])) {
      return absl::DataLossError(absl::StrCat("article ", article_id, ": a replaced claim of ",
                                              pending.replaced[i].size(), " bytes does not parse"));
    }
  }
  if (absl::Status s = write.WritePending(article_id, pending); !s.ok()) return s;
  if (absl::Status s = write.WaitForReplicas(); !s.ok()) return s;
  if (absl::Status s = write.ApplyIndexes(article_id, pending); !s.ok()) return s;
  RedisView now(&write.session(), &keys_);
  if (absl::Status s = now.AddRecord(article_id, pending); !s.ok()) return s;
  if (absl::Status s = ArticleChange::RecordContested(now, replaced, SeqsOf(pending)); !s.ok()) {
    return s;
  }
  if (absl::Status s = write.WriteMarks(pending, now.marks()); !s.ok()) return s;
  if (absl::Status s = write.WaitForReplicas(); !s.ok()) return s;
  if (absl::Status s = write.Complete(article_id, pending, {}).status(); !s.ok()) return s;
  return write.WaitForReplicas();
}

absl::Status RedisClaimStore::Step(RedisWrite& write, absl::string_view name,
                                   absl::Status done) const {
  if (!done.ok() || !options_.redis.crash_after || !options_.redis.crash_after(name)) return done;
  write.Abandon();
  return absl::AbortedError(absl::StrCat("the change was abandoned after ", name, " (a test)"));
}

absl::StatusOr<FlagsChanged> RedisClaimStore::Change(RedisWrite& write,
                                                     const std::string& article_id,
                                                     const std::optional<ArticleRecord>& stored,
                                                     ArticleRecord next,
                                                     const std::vector<v1::Claim>& claims) {
  if (stored) {
    next.replaced = stored->claims;
    next.replaced_first_seq = stored->first_seq;
  }
  absl::StatusOr<std::vector<std::string>> locks = write.FigureLocks(next);
  if (!locks.ok()) return locks.status();
  if (absl::Status s = Step(write, "Lock", write.Lock(*locks, options_.redis.lock_wait));
      !s.ok()) {
    return s;
  }
  RedisView before(&write.session(), &keys_);
  if (absl::Status s = before.AddRecord(article_id, stored.value_or(ArticleRecord())); !s.ok()) {
    return s;
  }
  absl::StatusOr<ArticleChange> change = ArticleChange::Before(before, article_id, claims);
  if (!change.ok()) return change.status();
  absl::StatusOr<uint64_t> first_seq = write.BeginChange(article_id, next.claims.size());
  if (absl::Status s = Step(write, "BeginChange", first_seq.status()); !s.ok()) return s;
  next.first_seq = *first_seq;
  if (absl::Status s = Step(write, "WritePending", write.WritePending(article_id, next));
      !s.ok()) {
    return s;
  }
  // Durable before any index changes: a failover that loses index writes leaves a pending
  // record on a replica, whose repair writes them again.
  if (absl::Status s = write.WaitForReplicas(); !s.ok()) return s;
  if (absl::Status s = Step(write, "ApplyIndexes", write.ApplyIndexes(article_id, next));
      !s.ok()) {
    return s;
  }
  RedisView& after = before;  // the claims it read stay, the rest is read again
  after.Reread();
  if (absl::Status s = after.AddRecord(article_id, next); !s.ok()) return s;
  absl::StatusOr<FlagsChanged> changed = change->After(after, SeqsOf(next), absl::Now());
  if (!changed.ok()) return changed.status();
  if (absl::Status s = Step(write, "WriteMarks", write.WriteMarks(next, after.marks())); !s.ok()) {
    return s;
  }
  // And the indexes durable before the record says the change is complete.
  if (absl::Status s = write.WaitForReplicas(); !s.ok()) return s;
  absl::StatusOr<std::string> entry = write.Complete(article_id, next, changed->events);
  if (absl::Status s = Step(write, "Complete", entry.status()); !s.ok()) return s;
  if (absl::Status s = write.WaitForReplicas(); !s.ok()) return s;
  write.Unlock();
  AwaitHeard(*entry);
  return changed;
}

absl::StatusOr<IngestResult> RedisClaimStore::Ingest(const v1::Article& article,
                                                     std::vector<v1::Claim> claims) {
  if (article.id().empty()) return absl::InvalidArgumentError("article id is empty");
  if (absl::Status s = CheckTimestamps(article, claims); !s.ok()) return s;
  if (absl::Status s = CheckArticleFields(article, claims); !s.ok()) return s;
  if (absl::Status s = PrepareClaims(article, &claims); !s.ok()) return s;
  ArticleRecord next;
  next.state = ArticleRecord::kPendingIngest;
  next.text_sha256 = TextSha256(article.text());
  next.article = article;
  next.article.clear_text();
  next.claims = SerializeWithFigureKeys(&claims);

  RedisWrite write(cluster_.get(), &keys_, &options_.redis);
  if (absl::Status s = write.Lock({keys_.ArticleLock(article.id())}, options_.redis.lock_wait);
      !s.ok()) {
    return s;
  }
  absl::StatusOr<std::optional<ArticleRecord>> stored = ReadSettled(write, article.id());
  if (!stored.ok()) return stored.status();
  IngestResult result;
  if (stored->has_value() && (*stored)->text_sha256 == next.text_sha256) {
    RedisView view(&write.session(), &keys_);
    if (absl::Status s = view.AddRecord(article.id(), **stored); !s.ok()) return s;
    absl::StatusOr<std::vector<v1::Claim>> same = ClaimsWithFlags(view, **stored);
    if (!same.ok()) return same.status();
    result.changed = false;
    result.claims = *std::move(same);
    return result;
  }
  absl::StatusOr<FlagsChanged> changed =
      Change(write, article.id(), *stored, std::move(next), claims);
  if (!changed.ok()) return changed.status();
  result.claims = std::move(changed->claims);
  result.raised = std::move(changed->raised);
  result.cleared = std::move(changed->cleared);
  return result;
}

absl::Status RedisClaimStore::Delete(absl::string_view article_id_view) {
  const std::string article_id(article_id_view);
  RedisWrite write(cluster_.get(), &keys_, &options_.redis);
  if (absl::Status s = write.Lock({keys_.ArticleLock(article_id)}, options_.redis.lock_wait);
      !s.ok()) {
    return s;
  }
  absl::StatusOr<std::optional<ArticleRecord>> stored = ReadSettled(write, article_id);
  if (!stored.ok()) return stored.status();
  if (!stored->has_value()) return absl::NotFoundError(absl::StrCat("no article ", article_id));
  ArticleRecord next;
  next.state = ArticleRecord::kPendingDelete;
  next.text_sha256 = (*stored)->text_sha256;
  next.article = (*stored)->article;
  return Change(write, article_id, *stored, std::move(next), {}).status();
}

absl::StatusOr<v1::GetStatsResponse> RedisClaimStore::Stats() const {
  std::vector<RedisCommand> reads;
  for (int shard = 0; shard < RedisKeys::kShards; ++shard) {
    reads.push_back(RedisCommand({"HMGET", keys_.Counts(shard), "articles", "claims", "figures"}));
    reads.push_back(RedisCommand({"ZCARD", keys_.ContestedFigures(shard)}));
  }
  RedisCluster::Session session = cluster_->NewSession();
  absl::StatusOr<std::vector<RedisReply>> replies = RunChecked(session, reads);
  if (!replies.ok()) return replies.status();
  int64_t counts[3] = {0, 0, 0};
  int64_t contested = 0;
  for (int shard = 0; shard < RedisKeys::kShards; ++shard) {
    const RedisReply& fields = (*replies)[2 * shard];
    for (size_t i = 0; i < 3 && i < fields.elements.size(); ++i) {
      int64_t n = 0;
      if (!fields.elements[i].is_nil() && !absl::SimpleAtoi(fields.elements[i].str, &n)) {
        return absl::DataLossError(absl::StrCat("a count of ", keys_.Counts(shard),
                                                " is not a number"));
      }
      counts[i] += n;
    }
    contested += (*replies)[2 * shard + 1].integer;
  }
  v1::GetStatsResponse stats;
  stats.set_articles(static_cast<uint64_t>(counts[0]));
  stats.set_claims(static_cast<uint64_t>(counts[1]));
  stats.set_figures(static_cast<uint64_t>(counts[2]));
  stats.set_conflicts(static_cast<uint64_t>(contested));
  return stats;
}

void RedisClaimStore::AwaitHeard(const std::string& entry_id) const {
  const std::optional<StreamId> wanted = ParseStreamId(entry_id);
  if (!wanted) return;
  WriterMutexLock lock(&heard_mu_);
  const auto heard = [&]() ABSL_SHARED_LOCKS_REQUIRED(heard_mu_) { return heard_ >= *wanted; };
  heard_mu_.AwaitWithTimeout(absl::Condition(&heard), kHeardWithin);
}

void RedisClaimStore::ReadEvents(std::string last_id) {
  const std::string block = std::to_string(absl::ToInt64Milliseconds(kEventPoll));
  while (!Stopping(absl::ZeroDuration())) {
    RedisCluster::Session session = cluster_->NewSession();
    // XREAD COUNT n BLOCK ms STREAMS key id: the key is word 6.
    absl::StatusOr<std::vector<RedisReply>> read = RunChecked(
        session, {RedisCommand({"XREAD", "COUNT", std::to_string(kEventsPerRead), "BLOCK", block,
                                "STREAMS", keys_.Events(), last_id},
                               6)});
    if (!read.ok()) {
      std::cerr << "claimcheck store: reading flag events: " << read.status() << "\n";
      if (Stopping(absl::Seconds(1))) return;
      continue;
    }
    // Nil on timeout; else [[key, [[id, [field, value...]]...]]].
    const RedisReply& streams = (*read)[0];
    if (streams.elements.empty() || streams.elements[0].elements.size() < 2) continue;
    for (const RedisReply& entry : streams.elements[0].elements[1].elements) {
      if (entry.elements.size() < 2) continue;
      last_id = entry.elements[0].str;
      const std::vector<RedisReply>& fields = entry.elements[1].elements;
      if (fields.size() < 2) continue;
      absl::StatusOr<std::vector<v1::FlagEvent>> events = DecodeFlagEvents(fields[1].str);
      if (!events.ok()) {  // not written by this code: said, and passed over
        std::cerr << "claimcheck store: flag event " << last_id << " skipped: " << events.status()
                  << "\n";
        continue;
      }
      listeners_.Notify(*events);
    }
    WriterMutexLock lock(&heard_mu_);
    heard_ = ParseStreamId(last_id).value_or(heard_);
  }
}

void RedisClaimStore::RepairEvery() {
  while (!Stopping(options_.redis.repair_every)) {
    if (absl::Status s = RepairPending(); !s.ok()) {
      std::cerr << "claimcheck store: repairing half-written changes: " << s << "\n";
    }
  }
}

absl::Status RedisClaimStore::RepairPending() {
  for (int shard = 0; shard < RedisKeys::kShards; ++shard) {
    RedisCluster::Session session = cluster_->NewSession();
    absl::StatusOr<std::vector<RedisReply>> pending =
        RunChecked(session, {RedisCommand({"SMEMBERS", keys_.Pending(shard)})});
    if (!pending.ok()) return pending.status();
    for (const RedisReply& id : (*pending)[0].elements) {
      RedisWrite write(cluster_.get(), &keys_, &options_.redis);
      // A writer at work holds the lock: its change is not left over.
      if (absl::IsAborted(write.Lock({keys_.ArticleLock(id.str)}, absl::ZeroDuration()))) {
        continue;
      }
      absl::StatusOr<std::optional<ArticleRecord>> settled = ReadSettled(write, id.str);
      if (!settled.ok()) return settled.status();
      // Listed, but its record was never marked pending, or was completed: nothing to finish.
      absl::Status unlisted =
          RunChecked(write.session(), {RedisCommand({"SREM", keys_.Pending(shard), id.str})})
              .status();
      if (!unlisted.ok()) return unlisted;
    }
  }
  return absl::OkStatus();
}

}  // namespace

std::optional<RedisCluster::Counters> RedisCountersOf(const ClaimStore& store) {
  const auto* redis = dynamic_cast<const RedisClaimStore*>(&store);
  if (redis == nullptr) return std::nullopt;
  return redis->counters();
}

absl::StatusOr<std::unique_ptr<ClaimStore>> OpenRedisClaimStore(const StoreOptions& options) {
  absl::StatusOr<std::vector<std::string>> seeds = ParseRedisUrl(options.backend);
  if (!seeds.ok()) return seeds.status();
  if (absl::Status s = RedisKeys::ValidPrefix(options.redis.key_prefix); !s.ok()) return s;
  RedisCluster::Options cluster_options;
  cluster_options.seeds = *std::move(seeds);
  cluster_options.retry_for = options.redis.retry_for;
  absl::StatusOr<std::unique_ptr<RedisCluster>> cluster = RedisCluster::Connect(cluster_options);
  if (!cluster.ok()) return cluster.status();
  auto store = std::make_unique<RedisClaimStore>(options, *std::move(cluster));
  if (absl::Status s = store->Start(); !s.ok()) return s;
  return std::unique_ptr<ClaimStore>(std::move(store));
}

}  // namespace claimcheck
