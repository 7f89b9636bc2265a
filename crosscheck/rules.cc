// The rules that decide whether two claims are one figure and whether they conflict, revise or
// corroborate (docs/CROSSCHECK.md states them in prose, in the same order).
// Why one long file: each rule reads the others' helpers (intervals, voices, dates), and a reader
// checks the rules against docs/CROSSCHECK.md one after the other.

#include "crosscheck/rules.h"

#include <algorithm>
#include <optional>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/time/time.h"
#include "crosscheck/event_window.h"
#include "crosscheck/figure_key.h"
#include "crosscheck/related_claims.h"

namespace claimcheck {
namespace {

absl::string_view View(std::string_view s) { return absl::string_view(s.data(), s.size()); }

// Two claims of one statement: never compared with each other. A part and the whole it is
// part_of are one statement; so are two claims of one sentence ("30 of at least 35", "12 killed
// in Kharkiv and 3 in Bryansk", "1,250 in the areas it holds, while the White Helmets counted
// 1,280"), unless one is an earlier report that the sentence revises ("89, against 63 announced
// at first") or the extractor says one gives another value of the other's count (same_count_as:
// "2 500 selon la police, plus de 6 000 selon les organisateurs").
bool PartsOfOneStatement(const ClaimFacts& a, const ClaimFacts& b) {
  if (a.article_id != b.article_id) return false;
  if (a.part_of_claim_id == b.id || b.part_of_claim_id == a.id) return true;
  if (LinkedAsOneCount(a, b)) return false;
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
// claim that is not itself a part, or a narrower subject (SubjectNarrower: not for a crowd).
bool NarrowerThan(const ClaimFacts& a, const ClaimFacts& b) {
  if (!a.part_of_claim_id.empty() && b.part_of_claim_id.empty()) return true;
  return SubjectNarrower(a, b);
}

// A generic body ("health", "interior": the extractor did not say whose) of a claim placed in a
// country is that country's ("lb.health" for a claim in Lebanon).
bool GenericBodyOf(const ClaimFacts& generic, const ClaimFacts& qualified) {
  const std::string_view body = generic.source.canonical_id, id = qualified.source.canonical_id;
  if (body.empty() || body.find('.') != std::string_view::npos || generic.country.empty()) {
    return false;
  }
  return id.size() == generic.country.size() + 1 + body.size() &&
         absl::EqualsIgnoreCase(View(id.substr(0, generic.country.size())),
                                View(generic.country)) &&
         id[generic.country.size()] == '.' && id.substr(generic.country.size() + 1) == body;
}

// SameVoice, and a generic body against the same body of the country the claim is placed in
// ("Health Minister Firass Abiad" resolved only to "health", in Lebanon, is "lb.health").
bool OneVoice(const ClaimFacts& a, const ClaimFacts& b) {
  return SameVoice(a.source, b.source) || GenericBodyOf(a, b) || GenericBodyOf(b, a);
}

// True when, in one article, `whole` takes the article's main place, a whole country, and
// `part`'s sentence names a place inside it: the article's own count is the country's, the
// town's a part of it ("one man killed in Zaporizhzhia" against "at least seven killed" in an
// article on strikes across Ukraine).
bool ArticleCountryHolds(const ClaimFacts& whole, const ClaimFacts& part) {
  return whole.article_id == part.article_id && whole.place_from_article &&
         whole.place_is_country && !whole.country.empty() && !part.place.empty() &&
         !part.place_from_article && !part.place_is_country &&
         absl::EqualsIgnoreCase(View(whole.country), View(part.country));
}

Scope PartIfFirst(bool first_is_part) {
  return first_is_part ? Scope::kFirstPart : Scope::kSecondPart;
}

// PartIfFirst, unless the claim that would be the whole is itself a part of another count
// (part_of_claim_id) and the other is not: "36 des 45 victimes ont été identifiées" is some of
// the victims, no whole that the governor's 45 killed must fit in. Each is then narrower than
// the other in some way: neither bounds the other.
Scope PartUnlessWholeIsAPart(const ClaimFacts& a, const ClaimFacts& b, bool a_is_part) {
  const ClaimFacts& whole = a_is_part ? b : a;
  const ClaimFacts& part = a_is_part ? a : b;
  if (!whole.part_of_claim_id.empty() && part.part_of_claim_id.empty()) return Scope::kUnclear;
  return PartIfFirst(a_is_part);
}

// The kind of count a claim is (ClaimFacts::count_kind), where a figure the text neither states
// nor vouches for (VAGUE and UNVERIFIED: "il y aurait certainement plusieurs centaines de
// morts", "hundreds feared dead") is what the count may become, a projection: an official 35
// dead does not contradict a prefect's fear of hundreds.
CountKind KindOf(const ClaimFacts& c) {
  if (c.qualifier == v1::VAGUE && !c.vouched) return CountKind::kProjection;
  return c.count_kind;
}

Scope ScopeOf(const ClaimFacts& a, const ClaimFacts& b) {
  // A projection ("could reach 18,000") is not a count, and a running total ("since 7 October")
  // holds one event's count.
  const CountKind a_kind = KindOf(a), b_kind = KindOf(b);
  if (a_kind != b_kind) {
    if (a_kind == CountKind::kProjection || b_kind == CountKind::kProjection) {
      return Scope::kUnclear;
    }
    return PartUnlessWholeIsAPart(a, b, a_kind == CountKind::kEvent);
  }
  // Killed or wounded against casualties: a part, whoever speaks ("133 victims", "137 killed").
  if (a.metric != b.metric) return PartUnlessWholeIsAPart(a, b, MetricIsPart(a.metric, b.metric));
  // A town against the country that holds it ("dont 81 000 à Paris").
  if (PlaceHolds(a, b) || PlaceHolds(b, a)) return PartUnlessWholeIsAPart(a, b, PlaceHolds(b, a));
  if (ArticleCountryHolds(a, b) || ArticleCountryHolds(b, a)) {
    return PartUnlessWholeIsAPart(a, b, ArticleCountryHolds(b, a));
  }
  // One voice giving an earlier figure and a current one speaks of one count, whatever the
  // sentences name ("89 killed", against "Moscow had said 63 soldiers died at Makiivka"); but
  // a part the text gives of another count ("dont 81 policiers et gendarmes") is that count's
  // part, not the voice's earlier total.
  if (a.earlier_report != b.earlier_report && OneVoice(a, b) && a.part_of_claim_id.empty() &&
      b.part_of_claim_id.empty()) {
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
bool ScopesApart(const ClaimFacts& a, const ClaimFacts& b, double ratio) {
  const Interval& low = a.tolerated.high < b.tolerated.low ? a.tolerated : b.tolerated;
  const Interval& high = a.tolerated.high < b.tolerated.low ? b.tolerated : a.tolerated;
  return high.low > low.high * ratio;
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

// An open lower bound: "at least 20", "more than 5,300".
bool IsOpenLowerBound(const ClaimFacts& c) {
  return (c.qualifier == v1::AT_LEAST || c.qualifier == v1::MORE_THAN) && c.tolerated.open_ended();
}

// The highest count a claim states, an open lower bound read as the count it states
// (OpenBoundAsCount: "at least 20" is 20, a toll that may still rise a little).
double CountHigh(const ClaimFacts& c) {
  return IsOpenLowerBound(c) ? OpenBoundAsCount(c.stated.low).high : c.tolerated.high;
}

// OriginalSource(a) == OriginalSource(b), without building the strings (a hot path).
bool SameOriginalSource(const SourceFacts& a, const SourceFacts& b) {
  const bool a_has_id = !a.canonical_id.empty(), b_has_id = !b.canonical_id.empty();
  if (a_has_id && b_has_id) return a.canonical_id == b.canonical_id;
  if (!a_has_id && !b_has_id) return absl::EqualsIgnoreCase(View(a.text), View(b.text));
  // A canonical id against a bare text: rare, so building the lowercased text is fine.
  return a_has_id ? AsciiLower(b.text) == a.canonical_id : AsciiLower(a.text) == b.canonical_id;
}

// True when two claims are one body's, not only one party's: the same original source, or a
// generic body and that body of the claim's country. The text's order tells a live blog's
// running toll of one body; two bodies of one government in one article most often count two
// scopes ("À Paris, 133 blessés, a indiqué la préfecture de police" then "le ministère fait état
// de 263 blessés" on the whole territory).
bool OneBody(const ClaimFacts& a, const ClaimFacts& b) {
  return SameOriginalSource(a.source, b.source) || GenericBodyOf(a, b) || GenericBodyOf(b, a);
}

// True when the sentences of two claims of one article name their place alike: both name one,
// or neither does. A count whose sentence names the town, then one that takes only the
// article's place, may be the town's part and the whole ("550 000 personnes à Paris" then "2,3
// millions de manifestants dans plus de 300 villes"): the text's order does not make the second
// a newer count of the first.
bool PlaceNamedAlike(const ClaimFacts& a, const ClaimFacts& b) {
  const bool a_named = !a.place.empty() && !a.place_from_article;
  const bool b_named = !b.place.empty() && !b.place_from_article;
  return a_named == b_named;
}

// Which of two same-voice claims came first; nullopt when nothing orders them. `by_text_order`:
// inside one article, the text's order may tell (rival counts of one metric; for a part and its
// whole, which comes first in the text says nothing).
std::optional<bool> FirstIsOlder(const ClaimFacts& a, const ClaimFacts& b, bool by_text_order) {
  if (a.has_date && b.has_date && a.date_seconds != b.date_seconds) {
    return a.date_seconds < b.date_seconds;
  }
  if (a.earlier_report != b.earlier_report) return a.earlier_report;
  // One article, one voice: a live blog's running toll grows ("13:05 - 32 killed" ... "19:30 -
  // 34 killed"), so a larger figure further down updates the one above. A smaller one further
  // down is more likely a sub-event ("12 killed in the north ... 3 in the south"), and one more
  // than kScopeRatio times larger another scope (the war's dead after a battle's): no order.
  if (by_text_order && a.article_id == b.article_id && a.text_offset != b.text_offset &&
      OneBody(a, b) && PlaceNamedAlike(a, b)) {
    const bool a_first = a.text_offset < b.text_offset;
    const ClaimFacts& first = a_first ? a : b;
    const ClaimFacts& later = a_first ? b : a;
    const double first_high = CountHigh(first);
    if (later.tolerated.low > first_high && later.tolerated.low <= first_high * kScopeRatio) {
      return a_first;
    }
  }
  return std::nullopt;
}

// One voice giving another figure for one count, worded alike, though within tolerance:
// "roughly 2,750" then "nearly 2,800" wounded, 400 then 410. Worded otherwise, it is one figure
// told more or less precisely ("about 90" then 89, "more than 85" then 86): no revision.
bool Restated(const ClaimFacts& older, const ClaimFacts& newer) {
  if (older.qualifier != newer.qualifier || older.value == newer.value) return false;
  switch (older.qualifier) {
    case v1::EXACT:
    case v1::APPROXIMATE:
    case v1::RANGE:
    case v1::QUALIFIER_UNSPECIFIED:
      return true;
    default:  // open bounds are compared as counts (CountHigh); VAGUE states no figure
      return false;
  }
}

// True when, of two claims of one voice, the newer replaces the older (a_older: `a` is the
// older): they disagree, or the newer is above the older's open bound read as a count ("at least
// 20" then 33), or the newer restates the figure (Restated).
bool Revised(const ClaimFacts& a, const ClaimFacts& b, Scope scope, bool a_older) {
  if (Disagree(a, b, scope)) return true;
  if (scope != Scope::kSame) return false;
  const ClaimFacts& older = a_older ? a : b;
  const ClaimFacts& newer = a_older ? b : a;
  return newer.tolerated.low > CountHigh(older) || Restated(older, newer);
}

// True when one claim is an open lower bound and the other, by another voice, states a figure at
// least kOpenBoundConflictRatio times that bound for the same event: "at least 300 dead" against
// "about 600". Their intervals meet, but the floor hides a twofold gap. Only when both texts name
// the event's day (the larger figure is otherwise too often another event: an earlier quake in a
// related link, a war's toll) and the text vouches for the larger figure (not UNVERIFIED: a
// mayor's "could reach 20,000" is no count). Two floors never contradict each other.
bool FarAboveOpenBound(const ClaimFacts& a, const ClaimFacts& b) {
  const bool a_open = IsOpenLowerBound(a), b_open = IsOpenLowerBound(b);
  if (a_open == b_open || !SameNamedEventDay(a, b)) return false;
  const ClaimFacts& bound = a_open ? a : b;
  const ClaimFacts& figure = a_open ? b : a;
  switch (figure.qualifier) {
    case v1::EXACT:
    case v1::APPROXIMATE:
    case v1::RANGE:
    case v1::QUALIFIER_UNSPECIFIED:
      break;
    default:  // a cap ("fewer than 1,000") or no single figure ("hundreds") says no more
      return false;
  }
  return figure.vouched && figure.value >= bound.stated.low * kOpenBoundConflictRatio;
}

// Two sides of a war contradicting each other: their figures may be far apart (19,000 Russian
// dead by Kyiv's count against 1,351 by Moscow's), so kSidesScopeRatio applies instead.
bool OpposingSides(const SourceFacts& a, const SourceFacts& b) {
  return !a.party.empty() && !b.party.empty() && a.party != b.party;
}

// Every step of a revision in time order, each with its date, and its speaker when another voice
// of the same party gave it: "Russian Defence Ministry: 12 killed (2024-03-10), then 19
// (2024-03-12), then 25 (2024-03-14)". `related` are the claims the flag names; the ones it could
// not name are counted at the end. A figure repeated the same day by the same speaker is one step.
std::string RevisionSteps(const ClaimFacts& claim, const RelatedClaims& related) {
  std::vector<const ClaimFacts*> steps = related.Kept();
  steps.push_back(&claim);
  std::stable_sort(steps.begin(), steps.end(), [](const ClaimFacts* a, const ClaimFacts* b) {
    if (a->has_date != b->has_date) return a->has_date;
    if (a->date_seconds != b->date_seconds) return a->date_seconds < b->date_seconds;
    if (a->earlier_report != b->earlier_report) return a->earlier_report;
    if (a->article_id != b->article_id) return a->article_id < b->article_id;
    return a->text_offset < b->text_offset;
  });
  const std::string speaker = SpeakerName(steps.back()->source);
  std::string reason = absl::StrCat(speaker, ": ");
  std::string previous;
  for (const ClaimFacts* step : steps) {
    std::string when = DateOf(*step);
    if (step->earlier_report) absl::StrAppend(&when, ", earlier report");
    if (SpeakerName(step->source) != speaker) absl::StrAppend(&when, ", ", SpeakerName(step->source));
    std::string text = absl::StrCat(Amount(*step), " (", when, ")");
    if (text == previous) continue;
    absl::StrAppend(&reason, previous.empty() ? "" : ", then ", Amount(*step),
                    previous.empty() ? absl::StrCat(" ", MetricWord(step->metric)) : "", " (",
                    when, ")");
    previous = std::move(text);
  }
  if (related.size() > related.Kept().size()) {
    absl::StrAppend(&reason, " (and ", related.size() - related.Kept().size(), " more)");
  }
  return reason;
}

// The figures are close enough to be one count told differently, not two scopes (ScopesApart):
// kScopeRatio, or kSidesScopeRatio between two sides of a war.
bool WithinScope(const ClaimFacts& a, const ClaimFacts& b) {
  const double ratio = OpposingSides(a.source, b.source) ? kSidesScopeRatio : kScopeRatio;
  if (!Disjoint(a.tolerated, b.tolerated)) {  // an open bound below a figure (FarAboveOpenBound)
    const ClaimFacts& bound = IsOpenLowerBound(a) ? a : b;
    const ClaimFacts& figure = IsOpenLowerBound(a) ? b : a;
    return figure.value <= bound.stated.low * ratio;
  }
  return !ScopesApart(a, b, ratio);
}

// What one comparable pair says (see the rules in rules.h).
enum class Verdict { kNothing, kAgree, kConflict, kRevision };

Verdict Judge(const ClaimFacts& a, const ClaimFacts& b, Scope scope, bool one_voice) {
  const bool disagree = Disagree(a, b, scope);
  if (one_voice) {
    // A revision by one voice may grow tenfold (an earthquake's toll): no scope test.
    const std::optional<bool> a_older = FirstIsOlder(a, b, scope == Scope::kSame);
    if (a_older && Revised(a, b, scope, *a_older)) return Verdict::kRevision;
    // Unordered in one article: likely two sub-events, unless the extractor links the two as
    // values of one count ("136 000 manifestants ... il n'en comptait encore que 75 000"): one
    // voice then gives two figures for one count, and nothing says which is newer.
    if (disagree && a.article_id == b.article_id && !LinkedAsOneCount(a, b)) {
      return Verdict::kNothing;
    }
  }
  if (disagree || (!one_voice && scope == Scope::kSame && FarAboveOpenBound(a, b))) {
    return WithinScope(a, b) ? Verdict::kConflict : Verdict::kNothing;
  }
  return disagree ? Verdict::kNothing : Verdict::kAgree;
}

// "1 other article", "3 other articles".
std::string CountOf(size_t n, absl::string_view noun) {
  return absl::StrCat(n, " ", noun, n == 1 ? "" : "s");
}

std::string WithMore(std::string reason, size_t related) {
  if (related > 1) absl::StrAppend(&reason, " (and ", related - 1, " more)");
  return reason;
}

v1::Flag MakeFlag(v1::FlagKind kind, const std::string& figure_key, std::string reason,
                  const RelatedClaims& related) {
  v1::Flag flag;
  flag.set_kind(kind);
  flag.set_figure_key(figure_key);
  flag.set_reason(WithMore(std::move(reason), related.size()));
  for (const ClaimFacts* r : related.Kept()) flag.add_related_claim_ids(std::string(r->id));
  return flag;
}

// Which related claims a flag names first when it cannot name them all (RelatedClaims): those of
// the claim's own article nearest to it in the text, then other articles' by how far apart in
// time they were published.
uint64_t Closeness(const ClaimFacts& claim, const ClaimFacts& other) {
  if (other.article_id == claim.article_id) {
    return other.text_offset > claim.text_offset ? other.text_offset - claim.text_offset
                                                 : claim.text_offset - other.text_offset;
  }
  constexpr uint64_t kOtherArticle = uint64_t{1} << 62;
  if (!claim.has_date || !other.has_date) return kOtherArticle;
  const uint64_t apart = SecondsApart(claim.date_seconds, other.date_seconds);
  return kOtherArticle + std::min(apart, ~uint64_t{0} - kOtherArticle);
}

}  // namespace

std::string OriginalSource(const SourceFacts& s) {
  if (!s.canonical_id.empty()) return std::string(s.canonical_id);
  return AsciiLower(s.text);
}

std::string OfficialParty(const SourceFacts& s) {
  return s.official() ? std::string(s.party) : "";
}

bool SameVoice(const SourceFacts& a, const SourceFacts& b) {
  if (!a.attributed() || !b.attributed()) return false;
  if (SameOriginalSource(a, b)) return true;
  return a.party == b.party && a.official() && b.official();
}

std::vector<v1::Flag> CrossCheckFlags(const ClaimFacts& claim,
                                      const std::vector<const ClaimFacts*>& others) {
  std::vector<v1::Flag> flags;
  const std::optional<FigureKey> key = FigureKeyOf(claim);
  if (!key) return flags;
  const std::string figure_key = key->ToString();

  RelatedClaims conflicts, revisions, agreeing, repeats;
  absl::flat_hash_set<std::string_view> repeat_articles;
  bool other_voice_seen = false;
  for (const ClaimFacts* other : others) {
    if (!Comparable(claim, *other) || PartsOfOneStatement(claim, *other)) continue;
    const Scope scope = ScopeOf(claim, *other);
    if (scope == Scope::kUnclear) continue;
    const uint64_t closeness = Closeness(claim, *other);
    const bool one_voice = OneVoice(claim, *other);
    // Who else gives this count: parts ("dont neuf hospitalisés") are other counts.
    if (scope == Scope::kSame) {
      if (one_voice && other->article_id != claim.article_id) {
        repeats.Add(other, closeness);
        repeat_articles.insert(other->article_id);
      }
      if (other->source.attributed() && !one_voice) other_voice_seen = true;
    }
    switch (Judge(claim, *other, scope, one_voice)) {
      case Verdict::kRevision:
        revisions.Add(other, closeness);
        break;
      case Verdict::kConflict:
        conflicts.Add(other, closeness);
        break;
      case Verdict::kAgree:
        // A part agreeing with a total does not vouch for it ("3,000 of them" for "12,000").
        if (scope == Scope::kSame && claim.source.attributed() && other->source.attributed() &&
            !one_voice) {
          agreeing.Add(other, closeness);
        }
        break;
      case Verdict::kNothing:
        break;
    }
  }

  if (!conflicts.empty()) {
    flags.push_back(MakeFlag(v1::CONFLICT, figure_key,
                             absl::StrCat(Statement(claim), " vs ", Statement(*conflicts.first())),
                             conflicts));
  }
  if (!revisions.empty()) {
    flags.push_back(MakeFlag(v1::REVISION, figure_key, "", revisions));
    // Every step says it all; no "(and N more)" but for steps the flag could not name.
    flags.back().set_reason(RevisionSteps(claim, revisions));
  }
  if (!agreeing.empty()) {
    flags.push_back(MakeFlag(v1::CORROBORATED, figure_key,
                             absl::StrCat(Statement(claim), " agrees with ",
                                          Statement(*agreeing.first())),
                             agreeing));
  }
  if (claim.source.attributed() && !repeats.empty() && !other_voice_seen) {
    flags.push_back(MakeFlag(v1::SINGLE_SOURCE, figure_key, "", repeats));
    // The count of articles says it all; no "(and N more)".
    flags.back().set_reason(absl::StrCat("only ", SpeakerName(claim.source),
                                         " gives this figure (", Amount(claim), " ",
                                         MetricWord(claim.metric), ", ", DateOf(claim),
                                         "), repeated in ",
                                         CountOf(repeat_articles.size(), "other article")));
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
  return OneVoice(a, b) || (!a.source.attributed() && !b.source.attributed());
}

bool Exceeds(const ClaimFacts& part, const ClaimFacts& whole) {
  return part.stated.low > whole.tolerated.high;
}

// Why a claim is related to an INCONSISTENT claim. Kept as facts, not words: the reason is
// written only for the first claim the flag names.
struct Note {
  enum Rule {
    kPartExceedsWhole,    // the claim is a part of `other` and larger than it
    kWholeBelowPart,      // `other` is a part of the claim and larger than it
    kDestroyedOverLaunched,  // the claim is DESTROYED, `other` LAUNCHED
    kLaunchedUnderDestroyed, // the claim is LAUNCHED, `other` DESTROYED
    kCasualties,          // killed + wounded of `parts` exceed `casualties`
  };
  Rule rule;
  const ClaimFacts* other;
  CasualtyParts parts;
  const ClaimFacts* casualties;
};

std::string Describe(const ClaimFacts& claim, const Note& note) {
  const std::string speaker = SpeakerName(claim.source);
  const ClaimFacts& other = *note.other;
  switch (note.rule) {
    case Note::kPartExceedsWhole:
      return absl::StrCat(speaker, ": ", Amount(claim), " is more than the ", Amount(other),
                          " it is part of");
    case Note::kWholeBelowPart:
      return absl::StrCat(speaker, ": the part ", Amount(other), " is more than the ",
                          Amount(claim), " it belongs to");
    case Note::kDestroyedOverLaunched:
      return absl::StrCat(speaker, ": ", Amount(claim), " destroyed but ", Amount(other),
                          " launched");
    case Note::kLaunchedUnderDestroyed:
      return absl::StrCat(speaker, ": ", Amount(other), " destroyed but ", Amount(claim),
                          " launched");
    case Note::kCasualties:
      return absl::StrCat(speaker, ": ", note.parts.killed ? Amount(*note.parts.killed) : "0",
                          " killed + ", note.parts.wounded ? Amount(*note.parts.wounded) : "0",
                          " wounded exceed ", Amount(*note.casualties), " casualties");
  }
  return "";
}

}  // namespace

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

std::vector<v1::Flag> InconsistencyFlags(const ClaimFacts& claim,
                                         const std::vector<const ClaimFacts*>& same_article) {
  return InconsistencyFlags(claim, same_article, [&](const ClaimFacts& casualties) {
    return LargestParts(casualties, same_article);
  });
}

std::vector<v1::Flag> InconsistencyFlags(const ClaimFacts& claim,
                                         const std::vector<const ClaimFacts*>& same_article,
                                         LargestPartsFn largest_parts) {
  RelatedClaims related;
  std::vector<Note> notes;  // one per claim added to `related`, in the same order
  absl::flat_hash_set<const ClaimFacts*> noted;
  auto note = [&](Note why) {
    if (!noted.insert(why.other).second) return;
    related.Add(why.other, Closeness(claim, *why.other));
    notes.push_back(why);
  };

  // A part larger than its whole, in either direction.
  for (const ClaimFacts* other : same_article) {
    if (other->id == claim.id || other->article_id != claim.article_id) continue;
    if (claim.part_of_claim_id == other->id && Exceeds(claim, *other)) {
      note({Note::kPartExceedsWhole, other, {}, nullptr});
    } else if (other->part_of_claim_id == claim.id && Exceeds(*other, claim)) {
      note({Note::kWholeBelowPart, other, {}, nullptr});
    }
  }

  // More destroyed than launched.
  for (const ClaimFacts* other : same_article) {
    if (!SameStatementScope(claim, *other)) continue;
    if (claim.metric == v1::DESTROYED && other->metric == v1::LAUNCHED && Exceeds(claim, *other)) {
      note({Note::kDestroyedOverLaunched, other, {}, nullptr});
    } else if (claim.metric == v1::LAUNCHED && other->metric == v1::DESTROYED &&
               Exceeds(*other, claim)) {
      note({Note::kLaunchedUnderDestroyed, other, {}, nullptr});
    }
  }

  // Killed + wounded more than casualties: the largest killed and wounded counts of the voice
  // against each casualties count, flagged on all three claims.
  for (const ClaimFacts* other : same_article) {
    const ClaimFacts* casualties = nullptr;
    if (claim.metric == v1::CASUALTIES && other->id == claim.id) {
      casualties = &claim;
    } else if ((claim.metric == v1::KILLED || claim.metric == v1::WOUNDED) &&
               other->metric == v1::CASUALTIES && SameStatementScope(claim, *other)) {
      casualties = other;
    }
    // A part of a count ("36 des 45 victimes ont été identifiées") is no whole that the killed
    // and wounded must fit in.
    if (casualties == nullptr || !casualties->part_of_claim_id.empty()) continue;
    const CasualtyParts parts = largest_parts(*casualties);
    const double sum = (parts.killed ? parts.killed->stated.low : 0) +
                       (parts.wounded ? parts.wounded->stated.low : 0);
    if (sum <= casualties->tolerated.high) continue;
    const bool claim_counted = casualties->id == claim.id ||
                               (parts.killed && parts.killed->id == claim.id) ||
                               (parts.wounded && parts.wounded->id == claim.id);
    if (!claim_counted) continue;
    for (const ClaimFacts* c : {parts.killed, parts.wounded, casualties}) {
      if (c != nullptr && c->id != claim.id) note({Note::kCasualties, c, parts, casualties});
    }
  }

  std::vector<v1::Flag> flags;
  if (related.empty()) return flags;
  const Note& first = notes[related.first_sequence()];
  const std::string reason = Describe(claim, first);
  const std::optional<FigureKey> key = FigureKeyOf(claim);
  flags.push_back(MakeFlag(v1::INCONSISTENT, key ? key->ToString() : "", reason, related));
  // A casualty reason already names the whole triple.
  if (claim.metric == v1::CASUALTIES || first.rule == Note::kCasualties) {
    flags.back().set_reason(reason);
  }
  return flags;
}

}  // namespace claimcheck
