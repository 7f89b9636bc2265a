// ClaimStore's implementation: a ClaimTable behind a reader/writer mutex, a DataDir (write-ahead
// log and snapshots, data_dir.h) when the store is durable, and flag listeners called outside
// the lock.
//
// Locks: write_mu_ orders writers (Ingest, Delete, Flush) and owns the DataDir, so the log's order
// is the order changes are applied. A writer reads the table under a shared mu_, appends and syncs
// its record holding write_mu_ only, then takes mu_ exclusively just to apply the change: readers
// (Check, List, Query, Stats) are not held up by the disk. Lock order: write_mu_, then mu_.
#include <algorithm>
#include <iostream>
#include <map>
#include <optional>
#include <utility>

#include "absl/base/thread_annotations.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/clock.h"
#include "base/mutex_lock.h"
#include "crosscheck/article_flags.h"
#include "crosscheck/claim_facts.h"
#include "crosscheck/figure_key.h"
#include "store/article_change.h"
#include "store/claim_answers.h"
#include "store/flag_listeners.h"
#include "store/claim_store.h"
#include "store/claim_table.h"
#include "store/data_dir.h"
#include "store/ingest_input.h"
#include "store/record_log.h"
#include "store/redis_claim_store.h"
#include "store/store_record.h"
#include "store/table_claims.h"

namespace claimcheck {
namespace {

class ClaimStoreImpl : public ClaimStore {
 public:
  explicit ClaimStoreImpl(StoreOptions options) : options_(std::move(options)) {}

  absl::Status Recover() ABSL_LOCKS_EXCLUDED(write_mu_, mu_);

  absl::StatusOr<IngestResult> Ingest(const v1::Article& article,
                                      std::vector<v1::Claim> claims) override;
  absl::StatusOr<std::vector<v1::Claim>> Check(const v1::Article& article,
                                               std::vector<v1::Claim> claims) const override;
  absl::Status Delete(absl::string_view article_id) override;
  absl::StatusOr<v1::ListConflictsResponse> ListConflicts(
      const v1::ListConflictsRequest& request) const override {
    ReaderMutexLock lock(&mu_);
    TableClaims claims(table_);
    return claimcheck::ListConflicts(claims, request, options_.page_limits);
  }
  absl::StatusOr<v1::QueryClaimsResponse> QueryClaims(
      const v1::QueryClaimsRequest& request) const override {
    ReaderMutexLock lock(&mu_);
    TableClaims claims(table_);
    return claimcheck::QueryClaims(claims, request, options_.page_limits);
  }
  absl::StatusOr<v1::GetStatsResponse> Stats() const override {
    ReaderMutexLock lock(&mu_);
    return TableStats(table_);
  }
  int64_t AddFlagListener(FlagListener listener) override {
    return listeners_.Add(std::move(listener));
  }
  void RemoveFlagListener(int64_t id) override { listeners_.Remove(id); }
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
  // Tells the operator (StoreOptions::report) what recovery did.
  void Report(const std::string& message) const;
  // Every stored claim's contested state, from its flags: after a replay.
  void RecomputeContested() ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);

  const StoreOptions options_;
  absl::Mutex write_mu_ ABSL_ACQUIRED_BEFORE(mu_);
  std::unique_ptr<DataDir> files_ ABSL_GUARDED_BY(write_mu_);  // null: memory only
  // The log length (in records) at which MaybeSnapshot writes the next snapshot.
  int64_t snapshot_due_ ABSL_GUARDED_BY(write_mu_) = 0;

  mutable absl::Mutex mu_;
  ClaimTable table_ ABSL_GUARDED_BY(mu_);

  FlagListeners listeners_;
};

absl::Status ClaimStoreImpl::Recover() {
  WriterMutexLock write_lock(&write_mu_);
  if (options_.data_dir.empty()) return absl::OkStatus();
  DataDir::Options files;
  files.dir = options_.data_dir;
  files.recover_truncate = options_.recover_truncate;
  files.report = options_.report;
  {
    WriterMutexLock lock(&mu_);
    absl::StatusOr<std::unique_ptr<DataDir>> opened =
        DataDir::Open(files, [this](const LogRecord& record) {
          mu_.AssertHeld();  // called within Open, under the lock taken above
          return Replay(record);
        });
    if (!opened.ok()) return opened.status();
    files_ = *std::move(opened);
    RecomputeContested();
  }
  snapshot_due_ = options_.snapshot_every;
  // A new store, files of an older format, or damage set aside: a snapshot before any write.
  if (files_->needs_snapshot()) return Snapshot();
  return absl::OkStatus();
}

void ClaimStoreImpl::RecomputeContested() {
  for (const std::string& id : table_.ArticleIds()) {
    const std::vector<uint32_t> slots = table_.ArticleClaims(id);
    const std::vector<std::vector<v1::Flag>> flags = table_.FlagsOf(slots);
    for (size_t i = 0; i < slots.size(); ++i) table_.SetContested(slots[i], flags[i]);
  }
}

void ClaimStoreImpl::Report(const std::string& message) const {
  if (options_.report) {
    options_.report(message);
  } else {
    std::cerr << "claimcheck store: " << message << std::endl;
  }
}

absl::Status ClaimStoreImpl::Replay(const LogRecord& record) {
  switch (record.type) {
    case kIngestRecord: {
      v1::Article article;
      std::vector<v1::Claim> claims;
      absl::Status s = DecodeIngest(record.payload, &article, &claims);
      // A record that passed its CRC but not the checks Ingest made is not ours: corrupt.
      if (s.ok() && article.id().empty()) s = absl::DataLossError("an article without an id");
      // Written before dates outside years 1-9999 were refused: the article is kept, undated,
      // rather than refused, which would stop the server over a date that means nothing.
      if (s.ok() && ClearTimestampsOutOfRange(&article, &claims)) {
        Report(absl::StrCat("article ", article.id(), ": a date outside years 1-9999 in the log "
                            "is ignored; the article is kept undated"));
      }
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
  if (files_ == nullptr) return absl::OkStatus();
  return files_->Append(type, payload);
}

absl::StatusOr<IngestResult> ClaimStoreImpl::Ingest(const v1::Article& article,
                                                    std::vector<v1::Claim> claims) {
  if (article.id().empty()) return absl::InvalidArgumentError("article id is empty");
  if (absl::Status dated = CheckTimestamps(article, claims); !dated.ok()) return dated;
  if (absl::Status described = CheckArticleFields(article, claims); !described.ok()) {
    return described;
  }
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
      TableClaims before(table_);
      change.emplace(*ArticleChange::Before(before, article.id(), claims));  // never fails
    }
    // Nothing else writes while write_mu_ is held, so `change` still reads the table's state.
    absl::Status logged = AppendToLog(kIngestRecord, EncodeIngest(article, claims));
    if (!logged.ok()) return logged;
    {
      WriterMutexLock lock(&mu_);
      table_.Remove(article.id());
      const std::vector<uint32_t> slots = table_.Insert(article, claims);
      TableClaims after(&table_);
      FlagsChanged changed =
          *change->After(after, std::vector<TableClaims::Handle>(slots.begin(), slots.end()),
                         absl::Now());
      result.claims = std::move(changed.claims);
      result.raised = std::move(changed.raised);
      result.cleared = std::move(changed.cleared);
      events = std::move(changed.events);
    }
    MaybeSnapshot();
  }
  listeners_.Notify(events);
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

absl::StatusOr<std::vector<v1::Claim>> ClaimStoreImpl::Check(
    const v1::Article& article, std::vector<v1::Claim> claims) const {
  ReaderMutexLock lock(&mu_);
  return CheckAsIfFiled(article, std::move(claims), table_);
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
      TableClaims before(table_);
      change.emplace(*ArticleChange::Before(before, article_id, {}));  // never fails
    }
    absl::Status logged = AppendToLog(kDeleteRecord, article_id);
    if (!logged.ok()) return logged;
    {
      WriterMutexLock lock(&mu_);
      table_.Remove(article_id);
      TableClaims after(&table_);
      events = change->After(after, /*new_claims=*/{}, absl::Now())->events;  // never fails
    }
    MaybeSnapshot();
  }
  listeners_.Notify(events);
  return absl::OkStatus();
}

void ClaimStoreImpl::MaybeSnapshot() {
  if (files_ == nullptr || options_.snapshot_every <= 0 ||
      files_->records_since_snapshot() < snapshot_due_) {
    return;
  }
  absl::Status s = Snapshot();
  if (!s.ok()) {
    // The change is in the log already; a failed snapshot only delays log truncation.
    std::cerr << "claimcheck store: snapshot failed, the log keeps growing: " << s << "\n";
    snapshot_due_ = files_->records_since_snapshot() + options_.snapshot_every;  // retry later
  } else {
    snapshot_due_ = options_.snapshot_every;
  }
}

absl::Status ClaimStoreImpl::Snapshot() {
  return files_->WriteSnapshot(
      [this](const std::function<absl::Status(absl::string_view)>& append)
          -> absl::StatusOr<uint64_t> {
        ReaderMutexLock read(&mu_);
        uint64_t articles = 0;
        absl::Status status;
        table_.ForEachArticle(
            [&](const v1::Article& article, const std::vector<v1::Claim>& claims) {
              if (!status.ok()) return;
              status = append(EncodeIngest(article, claims));
              ++articles;
            });
        if (!status.ok()) return status;
        return articles;
      });
}

absl::Status ClaimStoreImpl::Flush() {
  WriterMutexLock writer(&write_mu_);
  if (files_ == nullptr || files_->records_since_snapshot() == 0) return absl::OkStatus();
  return Snapshot();
}

}  // namespace

absl::StatusOr<std::unique_ptr<ClaimStore>> ClaimStore::Open(const StoreOptions& options) {
  if (absl::StartsWith(options.backend, "redis://") ||
      absl::StartsWith(options.backend, "rediss://")) {
    return OpenRedisClaimStore(options);
  }
  if (options.backend != "memory" && !options.backend.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "unknown store `", options.backend, "`: memory, or redis://HOST:PORT[,HOST:PORT...]"));
  }
  auto store = std::make_unique<ClaimStoreImpl>(options);
  absl::Status s = store->Recover();
  if (!s.ok()) return s;
  return std::unique_ptr<ClaimStore>(std::move(store));
}

}  // namespace claimcheck
