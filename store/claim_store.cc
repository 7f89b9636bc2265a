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
#include <set>
#include <utility>

#include "absl/base/thread_annotations.h"
#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/clock.h"
#include "crosscheck/claim_facts.h"
#include "crosscheck/figure_key.h"
#include "store/claim_store.h"
#include "store/claim_table.h"
#include "store/data_dir.h"
#include "store/mutex_lock.h"
#include "store/record_log.h"
#include "store/store_record.h"

namespace claimcheck {
namespace {

bool IsCrossCheckKind(int kind) { return kind != v1::UNVERIFIED && kind != v1::UNATTRIBUTED; }

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
                                [](const v1::Flag& f) { return IsCrossCheckKind(f.kind()); }),
                 flags->end());
  }
  return absl::OkStatus();
}

// A flag's identity for "was it raised by this change": its kind and the claims it names.
std::string Signature(const v1::Flag& flag) {
  std::vector<std::string> ids(flag.related_claim_ids().begin(), flag.related_claim_ids().end());
  std::sort(ids.begin(), ids.end());
  std::string out = absl::StrCat(flag.kind());
  for (const std::string& id : ids) absl::StrAppend(&out, "\x1f", id);
  return out;
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
    return table_.ListConflicts(request);
  }
  absl::StatusOr<v1::QueryClaimsResponse> QueryClaims(
      const v1::QueryClaimsRequest& request) const override {
    ReaderMutexLock lock(&mu_);
    return table_.QueryClaims(request);
  }
  v1::GetStatsResponse Stats() const override {
    ReaderMutexLock lock(&mu_);
    return table_.Stats();
  }
  int64_t AddFlagListener(FlagListener listener) override;
  void RemoveFlagListener(int64_t id) override;
  absl::Status Flush() override;

 private:
  // Flags of the stored claims of other articles that the claims of `articles` may affect (each
  // one article's claims in text order), by claim slot.
  std::map<uint32_t, std::vector<v1::Flag>> FlagsAround(
      const std::vector<std::vector<ClaimFacts>>& articles) const ABSL_SHARED_LOCKS_REQUIRED(mu_);
  // Flags of `before`'s claims now, appending those that are new to `raised` and `events`.
  void CollectRaised(const std::map<uint32_t, std::vector<v1::Flag>>& before,
                     absl::string_view article_id, std::vector<v1::Flag>* raised,
                     std::vector<v1::FlagEvent>* events) ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
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

std::map<uint32_t, std::vector<v1::Flag>> ClaimStoreImpl::FlagsAround(
    const std::vector<std::vector<ClaimFacts>>& articles) const {
  std::vector<uint32_t> slots;
  for (const std::vector<ClaimFacts>& article : articles) {
    for (uint32_t slot : table_.Neighbours(article)) slots.push_back(slot);
  }
  std::sort(slots.begin(), slots.end());
  slots.erase(std::unique(slots.begin(), slots.end()), slots.end());
  std::vector<std::vector<v1::Flag>> flags = table_.FlagsOf(slots);
  std::map<uint32_t, std::vector<v1::Flag>> by_slot;
  for (size_t i = 0; i < slots.size(); ++i) by_slot[slots[i]] = std::move(flags[i]);
  return by_slot;
}

void ClaimStoreImpl::CollectRaised(const std::map<uint32_t, std::vector<v1::Flag>>& before,
                                   absl::string_view article_id, std::vector<v1::Flag>* raised,
                                   std::vector<v1::FlagEvent>* events) {
  const absl::Time now = absl::Now();
  std::vector<uint32_t> slots;
  slots.reserve(before.size());
  for (const auto& [slot, old_flags] : before) slots.push_back(slot);
  const std::vector<std::vector<v1::Flag>> current = table_.FlagsOf(slots);
  size_t next = 0;
  for (const auto& [slot, old_flags] : before) {
    std::set<std::string> old_signatures;
    for (const v1::Flag& f : old_flags) old_signatures.insert(Signature(f));
    const std::vector<v1::Flag>& flags = current[next++];
    table_.SetContested(slot, flags);
    std::optional<v1::Claim> claim;  // built once, only if a flag was raised on it
    for (const v1::Flag& f : flags) {
      if (old_signatures.count(Signature(f)) != 0) continue;
      raised->push_back(f);
      if (!claim) {
        claim = table_.ToClaim(slot);
        claim->clear_flags();
        for (const v1::Flag& current : flags) *claim->add_flags() = current;
      }
      v1::FlagEvent& event = events->emplace_back();
      *event.mutable_flag() = f;
      event.set_article_id(std::string(article_id));
      event.mutable_raised_at()->set_seconds(absl::ToUnixSeconds(now));
      *event.mutable_claim() = *claim;
    }
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
  absl::Status prepared = PrepareClaims(article, &claims);
  if (!prepared.ok()) return prepared;
  IngestResult result;
  std::vector<v1::FlagEvent> events;
  {
    WriterMutexLock writer(&write_mu_);
    std::map<uint32_t, std::vector<v1::Flag>> before;
    {
      ReaderMutexLock read(&mu_);
      const std::string* stored_text = table_.ArticleText(article.id());
      if (stored_text != nullptr && *stored_text == article.text()) {
        result.changed = false;
        const std::vector<uint32_t> slots = table_.ArticleClaims(article.id());
        std::vector<std::vector<v1::Flag>> flags = table_.FlagsOf(slots);
        for (size_t i = 0; i < slots.size(); ++i) {
          v1::Claim& claim = result.claims.emplace_back(table_.ToClaim(slots[i]));
          claim.clear_flags();
          for (v1::Flag& f : flags[i]) *claim.add_flags() = std::move(f);
        }
        return result;
      }
      // Claims whose flags this change may alter: neighbours of the new and of the old claims.
      std::vector<std::vector<ClaimFacts>> facts(2);
      facts[0].reserve(claims.size());
      for (const v1::Claim& c : claims) facts[0].push_back(FactsOf(c));
      std::vector<v1::Claim> old_claims;
      for (uint32_t slot : table_.ArticleClaims(article.id())) {
        old_claims.push_back(table_.ToClaim(slot));
      }
      for (const v1::Claim& c : old_claims) facts[1].push_back(FactsOf(c));
      before = FlagsAround(facts);
    }
    // Nothing else writes while write_mu_ is held, so `before` is still the table's state.
    absl::Status logged = AppendToLog(kIngestRecord, EncodeIngest(article, claims));
    if (!logged.ok()) return logged;
    {
      WriterMutexLock lock(&mu_);
      table_.Remove(article.id());
      const std::vector<uint32_t> slots = table_.Insert(article, claims);
      CollectRaised(before, article.id(), &result.raised, &events);
      const absl::Time now = absl::Now();
      const std::vector<std::vector<v1::Flag>> new_flags = table_.FlagsOf(slots);
      for (size_t i = 0; i < slots.size(); ++i) {
        const uint32_t slot = slots[i];
        const std::vector<v1::Flag>& flags = new_flags[i];
        table_.SetContested(slot, flags);
        v1::Claim& claim = result.claims.emplace_back(table_.ToClaim(slot));
        claim.clear_flags();
        for (const v1::Flag& f : flags) *claim.add_flags() = f;
        for (const v1::Flag& f : flags) {
          result.raised.push_back(f);
          v1::FlagEvent& event = events.emplace_back();
          *event.mutable_flag() = f;
          event.set_article_id(article.id());
          event.mutable_raised_at()->set_seconds(absl::ToUnixSeconds(now));
          *event.mutable_claim() = claim;
        }
      }
    }
    MaybeSnapshot();
  }
  Notify(events);
  return result;
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
    flags = table_.FlagsAsIf(claims);
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
    std::map<uint32_t, std::vector<v1::Flag>> before;
    {
      ReaderMutexLock read(&mu_);
      if (table_.ArticleText(article_id) == nullptr) {
        return absl::NotFoundError(absl::StrCat("no article ", article_id));
      }
      std::vector<v1::Claim> old_claims;
      for (uint32_t slot : table_.ArticleClaims(article_id)) {
        old_claims.push_back(table_.ToClaim(slot));
      }
      std::vector<std::vector<ClaimFacts>> facts(1);
      facts[0].reserve(old_claims.size());
      for (const v1::Claim& c : old_claims) facts[0].push_back(FactsOf(c));
      before = FlagsAround(facts);
    }
    absl::Status logged = AppendToLog(kDeleteRecord, article_id);
    if (!logged.ok()) return logged;
    {
      WriterMutexLock lock(&mu_);
      table_.Remove(article_id);
      std::vector<v1::Flag> raised;
      CollectRaised(before, article_id, &raised, &events);
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
