// Hand-built claims for tests, so cross-checking and the store are tested without the extractor.
// Quantities carry the bounds the extractor writes for their qualifier (qualifier_detector.cc,
// number_recognizer.cc, crosscheck/interval.h): a test never meets an interval the extractor
// would not make.
//
// Usage:
//   v1::Claim c = TestClaim("a1", 2).Exact(89).Metric(v1::KILLED).Subject("soldier")
//                     .Place("Makiivka").Source("ministère russe de la Défense", "ru.mod", "ru")
//                     .Date("2023-01-04").Build();  // id "a1#2"
#ifndef CLAIMCHECK_CROSSCHECK_TEST_CLAIMS_H_
#define CLAIMCHECK_CROSSCHECK_TEST_CLAIMS_H_

#include <optional>
#include <string>

#include "claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

class TestClaim {
 public:
  // A claim "<article_id>#<n>" in its own sentence, unattributed, without metric or date.
  TestClaim(const std::string& article_id, int n);

  TestClaim& Exact(double value);               // 89: [89, 89]
  TestClaim& Approximately(double value);       // "about 400": AboutInterval(400)
  TestClaim& RoundWord(double value);           // "une cinquantaine": RoundWordInterval(50)
  TestClaim& AtLeast(double value);             // "at least 35": [35, +inf)
  TestClaim& MoreThan(double value);            // "more than 85": [85, +inf)
  TestClaim& FewerThan(double value);           // "fewer than 30": [0, 30]
  TestClaim& Range(double low, double high);    // "300 to 400": [300, 400]
  TestClaim& Vague(double unit);                // "hundreds" (unit 100): [200, 999]
  TestClaim& Unit(const std::string& unit);
  TestClaim& Metric(v1::Metric metric);
  TestClaim& Subject(const std::string& subject);
  TestClaim& Place(const std::string& canonical);  // named in the claim's sentence
  // The article's main place, which the claim's sentence does not name (confidence 0.5).
  TestClaim& MainPlace(const std::string& canonical);
  // A place named near the claim but not in its words: through another word of its sentence
  // ("la capitale", confidence 0.9) or in a sentence before it in its paragraph (0.8).
  TestClaim& ReferencedPlace(const std::string& canonical);
  TestClaim& CarriedPlace(const std::string& canonical);
  // The gazetteer's facts about the place set by Place or MainPlace: "country", "KE".
  TestClaim& PlaceKind(const std::string& kind, const std::string& iso_country);
  TestClaim& Source(const std::string& text, const std::string& canonical_id,
                    const std::string& party);
  TestClaim& Date(const std::string& yyyy_mm_dd);  // the article's date, UTC midnight
  // The event's day as the extractor sets it: named by `basis` ("mardi"), or the article's date
  // when `basis` is empty.
  TestClaim& EventDate(const std::string& yyyy_mm_dd, const std::string& basis);
  // The UNVERIFIED flag the extractor raises on hedged figures ("sans fournir de preuve").
  TestClaim& Unverified();
  TestClaim& Sentence(const std::string& sentence);
  TestClaim& EarlierReport();
  TestClaim& PartOf(const std::string& claim_id);
  // Another value of the same count in the same article (Claim.same_count_as).
  TestClaim& SameCountAs(const std::string& claim_id);
  // A running total ("since 7 October": Claim.cumulative) or a projection ("could reach":
  // Claim.projection).
  TestClaim& RunningTotal();
  TestClaim& Projection();
  TestClaim& Span(uint32_t start, uint32_t end);

  v1::Claim Build() const { return claim_; }

 private:
  TestClaim& Quantity(double value, v1::Qualifier qualifier, const std::string& text,
                      std::optional<double> lower, std::optional<double> upper);

  v1::Claim claim_;
};

// Seconds since the Unix epoch of "YYYY-MM-DD" at UTC midnight; aborts on a malformed date.
int64_t TestDateSeconds(const std::string& yyyy_mm_dd);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CROSSCHECK_TEST_CLAIMS_H_
