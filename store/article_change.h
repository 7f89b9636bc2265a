// ArticleChange: what storing, replacing or deleting one article does to the flags of the
// store's claims, for IngestResult and the flag listeners (claim_store.h).
//
// Flags are not stored (claim_table.h), so a change is found by computing, before and after
// it, the flags of every claim it can alter: the article's stored claims (which it removes),
// its new claims, and the figure neighbours of both, the other articles' claims they meet
// (crosscheck/article_flags.h). The neighbours' flags are compared by identity
// (crosscheck/flag_changes.h); every flag of a removed claim is cleared, every flag of a new
// claim raised, the old ones cleared first: a watcher that adds what is raised and removes what
// is cleared holds the store's current flags.
//
// Usage (by ClaimStore, which orders writers):
//   ArticleChange change(table, article.id(), claims);   // table unchanged meanwhile
//   table.Remove(article.id());
//   const std::vector<uint32_t> slots = table.Insert(article, claims);  // none for a delete
//   FlagsChanged changed = change.After(&table, slots, absl::Now());
//
// Thread safety: thread-compatible. The constructor reads `table`, After() changes its
// contested marks: the caller holds its lock as for any read or write of the table.
#ifndef CLAIMCHECK_STORE_ARTICLE_CHANGE_H_
#define CLAIMCHECK_STORE_ARTICLE_CHANGE_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "absl/time/time.h"
#include "claimcheck/v1/claimcheck.pb.h"
#include "store/claim_table.h"

namespace claimcheck {

// What a change did to the flags.
struct FlagsChanged {
  std::vector<v1::Claim> claims;   // the article's new claims, with their current flags
  std::vector<v1::Flag> raised;    // on the new claims and on stored ones
  std::vector<v1::Flag> cleared;   // on the removed claims and on stored ones
  std::vector<v1::FlagEvent> events;  // one per flag raised or cleared, clears of a claim first
};

class ArticleChange {
 public:
  // Reads, before the change, the flags it can alter: those of `article_id`'s stored claims
  // (none if it is not stored) and of the stored claims of other articles that these claims or
  // `new_claims` (its claims after the change; none for a delete) meet.
  ArticleChange(const ClaimTable& table, std::string_view article_id,
                const std::vector<v1::Claim>& new_claims);

  // Once the change is applied to `table` (the article removed, and for an ingest its claims
  // inserted at `new_slots`): records the contested kinds of every claim it altered and
  // returns what it raised and cleared; events are dated `now`.
  FlagsChanged After(ClaimTable* table, const std::vector<uint32_t>& new_slots,
                     absl::Time now) const;

 private:
  // Compares the neighbours' flags with those they held before.
  void NeighbourChanges(ClaimTable* table, absl::Time now, FlagsChanged* out) const;
  void AddEvent(const v1::Flag& flag, const v1::Claim& claim, bool cleared, absl::Time now,
                FlagsChanged* out) const;

  std::string article_id_;
  std::vector<v1::Claim> removed_;  // the article's stored claims, with the flags they held
  std::map<uint32_t, std::vector<v1::Flag>> neighbours_;  // slot -> flags before the change
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_ARTICLE_CHANGE_H_
