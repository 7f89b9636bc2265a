// Figure keys: which claims speak of the same thing and may be compared.
//
// A figure is keyed by (metric, subject class, place). Time is NOT in the key: fixed time buckets
// would split neighbours (a claim on the 6th and one on the 8th across a week boundary), so dates
// are compared pairwise inside a figure instead (event_window.h: SameEvent(), DaysApart()). A
// claim's event date is the day the text names for the event (Claim.event_date), else the date
// it was stated (the article's): an investigation of an event months old is filed under the
// event. Two days both named by the texts must be the same day, in one article too ("the pagers
// on Tuesday", "the radios on Wednesday": two events).
//
// What a fact-checker compares, written down once (docs/CROSSCHECK.md tells it with examples):
//   - Subjects are data: crosscheck/subject_classes.tsv (subject_classes.h). They nest:
//     "person" covers "soldier", "civilian", "woman", "man", "body", "prisoner", "protester",
//     "police officer"; "child" is a civilian, "gendarme" a police officer, a "participant" a
//     protester. Claims are comparable when one subject covers the other (person/soldier,
//     civilian/child, soldier/soldier) but soldiers and civilians, or police officers and
//     protesters, are never compared. "arrest", "detainee", "victim", "refugee" and "displaced
//     person" are other names for "person" (they count the same people). A subject the file
//     does not name ("drone", "missile", "household") is a class of its own.
//   - A narrower subject is usually a PART of the broader count ("12 killed, including 3
//     children", "three civilians" among a strike's dead), so SubjectIsPart() says when one
//     count only bounds the other from below. Soldiers are the exception (relation "rival"):
//     "about 400 killed" against "63 soldiers killed" is the same toll told by two sides (the
//     design's Makiivka case), so a soldier count is compared with a count of people as a rival
//     total. A crowd is counted as people whatever it is called (SubjectNarrower()):
//     "protesters" and "people" who marched are one count.
//   - Metrics: a claim is compared with claims of its metric, and KILLED counts with CASUALTIES
//     counts ("133 victims" then "137 killed"), of which they are parts (MetricIsPart). The key
//     keeps the claim's own metric; a store files claims by metric family (MetricFamilyOf,
//     filed_claims.h), so across articles a KILLED count meets CASUALTIES counts too.
//
// Sides: two claims counting different sides' people (subject_side) are never compared. When one
// says whose people it counts and the other does not, an official voice that does not say is read
// as counting its own party's people (see SidesApart in figure_key.cc).
//
// Places: equal places, or, inside one article, one of them unknown or only the article's main
// place (PlaceFromArticle(): neither the sentence nor its paragraph names a place, so it is
// about the article's event: "Ruto said 19 had died" in an article on protests across Kenya; a
// place named through another word, "la capitale", or in the sentence before is named). A town
// and the country that holds it (Location.kind "country", same Location.country) are compared as
// a part and its whole, inside one article or across articles on a day both texts name ("dont
// 81 000 à Paris" against the national count).
//
// What is filed in a figure (and so compared across articles): a count (empty unit) with a
// metric other than METRIC_UNSPECIFIED/OTHER and a subject. What is compared only inside its own
// article: a claim without a place or without a date (an unplaced sentence in an article about
// Makiivka is taken to be about Makiivka; an undated article cannot be placed in time).
//
// Usage:
//   std::optional<FigureKey> key = FigureKeyOf(facts);
//   if (key && Comparable(a, b)) ...
//
// Thread safety: plain functions over values.
#ifndef CLAIMCHECK_CROSSCHECK_FIGURE_KEY_H_
#define CLAIMCHECK_CROSSCHECK_FIGURE_KEY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/claim_facts.h"
#include "crosscheck/event_window.h"

namespace claimcheck {

struct FigureKey {
  v1::Metric metric = v1::METRIC_UNSPECIFIED;
  std::string subject_class;  // the root class: "person", "drone"...
  std::string place;          // lowercased; "" for a claim compared only in its article
  std::string article_id;     // set only for a claim compared only inside its article
  // True when the claim meets claims of other articles in this figure.
  bool cross_article() const { return article_id.empty(); }
  // "KILLED|person|makiivka", or "KILLED|person|@<article_id>" for an article-local figure.
  std::string ToString() const;
};

// The root class of a subject: "person" for soldier, civilian, child and person; the subject
// itself otherwise.
std::string_view SubjectClassOf(std::string_view subject);

// True when one subject's class covers the other's (see the file comment).
bool SubjectsComparable(std::string_view a, std::string_view b);

// True when a count of `part` is only a part of a count of `whole` (see the file comment):
// child of civilian or person; civilian, woman or body of person. False for equal subjects, for a
// soldier against a person, and for subjects that do not nest.
bool SubjectIsPart(std::string_view part, std::string_view whole);

// True when `part`'s subject counts some of what `whole`'s counts, for their metric:
// SubjectIsPart(), except for a crowd (PARTICIPATED), counted as people whatever it is called.
bool SubjectNarrower(const ClaimFacts& part, const ClaimFacts& whole);

// True when a count of metric `part` is a part of a count of metric `whole`: KILLED of
// CASUALTIES.
bool MetricIsPart(v1::Metric part, v1::Metric whole);

// True when claims of these metrics may be compared: equal, or one a part of the other.
bool MetricsComparable(v1::Metric a, v1::Metric b);

// The metric of the claims a claim of `metric` may meet: CASUALTIES for KILLED and CASUALTIES,
// the metric itself otherwise. Callers that group claims by metric group them by this.
v1::Metric MetricFamilyOf(v1::Metric metric);

// True when `whole`'s place is a country that holds `part`'s other place (Location.kind and
// Location.country), both named in their sentences: "Paris" (FR) in "France".
bool PlaceHolds(const ClaimFacts& whole, const ClaimFacts& part);

// True when both claims' texts name the event's day (ClaimFacts::event_date_named) and it is
// the same UTC day: they are one event for certain.
bool SameNamedEventDay(const ClaimFacts& a, const ClaimFacts& b);

// True when the extractor links the two as values of one count in one article
// (ClaimFacts::same_count_as, either way): "22 000 selon la préfecture, 45 000 selon les
// syndicats".
bool LinkedAsOneCount(const ClaimFacts& a, const ClaimFacts& b);

// True when the claim is filed in a figure at all: a count with a known metric and subject.
bool IsFiled(const ClaimFacts& claim);

// The figure the claim belongs to; nullopt when it is not filed.
std::optional<FigureKey> FigureKeyOf(const ClaimFacts& claim);

// True when `a` and `b` are about the same figure and event and may be compared: both filed,
// comparable metrics, nesting subjects, not counting two different sides' people, days not
// apart (DaysApart()), and either from one article (places equal, or one unknown or taken from
// the article, or a town and its country, or two values the extractor links as one count
// whatever places their clauses name) or both placed and dated, same place (or a town and its
// country on one named day), one event (SameEvent()).
// A claim is not comparable with itself (same id).
bool Comparable(const ClaimFacts& a, const ClaimFacts& b);

// An article meets other articles in a figure through its first kClaimsComparedAcross claims
// there, and only those of the others (FigureRanks): a long live blog giving one toll thousands
// of times would otherwise cost every other article's claim in the figure thousands of
// comparisons, and two such articles the square. The test corpora have at most 7 claims of one
// article in a figure; an article below the limit is compared in full.
inline constexpr uint32_t kClaimsComparedAcross = 200;

// For each claim of one article (`article`, in text order), how many claims before it have the
// same cross-article figure key; kClaimsComparedAcross or more stay inside their article.
// Claims not filed in a cross-article figure get 0.
std::vector<uint32_t> FigureRanks(const std::vector<ClaimFacts>& article);

// Lowercases ASCII letters; other bytes (UTF-8 accents) are kept. Places and sources are
// compared in this form.
std::string AsciiLower(std::string_view text);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CROSSCHECK_FIGURE_KEY_H_
