// AppendClaimJson writes a Claim as one line of JSON in Protobuf's JSON mapping (original field
// names, enum names, every scalar printed even when zero), the format `claimcheck --format=jsonl`
// promises (../shared/docs/DESIGN.md) — by hand, because the generic reflection-based printer
// took two thirds of `claimcheck extract`'s time.
//
// Usage:
//   std::string line;
//   AppendClaimJson(claim, &line);
//
// JsonStringToMessage reads the result back to an equal Claim (tested). Thread-safe.
#ifndef CLAIMCHECK_TOOLS_CLAIM_JSON_H_
#define CLAIMCHECK_TOOLS_CLAIM_JSON_H_

#include <string>

#include "claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

// Appends `claim` as a JSON object (no newline) to *out.
void AppendClaimJson(const v1::Claim& claim, std::string* out);

}  // namespace claimcheck

#endif  // CLAIMCHECK_TOOLS_CLAIM_JSON_H_
