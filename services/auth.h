// TokenTable maps bearer tokens to roles, read from the server's --auth_token_file, and decides
// whether a call may proceed.
//
// Usage:
//   absl::StatusOr<claimcheck::TokenTable> tokens = claimcheck::TokenTable::Parse(file_text);
//   absl::Status allowed = tokens->Authorize(bearer_header_value, claimcheck::Access::kWrite);
//
// File format: one `TOKEN ROLE` per line, ROLE is `reader` or `writer`; blank lines and lines
// starting with `#` are ignored. A writer may do everything a reader may. The header's scheme is
// case-insensitive (`bearer TOKEN` is accepted, as RFC 7235 says); tokens are compared in time
// that does not depend on how much of a stored token a guess matches.
//
// Thread safety: immutable after Parse(); Authorize() may be called from any number of threads.
#ifndef CLAIMCHECK_SERVICES_AUTH_H_
#define CLAIMCHECK_SERVICES_AUTH_H_

#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace claimcheck {

enum class Access { kRead, kWrite };

class TokenTable {
 public:
  // INVALID_ARGUMENT naming the line for a malformed line, an unknown role or a repeated token;
  // also INVALID_ARGUMENT when the file holds no token at all (a typo must not open the server).
  static absl::StatusOr<TokenTable> Parse(absl::string_view file_text);

  // Reads and parses `path`; the file system's error (NOT_FOUND...) when it cannot be read.
  static absl::StatusOr<TokenTable> ReadFile(const std::string& path);

  // `authorization` is the value of the request's `authorization` metadata ("" when absent).
  // UNAUTHENTICATED when it is missing, not `Bearer TOKEN`, or names no known token;
  // PERMISSION_DENIED when a reader asks for kWrite.
  absl::Status Authorize(absl::string_view authorization, Access access) const;

  size_t size() const { return tokens_.size(); }

 private:
  // Each token with true for a writer, false for a reader. Authorize compares every one.
  std::vector<std::pair<std::string, bool>> tokens_;
};

// The token of an `authorization` value `Bearer TOKEN` (scheme in any case, spaces around the
// token ignored); "" when the value is not of that form.
absl::string_view BearerToken(absl::string_view authorization);

// a == b, in time that depends only on the length of `b` (the caller's guess), not on where
// they first differ.
bool ConstantTimeEquals(absl::string_view a, absl::string_view b);

}  // namespace claimcheck

#endif  // CLAIMCHECK_SERVICES_AUTH_H_
