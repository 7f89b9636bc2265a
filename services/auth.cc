#include "services/auth.h"

#include <fstream>
#include <sstream>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace claimcheck {

absl::StatusOr<TokenTable> TokenTable::Parse(absl::string_view file_text) {
  TokenTable table;
  int line_number = 0;
  for (absl::string_view line : absl::StrSplit(file_text, '\n')) {
    ++line_number;
    line = absl::StripAsciiWhitespace(line);
    if (line.empty() || absl::StartsWith(line, "#")) continue;
    std::vector<absl::string_view> fields =
        absl::StrSplit(line, absl::ByAnyChar(" \t"), absl::SkipEmpty());
    if (fields.size() != 2) {
      return absl::InvalidArgumentError(absl::StrCat("token file line ", line_number,
                                                     ": expected `TOKEN ROLE`, got ", fields.size(),
                                                     " fields"));
    }
    bool writer;
    if (fields[1] == "writer") {
      writer = true;
    } else if (fields[1] == "reader") {
      writer = false;
    } else {
      return absl::InvalidArgumentError(absl::StrCat("token file line ", line_number,
                                                     ": role must be reader or writer, not `",
                                                     fields[1], "`"));
    }
    if (!table.writer_by_token_.emplace(std::string(fields[0]), writer).second) {
      return absl::InvalidArgumentError(
          absl::StrCat("token file line ", line_number, ": token listed twice"));
    }
  }
  if (table.writer_by_token_.empty()) {
    return absl::InvalidArgumentError("token file holds no `TOKEN ROLE` line");
  }
  return table;
}

absl::StatusOr<TokenTable> TokenTable::ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat("cannot read token file ", path));
  std::stringstream text;
  text << in.rdbuf();
  absl::StatusOr<TokenTable> table = Parse(text.str());
  if (!table.ok()) {
    return absl::Status(table.status().code(), absl::StrCat(path, ": ", table.status().message()));
  }
  return table;
}

absl::Status TokenTable::Authorize(absl::string_view authorization, Access access) const {
  if (authorization.empty()) {
    return absl::UnauthenticatedError(
        "missing `authorization: Bearer TOKEN` metadata; this server requires a token");
  }
  absl::string_view token = authorization;
  if (!absl::ConsumePrefix(&token, "Bearer ")) {
    return absl::UnauthenticatedError("authorization metadata must be `Bearer TOKEN`");
  }
  token = absl::StripAsciiWhitespace(token);
  auto it = writer_by_token_.find(token);
  if (it == writer_by_token_.end()) {
    return absl::UnauthenticatedError("unknown token");
  }
  if (access == Access::kWrite && !it->second) {
    return absl::PermissionDeniedError("this token has the reader role; the call needs a writer");
  }
  return absl::OkStatus();
}

}  // namespace claimcheck
