// What the store's log and snapshot records hold: an ingest record carries the article and its
// claims as serialized v1 protos; a delete record the article id; a snapshot opens with a
// header naming the log generation that continues it and ends with a record counting its articles.
//
// Usage:
//   std::string payload = EncodeIngest(article, claims);
//   absl::Status s = DecodeIngest(payload, &article, &claims);  // DATA_LOSS if malformed
//
// Thread safety: pure functions.
#ifndef CLAIMCHECK_STORE_STORE_RECORD_H_
#define CLAIMCHECK_STORE_STORE_RECORD_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

enum StoreRecordType : uint8_t {
  kIngestRecord = 1,
  kDeleteRecord = 2,
  kSnapshotHeader = 3,  // payload: the generation of the log that continues the snapshot
  kSnapshotEnd = 4,     // payload: how many ingest records the snapshot holds
};

// True for the timestamps the API accepts: years 1 to 9999 (RFC 3339's range, which
// google.protobuf.Timestamp documents), nanos in [0, 1e9).
bool TimestampInRange(const google::protobuf::Timestamp& timestamp);

// Layout: article length (fixed32), article bytes, then per claim its length and bytes.
std::string EncodeIngest(const v1::Article& article, const std::vector<v1::Claim>& claims);
absl::Status DecodeIngest(absl::string_view payload, v1::Article* article,
                          std::vector<v1::Claim>* claims);

}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_STORE_RECORD_H_
