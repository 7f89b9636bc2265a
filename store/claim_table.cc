// The embedded store's table: compact claim records, their indexes, and the neighbours of a figure.
// Why one long file: the record layout and the indexes over it change together (docs/PERFORMANCE.md).

#include "store/claim_table.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>
#include <utility>

#include "absl/strings/str_cat.h"
#include "crosscheck/article_flags.h"
#include "crosscheck/event_window.h"
#include "crosscheck/figure_key.h"
#include "crosscheck/filed_claims.h"
#include "crosscheck/interval.h"

namespace claimcheck {
namespace {

constexpr uint8_t kConflictBit = 1, kRevisionBit = 2, kInconsistentBit = 4;

void SetTime(int64_t seconds, int32_t nanos, google::protobuf::Timestamp* out) {
  out->set_seconds(seconds);
  out->set_nanos(nanos);
}

// Where the claim's sentence lies in the article text, if it is there verbatim.
std::pair<size_t, bool> FindSentence(const std::string& text, const v1::Claim& claim) {
  const std::string& sentence = claim.sentence();
  if (sentence.empty()) return {0, true};
  const size_t end = claim.number_span().end();
  const size_t from = end > sentence.size() ? end - sentence.size() : 0;
  size_t pos = text.find(sentence, from);
  if (pos == std::string::npos) pos = text.find(sentence);
  return {pos, pos != std::string::npos};
}

// A free slot of `items`, reused from `free` or added at the end.
template <typename Items>
uint32_t TakeSlot(Items* items, std::vector<uint32_t>* free) {
  if (free->empty()) {
    items->emplace_back();
    return static_cast<uint32_t>(items->size() - 1);
  }
  const uint32_t slot = free->back();
  free->pop_back();
  return slot;
}

}  // namespace

uint8_t ClaimTable::ContestedBit(int kind) {
  switch (kind) {
    case v1::CONFLICT: return kConflictBit;
    case v1::REVISION: return kRevisionBit;
    case v1::INCONSISTENT: return kInconsistentBit;
    default: return 0;
  }
}

const std::string* ClaimTable::ArticleText(std::string_view article_id) const {
  auto it = article_by_id_.find(article_id);
  return it == article_by_id_.end() ? nullptr : &articles_[it->second].text;
}

std::string_view ClaimTable::Place(const StoredClaim& c) const {
  const uint32_t canonical = GroupPart(c.place_group, 1);
  return pool_.Get(canonical != 0 ? canonical : GroupPart(c.place_group, 0));
}

const uint32_t ClaimTable::StoredClaim::*const ClaimTable::kPooledFields[3] = {
    &StoredClaim::unit, &StoredClaim::language, &StoredClaim::event_date_basis};

uint32_t ClaimTable::InternGroup(char tag, const uint32_t* ids, int n) {
  if (std::all_of(ids, ids + n, [](uint32_t id) { return id == 0; })) return 0;
  std::string key(1 + sizeof(uint32_t) * n, tag);
  std::memcpy(&key[1], ids, sizeof(uint32_t) * n);
  const size_t held = groups_.size();
  const uint32_t group = groups_.Intern(key);
  // A group already held has its ids' references: give back those taken for this one.
  if (groups_.size() == held) {
    for (int i = 0; i < n; ++i) pool_.Release(ids[i]);
  }
  return group;
}

void ClaimTable::ReleaseGroup(uint32_t group) {
  if (group == 0) return;
  const std::string_view key = groups_.Get(group);
  if (key[0] == 'f') return ReleaseFlags(group);
  std::vector<uint32_t> ids((key.size() - 1) / sizeof(uint32_t));
  std::memcpy(ids.data(), key.data() + 1, ids.size() * sizeof(uint32_t));
  if (groups_.Release(group)) {
    for (uint32_t id : ids) pool_.Release(id);
  }
}

uint32_t ClaimTable::GroupPart(uint32_t group, int i) const {
  if (group == 0) return 0;
  uint32_t id;
  std::memcpy(&id, groups_.Get(group).data() + 1 + sizeof(uint32_t) * i, sizeof(uint32_t));
  return id;
}

// A flags group: 'f', then for each of the extractor's flags its kind (one byte) and its
// pooled reason.
uint32_t ClaimTable::InternFlags(const v1::Claim& claim) {
  std::string key(1, 'f');
  std::vector<uint32_t> reasons;
  for (const v1::Flag& flag : claim.flags()) {
    if (!IsExtractorKind(flag.kind())) continue;
    const uint32_t reason = reasons.emplace_back(pool_.Intern(flag.reason()));
    key.push_back(static_cast<char>(flag.kind()));
    key.append(reinterpret_cast<const char*>(&reason), sizeof(reason));
  }
  if (reasons.empty()) return 0;
  const size_t held = groups_.size();
  const uint32_t group = groups_.Intern(key);
  if (groups_.size() == held) {
    for (uint32_t id : reasons) pool_.Release(id);
  }
  return group;
}

void ClaimTable::ReleaseFlags(uint32_t flags_group) {
  if (flags_group == 0) return;
  const std::vector<std::pair<v1::FlagKind, uint32_t>> flags = FlagsInGroup(flags_group);
  if (groups_.Release(flags_group)) {
    for (const auto& [kind, reason] : flags) pool_.Release(reason);
  }
}

std::vector<std::pair<v1::FlagKind, uint32_t>> ClaimTable::FlagsInGroup(
    uint32_t flags_group) const {
  std::vector<std::pair<v1::FlagKind, uint32_t>> flags;
  if (flags_group == 0) return flags;
  const std::string_view key = groups_.Get(flags_group);
  for (size_t at = 1; at + 1 + sizeof(uint32_t) <= key.size(); at += 1 + sizeof(uint32_t)) {
    uint32_t reason;
    std::memcpy(&reason, key.data() + at + 1, sizeof(reason));
    flags.emplace_back(static_cast<v1::FlagKind>(static_cast<unsigned char>(key[at])), reason);
  }
  return flags;
}

ClaimFacts ClaimTable::Facts(uint32_t slot) const {
  const StoredClaim& c = claims_[slot];
  ClaimFacts f;
  f.id = Id(c);
  f.article_id = articles_[c.article].id;
  if (c.rare != nullptr) {
    f.part_of_claim_id = c.rare->part_of_claim_id;
    f.same_count_as = c.rare->same_count_as;
  }
  f.metric = static_cast<v1::Metric>(c.metric);
  f.subject = pool_.Get(GroupPart(c.subject_group, 0));
  f.subject_side = pool_.Get(GroupPart(c.subject_group, 2));
  f.place = Place(c);
  f.place_from_article = PlaceFromArticle(c.place_confidence);
  f.place_is_country = pool_.Get(GroupPart(c.place_group, 3)) == "country";
  f.country = pool_.Get(GroupPart(c.place_group, 2));
  f.unit = pool_.Get(c.unit);
  f.quantity_text = QuantityText(c);
  f.value = c.value;
  f.qualifier = static_cast<v1::Qualifier>(c.qualifier);
  QuantityBounds bounds{c.value, f.qualifier, std::nullopt, std::nullopt};
  if (c.has_lower) bounds.lower = c.lower;
  if (c.has_upper) bounds.upper = c.upper;
  f.stated = StatedInterval(bounds);
  f.tolerated = ToleratedInterval(bounds);
  f.source.text = pool_.Get(GroupPart(c.source_group, 0));
  f.source.canonical_id = pool_.Get(GroupPart(c.source_group, 1));
  f.source.party = pool_.Get(GroupPart(c.source_group, 2));
  f.has_date = c.has_date;
  f.date_seconds = c.date_seconds;
  f.has_event_date = c.has_event_date;
  f.event_seconds = c.event_seconds;
  f.event_date_named = c.has_event_date && c.event_date_basis != 0;
  f.earlier_report = c.earlier_report;
  f.vouched = c.vouched;
  f.count_kind = CountKindOf(c.cumulative, c.projection);
  f.sentence = c.sentence_identity;
  f.text_offset = c.span_start;
  return f;
}

std::vector<uint32_t> ClaimTable::Insert(const v1::Article& article,
                                         const std::vector<v1::Claim>& claims) {
  const uint32_t a = TakeSlot(&articles_, &free_articles_);
  StoredArticle& stored = articles_[a];
  stored.id = article.id();
  stored.text = article.text();
  stored.title = article.title();
  stored.language = pool_.Intern(article.language());
  stored.outlet = pool_.Intern(article.outlet());
  stored.url = article.url();
  size_t string_bytes = 0;
  for (const v1::Claim& claim : claims) string_bytes += claim.id().size() + claim.quantity().text().size();
  stored.claim_strings.reserve(string_bytes);
  stored.has_date = article.has_published_at();
  stored.date_seconds = article.published_at().seconds();
  stored.date_nanos = article.published_at().nanos();
  stored.ingest_seq = next_seq_++;
  article_by_id_[stored.id] = a;

  std::vector<uint32_t> slots;
  absl::flat_hash_map<uint32_t, uint32_t> figure_counts;  // FigureRanks(), by pooled key
  for (const v1::Claim& claim : claims) {
    const uint32_t slot = TakeSlot(&claims_, &free_claims_);
    StoredClaim& c = claims_[slot];
    c.strings_at = static_cast<uint32_t>(stored.claim_strings.size());
    c.id_length = static_cast<uint32_t>(claim.id().size());
    c.quantity_length = static_cast<uint32_t>(claim.quantity().text().size());
    stored.claim_strings.append(claim.id()).append(claim.quantity().text());
    StoreClaim(claim, a, &c);
    claims_[slot].article_index = static_cast<uint32_t>(stored.claims.size());
    FileClaim(slot, &figure_counts);
    IndexClaim(slot, /*add=*/true);
    stored.claims.push_back(slot);
    slots.push_back(slot);
  }
  return slots;
}

void ClaimTable::StoreClaim(const v1::Claim& claim, uint32_t article, StoredClaim* c) {
  c->seq = next_seq_++;
  c->article = article;
  const v1::Quantity& q = claim.quantity();
  c->value = q.value();
  c->has_lower = q.has_lower();
  c->lower = q.lower();
  c->has_upper = q.has_upper();
  c->upper = q.upper();
  c->qualifier = static_cast<uint8_t>(q.qualifier());
  c->unit = pool_.Intern(q.unit());
  c->metric = static_cast<uint8_t>(claim.metric());
  const uint32_t subject[kSubjectFields] = {pool_.Intern(claim.subject()),
                                            pool_.Intern(claim.subject_text()),
                                            pool_.Intern(claim.subject_side())};
  c->subject_group = InternGroup(kSubjectGroup, subject, kSubjectFields);
  const v1::Location& l = claim.location();
  const uint32_t place[kPlaceFields] = {pool_.Intern(l.text()), pool_.Intern(l.canonical()),
                                        pool_.Intern(l.country()), pool_.Intern(l.kind())};
  c->place_group = InternGroup(kPlaceGroup, place, kPlaceFields);
  c->place_confidence = l.confidence();
  const v1::Source& s = claim.source();
  const uint32_t source[kSourceFields] = {
      pool_.Intern(s.text()), pool_.Intern(s.canonical_id()), pool_.Intern(s.party()),
      pool_.Intern(s.channel()), pool_.Intern(s.cue())};
  c->source_group = InternGroup(kSourceGroup, source, kSourceFields);
  c->language = pool_.Intern(claim.language());
  c->span_start = claim.number_span().start();
  c->span_end = claim.number_span().end();
  RareFields rare;
  rare.part_of_claim_id = claim.part_of_claim_id();
  rare.same_count_as = claim.same_count_as();
  const auto [sentence_at, found] = FindSentence(articles_[article].text, claim);
  if (found) {
    c->sentence_start = static_cast<uint32_t>(sentence_at);
    c->sentence_length = static_cast<uint32_t>(claim.sentence().size());
  } else {
    rare.sentence_copy = claim.sentence();
  }
  c->sentence_identity = SentenceIdentity(claim.sentence());
  c->has_date = claim.has_published_at();
  c->date_seconds = claim.published_at().seconds();
  rare.date_nanos = claim.published_at().nanos();
  c->has_event_date = claim.has_event_date();
  c->event_seconds = claim.event_date().seconds();
  rare.event_nanos = claim.event_date().nanos();
  c->event_date_basis = pool_.Intern(claim.event_date_basis());
  if (!rare.part_of_claim_id.empty() || !rare.same_count_as.empty() ||
      !rare.sentence_copy.empty() || rare.date_nanos != 0 || rare.event_nanos != 0) {
    c->rare = std::make_unique<RareFields>(std::move(rare));
  }
  c->earlier_report = claim.earlier_report();
  c->cumulative = claim.cumulative();
  c->projection = claim.projection();
  c->contested = 0;
  c->flags_group = InternFlags(claim);
  c->vouched = std::none_of(claim.flags().begin(), claim.flags().end(),
                            [](const v1::Flag& f) { return f.kind() == v1::UNVERIFIED; });
}

void ClaimTable::ReleaseClaim(const StoredClaim& c) {
  for (const uint32_t StoredClaim::*field : kPooledFields) pool_.Release(c.*field);
  for (uint32_t group : {c.subject_group, c.place_group, c.source_group}) ReleaseGroup(group);
  ReleaseFlags(c.flags_group);
  pool_.Release(c.figure_key);
}

void ClaimTable::FileClaim(uint32_t slot,
                           absl::flat_hash_map<uint32_t, uint32_t>* figure_counts) {
  const ClaimFacts facts = Facts(slot);
  StoredClaim& c = claims_[slot];
  const std::optional<FigureKey> key = FigureKeyOf(facts);
  c.figure_key = key ? pool_.Intern(key->ToString()) : 0;
  c.figure_rank = 0;
  if (!key) return;
  ++figures_[c.figure_key];
  if (!key->cross_article()) return;
  c.figure_rank = (*figure_counts)[c.figure_key]++;
  if (c.figure_rank >= kClaimsComparedAcross) return;  // shown to no other article
  const DatedSlot filed(*EventSeconds(facts), slot);
  for (const std::string& filed_key : FiledKeysOf(facts)) {
    filed_[pool_.Intern(filed_key)]
        .try_emplace(DayOf(filed.seconds()), BySeqOfDated(this))
        .first->second.insert(filed);
  }
}

void ClaimTable::UnfileClaim(uint32_t slot) {
  const StoredClaim& c = claims_[slot];
  if (c.figure_key == 0) return;
  auto figure = figures_.find(c.figure_key);
  if (figure != figures_.end() && --figure->second == 0) figures_.erase(figure);
  if (c.figure_rank >= kClaimsComparedAcross) return;  // FileClaim() filed it nowhere
  const ClaimFacts facts = Facts(slot);
  const std::optional<int64_t> event = EventSeconds(facts);
  if (!event) return;  // in no cross-article figure
  const int64_t day = DayOf(*event);
  for (const std::string& filed_key : FiledKeysOf(facts)) {
    const uint32_t id = pool_.Find(filed_key);
    auto filed = filed_.find(id);
    if (filed == filed_.end()) continue;
    auto on_day = filed->second.find(day);
    if (on_day != filed->second.end()) {
      on_day->second.erase(DatedSlot(*event, slot));
      if (on_day->second.empty()) filed->second.erase(on_day);
    }
    if (filed->second.empty()) filed_.erase(filed);
    pool_.Release(id);
  }
}

void ClaimTable::IndexClaim(uint32_t slot, bool add) {
  const StoredClaim& c = claims_[slot];
  // Each key holds a reference in the pool while the claim is indexed under it.
  auto update_keyed = [&](auto& index, std::string_view key) {
    if (key.empty()) return;
    if (add) {
      index.try_emplace(pool_.Intern(key), BySeq(this)).first->second.insert(slot);
      return;
    }
    const uint32_t id = pool_.Find(key);
    if (id == StringPool::kAbsent) return;
    auto it = index.find(id);
    if (it != index.end()) {
      it->second.erase(slot);
      if (it->second.empty()) index.erase(it);
    }
    pool_.Release(id);
  };
  if (add) {
    by_seq_.insert(slot);
    by_metric_.try_emplace(c.metric, BySeq(this)).first->second.insert(slot);
  } else {
    by_seq_.erase(slot);
    auto metric = by_metric_.find(c.metric);
    if (metric != by_metric_.end()) {
      metric->second.erase(slot);
      if (metric->second.empty()) by_metric_.erase(metric);
    }
  }
  update_keyed(by_place_, AsciiLower(Place(c)));
  const std::string_view source_id = pool_.Get(GroupPart(c.source_group, 1));
  update_keyed(by_source_, source_id);
  const std::string source_text = AsciiLower(pool_.Get(GroupPart(c.source_group, 0)));
  if (source_text != source_id) update_keyed(by_source_, source_text);
  if (c.has_date) {
    if (add) {
      by_time_.insert(DatedSlot(c.date_seconds, slot));
    } else {
      by_time_.erase(DatedSlot(c.date_seconds, slot));
    }
  }
}

bool ClaimTable::Remove(std::string_view article_id) {
  auto it = article_by_id_.find(article_id);
  if (it == article_by_id_.end()) return false;
  const uint32_t a = it->second;
  for (uint32_t slot : articles_[a].claims) {
    IndexClaim(slot, /*add=*/false);
    SetContested(slot, {});
    UnfileClaim(slot);
    ReleaseClaim(claims_[slot]);
    claims_[slot] = StoredClaim();
    free_claims_.push_back(slot);
  }
  pool_.Release(articles_[a].language);
  pool_.Release(articles_[a].outlet);
  article_by_id_.erase(it);
  articles_[a] = StoredArticle();
  free_articles_.push_back(a);
  return true;
}

std::vector<uint32_t> ClaimTable::ArticleClaims(std::string_view article_id) const {
  auto it = article_by_id_.find(article_id);
  if (it == article_by_id_.end()) return {};
  return articles_[it->second].claims;
}

v1::Claim ClaimTable::ToClaim(uint32_t slot) const {
  const StoredClaim& c = claims_[slot];
  const StoredArticle& article = articles_[c.article];
  v1::Claim claim;
  claim.set_id(std::string(Id(c)));
  claim.set_article_id(article.id);
  claim.mutable_number_span()->set_start(c.span_start);
  claim.mutable_number_span()->set_end(c.span_end);
  v1::Quantity* q = claim.mutable_quantity();
  q->set_value(c.value);
  if (c.has_lower) q->set_lower(c.lower);
  if (c.has_upper) q->set_upper(c.upper);
  q->set_qualifier(static_cast<v1::Qualifier>(c.qualifier));
  q->set_text(std::string(QuantityText(c)));
  q->set_unit(std::string(pool_.Get(c.unit)));
  claim.set_metric(static_cast<v1::Metric>(c.metric));
  auto part = [&](uint32_t group, int i) { return std::string(pool_.Get(GroupPart(group, i))); };
  claim.set_subject(part(c.subject_group, 0));
  claim.set_subject_text(part(c.subject_group, 1));
  if (GroupPart(c.subject_group, 2) != 0) claim.set_subject_side(part(c.subject_group, 2));
  if (c.place_group != 0 || c.place_confidence != 0) {
    v1::Location* l = claim.mutable_location();
    l->set_text(part(c.place_group, 0));
    l->set_canonical(part(c.place_group, 1));
    l->set_country(part(c.place_group, 2));
    l->set_kind(part(c.place_group, 3));
    l->set_confidence(c.place_confidence);
  }
  if (c.source_group != 0) {
    v1::Source* s = claim.mutable_source();
    s->set_text(part(c.source_group, 0));
    s->set_canonical_id(part(c.source_group, 1));
    s->set_party(part(c.source_group, 2));
    s->set_channel(part(c.source_group, 3));
    s->set_cue(part(c.source_group, 4));
  }
  if (c.sentence_length > 0) {
    claim.set_sentence(article.text.substr(c.sentence_start, c.sentence_length));
  } else if (c.rare != nullptr) {
    claim.set_sentence(c.rare->sentence_copy);
  }
  for (const auto& [kind, reason] : FlagsInGroup(c.flags_group)) {
    v1::Flag* flag = claim.add_flags();
    flag->set_kind(kind);
    flag->set_reason(std::string(pool_.Get(reason)));
  }
  claim.set_language(std::string(pool_.Get(c.language)));
  const int32_t date_nanos = c.rare != nullptr ? c.rare->date_nanos : 0;
  if (c.has_date) SetTime(c.date_seconds, date_nanos, claim.mutable_published_at());
  const int32_t event_nanos = c.rare != nullptr ? c.rare->event_nanos : 0;
  if (c.has_event_date) SetTime(c.event_seconds, event_nanos, claim.mutable_event_date());
  claim.set_event_date_basis(std::string(pool_.Get(c.event_date_basis)));
  claim.set_article_title(article.title);
  claim.set_article_url(article.url);
  claim.set_article_outlet(std::string(pool_.Get(article.outlet)));
  claim.set_earlier_report(c.earlier_report);
  claim.set_cumulative(c.cumulative);
  claim.set_projection(c.projection);
  claim.set_figure_key(std::string(pool_.Get(c.figure_key)));
  if (c.rare != nullptr) {
    claim.set_part_of_claim_id(c.rare->part_of_claim_id);
    claim.set_same_count_as(c.rare->same_count_as);
  }
  return claim;
}

v1::Article ClaimTable::ToArticle(std::string_view article_id) const {
  v1::Article out;
  auto it = article_by_id_.find(article_id);
  if (it == article_by_id_.end()) return out;
  const StoredArticle& a = articles_[it->second];
  out.set_id(a.id);
  out.set_text(a.text);
  out.set_title(a.title);
  out.set_language(std::string(pool_.Get(a.language)));
  if (a.has_date) SetTime(a.date_seconds, a.date_nanos, out.mutable_published_at());
  out.set_outlet(std::string(pool_.Get(a.outlet)));
  out.set_url(a.url);
  return out;
}

std::vector<std::string> ClaimTable::ArticleIds() const {
  std::vector<std::string> ids;
  ids.reserve(article_by_id_.size());
  for (const auto& [id, a] : article_by_id_) ids.emplace_back(id);
  return ids;
}

void ClaimTable::ForEachArticle(
    const std::function<void(const v1::Article&, const std::vector<v1::Claim>&)>& visit) const {
  std::vector<std::pair<uint64_t, uint32_t>> order;  // ingest order, kept across restarts
  order.reserve(article_by_id_.size());
  for (const auto& [id, a] : article_by_id_) order.emplace_back(articles_[a].ingest_seq, a);
  std::sort(order.begin(), order.end());
  for (const auto& [seq, a] : order) {
    std::vector<v1::Claim> claims;
    for (uint32_t slot : articles_[a].claims) {
      v1::Claim& claim = claims.emplace_back(ToClaim(slot));
      claim.clear_figure_key();  // the store's own
      // The article's, which the record holds once.
      claim.clear_article_title();
      claim.clear_article_url();
      claim.clear_article_outlet();
    }
    visit(ToArticle(articles_[a].id), claims);
  }
}

template <typename Visit>
void ClaimTable::ForEachFiled(const FigureWindow& window, Visit visit) const {
  const uint32_t key_id = pool_.Find(window.figure_key);
  if (key_id == StringPool::kAbsent) return;
  auto filed = filed_.find(key_id);
  if (filed == filed_.end()) return;
  const DateIndex& index = filed->second;
  // The days the window touches: of each, its first claims (or all), then those in the window.
  std::vector<DatedSlot> found;
  const size_t per_day = window.every_claim ? SIZE_MAX : kClaimsShownPerDay;
  auto day = index.lower_bound(DayOf(window.window.first_seconds));
  const auto last = index.upper_bound(DayOf(window.window.last_seconds));
  for (; day != last; ++day) {
    size_t taken = 0;
    for (auto it = day->second.begin(); it != day->second.end() && taken < per_day;
         ++it, ++taken) {
      if (window.window.Contains(it->seconds()) &&
          articles_[claims_[it->slot].article].id != window.article_id) {
        found.push_back(*it);
      }
    }
  }
  std::sort(found.begin(), found.end(), ByDateThenSeq(this));
  filed_claims_read_.fetch_add(found.size(), std::memory_order_relaxed);
  for (const DatedSlot& filed_claim : found) visit(filed_claim.slot);
}

size_t ClaimTable::FiledCount(std::string_view key, int64_t day) const {
  const uint32_t key_id = pool_.Find(key);
  if (key_id == StringPool::kAbsent) return 0;
  auto filed = filed_.find(key_id);
  if (filed == filed_.end()) return 0;
  auto on_day = filed->second.find(day);
  return on_day == filed->second.end() ? 0 : on_day->second.size();
}

absl::Status ClaimTable::FindFiled(absl::Span<const FigureWindow> windows,
                                   FoundClaims* found) const {
  for (const FigureWindow& window : windows) {
    found->StartRun();
    ForEachFiled(window, [&](uint32_t slot) { found->Add(Facts(slot)); });
  }
  return absl::OkStatus();
}

std::vector<uint32_t> ClaimTable::FiledSlots(absl::Span<const FigureWindow> windows) const {
  std::vector<uint32_t> slots;
  for (const FigureWindow& window : windows) {
    ForEachFiled(window, [&](uint32_t slot) { slots.push_back(slot); });
  }
  std::sort(slots.begin(), slots.end());
  slots.erase(std::unique(slots.begin(), slots.end()), slots.end());
  return slots;
}

std::vector<v1::Flag> ClaimTable::ExtractorFlags(uint32_t slot) const {
  const StoredClaim& c = claims_[slot];
  std::vector<v1::Flag> flags;
  for (const auto& [kind, reason] : FlagsInGroup(c.flags_group)) {
    v1::Flag& flag = flags.emplace_back();
    flag.set_kind(kind);
    flag.set_reason(std::string(pool_.Get(reason)));
    flag.set_figure_key(std::string(pool_.Get(c.figure_key)));
  }
  return flags;
}

std::vector<std::vector<v1::Flag>> ClaimTable::FlagsOf(const std::vector<uint32_t>& slots) const {
  std::vector<std::vector<v1::Flag>> result(slots.size());
  // Each article's claims are checked together, whatever order `slots` comes in.
  absl::flat_hash_map<uint32_t, std::vector<size_t>> by_article;  // article -> indices of slots
  for (size_t i = 0; i < slots.size(); ++i) by_article[claims_[slots[i]].article].push_back(i);
  for (const auto& [a, asked] : by_article) {
    const std::vector<uint32_t>& article = articles_[a].claims;
    std::vector<ClaimFacts> facts;
    std::vector<uint32_t> ranks;
    facts.reserve(article.size());
    ranks.reserve(article.size());
    for (uint32_t slot : article) {
      facts.push_back(Facts(slot));
      ranks.push_back(claims_[slot].figure_rank);
    }
    std::vector<size_t> wanted;
    wanted.reserve(asked.size());
    for (size_t i : asked) wanted.push_back(claims_[slots[i]].article_index);
    // FindFiled() of this table never fails.
    std::vector<std::vector<v1::Flag>> rule_flags =
        RuleFlagsOf(facts, ranks, wanted, *this).value();
    for (size_t k = 0; k < asked.size(); ++k) {
      std::vector<v1::Flag>& flags = result[asked[k]];
      flags = ExtractorFlags(slots[asked[k]]);
      for (v1::Flag& f : rule_flags[k]) flags.push_back(std::move(f));
    }
  }
  return result;
}

void ClaimTable::SetContested(uint32_t slot, const std::vector<v1::Flag>& flags) {
  StoredClaim& c = claims_[slot];
  uint8_t mask = 0;
  for (const v1::Flag& f : flags) mask |= ContestedBit(f.kind());
  if (mask == c.contested) return;
  std::string key(pool_.Get(c.figure_key));
  if (key.empty()) key = absl::StrCat("|@", articles_[c.article].id);
  if (mask == 0) {
    auto it = contested_.find(key);
    if (it != contested_.end()) {
      it->second.erase(slot);
      if (it->second.empty()) contested_.erase(it);
    }
  } else {
    contested_.try_emplace(key, BySeq(this)).first->second.insert(slot);
  }
  c.contested = mask;
}

std::optional<uint32_t> ClaimTable::SlotOfSeq(uint64_t seq) const {
  auto it = by_seq_.find(SeqKey{seq});
  if (it == by_seq_.end()) return std::nullopt;
  return *it;
}

const ClaimTable::Slots* ClaimTable::ClaimsAtPlace(std::string_view place) const {
  const uint32_t key = pool_.Find(AsciiLower(place));
  auto it = key == StringPool::kAbsent ? by_place_.end() : by_place_.find(key);
  return it == by_place_.end() ? nullptr : &it->second;
}

const ClaimTable::Slots* ClaimTable::ClaimsOfSource(std::string_view source) const {
  const uint32_t key = pool_.Find(AsciiLower(source));
  auto it = key == StringPool::kAbsent ? by_source_.end() : by_source_.find(key);
  return it == by_source_.end() ? nullptr : &it->second;
}

const ClaimTable::Slots* ClaimTable::ClaimsOfMetric(v1::Metric metric) const {
  auto it = by_metric_.find(static_cast<uint8_t>(metric));
  return it == by_metric_.end() ? nullptr : &it->second;
}

ClaimTable::Counts ClaimTable::counts() const {
  Counts counts;
  counts.articles = article_by_id_.size();
  counts.claims = by_seq_.size();
  counts.figures = figures_.size();
  counts.contested_figures = contested_.size();
  // Each pool holds the empty string always.
  counts.pooled_strings = (pool_.size() - 1) + (groups_.size() - 1);
  return counts;
}

}  // namespace claimcheck
