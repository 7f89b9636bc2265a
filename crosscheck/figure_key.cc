#include "crosscheck/figure_key.h"

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace claimcheck {
namespace {

// Subjects that count the same people as "person" under another name: an arrest is a person
// detained, a victim a person killed, a refugee a person displaced. They share person's figure.
std::string_view Canonical(std::string_view subject) {
  if (subject == "arrest" || subject == "detainee" || subject == "victim" || subject == "displaced person" || subject == "refugee") {
    return "person";
  }
  return subject;
}

// The parent of each nested subject; a subject absent here is a root.
std::string_view ParentOf(std::string_view subject) {
  if (subject == "soldier" || subject == "civilian" || subject == "woman" || subject == "body") {
    return "person";
  }
  if (subject == "child") return "civilian";
  return "";
}

// True when `ancestor` is `subject` or one of its parents.
bool Covers(std::string_view ancestor, std::string_view subject) {
  ancestor = Canonical(ancestor);
  for (std::string_view s = Canonical(subject); !s.empty(); s = ParentOf(s)) {
    if (s == ancestor) return true;
  }
  return false;
}

// A place the claim's own sentence names (not empty, not taken from the article).
bool PlaceNamed(const ClaimFacts& c) { return !c.place.empty() && !c.place_from_article; }

bool PlacesEqual(std::string_view a, std::string_view b) {
  return absl::EqualsIgnoreCase(absl::string_view(a.data(), a.size()),
                                absl::string_view(b.data(), b.size()));
}

}  // namespace

std::string AsciiLower(std::string_view text) {
  return absl::AsciiStrToLower(absl::string_view(text.data(), text.size()));
}

std::string FigureKey::ToString() const {
  const std::string scope = cross_article() ? place : absl::StrCat("@", article_id);
  return absl::StrCat(v1::Metric_Name(metric), "|", subject_class, "|", scope);
}

std::string_view SubjectClassOf(std::string_view subject) {
  std::string_view root = Canonical(subject);
  while (!ParentOf(root).empty()) root = ParentOf(root);
  return root;
}

bool SubjectsComparable(std::string_view a, std::string_view b) {
  return Covers(a, b) || Covers(b, a);
}

bool SubjectIsPart(std::string_view part, std::string_view whole) {
  part = Canonical(part);
  whole = Canonical(whole);
  return part != whole && part != "soldier" && Covers(whole, part);
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
  if (a.metric != b.metric || !SubjectsComparable(a.subject, b.subject)) return false;
  // "500 soldats russes" and "300 soldats ukrainiens" are two sides' losses, not one count.
  if (!a.subject_side.empty() && !b.subject_side.empty() && a.subject_side != b.subject_side) {
    return false;
  }
  if (a.article_id == b.article_id) {
    return !PlaceNamed(a) || !PlaceNamed(b) || PlacesEqual(a.place, b.place);
  }
  if (a.place.empty() || b.place.empty() || !PlacesEqual(a.place, b.place)) return false;
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
