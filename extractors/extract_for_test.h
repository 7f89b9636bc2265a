// Helpers for the extractor's tests: one ClaimExtractor over the shipped lexicons, and the claim a
// test means by its number as written.
//
// Usage:
//   const std::vector<v1::Claim> claims = ExtractForTest(text);
//   const v1::Claim* c = ClaimAt(claims, text, "2 000");  // nullptr if no claim covers it
#ifndef CLAIMCHECK_EXTRACTORS_EXTRACT_FOR_TEST_H_
#define CLAIMCHECK_EXTRACTORS_EXTRACT_FOR_TEST_H_

#include <string>
#include <vector>

#include "claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

// The claims of `text` as an article with id "test" and no language given. Fails the test (and
// returns none) if the lexicons do not load or the text is rejected.
std::vector<v1::Claim> ExtractForTest(const std::string& text);

// The claim whose number span covers the first whole-word occurrence of `number` in `text`.
const v1::Claim* ClaimAt(const std::vector<v1::Claim>& claims, const std::string& text,
                         const std::string& number);

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_EXTRACT_FOR_TEST_H_
