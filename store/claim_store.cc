// ClaimStore's implementation: a ClaimTable behind a reader/writer mutex, a write-ahead log and
// snapshots in data_dir, and flag listeners called outside the lock.
//
// Files in data_dir:
//   SNAPSHOT       a header record (the log generation G that continues it) and one ingest
//                  record per stored article; written to SNAPSHOT.tmp, synced, renamed.
//   LOG-<G>        ingest and delete records since that snapshot, each fdatasync'd before the
//                  call that wrote it returns.
//   LOCK           flock'd while a store has the folder open.
// A crash between the rename and the new log's creation leaves SNAPSHOT naming a LOG-<G> that
// does not exist yet: an empty log. Older LOG files are removed once a snapshot covers them.
//
// Locks: write_mu_ orders writers (Ingest, Delete, Flush) and owns the log, so the log's order is
// the order changes are applied. A writer reads the table under a shared mu_, appends and syncs
// its record holding write_mu_ only, then takes mu_ exclusively just to apply the change: readers
// (Check, List, Query, Stats) are not held up by the disk. Lock order: write_mu_, then mu_.
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <utility>

#include "absl/base/thread_annotations.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/clock.h"
#include "base/mutex_lock.h"
#include "crosscheck/article_flags.h"
#include "crosscheck/claim_facts.h"
#include "crosscheck/figure_key.h"
#include "store/article_change.h"
#include "store/claim_answers.h"
#include "store/claim_store.h"
#include "store/claim_table.h"
#include "store/record_log.h"
#include "store/store_record.h"

namespace claimcheck {
namespace {

constexpr char kSnapshotName[] = "SNAPSHOT";
constexpr char kLogPrefix[] = "LOG-";

// Ids and article ids filled in, spans checked, flags and figure keys the store computes cleared.
absl::Status PrepareClaims(const v1::Article& article, std::vector<v1::Claim>* claims) {
  absl::flat_hash_set<std::string> ids;
  for (size_t i = 0; i < claims->size(); ++i) {
    v1::Claim& c = (*claims)[i];
    if (c.article_id().empty()) c.set_article_id(article.id());
    if (c.article_id() != article.id()) {
      return absl::InvalidArgumentError(absl::StrCat("claim ", c.id(), " belongs to article ",
                                                     c.article_id(), ", not ", article.id()));
    }
    if (c.id().empty()) c.set_id(absl::StrCat(article.id(), "#", i + 1));
    if (!ids.insert(c.id()).second) {
      return absl::InvalidArgumentError(absl::StrCat("claim id ", c.id(), " appears twice"));
    }
    if (c.number_span().start() > c.number_span().end() ||
        c.number_span().end() > article.text().size()) {
      return absl::InvalidArgumentError(absl::StrCat(
          "claim ", c.id(), " has number_span [", c.number_span().start(), ", ",
          c.number_span().end(), ") outside the article's ", article.text().size(), " bytes"));
    }
    if (!c.has_published_at() && article.has_published_at()) {
      *c.mutable_published_at() = article.published_at();
    }
    c.clear_figure_key();
    auto* flags = c.mutable_flags();
    flags->erase(std::remove_if(flags->begin(), flags->end(),
                                [](const v1::Flag& f) { return !IsExtractorKind(f.kind()); }),
                 flags->end());
  }
  return absl::OkStatus();
}

class ClaimStoreImpl : public ClaimStore {
 public:
  explicit ClaimStoreImpl(StoreOptions options) : options_(std::move(options)) {}
  ~ClaimStoreImpl() override {
    if (lock_fd_ >= 0) close(lock_fd_);  // releases the flock
  }

  absl::Status Recover() ABSL_LOCKS_EXCLUDED(write_mu_, mu_);

  absl::StatusOr<IngestResult> Ingest(const v1::Article& article,
                                      std::vector<v1::Claim> claims) override;
  std::vector<v1::Claim> Check(const v1::Article& article,
                               std::vector<v1::Claim> claims) const override;
  absl::Status Delete(absl::string_view article_id) override;
  absl::StatusOr<v1::ListConflictsResponse> ListConflicts(
      const v1::ListConflictsRequest& request) const override {
    ReaderMutexLock lock(&mu_);
    return claimcheck::ListConflicts(table_, request, options_.page_limits);
  }
  absl::StatusOr<v1::QueryClaimsResponse> QueryClaims(
      const v1::QueryClaimsRequest& request) const override {
    ReaderMutexLock lock(&mu_);
    return claimcheck::QueryClaims(table_, request, options_.page_limits);
  }
  v1::GetStatsResponse Stats() const override {
    ReaderMutexLock lock(&mu_);
    return claimcheck::Stats(table_);
  }
  int64_t AddFlagListener(FlagListener listener) override;
  void RemoveFlagListener(int64_t id) override;
  absl::Status Flush() override;

 private:
  // The article's stored claims with their current flags.
  std::vector<v1::Claim> StoredClaims(const std::string& article_id) const
      ABSL_SHARED_LOCKS_REQUIRED(mu_);
  absl::Status AppendToLog(uint8_t type, absl::string_view payload)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(write_mu_);
  // Writes a snapshot and starts a new log; on failure the old log stays in use. Takes mu_
  // shared while it reads the table.
  absl::Status Snapshot() ABSL_EXCLUSIVE_LOCKS_REQUIRED(write_mu_) ABSL_LOCKS_EXCLUDED(mu_);
  void MaybeSnapshot() ABSL_EXCLUSIVE_LOCKS_REQUIRED(write_mu_) ABSL_LOCKS_EXCLUDED(mu_);
  absl::Status Replay(const LogRecord& record) ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  std::string LogPath(uint64_t generation) const {
    return absl::StrCat(options_.data_dir, "/", kLogPrefix, generation);
  }
  void Notify(const std::vector<v1::FlagEvent>& events) const ABSL_LOCKS_EXCLUDED(mu_);

  const StoreOptions options_;
  int lock_fd_ = -1;  // holds an flock on data_dir/LOCK while the store is open
  absl::Mutex write_mu_ ABSL_ACQUIRED_BEFORE(mu_);
  std::unique_ptr<LogWriter> log_ ABSL_GUARDED_BY(write_mu_);
  uint64_t generation_ ABSL_GUARDED_BY(write_mu_) = 0;
  int64_t records_since_snapshot_ ABSL_GUARDED_BY(write_mu_) = 0;
  // Set when a failed append could not be undone: further writes would follow a torn record.
  absl::Status log_broken_ ABSL_GUARDED_BY(write_mu_);

  mutable absl::Mutex mu_;
  ClaimTable table_ ABSL_GUARDED_BY(mu_);

  mutable absl::Mutex listeners_mu_;
  int64_t next_listener_ ABSL_GUARDED_BY(listeners_mu_) = 1;
  std::map<int64_t, std::shared_ptr<FlagListener>> listeners_ ABSL_GUARDED_BY(listeners_mu_);
};

absl::Status ClaimStoreImpl::Recover() {
  WriterMutexLock write_lock(&write_mu_);
  WriterMutexLock lock(&mu_);
  if (options_.data_dir.empty()) return absl::OkStatus();
  std::error_code error;
  std::filesystem::create_directories(options_.data_dir, error);
  if (error) {
    return ErrnoStatus(error.value(), absl::StrCat("creating data_dir ", options_.data_dir));
  }
  // Two stores appending to one log would interleave records: the second one is refused.
  const std::string lock_path = absl::StrCat(options_.data_dir, "/LOCK");
  lock_fd_ = open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (lock_fd_ < 0) return ErrnoStatus(errno, absl::StrCat("opening ", lock_path));
  if (flock(lock_fd_, LOCK_EX | LOCK_NB) != 0) {
    return absl::FailedPreconditionError(
        absl::StrCat(options_.data_dir, " is in use by another claimcheck store"));
  }
  const std::string snapshot_path = absl::StrCat(options_.data_dir, "/", kSnapshotName);
  absl::StatusOr<LogContents> snapshot = ReadLog(snapshot_path);
  if (snapshot.ok()) {
    // A snapshot is renamed into place whole: any damage is corruption, not a torn write.
    if (snapshot->dropped_bytes != 0 || snapshot->records.empty() ||
        snapshot->records[0].type != kSnapshotHeader ||
        !absl::SimpleAtoi(snapshot->records[0].payload, &generation_)) {
      return absl::DataLossError(absl::StrCat(snapshot_path, " is damaged"));
    }
    for (size_t i = 1; i < snapshot->records.size(); ++i) {
      absl::Status s = Replay(snapshot->records[i]);
      if (!s.ok()) return absl::DataLossError(absl::StrCat(snapshot_path, ": ", s.message()));
    }
  } else if (!absl::IsNotFound(snapshot.status())) {
    return snapshot.status();
  }

  const std::string log_path = LogPath(generation_);
  absl::StatusOr<LogContents> log = ReadLog(log_path);
  if (log.ok()) {
    for (const LogRecord& record : log->records) {
      absl::Status s = Replay(record);
      if (!s.ok()) return absl::DataLossError(absl::StrCat(log_path, ": ", s.message()));
    }
    records_since_snapshot_ = static_cast<int64_t>(log->records.size());
    if (log->dropped_bytes > 0) {
      absl::Status s = TruncateFile(log_path, log->valid_bytes);
      if (!s.ok()) return s;
    }
  } else if (!absl::IsNotFound(log.status())) {
    return log.status();
  }
  // Logs a snapshot already covers.
  for (const auto& entry : std::filesystem::directory_iterator(options_.data_dir, error)) {
    const std::string name = entry.path().filename().string();
    uint64_t generation = 0;
    if (name.rfind(kLogPrefix, 0) == 0 &&
        absl::SimpleAtoi(name.substr(sizeof(kLogPrefix) - 1), &generation) &&
        generation < generation_) {
      std::filesystem::remove(entry.path(), error);
    }
  }
  for (const std::string& id : table_.ArticleIds()) {
    const std::vector<uint32_t> slots = table_.ArticleClaims(id);
    const std::vector<std::vector<v1::Flag>> flags = table_.FlagsOf(slots);
    for (size_t i = 0; i < slots.size(); ++i) table_.SetContested(slots[i], flags[i]);
  }
  absl::StatusOr<std::unique_ptr<LogWriter>> writer = LogWriter::Open(log_path, LogWriter::kSyncEach);
  if (!writer.ok()) return writer.status();
  log_ = std::move(*writer);
  return SyncDirectory(options_.data_dir);
}

absl::Status ClaimStoreImpl::Replay(const LogRecord& record) {
  switch (record.type) {
    case kIngestRecord: {
      v1::Article article;
      std::vector<v1::Claim> claims;
      absl::Status s = DecodeIngest(record.payload, &article, &claims);
      // A record that passed its CRC but not the checks Ingest made is not ours: corrupt.
      if (s.ok() && article.id().empty()) s = absl::DataLossError("an article without an id");
      if (s.ok()) s = PrepareClaims(article, &claims);
      if (!s.ok()) return absl::DataLossError(s.message());
      table_.Remove(article.id());
      table_.Insert(article, claims);
      return absl::OkStatus();
    }
    case kDeleteRecord:
      table_.Remove(record.payload);
      return absl::OkStatus();
    default:
      return absl::DataLossError(absl::StrCat("unknown record type ", record.type));
  }
}

absl::Status ClaimStoreImpl::AppendToLog(uint8_t type, absl::string_view payload) {
  if (log_ == nullptr) return absl::OkStatus();
  if (!log_broken_.ok()) return log_broken_;
  const uint64_t size_before = log_->size();
  absl::Status status = log_->Append(type, payload);
  if (status.ok()) {
    ++records_since_snapshot_;
    return status;
  }
  // Cut the partial record so later records do not follow garbage.
  const std::string path = LogPath(generation_);
  absl::Status undo = TruncateFile(path, size_before);
  absl::StatusOr<std::unique_ptr<LogWriter>> reopened =
      undo.ok() ? LogWriter::Open(path, LogWriter::kSyncEach) : undo;
  if (reopened.ok()) {
    log_ = std::move(*reopened);
  } else {
    log_broken_ = absl::UnavailableError(absl::StrCat(
        "the log ", path, " could not be repaired after a failed write (", status.message(),
        "): restart the store"));
  }
  return status;
}

absl::StatusOr<IngestResult> ClaimStoreImpl::Ingest(const v1::Article& article,
                                                    std::vector<v1::Claim> claims) {
  if (article.id().empty()) return absl::InvalidArgumentError("article id is empty");
  absl::Status prepared = PrepareClaims(article, &claims);
  if (!prepared.ok()) return prepared;
  IngestResult result;
  std::vector<v1::FlagEvent> events;
  {
    WriterMutexLock writer(&write_mu_);
    std::optional<ArticleChange> change;
    {
      ReaderMutexLock read(&mu_);
      const std::string* stored_text = table_.ArticleText(article.id());
      if (stored_text != nullptr && *stored_text == article.text()) {
        result.changed = false;
        result.claims = StoredClaims(article.id());
        return result;
      }
      change.emplace(table_, article.id(), claims);
    }
    // Nothing else writes while write_mu_ is held, so `change` still reads the table's state.
    absl::Status logged = AppendToLog(kIngestRecord, EncodeIngest(article, claims));
    if (!logged.ok()) return logged;
    {
      WriterMutexLock lock(&mu_);
      table_.Remove(article.id());
      const std::vector<uint32_t> slots = table_.Insert(article, claims);
      FlagsChanged changed = change->After(&table_, slots, absl::Now());
      result.claims = std::move(changed.claims);
      result.raised = std::move(changed.raised);
      result.cleared = std::move(changed.cleared);
      events = std::move(changed.events);
    }
    MaybeSnapshot();
  }
  Notify(events);
  return result;
}

std::vector<v1::Claim> ClaimStoreImpl::StoredClaims(const std::string& article_id) const {
  const std::vector<uint32_t> slots = table_.ArticleClaims(article_id);
  std::vector<std::vector<v1::Flag>> flags = table_.FlagsOf(slots);
  std::vector<v1::Claim> claims;
  claims.reserve(slots.size());
  for (size_t i = 0; i < slots.size(); ++i) {
    v1::Claim& claim = claims.emplace_back(table_.ToClaim(slots[i]));
    claim.clear_flags();
    for (v1::Flag& f : flags[i]) *claim.add_flags() = std::move(f);
  }
  return claims;
}

std::vector<v1::Claim> ClaimStoreImpl::Check(const v1::Article& article,
                                             std::vector<v1::Claim> claims) const {
  // Bad claims are still checked as given: Check reports, it never stores.
  (void)PrepareClaims(article, &claims);
  std::vector<std::vector<v1::Flag>> flags;
  {
    ReaderMutexLock lock(&mu_);
    // FindFiled() of the in-memory table never fails.
    flags = FlagsAsIfFiled(claims, table_).value();
  }
  for (size_t i = 0; i < claims.size(); ++i) {
    v1::Claim& claim = claims[i];
    const std::optional<FigureKey> key = FigureKeyOf(FactsOf(claim));
    claim.set_figure_key(key ? key->ToString() : "");
    claim.clear_flags();
    for (v1::Flag& f : flags[i]) *claim.add_flags() = std::move(f);
  }
  return claims;
}

absl::Status ClaimStoreImpl::Delete(absl::string_view article_id_view) {
  const std::string article_id(article_id_view);
  std::vector<v1::FlagEvent> events;
  {
    WriterMutexLock writer(&write_mu_);
    std::optional<ArticleChange> change;
    {
      ReaderMutexLock read(&mu_);
      if (table_.ArticleText(article_id) == nullptr) {
        return absl::NotFoundError(absl::StrCat("no article ", article_id));
      }
      change.emplace(table_, article_id, std::vector<v1::Claim>());
    }
    absl::Status logged = AppendToLog(kDeleteRecord, article_id);
    if (!logged.ok()) return logged;
    {
      WriterMutexLock lock(&mu_);
      table_.Remove(article_id);
      events = change->After(&table_, /*new_slots=*/{}, absl::Now()).events;
    }
    MaybeSnapshot();
  }
  Notify(events);
  return absl::OkStatus();
}

void ClaimStoreImpl::MaybeSnapshot() {
  if (log_ == nullptr || options_.snapshot_every <= 0 ||
      records_since_snapshot_ < options_.snapshot_every) {
    return;
  }
  absl::Status s = Snapshot();
  if (!s.ok()) {
    // The change is in the log already; a failed snapshot only delays log truncation.
    std::cerr << "claimcheck store: snapshot failed, the log keeps growing: " << s << "\n";
    records_since_snapshot_ = 0;  // retry after another snapshot_every records
  }
}

absl::Status ClaimStoreImpl::Snapshot() {
  const std::string final_path = absl::StrCat(options_.data_dir, "/", kSnapshotName);
  const std::string temp_path = final_path + ".tmp";
  std::error_code error;
  std::filesystem::remove(temp_path, error);
  absl::StatusOr<std::unique_ptr<LogWriter>> out =
      LogWriter::Open(temp_path, LogWriter::kSyncOnFinish);
  if (!out.ok()) return out.status();
  const uint64_t next_generation = generation_ + 1;
  absl::Status status = (*out)->Append(kSnapshotHeader, absl::StrCat(next_generation));
  {
    ReaderMutexLock read(&mu_);
    table_.ForEachArticle([&](const v1::Article& article, const std::vector<v1::Claim>& claims) {
      if (status.ok()) status = (*out)->Append(kIngestRecord, EncodeIngest(article, claims));
    });
  }
  if (status.ok()) status = (*out)->Finish();
  if (status.ok() && std::rename(temp_path.c_str(), final_path.c_str()) != 0) {
    status = ErrnoStatus(errno, absl::StrCat("renaming ", temp_path));
  }
  if (!status.ok()) {
    std::filesystem::remove(temp_path, error);
    return status;
  }
  // From here the snapshot is the truth and names the new generation.
  const std::string old_log = LogPath(generation_);
  generation_ = next_generation;
  records_since_snapshot_ = 0;
  absl::StatusOr<std::unique_ptr<LogWriter>> writer =
      LogWriter::Open(LogPath(generation_), LogWriter::kSyncEach);
  if (!writer.ok()) {
    log_broken_ = absl::UnavailableError(
        absl::StrCat("cannot open a new log after a snapshot: ", writer.status().message()));
    return writer.status();
  }
  log_ = std::move(*writer);
  status = SyncDirectory(options_.data_dir);
  std::filesystem::remove(old_log, error);
  return status;
}

absl::Status ClaimStoreImpl::Flush() {
  WriterMutexLock writer(&write_mu_);
  if (log_ == nullptr || records_since_snapshot_ == 0) return absl::OkStatus();
  return Snapshot();
}

int64_t ClaimStoreImpl::AddFlagListener(FlagListener listener) {
  WriterMutexLock lock(&listeners_mu_);
  const int64_t id = next_listener_++;
  listeners_[id] = std::make_shared<FlagListener>(std::move(listener));
  return id;
}

void ClaimStoreImpl::RemoveFlagListener(int64_t id) {
  WriterMutexLock lock(&listeners_mu_);
  listeners_.erase(id);
}

void ClaimStoreImpl::Notify(const std::vector<v1::FlagEvent>& events) const {
  if (events.empty()) return;
  std::vector<std::shared_ptr<FlagListener>> listeners;
  {
    WriterMutexLock lock(&listeners_mu_);
    for (const auto& [id, listener] : listeners_) listeners.push_back(listener);
  }
  for (const auto& listener : listeners) {
    for (const v1::FlagEvent& event : events) (*listener)(event);
  }
}

}  // namespace

absl::StatusOr<std::unique_ptr<ClaimStore>> ClaimStore::Open(const StoreOptions& options) {
  auto store = std::make_unique<ClaimStoreImpl>(options);
  absl::Status s = store->Recover();
  if (!s.ok()) return s;
  return std::unique_ptr<ClaimStore>(std::move(store));
}

}  // namespace claimcheck
