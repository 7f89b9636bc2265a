// libFuzzer target: ClaimStore recovery from data_dirs a crash, a bad disk or a hand left in a
// given state. The first byte of an input picks what the rest describes:
//   0  records [type][length, 2 bytes LE][payload] appended with correct CRCs to LOG-1 after an
//      empty SNAPSHOT (today's format), then the input's leftover bytes raw: payloads reach the
//      record decoder and the table's replay, the tail reaches the torn-record rules.
//   1  the same records in a LOG-0 without header slots, as the format before them wrote it.
//   2  a history and its damage: a count, up to 24 operations [op][value] on a real store (ingest
//      a new article, replace one, delete one, snapshot), then up to 8 damages
//      [kind][file][offset, 2 bytes LE] to the files it left (kind's low 3 bits: flip a bit, cut
//      the file there, zero it from there, delete it, append bytes; the file by index among the
//      sorted files; the offset as a fraction of the file, out of 65536).
//
// Contract (data_dir.h, record_log.h): Open() returns OK or DATA_LOSS, never crashes or fails
// otherwise; a store it opens pages QueryClaims to exactly Stats().claims(). In mode 2 a store it
// opens holds exactly what was acknowledged, or that without the last record when the damage
// touched nothing before that record's first byte (what a crash can do), or nothing when every
// SNAPSHOT and LOG file was deleted: never less, silently.
#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "fuzz/fuzz_support.h"
#include "store/claim_store.h"
#include "store/record_log.h"
#include "store/store_record.h"
#include "store/test_files.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

// A fresh, empty folder per input, removed afterwards; in memory when /dev/shm allows, so the
// store's fsyncs cost nothing.
class ScratchDir {
 public:
  ScratchDir() {
    const char* tmp = std::getenv("TEST_TMPDIR");
    std::string base = tmp != nullptr ? tmp : "/tmp";
    if (tmp == nullptr && access("/dev/shm", W_OK) == 0) base = "/dev/shm";
    std::string pattern = base + "/store_fuzz.XXXXXX";
    FuzzCheck(mkdtemp(pattern.data()) != nullptr, "mkdtemp failed");
    path_ = pattern;
  }
  ~ScratchDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// Reads [type][length][payload] records from `data`; what does not frame is left in `*rest`.
std::vector<std::pair<uint8_t, std::string>> FramedRecords(const uint8_t* data, size_t size,
                                                           std::string* rest) {
  std::vector<std::pair<uint8_t, std::string>> records;
  size_t at = 0;
  while (at + 3 <= size) {
    const size_t length = data[at + 1] | (static_cast<size_t>(data[at + 2]) << 8);
    if (length > size - at - 3) break;
    records.emplace_back(data[at], std::string(reinterpret_cast<const char*>(data + at + 3), length));
    at += 3 + length;
  }
  rest->assign(reinterpret_cast<const char*>(data + at), size - at);
  return records;
}

void AppendRaw(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary | std::ios::app) << bytes;
}

// Mode 0: an empty snapshot of generation 1 and LOG-1 holding the records.
void WriteCurrentFormat(const std::string& dir, const uint8_t* data, size_t size) {
  auto snapshot = LogWriter::Create(dir + "/SNAPSHOT", 1, LogWriter::kSyncOnFinish);
  FuzzCheck(snapshot.ok() && (*snapshot)->Append(kSnapshotHeader, "1").ok() &&
                (*snapshot)->Append(kSnapshotEnd, "0").ok() && (*snapshot)->Finish().ok(),
            "cannot write the snapshot");
  auto log = LogWriter::Create(dir + "/LOG-1", 1, LogWriter::kSyncEach);
  FuzzCheck(log.ok(), "cannot create the log");
  std::string rest;
  for (const auto& [type, payload] : FramedRecords(data, size, &rest)) {
    FuzzCheck((*log)->Append(type, payload).ok(), "cannot append");
  }
  log->reset();
  AppendRaw(dir + "/LOG-1", rest);
}

// Mode 1: LOG-0 as the format before header slots wrote it.
void WriteOldFormat(const std::string& dir, const uint8_t* data, size_t size) {
  std::string rest, bytes;
  for (const auto& [type, payload] : FramedRecords(data, size, &rest)) {
    bytes += EncodeRecord(type, payload);
  }
  AppendRaw(dir + "/LOG-0", bytes + rest);
}

StoreOptions Options(const std::string& dir) {
  StoreOptions options;
  options.data_dir = dir;
  options.snapshot_every = 0;
  options.report = [](const std::string&) {};
  return options;
}

// A figure as recovery must keep it: its claims in id order, each claim's flags reduced to their
// kinds. Which equally near claims a flag names (so its reason), and which of two same-day
// reports of one voice counts in low/best/high, follow the table's slot order, which a replay
// from a snapshot does not reproduce once slots were reused by a replaced article. That is how
// the figure is presented, not what is stored; RecoveryTest.DISABLED_FlagsAndSummariesAreTheSame-
// AfterARestart holds it until ties break on ingest order.
void Canonical(v1::Figure* figure) {
  for (v1::Claim& claim : *figure->mutable_claims()) {
    for (v1::Flag& flag : *claim.mutable_flags()) {
      flag.clear_reason();
      flag.clear_related_claim_ids();
    }
    std::sort(claim.mutable_flags()->begin(), claim.mutable_flags()->end(),
              [](const v1::Flag& a, const v1::Flag& b) { return a.kind() < b.kind(); });
  }
  std::sort(figure->mutable_claims()->begin(), figure->mutable_claims()->end(),
            [](const v1::Claim& a, const v1::Claim& b) { return a.id() < b.id(); });
  figure->clear_flags();
  figure->clear_low();
  figure->clear_best();
  figure->clear_high();
}

// Everything a client can observe of a store, as bytes; checks that pages and stats agree.
std::string Observe(const ClaimStore& store) {
  std::string out = store.Stats()->SerializeAsString();
  uint64_t seen = 0;
  v1::QueryClaimsRequest query;
  query.set_page_size(50);
  for (int pages = 0; pages <= 1000; ++pages) {
    absl::StatusOr<v1::QueryClaimsResponse> page = store.QueryClaims(query);
    FuzzCheck(page.ok(), "QueryClaims failed on a recovered store");
    seen += page->claims_size();
    out += page->SerializeAsString();
    if (page->next_page_token().empty()) break;
    query.set_page_token(page->next_page_token());
  }
  FuzzCheck(seen == store.Stats()->claims(), "QueryClaims pages disagree with Stats().claims()");
  v1::ListConflictsRequest conflicts;
  for (int kind = v1::CONFLICT; kind <= v1::INCONSISTENT; ++kind) {
    conflicts.add_kinds(static_cast<v1::FlagKind>(kind));
  }
  absl::StatusOr<v1::ListConflictsResponse> figures = store.ListConflicts(conflicts);
  FuzzCheck(figures.ok(), "ListConflicts failed on a recovered store");
  for (v1::Figure& figure : *figures->mutable_figures()) Canonical(&figure);
  return out + figures->SerializeAsString();
}

void CheckOpens(const std::string& dir) {
  absl::StatusOr<std::unique_ptr<ClaimStore>> store = ClaimStore::Open(Options(dir));
  if (!store.ok()) {
    FuzzCheck(absl::IsDataLoss(store.status()), "recovery failed with a code other than DATA_LOSS");
    return;
  }
  Observe(**store);
}

// Mode 2: a history of acknowledged operations, then damage. ---------------------------------

constexpr size_t kMaxOperations = 24, kMaxDamages = 8, kArticles = 8;

v1::Article HistoryArticle(int id, int version) {
  v1::Article article;
  article.set_id(absl::StrCat("a", id));
  article.set_text(absl::StrCat("text ", version, " of a", id));
  article.mutable_published_at()->set_seconds(1672790400);  // 2023-01-04
  return article;
}

// One claim whose figure every article shares, so flags change as articles come and go.
std::vector<v1::Claim> HistoryClaims(const v1::Article& article, int value) {
  v1::Claim claim;
  claim.set_article_id(article.id());
  claim.mutable_number_span()->set_end(4);
  v1::Quantity* quantity = claim.mutable_quantity();
  quantity->set_value(value);
  quantity->set_lower(value);
  quantity->set_upper(value);
  quantity->set_qualifier(v1::EXACT);
  quantity->set_text(absl::StrCat(value));
  claim.set_metric(v1::KILLED);
  claim.set_subject("soldier");
  claim.mutable_location()->set_text("Makiivka");
  claim.mutable_location()->set_canonical("Makiivka");
  claim.mutable_source()->set_canonical_id(value % 2 == 0 ? "ru.mod" : "ua.general_staff");
  claim.mutable_source()->set_party(value % 2 == 0 ? "ru" : "ua");
  *claim.mutable_published_at() = article.published_at();
  return {claim};
}

struct History {
  std::string acknowledged;  // Observe() after every operation
  // Observe() before the operation whose record ends the current log, if it holds one.
  std::optional<std::string> before_last_record;
  std::string log;  // the current log
  uint64_t last_record_start = 0;
};

// Runs operations [op][value] on a store in `dir`, each acknowledged before the next.
History RunHistory(const std::string& dir, const uint8_t* data, size_t operations) {
  absl::StatusOr<std::unique_ptr<ClaimStore>> store = ClaimStore::Open(Options(dir));
  FuzzCheck(store.ok(), "cannot open a new store");
  History history;
  std::vector<int> versions(kArticles, 0);  // 0: not stored
  for (size_t i = 0; i < operations; ++i) {
    const uint8_t op = data[2 * i], value = data[2 * i + 1];
    const size_t id = value % kArticles;
    const std::string before = Observe(**store);
    const std::string log = CurrentLogPath(dir);
    const uint64_t size_before = fs::file_size(log);
    if (op % 4 <= 1) {
      const v1::Article article = HistoryArticle(static_cast<int>(id), ++versions[id]);
      FuzzCheck((*store)->Ingest(article, HistoryClaims(article, value)).ok(), "ingest failed");
    } else if (op % 4 == 2) {
      const absl::Status deleted = (*store)->Delete(absl::StrCat("a", id));
      FuzzCheck(deleted.ok() == (versions[id] > 0), "delete disagrees with what is stored");
      versions[id] = 0;
    } else {
      FuzzCheck((*store)->Flush().ok(), "snapshot failed");
    }
    if (CurrentLogPath(dir) != log) {
      history.before_last_record.reset();  // a snapshot started a new, empty log
    } else if (fs::file_size(log) > size_before) {
      history.before_last_record = before;
      history.last_record_start = size_before;
    }
  }
  history.acknowledged = Observe(**store);
  history.log = CurrentLogPath(dir);
  return history;
}

// Applies one damage [kind][file][offset LE] to a file of `dir`; true when a crash could have
// done it: it left every record of every file but the current log's last one as it was. (A
// crash may tear a header slot as well as the record it was written with: the other slot, one
// append older, then stands in.)
bool Damage(const std::string& dir, const uint8_t* damage, const History& history) {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().filename() != "LOCK") {
      files.push_back(entry.path().string());
    }
  }
  if (files.empty()) return true;
  std::sort(files.begin(), files.end());
  const std::string& file = files[damage[1] % files.size()];
  std::string bytes = ReadWholeFile(file);
  const uint64_t size = bytes.size();
  const uint64_t at = (static_cast<uint64_t>(damage[2] | (damage[3] << 8)) * size) >> 16;
  uint64_t end = size;  // the damage touches bytes [at, end)
  const int kind = (damage[0] & 7) % 5;  // the high bits: which bit to flip, how much to append
  switch (kind) {
    case 0:  // flip one bit
      if (size > 0) bytes[at] = static_cast<char>(bytes[at] ^ (1 << (damage[0] >> 5)));
      WriteWholeFile(file, bytes);
      end = std::min(at + 1, size);
      break;
    case 1:  // cut the file short
      fs::resize_file(file, at);
      break;
    case 2:  // zeros from `at` to the end
      std::fill(bytes.begin() + static_cast<std::ptrdiff_t>(at), bytes.end(), '\0');
      WriteWholeFile(file, bytes);
      break;
    case 3:  // lost
      fs::remove(file);
      return false;
    default:  // bytes after the end
      AppendRaw(file, std::string((damage[0] >> 3) + 1, static_cast<char>(damage[2])));
      return true;
  }
  if (kind == 0 && end <= kLogHeaderBytes) return true;  // one slot: the other stands in
  // The records before the last one, [kLogHeaderBytes, records_end), must be untouched.
  const uint64_t records_end = history.before_last_record ? history.last_record_start : size;
  const bool touches_records = std::max(at, kLogHeaderBytes) < std::min(end, records_end);
  return file == history.log && history.before_last_record.has_value() && !touches_records;
}

bool AnyStoreFileLeft(const std::string& dir) {
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name == "SNAPSHOT" || name.rfind("LOG-", 0) == 0) return true;
  }
  return false;
}

void RunHistoryAndDamage(const std::string& dir, const uint8_t* data, size_t size) {
  if (size == 0) return;
  const size_t operations = std::min({size_t{data[0]} % (kMaxOperations + 1), (size - 1) / 2});
  ++data;
  --size;
  const History history = RunHistory(dir, data, operations);
  data += 2 * operations;
  size -= 2 * operations;
  bool crash_explains = true;
  for (size_t i = 0; i < kMaxDamages && size >= 4; ++i, data += 4, size -= 4) {
    crash_explains &= Damage(dir, data, history);
  }
  const bool nothing_left = !AnyStoreFileLeft(dir);
  absl::StatusOr<std::unique_ptr<ClaimStore>> store = ClaimStore::Open(Options(dir));
  if (!store.ok()) {
    FuzzCheck(absl::IsDataLoss(store.status()), "recovery failed with a code other than DATA_LOSS");
    return;
  }
  const std::string recovered = Observe(**store);
  const bool exact = recovered == history.acknowledged;
  const bool last_record_torn =
      crash_explains && history.before_last_record && recovered == *history.before_last_record;
  const bool new_store = nothing_left && recovered == Observe(**ClaimStore::Open(StoreOptions{}));
  FuzzCheck(exact || last_record_torn || new_store,
            "recovery opened with less than was acknowledged, and no crash explains the loss");
}

}  // namespace
}  // namespace claimcheck

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
  claimcheck::SilenceProtobufLogs();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimcheck;  // NOLINT(google-build-using-namespace): fuzzer entry point
  if (size == 0) return 0;
  ScratchDir dir;
  switch (data[0] % 3) {
    case 0:
      WriteCurrentFormat(dir.path(), data + 1, size - 1);
      CheckOpens(dir.path());
      break;
    case 1:
      WriteOldFormat(dir.path(), data + 1, size - 1);
      CheckOpens(dir.path());
      break;
    default:
      RunHistoryAndDamage(dir.path(), data + 1, size - 1);
      break;
  }
  return 0;
}
