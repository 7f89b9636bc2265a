#include "store/claim_table.h"

#include <algorithm>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "crosscheck/article_check.h"
#include "crosscheck/figure_key.h"
#include "crosscheck/figure_summary.h"
#include "crosscheck/interval.h"
#include "crosscheck/rules.h"
#include "store/page_token.h"

namespace claimcheck {
namespace {

constexpr uint8_t kConflictBit = 1, kRevisionBit = 2, kInconsistentBit = 4;
constexpr int kDefaultFigurePage = 50, kMaxFigurePage = 500;
constexpr int kDefaultClaimPage = 100, kMaxClaimPage = 1000;

uint8_t BitOf(int kind) {
  switch (kind) {
    case v1::CONFLICT: return kConflictBit;
    case v1::REVISION: return kRevisionBit;
    case v1::INCONSISTENT: return kInconsistentBit;
    default: return 0;
  }
}

bool IsExtractorKind(int kind) { return kind == v1::UNVERIFIED || kind == v1::UNATTRIBUTED; }

int PageSize(int requested, int default_size, int max_size) {
  if (requested <= 0) return default_size;
  return std::min(requested, max_size);
}

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

}  // namespace

const std::string* ClaimTable::ArticleText(std::string_view article_id) const {
  auto it = article_by_id_.find(std::string(article_id));
  return it == article_by_id_.end() ? nullptr : &articles_[it->second].text;
}

std::string_view ClaimTable::Place(const StoredClaim& c) const {
  return pool_.Get(c.place_canonical != 0 ? c.place_canonical : c.place_text);
}

ClaimFacts ClaimTable::Facts(uint32_t slot) const {
  const StoredClaim& c = claims_[slot];
  ClaimFacts f;
  f.id = c.id;
  f.article_id = articles_[c.article].id;
  f.part_of_claim_id = c.part_of_claim_id;
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
  f.earlier_report = c.earlier_report;
  f.sentence = c.sentence_identity;
  f.text_offset = c.span_start;
  return f;
}

std::vector<uint32_t> ClaimTable::Insert(const v1::Article& article,
                                         const std::vector<v1::Claim>& claims) {
  uint32_t a;
  if (!free_articles_.empty()) {
    a = free_articles_.back();
    free_articles_.pop_back();
  } else {
    a = static_cast<uint32_t>(articles_.size());
    articles_.emplace_back();
  }
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
    uint32_t slot;
    if (!free_claims_.empty()) {
      slot = free_claims_.back();
      free_claims_.pop_back();
    } else {
      slot = static_cast<uint32_t>(claims_.size());
      claims_.emplace_back();
    }
    StoredClaim& c = claims_[slot];
    c.seq = next_seq_++;
    c.article = a;
    c.id = claim.id();
    c.part_of_claim_id = claim.part_of_claim_id();
    const v1::Quantity& q = claim.quantity();
    c.quantity_text = q.text();
    c.value = q.value();
    c.has_lower = q.has_lower();
    c.lower = q.lower();
    c.has_upper = q.has_upper();
    c.upper = q.upper();
    c.qualifier = static_cast<uint8_t>(q.qualifier());
    c.unit = pool_.Intern(q.unit());
    c.metric = static_cast<uint8_t>(claim.metric());
    c.subject = pool_.Intern(claim.subject());
    c.subject_text = pool_.Intern(claim.subject_text());
    c.subject_side = pool_.Intern(claim.subject_side());
    c.place_text = pool_.Intern(claim.location().text());
    c.place_canonical = pool_.Intern(claim.location().canonical());
    c.country = pool_.Intern(claim.location().country());
    c.place_kind = pool_.Intern(claim.location().kind());
    c.place_confidence = claim.location().confidence();
    c.source_text = pool_.Intern(claim.source().text());
    c.source_id = pool_.Intern(claim.source().canonical_id());
    c.party = pool_.Intern(claim.source().party());
    c.channel = pool_.Intern(claim.source().channel());
    c.cue = pool_.Intern(claim.source().cue());
    c.language = pool_.Intern(claim.language());
    c.span_start = claim.number_span().start();
    c.span_end = claim.number_span().end();
    const auto [sentence_at, found] = FindSentence(stored.text, claim);
    if (found) {
      c.sentence_start = static_cast<uint32_t>(sentence_at);
      c.sentence_length = static_cast<uint32_t>(claim.sentence().size());
    } else {
      c.sentence_copy = claim.sentence();
    }
    c.sentence_identity = SentenceIdentity(claim.sentence());
    c.has_date = claim.has_published_at();
    c.date_seconds = claim.published_at().seconds();
    c.date_nanos = claim.published_at().nanos();
    c.earlier_report = claim.earlier_report();
    c.contested = 0;
    for (const v1::Flag& flag : claim.flags()) {
      if (IsExtractorKind(flag.kind())) {
        c.extractor_flags.push_back(
            ExtractorFlag{static_cast<uint8_t>(flag.kind()), pool_.Intern(flag.reason())});
      }
    }
    const std::optional<FigureKey> key = FigureKeyOf(FactsOf(claim));
    c.figure_key = key ? pool_.Intern(key->ToString()) : 0;
    c.figure_rank = 0;
    c.article_index = static_cast<uint32_t>(stored.claims.size());
    if (key && key->cross_article()) {
      c.figure_rank = figure_counts[c.figure_key]++;
      figures_[c.figure_key].insert({c.date_seconds, slot});
    } else if (key) {
      ++local_figures_[c.figure_key];
    }
    IndexClaim(slot, /*add=*/true);
    stored.claims.push_back(slot);
    slots.push_back(slot);
  }
  return slots;
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
  auto update_keyed = [&](absl::flat_hash_map<uint32_t, absl::btree_set<uint64_t>>& index,
                          std::string_view key) {
    if (key.empty()) return;
    const uint32_t id = add ? pool_.Intern(key) : pool_.Find(key);
    if (id == StringPool::kAbsent) return;
    auto it = index.find(id);
    if (add) {
      index[id].insert(c.seq);
    } else if (it != index.end()) {
      it->second.erase(c.seq);
      if (it->second.empty()) index.erase(it);
    }
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
    StoredClaim& c = claims_[slot];
    IndexClaim(slot, /*add=*/false);
    SetContested(slot, {});
    auto figure = figures_.find(c.figure_key);
    if (figure != figures_.end()) {
      figure->second.erase({c.date_seconds, slot});
      if (figure->second.empty()) figures_.erase(figure);
    }
    auto local = local_figures_.find(c.figure_key);
    if (local != local_figures_.end() && --local->second == 0) local_figures_.erase(local);
    c = StoredClaim();
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

uint32_t ClaimTable::FigureKeyId(const ClaimFacts& facts) const {
  const std::optional<FigureKey> key = FigureKeyOf(facts);
  if (!key || !key->cross_article()) return StringPool::kAbsent;
  return pool_.Find(key->ToString());
}

void ClaimTable::AppendFigureNeighbours(uint32_t key_id, const ClaimFacts& facts,
                                        std::vector<uint32_t>* out) const {
  auto figure = figures_.find(key_id);
  if (figure == figures_.end()) return;
  const DateIndex& index = figure->second;
  auto it = index.lower_bound({facts.date_seconds - kEventWindowSeconds, 0});
  auto end = index.upper_bound({facts.date_seconds + kEventWindowSeconds, ~0u});
  for (; it != end; ++it) {
    const uint32_t slot = it->second;
    const StoredClaim& c = claims_[slot];
    if (c.figure_rank < kClaimsComparedAcross && articles_[c.article].id != facts.article_id) {
      out->push_back(slot);
    }
  }
}

std::vector<uint32_t> ClaimTable::Neighbours(const std::vector<ClaimFacts>& article) const {
  std::vector<uint32_t> out;
  const std::vector<uint32_t> ranks = FigureRanks(article);
  // A long article's claims share a few figures and one date: each is looked up once.
  absl::flat_hash_set<std::pair<uint32_t, int64_t>> looked_up;
  for (size_t i = 0; i < article.size(); ++i) {
    if (ranks[i] >= kClaimsComparedAcross) continue;
    const uint32_t key_id = FigureKeyId(article[i]);
    if (key_id == StringPool::kAbsent ||
        !looked_up.insert({key_id, article[i].date_seconds}).second) {
      continue;
    }
    AppendFigureNeighbours(key_id, article[i], &out);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

absl::Span<const ClaimFacts* const> ClaimTable::CachedNeighbours(const ClaimFacts& facts,
                                                                 uint32_t rank,
                                                                 NeighbourCache* cache) const {
  if (rank >= kClaimsComparedAcross) return {};
  const uint32_t key_id = FigureKeyId(facts);
  if (key_id == StringPool::kAbsent) return {};
  auto [run, added] = cache->runs.try_emplace({key_id, facts.date_seconds});
  if (added) {
    thread_local std::vector<uint32_t> slots;
    slots.clear();
    AppendFigureNeighbours(key_id, facts, &slots);
    run->second.first = cache->views.size();
    for (uint32_t slot : slots) cache->views.push_back(&cache->facts.emplace_back(Facts(slot)));
    run->second.second = cache->views.size();
  }
  return absl::MakeConstSpan(cache->views).subspan(run->second.first,
                                                   run->second.second - run->second.first);
}

std::vector<std::vector<v1::Flag>> ClaimTable::RuleFlags(const std::vector<ClaimFacts>& facts,
                                                         const std::vector<uint32_t>& ranks,
                                                         const std::vector<size_t>& wanted) const {
  ArticleCheck check(facts);
  NeighbourCache neighbours;
  std::vector<std::vector<v1::Flag>> flags;
  flags.reserve(wanted.size());
  for (size_t i : wanted) {
    flags.push_back(check.FlagsOf(i, CachedNeighbours(facts[i], ranks[i], &neighbours)));
  }
  return flags;
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
    std::vector<std::vector<v1::Flag>> rule_flags = RuleFlags(facts, ranks, wanted);
    for (size_t k = 0; k < asked.size(); ++k) {
      std::vector<v1::Flag>& flags = result[asked[k]];
      flags = ExtractorFlags(slots[asked[k]]);
      for (v1::Flag& f : rule_flags[k]) flags.push_back(std::move(f));
    }
  }
  return result;
}

std::vector<std::vector<v1::Flag>> ClaimTable::FlagsAsIf(
    const std::vector<v1::Claim>& claims) const {
  std::vector<ClaimFacts> own;
  own.reserve(claims.size());
  for (const v1::Claim& c : claims) own.push_back(FactsOf(c));
  std::vector<size_t> all(claims.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  std::vector<std::vector<v1::Flag>> rule_flags = RuleFlags(own, FigureRanks(own), all);
  std::vector<std::vector<v1::Flag>> result(claims.size());
  for (size_t i = 0; i < claims.size(); ++i) {
    for (const v1::Flag& f : claims[i].flags()) {
      if (IsExtractorKind(f.kind())) result[i].push_back(f);
    }
    for (v1::Flag& f : rule_flags[i]) result[i].push_back(std::move(f));
  }
  return result;
}

void ClaimTable::SetContested(uint32_t slot, const std::vector<v1::Flag>& flags) {
  StoredClaim& c = claims_[slot];
  uint8_t mask = 0;
  for (const v1::Flag& f : flags) mask |= BitOf(f.kind());
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
    contested_[key].insert(slot);
  }
  c.contested = mask;
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
  } else {
    claim.set_sentence(c.sentence_copy);
  }
  for (const ExtractorFlag& e : c.extractor_flags) {
    v1::Flag* flag = claim.add_flags();
    flag->set_kind(static_cast<v1::FlagKind>(e.kind));
    flag->set_reason(std::string(pool_.Get(e.reason)));
  }
  claim.set_language(std::string(pool_.Get(c.language)));
  if (c.has_date) SetTime(c.date_seconds, c.date_nanos, claim.mutable_published_at());
  claim.set_earlier_report(c.earlier_report);
  claim.set_figure_key(std::string(pool_.Get(c.figure_key)));
  claim.set_part_of_claim_id(c.part_of_claim_id);
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
      claims.push_back(ToClaim(slot));
      claims.back().clear_figure_key();
    }
    visit(ToArticle(articles_[a].id), claims);
  }
}

absl::StatusOr<v1::ListConflictsResponse> ClaimTable::ListConflicts(
    const v1::ListConflictsRequest& request) const {
  std::string after;
  bool has_after = false;
  if (!request.page_token().empty()) {
    absl::StatusOr<PagePosition> at = DecodePageToken(PageKind::kFigures, request.page_token());
    if (!at.ok()) return at.status();
    after = at->key;
    has_after = true;
  }
  uint8_t kinds = 0;
  for (int kind : request.kinds()) kinds |= BitOf(kind);
  if (request.kinds().empty()) kinds = kConflictBit | kRevisionBit | kInconsistentBit;
  const std::string location = AsciiLower(request.location());
  const std::string source = AsciiLower(request.source());
  auto selected = [&](uint32_t slot) {
    const StoredClaim& c = claims_[slot];
    if ((c.contested & kinds) == 0) return false;
    if (request.metric() != v1::METRIC_UNSPECIFIED && c.metric != request.metric()) return false;
    if (!location.empty() && AsciiLower(Place(c)) != location) return false;
    if (!source.empty() && pool_.Get(c.source_id) != source &&
        AsciiLower(pool_.Get(c.source_text)) != source && pool_.Get(c.party) != source) {
      return false;
    }
    return true;
  };

  // The slot of a claim a flag names, ~0u if none. Its article's claims are indexed the first
  // time one is asked for, not searched each time: a flag on a long article's claim names ten.
  absl::flat_hash_map<std::string, uint32_t> slot_by_id;
  absl::flat_hash_set<std::string> indexed_articles;
  auto slot_of = [&](const std::string& claim_id) {
    const std::string article_id = claim_id.substr(0, claim_id.rfind('#'));
    if (indexed_articles.insert(article_id).second) {
      for (uint32_t slot : ArticleClaims(article_id)) slot_by_id.emplace(claims_[slot].id, slot);
    }
    auto it = slot_by_id.find(claim_id);
    return it == slot_by_id.end() ? ~0u : it->second;
  };

  const int page_size = PageSize(request.page_size(), kDefaultFigurePage, kMaxFigurePage);
  v1::ListConflictsResponse response;
  auto it = has_after ? contested_.upper_bound(after) : contested_.begin();
  for (; it != contested_.end(); ++it) {
    if (response.figures_size() == page_size) {
      response.set_next_page_token(
          EncodePageToken(PageKind::kFigures, PagePosition{0, 0, response.figures().rbegin()->key()}));
      break;
    }
    std::vector<uint32_t> members;
    for (uint32_t slot : it->second) {
      if (selected(slot)) members.push_back(slot);
    }
    if (members.empty()) continue;

    v1::Figure* figure = response.add_figures();
    figure->set_key(it->first);
    const StoredClaim& first = claims_[members[0]];
    figure->set_metric(static_cast<v1::Metric>(first.metric));
    figure->set_subject_class(std::string(SubjectClassOf(pool_.Get(first.subject))));
    figure->set_location(std::string(Place(first)));
    // The contested claims, then the claims their flags name (ids are "<article_id>#<n>").
    std::vector<std::vector<v1::Flag>> member_flags = FlagsOf(members);
    absl::flat_hash_set<uint32_t> listed(members.begin(), members.end());
    const size_t contested_members = members.size();
    for (size_t i = 0; i < contested_members; ++i) {
      for (const v1::Flag& flag : member_flags[i]) {
        if ((BitOf(flag.kind()) & kinds) == 0) continue;
        for (const std::string& related : flag.related_claim_ids()) {
          const uint32_t slot = slot_of(related);
          if (slot != ~0u && listed.insert(slot).second) members.push_back(slot);
        }
      }
    }
    std::vector<std::vector<v1::Flag>> related_flags = FlagsOf(
        std::vector<uint32_t>(members.begin() + contested_members, members.end()));
    for (std::vector<v1::Flag>& flags : related_flags) member_flags.push_back(std::move(flags));
    std::vector<ClaimFacts> facts;
    absl::btree_set<std::pair<int, std::vector<std::string>>> seen_flags;
    int64_t window_start = 0, window_end = 0;
    bool dated = false;
    for (size_t i = 0; i < members.size(); ++i) {
      const StoredClaim& c = claims_[members[i]];
      v1::Claim* claim = figure->add_claims();
      *claim = ToClaim(members[i]);
      claim->clear_flags();
      for (const v1::Flag& flag : member_flags[i]) {
        *claim->add_flags() = flag;
        if ((BitOf(flag.kind()) & kinds) == 0) continue;
        std::vector<std::string> ids(flag.related_claim_ids().begin(),
                                     flag.related_claim_ids().end());
        ids.push_back(c.id);
        std::sort(ids.begin(), ids.end());
        if (seen_flags.insert({flag.kind(), ids}).second) *figure->add_flags() = flag;
      }
      facts.push_back(Facts(members[i]));
      if (c.has_date) {
        window_start = dated ? std::min(window_start, c.date_seconds) : c.date_seconds;
        window_end = dated ? std::max(window_end, c.date_seconds) : c.date_seconds;
        dated = true;
      }
    }
    if (dated) {
      figure->mutable_window_start()->set_seconds(window_start);
      figure->mutable_window_end()->set_seconds(window_end);
    }
    std::vector<const ClaimFacts*> views;
    views.reserve(facts.size());
    for (const ClaimFacts& f : facts) views.push_back(&f);
    const FigureSummary summary = Summarize(views);
    figure->set_low(summary.low);
    figure->set_best(summary.best);
    figure->set_high(summary.high);
  }
  return response;
}

bool ClaimTable::MatchesQuery(const StoredClaim& c, const v1::QueryClaimsRequest& r) const {
  if (r.metric() != v1::METRIC_UNSPECIFIED && c.metric != r.metric()) return false;
  if (!r.location().empty() && AsciiLower(Place(c)) != AsciiLower(r.location())) return false;
  if (!r.source().empty()) {
    const std::string source = AsciiLower(r.source());
    if (pool_.Get(c.source_id) != source && AsciiLower(pool_.Get(c.source_text)) != source) {
      return false;
    }
  }
  if (!r.article_id().empty() && articles_[c.article].id != r.article_id()) return false;
  if (r.has_since() && (!c.has_date || c.date_seconds < r.since().seconds())) return false;
  if (r.has_until() && (!c.has_date || c.date_seconds > r.until().seconds())) return false;
  return true;
}

uint32_t ClaimTable::SlotOfSeq(uint64_t seq) const {
  auto it = by_seq_.find(seq);
  return it == by_seq_.end() ? ~0u : it->second;
}

absl::StatusOr<v1::QueryClaimsResponse> ClaimTable::QueryClaims(
    const v1::QueryClaimsRequest& request) const {
  PagePosition after;
  const bool has_after = !request.page_token().empty();
  if (has_after) {
    absl::StatusOr<PagePosition> at = DecodePageToken(PageKind::kClaims, request.page_token());
    if (!at.ok()) return at.status();
    after = *at;
  }
  const size_t page_size =
      static_cast<size_t>(PageSize(request.page_size(), kDefaultClaimPage, kMaxClaimPage));
  v1::QueryClaimsResponse response;
  // Emits the claim at `seq` (ordered at `primary`) if it matches; false when the page is full.
  auto emit = [&](int64_t primary, uint64_t seq) {
    const uint32_t slot = SlotOfSeq(seq);
    if (slot == ~0u || !MatchesQuery(claims_[slot], request)) return true;
    if (static_cast<size_t>(response.claims_size()) == page_size) return false;
    *response.add_claims() = ToClaim(slot);
    after = PagePosition{primary, seq, ""};
    return true;
  };
  auto finish = [&](bool more) {
    if (more) response.set_next_page_token(EncodePageToken(PageKind::kClaims, after));
    return response;
  };
  // The most selective index leads; the order is by sequence, or by date for the time index.
  const absl::btree_set<uint64_t>* seqs = nullptr;
  std::vector<uint64_t> article_seqs;
  if (!request.article_id().empty()) {
    for (uint32_t slot : ArticleClaims(request.article_id())) article_seqs.push_back(claims_[slot].seq);
  } else if (!request.location().empty() || !request.source().empty() ||
             request.metric() != v1::METRIC_UNSPECIFIED) {
    const absl::flat_hash_map<uint32_t, absl::btree_set<uint64_t>>* index =
        !request.location().empty() ? &by_place_ : !request.source().empty() ? &by_source_ : nullptr;
    if (index != nullptr) {
      const uint32_t key = pool_.Find(AsciiLower(
          !request.location().empty() ? request.location() : request.source()));
      auto it = key == StringPool::kAbsent ? index->end() : index->find(key);
      if (it == index->end()) return response;
      seqs = &it->second;
    } else {
      auto it = by_metric_.find(static_cast<uint8_t>(request.metric()));
      if (it == by_metric_.end()) return response;
      seqs = &it->second;
    }
  } else if (request.has_since() || request.has_until()) {
    auto it = has_after ? by_time_.upper_bound({after.primary, after.secondary})
                        : by_time_.lower_bound({request.since().seconds(), 0});
    for (; it != by_time_.end(); ++it) {
      if (request.has_until() && it->first > request.until().seconds()) break;
      if (!emit(it->first, it->second)) return finish(true);
    }
    return finish(false);
  } else {
    for (auto it = has_after ? by_seq_.upper_bound(after.secondary) : by_seq_.begin();
         it != by_seq_.end(); ++it) {
      if (!emit(0, it->first)) return finish(true);
    }
    return finish(false);
  }
  if (seqs != nullptr) {
    for (auto it = has_after ? seqs->upper_bound(after.secondary) : seqs->begin();
         it != seqs->end(); ++it) {
      if (!emit(0, *it)) return finish(true);
    }
    return finish(false);
  }
  for (uint64_t seq : article_seqs) {
    if (has_after && seq <= after.secondary) continue;
    if (!emit(0, seq)) return finish(true);
  }
  return finish(false);
}

v1::GetStatsResponse ClaimTable::Stats() const {
  v1::GetStatsResponse stats;
  stats.set_articles(article_by_id_.size());
  stats.set_claims(by_seq_.size());
  stats.set_figures(figures_.size() + local_figures_.size());
  stats.set_conflicts(contested_.size());
  return stats;
}

}  // namespace claimcheck
