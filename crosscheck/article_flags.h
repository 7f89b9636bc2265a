// The cross-check rules' flags of an article's claims, for a store: each claim against the
// claims of its own article (ArticleCheck) and against its figure neighbours, the claims other
// articles filed in its figure around its event date (FiledClaims). The neighbours of the whole
// article are asked for in one batch, once per figure and event date.
//
// Usage:
//   std::vector<ClaimFacts> facts = ...;               // every claim of one article, text order
//   std::vector<uint32_t> ranks = FigureRanks(facts);  // or as the store kept them
//   absl::StatusOr<std::vector<std::vector<v1::Flag>>> flags =
//       RuleFlagsOf(facts, ranks, /*wanted=*/{0, 3}, store);  // (*flags)[1]: the flags of facts[3]
//
//   // CheckArticle: claims of an article that is not stored, extractor flags included.
//   flags = FlagsAsIfFiled(claims, store);
//
//   // Which stored claims can a change to this article alter? Those its claims meet:
//   NeighbourWindows around = NeighbourWindowsOf(facts, ranks, wanted);
//   ... the store's own claims in around.windows ...
//
// Thread safety: plain functions; `filed` is only read (FindFiled()).
#ifndef CLAIMCHECK_CROSSCHECK_ARTICLE_FLAGS_H_
#define CLAIMCHECK_CROSSCHECK_ARTICLE_FLAGS_H_

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "claimcheck/v1/claimcheck.pb.h"
#include "crosscheck/claim_facts.h"
#include "crosscheck/filed_claims.h"

namespace claimcheck {

// True for the flags the extractor gives a claim (UNVERIFIED, UNATTRIBUTED); the others are the
// cross-check rules', which a store recomputes whenever asked.
bool IsExtractorKind(int kind);

// The windows the claims article[wanted[k]] look up (FigureLookupsOf(), filed_claims.h): each
// distinct (key, event window) once. A claim not filed in a cross-article figure, or at
// kClaimsComparedAcross or beyond in its figure (figure_ranks), looks up none.
struct NeighbourWindows {
  std::vector<FigureWindow> windows;  // in the order first needed
  // windows_of[k]: wanted[k]'s look-ups, as indices in `windows`, its figure's first; empty
  // when it looks up none.
  std::vector<absl::InlinedVector<uint32_t, 2>> windows_of;
  std::deque<std::string> figure_keys;  // what windows[i].figure_key views; never moves
};

// `article`: every claim of one article in text order; `figure_ranks`: FigureRanks(article).
// The windows view `article`'s article id and the result's figure_keys: keep both alive while
// they are used (moving the result is fine).
NeighbourWindows NeighbourWindowsOf(const std::vector<ClaimFacts>& article,
                                    const std::vector<uint32_t>& figure_ranks,
                                    absl::Span<const size_t> wanted);

// The cross-check rules' flags (CONFLICT, REVISION, CORROBORATED, SINGLE_SOURCE, INCONSISTENT)
// of article[wanted[0]], article[wanted[1]]...: result[k] for wanted[k]. Extractor flags are not
// included. Errors are those of filed.FindFiled().
absl::StatusOr<std::vector<std::vector<v1::Flag>>> RuleFlagsOf(
    const std::vector<ClaimFacts>& article, const std::vector<uint32_t>& figure_ranks,
    absl::Span<const size_t> wanted, const FiledClaims& filed);

// The flags of `claims`, one article's claims in text order, as if that article were filed:
// their extractor flags, then the rules' against each other and against `filed` (which leaves
// out any stored article of the same id). result[i] for claims[i].
absl::StatusOr<std::vector<std::vector<v1::Flag>>> FlagsAsIfFiled(
    const std::vector<v1::Claim>& claims, const FiledClaims& filed);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CROSSCHECK_ARTICLE_FLAGS_H_
