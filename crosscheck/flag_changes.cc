#include "crosscheck/flag_changes.h"

#include <algorithm>
#include <string_view>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"

namespace claimcheck {
namespace {

std::vector<std::string> IdentitiesOf(const std::vector<v1::Flag>& flags) {
  std::vector<std::string> ids;
  ids.reserve(flags.size());
  for (const v1::Flag& f : flags) ids.push_back(FlagIdentity(f));
  return ids;
}

// The flags[i] whose identities[i] is not among `others`.
std::vector<v1::Flag> Missing(const std::vector<v1::Flag>& flags,
                              const std::vector<std::string>& identities,
                              const std::vector<std::string>& others) {
  const absl::flat_hash_set<std::string_view> known(others.begin(), others.end());
  std::vector<v1::Flag> missing;
  for (size_t i = 0; i < flags.size(); ++i) {
    if (!known.contains(identities[i])) missing.push_back(flags[i]);
  }
  return missing;
}

}  // namespace

std::string FlagIdentity(const v1::Flag& flag) {
  std::vector<std::string> ids(flag.related_claim_ids().begin(), flag.related_claim_ids().end());
  std::sort(ids.begin(), ids.end());
  std::string out = absl::StrCat(flag.kind());
  for (const std::string& id : ids) absl::StrAppend(&out, "\x1f", id);
  return out;
}

FlagChanges CompareFlags(const std::vector<v1::Flag>& before, const std::vector<v1::Flag>& after) {
  FlagChanges changes;
  const std::vector<std::string> before_ids = IdentitiesOf(before);
  const std::vector<std::string> after_ids = IdentitiesOf(after);
  if (before_ids == after_ids) return changes;  // the common case: nothing changed
  changes.raised = Missing(after, after_ids, before_ids);
  changes.cleared = Missing(before, before_ids, after_ids);
  return changes;
}

}  // namespace claimcheck
