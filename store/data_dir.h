// DataDir owns a store's folder on disk: it locks it, reads back the snapshot and the log that
// continues it, judging what a crash can explain, appends to the log and writes new snapshots.
// The store decides what records mean; DataDir only keeps them safe.
//
// Usage (see claim_store.cc):
//   DataDir::Options options{dir, /*recover_truncate=*/false};
//   absl::StatusOr<std::unique_ptr<DataDir>> files = DataDir::Open(options, apply_record);
//   if ((*files)->needs_snapshot()) (*files)->WriteSnapshot(write_articles);
//   absl::Status s = (*files)->Append(kIngestRecord, payload);  // durable when OK
//
// Files in the folder:
//   SNAPSHOT     a header record naming generation G, one ingest record per article, an end
//                record with their count; written to SNAPSHOT.tmp, synced, renamed.
//   LOG-<G>      ingest and delete records since that snapshot, each synced before the write that
//                made it is acknowledged (record_log.h). Created, empty, before SNAPSHOT is renamed
//                into place, so the log a snapshot names always exists.
//   LOCK         flock'd while a store has the folder open.
//   damaged-<T>/ what a recovery asked to keep what is intact set aside (see below).
// A new store writes an empty snapshot at once: from then on SNAPSHOT and LOG-<G> name each
// other, and losing either is seen.
//
// What Open() accepts without a word: a torn last log record (cut off, and reported through
// Options::report), a SNAPSHOT.tmp or an empty newer LOG from a snapshot a crash interrupted
// (removed), logs an earlier snapshot covers (removed). Anything else, a crash cannot explain:
// a damaged or missing SNAPSHOT or LOG-<G>, a log newer than the snapshot that holds records, a
// record the store cannot use. Then Open() returns DATA_LOSS naming the file and the offset and
// changes nothing, unless Options::recover_truncate: then it keeps every intact record before the
// damage, reports exactly what it dropped (bytes and records, per file), moves every SNAPSHOT and
// LOG file to damaged-<time>/ and asks for a snapshot (needs_snapshot()) before any write.
//
// Thread safety: not thread-safe; the store calls it under its writer lock.
#ifndef CLAIMCHECK_STORE_DATA_DIR_H_
#define CLAIMCHECK_STORE_DATA_DIR_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "store/record_log.h"

namespace claimcheck {

class DataDir {
 public:
  struct Options {
    std::string dir;
    // Keep what is intact instead of refusing damage (the server's --recover_truncate).
    bool recover_truncate = false;
    // Where recovery says what it dropped or cleaned up; nullptr: standard error.
    std::function<void(const std::string&)> report;
  };

  // Called for each record to replay, snapshot first, in file order. A record the store cannot
  // use is DATA_LOSS (its message says why); it counts as damage at that record's offset.
  using ApplyRecord = std::function<absl::Status(const LogRecord&)>;
  // Writes the store's articles with `append` (one ingest record each); returns how many.
  using WriteArticles =
      std::function<absl::StatusOr<uint64_t>(const std::function<absl::Status(absl::string_view)>&
                                                 append)>;

  // Locks and recovers the folder, creating it if needed. FAILED_PRECONDITION when another store
  // holds it; the file system's error when it cannot be created or read; DATA_LOSS as above.
  static absl::StatusOr<std::unique_ptr<DataDir>> Open(const Options& options,
                                                       const ApplyRecord& apply);
  ~DataDir();
  DataDir(const DataDir&) = delete;
  DataDir& operator=(const DataDir&) = delete;

  // True when the folder has no usable log yet (a new store, files of an older format, a
  // recovery that set damaged files aside): call WriteSnapshot before Append.
  bool needs_snapshot() const { return log_ == nullptr || needs_snapshot_; }

  // Appends one record to the log, synced. UNAVAILABLE once the log could not be repaired after
  // a failed write (restart the store); FAILED_PRECONDITION while needs_snapshot().
  absl::Status Append(uint8_t type, absl::string_view payload);

  // Writes a snapshot of generation G+1 and starts LOG-<G+1>; on failure the old log stays in use
  // and nothing the store acknowledged is lost.
  absl::Status WriteSnapshot(const WriteArticles& write_articles);

  // Records appended since the last snapshot.
  int64_t records_since_snapshot() const { return records_since_snapshot_; }

 private:
  explicit DataDir(Options options) : options_(std::move(options)) {}

  struct Recovery;  // what Open() found, file by file (data_dir.cc)
  absl::Status Lock();
  absl::Status Recover(const ApplyRecord& apply);
  // The stages of Recover(): each notes in `r` what it finds, problems included.
  absl::Status ReadSnapshot(const ApplyRecord& apply, Recovery* r);
  absl::Status ReadLogToContinue(const ApplyRecord& apply, Recovery* r);
  absl::Status CheckOtherLogs(Recovery* r);
  absl::Status Finish(Recovery& recovery);
  void SetAside(const Recovery& recovery);
  void Report(const std::string& message) const;
  std::string PathOf(absl::string_view name) const;
  std::string LogPath(uint64_t generation) const;

  const Options options_;
  int lock_fd_ = -1;
  uint64_t generation_ = 0;  // of the log in use (or to be started by the next snapshot)
  std::unique_ptr<LogWriter> log_;
  bool needs_snapshot_ = false;
  int64_t records_since_snapshot_ = 0;
  absl::Status log_broken_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_DATA_DIR_H_
