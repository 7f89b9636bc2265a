#include "store/store_record.h"

#include "absl/strings/str_cat.h"
#include "google/protobuf/util/time_util.h"

namespace claimcheck {
namespace {

void PutMessage(std::string* out, const google::protobuf::MessageLite& message) {
  const std::string bytes = message.SerializeAsString();
  const uint32_t n = static_cast<uint32_t>(bytes.size());
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((n >> (8 * i)) & 0xff));
  out->append(bytes);
}

// Parses the next length-prefixed message at *payload and advances past it.
bool TakeMessage(absl::string_view* payload, google::protobuf::MessageLite* message) {
  if (payload->size() < 4) return false;
  uint32_t n = 0;
  for (int i = 0; i < 4; ++i) {
    n |= static_cast<uint32_t>(static_cast<unsigned char>((*payload)[i])) << (8 * i);
  }
  payload->remove_prefix(4);
  if (payload->size() < n) return false;
  const bool ok = message->ParseFromArray(payload->data(), static_cast<int>(n));
  payload->remove_prefix(n);
  return ok;
}

}  // namespace

bool TimestampInRange(const google::protobuf::Timestamp& timestamp) {
  using google::protobuf::util::TimeUtil;
  return timestamp.seconds() >= TimeUtil::kTimestampMinSeconds &&
         timestamp.seconds() <= TimeUtil::kTimestampMaxSeconds && timestamp.nanos() >= 0 &&
         timestamp.nanos() <= 999999999;
}

std::string EncodeIngest(const v1::Article& article, const std::vector<v1::Claim>& claims) {
  std::string out;
  PutMessage(&out, article);
  for (const v1::Claim& claim : claims) PutMessage(&out, claim);
  return out;
}

absl::Status DecodeIngest(absl::string_view payload, v1::Article* article,
                          std::vector<v1::Claim>* claims) {
  claims->clear();
  if (!TakeMessage(&payload, article)) {
    return absl::DataLossError("an ingest record's article cannot be parsed");
  }
  while (!payload.empty()) {
    if (!TakeMessage(&payload, &claims->emplace_back())) {
      return absl::DataLossError(absl::StrCat("claim ", claims->size(), " of article ",
                                              article->id(), " in an ingest record cannot be parsed"));
    }
  }
  return absl::OkStatus();
}

}  // namespace claimcheck
