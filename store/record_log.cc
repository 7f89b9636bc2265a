#include "store/record_log.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "store/crc32c.h"
#include "store/fixed_coding.h"

namespace claimcheck {
namespace {

constexpr size_t kHeaderSize = 9;  // crc (4) + length (4) + type (1)

uint32_t RecordCrc(uint8_t type, const char* payload, size_t n) {
  const char t = static_cast<char>(type);
  return crc32c::Extend(crc32c::Value(&t, 1), payload, n);
}

bool AllZero(const std::string& data, size_t from) {
  for (size_t i = from; i < data.size(); ++i) {
    if (data[i] != 0) return false;
  }
  return true;
}

}  // namespace

absl::Status ErrnoStatus(int error_number, absl::string_view what) {
  return absl::ErrnoToStatus(error_number, what);
}

LogWriter::LogWriter(int fd, std::string path, SyncMode mode, uint64_t size)
    : fd_(fd), path_(std::move(path)), mode_(mode), size_(size) {}

LogWriter::~LogWriter() {
  if (fd_ >= 0) close(fd_);
}

absl::StatusOr<std::unique_ptr<LogWriter>> LogWriter::Open(const std::string& path,
                                                           SyncMode mode) {
  const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (fd < 0) return ErrnoStatus(errno, absl::StrCat("opening ", path));
  struct stat st;
  if (fstat(fd, &st) != 0) {
    const int error = errno;
    close(fd);
    return ErrnoStatus(error, absl::StrCat("stat ", path));
  }
  return std::unique_ptr<LogWriter>(
      new LogWriter(fd, path, mode, static_cast<uint64_t>(st.st_size)));
}

absl::Status LogWriter::Append(uint8_t type, absl::string_view payload) {
  if (fd_ < 0) return absl::FailedPreconditionError(absl::StrCat(path_, " is closed"));
  if (payload.size() > 0xffffffffu) {
    return absl::InvalidArgumentError("a log record is limited to 4 GiB");
  }
  std::string record;
  record.reserve(kHeaderSize + payload.size());
  PutFixed32(&record, crc32c::Mask(RecordCrc(type, payload.data(), payload.size())));
  PutFixed32(&record, static_cast<uint32_t>(payload.size()));
  record.push_back(static_cast<char>(type));
  record.append(payload.data(), payload.size());
  size_t written = 0;
  while (written < record.size()) {
    const ssize_t n = write(fd_, record.data() + written, record.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return ErrnoStatus(errno, absl::StrCat("writing ", path_));
    }
    written += static_cast<size_t>(n);
  }
  size_ += record.size();
  if (mode_ == kSyncEach && fdatasync(fd_) != 0) {
    return ErrnoStatus(errno, absl::StrCat("fdatasync ", path_));
  }
  return absl::OkStatus();
}

absl::Status LogWriter::Finish() {
  if (fd_ < 0) return absl::OkStatus();
  const int sync_result = fsync(fd_);
  const int sync_error = errno;
  const int close_result = close(fd_);
  fd_ = -1;
  if (sync_result != 0) return ErrnoStatus(sync_error, absl::StrCat("fsync ", path_));
  if (close_result != 0) return ErrnoStatus(errno, absl::StrCat("closing ", path_));
  return absl::OkStatus();
}

absl::StatusOr<LogContents> ReadLog(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (access(path.c_str(), F_OK) != 0) {
      return absl::NotFoundError(absl::StrCat(path, " does not exist"));
    }
    return ErrnoStatus(errno, absl::StrCat("opening ", path));
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string data = buffer.str();

  LogContents contents;
  size_t offset = 0;
  while (offset < data.size()) {
    const size_t remaining = data.size() - offset;
    if (remaining < kHeaderSize) break;  // torn header
    const uint32_t stored_crc = crc32c::Unmask(GetFixed32(data.data() + offset));
    const uint32_t length = GetFixed32(data.data() + offset + 4);
    const uint8_t type = static_cast<uint8_t>(data[offset + 8]);
    if (length > remaining - kHeaderSize) break;  // torn payload
    const char* payload = data.data() + offset + kHeaderSize;
    const size_t end = offset + kHeaderSize + length;
    if (RecordCrc(type, payload, length) != stored_crc) {
      if (end == data.size() || AllZero(data, offset)) break;  // torn last record
      return absl::DataLossError(absl::StrCat(
          path, ": the record at byte ", offset, " fails its CRC check and ",
          data.size() - end, " bytes follow it; the log is corrupt before its end"));
    }
    contents.records.push_back(LogRecord{type, std::string(payload, length)});
    offset = end;
  }
  contents.valid_bytes = offset;
  contents.dropped_bytes = data.size() - offset;
  return contents;
}

absl::Status TruncateFile(const std::string& path, uint64_t size) {
  const int fd = open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) return ErrnoStatus(errno, absl::StrCat("opening ", path));
  absl::Status status;
  if (ftruncate(fd, static_cast<off_t>(size)) != 0) {
    status = ErrnoStatus(errno, absl::StrCat("truncating ", path));
  } else if (fsync(fd) != 0) {
    status = ErrnoStatus(errno, absl::StrCat("fsync ", path));
  }
  close(fd);
  return status;
}

absl::Status SyncDirectory(const std::string& dir) {
  const int fd = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return ErrnoStatus(errno, absl::StrCat("opening ", dir));
  absl::Status status;
  if (fsync(fd) != 0) status = ErrnoStatus(errno, absl::StrCat("fsync ", dir));
  close(fd);
  return status;
}

}  // namespace claimcheck
