#include "store/data_dir.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>
#include <utility>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "store/store_record.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

constexpr char kSnapshotName[] = "SNAPSHOT";
constexpr char kSnapshotTemp[] = "SNAPSHOT.tmp";
constexpr char kLogPrefix[] = "LOG-";

// "LOG-<g>" -> g.
std::optional<uint64_t> LogGeneration(absl::string_view name) {
  uint64_t generation = 0;
  if (!absl::ConsumePrefix(&name, kLogPrefix) || name.empty() ||
      name.find_first_not_of("0123456789") != absl::string_view::npos ||
      !absl::SimpleAtoi(name, &generation)) {
    return std::nullopt;
  }
  return generation;
}

std::string LogName(uint64_t generation) { return absl::StrCat(kLogPrefix, generation); }

// What lies past a file's intact prefix, which a salvage drops.
std::string DroppedSummary(const LogContents& contents) {
  return absl::StrCat(contents.dropped_bytes, " bytes (", contents.dropped_records,
                      " records) after byte ", contents.valid_bytes, " are not intact");
}

}  // namespace

// What Recover() found, file by file, before anything is changed.
struct DataDir::Recovery {
  std::map<uint64_t, std::string> logs;  // every LOG-<g> in the folder
  std::vector<std::string> leftovers;    // SNAPSHOT.tmp, LOG-<g>.tmp: named by nothing
  bool has_snapshot = false;
  bool snapshot_without_header = false;
  bool old_format = false;        // a file without header slots: rewrite it as a snapshot
  uint64_t generation = 0;        // of the log that continues the snapshot
  std::vector<std::string> problems;  // what a crash cannot explain, each naming file and offset
  std::vector<std::string> removable;  // logs a snapshot covers, empty logs of a lost snapshot
  std::optional<LogContents> log;      // LOG-<generation>, when present
};

DataDir::~DataDir() {
  if (lock_fd_ >= 0) close(lock_fd_);  // releases the flock
}

absl::StatusOr<std::unique_ptr<DataDir>> DataDir::Open(const Options& options,
                                                       const ApplyRecord& apply) {
  std::unique_ptr<DataDir> dir(new DataDir(options));
  if (absl::Status locked = dir->Lock(); !locked.ok()) return locked;
  if (absl::Status recovered = dir->Recover(apply); !recovered.ok()) return recovered;
  return dir;
}

std::string DataDir::PathOf(absl::string_view name) const {
  return absl::StrCat(options_.dir, "/", name);
}

std::string DataDir::LogPath(uint64_t generation) const { return PathOf(LogName(generation)); }

void DataDir::Report(const std::string& message) const {
  if (options_.report) {
    options_.report(message);
  } else {
    std::cerr << "claimcheck store: " << message << std::endl;
  }
}

absl::Status DataDir::Lock() {
  std::error_code error;
  fs::create_directories(options_.dir, error);
  if (error) return ErrnoStatus(error.value(), absl::StrCat("creating data_dir ", options_.dir));
  // Two stores appending to one log would interleave records: the second one is refused.
  const std::string lock_path = PathOf("LOCK");
  lock_fd_ = open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (lock_fd_ < 0) return ErrnoStatus(errno, absl::StrCat("opening ", lock_path));
  if (flock(lock_fd_, LOCK_EX | LOCK_NB) != 0) {
    return absl::FailedPreconditionError(
        absl::StrCat(options_.dir, " is in use by another claimcheck store"));
  }
  return absl::OkStatus();
}

namespace {

absl::Status ListFiles(const std::string& dir, bool* has_snapshot,
                       std::map<uint64_t, std::string>* logs, std::vector<std::string>* leftovers) {
  std::error_code error;
  for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
    const std::string name = it->path().filename().string();
    if (name == kSnapshotName) {
      *has_snapshot = true;
    } else if (name == kSnapshotTemp ||
               (name.size() > 4 && name.substr(name.size() - 4) == ".tmp" &&
                LogGeneration(name.substr(0, name.size() - 4)))) {
      leftovers->push_back(name);
    } else if (std::optional<uint64_t> generation = LogGeneration(name)) {
      (*logs)[*generation] = name;
    }
  }
  if (error) return ErrnoStatus(error.value(), absl::StrCat("listing data_dir ", dir));
  return absl::OkStatus();
}

// Replays contents.records[begin, end) of `file` through `apply` until one is refused; records
// a problem then.
void ReplayRecords(const std::string& file, const LogContents& contents, size_t begin, size_t end,
                   const DataDir::ApplyRecord& apply, std::vector<std::string>* problems) {
  for (size_t i = begin; i < end; ++i) {
    const LogRecord& record = contents.records[i];
    absl::Status applied = apply(record);
    if (!applied.ok()) {
      problems->push_back(absl::StrCat(
          file, ": the record at byte ", record.offset, " cannot be used (", applied.message(),
          "); ", contents.file_bytes - record.offset, " bytes (",
          end - i + contents.dropped_records, " records) from it on are not used"));
      return;
    }
  }
}

// "" when a snapshot with header slots ends as it should: with a record counting its articles,
// under the generation its header record names.
std::string CheckSnapshotEnd(const std::string& path, const LogContents& snapshot,
                             uint64_t generation) {
  if (snapshot.generation != generation) {
    return absl::StrCat(path, ": its file header says generation ", snapshot.generation,
                        ", its first record ", generation);
  }
  const LogRecord& last = snapshot.records.back();
  uint64_t count = 0;
  if (snapshot.records.size() < 2 || last.type != kSnapshotEnd ||
      !absl::SimpleAtoi(last.payload, &count) || count != snapshot.records.size() - 2) {
    return absl::StrCat(path, ": no end record counting the articles (the last record, at byte ",
                        last.offset, ", is not one)");
  }
  return "";
}

}  // namespace

absl::Status DataDir::Recover(const ApplyRecord& apply) {
  Recovery r;
  if (absl::Status listed = ListFiles(options_.dir, &r.has_snapshot, &r.logs, &r.leftovers);
      !listed.ok()) {
    return listed;
  }
  // Each stage stops at the first problem unless asked to keep what is intact: a refused
  // recovery should not spend minutes replaying a log it will not use.
  auto refuse = [&]() -> absl::Status {
    if (r.problems.empty() || options_.recover_truncate) return absl::OkStatus();
    return absl::DataLossError(absl::StrCat(
        r.problems.front(),
        r.problems.size() > 1 ? absl::StrCat(" (and ", r.problems.size() - 1, " more)") : "",
        ". Nothing was changed; --recover_truncate keeps what is intact and sets the damaged "
        "files aside"));
  };
  if (absl::Status s = ReadSnapshot(apply, &r); !s.ok()) return s;
  if (absl::Status s = refuse(); !s.ok()) return s;
  if (absl::Status s = ReadLogToContinue(apply, &r); !s.ok()) return s;
  if (absl::Status s = refuse(); !s.ok()) return s;
  if (absl::Status s = CheckOtherLogs(&r); !s.ok()) return s;
  if (absl::Status s = refuse(); !s.ok()) return s;
  return Finish(r);
}

absl::Status DataDir::ReadSnapshot(const ApplyRecord& apply, Recovery* r) {
  if (!r->has_snapshot) {
    if (r->logs.empty()) return absl::OkStatus();  // a new store
    r->generation = r->logs.rbegin()->first;
    if (r->generation == 0) {
      r->old_format = true;  // written before new stores began with a snapshot
    } else {
      r->problems.push_back(absl::StrCat(
          PathOf(kSnapshotName), " is missing, but ", LogName(r->generation),
          " continues a snapshot of that generation: the articles the snapshot held are lost"));
    }
    return absl::OkStatus();
  }
  const std::string path = PathOf(kSnapshotName);
  absl::StatusOr<LogContents> snapshot = ReadLog(path);
  if (!snapshot.ok()) return snapshot.status();
  r->snapshot_without_header = !snapshot->has_header;
  r->old_format |= !snapshot->has_header;
  const std::vector<LogRecord>& records = snapshot->records;
  if (records.empty() || records[0].type != kSnapshotHeader ||
      !absl::SimpleAtoi(records[0].payload, &r->generation)) {
    r->problems.push_back(absl::StrCat(path, ": no snapshot header record at byte ",
                                       records.empty() ? snapshot->valid_bytes : records[0].offset,
                                       "; none of its ", snapshot->file_bytes, " bytes is used"));
    if (!r->logs.empty()) r->generation = r->logs.rbegin()->first;
    return absl::OkStatus();
  }
  // The records between the header and the end record (files without header slots have none).
  size_t end = records.size();
  if (!snapshot->damage.ok() || snapshot->dropped_bytes > 0) {
    // A snapshot is written whole and renamed: even a torn tail is damage.
    r->problems.push_back(absl::StrCat(
        snapshot->damage.ok() ? absl::StrCat(path, ": the bytes after byte ", snapshot->valid_bytes,
                                             " are not a record")
                              : std::string(snapshot->damage.message()),
        "; ", DroppedSummary(*snapshot)));
  } else if (snapshot->has_header) {
    r->problems.push_back(CheckSnapshotEnd(path, *snapshot, r->generation));
    if (r->problems.back().empty()) r->problems.pop_back();
  }
  if (records.size() > 1 && records.back().type == kSnapshotEnd) --end;
  if (!r->problems.empty() && !options_.recover_truncate) return absl::OkStatus();
  ReplayRecords(path, *snapshot, 1, end, apply, &r->problems);
  return absl::OkStatus();
}

absl::Status DataDir::ReadLogToContinue(const ApplyRecord& apply, Recovery* r) {
  const std::string name = LogName(r->generation);
  if (r->logs.count(r->generation) == 0) {
    // Older versions renamed SNAPSHOT into place before creating its log.
    if (r->has_snapshot && !r->snapshot_without_header) {
      r->problems.push_back(absl::StrCat(PathOf(name), ", which ", kSnapshotName,
                                         " names, is missing: every change since the snapshot "
                                         "is lost"));
    }
    return absl::OkStatus();
  }
  absl::StatusOr<LogContents> log = ReadLog(PathOf(name));
  if (!log.ok()) return log.status();
  r->old_format |= !log->has_header;
  if (!log->has_header && r->has_snapshot && !r->snapshot_without_header) {
    // A zeroed or emptied log would otherwise read as an old one holding nothing.
    r->problems.push_back(absl::StrCat(
        PathOf(name), ": no header slots in its ", log->file_bytes, " bytes, but ", kSnapshotName,
        " has them: the log it names was created with them"));
  } else if (log->has_header && log->generation != r->generation) {
    r->problems.push_back(absl::StrCat(PathOf(name), ": its header says generation ",
                                       log->generation));
  }
  if (!log->damage.ok()) {
    r->problems.push_back(absl::StrCat(log->damage.message(), "; ", DroppedSummary(*log)));
  }
  if (!r->problems.empty() && !options_.recover_truncate) return absl::OkStatus();
  ReplayRecords(PathOf(name), *log, 0, log->records.size(), apply, &r->problems);
  log->records.clear();  // replayed: only the sizes matter from here
  r->log = *std::move(log);
  return absl::OkStatus();
}

absl::Status DataDir::CheckOtherLogs(Recovery* r) {
  for (const auto& [generation, name] : r->logs) {
    if (generation == r->generation) continue;
    if (generation < r->generation) {
      r->removable.push_back(name);  // the snapshot covers it
      continue;
    }
    absl::StatusOr<LogContents> newer = ReadLog(PathOf(name));
    if (!newer.ok()) return newer.status();
    if (newer->has_header && newer->records.empty() && newer->dropped_bytes == 0) {
      r->removable.push_back(name);  // created for a snapshot a crash stopped before its rename
      continue;
    }
    r->problems.push_back(absl::StrCat(
        PathOf(name), " holds ", newer->records.size(), " records, but ", kSnapshotName,
        " is generation ", r->generation, ": the snapshot that log continues is missing"));
  }
  return absl::OkStatus();
}

absl::Status DataDir::Finish(Recovery& r) {
  for (const std::string& leftover : r.leftovers) {
    std::remove(PathOf(leftover).c_str());
    Report(absl::StrCat("removed ", PathOf(leftover), ", left by a snapshot or log creation a "
                        "crash interrupted"));
  }
  if (!r.problems.empty()) {  // asked to keep what is intact
    for (const std::string& problem : r.problems) Report(absl::StrCat("dropped: ", problem));
    SetAside(r);
    generation_ = std::max(r.generation, r.logs.empty() ? 0 : r.logs.rbegin()->first);
    needs_snapshot_ = true;
    return SyncDirectory(options_.dir);
  }
  for (const std::string& name : r.removable) std::remove(PathOf(name).c_str());
  generation_ = r.generation;
  needs_snapshot_ = r.old_format;
  if (r.old_format) {
    Report("files written before the log had header slots: rewriting them as a snapshot");
  }
  if (r.log && !r.old_format) {
    const std::string path = LogPath(generation_);
    if (r.log->dropped_bytes > 0) {
      if (absl::Status cut = TruncateFile(path, r.log->valid_bytes); !cut.ok()) return cut;
      Report(absl::StrCat(path, ": dropped the torn last record, ", r.log->dropped_bytes,
                          " bytes from byte ", r.log->valid_bytes,
                          ": a write the crash interrupted, never acknowledged"));
    }
    absl::StatusOr<std::unique_ptr<LogWriter>> writer = LogWriter::Reopen(path, *r.log);
    if (!writer.ok()) return writer.status();
    log_ = *std::move(writer);
    records_since_snapshot_ = static_cast<int64_t>(log_->records());
  }
  return SyncDirectory(options_.dir);
}

void DataDir::SetAside(const Recovery& r) {
  const std::string aside =
      absl::StrCat("damaged-", absl::FormatTime("%Y%m%dT%H%M%S", absl::Now(), absl::UTCTimeZone()));
  std::error_code error;
  fs::create_directories(PathOf(aside), error);
  std::vector<std::string> moved;
  auto move = [&](const std::string& name) {
    if (std::rename(PathOf(name).c_str(), PathOf(absl::StrCat(aside, "/", name)).c_str()) == 0) {
      moved.push_back(name);
    }
  };
  if (r.has_snapshot) move(kSnapshotName);
  for (const auto& [generation, name] : r.logs) move(name);
  Report(absl::StrCat("kept what was intact; moved ", absl::StrJoin(moved, ", "), " to ",
                      PathOf(aside), "; a new snapshot holds what was recovered"));
}

absl::Status DataDir::Append(uint8_t type, absl::string_view payload) {
  if (!log_broken_.ok()) return log_broken_;
  if (needs_snapshot()) {
    return absl::FailedPreconditionError("the store has no log yet: a snapshot must come first");
  }
  absl::Status status = log_->Append(type, payload);
  if (status.ok()) {
    ++records_since_snapshot_;
  } else if (!log_->usable()) {
    log_broken_ = absl::UnavailableError(absl::StrCat(
        "the log ", LogPath(generation_), " could not be repaired after a failed write (",
        status.message(), "): restart the store"));
  }
  return status;
}

absl::Status DataDir::WriteSnapshot(const WriteArticles& write_articles) {
  const uint64_t next = generation_ + 1;
  const std::string temp = PathOf(kSnapshotTemp);
  std::remove(temp.c_str());
  absl::StatusOr<std::unique_ptr<LogWriter>> out =
      LogWriter::Create(temp, next, LogWriter::kSyncOnFinish);
  if (!out.ok()) return out.status();
  absl::Status status = (*out)->Append(kSnapshotHeader, absl::StrCat(next));
  if (status.ok()) {
    absl::StatusOr<uint64_t> articles = write_articles(
        [&](absl::string_view payload) { return (*out)->Append(kIngestRecord, payload); });
    status = articles.ok() ? (*out)->Append(kSnapshotEnd, absl::StrCat(*articles))
                           : articles.status();
  }
  if (status.ok()) status = (*out)->Finish();
  // The new log exists before SNAPSHOT names it: a missing log is then always damage.
  absl::StatusOr<std::unique_ptr<LogWriter>> next_log =
      status.ok() ? LogWriter::Create(LogPath(next), next, LogWriter::kSyncEach)
                  : absl::StatusOr<std::unique_ptr<LogWriter>>(status);
  if (next_log.ok() && std::rename(temp.c_str(), PathOf(kSnapshotName).c_str()) != 0) {
    next_log = ErrnoStatus(errno, absl::StrCat("renaming ", temp));
    std::remove(LogPath(next).c_str());
  }
  if (!next_log.ok()) {
    std::remove(temp.c_str());
    return next_log.status();
  }
  // From here the snapshot is the truth and names the new generation.
  const std::string old_log = LogPath(generation_);
  generation_ = next;
  log_ = *std::move(next_log);
  log_broken_ = absl::OkStatus();
  needs_snapshot_ = false;
  records_since_snapshot_ = 0;
  status = SyncDirectory(options_.dir);
  std::remove(old_log.c_str());
  return status;
}

}  // namespace claimcheck
