// FlagChanges: what a change to the store did to one claim's flags, those it raised and those
// it cleared, from the claim's flags before and after. A flag is known by its kind and the
// claims it names, not by its reason (whose wording may follow other claims' dates).
//
// Usage:
//   FlagChanges changes = CompareFlags(flags_before, flags_after);
//   for (const v1::Flag& f : changes.cleared) ... // held before, not after
//
// A watcher that adds every raised flag to its set and removes every cleared one keeps the
// store's current flags, since a flag naming other claims than before is cleared and raised.
//
// Thread safety: plain functions over values.
#ifndef CLAIMCHECK_CROSSCHECK_FLAG_CHANGES_H_
#define CLAIMCHECK_CROSSCHECK_FLAG_CHANGES_H_

#include <string>
#include <vector>

#include "claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

struct FlagChanges {
  std::vector<v1::Flag> raised;   // in `after` and not in `before`, in the order of `after`
  std::vector<v1::Flag> cleared;  // in `before` and not in `after`, in the order of `before`
};

FlagChanges CompareFlags(const std::vector<v1::Flag>& before, const std::vector<v1::Flag>& after);

// A flag's identity: its kind and the ids of the claims it names, in any order.
std::string FlagIdentity(const v1::Flag& flag);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CROSSCHECK_FLAG_CHANGES_H_
