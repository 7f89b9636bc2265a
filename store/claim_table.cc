#include "store/claim_table.h"

#include <algorithm>
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
template <typename T>
uint32_t TakeSlot(std::vector<T>* items, std::vector<uint32_t>* free) {
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
  auto it = article_by_id_.find(std::string(article_id));
  return it == article_by_id_.end() ? nullptr : &articles_[it->second].text;
}

std::string_view ClaimTable::Place(const StoredClaim& c) const {
  return pool_.Get(c.place_canonical != 0 ? c.place_canonical : c.place_text);
}

const uint32_t ClaimTable::StoredClaim::*const ClaimTable::kPooledFields[15] = {
    &StoredClaim::unit,        &StoredClaim::subject,         &StoredClaim::subject_text,
    &StoredClaim::subject_side, &StoredClaim::language,       &StoredClaim::place_text,
    &StoredClaim::place_canonical, &StoredClaim::country,     &StoredClaim::place_kind,
    &StoredClaim::source_text, &StoredClaim::source_id,       &StoredClaim::party,
    &StoredClaim::channel,     &StoredClaim::cue,             &StoredClaim::event_date_basis,
};

ClaimFacts ClaimTable::Facts(uint32_t slot) const {
  const StoredClaim& c = claims_[slot];
  ClaimFacts f;
  f.id = c.id;
  f.article_id = articles_[c.article].id;
  if (c.rare != nullptr) {
    f.part_of_claim_id = c.rare->part_of_claim_id;
    f.same_count_as = c.rare->same_count_as;
  }
  f.metric = static_cast<v1::Metric>(c.metric);
  f.subject = pool_.Get(c.subject);
  f.subject_side = pool_.Get(c.subject_side);
  f.place = Place(c);
  f.place_from_article = PlaceFromArticle(c.place_confidence);
  f.place_is_country = pool_.Get(c.place_kind) == "country";
  f.country = pool_.Get(c.country);
  f.unit = pool_.Get(c.unit);
  f.quantity_text = c.quantity_text;
  f.value = c.value;
  f.qualifier = static_cast<v1::Qualifier>(c.qualifier);
  QuantityBounds bounds{c.value, f.qualifier, std::nullopt, std::nullopt};
  if (c.has_lower) bounds.lower = c.lower;
  if (c.has_upper) bounds.upper = c.upper;
  f.stated = StatedInterval(bounds);
  f.tolerated = ToleratedInterval(bounds);
  f.source.text = pool_.Get(c.source_text);
  f.source.canonical_id = pool_.Get(c.source_id);
  f.source.party = pool_.Get(c.party);
  f.has_date = c.has_date;
  f.date_seconds = c.date_seconds;
  f.has_event_date = c.has_event_date;
  f.event_seconds = c.event_seconds;
  f.event_date_named = c.has_event_date && c.event_date_basis != 0;
  f.earlier_report = c.earlier_report;
  f.vouched = std::none_of(c.extractor_flags.begin(), c.extractor_flags.end(),
                           [](const ExtractorFlag& e) { return e.kind == v1::UNVERIFIED; });
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
  stored.language = article.language();
  stored.outlet = article.outlet();
  stored.url = article.url();
  stored.has_date = article.has_published_at();
  stored.date_seconds = article.published_at().seconds();
  stored.date_nanos = article.published_at().nanos();
  stored.ingest_seq = next_seq_++;
  article_by_id_[stored.id] = a;

  std::vector<uint32_t> slots;
  absl::flat_hash_map<uint32_t, uint32_t> figure_counts;  // FigureRanks(), by pooled key
  for (const v1::Claim& claim : claims) {
    const uint32_t slot = TakeSlot(&claims_, &free_claims_);
    StoreClaim(claim, a, &claims_[slot]);
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
  c->id = claim.id();
  const v1::Quantity& q = claim.quantity();
  c->quantity_text = q.text();
  c->value = q.value();
  c->has_lower = q.has_lower();
  c->lower = q.lower();
  c->has_upper = q.has_upper();
  c->upper = q.upper();
  c->qualifier = static_cast<uint8_t>(q.qualifier());
  c->unit = pool_.Intern(q.unit());
  c->metric = static_cast<uint8_t>(claim.metric());
  c->subject = pool_.Intern(claim.subject());
  c->subject_text = pool_.Intern(claim.subject_text());
  c->subject_side = pool_.Intern(claim.subject_side());
  c->place_text = pool_.Intern(claim.location().text());
  c->place_canonical = pool_.Intern(claim.location().canonical());
  c->country = pool_.Intern(claim.location().country());
  c->place_kind = pool_.Intern(claim.location().kind());
  c->place_confidence = claim.location().confidence();
  c->source_text = pool_.Intern(claim.source().text());
  c->source_id = pool_.Intern(claim.source().canonical_id());
  c->party = pool_.Intern(claim.source().party());
  c->channel = pool_.Intern(claim.source().channel());
  c->cue = pool_.Intern(claim.source().cue());
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
  for (const v1::Flag& flag : claim.flags()) {
    if (IsExtractorKind(flag.kind())) {
      c->extractor_flags.push_back(
          ExtractorFlag{static_cast<uint8_t>(flag.kind()), pool_.Intern(flag.reason())});
    }
  }
}

void ClaimTable::ReleaseClaim(const StoredClaim& c) {
  for (const uint32_t StoredClaim::*field : kPooledFields) pool_.Release(c.*field);
  for (const ExtractorFlag& e : c.extractor_flags) pool_.Release(e.reason);
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
  const Filed filed{*EventSeconds(facts), c.seq, slot};
  for (const std::string& filed_key : FiledKeysOf(facts)) {
    filed_[pool_.Intern(filed_key)].insert(filed);
  }
}

void ClaimTable::UnfileClaim(uint32_t slot) {
  const StoredClaim& c = claims_[slot];
  if (c.figure_key == 0) return;
  auto figure = figures_.find(c.figure_key);
  if (figure != figures_.end() && --figure->second == 0) figures_.erase(figure);
  const ClaimFacts facts = Facts(slot);
  const std::optional<int64_t> event = EventSeconds(facts);
  for (const std::string& filed_key : FiledKeysOf(facts)) {
    const uint32_t id = pool_.Find(filed_key);
    auto filed = filed_.find(id);
    if (filed == filed_.end()) continue;
    filed->second.erase(Filed{*event, c.seq, slot});
    if (filed->second.empty()) filed_.erase(filed);
    pool_.Release(id);
  }
}

void ClaimTable::IndexClaim(uint32_t slot, bool add) {
  const StoredClaim& c = claims_[slot];
  auto update = [&](absl::btree_set<uint64_t>& set) {
    if (add) {
      set.insert(c.seq);
    } else {
      set.erase(c.seq);
    }
  };
  // Each key holds a reference in the pool while the claim is indexed under it.
  auto update_keyed = [&](absl::flat_hash_map<uint32_t, absl::btree_set<uint64_t>>& index,
                          std::string_view key) {
    if (key.empty()) return;
    if (add) {
      index[pool_.Intern(key)].insert(c.seq);
      return;
    }
    const uint32_t id = pool_.Find(key);
    if (id == StringPool::kAbsent) return;
    auto it = index.find(id);
    if (it != index.end()) {
      it->second.erase(c.seq);
      if (it->second.empty()) index.erase(it);
    }
    pool_.Release(id);
  };
  if (add) {
    by_seq_[c.seq] = slot;
  } else {
    by_seq_.erase(c.seq);
  }
  update_keyed(by_place_, AsciiLower(Place(c)));
  update_keyed(by_source_, pool_.Get(c.source_id));
  const std::string source_text = AsciiLower(pool_.Get(c.source_text));
  if (source_text != pool_.Get(c.source_id)) update_keyed(by_source_, source_text);
  update(by_metric_[c.metric]);
  if (c.has_date) {
    if (add) {
      by_time_.insert({c.date_seconds, c.seq});
    } else {
      by_time_.erase({c.date_seconds, c.seq});
    }
  }
}

bool ClaimTable::Remove(std::string_view article_id) {
  auto it = article_by_id_.find(std::string(article_id));
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
  article_by_id_.erase(it);
  articles_[a] = StoredArticle();
  free_articles_.push_back(a);
  return true;
}

std::vector<uint32_t> ClaimTable::ArticleClaims(std::string_view article_id) const {
  auto it = article_by_id_.find(std::string(article_id));
  if (it == article_by_id_.end()) return {};
  return articles_[it->second].claims;
}

v1::Claim ClaimTable::ToClaim(uint32_t slot) const {
  const StoredClaim& c = claims_[slot];
  const StoredArticle& article = articles_[c.article];
  v1::Claim claim;
  claim.set_id(c.id);
  claim.set_article_id(article.id);
  claim.mutable_number_span()->set_start(c.span_start);
  claim.mutable_number_span()->set_end(c.span_end);
  v1::Quantity* q = claim.mutable_quantity();
  q->set_value(c.value);
  if (c.has_lower) q->set_lower(c.lower);
  if (c.has_upper) q->set_upper(c.upper);
  q->set_qualifier(static_cast<v1::Qualifier>(c.qualifier));
  q->set_text(c.quantity_text);
  q->set_unit(std::string(pool_.Get(c.unit)));
  claim.set_metric(static_cast<v1::Metric>(c.metric));
  claim.set_subject(std::string(pool_.Get(c.subject)));
  claim.set_subject_text(std::string(pool_.Get(c.subject_text)));
  if (c.subject_side != 0) claim.set_subject_side(std::string(pool_.Get(c.subject_side)));
  if (c.place_text || c.place_canonical || c.country || c.place_kind || c.place_confidence != 0) {
    v1::Location* l = claim.mutable_location();
    l->set_text(std::string(pool_.Get(c.place_text)));
    l->set_canonical(std::string(pool_.Get(c.place_canonical)));
    l->set_country(std::string(pool_.Get(c.country)));
    l->set_kind(std::string(pool_.Get(c.place_kind)));
    l->set_confidence(c.place_confidence);
  }
  if (c.source_text || c.source_id || c.party || c.channel || c.cue) {
    v1::Source* s = claim.mutable_source();
    s->set_text(std::string(pool_.Get(c.source_text)));
    s->set_canonical_id(std::string(pool_.Get(c.source_id)));
    s->set_party(std::string(pool_.Get(c.party)));
    s->set_channel(std::string(pool_.Get(c.channel)));
    s->set_cue(std::string(pool_.Get(c.cue)));
  }
  if (c.sentence_length > 0) {
    claim.set_sentence(article.text.substr(c.sentence_start, c.sentence_length));
  } else if (c.rare != nullptr) {
    claim.set_sentence(c.rare->sentence_copy);
  }
  for (const ExtractorFlag& e : c.extractor_flags) {
    v1::Flag* flag = claim.add_flags();
    flag->set_kind(static_cast<v1::FlagKind>(e.kind));
    flag->set_reason(std::string(pool_.Get(e.reason)));
  }
  claim.set_language(std::string(pool_.Get(c.language)));
  const int32_t date_nanos = c.rare != nullptr ? c.rare->date_nanos : 0;
  if (c.has_date) SetTime(c.date_seconds, date_nanos, claim.mutable_published_at());
  const int32_t event_nanos = c.rare != nullptr ? c.rare->event_nanos : 0;
  if (c.has_event_date) SetTime(c.event_seconds, event_nanos, claim.mutable_event_date());
  claim.set_event_date_basis(std::string(pool_.Get(c.event_date_basis)));
  claim.set_article_title(article.title);
  claim.set_article_url(article.url);
  claim.set_article_outlet(article.outlet);
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
  auto it = article_by_id_.find(std::string(article_id));
  if (it == article_by_id_.end()) return out;
  const StoredArticle& a = articles_[it->second];
  out.set_id(a.id);
  out.set_text(a.text);
  out.set_title(a.title);
  out.set_language(a.language);
  if (a.has_date) SetTime(a.date_seconds, a.date_nanos, out.mutable_published_at());
  out.set_outlet(a.outlet);
  out.set_url(a.url);
  return out;
}

std::vector<std::string> ClaimTable::ArticleIds() const {
  std::vector<std::string> ids;
  ids.reserve(article_by_id_.size());
  for (const auto& [id, a] : article_by_id_) ids.push_back(id);
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
  auto it = index.lower_bound(Filed{window.window.first_seconds, 0, 0});
  auto end = index.upper_bound(Filed{window.window.last_seconds, ~uint64_t{0}, 0});
  for (; it != end; ++it) {
    const uint32_t slot = it->slot;
    const StoredClaim& c = claims_[slot];
    if (c.figure_rank < kClaimsComparedAcross && articles_[c.article].id != window.article_id) {
      visit(slot);
    }
  }
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
  for (const ExtractorFlag& e : c.extractor_flags) {
    v1::Flag& flag = flags.emplace_back();
    flag.set_kind(static_cast<v1::FlagKind>(e.kind));
    flag.set_reason(std::string(pool_.Get(e.reason)));
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
      it->second.erase(c.seq);
      if (it->second.empty()) contested_.erase(it);
    }
  } else {
    contested_[key].emplace(c.seq, slot);
  }
  c.contested = mask;
}

std::optional<uint32_t> ClaimTable::SlotOfSeq(uint64_t seq) const {
  auto it = by_seq_.find(seq);
  if (it == by_seq_.end()) return std::nullopt;
  return it->second;
}

const ClaimTable::Seqs* ClaimTable::ClaimsAtPlace(std::string_view place) const {
  const uint32_t key = pool_.Find(AsciiLower(place));
  auto it = key == StringPool::kAbsent ? by_place_.end() : by_place_.find(key);
  return it == by_place_.end() ? nullptr : &it->second;
}

const ClaimTable::Seqs* ClaimTable::ClaimsOfSource(std::string_view source) const {
  const uint32_t key = pool_.Find(AsciiLower(source));
  auto it = key == StringPool::kAbsent ? by_source_.end() : by_source_.find(key);
  return it == by_source_.end() ? nullptr : &it->second;
}

const ClaimTable::Seqs* ClaimTable::ClaimsOfMetric(v1::Metric metric) const {
  auto it = by_metric_.find(static_cast<uint8_t>(metric));
  return it == by_metric_.end() ? nullptr : &it->second;
}

ClaimTable::Counts ClaimTable::counts() const {
  Counts counts;
  counts.articles = article_by_id_.size();
  counts.claims = by_seq_.size();
  counts.figures = figures_.size();
  counts.contested_figures = contested_.size();
  counts.pooled_strings = pool_.size() - 1;  // the empty string is always there
  return counts;
}

}  // namespace claimcheck
