#include "services/listen_policy.h"

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"

namespace claimcheck {

bool IsLoopbackAddress(absl::string_view address) {
  absl::ConsumePrefix(&address, "ipv4:");
  absl::ConsumePrefix(&address, "ipv6:");
  if (absl::StartsWith(address, "[")) {
    size_t close = address.find(']');
    if (close == absl::string_view::npos) return false;
    return address.substr(1, close - 1) == "::1";
  }
  absl::string_view host = address.substr(0, address.rfind(':'));
  if (address.find(':') == absl::string_view::npos) host = address;
  return host == "localhost" || absl::StartsWith(host, "127.");
}

absl::Status CheckListenPolicy(absl::string_view listen, bool has_token_file, bool allow_insecure) {
  if (has_token_file || allow_insecure || IsLoopbackAddress(listen)) return absl::OkStatus();
  return absl::FailedPreconditionError(absl::StrCat(
      "refusing to listen on ", listen,
      " without authentication: pass --auth_token_file, or --allow_insecure to serve anyone"));
}

}  // namespace claimcheck
