// An append-only file of CRC-checked, length-prefixed records: the store's write-ahead log and,
// written whole and renamed into place, its snapshots.
//
// Record layout (little-endian): masked crc32c of type+payload (4 bytes), payload length
// (4 bytes), type (1 byte), payload.
//
// Usage:
//   absl::StatusOr<std::unique_ptr<LogWriter>> log = LogWriter::Open(path, LogWriter::kSyncEach);
//   absl::Status s = (*log)->Append(kIngestRecord, payload);  // durable when it returns OK
//   absl::StatusOr<LogContents> contents = ReadLog(path);
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

class LogWriter {
 public:
  enum SyncMode {
    kSyncEach,      // Append() returns after fdatasync: the write-ahead log
    kSyncOnFinish,  // one fsync in Finish(): snapshots, written whole
  };

  // Opens `path` for appending, creating it if missing. Errors from open(2), as absl codes.
  static absl::StatusOr<std::unique_ptr<LogWriter>> Open(const std::string& path, SyncMode mode);

  ~LogWriter();  // closes without syncing
  LogWriter(const LogWriter&) = delete;
  LogWriter& operator=(const LogWriter&) = delete;

  // Appends one record. On error the file may hold a torn record, which ReadLog drops; the
  // writer should then be discarded.
  absl::Status Append(uint8_t type, absl::string_view payload);

  // fsyncs and closes the file; further Appends fail.
  absl::Status Finish();

  uint64_t size() const { return size_; }

 private:
  LogWriter(int fd, std::string path, SyncMode mode, uint64_t size);
  int fd_;
  std::string path_;
  SyncMode mode_;
  uint64_t size_;
};

struct LogRecord {
  uint8_t type = 0;
  std::string payload;
};

struct LogContents {
  std::vector<LogRecord> records;
  // Bytes of whole, valid records from the start; the rest (a torn or corrupt last record,
  // or zeros a crash left) was dropped.
  uint64_t valid_bytes = 0;
  uint64_t dropped_bytes = 0;
};

// Reads every record of `path`. A torn or corrupt last record, or a zero-filled tail, is
// dropped (see LogContents). A corrupt record followed by further data is DATA_LOSS, naming the
// file and the offset. NOT_FOUND if the file does not exist.
absl::StatusOr<LogContents> ReadLog(const std::string& path);

// Cuts `path` to `size` bytes and syncs it: how a dropped tail is removed before appending.
absl::Status TruncateFile(const std::string& path, uint64_t size);

// Makes a rename or file creation in `dir` durable.
absl::Status SyncDirectory(const std::string& dir);

// An absl::Status for a failed system call: the errno's canonical code, `what` and the message.
absl::Status ErrnoStatus(int error_number, absl::string_view what);

}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_RECORD_LOG_H_
