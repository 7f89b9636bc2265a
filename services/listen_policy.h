// The server's rule for where it may listen: without a token file anyone who can reach the port
// could write to the store, so an open server stays on loopback unless the operator insists.
#ifndef CLAIMCHECK_SERVICES_LISTEN_POLICY_H_
#define CLAIMCHECK_SERVICES_LISTEN_POLICY_H_

#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace claimcheck {

// True for a literal address in 127.0.0.0/8 or ::1 (IPv4-mapped included), the name
// `localhost`, and unix: sockets, with or without a `:PORT` suffix. Other names are not
// loopback, whatever they look like.
bool IsLoopbackAddress(absl::string_view address);

// FAILED_PRECONDITION, saying which flag to add, when `listen` is not loopback, no token file was
// given and `allow_insecure` is false.
absl::Status CheckListenPolicy(absl::string_view listen, bool has_token_file, bool allow_insecure);

// What the server must say on standard error before it listens: a warning when tokens are
// required but travel without TLS off loopback; "" otherwise.
std::string ListenWarning(absl::string_view listen, bool has_tokens, bool has_tls);

}  // namespace claimcheck

#endif  // CLAIMCHECK_SERVICES_LISTEN_POLICY_H_
