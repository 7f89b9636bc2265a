#include "services/auth.h"

#include <fstream>
#include <sstream>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace claimcheck {

absl::string_view BearerToken(absl::string_view authorization) {
  authorization = absl::StripLeadingAsciiWhitespace(authorization);
  const size_t space = authorization.find_first_of(" \t");
  if (space == absl::string_view::npos ||
      !absl::EqualsIgnoreCase(authorization.substr(0, space), "bearer")) {
    return "";
  }
  return absl::StripAsciiWhitespace(authorization.substr(space));
}

bool ConstantTimeEquals(absl::string_view a, absl::string_view b) {
  // Every byte of b is compared with a byte of a, whatever the differences found so far.
  unsigned char difference = a.size() == b.size() ? 0 : 1;
  for (size_t i = 0; i < b.size(); ++i) {
    const unsigned char mine = a.empty() ? 0 : static_cast<unsigned char>(a[i % a.size()]);
    difference |= mine ^ static_cast<unsigned char>(b[i]);
  }
  return difference == 0;
}

absl::StatusOr<TokenTable> TokenTable::Parse(absl::string_view file_text) {
  TokenTable table;
  absl::flat_hash_set<std::string> seen;
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
    if (!seen.insert(std::string(fields[0])).second) {
      return absl::InvalidArgumentError(
          absl::StrCat("token file line ", line_number, ": token listed twice"));
    }
    table.tokens_.emplace_back(std::string(fields[0]), writer);
  }
  if (table.tokens_.empty()) {
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
  const absl::string_view token = BearerToken(authorization);
  if (token.empty()) {
    return absl::UnauthenticatedError("authorization metadata must be `Bearer TOKEN`");
  }
  // No early exit: the time taken says nothing about which token, or how much of one, matched.
  bool known = false, writer = false;
  for (const auto& [stored, is_writer] : tokens_) {
    const bool match = ConstantTimeEquals(stored, token);
    known |= match;
    writer |= match && is_writer;
  }
  if (!known) return absl::UnauthenticatedError("unknown token");
  if (access == Access::kWrite && !writer) {
    return absl::PermissionDeniedError("this token has the reader role; the call needs a writer");
  }
  return absl::OkStatus();
}

}  // namespace claimcheck
