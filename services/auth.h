// TokenTable maps bearer tokens to roles, read from the server's --auth_token_file, and decides
// whether a call may proceed.
//
// Usage:
//   absl::StatusOr<claimcheck::TokenTable> tokens = claimcheck::TokenTable::Parse(file_text);
//   absl::Status allowed = tokens->Authorize(bearer_header_value, claimcheck::Access::kWrite);
//
// File format: one `TOKEN ROLE` per line, ROLE is `reader` or `writer`; blank lines and lines
// starting with `#` are ignored. A writer may do everything a reader may.
//
// Thread safety: immutable after Parse(); Authorize() may be called from any number of threads.
#ifndef CLAIMCHECK_SERVICES_AUTH_H_
#define CLAIMCHECK_SERVICES_AUTH_H_

#include <string>

#include "absl/container/flat_hash_map.h"
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

  size_t size() const { return writer_by_token_.size(); }

 private:
  // token -> true for a writer, false for a reader.
  absl::flat_hash_map<std::string, bool> writer_by_token_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_SERVICES_AUTH_H_
