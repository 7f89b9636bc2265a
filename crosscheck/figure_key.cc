#include "crosscheck/figure_key.h"

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "crosscheck/subject_classes.h"

namespace claimcheck {
namespace {

const SubjectClasses& Classes() { return SubjectClasses::Shipped(); }

// A place the claim's own sentence names (not empty, not taken from the article).
bool PlaceNamed(const ClaimFacts& c) { return !c.place.empty() && !c.place_from_article; }

absl::string_view View(std::string_view s) { return absl::string_view(s.data(), s.size()); }

bool PlacesEqual(std::string_view a, std::string_view b) {
  return absl::EqualsIgnoreCase(View(a), View(b));
}

// Metrics of a side's losses: what a government acknowledges of its own people.
bool IsLoss(v1::Metric metric) {
  return metric == v1::KILLED || metric == v1::WOUNDED || metric == v1::CASUALTIES ||
         metric == v1::MISSING || metric == v1::DETAINED;
}

// True when the claims count two sides' people or things: both sides known and different, or one
// known and the other a loss counted by an official voice of another party without saying whose.
// Such a voice is read as counting its own losses ("Bakou a reconnu la mort de 192 de ses
// soldats", a region's emergency service counting its town's dead): a voice that counts the
// enemy's losses says whose they are ("l'armée ukrainienne a perdu"), and the extractor sets the
// side from those words. Things hit or shot down are most often the enemy's, so they get no
// such reading.
bool SidesApart(const ClaimFacts& a, const ClaimFacts& b) {
  const bool a_known = !a.subject_side.empty(), b_known = !b.subject_side.empty();
  if (a_known && b_known) return !absl::EqualsIgnoreCase(View(a.subject_side), View(b.subject_side));
  if (a_known == b_known) return false;  // neither says whose: compared, as before sides
  const ClaimFacts& known = a_known ? a : b;
  const ClaimFacts& unsaid = a_known ? b : a;
  return IsLoss(unsaid.metric) && unsaid.source.official() &&
         !absl::EqualsIgnoreCase(View(unsaid.source.party), View(known.subject_side));
}

}  // namespace

std::string AsciiLower(std::string_view text) {
  return absl::AsciiStrToLower(absl::string_view(text.data(), text.size()));
}

std::string FigureKey::ToString() const {
  const std::string scope = cross_article() ? place : absl::StrCat("@", article_id);
  return absl::StrCat(v1::Metric_Name(metric), "|", subject_class, "|", scope);
}

std::string_view SubjectClassOf(std::string_view subject) { return Classes().RootOf(subject); }

bool SubjectsComparable(std::string_view a, std::string_view b) {
  // Most claims of a figure share their subject: no look-up for them (a hot path).
  return a == b || Classes().Covers(a, b) || Classes().Covers(b, a);
}

bool SubjectIsPart(std::string_view part, std::string_view whole) {
  return part != whole && Classes().IsPart(part, whole);
}

bool SubjectNarrower(const ClaimFacts& part, const ClaimFacts& whole) {
  return part.metric != v1::PARTICIPATED && SubjectIsPart(part.subject, whole.subject);
}

bool MetricIsPart(v1::Metric part, v1::Metric whole) {
  // Not WOUNDED: the extractor files "victimes" under CASUALTIES, and French copy often means
  // the dead by it ("des centaines de victimes"), which a count of wounded does not bound.
  return part == v1::KILLED && whole == v1::CASUALTIES;
}

bool MetricsComparable(v1::Metric a, v1::Metric b) {
  return a == b || MetricIsPart(a, b) || MetricIsPart(b, a);
}

v1::Metric MetricFamilyOf(v1::Metric metric) {
  return MetricIsPart(metric, v1::CASUALTIES) ? v1::CASUALTIES : metric;
}

bool PlaceHolds(const ClaimFacts& whole, const ClaimFacts& part) {
  return whole.place_is_country && !part.place_is_country && PlaceNamed(whole) &&
         PlaceNamed(part) && !part.country.empty() &&
         absl::EqualsIgnoreCase(View(whole.country), View(part.country)) &&
         !PlacesEqual(whole.place, part.place);
}

bool SameNamedEventDay(const ClaimFacts& a, const ClaimFacts& b) {
  return a.event_date_named && b.event_date_named &&
         DayOf(a.event_seconds) == DayOf(b.event_seconds);
}

bool LinkedAsOneCount(const ClaimFacts& a, const ClaimFacts& b) {
  return a.article_id == b.article_id &&
         ((!a.same_count_as.empty() && a.same_count_as == b.id) ||
          (!b.same_count_as.empty() && b.same_count_as == a.id));
}

bool IsFiled(const ClaimFacts& claim) {
  return claim.unit.empty() && !claim.subject.empty() &&
         claim.metric != v1::METRIC_UNSPECIFIED && claim.metric != v1::OTHER;
}

std::optional<FigureKey> FigureKeyOf(const ClaimFacts& claim) {
  if (!IsFiled(claim)) return std::nullopt;
  FigureKey key;
  key.metric = claim.metric;
  key.subject_class = std::string(SubjectClassOf(claim.subject));
  if (!claim.place.empty() && EventSeconds(claim).has_value()) {
    key.place = AsciiLower(claim.place);
  } else {
    key.article_id = std::string(claim.article_id);
  }
  return key;
}

bool Comparable(const ClaimFacts& a, const ClaimFacts& b) {
  if (a.id == b.id || !IsFiled(a) || !IsFiled(b)) return false;
  if (!MetricsComparable(a.metric, b.metric) || !SubjectsComparable(a.subject, b.subject)) {
    return false;
  }
  // "500 soldats russes" and "300 soldats ukrainiens" are two sides' losses, not one count.
  // Named days that differ: two events, even in one article ("the pagers on Tuesday ... the
  // radios on Wednesday").
  if (SidesApart(a, b) || DaysApart(a, b)) return false;
  const bool town_in_country = PlaceHolds(a, b) || PlaceHolds(b, a);
  if (a.article_id == b.article_id) {
    // Two values linked as one count are one whatever places their clauses name: "22 000 à
    // Rennes selon la préfecture d'Ille-et-Vilaine, 45 000 selon les syndicats".
    return !PlaceNamed(a) || !PlaceNamed(b) || PlacesEqual(a.place, b.place) || town_in_country ||
           LinkedAsOneCount(a, b);
  }
  if (a.place.empty() || b.place.empty()) return false;
  // Across articles a town meets the country holding it only on a day both texts name.
  if (!PlacesEqual(a.place, b.place) && !(town_in_country && SameNamedEventDay(a, b))) {
    return false;
  }
  return SameEvent(a, b);
}

std::vector<uint32_t> FigureRanks(const std::vector<ClaimFacts>& article) {
  std::vector<uint32_t> ranks(article.size(), 0);
  absl::flat_hash_map<std::string, uint32_t> seen;
  for (size_t i = 0; i < article.size(); ++i) {
    const std::optional<FigureKey> key = FigureKeyOf(article[i]);
    if (key && key->cross_article()) ranks[i] = seen[key->ToString()]++;
  }
  return ranks;
}

}  // namespace claimcheck
