// ClaimStore keeps articles and their claims, files each claim under a figure (claims about the
// same thing) and keeps every figure's flags current as articles come and go.
//
// Two backends behave alike through this interface:
//   - "memory" (the default): everything in this process's memory, durable with a data_dir;
//   - "redis://HOST:PORT[,HOST:PORT...]": a Redis Cluster (redis_claim_store.h). Any number of
//     stores opened on one cluster, in any number of processes, are one store: what one
//     acknowledges the others read, and flags raised through one reach the listeners of all.
//
// Usage:
//   StoreOptions options;
//   options.data_dir = "/var/lib/claimcheck";  // "" = memory only
//   // or: options.backend = "redis://10.0.0.1:7000,10.0.0.2:7000";
//   absl::StatusOr<std::unique_ptr<ClaimStore>> store = ClaimStore::Open(options);
//   absl::StatusOr<IngestResult> result = (*store)->Ingest(article, std::move(claims));
//
// The store knows nothing of gRPC or of extraction: callers pass claims already extracted.
// Which claims are compared, and the flags they earn, are crosscheck/'s rules (figure_key.h,
// event_window.h, rules.h, figure_summary.h), run over the store through the FiledClaims
// interface (filed_claims.h, article_flags.h) that a backend implements; flags are recomputed
// from a claim's event whenever asked for, so they are always current after an ingest, a
// replacement or a delete.
//
// Errors: absl::Status with the most specific canonical code; a Redis backend that cannot reach
// its cluster is UNAVAILABLE (and nothing it acknowledged is lost).
//
// Thread safety: every method may be called from any number of threads at once.
// Durability: with a data_dir, Ingest() and Delete() return only after their record is in the
// append-only log (CRC-checked); Open() replays snapshot and log, dropping a torn last record.
// Damage a crash cannot explain is DATA_LOSS unless StoreOptions::recover_truncate (data_dir.h).
// With Redis, they return once every write is on its master and, when the master has replicas,
// on RedisOptions::replicas_acked of them (WAIT).
#ifndef CLAIMCHECK_STORE_CLAIM_STORE_H_
#define CLAIMCHECK_STORE_CLAIM_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "claimcheck/v1/claimcheck.pb.h"
#include "store/page_limits.h"

namespace claimcheck {

// The Redis Cluster backend's settings (redis_claim_store.h).
struct RedisOptions {
  // Every key the store writes starts with this: several independent stores may share a cluster.
  std::string key_prefix = "claimcheck";
  // An ingest or delete is acknowledged once each master it wrote to has this many replicas
  // holding the writes (WAIT), or all it has if fewer; 0: once on the masters.
  int replicas_acked = 1;
  absl::Duration replica_timeout = absl::Seconds(2);  // how long WAIT waits; then UNAVAILABLE
  // How long a call retries through redirections and failovers before UNAVAILABLE.
  absl::Duration retry_for = absl::Seconds(20);
  // A writer locks the article and the figures it changes; a lock a crashed writer left expires
  // after lock_lease. A writer waits at most lock_wait for locks others hold (then ABORTED).
  absl::Duration lock_lease = absl::Seconds(30);
  absl::Duration lock_wait = absl::Seconds(30);
  // How often a store looks for changes a crashed writer left half done, and finishes them.
  absl::Duration repair_every = absl::Seconds(10);
  // For tests of crash repair only: called after each step of a change that succeeded, with the
  // step's name (redis_write.h lists them); returning true abandons the change there as a
  // writer that crashed would: nothing more is written, its locks stay until their lease runs
  // out, and the call returns ABORTED.
  std::function<bool(absl::string_view step)> crash_after;
};

struct StoreOptions {
  // "memory", or "redis://HOST:PORT[,HOST:PORT...]": the seed nodes of a Redis Cluster.
  std::string backend = "memory";
  RedisOptions redis;    // with a redis:// backend
  std::string data_dir;  // memory backend: "" keeps everything in memory only
  // A snapshot is written after this many log records (0 = never snapshot automatically).
  int64_t snapshot_every = 10000;
  // Page sizes of ListConflicts and QueryClaims: the default when a request gives none, and
  // the most a request may ask for.
  PageLimits page_limits;
  // When the data_dir holds damage a crash cannot explain, keep what is intact (and say what was
  // dropped) instead of refusing to open with DATA_LOSS. See data_dir.h.
  bool recover_truncate = false;
  // Where recovery reports what it dropped, cleaned up or ignored; nullptr: standard error.
  std::function<void(const std::string&)> report;
};

struct IngestResult {
  std::vector<v1::Claim> claims;  // the article's claims, with figure keys and current flags
  std::vector<v1::Flag> raised;   // flags this ingest raised (on these claims or stored ones)
  // Flags this ingest cleared: those of the claims a new text replaced, and those stored claims
  // of other articles no longer hold.
  std::vector<v1::Flag> cleared;
  bool changed = true;            // false: same id and same text were already stored
};

class ClaimStore {
 public:
  // Opens (and with a data_dir, recovers) a store. Errors: an unknown backend (INVALID_ARGUMENT);
  // the data_dir cannot be created or read (the most specific status from the file system),
  // another store has it (FAILED_PRECONDITION), damage a crash cannot explain (DATA_LOSS, naming
  // the file and the offset); no node of the cluster answers (UNAVAILABLE).
  static absl::StatusOr<std::unique_ptr<ClaimStore>> Open(const StoreOptions& options);

  virtual ~ClaimStore() = default;

  // Stores `article` with `claims` (from ClaimExtractor, same article). Same id and text as
  // stored: nothing changes, changed=false. Same id, new text: the old claims are replaced.
  // The article's title, url and outlet are kept once, and filled into every claim the store
  // returns. INVALID_ARGUMENT for an empty id, a date outside years 1-9999, or a claim that does
  // not fit its article (another article id, title, url or outlet; a number span outside the
  // text; an id given twice); an I/O error if the log write fails (nothing changes).
  virtual absl::StatusOr<IngestResult> Ingest(const v1::Article& article,
                                              std::vector<v1::Claim> claims) = 0;

  // Cross-checks `claims` against the store as if `article` were ingested, without storing.
  // A date outside years 1-9999 is treated as no date. The claims come back with the
  // article's title, url and outlet. Errors: the backend's.
  virtual absl::StatusOr<std::vector<v1::Claim>> Check(const v1::Article& article,
                                                       std::vector<v1::Claim> claims) const = 0;

  // Removes the article; its claims leave every figure and flags are re-evaluated.
  // NOT_FOUND if no such article.
  virtual absl::Status Delete(absl::string_view article_id) = 0;

  // Figures with flags of the requested kinds, filtered; pages in a stable order, of
  // options.page_limits.Clamp(request.page_size()) figures.
  // INVALID_ARGUMENT for a page token this store did not issue.
  virtual absl::StatusOr<v1::ListConflictsResponse> ListConflicts(
      const v1::ListConflictsRequest& request) const = 0;

  // Claims passing every filter; pages in a stable order, of
  // options.page_limits.Clamp(request.page_size()) claims.
  // INVALID_ARGUMENT for a page token this store did not issue.
  virtual absl::StatusOr<v1::QueryClaimsResponse> QueryClaims(
      const v1::QueryClaimsRequest& request) const = 0;

  // How many articles, claims, figures and contested figures are stored. Errors: the backend's.
  virtual absl::StatusOr<v1::GetStatsResponse> Stats() const = 0;

  // `listener` is called for every flag an Ingest or Delete raises or clears (FlagEvent.cleared),
  // after the change is applied, outside the store's locks: in memory on the thread that made
  // the change; with Redis on the store's event thread, for the changes of every store sharing
  // the cluster, a change's events together and in the order the changes of a figure were made.
  // It must be quick and must not call back into the store. A change's clears of a claim come
  // before its raises, so a listener that adds what is raised and removes what is cleared holds
  // the current flags (a flag is known by its kind and related_claim_ids). Returns an id for
  // RemoveFlagListener.
  using FlagListener = std::function<void(const v1::FlagEvent&)>;
  virtual int64_t AddFlagListener(FlagListener listener) = 0;
  virtual void RemoveFlagListener(int64_t id) = 0;

  // Writes everything acknowledged to disk (a no-op in memory only and with Redis). Called on
  // shutdown.
  virtual absl::Status Flush() = 0;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_CLAIM_STORE_H_
