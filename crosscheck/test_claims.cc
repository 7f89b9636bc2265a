#include "crosscheck/test_claims.h"

#include <cstdlib>
#include <iostream>

#include "absl/strings/str_cat.h"
#include "absl/time/time.h"

namespace claimcheck {

int64_t TestDateSeconds(const std::string& yyyy_mm_dd) {
  absl::Time t;
  std::string error;
  if (!absl::ParseTime("%Y-%m-%d", yyyy_mm_dd, absl::UTCTimeZone(), &t, &error)) {
    std::cerr << "bad test date " << yyyy_mm_dd << ": " << error << "\n";
    std::abort();
  }
  return absl::ToUnixSeconds(t);
}

TestClaim::TestClaim(const std::string& article_id, int n) {
  claim_.set_id(absl::StrCat(article_id, "#", n));
  claim_.set_article_id(article_id);
  claim_.set_sentence(absl::StrCat("Sentence ", n, " of ", article_id, "."));
  claim_.set_language("en");
  claim_.mutable_quantity()->set_qualifier(v1::EXACT);
}

TestClaim& TestClaim::Exact(double value) {
  claim_.mutable_quantity()->set_value(value);
  claim_.mutable_quantity()->set_qualifier(v1::EXACT);
  claim_.mutable_quantity()->set_text(absl::StrCat(value));
  return *this;
}

TestClaim& TestClaim::Approximately(double value) {
  Exact(value);
  claim_.mutable_quantity()->set_qualifier(v1::APPROXIMATE);
  claim_.mutable_quantity()->set_text(absl::StrCat("about ", value));
  return *this;
}

TestClaim& TestClaim::AtLeast(double value) {
  Exact(value);
  claim_.mutable_quantity()->set_qualifier(v1::AT_LEAST);
  claim_.mutable_quantity()->set_lower(value);
  claim_.mutable_quantity()->set_text(absl::StrCat("at least ", value));
  return *this;
}

TestClaim& TestClaim::Range(double low, double high) {
  Exact((low + high) / 2);
  claim_.mutable_quantity()->set_qualifier(v1::RANGE);
  claim_.mutable_quantity()->set_lower(low);
  claim_.mutable_quantity()->set_upper(high);
  claim_.mutable_quantity()->set_text(absl::StrCat(low, " to ", high));
  return *this;
}

TestClaim& TestClaim::Unit(const std::string& unit) {
  claim_.mutable_quantity()->set_unit(unit);
  return *this;
}

TestClaim& TestClaim::Metric(v1::Metric metric) {
  claim_.set_metric(metric);
  return *this;
}

TestClaim& TestClaim::Subject(const std::string& subject) {
  claim_.set_subject(subject);
  claim_.set_subject_text(subject + "s");
  return *this;
}

TestClaim& TestClaim::Place(const std::string& canonical) {
  claim_.mutable_location()->set_text(canonical);
  claim_.mutable_location()->set_canonical(canonical);
  claim_.mutable_location()->set_confidence(1.0f);
  return *this;
}

TestClaim& TestClaim::MainPlace(const std::string& canonical) {
  Place(canonical);
  claim_.mutable_location()->set_confidence(0.5f);
  return *this;
}

TestClaim& TestClaim::PlaceKind(const std::string& kind, const std::string& iso_country) {
  claim_.mutable_location()->set_kind(kind);
  claim_.mutable_location()->set_country(iso_country);
  return *this;
}

TestClaim& TestClaim::Source(const std::string& text, const std::string& canonical_id,
                             const std::string& party) {
  claim_.mutable_source()->set_text(text);
  claim_.mutable_source()->set_canonical_id(canonical_id);
  claim_.mutable_source()->set_party(party);
  claim_.mutable_source()->set_cue("said");
  return *this;
}

TestClaim& TestClaim::Date(const std::string& yyyy_mm_dd) {
  claim_.mutable_published_at()->set_seconds(TestDateSeconds(yyyy_mm_dd));
  return *this;
}

TestClaim& TestClaim::Sentence(const std::string& sentence) {
  claim_.set_sentence(sentence);
  return *this;
}

TestClaim& TestClaim::EarlierReport() {
  claim_.set_earlier_report(true);
  return *this;
}

TestClaim& TestClaim::PartOf(const std::string& claim_id) {
  claim_.set_part_of_claim_id(claim_id);
  return *this;
}

TestClaim& TestClaim::Span(uint32_t start, uint32_t end) {
  claim_.mutable_number_span()->set_start(start);
  claim_.mutable_number_span()->set_end(end);
  return *this;
}

}  // namespace claimcheck
