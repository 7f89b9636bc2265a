// ArticleCheck: the cross-check and part-whole flags (rules.h) of every claim of one article, in
// time about linear in the number of its claims.
//
// rules.h compares a claim with each claim it is given. Giving every claim of an article all the
// others costs time quadratic in the claims: a 1 MiB live blog (25,000 claims in a handful of
// figures) held a core for over two minutes, and the server would do that for any legal request.
// So here a claim meets:
//   - for CONFLICT, REVISION, CORROBORATED and SINGLE_SOURCE, the claims of its article with its
//     metric family and subject class (no other can be Comparable()), the kNearbyClaims before
//     it and the kNearbyClaims after it in the text, then the other articles' claims the caller
//     gives;
//   - for INCONSISTENT, the claims of its article with its subject class and a metric those rules
//     read (LAUNCHED, DESTROYED, KILLED, WOUNDED, CASUALTIES), the kNearbyClaims before and after
//     it, and the claims part_of_claim_id links it to, wherever they are.
// Why nearness in the text: what the rules set against each other inside one article (a voice
// revising itself, two voices disputing a toll, a part and its whole, destroyed against launched)
// is said in one passage; a live blog's claims thousands of lines apart are about other moments.
// An article with at most kNearbyClaims + 1 claims in each such group gets exactly the flags that
// rules.h gives against all its claims, and one with at most kNearbyClaims + 1 claims in all is
// checked that way, every claim against the whole article, without grouping anything (ordinary
// articles: grouping cost more than it saved). A longer one costs at most 2 * kNearbyClaims + 1
// comparisons per claim, plus its part_of_claim_id links.
//
// Usage:
//   std::vector<ClaimFacts> facts = ...;  // every claim of one article, in text order
//   ArticleCheck check(facts);
//   for (size_t i = 0; i < facts.size(); ++i) flags[i] = check.FlagsOf(i, figure_neighbours[i]);
//
// Thread safety: thread-compatible. FlagsOf() caches what it computes once per casualties count,
// so one call at a time.
#ifndef CLAIMCHECK_CROSSCHECK_ARTICLE_CHECK_H_
#define CLAIMCHECK_CROSSCHECK_ARTICLE_CHECK_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/types/span.h"
#include "claimcheck/v1/claimcheck.pb.h"
#include "crosscheck/claim_facts.h"
#include "crosscheck/rules.h"

namespace claimcheck {

// How many claims of its group before it, and after it, one claim is compared with inside its
// article (see the file comment). The test corpora's largest group holds 7 claims.
inline constexpr size_t kNearbyClaims = 100;

class ArticleCheck {
 public:
  // `claims`: every claim of one article, in text order. Kept by reference: it must outlive this
  // object and not change.
  explicit ArticleCheck(const std::vector<ClaimFacts>& claims);
  // For tests: group and window as a long article would, whatever the number of claims.
  static ArticleCheck Windowed(const std::vector<ClaimFacts>& claims);
  ArticleCheck(ArticleCheck&&) = default;

  // CONFLICT, REVISION, CORROBORATED, SINGLE_SOURCE, then INCONSISTENT flags of claims[index]
  // against the claims of the article near it and against `neighbours`: claims of other articles
  // (in the order flags should name them) that the caller's index says may be in its figure.
  std::vector<v1::Flag> FlagsOf(size_t index, absl::Span<const ClaimFacts* const> neighbours);

 private:
  static constexpr uint32_t kNone = ~0u;
  // The claims of one group of the article, in text order, and where each claim sits in its
  // group (kNone: in none).
  struct Grouping {
    std::vector<std::vector<uint32_t>> groups;
    std::vector<uint32_t> group_of, position_of;
  };
  ArticleCheck(const std::vector<ClaimFacts>& claims, bool windowed);
  // The claims of claims_[claim]'s group within kNearbyClaims of it, with `with_links` the claim
  // itself and those part_of_claim_id links it with, in text order; the whole article when it
  // is short. Valid until the next call.
  const std::vector<const ClaimFacts*>& Nearby(const Grouping& grouping, size_t claim,
                                               bool with_links);
  // LargestParts() of one of claims_, over the claims near it; computed once.
  CasualtyParts PartsOf(const ClaimFacts& casualties);

  const std::vector<ClaimFacts>* claims_;
  bool windowed_;     // false: every claim meets the whole article (short articles)
  Grouping figures_;  // by metric family and subject class: who may be Comparable()
  Grouping scopes_;   // by subject class, metrics of the part-whole rules
  absl::flat_hash_map<std::string_view, std::vector<uint32_t>> by_id_;
  absl::flat_hash_map<std::string_view, std::vector<uint32_t>> parts_of_;  // whole's id -> parts
  absl::flat_hash_map<uint32_t, CasualtyParts> casualty_parts_;  // by casualties index
  std::vector<const ClaimFacts*> whole_;  // every claim, for a short article
  // Scratch buffers, reused from claim to claim.
  std::vector<uint32_t> nearby_;
  std::vector<const ClaimFacts*> nearby_claims_, compared_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CROSSCHECK_ARTICLE_CHECK_H_
