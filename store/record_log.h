// An append-only file of CRC-checked, length-prefixed records that knows how much of itself was
// acknowledged: the store's write-ahead log and, written whole and renamed into place, its
// snapshots.
//
// Usage:
//   absl::StatusOr<std::unique_ptr<LogWriter>> log =
//       LogWriter::Create(path, /*generation=*/3, LogWriter::kSyncEach);
//   absl::Status s = (*log)->Append(kIngestRecord, payload);  // durable when it returns OK
//   absl::StatusOr<LogContents> contents = ReadLog(path);
//   if (!contents->damage.ok()) ...  // DATA_LOSS: what a crash cannot explain, file and offset
//
// File layout (little-endian):
//   [0, 512)     header slot A      a slot is rewritten with every append, alternately A and
//   [512, 1024)  header slot B      B: a torn slot write leaves the other one intact
//   [1024, ...)  records
// A header slot: magic "CCLOG\0\0\2" (8 bytes), the file's generation (8), records (8: how many
// records end at `written`), committed (8: every record up to this byte had been synced when the
// slot was written), written (8: the end of the record the slot was synced with), the masked
// crc32c of those 40 bytes (4). A record: masked crc32c of type+payload (4), payload length (4),
// type (1), payload.
//
// Why the slots: with one writer that syncs each record before acknowledging it, a crash tears at
// most the record being written. A torn tail alone cannot tell that apart from damage (a flipped
// bit in a length, a file cut short or zeroed from the middle); the slot synced with each record
// says how far the file reached when the previous append returned, so ReadLog can. Files written
// before the slots existed (no magic) are still read, with what a crash explains judged from the
// records alone.
//
// Thread safety: a LogWriter is not thread-safe (the store serialises writes); ReadLog is a
// plain function.
#ifndef CLAIMCHECK_STORE_RECORD_LOG_H_
#define CLAIMCHECK_STORE_RECORD_LOG_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace claimcheck {

// The largest record payload Append accepts and ReadLog believes: a length above it is damage.
inline constexpr uint32_t kMaxRecordBytes = 256u << 20;
// Where records start in a file with header slots.
inline constexpr uint64_t kLogHeaderBytes = 1024;

struct LogRecord {
  uint8_t type = 0;
  std::string payload;
  uint64_t offset = 0;  // where its header starts in the file
};

struct LogContents {
  // The intact records from the start, in order.
  std::vector<LogRecord> records;
  bool has_header = false;  // false: a file written before header slots existed
  uint64_t generation = 0;  // from the header
  uint64_t file_bytes = 0;
  // End of the last intact record (the header's end when there is none).
  uint64_t valid_bytes = 0;
  // Bytes after valid_bytes, dropped.
  uint64_t dropped_bytes = 0;
  // Records the dropped bytes held, as far as the header (or, without one, a scan for records
  // whose CRC holds) can tell; 0 or 1 for a torn tail.
  uint64_t dropped_records = 0;
  // OK when the dropped bytes are what a crash leaves: at most the last record, torn. Otherwise
  // DATA_LOSS naming the file, the offset and what is wrong.
  absl::Status damage;
};

class LogWriter {
 public:
  enum SyncMode {
    kSyncEach,      // Append() returns after fdatasync: the write-ahead log
    kSyncOnFinish,  // one fsync in Finish(): snapshots, written whole
  };

  // Creates `path`, which must not exist (ALREADY_EXISTS otherwise: a writer never appends to a
  // file it did not create or read). With kSyncEach the file appears whole: its header is written
  // and synced under `path`.tmp, renamed to `path` without replacing anything, and the folder is
  // synced. With kSyncOnFinish it is created in place (callers rename the finished file).
  static absl::StatusOr<std::unique_ptr<LogWriter>> Create(const std::string& path,
                                                           uint64_t generation, SyncMode mode);

  // Continues a log ReadLog found intact up to `valid_bytes` (a torn tail already cut with
  // TruncateFile), with kSyncEach. FAILED_PRECONDITION for a file without header slots, with
  // damage, or whose size is not `valid_bytes`.
  static absl::StatusOr<std::unique_ptr<LogWriter>> Reopen(const std::string& path,
                                                           const LogContents& contents);

  ~LogWriter();  // closes without syncing
  LogWriter(const LogWriter&) = delete;
  LogWriter& operator=(const LogWriter&) = delete;

  // Appends one record. INVALID_ARGUMENT for a payload over kMaxRecordBytes. On an I/O error the
  // writer cuts the partial record off again and stays usable; if even that fails, usable()
  // turns false and every later Append fails (the file then holds a torn last record, which
  // ReadLog drops).
  absl::Status Append(uint8_t type, absl::string_view payload);
  bool usable() const { return fd_ >= 0; }

  // Writes the header slots, fsyncs and closes the file; further Appends fail.
  absl::Status Finish();

  uint64_t size() const { return end_; }
  uint64_t records() const { return records_; }

 private:
  LogWriter(int fd, std::string path, SyncMode mode, uint64_t generation, uint64_t records,
            uint64_t end);
  absl::Status WriteSlot(uint64_t records, uint64_t committed, uint64_t written);

  int fd_;
  std::string path_;
  SyncMode mode_;
  uint64_t generation_;
  uint64_t records_;  // records in the file
  uint64_t end_;      // where the next record goes
};

// Reads every record of `path`. NOT_FOUND if the file does not exist, the file system's error if
// it cannot be read. Damage is reported in LogContents::damage, with the intact records before
// it, so that a caller asked to keep what is intact can.
absl::StatusOr<LogContents> ReadLog(const std::string& path);

// Cuts `path` to `size` bytes and syncs it: how a torn tail is removed before appending.
absl::Status TruncateFile(const std::string& path, uint64_t size);

// Makes a rename or file creation in `dir` durable.
absl::Status SyncDirectory(const std::string& dir);

// An absl::Status for a failed system call: the errno's canonical code, `what` and the message.
absl::Status ErrnoStatus(int error_number, absl::string_view what);

}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_RECORD_LOG_H_
