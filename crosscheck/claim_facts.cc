#include "crosscheck/claim_facts.h"

#include <algorithm>

namespace claimcheck {

uint32_t SentenceIdentity(std::string_view sentence) {
  uint32_t hash = 2166136261u;  // FNV-1a: stable across runs and builds.
  for (unsigned char c : sentence) {
    hash ^= c;
    hash *= 16777619u;
  }
  return hash;
}

bool SourceFacts::official() const {
  if (party.empty()) return false;
  return canonical_id.empty() ||
         (canonical_id.size() > party.size() && canonical_id.substr(0, party.size()) == party &&
          canonical_id[party.size()] == '.');
}

bool PlaceFromArticle(float confidence) {
  return confidence > 0 && confidence < kPlaceNamedNearby;
}

CountKind CountKindOf(bool cumulative, bool projection) {
  if (projection) return CountKind::kProjection;
  return cumulative ? CountKind::kRunningTotal : CountKind::kEvent;
}

ClaimFacts FactsOf(const v1::Claim& claim) {
  ClaimFacts f;
  f.id = claim.id();
  f.article_id = claim.article_id();
  f.part_of_claim_id = claim.part_of_claim_id();
  f.same_count_as = claim.same_count_as();
  f.metric = claim.metric();
  f.subject = claim.subject();
  f.subject_side = claim.subject_side();
  f.place = claim.location().canonical().empty() ? claim.location().text()
                                                 : claim.location().canonical();
  f.place_from_article = PlaceFromArticle(claim.location().confidence());
  f.place_is_country = claim.location().kind() == "country";
  f.country = claim.location().country();
  f.unit = claim.quantity().unit();
  f.quantity_text = claim.quantity().text();
  f.value = claim.quantity().value();
  f.qualifier = claim.quantity().qualifier();
  f.stated = StatedInterval(claim.quantity());
  f.tolerated = ToleratedInterval(claim.quantity());
  f.source.text = claim.source().text();
  f.source.canonical_id = claim.source().canonical_id();
  f.source.party = claim.source().party();
  f.has_date = claim.has_published_at();
  f.date_seconds = claim.published_at().seconds();
  f.has_event_date = claim.has_event_date();
  f.event_seconds = claim.event_date().seconds();
  f.event_date_named = f.has_event_date && !claim.event_date_basis().empty();
  f.earlier_report = claim.earlier_report();
  f.vouched = std::none_of(claim.flags().begin(), claim.flags().end(),
                           [](const v1::Flag& flag) { return flag.kind() == v1::UNVERIFIED; });
  f.count_kind = CountKindOf(claim.cumulative(), claim.projection());
  f.sentence = SentenceIdentity(claim.sentence());
  f.text_offset = claim.number_span().start();
  return f;
}

}  // namespace claimcheck
