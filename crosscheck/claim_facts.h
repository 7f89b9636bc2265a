// ClaimFacts: the few facts about a claim that cross-checking reads, as cheap views, so the store
// can build them from its compact records and tests from v1::Claim values alike.
//
// Usage:
//   v1::Claim claim = ...;
//   ClaimFacts facts = FactsOf(claim);  // views into `claim`: keep it alive while `facts` is used
//
// Thread safety: a value type; the viewed strings must outlive it and not change.
#ifndef CLAIMCHECK_CROSSCHECK_CLAIM_FACTS_H_
#define CLAIMCHECK_CROSSCHECK_CLAIM_FACTS_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "claimcheck/v1/claimcheck.pb.h"
#include "crosscheck/interval.h"

namespace claimcheck {

// Who speaks. Empty text and canonical_id: the article states the figure itself.
struct SourceFacts {
  std::string_view text;
  std::string_view canonical_id;  // "ru.mod"
  std::string_view party;         // "ru"
  bool attributed() const { return !text.empty() || !canonical_id.empty(); }
  // An official voice of its party: a party and a canonical_id "<party>.<body>" (ru.mod, ru.gov)
  // or no canonical_id at all (a capital standing for its government: "Moscou"). An armed group
  // ("jnim") or an agency with a party of its own is not.
  bool official() const;
};

// What kind of count a claim is, beyond its metric and subject: what the extractor can tell from
// the words around the number. Claims of different kinds are not rival counts (rules.h, Scope).
enum class CountKind {
  kEvent,         // one event's count: the default
  kRunningTotal,  // a total since a start: "since 7 October", "depuis 2015", "so far this year"
  kProjection,    // what the count may become: "could reach", "pourrait atteindre", "il y aurait"
};

struct ClaimFacts {
  std::string_view id;
  std::string_view article_id;
  std::string_view part_of_claim_id;  // "" unless a part of a larger count in the same sentence
  // The id of a claim of the same article giving another value of the same count
  // (Claim.same_count_as: "2 500 selon la police, plus de 6 000 selon les organisateurs"), "" for
  // none: the two are compared even inside one sentence.
  std::string_view same_count_as;
  v1::Metric metric = v1::METRIC_UNSPECIFIED;
  std::string_view subject;        // canonical English singular
  std::string_view subject_side;   // whose people are counted, ISO code; "" when unknown
  std::string_view place;          // canonical place, any case; "" when unknown
  // True when neither the sentence nor its paragraph names the place: the extractor took the
  // article's main place (PlaceFromArticle). Such a place says "this article's event".
  bool place_from_article = false;
  bool place_is_country = false;  // the place is a whole country (Location.kind "country")
  std::string_view country;       // ISO 3166 code of the place; "" when unknown
  std::string_view unit;           // "" for a count
  std::string_view quantity_text;  // "au moins 35", for reasons
  double value = 0;
  v1::Qualifier qualifier = v1::QUALIFIER_UNSPECIFIED;
  Interval stated;     // StatedInterval(quantity)
  Interval tolerated;  // ToleratedInterval(quantity)
  SourceFacts source;
  // When the figure was stated: the article's publication time (published_at), seconds since
  // the Unix epoch. It orders one voice's figures (REVISION).
  bool has_date = false;
  int64_t date_seconds = 0;
  // The day of the event counted (Claim.event_date), when the extractor gave one: claims are
  // the same event around it (figure_key.h). event_date_named: the text names the day
  // (event_date_basis not empty), so two named days that differ are two events. Without an
  // event date, the statement's date stands for it: read it through EventSeconds()
  // (event_window.h).
  bool has_event_date = false;
  int64_t event_seconds = 0;
  bool event_date_named = false;
  bool earlier_report = false;
  // True when the extractor raised no UNVERIFIED flag on the claim: the text vouches for the
  // figure. False when unknown, so a rule that needs it stays quiet rather than guess.
  bool vouched = false;
  CountKind count_kind = CountKind::kEvent;  // CountKindOf(Claim.cumulative, Claim.projection)
  uint32_t sentence = 0;  // SentenceIdentity of the claim's sentence: equal within one sentence
  // Where its number starts in the article's text (number_span.start): a flag that cannot name
  // every related claim names those of its own article nearest in the text.
  uint32_t text_offset = 0;
};

// The lowest Location.confidence of a place the text names near the claim: in its sentence
// (1.0), through another word there ("la capitale", 0.9), or in the sentences before it in its
// paragraph (0.8). The article's main place, which none of them names, is lower (0.5). A place
// named near the number says where that count was made: "at least 13 killed in the capital" is
// Nairobi's count, not the article's nationwide one.
inline constexpr float kPlaceNamedNearby = 0.8f;

// True for a Location.confidence that says the place was taken from the article, not named
// near the claim (kPlaceNamedNearby; 0 = not given, as in claims made before confidences
// existed).
bool PlaceFromArticle(float confidence);

// What kind of count Claim.cumulative and Claim.projection make: a projection is no count, even
// of a running total ("the toll since 7 October could reach 5,000").
CountKind CountKindOf(bool cumulative, bool projection);

// Views into `claim`, which must outlive the result. The place is location.canonical, else
// location.text.
ClaimFacts FactsOf(const v1::Claim& claim);

// A stable 32-bit identity for a sentence's text: two claims of one article whose sentences have
// the same identity are taken to come from one sentence.
uint32_t SentenceIdentity(std::string_view sentence);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CROSSCHECK_CLAIM_FACTS_H_
