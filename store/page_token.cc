#include "store/page_token.h"

#include "absl/status/status.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "store/crc32c.h"
#include "store/fixed_coding.h"

namespace claimcheck {
namespace {

constexpr absl::string_view kMagic = "cc1";
constexpr size_t kFixedSize = 3 + 1 + 8 + 8;  // magic, kind, primary, secondary

absl::Status BadToken() {
  return absl::InvalidArgumentError("page_token was not issued by this store for this request");
}

}  // namespace

std::string EncodePageToken(PageKind kind, const PagePosition& position) {
  std::string raw(kMagic);
  raw.push_back(static_cast<char>(kind));
  PutFixed64(&raw, static_cast<uint64_t>(position.primary));
  PutFixed64(&raw, position.secondary);
  raw.append(position.key);
  PutFixed32(&raw, crc32c::Mask(crc32c::Value(raw.data(), raw.size())));
  return absl::WebSafeBase64Escape(raw);
}

absl::StatusOr<PagePosition> DecodePageToken(PageKind kind, absl::string_view token) {
  std::string raw;
  if (!absl::WebSafeBase64Unescape(token, &raw) || raw.size() < kFixedSize + 4) return BadToken();
  const uint32_t stored = GetFixed32(raw.data() + raw.size() - 4);
  raw.resize(raw.size() - 4);
  if (crc32c::Unmask(stored) != crc32c::Value(raw.data(), raw.size())) return BadToken();
  if (absl::string_view(raw).substr(0, 3) != kMagic || raw[3] != static_cast<char>(kind)) {
    return BadToken();
  }
  PagePosition position;
  position.primary = static_cast<int64_t>(GetFixed64(raw.data() + 4));
  position.secondary = GetFixed64(raw.data() + 12);
  position.key = raw.substr(kFixedSize);
  return position;
}

}  // namespace claimcheck
