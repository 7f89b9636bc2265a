// libFuzzer target: ClaimStore recovery from a data_dir whose write-ahead log holds arbitrary
// records. Each input is a list of records
//   [type byte][length, 2 bytes little-endian][payload]
// written to LOG-0 with LogWriter (so their CRCs are right and the fuzzer reaches the payload
// decoder and the table's replay), followed by whatever bytes remain, raw: a torn or corrupt tail.
//
// Contract checked (claim_store.h, record_log.h): Open() recovers or returns DATA_LOSS, never
// crashes; a recovered store answers Stats, and paging QueryClaims to the end visits exactly
// Stats().claims() claims.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "fuzz/fuzz_support.h"
#include "store/claim_store.h"
#include "store/record_log.h"

namespace claimcheck {
namespace {

// A fresh, empty folder per input, removed afterwards.
class ScratchDir {
 public:
  ScratchDir() {
    const char* tmp = std::getenv("TEST_TMPDIR");
    std::string pattern = std::string(tmp != nullptr ? tmp : "/tmp") + "/store_fuzz.XXXXXX";
    FuzzCheck(mkdtemp(pattern.data()) != nullptr, "mkdtemp failed");
    path_ = pattern;
  }
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

void WriteLog(const std::string& path, const uint8_t* data, size_t size) {
  absl::StatusOr<std::unique_ptr<LogWriter>> log = LogWriter::Open(path, LogWriter::kSyncOnFinish);
  FuzzCheck(log.ok(), "cannot open the log");
  size_t at = 0;
  while (at + 3 <= size) {
    const size_t length = data[at + 1] | (static_cast<size_t>(data[at + 2]) << 8);
    if (length > size - at - 3) break;  // the rest is the raw tail
    FuzzCheck((*log)->Append(data[at], absl::string_view(reinterpret_cast<const char*>(data + at + 3),
                                                          length))
                  .ok(),
              "cannot append");
    at += 3 + length;
  }
  FuzzCheck((*log)->Finish().ok(), "cannot finish the log");
  std::ofstream tail(path, std::ios::binary | std::ios::app);
  tail.write(reinterpret_cast<const char*>(data + at), static_cast<std::streamsize>(size - at));
}

void CheckRecovered(const ClaimStore& store) {
  const uint64_t claims = store.Stats().claims();
  uint64_t seen = 0;
  v1::QueryClaimsRequest request;
  request.set_page_size(50);
  for (int pages = 0; pages <= 1000; ++pages) {
    absl::StatusOr<v1::QueryClaimsResponse> page = store.QueryClaims(request);
    FuzzCheck(page.ok(), "QueryClaims failed on a recovered store");
    seen += page->claims_size();
    if (page->next_page_token().empty()) break;
    request.set_page_token(page->next_page_token());
  }
  FuzzCheck(seen == claims, "QueryClaims pages disagree with Stats().claims()");
}

}  // namespace
}  // namespace claimcheck

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
  claimcheck::SilenceProtobufLogs();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimcheck;  // NOLINT(google-build-using-namespace): fuzzer entry point
  ScratchDir dir;
  WriteLog(dir.path() + "/LOG-0", data, size);
  StoreOptions options;
  options.data_dir = dir.path();
  options.snapshot_every = 0;
  absl::StatusOr<std::unique_ptr<ClaimStore>> store = ClaimStore::Open(options);
  if (!store.ok()) {
    FuzzCheck(absl::IsDataLoss(store.status()), "recovery failed with a code other than DATA_LOSS");
    return 0;
  }
  CheckRecovered(**store);
  return 0;
}
