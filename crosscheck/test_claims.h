// Hand-built claims for tests, so cross-checking and the store are tested without the extractor.
//
// Usage:
//   v1::Claim c = TestClaim("a1", 2).Exact(89).Metric(v1::KILLED).Subject("soldier")
//                     .Place("Makiivka").Source("ministère russe de la Défense", "ru.mod", "ru")
//                     .Date("2023-01-04").Build();  // id "a1#2"
#ifndef CLAIMCHECK_CROSSCHECK_TEST_CLAIMS_H_
#define CLAIMCHECK_CROSSCHECK_TEST_CLAIMS_H_

#include <string>

#include "claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

class TestClaim {
 public:
  // A claim "<article_id>#<n>" in its own sentence, unattributed, without metric or date.
  TestClaim(const std::string& article_id, int n);

  TestClaim& Exact(double value);
  TestClaim& Approximately(double value);
  TestClaim& AtLeast(double value);
  TestClaim& Range(double low, double high);
  TestClaim& Unit(const std::string& unit);
  TestClaim& Metric(v1::Metric metric);
  TestClaim& Subject(const std::string& subject);
  TestClaim& Place(const std::string& canonical);  // named in the claim's sentence
  // The article's main place, which the claim's sentence does not name (confidence 0.5).
  TestClaim& MainPlace(const std::string& canonical);
  // The gazetteer's facts about the place set by Place or MainPlace: "country", "KE".
  TestClaim& PlaceKind(const std::string& kind, const std::string& iso_country);
  TestClaim& Source(const std::string& text, const std::string& canonical_id,
                    const std::string& party);
  TestClaim& Date(const std::string& yyyy_mm_dd);  // the article's date, UTC midnight
  TestClaim& Sentence(const std::string& sentence);
  TestClaim& EarlierReport();
  TestClaim& PartOf(const std::string& claim_id);
  TestClaim& Span(uint32_t start, uint32_t end);

  v1::Claim Build() const { return claim_; }

 private:
  v1::Claim claim_;
};

// Seconds since the Unix epoch of "YYYY-MM-DD" at UTC midnight; aborts on a malformed date.
int64_t TestDateSeconds(const std::string& yyyy_mm_dd);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CROSSCHECK_TEST_CLAIMS_H_
