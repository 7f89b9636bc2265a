#include "crosscheck/rules.h"

#include <algorithm>
#include <optional>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/time/time.h"
#include "crosscheck/figure_key.h"

namespace claimcheck {
namespace {

absl::string_view View(std::string_view s) { return absl::string_view(s.data(), s.size()); }

bool IsOfficialVoice(const SourceFacts& s) {
  if (s.party.empty()) return false;
  return s.canonical_id.empty() ||
         absl::StartsWith(View(s.canonical_id), absl::StrCat(View(s.party), "."));
}

// Two claims of one statement: never compared with each other. A part and the whole it is
// part_of are one statement; so are two claims of one sentence ("30 of at least 35", "12 killed
// in Kharkiv and 3 in Bryansk", "1,250 in the areas it holds, while the White Helmets counted
// 1,280"), unless one is an earlier report that the sentence revises ("89, against 63 announced
// at first").
bool PartsOfOneStatement(const ClaimFacts& a, const ClaimFacts& b) {
  if (a.article_id != b.article_id) return false;
  if (a.part_of_claim_id == b.id || b.part_of_claim_id == a.id) return true;
  return a.sentence == b.sentence && a.earlier_report == b.earlier_report;
}

// Which of two comparable claims counts only a part of what the other counts.
enum class Scope {
  kSame,        // rival counts of one thing: compared interval against interval
  kFirstPart,   // the first is a part of the second: it only bounds the second from below
  kSecondPart,  // the other way round
  kUnclear,     // each is narrower in some way, or their places leave it open (PlacesUnclear)
};

// True when one claim's sentence names a place and the other's, in the same article, names none
// (the other has no place, or only the article's main place), and nothing says which counts
// what: "760 wounded at Gaza City" against "his hospital received 161 wounded", or "1,351 dead in
// Al Haouz province" against the quake's toll, may be a part and its whole either way round.
// They are one count when the named place is the article's main place, or a whole country that
// holds the other's place ("39 killed in Kenya" against "Ruto said 19 had died").
bool PlacesUnclear(const ClaimFacts& a, const ClaimFacts& b) {
  if (a.article_id != b.article_id) return false;
  const bool a_named = !a.place.empty() && !a.place_from_article;
  const bool b_named = !b.place.empty() && !b.place_from_article;
  if (a_named == b_named) return false;  // both named: Comparable() wants them equal
  const ClaimFacts& named = a_named ? a : b;
  const ClaimFacts& other = a_named ? b : a;
  if (absl::EqualsIgnoreCase(View(named.place), View(other.place))) return false;
  return !(named.place_is_country && (other.country.empty() || other.country == named.country));
}

// True when `a` is a part of what `b` counts: a part of a count (part_of_claim_id) against a
// claim that is not itself a part, or a narrower subject (SubjectIsPart).
bool NarrowerThan(const ClaimFacts& a, const ClaimFacts& b) {
  if (!a.part_of_claim_id.empty() && b.part_of_claim_id.empty()) return true;
  return SubjectIsPart(a.subject, b.subject);
}

Scope ScopeOf(const ClaimFacts& a, const ClaimFacts& b) {
  // One voice giving an earlier figure and a current one speaks of one count, whatever the
  // sentences name ("89 killed", against "Moscow had said 63 soldiers died at Makiivka").
  if (a.earlier_report != b.earlier_report && SameVoice(a.source, b.source)) {
    return Scope::kSame;
  }
  if (PlacesUnclear(a, b)) return Scope::kUnclear;
  const bool a_part = NarrowerThan(a, b), b_part = NarrowerThan(b, a);
  if (a_part && b_part) return Scope::kUnclear;
  if (a_part) return Scope::kFirstPart;
  if (b_part) return Scope::kSecondPart;
  return Scope::kSame;
}

// True when the two claims cannot both be right: for rival counts, tolerated intervals that do
// not meet; for a part, a part larger than anything the whole allows (a part p says only that the
// whole is at least p).
bool Disagree(const ClaimFacts& a, const ClaimFacts& b, Scope scope) {
  switch (scope) {
    case Scope::kSame:
      return Disjoint(a.tolerated, b.tolerated);
    case Scope::kFirstPart:
      return a.tolerated.low > b.tolerated.high;
    case Scope::kSecondPart:
      return b.tolerated.low > a.tolerated.high;
    case Scope::kUnclear:
      return false;
  }
  return false;
}

// True when two disagreeing claims are more than kScopeRatio apart: they almost surely count
// different things the figure key cannot tell apart (a war's whole toll against one attack, a
// country against one town, "since 2015" against "on Thursday"), not the same thing twice.
bool ScopesApart(const ClaimFacts& a, const ClaimFacts& b) {
  const Interval& low = a.tolerated.high < b.tolerated.low ? a.tolerated : b.tolerated;
  const Interval& high = a.tolerated.high < b.tolerated.low ? b.tolerated : a.tolerated;
  return high.low > low.high * kScopeRatio;
}

std::string SpeakerName(const SourceFacts& s) {
  if (!s.text.empty()) return std::string(s.text);
  if (!s.canonical_id.empty()) return std::string(s.canonical_id);
  return "the article";
}

std::string DateOf(const ClaimFacts& c) {
  if (!c.has_date) return "undated";
  return absl::FormatTime("%Y-%m-%d", absl::FromUnixSeconds(c.date_seconds),
                          absl::UTCTimeZone());
}

std::string MetricWord(v1::Metric metric) {
  return absl::AsciiStrToLower(v1::Metric_Name(metric));
}

std::string Amount(const ClaimFacts& c) {
  if (!c.quantity_text.empty()) return std::string(c.quantity_text);
  return absl::StrCat(c.value);
}

// "Russian Defence Ministry: 89 killed (2023-01-04)"
std::string Statement(const ClaimFacts& c) {
  return absl::StrCat(SpeakerName(c.source), ": ", Amount(c), " ", MetricWord(c.metric), " (",
                      DateOf(c), ")");
}

// Which of two same-voice claims came first; nullopt when nothing orders them.
std::optional<bool> FirstIsOlder(const ClaimFacts& a, const ClaimFacts& b) {
  if (a.has_date && b.has_date && a.date_seconds != b.date_seconds) {
    return a.date_seconds < b.date_seconds;
  }
  if (a.earlier_report != b.earlier_report) return a.earlier_report;
  return std::nullopt;
}

std::string RevisionReason(const ClaimFacts& older, const ClaimFacts& newer) {
  const std::string older_when =
      older.earlier_report ? absl::StrCat(DateOf(older), ", earlier report") : DateOf(older);
  return absl::StrCat(SpeakerName(newer.source), ": ", Amount(older), " ",
                      MetricWord(older.metric), " (", older_when, "), then ", Amount(newer), " (",
                      DateOf(newer), ")");
}

// "1 other article", "3 other articles".
std::string CountOf(size_t n, absl::string_view noun) {
  return absl::StrCat(n, " ", noun, n == 1 ? "" : "s");
}

// How many distinct articles `claims` come from.
size_t ArticlesOf(const std::vector<const ClaimFacts*>& claims) {
  std::vector<std::string_view> ids;
  for (const ClaimFacts* c : claims) ids.push_back(c->article_id);
  std::sort(ids.begin(), ids.end());
  return static_cast<size_t>(std::unique(ids.begin(), ids.end()) - ids.begin());
}

std::string WithMore(std::string reason, size_t related) {
  if (related > 1) absl::StrAppend(&reason, " (and ", related - 1, " more)");
  return reason;
}

v1::Flag MakeFlag(v1::FlagKind kind, const std::string& figure_key, std::string reason,
                  const std::vector<const ClaimFacts*>& related) {
  v1::Flag flag;
  flag.set_kind(kind);
  flag.set_figure_key(figure_key);
  flag.set_reason(WithMore(std::move(reason), related.size()));
  for (const ClaimFacts* r : related) flag.add_related_claim_ids(std::string(r->id));
  return flag;
}

}  // namespace

std::string OriginalSource(const SourceFacts& s) {
  if (!s.canonical_id.empty()) return std::string(s.canonical_id);
  return AsciiLower(s.text);
}

namespace {

// OriginalSource(a) == OriginalSource(b), without building the strings (a hot path).
bool SameOriginalSource(const SourceFacts& a, const SourceFacts& b) {
  const bool a_has_id = !a.canonical_id.empty(), b_has_id = !b.canonical_id.empty();
  if (a_has_id && b_has_id) return a.canonical_id == b.canonical_id;
  if (!a_has_id && !b_has_id) return absl::EqualsIgnoreCase(View(a.text), View(b.text));
  // A canonical id against a bare text: rare, so building the lowercased text is fine.
  return a_has_id ? AsciiLower(b.text) == a.canonical_id : AsciiLower(a.text) == b.canonical_id;
}

}  // namespace

bool SameVoice(const SourceFacts& a, const SourceFacts& b) {
  if (!a.attributed() || !b.attributed()) return false;
  if (SameOriginalSource(a, b)) return true;
  return a.party == b.party && IsOfficialVoice(a) && IsOfficialVoice(b);
}

std::vector<v1::Flag> CrossCheckFlags(const ClaimFacts& claim,
                                      const std::vector<const ClaimFacts*>& others) {
  std::vector<v1::Flag> flags;
  const std::optional<FigureKey> key = FigureKeyOf(claim);
  if (!key) return flags;
  const std::string figure_key = key->ToString();

  std::vector<const ClaimFacts*> conflicts, revisions, agreeing, repeats;
  std::string revision_reason;
  bool other_voice_seen = false;
  for (const ClaimFacts* other : others) {
    if (!Comparable(claim, *other) || PartsOfOneStatement(claim, *other)) continue;
    const Scope scope = ScopeOf(claim, *other);
    if (scope == Scope::kUnclear) continue;
    const bool one_voice = SameVoice(claim.source, other->source);
    // Who else gives this count: parts ("dont neuf hospitalisés") are other counts.
    if (scope == Scope::kSame) {
      if (one_voice && other->article_id != claim.article_id) repeats.push_back(other);
      if (other->source.attributed() && !one_voice) other_voice_seen = true;
    }
    if (!Disagree(claim, *other, scope)) {
      // A part agreeing with a total does not vouch for it ("3,000 of them" for "12,000").
      if (scope == Scope::kSame && claim.source.attributed() && other->source.attributed() &&
          !one_voice) {
        agreeing.push_back(other);
      }
      continue;
    }
    const std::optional<bool> claim_older = one_voice ? FirstIsOlder(claim, *other)
                                                      : std::nullopt;
    if (claim_older.has_value()) {
      // A revision by one voice may grow tenfold (an earthquake's toll): no scope test.
      if (revisions.empty()) {
        revision_reason = *claim_older ? RevisionReason(claim, *other)
                                       : RevisionReason(*other, claim);
      }
      revisions.push_back(other);
      continue;
    }
    if (one_voice && claim.article_id == other->article_id) continue;  // likely two sub-events
    if (!ScopesApart(claim, *other)) conflicts.push_back(other);
  }

  if (!conflicts.empty()) {
    flags.push_back(MakeFlag(v1::CONFLICT, figure_key,
                             absl::StrCat(Statement(claim), " vs ", Statement(*conflicts[0])),
                             conflicts));
  }
  if (!revisions.empty()) {
    flags.push_back(MakeFlag(v1::REVISION, figure_key, revision_reason, revisions));
  }
  if (!agreeing.empty()) {
    flags.push_back(MakeFlag(v1::CORROBORATED, figure_key,
                             absl::StrCat(Statement(claim), " agrees with ",
                                          Statement(*agreeing[0])),
                             agreeing));
  }
  if (claim.source.attributed() && !repeats.empty() && !other_voice_seen) {
    flags.push_back(MakeFlag(v1::SINGLE_SOURCE, figure_key, "", repeats));
    // The count of articles says it all; no "(and N more)".
    flags.back().set_reason(absl::StrCat("only ", SpeakerName(claim.source),
                                         " gives this figure (", Amount(claim), " ",
                                         MetricWord(claim.metric), ", ", DateOf(claim),
                                         "), repeated in ",
                                         CountOf(ArticlesOf(repeats), "other article")));
  }
  return flags;
}

namespace {

// Claims of `claim`'s article, same voice, nesting subjects, and places that may be the same.
bool SameStatementScope(const ClaimFacts& a, const ClaimFacts& b) {
  if (a.id == b.id || a.article_id != b.article_id) return false;
  if (!a.unit.empty() || !b.unit.empty()) return false;
  if (!SubjectsComparable(a.subject, b.subject)) return false;
  if (!a.place.empty() && !b.place.empty() &&
      !absl::EqualsIgnoreCase(View(a.place), View(b.place))) {
    return false;
  }
  return SameVoice(a.source, b.source) ||
         (!a.source.attributed() && !b.source.attributed());
}

bool Exceeds(const ClaimFacts& part, const ClaimFacts& whole) {
  return part.stated.low > whole.tolerated.high;
}

struct CasualtyParts {
  const ClaimFacts* killed = nullptr;
  const ClaimFacts* wounded = nullptr;
};

// The largest KILLED and WOUNDED counts in the scope of `casualties`.
CasualtyParts LargestParts(const ClaimFacts& casualties,
                           const std::vector<const ClaimFacts*>& same_article) {
  CasualtyParts parts;
  for (const ClaimFacts* other : same_article) {
    if (!SameStatementScope(casualties, *other)) continue;
    const ClaimFacts** slot = other->metric == v1::KILLED    ? &parts.killed
                              : other->metric == v1::WOUNDED ? &parts.wounded
                                                             : nullptr;
    if (slot != nullptr && (*slot == nullptr || other->stated.low > (*slot)->stated.low)) {
      *slot = other;
    }
  }
  return parts;
}

}  // namespace

std::vector<v1::Flag> InconsistencyFlags(const ClaimFacts& claim,
                                         const std::vector<const ClaimFacts*>& same_article) {
  std::vector<const ClaimFacts*> related;
  std::string reason;
  auto note = [&](const ClaimFacts* other, std::string why) {
    if (std::find(related.begin(), related.end(), other) != related.end()) return;
    if (related.empty()) reason = std::move(why);
    related.push_back(other);
  };
  const std::string speaker = SpeakerName(claim.source);

  // A part larger than its whole, in either direction.
  for (const ClaimFacts* other : same_article) {
    if (other->id == claim.id || other->article_id != claim.article_id) continue;
    if (claim.part_of_claim_id == other->id && Exceeds(claim, *other)) {
      note(other, absl::StrCat(speaker, ": ", Amount(claim), " is more than the ",
                               Amount(*other), " it is part of"));
    } else if (other->part_of_claim_id == claim.id && Exceeds(*other, claim)) {
      note(other, absl::StrCat(speaker, ": the part ", Amount(*other), " is more than the ",
                               Amount(claim), " it belongs to"));
    }
  }

  // More destroyed than launched.
  for (const ClaimFacts* other : same_article) {
    if (!SameStatementScope(claim, *other)) continue;
    if (claim.metric == v1::DESTROYED && other->metric == v1::LAUNCHED && Exceeds(claim, *other)) {
      note(other, absl::StrCat(speaker, ": ", Amount(claim), " destroyed but ", Amount(*other),
                               " launched"));
    } else if (claim.metric == v1::LAUNCHED && other->metric == v1::DESTROYED &&
               Exceeds(*other, claim)) {
      note(other, absl::StrCat(speaker, ": ", Amount(*other), " destroyed but ", Amount(claim),
                               " launched"));
    }
  }

  // Killed + wounded more than casualties: the largest killed and wounded counts of the voice
  // against each casualties count, flagged on all three claims.
  auto casualty_reason = [&](const CasualtyParts& parts, const ClaimFacts& casualties) {
    return absl::StrCat(speaker, ": ", parts.killed ? Amount(*parts.killed) : "0", " killed + ",
                        parts.wounded ? Amount(*parts.wounded) : "0", " wounded exceed ",
                        Amount(casualties), " casualties");
  };
  for (const ClaimFacts* other : same_article) {
    const ClaimFacts* casualties = nullptr;
    if (claim.metric == v1::CASUALTIES && other->id == claim.id) {
      casualties = &claim;
    } else if ((claim.metric == v1::KILLED || claim.metric == v1::WOUNDED) &&
               other->metric == v1::CASUALTIES && SameStatementScope(claim, *other)) {
      casualties = other;
    }
    if (casualties == nullptr) continue;
    const CasualtyParts parts = LargestParts(*casualties, same_article);
    const double sum = (parts.killed ? parts.killed->stated.low : 0) +
                       (parts.wounded ? parts.wounded->stated.low : 0);
    if (sum <= casualties->tolerated.high) continue;
    const bool claim_counted = casualties->id == claim.id ||
                               (parts.killed && parts.killed->id == claim.id) ||
                               (parts.wounded && parts.wounded->id == claim.id);
    if (!claim_counted) continue;
    for (const ClaimFacts* c : {parts.killed, parts.wounded, casualties}) {
      if (c != nullptr && c->id != claim.id) note(c, casualty_reason(parts, *casualties));
    }
  }

  std::vector<v1::Flag> flags;
  if (related.empty()) return flags;
  const std::optional<FigureKey> key = FigureKeyOf(claim);
  flags.push_back(MakeFlag(v1::INCONSISTENT, key ? key->ToString() : "", reason, related));
  // A casualty reason already names the whole triple.
  if (claim.metric == v1::CASUALTIES || reason.find(" casualties") != std::string::npos) {
    flags.back().set_reason(reason);
  }
  return flags;
}

}  // namespace claimcheck
