#include "store/redis_view.h"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <map>
#include <utility>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "crosscheck/article_flags.h"
#include "crosscheck/event_window.h"
#include "crosscheck/figure_key.h"

namespace claimcheck {
namespace {

// Claims read per ZRANGE while walking an index, and contested figures read per batch.
constexpr size_t kWalkChunk = 256;
constexpr size_t kFiguresPerBatch = 32;

std::string WindowKey(const FigureWindow& w) {
  return absl::StrCat(absl::string_view(w.figure_key.data(), w.figure_key.size()),
                      std::string(1, '\0'), w.window.first_seconds,
                      std::string(1, '\0'), w.window.last_seconds, w.every_claim ? "\0*" : "");
}

constexpr int64_t kDaySeconds = int64_t{24} * 3600;

// The first second of day `first` and the last of day `last` (DayOf()), as ZRANGEBYSCORE
// bounds; a day at the ends of int64 seconds is open.
std::pair<std::string, std::string> WholeDays(int64_t first, int64_t last) {
  return {first <= INT64_MIN / kDaySeconds ? std::string("-inf")
                                           : std::to_string(first * kDaySeconds),
          last >= INT64_MAX / kDaySeconds - 1 ? std::string("+inf")
                                              : std::to_string((last + 1) * kDaySeconds - 1)};
}

// A sorted set's score as the event date it was written from: exact for any date within 2^53
// seconds; held at the ends of int64 beyond.
int64_t ScoreSeconds(double score) {
  if (score <= -9.2e18) return INT64_MIN;
  if (score >= 9.2e18) return INT64_MAX;
  return static_cast<int64_t>(score);
}

// A figure member read WITH SCORES: its seq, event date and the claim's bytes.
struct FiledMember {
  uint64_t seq = 0;
  int64_t seconds = 0;
  absl::string_view claim;
};

// Of the members of the whole days around `window` (by event date, then seq, as the sorted set
// holds them), those `window` shows: in it, and among the first kClaimsShownPerDay of their day
// by seq unless every_claim. In the set's order.
std::vector<FiledMember> ShownIn(std::vector<FiledMember> members, const FigureWindow& window) {
  if (!window.every_claim) {
    absl::flat_hash_map<int64_t, std::vector<uint64_t>> by_day;
    for (const FiledMember& m : members) by_day[DayOf(m.seconds)].push_back(m.seq);
    absl::flat_hash_map<uint64_t, bool> shown;
    for (auto& [day, seqs] : by_day) {
      const size_t n = std::min(seqs.size(), kClaimsShownPerDay);
      std::partial_sort(seqs.begin(), seqs.begin() + n, seqs.end());
      for (size_t i = 0; i < n; ++i) shown[seqs[i]] = true;
    }
    members.erase(std::remove_if(members.begin(), members.end(),
                                 [&](const FiledMember& m) { return !shown.contains(m.seq); }),
                  members.end());
  }
  members.erase(
      std::remove_if(members.begin(), members.end(),
                     [&](const FiledMember& m) { return !window.window.Contains(m.seconds); }),
      members.end());
  return members;
}

}  // namespace

std::string RedisView::ContestedFigureOf(const v1::Claim& claim) {
  return claim.figure_key().empty() ? absl::StrCat("|@", claim.article_id()) : claim.figure_key();
}

const RedisView::Claim& RedisView::Find(uint64_t seq) const { return *claims_.at(seq); }

v1::Claim RedisView::ToClaim(Handle claim) const {
  v1::Claim out = Find(claim).claim;
  auto fields = fields_.find(out.article_id());
  if (fields != fields_.end()) {
    out.set_article_title(fields->second.title());
    out.set_article_url(fields->second.url());
    out.set_article_outlet(fields->second.outlet());
  }
  return out;
}

absl::Status RedisView::LoadFields(const std::vector<uint64_t>& seqs) {
  std::vector<std::string> missing;
  for (uint64_t seq : seqs) {
    const std::string& id = Find(seq).claim.article_id();
    if (!fields_.contains(id) && std::find(missing.begin(), missing.end(), id) == missing.end()) {
      missing.push_back(id);
    }
  }
  if (missing.empty()) return absl::OkStatus();
  std::vector<RedisCommand> reads;
  reads.reserve(missing.size());
  for (const std::string& id : missing) {
    reads.push_back(RedisCommand({"GET", keys_->ArticleFields(id)}));
  }
  absl::StatusOr<std::vector<RedisReply>> replies = RunChecked(*session_, reads);
  if (!replies.ok()) return replies.status();
  for (size_t i = 0; i < missing.size(); ++i) {
    if ((*replies)[i].is_nil()) continue;  // deleted since the claim was read
    absl::StatusOr<v1::Article> fields = DecodeArticleFields((*replies)[i].str);
    if (!fields.ok()) return fields.status();
    fields_[missing[i]] = *std::move(fields);
  }
  return absl::OkStatus();
}

absl::Status RedisView::Keep(uint64_t seq, absl::string_view bytes) const {
  if (claims_.contains(seq)) return absl::OkStatus();
  auto claim = std::make_unique<Claim>();
  if (!claim->claim.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
    return absl::DataLossError(
        absl::StrCat("stored claim seq ", seq, " (", bytes.size(), " bytes) does not parse"));
  }
  claims_.emplace(seq, std::move(claim));
  return absl::OkStatus();
}

absl::Status RedisView::AddRecord(const std::string& article_id, const ArticleRecord& record) {
  Article& article = articles_[article_id];
  article.seqs.clear();
  fields_[article_id] = record.article;
  for (size_t i = 0; i < record.claims.size(); ++i) {
    const uint64_t seq = record.first_seq + i;
    if (absl::Status s = Keep(seq, record.claims[i]); !s.ok()) return s;
    article.seqs.push_back(seq);
  }
  return absl::OkStatus();
}

void RedisView::Reread() {
  articles_.clear();
  windows_.clear();
  marks_.clear();
  for (auto& [seq, claim] : claims_) claim->contested = 0;
}

absl::Status RedisView::LoadArticles(const std::vector<std::string>& article_ids) {
  std::vector<std::string> missing;
  for (const std::string& id : article_ids) {
    if (!articles_.contains(id) &&
        std::find(missing.begin(), missing.end(), id) == missing.end()) {
      missing.push_back(id);
    }
  }
  if (missing.empty()) return absl::OkStatus();
  std::vector<RedisCommand> reads;
  reads.reserve(missing.size());
  for (const std::string& id : missing) reads.push_back(RedisCommand({"GET", keys_->Article(id)}));
  absl::StatusOr<std::vector<RedisReply>> replies = RunChecked(*session_, reads);
  if (!replies.ok()) return replies.status();
  for (size_t i = 0; i < missing.size(); ++i) {
    articles_[missing[i]];  // known now, stored or not
    if ((*replies)[i].is_nil()) continue;
    ArticleRecord record;
    if (absl::Status s = DecodeArticleRecord((*replies)[i].str, &record); !s.ok()) {
      return absl::DataLossError(absl::StrCat("article ", missing[i], ": ", s.message()));
    }
    // A record being deleted holds no claims; one being ingested already holds its new ones.
    if (record.state == ArticleRecord::kPendingDelete) continue;
    if (absl::Status s = AddRecord(missing[i], record); !s.ok()) return s;
  }
  return absl::OkStatus();
}

absl::Status RedisView::Prefetch(absl::Span<const FigureWindow> windows) const {
  std::vector<RedisCommand> reads;
  std::vector<std::string> keys;
  std::vector<const FigureWindow*> read_windows;
  for (const FigureWindow& w : windows) {
    std::string key = WindowKey(w);
    if (windows_.contains(key) || std::find(keys.begin(), keys.end(), key) != keys.end()) {
      continue;
    }
    // Whole days: which claims a day shows follows from all of that day's.
    const auto [from, to] =
        WholeDays(DayOf(w.window.first_seconds), DayOf(w.window.last_seconds));
    reads.push_back(RedisCommand(
        {"ZRANGEBYSCORE", keys_->Figure(std::string(w.figure_key)), from, to, "WITHSCORES"}));
    keys.push_back(std::move(key));
    read_windows.push_back(&w);
  }
  if (reads.empty()) return absl::OkStatus();
  absl::StatusOr<std::vector<RedisReply>> replies = RunChecked(*session_, reads);
  if (!replies.ok()) return replies.status();
  for (size_t i = 0; i < keys.size(); ++i) {
    const std::vector<RedisReply>& entries = (*replies)[i].elements;
    std::vector<FiledMember> members;
    members.reserve(entries.size() / 2);
    for (size_t e = 0; e + 1 < entries.size(); e += 2) {
      FiledMember& m = members.emplace_back();
      double score = 0;
      if (entries[e].str.size() < 8 || !absl::SimpleAtod(entries[e + 1].str, &score)) {
        return absl::DataLossError("a malformed figure member (seq, claim, event date)");
      }
      m.seconds = ScoreSeconds(score);
      m.seq = SeqOf(entries[e].str);
      m.claim = absl::string_view(entries[e].str).substr(8);
    }
    std::vector<uint64_t>& seqs = windows_[keys[i]];
    for (const FiledMember& m : ShownIn(std::move(members), *read_windows[i])) {
      if (absl::Status s = Keep(m.seq, m.claim); !s.ok()) return s;
      seqs.push_back(m.seq);
    }
  }
  return absl::OkStatus();
}

absl::StatusOr<std::vector<size_t>> RedisView::FiledCounts(absl::Span<const FiledDay> days) {
  std::vector<RedisCommand> reads;
  reads.reserve(days.size());
  for (const FiledDay& d : days) {
    const auto [from, to] = WholeDays(d.day, d.day);
    reads.push_back(RedisCommand({"ZCOUNT", keys_->Figure(d.key), from, to}));
  }
  if (reads.empty()) return std::vector<size_t>();
  absl::StatusOr<std::vector<RedisReply>> replies = RunChecked(*session_, reads);
  if (!replies.ok()) return replies.status();
  std::vector<size_t> counts;
  counts.reserve(replies->size());
  for (const RedisReply& r : *replies) counts.push_back(static_cast<size_t>(r.integer));
  return counts;
}

absl::Status RedisView::FindFiled(absl::Span<const FigureWindow> windows,
                                  FoundClaims* found) const {
  if (absl::Status s = Prefetch(windows); !s.ok()) return s;
  for (const FigureWindow& w : windows) {
    found->StartRun();
    for (uint64_t seq : windows_.at(WindowKey(w))) {
      const v1::Claim& claim = Find(seq).claim;
      if (claim.article_id() != w.article_id) found->Add(FactsOf(claim));
    }
  }
  return absl::OkStatus();
}

absl::StatusOr<std::vector<StoredClaims::Handle>> RedisView::FiledHandles(
    absl::Span<const FigureWindow> windows) {
  if (absl::Status s = Prefetch(windows); !s.ok()) return s;
  std::vector<Handle> out;
  for (const FigureWindow& w : windows) {
    for (uint64_t seq : windows_.at(WindowKey(w))) {
      if (Find(seq).claim.article_id() != w.article_id) out.push_back(seq);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

absl::StatusOr<std::vector<StoredClaims::Handle>> RedisView::ArticleClaims(
    std::string_view article_id) {
  const std::string id(article_id);
  if (absl::Status s = LoadArticles({id}); !s.ok()) return s;
  return articles_.at(id).seqs;
}

absl::StatusOr<std::vector<std::vector<v1::Flag>>> RedisView::FlagsOf(
    absl::Span<const Handle> handles) {
  std::vector<std::string> ids;
  for (Handle h : handles) ids.push_back(Find(h).claim.article_id());
  if (absl::Status s = LoadArticles(ids); !s.ok()) return s;
  // Each article's claims are checked together; its record gives them all. A claim its article
  // no longer holds (replaced since it was read) is checked alone.
  struct Group {
    std::vector<uint64_t> seqs;  // the article's claims, text order
    std::vector<size_t> wanted;  // indexes into seqs
    std::vector<size_t> asked;   // indexes into handles, for wanted
  };
  std::vector<Group> groups;
  std::map<std::string, size_t> group_of;  // article id -> its group
  for (size_t i = 0; i < handles.size(); ++i) {
    const std::vector<uint64_t>& seqs = articles_.at(ids[i]).seqs;
    const auto at = std::find(seqs.begin(), seqs.end(), handles[i]);
    if (at == seqs.end()) {
      groups.push_back(Group{{handles[i]}, {0}, {i}});
      continue;
    }
    auto [it, added] = group_of.emplace(ids[i], groups.size());
    if (added) groups.push_back(Group{seqs, {}, {}});
    groups[it->second].wanted.push_back(static_cast<size_t>(at - seqs.begin()));
    groups[it->second].asked.push_back(i);
  }
  // The neighbours of every group, read in one pipeline before the rules run.
  std::vector<FigureWindow> windows;
  std::deque<std::vector<ClaimFacts>> facts;  // what `around` views
  std::vector<NeighbourWindows> around;
  around.reserve(groups.size());
  for (const Group& g : groups) {
    std::vector<ClaimFacts>& article = facts.emplace_back();
    for (uint64_t seq : g.seqs) article.push_back(FactsOf(Find(seq).claim));
    around.push_back(NeighbourWindowsOf(article, FigureRanks(article), g.wanted));
    windows.insert(windows.end(), around.back().windows.begin(), around.back().windows.end());
  }
  if (absl::Status s = Prefetch(windows); !s.ok()) return s;
  std::vector<std::vector<v1::Flag>> result(handles.size());
  for (const Group& g : groups) {
    absl::StatusOr<std::vector<std::vector<v1::Flag>>> flags = ArticleFlags(g.seqs, g.wanted);
    if (!flags.ok()) return flags.status();
    for (size_t k = 0; k < g.asked.size(); ++k) result[g.asked[k]] = std::move((*flags)[k]);
  }
  return result;
}

absl::StatusOr<std::vector<std::vector<v1::Flag>>> RedisView::ArticleFlags(
    const std::vector<uint64_t>& seqs, const std::vector<size_t>& wanted) {
  std::vector<ClaimFacts> facts;
  facts.reserve(seqs.size());
  for (uint64_t seq : seqs) facts.push_back(FactsOf(Find(seq).claim));
  absl::StatusOr<std::vector<std::vector<v1::Flag>>> rule_flags =
      RuleFlagsOf(facts, FigureRanks(facts), wanted, *this);
  if (!rule_flags.ok()) return rule_flags.status();
  std::vector<std::vector<v1::Flag>> out(wanted.size());
  for (size_t k = 0; k < wanted.size(); ++k) {
    const v1::Claim& claim = Find(seqs[wanted[k]]).claim;
    for (const v1::Flag& f : claim.flags()) {
      if (!IsExtractorKind(f.kind())) continue;
      v1::Flag& flag = out[k].emplace_back(f);
      flag.set_figure_key(claim.figure_key());
    }
    for (v1::Flag& f : (*rule_flags)[k]) out[k].push_back(std::move(f));
  }
  return out;
}

void RedisView::SetContested(Handle claim, const std::vector<v1::Flag>& flags) {
  Claim& kept = *claims_.at(claim);
  kept.contested = ContestedMask(flags);
  marks_.push_back(Mark{ContestedFigureOf(kept.claim), claim, kept.contested,
                        kept.claim.article_id()});
}

absl::StatusOr<std::vector<std::string>> RedisView::NextContestedKeys(
    const std::optional<std::string>& after, size_t count) {
  // Each shard's next keys; merged, the first `count` that every shard has read past are sure.
  std::vector<RedisCommand> reads;
  reads.reserve(RedisKeys::kShards);
  const std::string from = after ? absl::StrCat("(", *after) : "-";
  for (int shard = 0; shard < RedisKeys::kShards; ++shard) {
    reads.push_back(RedisCommand({"ZRANGEBYLEX", keys_->ContestedFigures(shard), from, "+",
                                  "LIMIT", "0", std::to_string(count)}));
  }
  absl::StatusOr<std::vector<RedisReply>> replies = RunChecked(*session_, reads);
  if (!replies.ok()) return replies.status();
  std::vector<std::string> keys;
  std::optional<std::string> sure_until;  // a full shard's last key: past it, keys may be missing
  for (const RedisReply& shard : *replies) {
    for (const RedisReply& key : shard.elements) keys.push_back(key.str);
    if (shard.elements.size() == count) {
      const std::string& last = shard.elements.back().str;
      if (!sure_until || last < *sure_until) sure_until = last;
    }
  }
  std::sort(keys.begin(), keys.end());
  if (sure_until) keys.erase(std::upper_bound(keys.begin(), keys.end(), *sure_until), keys.end());
  return keys;
}

absl::StatusOr<std::vector<RedisView::ContestedFigure>> RedisView::ReadContested(
    const std::vector<std::string>& keys) {
  std::vector<RedisCommand> reads;
  reads.reserve(keys.size());
  for (const std::string& key : keys) {
    reads.push_back(RedisCommand({"HGETALL", keys_->Contested(key)}));
  }
  absl::StatusOr<std::vector<RedisReply>> replies = RunChecked(*session_, reads);
  if (!replies.ok()) return replies.status();
  std::vector<ContestedFigure> figures(keys.size());
  std::vector<std::string> article_ids;
  std::vector<std::vector<std::string>> articles_of(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    figures[i].key = keys[i];
    const std::vector<RedisReply>& fields = (*replies)[i].elements;
    for (size_t f = 0; f + 1 < fields.size(); f += 2) {
      const std::string& seq = fields[f].str;
      const std::string& value = fields[f + 1].str;
      if (seq.size() != 8 || value.empty()) return absl::DataLossError("a malformed contested mark");
      figures[i].claims.emplace_back(SeqOf(seq), static_cast<uint8_t>(value[0]));
      articles_of[i].push_back(value.substr(1));
      article_ids.push_back(value.substr(1));
    }
  }
  if (absl::Status s = LoadArticles(article_ids); !s.ok()) return s;
  for (size_t i = 0; i < figures.size(); ++i) {
    // Marks of claims their article no longer holds (a writer died mid-change) are skipped.
    std::vector<std::pair<uint64_t, uint8_t>> live;
    for (size_t c = 0; c < figures[i].claims.size(); ++c) {
      const std::vector<uint64_t>& seqs = articles_.at(articles_of[i][c]).seqs;
      const auto [seq, kinds] = figures[i].claims[c];
      if (std::find(seqs.begin(), seqs.end(), seq) == seqs.end() || kinds == 0) continue;
      claims_.at(seq)->contested = kinds;
      live.emplace_back(seq, kinds);
    }
    std::sort(live.begin(), live.end());
    figures[i].claims = std::move(live);
  }
  return figures;
}

absl::Status RedisView::ForEachContestedFigure(const std::optional<std::string>& after,
                                               const ContestedVisit& visit) {
  std::optional<std::string> from = after;
  while (true) {
    absl::StatusOr<std::vector<std::string>> keys = NextContestedKeys(from, kFiguresPerBatch);
    if (!keys.ok()) return keys.status();
    if (keys->empty()) return absl::OkStatus();
    absl::StatusOr<std::vector<ContestedFigure>> figures = ReadContested(*keys);
    if (!figures.ok()) return figures.status();
    for (const ContestedFigure& figure : *figures) {
      if (figure.claims.empty()) continue;  // a registry entry a crashed writer left
      std::vector<Handle> claims;
      for (const auto& [seq, kinds] : figure.claims) claims.push_back(seq);
      if (!visit(figure.key, claims)) return absl::OkStatus();
    }
    from = keys->back();
  }
}

absl::Status RedisView::ForEachQueryCandidate(const v1::QueryClaimsRequest& request,
                                              const std::optional<PagePosition>& after,
                                              const QueryVisit& visit) {
  if (!request.article_id().empty()) {
    absl::StatusOr<std::vector<Handle>> claims = ArticleClaims(request.article_id());
    if (!claims.ok()) return claims.status();
    for (Handle seq : *claims) {
      if (after && seq <= after->secondary) continue;
      if (!visit(0, seq, seq)) break;
    }
    return absl::OkStatus();
  }
  const bool filtered = !request.location().empty() || !request.source().empty() ||
                        request.metric() != v1::METRIC_UNSPECIFIED;
  if (!filtered && (request.has_since() || request.has_until())) {
    return QueryByDate(request, after, visit);
  }
  return QueryBySeq(after, visit);
}

absl::Status RedisView::QueryBySeq(const std::optional<PagePosition>& after,
                                   const QueryVisit& visit) {
  absl::StatusOr<std::vector<RedisReply>> last = RunChecked(*session_, {RedisCommand({"GET", keys_->Seq()})});
  if (!last.ok()) return last.status();
  uint64_t last_seq = 0;
  if (!(*last)[0].is_nil() && !absl::SimpleAtoi((*last)[0].str, &last_seq)) {
    return absl::DataLossError("the claim counter is not a number");
  }
  uint64_t next = after ? after->secondary + 1 : 1;
  while (next <= last_seq) {
    // The rest of next's bucket, a chunk at a time.
    absl::StatusOr<std::vector<RedisReply>> chunk = RunChecked(*session_, {RedisCommand({"ZRANGEBYSCORE", keys_->ClaimsBucket(next), std::to_string(next),
                                 "+inf", "LIMIT", "0", std::to_string(kWalkChunk)})});
    if (!chunk.ok()) return chunk.status();
    const std::vector<RedisReply>& members = (*chunk)[0].elements;
    std::vector<uint64_t> seqs;
    for (const RedisReply& member : members) {
      if (member.str.size() < 8) return absl::DataLossError("a claim member without its seq");
      seqs.push_back(SeqOf(member.str));
      if (absl::Status s = Keep(seqs.back(), absl::string_view(member.str).substr(8)); !s.ok()) {
        return s;
      }
    }
    if (absl::Status s = LoadFields(seqs); !s.ok()) return s;
    for (uint64_t seq : seqs) {
      if (!visit(0, seq, seq)) return absl::OkStatus();
      next = seq + 1;
    }
    if (members.size() < kWalkChunk) next = (next / kClaimsPerBucket + 1) * kClaimsPerBucket;
  }
  return absl::OkStatus();
}

absl::Status RedisView::QueryByDate(const v1::QueryClaimsRequest& request,
                                    const std::optional<PagePosition>& after,
                                    const QueryVisit& visit) {
  const int64_t from = after ? after->primary : request.since().seconds();
  const std::string until =
      request.has_until() ? std::to_string(request.until().seconds()) : std::string("+inf");
  absl::StatusOr<std::vector<RedisReply>> buckets = RunChecked(*session_, {RedisCommand({"ZRANGEBYSCORE", keys_->DateBuckets(),
                               std::to_string(RedisKeys::DateBucketOf(from)), "+inf"})});
  if (!buckets.ok()) return buckets.status();
  std::pair<int64_t, uint64_t> position = after ? std::make_pair(after->primary, after->secondary)
                                                : std::make_pair(from, uint64_t{0});
  for (const RedisReply& bucket_reply : (*buckets)[0].elements) {
    int64_t bucket = 0;
    if (!absl::SimpleAtoi(bucket_reply.str, &bucket)) return absl::DataLossError("a bad date bucket");
    if (request.has_until() && bucket > RedisKeys::DateBucketOf(request.until().seconds())) break;
    for (size_t offset = 0;; offset += kWalkChunk) {
      absl::StatusOr<std::vector<RedisReply>> chunk = RunChecked(*session_, {RedisCommand({"ZRANGEBYSCORE", keys_->DateBucket(bucket),
                                   std::to_string(position.first), until, "WITHSCORES", "LIMIT",
                                   std::to_string(offset), std::to_string(kWalkChunk)})});
      if (!chunk.ok()) return chunk.status();
      const std::vector<RedisReply>& entries = (*chunk)[0].elements;
      // The claims themselves, from the seq index, in one pipeline.
      std::vector<std::pair<int64_t, uint64_t>> dated;
      std::vector<RedisCommand> reads;
      for (size_t e = 0; e + 1 < entries.size(); e += 2) {
        int64_t date = 0;
        if (entries[e].str.size() != 8 || !absl::SimpleAtoi(entries[e + 1].str, &date)) {
          return absl::DataLossError("a malformed date index entry");
        }
        const std::pair<int64_t, uint64_t> at(date, SeqOf(entries[e].str));
        if (after && at <= position) continue;
        dated.push_back(at);
        const std::string seq = std::to_string(at.second);
        reads.push_back(RedisCommand({"ZRANGEBYSCORE", keys_->ClaimsBucket(at.second), seq, seq}));
      }
      absl::StatusOr<std::vector<RedisReply>> claims = RunChecked(*session_, reads);
      if (!claims.ok()) return claims.status();
      std::vector<std::pair<int64_t, uint64_t>> found;
      for (size_t i = 0; i < dated.size(); ++i) {
        if ((*claims)[i].elements.empty()) continue;  // removed meanwhile
        const std::string& member = (*claims)[i].elements[0].str;
        if (absl::Status s = Keep(dated[i].second, absl::string_view(member).substr(8)); !s.ok()) {
          return s;
        }
        found.push_back(dated[i]);
      }
      std::vector<uint64_t> seqs;
      seqs.reserve(found.size());
      for (const auto& [date, seq] : found) seqs.push_back(seq);
      if (absl::Status s = LoadFields(seqs); !s.ok()) return s;
      for (const auto& [date, seq] : found) {
        if (!visit(date, seq, seq)) return absl::OkStatus();
      }
      if (entries.size() < 2 * kWalkChunk) break;
    }
  }
  return absl::OkStatus();
}

}  // namespace claimcheck
