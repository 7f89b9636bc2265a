#include "store/redis_write.h"

#include <algorithm>
#include <map>
#include <random>
#include <utility>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "crosscheck/claim_facts.h"
#include "crosscheck/event_window.h"
#include "crosscheck/figure_key.h"
#include "crosscheck/filed_claims.h"
#include "store/fixed_coding.h"

namespace claimcheck {
namespace {

// Deletes a lock only if this write still holds it (its lease may have run out and another
// writer taken it).
constexpr char kUnlockScript[] =
    "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end "
    "return 0";

// Sets an article's claim count (ARGV[2], or -1 once deleted) and keeps the shard's totals:
// setting, not adding, so running it twice changes nothing.
constexpr char kArticleCountScript[] = R"lua(
local old = redis.call('HGET', KEYS[2], ARGV[1])
local new = tonumber(ARGV[2])
if new < 0 then
  if old then
    redis.call('HDEL', KEYS[2], ARGV[1])
    redis.call('HINCRBY', KEYS[1], 'articles', -1)
    redis.call('HINCRBY', KEYS[1], 'claims', -tonumber(old))
  end
  return 0
end
if not old then
  redis.call('HINCRBY', KEYS[1], 'articles', 1)
  old = 0
end
redis.call('HSET', KEYS[2], ARGV[1], new)
redis.call('HINCRBY', KEYS[1], 'claims', new - tonumber(old))
return 1
)lua";

// Adds (ARGV[3] == '1') or removes that article ARGV[2] holds claims in figure ARGV[1], and keeps
// the shard's count of figures holding any: idempotent too.
constexpr char kFigureMembershipScript[] = R"lua(
local member = ARGV[1] .. '\0' .. ARGV[2]
if ARGV[3] == '1' then
  if redis.call('SADD', KEYS[2], member) == 1 then
    if redis.call('HINCRBY', KEYS[3], ARGV[1], 1) == 1 then
      redis.call('HINCRBY', KEYS[1], 'figures', 1)
    end
  end
elseif redis.call('SREM', KEYS[2], member) == 1 then
  if redis.call('HINCRBY', KEYS[3], ARGV[1], -1) <= 0 then
    redis.call('HDEL', KEYS[3], ARGV[1])
    redis.call('HINCRBY', KEYS[1], 'figures', -1)
  end
end
return 0
)lua";

// Sets (value not empty) or clears (empty) contested marks ARGV[i] -> ARGV[i+1] of one figure;
// returns how many remain.
constexpr char kMarksScript[] = R"lua(
for i = 1, #ARGV, 2 do
  if ARGV[i + 1] == '' then
    redis.call('HDEL', KEYS[1], ARGV[i])
  else
    redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
  end
end
return redis.call('HLEN', KEYS[1])
)lua";

// Entries P:events keeps; older ones go (a watcher that far behind has lost them anyway).
constexpr int kEventsKept = 100000;

std::string RandomToken() {
  std::random_device device;
  std::mt19937_64 rng((static_cast<uint64_t>(device()) << 32) ^ device());
  return absl::StrCat(absl::Hex(rng(), absl::kZeroPad16), absl::Hex(rng(), absl::kZeroPad16));
}

// A claim of a record as the indexes file it.
struct FiledClaim {
  uint64_t seq = 0;
  std::string member;  // seq + claim bytes
  std::string figure;  // figure key, "" when filed in none
  // The keys of FiledKeysOf() it is filed under, for FindFiled(): none unless it is among its
  // article's first kClaimsComparedAcross in a cross-article figure.
  FiledKeys filed_keys;
  int64_t event_seconds = 0;
  bool dated = false;
  int64_t date_seconds = 0;
};

absl::StatusOr<std::vector<v1::Claim>> ParseClaims(uint64_t first_seq,
                                                   const std::vector<std::string>& bytes) {
  std::vector<v1::Claim> claims(bytes.size());
  for (size_t i = 0; i < bytes.size(); ++i) {
    if (!claims[i].ParseFromString(bytes[i])) {
      return absl::DataLossError(
          absl::StrCat("stored claim seq ", first_seq + i, " does not parse"));
    }
  }
  return claims;
}

absl::StatusOr<std::vector<FiledClaim>> FiledClaimsOf(uint64_t first_seq,
                                                      const std::vector<std::string>& bytes) {
  absl::StatusOr<std::vector<v1::Claim>> claims = ParseClaims(first_seq, bytes);
  if (!claims.ok()) return claims.status();
  std::vector<ClaimFacts> facts;
  facts.reserve(bytes.size());
  for (const v1::Claim& claim : *claims) facts.push_back(FactsOf(claim));
  const std::vector<uint32_t> ranks = FigureRanks(facts);
  std::vector<FiledClaim> out(bytes.size());
  for (size_t i = 0; i < bytes.size(); ++i) {
    FiledClaim& f = out[i];
    f.seq = first_seq + i;
    f.member = ClaimMember(f.seq, bytes[i]);
    f.figure = (*claims)[i].figure_key();
    if (ranks[i] < kClaimsComparedAcross) f.filed_keys = FiledKeysOf(facts[i]);
    if (!f.filed_keys.empty()) f.event_seconds = *EventSeconds(facts[i]);
    f.dated = facts[i].has_date;
    f.date_seconds = facts[i].date_seconds;
  }
  return out;
}

// The figure keys (cross-article and article-local) `claims` are filed under, each once.
std::set<std::string> FiguresOf(const std::vector<FiledClaim>& claims) {
  std::set<std::string> figures;
  for (const FiledClaim& c : claims) {
    if (!c.figure.empty()) figures.insert(c.figure);
  }
  return figures;
}

}  // namespace

RedisWrite::RedisWrite(RedisCluster* cluster, const RedisKeys* keys, const RedisOptions* options)
    : keys_(*keys), options_(*options), session_(cluster->NewSession()), token_(RandomToken()) {}

RedisWrite::~RedisWrite() { Unlock(); }

void RedisWrite::Unlock() {
  if (held_.empty()) return;
  std::vector<RedisCommand> unlocks;
  for (const std::string& key : held_) {
    unlocks.push_back(RedisCommand::Script(kUnlockScript, {key}, {token_}));
  }
  // A lock that cannot be released now expires with its lease.
  (void)session_.Run(unlocks);
  held_.clear();
}

absl::StatusOr<std::vector<RedisReply>> RedisWrite::Run(const std::vector<RedisCommand>& commands) {
  return RunChecked(session_, commands);
}

absl::Status RedisWrite::Lock(const std::vector<std::string>& lock_keys, absl::Duration wait) {
  std::vector<std::string> wanted;
  for (const std::string& key : lock_keys) {
    if (!held_.count(key)) wanted.push_back(key);
  }
  std::sort(wanted.begin(), wanted.end());
  wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
  if (wanted.empty()) return absl::OkStatus();
  const std::string lease = std::to_string(absl::ToInt64Milliseconds(options_.lock_lease));
  const absl::Time give_up = absl::Now() + wait;
  absl::Duration backoff = absl::Milliseconds(1);
  std::mt19937 jitter(std::random_device{}());
  while (true) {
    std::vector<RedisCommand> takes;
    for (const std::string& key : wanted) {
      takes.push_back(RedisCommand({"SET", key, token_, "NX", "PX", lease}));
    }
    absl::StatusOr<std::vector<RedisReply>> taken = Run(takes);
    if (!taken.ok()) return taken.status();
    std::vector<RedisCommand> releases;
    std::string busy;
    for (size_t i = 0; i < wanted.size(); ++i) {
      if ((*taken)[i].is_nil()) {
        busy = wanted[i];
      } else {
        releases.push_back(RedisCommand::Script(kUnlockScript, {wanted[i]}, {token_}));
      }
    }
    if (busy.empty()) {
      held_.insert(wanted.begin(), wanted.end());
      return absl::OkStatus();
    }
    // All or none: never wait while holding a lock another writer may be waiting for.
    if (!releases.empty()) (void)session_.Run(releases);
    if (absl::Now() >= give_up) {
      return absl::AbortedError(absl::StrCat("another writer still holds ", busy, " after ",
                                             absl::FormatDuration(wait), "; try again"));
    }
    absl::SleepFor(backoff + absl::Microseconds(jitter() % 1000));
    backoff = std::min(backoff * 2, absl::Milliseconds(50));
  }
}

absl::StatusOr<std::vector<std::string>> RedisWrite::FigureLocks(const ArticleRecord& record) const {
  std::vector<std::string> locks;
  for (const auto* bytes : {&record.claims, &record.replaced}) {
    absl::StatusOr<std::vector<v1::Claim>> claims = ParseClaims(0, *bytes);
    if (!claims.ok()) return claims.status();
    for (const v1::Claim& claim : *claims) {
      const ClaimFacts facts = FactsOf(claim);
      for (const std::string& key : FiledKeysOf(facts)) locks.push_back(keys_.FigureLock(key));
      for (const FigureLookup& lookup : FigureLookupsOf(facts)) {
        locks.push_back(keys_.FigureLock(lookup.key));
      }
    }
  }
  return locks;
}

absl::StatusOr<std::optional<ArticleRecord>> RedisWrite::ReadRecord(const std::string& article_id) {
  absl::StatusOr<std::vector<RedisReply>> reply = Run({RedisCommand({"GET", keys_.Article(article_id)})});
  if (!reply.ok()) return reply.status();
  if ((*reply)[0].is_nil()) return std::nullopt;
  ArticleRecord record;
  if (absl::Status s = DecodeArticleRecord((*reply)[0].str, &record); !s.ok()) {
    return absl::DataLossError(absl::StrCat("article ", article_id, ": ", s.message()));
  }
  return record;
}

absl::StatusOr<uint64_t> RedisWrite::BeginChange(const std::string& article_id, size_t claims) {
  absl::StatusOr<std::vector<RedisReply>> replies =
      Run({RedisCommand({"INCRBY", keys_.Seq(), std::to_string(claims)}),
           RedisCommand({"SADD", keys_.Pending(RedisKeys::ShardOf(article_id)), article_id})});
  if (!replies.ok()) return replies.status();
  return static_cast<uint64_t>((*replies)[0].integer) - claims + 1;
}

absl::Status RedisWrite::WritePending(const std::string& article_id, const ArticleRecord& pending) {
  // The record first: a crash before the description is written leaves a pending record, whose
  // repair writes this again.
  std::vector<RedisCommand> writes = {
      RedisCommand({"SET", keys_.Article(article_id), EncodeArticleRecord(pending)})};
  if (pending.state == ArticleRecord::kPendingIngest) {
    writes.push_back(RedisCommand(
        {"SET", keys_.ArticleFields(article_id), EncodeArticleFields(pending.article)}));
  }
  return Run(writes).status();
}

absl::Status RedisWrite::ApplyIndexes(const std::string& article_id, const ArticleRecord& pending) {
  absl::StatusOr<std::vector<FiledClaim>> removed =
      FiledClaimsOf(pending.replaced_first_seq, pending.replaced);
  if (!removed.ok()) return removed.status();
  absl::StatusOr<std::vector<FiledClaim>> added = FiledClaimsOf(pending.first_seq, pending.claims);
  if (!added.ok()) return added.status();
  std::vector<RedisCommand> writes;
  for (const FiledClaim& c : *removed) {
    for (const std::string& key : c.filed_keys) {
      writes.push_back(RedisCommand({"ZREM", keys_.Figure(key), c.member}));
    }
    writes.push_back(RedisCommand({"ZREM", keys_.ClaimsBucket(c.seq), c.member}));
    if (c.dated) {
      writes.push_back(RedisCommand({"ZREM", keys_.DateBucket(RedisKeys::DateBucketOf(c.date_seconds)),
                                     SeqBytes(c.seq)}));
    }
  }
  for (const FiledClaim& c : *added) {
    for (const std::string& key : c.filed_keys) {
      writes.push_back(RedisCommand(
          {"ZADD", keys_.Figure(key), std::to_string(c.event_seconds), c.member}));
    }
    writes.push_back(RedisCommand({"ZADD", keys_.ClaimsBucket(c.seq), std::to_string(c.seq), c.member}));
    if (c.dated) {
      const int64_t bucket = RedisKeys::DateBucketOf(c.date_seconds);
      writes.push_back(RedisCommand(
          {"ZADD", keys_.DateBucket(bucket), std::to_string(c.date_seconds), SeqBytes(c.seq)}));
      writes.push_back(RedisCommand(
          {"ZADD", keys_.DateBuckets(), std::to_string(bucket), std::to_string(bucket)}));
    }
  }
  const bool deleted = pending.state == ArticleRecord::kPendingDelete;
  const int shard = RedisKeys::ShardOf(article_id);
  writes.push_back(RedisCommand::Script(
      kArticleCountScript, {keys_.Counts(shard), keys_.ArticleCounts(shard)},
      {article_id, deleted ? "-1" : std::to_string(pending.claims.size())}));
  const std::set<std::string> was_in = FiguresOf(*removed), now_in = FiguresOf(*added);
  auto membership = [&](const std::string& figure, bool in) {
    const int s = RedisKeys::ShardOf(figure);
    writes.push_back(RedisCommand::Script(
        kFigureMembershipScript, {keys_.Counts(s), keys_.FigureMembers(s), keys_.FigureRefs(s)},
        {figure, article_id, in ? "1" : "0"}));
  };
  for (const std::string& figure : was_in) {
    if (!now_in.count(figure)) membership(figure, false);
  }
  for (const std::string& figure : now_in) membership(figure, true);
  return Run(writes).status();
}

absl::Status RedisWrite::WriteMarks(const ArticleRecord& pending,
                                    std::vector<RedisView::Mark> marks) {
  for (size_t i = 0; i < pending.replaced.size(); ++i) {
    v1::Claim claim;
    if (!claim.ParseFromString(pending.replaced[i])) {
      return absl::DataLossError("a replaced claim does not parse");
    }
    marks.push_back(RedisView::Mark{RedisView::ContestedFigureOf(claim),
                                    pending.replaced_first_seq + i, 0, claim.article_id()});
  }
  std::map<std::string, std::vector<std::string>> by_figure;  // figure -> field, value, ...
  std::set<std::string> contested;  // figures getting a mark
  for (const RedisView::Mark& m : marks) {
    std::vector<std::string>& args = by_figure[m.figure];
    args.push_back(SeqBytes(m.seq));
    args.push_back(m.kinds == 0 ? "" : absl::StrCat(std::string(1, static_cast<char>(m.kinds)),
                                                    m.article_id));
    if (m.kinds != 0) contested.insert(m.figure);
  }
  // Listed before its marks are written: a crash in between leaves a figure listed without
  // marks, which ListConflicts skips, never marks that no listing reaches.
  std::vector<RedisCommand> listings;
  for (const std::string& figure : contested) {
    listings.push_back(RedisCommand(
        {"ZADD", keys_.ContestedFigures(RedisKeys::ShardOf(figure)), "0", figure}));
  }
  if (absl::Status s = Run(listings).status(); !s.ok()) return s;
  std::vector<RedisCommand> writes;
  std::vector<std::string> figures;
  for (auto& [figure, args] : by_figure) {
    writes.push_back(RedisCommand::Script(kMarksScript, {keys_.Contested(figure)}, args));
    figures.push_back(figure);
  }
  absl::StatusOr<std::vector<RedisReply>> left = Run(writes);
  if (!left.ok()) return left.status();
  std::vector<RedisCommand> unlistings;
  for (size_t i = 0; i < figures.size(); ++i) {
    if ((*left)[i].integer == 0) {
      unlistings.push_back(RedisCommand(
          {"ZREM", keys_.ContestedFigures(RedisKeys::ShardOf(figures[i])), figures[i]}));
    }
  }
  return Run(unlistings).status();
}

absl::StatusOr<std::string> RedisWrite::Complete(const std::string& article_id,
                                                 const ArticleRecord& pending,
                                                 const std::vector<v1::FlagEvent>& events) {
  ArticleRecord complete = pending;
  complete.state = ArticleRecord::kComplete;
  complete.replaced.clear();
  complete.replaced_first_seq = 0;
  std::vector<RedisCommand> record;
  if (pending.state == ArticleRecord::kPendingDelete) {
    record = {RedisCommand({"DEL", keys_.ArticleFields(article_id)}),
              RedisCommand({"DEL", keys_.Article(article_id)})};
  } else {
    record = {RedisCommand({"SET", keys_.Article(article_id), EncodeArticleRecord(complete)})};
  }
  if (absl::Status s = Run(record).status(); !s.ok()) return s;
  std::vector<RedisCommand> last = {
      RedisCommand({"SREM", keys_.Pending(RedisKeys::ShardOf(article_id)), article_id})};
  if (!events.empty()) {
    last.push_back(RedisCommand({"XADD", keys_.Events(), "MAXLEN", "~",
                                 std::to_string(kEventsKept), "*", "e", EncodeFlagEvents(events)}));
  }
  absl::StatusOr<std::vector<RedisReply>> done = Run(last);
  if (!done.ok()) return done.status();
  return done->size() > 1 ? (*done)[1].str : std::string();
}

absl::Status RedisWrite::WaitForReplicas() {
  return session_.WaitForReplicas(options_.replicas_acked, options_.replica_timeout);
}

std::string EncodeFlagEvents(const std::vector<v1::FlagEvent>& events) {
  std::string out;
  for (const v1::FlagEvent& event : events) {
    const std::string bytes = event.SerializeAsString();
    PutFixed32(&out, static_cast<uint32_t>(bytes.size()));
    out += bytes;
  }
  return out;
}

absl::StatusOr<std::vector<v1::FlagEvent>> DecodeFlagEvents(absl::string_view bytes) {
  std::vector<v1::FlagEvent> events;
  while (!bytes.empty()) {
    if (bytes.size() < 4 || bytes.size() - 4 < GetFixed32(bytes.data())) {
      return absl::DataLossError(absl::StrCat("a flag event entry cut short (", bytes.size(),
                                              " bytes left)"));
    }
    const uint32_t n = GetFixed32(bytes.data());
    if (!events.emplace_back().ParseFromArray(bytes.data() + 4, static_cast<int>(n))) {
      return absl::DataLossError("a flag event does not parse");
    }
    bytes.remove_prefix(4 + n);
  }
  return events;
}

}  // namespace claimcheck
