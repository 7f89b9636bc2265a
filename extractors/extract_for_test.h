// Helpers for the extractor's tests: one ClaimExtractor over the shipped lexicons, the claim a
// test means by its number as written, and checks of claim fields written as table rows.
//
// Usage:
//   const std::vector<v1::Claim> claims = ExtractForTest(text);
//   const v1::Claim* c = ClaimAt(claims, text, "2 000");  // nullptr if no claim covers it
//   EXPECT_EQ(CheckClaims(claims, text, {{"2 000", "metric", "KILLED"}}), "");
#ifndef CLAIMCHECK_EXTRACTORS_EXTRACT_FOR_TEST_H_
#define CLAIMCHECK_EXTRACTORS_EXTRACT_FOR_TEST_H_

#include <string>
#include <vector>

#include "claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

// The claims of `text` as an article with id "test" and `language` ("" to detect it). Fails the
// test (and returns none) if the lexicons do not load or the text is rejected.
std::vector<v1::Claim> ExtractForTest(const std::string& text, const std::string& language = "");

// The claim whose number span covers the first whole-word occurrence of `number` in `text`.
const v1::Claim* ClaimAt(const std::vector<v1::Claim>& claims, const std::string& text,
                         const std::string& number);

// Field `field` of claim c (one of `claims`) as a string: value, qualifier, unit, text (the
// quantity as written), metric, subject, subject_side, subject_text, source (its words),
// source_id, party, channel, cue, place (the canonical name), place_text, place_exact ("true"
// when named in the sentence itself: confidence 1), earlier ("true"/"false"), flags (the kinds,
// sorted, comma-separated), flag:KIND ("true"/"false"), part_of (the whole's quantity text),
// event_date (YYYY-MM-DD, "" if unset), event_date_basis, cumulative, projection ("true"/
// "false"), same_count_as (the other value's quantity text), language, sentence. An unknown
// field fails the test.
std::string ClaimField(const v1::Claim& c, const std::vector<v1::Claim>& claims,
                       const std::string& field);

// One check of a table-driven test: the claim at `number` (as ClaimAt finds it) has `field`
// equal to `value`; a value "!x" means "not x", and field "claim" with value "none" means no
// claim covers the number.
struct ClaimCheck {
  std::string number;
  std::string field;
  std::string value;
};

// "" when every check holds; else one line per check that fails.
std::string CheckClaims(const std::vector<v1::Claim>& claims, const std::string& text,
                        const std::vector<ClaimCheck>& checks);

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_EXTRACT_FOR_TEST_H_
