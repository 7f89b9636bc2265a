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

// Two claims of one statement: never compared with each other.
bool PartsOfOneStatement(const ClaimFacts& a, const ClaimFacts& b) {
  if (a.article_id != b.article_id) return false;
  return a.sentence == b.sentence || a.part_of_claim_id == b.id || b.part_of_claim_id == a.id;
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

  std::vector<const ClaimFacts*> conflicts, revisions, agreeing, same_voice;
  std::string revision_reason;
  bool other_voice_seen = false;
  for (const ClaimFacts* other : others) {
    if (!Comparable(claim, *other) || PartsOfOneStatement(claim, *other)) continue;
    const bool one_voice = SameVoice(claim.source, other->source);
    if (one_voice) same_voice.push_back(other);
    if (other->source.attributed() && !one_voice) other_voice_seen = true;
    if (!Disjoint(claim.tolerated, other->tolerated)) {
      if (claim.source.attributed() && other->source.attributed() && !one_voice) {
        agreeing.push_back(other);
      }
      continue;
    }
    if (!one_voice) {
      conflicts.push_back(other);
      continue;
    }
    const std::optional<bool> claim_older = FirstIsOlder(claim, *other);
    if (claim_older.has_value()) {
      if (revisions.empty()) {
        revision_reason = *claim_older ? RevisionReason(claim, *other)
                                       : RevisionReason(*other, claim);
      }
      revisions.push_back(other);
    } else if (claim.article_id != other->article_id) {
      conflicts.push_back(other);
    }
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
  if (claim.source.attributed() && !other_voice_seen) {
    flags.push_back(MakeFlag(
        v1::SINGLE_SOURCE, figure_key,
        absl::StrCat("only ", SpeakerName(claim.source), " gives this figure (", Amount(claim),
                     " ", MetricWord(claim.metric), ", ", DateOf(claim), ")"),
        same_voice));
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
