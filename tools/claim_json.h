// AppendClaimJson writes a Claim as one line of JSON in Protobuf's JSON mapping (original field
// names, enum names, every scalar printed even when zero), the format `claimcheck --format=jsonl`
// promises (../shared/docs/DESIGN.md) — by hand, because the generic reflection-based printer
// took two thirds of `claimcheck extract`'s time.
//
// Usage:
//   std::string line;
//   AppendClaimJson(claim, &line);
//
// The same JSON as google::protobuf::util::MessageToJsonString with preserve_proto_field_names
// and always_print_primitive_fields, member order aside: claim_json_test.cc compares the two on a
// Claim whose every field, found by reflection, is set, so a field added to Claim and forgotten
// here fails it. JsonStringToMessage reads the result back to an equal Claim. Thread-safe.
#ifndef CLAIMCHECK_TOOLS_CLAIM_JSON_H_
#define CLAIMCHECK_TOOLS_CLAIM_JSON_H_

#include <string>

#include "claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

// Appends `claim` as a JSON object (no newline) to *out.
void AppendClaimJson(const v1::Claim& claim, std::string* out);

}  // namespace claimcheck

#endif  // CLAIMCHECK_TOOLS_CLAIM_JSON_H_
