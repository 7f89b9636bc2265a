#include "crosscheck/filed_claims.h"

namespace claimcheck {

absl::Span<const ClaimFacts* const> FoundClaims::Run(size_t i) const {
  const size_t end = i + 1 < run_starts_.size() ? run_starts_[i + 1] : views_.size();
  return absl::MakeConstSpan(views_).subspan(run_starts_[i], end - run_starts_[i]);
}

}  // namespace claimcheck
