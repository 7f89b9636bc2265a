#include "crosscheck/filed_claims.h"

#include <optional>
#include <utility>

#include "absl/strings/str_cat.h"
#include "crosscheck/figure_key.h"

namespace claimcheck {
namespace {

constexpr int64_t kDaySeconds = int64_t{24} * 3600;

// The UTC day holding `seconds`, both ends included.
EventWindow DayAround(int64_t seconds) {
  const int64_t into_day = ((seconds % kDaySeconds) + kDaySeconds) % kDaySeconds;
  const int64_t start = SaturatingAdd(seconds, -into_day);
  return EventWindow{start, SaturatingAdd(start, kDaySeconds - 1)};
}

// The prefix of every key of the claim's figure family: "CASUALTIES|person|".
std::string FamilyPrefix(const ClaimFacts& claim) {
  const std::string_view subject_class = SubjectClassOf(claim.subject);
  return absl::StrCat(v1::Metric_Name(MetricFamilyOf(claim.metric)), "|",
                      absl::string_view(subject_class.data(), subject_class.size()), "|");
}

// The country index's entries of a claim whose sentence names its place, with a country code
// and a named event day: where it is filed ("country:<cc>" for a country, "towns-of:<cc>" for a
// place inside one) and where it looks (the other). nullopt for any other claim.
struct CountryEntries {
  std::string own, sought;
};
std::optional<CountryEntries> CountryEntriesOf(const ClaimFacts& claim) {
  if (claim.place.empty() || claim.place_from_article || claim.country.empty() ||
      !claim.event_date_named) {
    return std::nullopt;
  }
  const std::string country = AsciiLower(claim.country);
  std::string as_country = absl::StrCat("country:", country);
  std::string as_town = absl::StrCat("towns-of:", country);
  if (claim.place_is_country) return CountryEntries{std::move(as_country), std::move(as_town)};
  return CountryEntries{std::move(as_town), std::move(as_country)};
}

}  // namespace

FiledKeys FiledKeysOf(const ClaimFacts& claim) {
  FiledKeys keys;
  const std::optional<FigureKey> figure = FigureKeyOf(claim);
  if (!figure || !figure->cross_article()) return keys;
  const std::string prefix = FamilyPrefix(claim);
  keys.push_back(absl::StrCat(prefix, figure->place));
  if (std::optional<CountryEntries> country = CountryEntriesOf(claim)) {
    keys.push_back(absl::StrCat(prefix, country->own));
  }
  return keys;
}

absl::InlinedVector<FigureLookup, 2> FigureLookupsOf(const ClaimFacts& claim) {
  absl::InlinedVector<FigureLookup, 2> lookups;
  const std::optional<FigureKey> figure = FigureKeyOf(claim);
  if (!figure || !figure->cross_article()) return lookups;
  const std::string prefix = FamilyPrefix(claim);
  // A cross-article figure's claims are dated (FigureKeyOf).
  const int64_t event = *EventSeconds(claim);
  lookups.push_back({absl::StrCat(prefix, figure->place), EventWindowAround(event)});
  if (std::optional<CountryEntries> country = CountryEntriesOf(claim)) {
    lookups.push_back({absl::StrCat(prefix, country->sought), DayAround(event)});
  }
  return lookups;
}

absl::Span<const ClaimFacts* const> FoundClaims::Run(size_t i) const {
  const size_t end = i + 1 < run_starts_.size() ? run_starts_[i + 1] : views_.size();
  return absl::MakeConstSpan(views_).subspan(run_starts_[i], end - run_starts_[i]);
}

}  // namespace claimcheck
