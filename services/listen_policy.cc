#include "services/listen_policy.h"

#include <arpa/inet.h>
#include <netinet/in.h>

#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"

namespace claimcheck {

bool IsLoopbackAddress(absl::string_view address) {
  if (absl::StartsWith(address, "unix:") || absl::StartsWith(address, "unix-abstract:")) {
    return true;  // a socket in the file system: local by construction
  }
  absl::ConsumePrefix(&address, "ipv4:");
  absl::ConsumePrefix(&address, "ipv6:");
  std::string host;
  if (absl::StartsWith(address, "[")) {
    const size_t close = address.find(']');
    if (close == absl::string_view::npos) return false;
    host = std::string(address.substr(1, close - 1));
  } else {
    host = std::string(address.substr(0, address.rfind(':')));
  }
  // Only literal addresses and the name `localhost`: any other name, even one spelled
  // "127.0.0.1.nip.io", resolves wherever its owner wants.
  if (absl::EqualsIgnoreCase(host, "localhost")) return true;
  in_addr v4;
  if (inet_pton(AF_INET, host.c_str(), &v4) == 1) return (ntohl(v4.s_addr) >> 24) == 127;
  in6_addr v6;
  if (inet_pton(AF_INET6, host.c_str(), &v6) == 1) {
    if (IN6_IS_ADDR_LOOPBACK(&v6)) return true;
    return IN6_IS_ADDR_V4MAPPED(&v6) && v6.s6_addr[12] == 127;
  }
  return false;
}

absl::Status CheckListenPolicy(absl::string_view listen, bool has_token_file, bool allow_insecure) {
  if (has_token_file || allow_insecure || IsLoopbackAddress(listen)) return absl::OkStatus();
  return absl::FailedPreconditionError(absl::StrCat(
      "refusing to listen on ", listen,
      " without authentication: pass --auth_token_file, or --allow_insecure to serve anyone"));
}

std::string ListenWarning(absl::string_view listen, bool has_tokens, bool has_tls) {
  if (!has_tokens || has_tls || IsLoopbackAddress(listen)) return "";
  return absl::StrCat("warning: listening on ", listen,
                      " without TLS: bearer tokens travel in clear and anyone on the path can "
                      "read and replay them; pass --tls_cert and --tls_key");
}

}  // namespace claimcheck
