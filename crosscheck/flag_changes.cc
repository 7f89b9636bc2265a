#include "crosscheck/flag_changes.h"

#include <algorithm>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"

namespace claimcheck {
namespace {

// The flags of `flags` whose identity none of `others` has.
std::vector<v1::Flag> Missing(const std::vector<v1::Flag>& flags,
                              const std::vector<v1::Flag>& others) {
  absl::flat_hash_set<std::string> known;
  for (const v1::Flag& f : others) known.insert(FlagIdentity(f));
  std::vector<v1::Flag> missing;
  for (const v1::Flag& f : flags) {
    if (!known.contains(FlagIdentity(f))) missing.push_back(f);
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
  changes.raised = Missing(after, before);
  changes.cleared = Missing(before, after);
  return changes;
}

}  // namespace claimcheck
