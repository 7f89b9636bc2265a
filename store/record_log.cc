#include "store/record_log.h"

#include <fcntl.h>
#include <stdio.h>  // NOLINT(modernize-deprecated-headers): renameat2 is in glibc's stdio.h
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "store/crc32c.h"
#include "store/fixed_coding.h"

namespace claimcheck {
namespace {

constexpr size_t kRecordHeaderBytes = 9;  // crc (4) + length (4) + type (1)
constexpr size_t kSlotBytes = 512;        // a sector each: writing one slot cannot tear the other
constexpr size_t kSlotFieldBytes = 40;    // magic + four fixed64; the crc follows
constexpr char kMagic[8] = {'C', 'C', 'L', 'O', 'G', '\0', '\0', '\2'};
// How many payload bytes the scan for records after damage may checksum (it only counts them).
constexpr uint64_t kScanBudgetBytes = 64u << 20;

uint32_t RecordCrc(uint8_t type, const char* payload, size_t n) {
  const char t = static_cast<char>(type);
  return crc32c::Extend(crc32c::Value(&t, 1), payload, n);
}

// One header slot: see record_log.h.
struct Slot {
  uint64_t generation = 0;
  uint64_t records = 0;
  uint64_t committed = kLogHeaderBytes;
  uint64_t written = kLogHeaderBytes;
};

std::string EncodeSlot(const Slot& slot) {
  std::string out(kMagic, sizeof(kMagic));
  PutFixed64(&out, slot.generation);
  PutFixed64(&out, slot.records);
  PutFixed64(&out, slot.committed);
  PutFixed64(&out, slot.written);
  PutFixed32(&out, crc32c::Mask(crc32c::Value(out.data(), out.size())));
  out.resize(kSlotBytes, '\0');
  return out;
}

bool HasMagic(const std::string& data, size_t at) {
  return data.size() >= at + sizeof(kMagic) && std::memcmp(data.data() + at, kMagic, sizeof(kMagic)) == 0;
}

std::optional<Slot> DecodeSlot(const std::string& data, size_t at) {
  if (data.size() < at + kSlotFieldBytes + 4 || !HasMagic(data, at)) return std::nullopt;
  const char* p = data.data() + at;
  if (crc32c::Unmask(GetFixed32(p + kSlotFieldBytes)) != crc32c::Value(p, kSlotFieldBytes)) {
    return std::nullopt;
  }
  Slot slot;
  slot.generation = GetFixed64(p + 8);
  slot.records = GetFixed64(p + 16);
  slot.committed = GetFixed64(p + 24);
  slot.written = GetFixed64(p + 32);
  if (slot.committed < kLogHeaderBytes || slot.written < slot.committed) return std::nullopt;
  return slot;
}

// The slot that was synced last: of the two, the intact one with more records.
std::optional<Slot> NewestSlot(const std::string& data) {
  std::optional<Slot> a = DecodeSlot(data, 0), b = DecodeSlot(data, kSlotBytes);
  if (!a) return b;
  if (!b) return a;
  return a->records >= b->records ? a : b;
}

absl::Status WriteAt(int fd, absl::string_view bytes, uint64_t offset, const std::string& path) {
  size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = pwrite(fd, bytes.data() + written, bytes.size() - written,
                             static_cast<off_t>(offset + written));
    if (n < 0) {
      if (errno == EINTR) continue;
      return ErrnoStatus(errno, absl::StrCat("writing ", path));
    }
    written += static_cast<size_t>(n);
  }
  return absl::OkStatus();
}

// Renames `from` to `to` unless `to` exists (ALREADY_EXISTS then).
absl::Status RenameNoReplace(const std::string& from, const std::string& to) {
  if (renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) {
    return absl::OkStatus();
  }
  if (errno == EEXIST) return absl::AlreadyExistsError(absl::StrCat(to, " already exists"));
  if (errno != EINVAL && errno != ENOSYS) {
    return ErrnoStatus(errno, absl::StrCat("renaming ", from, " to ", to));
  }
  // A file system without RENAME_NOREPLACE: link() refuses an existing name as well.
  if (link(from.c_str(), to.c_str()) != 0) {
    if (errno == EEXIST) return absl::AlreadyExistsError(absl::StrCat(to, " already exists"));
    return ErrnoStatus(errno, absl::StrCat("linking ", from, " to ", to));
  }
  unlink(from.c_str());
  return absl::OkStatus();
}

std::string ParentDirectory(const std::string& path) {
  const std::string parent = std::filesystem::path(path).parent_path().string();
  return parent.empty() ? "." : parent;
}

// Appends to `records` the intact records of data[from, end); returns where they stop.
uint64_t ParseRecords(const std::string& data, uint64_t from, std::vector<LogRecord>* records) {
  uint64_t offset = from;
  while (data.size() - offset >= kRecordHeaderBytes) {
    const char* header = data.data() + offset;
    const uint32_t length = GetFixed32(header + 4);
    const uint8_t type = static_cast<uint8_t>(header[8]);
    if (length > kMaxRecordBytes || length > data.size() - offset - kRecordHeaderBytes) break;
    const char* payload = header + kRecordHeaderBytes;
    if (RecordCrc(type, payload, length) != crc32c::Unmask(GetFixed32(header))) break;
    records->push_back(LogRecord{type, std::string(payload, length), offset});
    offset += kRecordHeaderBytes + length;
  }
  return offset;
}

bool AllZero(const std::string& data, uint64_t from) {
  return std::all_of(data.begin() + static_cast<std::ptrdiff_t>(from), data.end(),
                     [](char c) { return c == 0; });
}

// What is wrong with the record at `offset`, where ParseRecords stopped.
std::string WhatIsWrong(const std::string& data, uint64_t offset) {
  const uint64_t remaining = data.size() - offset;
  if (AllZero(data, offset)) return absl::StrCat("the ", remaining, " bytes from byte ", offset, " on are zeros");
  if (remaining < kRecordHeaderBytes) {
    return absl::StrCat("the file ends ", remaining, " bytes into the record header at byte ", offset);
  }
  const uint32_t length = GetFixed32(data.data() + offset + 4);
  if (length > kMaxRecordBytes) {
    return absl::StrCat("the record at byte ", offset, " claims ", length,
                        " bytes, more than any writer writes");
  }
  if (length > remaining - kRecordHeaderBytes) {
    return absl::StrCat("the record at byte ", offset, " claims ", length,
                        " bytes but the file ends ", remaining - kRecordHeaderBytes,
                        " bytes into it");
  }
  return absl::StrCat("the record at byte ", offset, " (", length,
                      " bytes) fails its CRC check");
}

// True when data[offset, end) is what a crash leaves of one record being written: a header or
// payload cut short, a whole record whose bytes did not all reach the disk, or zeros.
bool LooksLikeOneTornRecord(const std::string& data, uint64_t offset) {
  const uint64_t remaining = data.size() - offset;
  if (remaining < kRecordHeaderBytes || AllZero(data, offset)) return true;
  const uint32_t length = GetFixed32(data.data() + offset + 4);
  if (length > kMaxRecordBytes) return false;
  return length >= remaining - kRecordHeaderBytes;  // cut short, or exactly the last record
}

// Records whose CRC holds after the damage at `offset`: what a reader without header slots can
// say of what the damage hides. Counting stops when the budget of checksummed bytes runs out.
uint64_t CountRecordsAfter(const std::string& data, uint64_t offset) {
  uint64_t found = 0, budget = kScanBudgetBytes;
  for (uint64_t at = offset + 1; at + kRecordHeaderBytes <= data.size() && budget > 0;) {
    const uint32_t length = GetFixed32(data.data() + at + 4);
    if (length <= kMaxRecordBytes && length <= data.size() - at - kRecordHeaderBytes) {
      budget -= std::min<uint64_t>(budget, length);
      if (RecordCrc(static_cast<uint8_t>(data[at + 8]), data.data() + at + kRecordHeaderBytes,
                    length) == crc32c::Unmask(GetFixed32(data.data() + at))) {
        ++found;
        at += kRecordHeaderBytes + length;
        continue;
      }
    }
    ++at;
  }
  return found;
}

absl::Status Damage(const std::string& path, absl::string_view what) {
  return absl::DataLossError(absl::StrCat(path, ": ", what));
}

// Judges the bytes after the intact records of a file with header slots against the newest slot.
void JudgeTail(const std::string& path, const std::string& data, const Slot& slot,
               LogContents* contents) {
  const uint64_t x = contents->valid_bytes, size = data.size();
  const uint64_t intact = contents->records.size();
  contents->dropped_records = std::max<uint64_t>(slot.records > intact ? slot.records - intact : 0,
                                                 x < size ? 1 : 0);
  if (x == size && x >= slot.committed) return;
  const std::string acknowledged =
      absl::StrCat("records up to byte ", slot.committed, " had been acknowledged (",
                   slot.records - (slot.written > slot.committed ? 1 : 0), " records)");
  if (x < slot.committed) {
    const std::string what = x == size ? absl::StrCat("the file ends at byte ", size)
                                       : WhatIsWrong(data, x);
    contents->damage = Damage(path, absl::StrCat(what, ", but ", acknowledged));
    return;
  }
  if (x < slot.written) {
    // The record the newest slot was synced with: torn if nothing lies past its end.
    if (x == slot.committed && size <= slot.written) return;
    contents->damage = Damage(path, absl::StrCat(WhatIsWrong(data, x), ", and ", size - slot.written,
                                                 " bytes follow the end of the last record written (byte ",
                                                 slot.written, ")"));
    return;
  }
  if (LooksLikeOneTornRecord(data, x)) return;
  contents->damage = Damage(path, absl::StrCat(WhatIsWrong(data, x), " and data follows it"));
}

// A file written before header slots existed: only the records can say what a crash explains.
void JudgeTailWithoutHeader(const std::string& path, const std::string& data,
                            LogContents* contents) {
  const uint64_t x = contents->valid_bytes;
  if (x == data.size()) return;
  const uint64_t after = CountRecordsAfter(data, x);
  contents->dropped_records = after + (AllZero(data, x) ? 0 : 1);
  if (after == 0 && LooksLikeOneTornRecord(data, x)) return;
  contents->damage = Damage(path, absl::StrCat(WhatIsWrong(data, x), ", and ", after,
                                               " intact records follow it"));
}

}  // namespace

absl::Status ErrnoStatus(int error_number, absl::string_view what) {
  return absl::ErrnoToStatus(error_number, what);
}

LogWriter::LogWriter(int fd, std::string path, SyncMode mode, uint64_t generation,
                     uint64_t records, uint64_t end)
    : fd_(fd), path_(std::move(path)), mode_(mode), generation_(generation), records_(records),
      end_(end) {}

LogWriter::~LogWriter() {
  if (fd_ >= 0) close(fd_);
}

absl::StatusOr<std::unique_ptr<LogWriter>> LogWriter::Create(const std::string& path,
                                                             uint64_t generation, SyncMode mode) {
  const std::string temp = mode == kSyncEach ? path + ".tmp" : path;
  if (mode == kSyncEach) {
    if (access(path.c_str(), F_OK) == 0) {
      return absl::AlreadyExistsError(absl::StrCat(path, " already exists"));
    }
    unlink(temp.c_str());  // left by a crash during an earlier Create: named by nothing
  }
  const int fd = open(temp.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) {
    if (errno == EEXIST) return absl::AlreadyExistsError(absl::StrCat(temp, " already exists"));
    return ErrnoStatus(errno, absl::StrCat("creating ", temp));
  }
  std::unique_ptr<LogWriter> writer(
      new LogWriter(fd, path, mode, generation, /*records=*/0, kLogHeaderBytes));
  Slot empty;
  empty.generation = generation;
  absl::Status status = WriteAt(fd, EncodeSlot(empty) + EncodeSlot(empty), 0, temp);
  if (status.ok() && mode == kSyncEach) {
    if (fsync(fd) != 0) status = ErrnoStatus(errno, absl::StrCat("fsync ", temp));
    if (status.ok()) status = RenameNoReplace(temp, path);
    if (status.ok()) status = SyncDirectory(ParentDirectory(path));
  }
  if (!status.ok()) {
    unlink(temp.c_str());
    return status;
  }
  return writer;
}

absl::StatusOr<std::unique_ptr<LogWriter>> LogWriter::Reopen(const std::string& path,
                                                             const LogContents& contents) {
  if (!contents.has_header || !contents.damage.ok()) {
    return absl::FailedPreconditionError(
        absl::StrCat(path, " has no header slots or is damaged: it is not appended to"));
  }
  const int fd = open(path.c_str(), O_RDWR | O_CLOEXEC);
  if (fd < 0) return ErrnoStatus(errno, absl::StrCat("opening ", path));
  struct stat st;
  if (fstat(fd, &st) != 0 || static_cast<uint64_t>(st.st_size) != contents.valid_bytes) {
    close(fd);
    return absl::FailedPreconditionError(absl::StrCat(
        path, " is not ", contents.valid_bytes, " bytes long: cut its torn tail before reopening"));
  }
  return std::unique_ptr<LogWriter>(new LogWriter(fd, path, kSyncEach, contents.generation,
                                                  contents.records.size(), contents.valid_bytes));
}

absl::Status LogWriter::WriteSlot(uint64_t records, uint64_t committed, uint64_t written) {
  Slot slot;
  slot.generation = generation_;
  slot.records = records;
  slot.committed = committed;
  slot.written = written;
  return WriteAt(fd_, EncodeSlot(slot), (records % 2) * kSlotBytes, path_);
}

absl::Status LogWriter::Append(uint8_t type, absl::string_view payload) {
  if (fd_ < 0) return absl::FailedPreconditionError(absl::StrCat(path_, " is closed"));
  if (payload.size() > kMaxRecordBytes) {
    return absl::InvalidArgumentError(absl::StrCat("a log record is limited to ", kMaxRecordBytes,
                                                   " bytes; this one has ", payload.size()));
  }
  std::string record;
  record.reserve(kRecordHeaderBytes + payload.size());
  PutFixed32(&record, crc32c::Mask(RecordCrc(type, payload.data(), payload.size())));
  PutFixed32(&record, static_cast<uint32_t>(payload.size()));
  record.push_back(static_cast<char>(type));
  record.append(payload.data(), payload.size());
  const uint64_t end = end_ + record.size();
  absl::Status status = WriteAt(fd_, record, end_, path_);
  if (status.ok() && mode_ == kSyncEach) {
    // Everything before end_ was synced by the previous Append: the slot may say so.
    status = WriteSlot(records_ + 1, end_, end);
    if (status.ok() && fdatasync(fd_) != 0) {
      status = ErrnoStatus(errno, absl::StrCat("fdatasync ", path_));
    }
  }
  if (!status.ok()) {
    // Cut the partial record so a later record does not follow garbage.
    if (ftruncate(fd_, static_cast<off_t>(end_)) != 0 || fdatasync(fd_) != 0) {
      close(fd_);
      fd_ = -1;
    }
    return status;
  }
  end_ = end;
  ++records_;
  return absl::OkStatus();
}

absl::Status LogWriter::Finish() {
  if (fd_ < 0) return absl::OkStatus();
  absl::Status status;
  if (mode_ == kSyncOnFinish) {
    // Both slots say the whole file is committed: a snapshot is never appended to again.
    Slot slot;
    slot.generation = generation_;
    slot.records = records_;
    slot.committed = slot.written = end_;
    status = WriteAt(fd_, EncodeSlot(slot) + EncodeSlot(slot), 0, path_);
  }
  if (status.ok() && fsync(fd_) != 0) status = ErrnoStatus(errno, absl::StrCat("fsync ", path_));
  if (close(fd_) != 0 && status.ok()) status = ErrnoStatus(errno, absl::StrCat("closing ", path_));
  fd_ = -1;
  return status;
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
  if (in.bad()) return absl::DataLossError(absl::StrCat("error while reading ", path));
  const std::string data = buffer.str();

  LogContents contents;
  contents.file_bytes = data.size();
  contents.has_header = HasMagic(data, 0) || HasMagic(data, kSlotBytes);
  if (!contents.has_header) {
    contents.valid_bytes = ParseRecords(data, 0, &contents.records);
    JudgeTailWithoutHeader(path, data, &contents);
  } else if (data.size() < kLogHeaderBytes) {
    contents.damage = Damage(path, absl::StrCat("the header ends at byte ", data.size(), " of ",
                                                kLogHeaderBytes));
  } else {
    contents.valid_bytes = ParseRecords(data, kLogHeaderBytes, &contents.records);
    const std::optional<Slot> slot = NewestSlot(data);
    if (slot) {
      contents.generation = slot->generation;
      JudgeTail(path, data, *slot, &contents);
    } else {
      contents.dropped_records = CountRecordsAfter(data, contents.valid_bytes);
      contents.damage = Damage(path, "both header slots (bytes 0 and 512) fail their check");
    }
  }
  contents.dropped_bytes = data.size() - std::min<uint64_t>(contents.valid_bytes, data.size());
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
