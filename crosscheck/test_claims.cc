#include "crosscheck/test_claims.h"

#include <cstdlib>
#include <iostream>

#include "absl/strings/str_cat.h"
#include "absl/time/time.h"
#include "crosscheck/interval.h"

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

TestClaim& TestClaim::Quantity(double value, v1::Qualifier qualifier, const std::string& text,
                               std::optional<double> lower, std::optional<double> upper) {
  v1::Quantity* q = claim_.mutable_quantity();
  q->set_value(value);
  q->set_qualifier(qualifier);
  q->set_text(text);
  q->clear_lower();
  q->clear_upper();
  if (lower) q->set_lower(*lower);
  if (upper) q->set_upper(*upper);
  return *this;
}

TestClaim& TestClaim::Exact(double value) {
  return Quantity(value, v1::EXACT, absl::StrCat(value), value, value);
}

TestClaim& TestClaim::Approximately(double value) {
  const Interval about = AboutInterval(value);
  return Quantity(value, v1::APPROXIMATE, absl::StrCat("about ", value), about.low, about.high);
}

TestClaim& TestClaim::RoundWord(double value) {
  const Interval word = RoundWordInterval(value);
  return Quantity(value, v1::APPROXIMATE, absl::StrCat("some ", value), word.low, word.high);
}

TestClaim& TestClaim::AtLeast(double value) {
  return Quantity(value, v1::AT_LEAST, absl::StrCat("at least ", value), value, std::nullopt);
}

TestClaim& TestClaim::MoreThan(double value) {
  return Quantity(value, v1::MORE_THAN, absl::StrCat("more than ", value), value, std::nullopt);
}

TestClaim& TestClaim::FewerThan(double value) {
  return Quantity(value, v1::LESS_THAN, absl::StrCat("fewer than ", value), 0, value);
}

TestClaim& TestClaim::Range(double low, double high) {
  return Quantity((low + high) / 2, v1::RANGE, absl::StrCat(low, " to ", high), low, high);
}

TestClaim& TestClaim::Vague(double unit) {
  return Quantity(2 * unit, v1::VAGUE, absl::StrCat("hundreds of ", unit), 2 * unit,
                  10 * unit - 1);
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

TestClaim& TestClaim::ReferencedPlace(const std::string& canonical) {
  Place(canonical);
  claim_.mutable_location()->set_confidence(0.9f);
  return *this;
}

TestClaim& TestClaim::CarriedPlace(const std::string& canonical) {
  Place(canonical);
  claim_.mutable_location()->set_confidence(0.8f);
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

TestClaim& TestClaim::EventDate(const std::string& yyyy_mm_dd, const std::string& basis) {
  claim_.mutable_event_date()->set_seconds(TestDateSeconds(yyyy_mm_dd));
  claim_.set_event_date_basis(basis);
  return *this;
}

TestClaim& TestClaim::Unverified() {
  v1::Flag* flag = claim_.add_flags();
  flag->set_kind(v1::UNVERIFIED);
  flag->set_reason("hedged by the article");
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

TestClaim& TestClaim::SameCountAs(const std::string& claim_id) {
  claim_.set_same_count_as(claim_id);
  return *this;
}

TestClaim& TestClaim::RunningTotal() {
  claim_.set_cumulative(true);
  return *this;
}

TestClaim& TestClaim::Projection() {
  claim_.set_projection(true);
  return *this;
}

TestClaim& TestClaim::Span(uint32_t start, uint32_t end) {
  claim_.mutable_number_span()->set_start(start);
  claim_.mutable_number_span()->set_end(end);
  return *this;
}

}  // namespace claimcheck
