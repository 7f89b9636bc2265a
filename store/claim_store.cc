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
#include "store/data_dir.h"
#include "store/record_log.h"
#include "store/store_record.h"

namespace claimcheck {
namespace {

// The timestamps of `article` and its claims outside years 1-9999 cleared; true if there were any.
// Such a date means nothing, and the store's date arithmetic is only defined inside that range.
bool ClearTimestampsOutOfRange(v1::Article* article, std::vector<v1::Claim>* claims) {
  bool cleared = false;
  if (article->has_published_at() && !TimestampInRange(article->published_at())) {
    article->clear_published_at();
    cleared = true;
  }
  for (v1::Claim& claim : *claims) {
    if (claim.has_published_at() && !TimestampInRange(claim.published_at())) {
      claim.clear_published_at();
      cleared = true;
    }
    if (claim.has_event_date() && !TimestampInRange(claim.event_date())) {
      claim.clear_event_date();
      claim.clear_event_date_basis();
      cleared = true;
    }
  }
  return cleared;
}

// INVALID_ARGUMENT when the article or a claim carries a timestamp outside years 1-9999.
absl::Status CheckTimestamps(const v1::Article& article, const std::vector<v1::Claim>& claims) {
  auto out_of_range = [](bool has, const google::protobuf::Timestamp& timestamp) {
    return has && !TimestampInRange(timestamp);
  };
  bool bad = out_of_range(article.has_published_at(), article.published_at());
  for (const v1::Claim& c : claims) {
    bad |= out_of_range(c.has_published_at(), c.published_at()) ||
           out_of_range(c.has_event_date(), c.event_date());
  }
  if (!bad) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat(
      "article ", article.id(), " or one of its claims has a date outside years 1-9999"));
}

// INVALID_ARGUMENT when a claim names another title, url or outlet than its article's: the
// store keeps the article's once and fills it into every claim it returns.
absl::Status CheckArticleFields(const v1::Article& article, const std::vector<v1::Claim>& claims) {
  for (const v1::Claim& c : claims) {
    const std::pair<const std::string*, const std::string*> fields[] = {
        {&c.article_title(), &article.title()},
        {&c.article_url(), &article.url()},
        {&c.article_outlet(), &article.outlet()}};
    for (const auto& [claim_field, article_field] : fields) {
      if (claim_field->empty() || *claim_field == *article_field) continue;
      return absl::InvalidArgumentError(absl::StrCat(
          "claim ", c.id(), " gives its article's title, url or outlet as \"", *claim_field,
          "\", but article ", article.id(), " has \"", *article_field, "\""));
    }
  }
  return absl::OkStatus();
}

// The article's title, url and outlet copied into each claim (Claim.article_title...).
void DescribeClaims(const v1::Article& article, std::vector<v1::Claim>* claims) {
  for (v1::Claim& claim : *claims) {
    claim.set_article_title(article.title());
    claim.set_article_url(article.url());
    claim.set_article_outlet(article.outlet());
  }
}

// Ids and article ids filled in, spans checked, flags and figure keys the store computes
// cleared, and the article's title, url and outlet, which the store keeps on the article.
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
    c.clear_article_title();
    c.clear_article_url();
    c.clear_article_outlet();
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
  // Tells the operator (StoreOptions::report) what recovery did.
  void Report(const std::string& message) const;
  // Every stored claim's contested state, from its flags: after a replay.
  void RecomputeContested() ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  void Notify(const std::vector<v1::FlagEvent>& events) const ABSL_LOCKS_EXCLUDED(mu_);

  const StoreOptions options_;
  absl::Mutex write_mu_ ABSL_ACQUIRED_BEFORE(mu_);
  std::unique_ptr<DataDir> files_ ABSL_GUARDED_BY(write_mu_);  // null: memory only
  // The log length (in records) at which MaybeSnapshot writes the next snapshot.
  int64_t snapshot_due_ ABSL_GUARDED_BY(write_mu_) = 0;

  mutable absl::Mutex mu_;
  ClaimTable table_ ABSL_GUARDED_BY(mu_);

  mutable absl::Mutex listeners_mu_;
  int64_t next_listener_ ABSL_GUARDED_BY(listeners_mu_) = 1;
  std::map<int64_t, std::shared_ptr<FlagListener>> listeners_ ABSL_GUARDED_BY(listeners_mu_);
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
  // Bad claims are still checked as given (Check reports, it never stores), but undated where
  // their dates are out of range.
  (void)PrepareClaims(article, &claims);
  v1::Article no_article;
  ClearTimestampsOutOfRange(&no_article, &claims);
  std::vector<std::vector<v1::Flag>> flags;
  {
    ReaderMutexLock lock(&mu_);
    // FindFiled() of the in-memory table never fails.
    flags = FlagsAsIfFiled(claims, table_).value();
  }
  DescribeClaims(article, &claims);
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
