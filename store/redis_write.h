// RedisWrite: one change to the Redis Cluster backend (an ingest, a replacement, a delete, or the
// repair of one a crashed writer left half done), as the steps every change takes, in the order
// that makes a crash between any two of them repairable (docs/SCALE.md, "What a crash leaves"):
//
//   Lock(article)          P:al:{ID}, SET NX with a lease: one writer per article
//   ReadRecord             the stored record; a pending one is repaired first (by the caller)
//   Lock(figures)          P:fl:{FIG} of every cross-article figure the change touches: the
//                          flags of a figure's claims change only under its lock, so every
//                          front end agrees on them and on the events that say so
//   BeginChange            the new claims' seqs (INCRBY P:seq), the id in P:p:{s}
//   WritePending           the record, marked pending, holding the claims it replaces
//   ApplyIndexes           figures, the seq and date indexes, the counts: idempotent commands
//                          (ZADD/ZREM of exact members, counts set by script)
//   WriteMarks             contested marks of the claims whose flags changed; a figure enters
//                          P:c:{s} before its marks, and leaves it once it has none
//   Complete               the record without what it replaced (or deleted), then off P:p:{s},
//                          and the change's flag events on P:events
//   WaitForReplicas        WAIT on every master written
//   (destructor)           the locks released
//
// Usage (redis_claim_store.cc):
//   RedisWrite write(cluster, &keys, &options);
//   if (absl::Status s = write.Lock({keys.ArticleLock(id)}, options.lock_wait); !s.ok()) ...
//
// Errors: UNAVAILABLE when the cluster cannot be reached; ABORTED when locks stay held by
// others past the wait; DATA_LOSS for a record this code did not write.
//
// Thread safety: one thread at a time.
#ifndef CLAIMCHECK_STORE_REDIS_WRITE_H_
#define CLAIMCHECK_STORE_REDIS_WRITE_H_

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "claimcheck/v1/claimcheck.pb.h"
#include "store/claim_store.h"
#include "store/redis_cluster.h"
#include "store/redis_layout.h"
#include "store/redis_view.h"

namespace claimcheck {

class RedisWrite {
 public:
  // `cluster`, `keys` and `options` must outlive the write.
  RedisWrite(RedisCluster* cluster, const RedisKeys* keys, const RedisOptions* options);
  ~RedisWrite();  // Unlock()s
  RedisWrite(const RedisWrite&) = delete;
  RedisWrite& operator=(const RedisWrite&) = delete;

  RedisCluster::Session& session() { return session_; }

  // Takes every lock of `lock_keys` this write does not hold yet, all at once or none, retrying
  // for up to `wait`. ABORTED, naming a lock, when others still hold one then.
  absl::Status Lock(const std::vector<std::string>& lock_keys, absl::Duration wait);
  // The lock keys of the cross-article figures the claims of `record` and what it replaces are
  // filed in. DATA_LOSS when a claim does not parse.
  absl::StatusOr<std::vector<std::string>> FigureLocks(const ArticleRecord& record) const;

  // The record of `article_id`, nullopt when there is none.
  absl::StatusOr<std::optional<ArticleRecord>> ReadRecord(const std::string& article_id);
  // Hands out `claims` seqs (returns the first) and lists the article as pending.
  absl::StatusOr<uint64_t> BeginChange(const std::string& article_id, size_t claims);
  absl::Status WritePending(const std::string& article_id, const ArticleRecord& pending);
  absl::Status ApplyIndexes(const std::string& article_id, const ArticleRecord& pending);
  // Writes `marks`, and clears the marks of the claims `pending` replaces.
  absl::Status WriteMarks(const ArticleRecord& pending, std::vector<RedisView::Mark> marks);
  // Marks the record complete (or deletes it), takes the article off the pending list and adds
  // `events` to P:events. Returns the id of their stream entry, "" for no events.
  absl::StatusOr<std::string> Complete(const std::string& article_id,
                                       const ArticleRecord& pending,
                                       const std::vector<v1::FlagEvent>& events);
  absl::Status WaitForReplicas();
  // Releases the locks this write holds (those whose lease ran out are another's: left alone).
  void Unlock();
  // Forgets its locks without releasing them, as a writer that crashed: they stay until their
  // lease runs out (RedisOptions::crash_after, for tests).
  void Abandon() { held_.clear(); }

 private:
  // Runs `commands`; the first error reply as a Status.
  absl::StatusOr<std::vector<RedisReply>> Run(const std::vector<RedisCommand>& commands);

  const RedisKeys& keys_;
  const RedisOptions& options_;
  RedisCluster::Session session_;
  const std::string token_;    // this write's lock value
  std::set<std::string> held_;  // lock keys
};

// The P:events entry of a change's events, and back. DATA_LOSS for bytes not written so.
std::string EncodeFlagEvents(const std::vector<v1::FlagEvent>& events);
absl::StatusOr<std::vector<v1::FlagEvent>> DecodeFlagEvents(absl::string_view bytes);

}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_REDIS_WRITE_H_
