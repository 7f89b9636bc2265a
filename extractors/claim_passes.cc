#include "extractors/claim_passes.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "extractors/figure_changes.h"
#include "extractors/hedge_detector.h"
#include "extractors/language_detector.h"
#include "extractors/metric_finder.h"
#include "extractors/number_recognizer.h"
#include "extractors/place_resolver.h"
#include "extractors/qualifier_detector.h"
#include "extractors/source_attributor.h"

namespace claimcheck {
namespace {

constexpr size_t kMaxSentenceBytes = 600;  // longer "sentences" are cut for the reviewer
constexpr size_t kMaxHedgeBytes = 160;     // the hedge quoted in an UNVERIFIED flag's reason

TokenizedText AnnotatedTokens(const FoldedText& folded, const Lexicons& lexicons) {
  TokenizedText tokens = Tokenize(folded, lexicons.token_rules);
  lexicons.Annotate(&tokens);
  return tokens;
}

std::string LanguageOf(const v1::Article& article, const Lexicons& lexicons,
                       const TokenizedText& tokens) {
  if (article.language() == "fr" || article.language() == "en") return article.language();
  return DetectLanguage(lexicons, tokens);
}

// Whether drafts a and b (either may be out of range) are numbers of one sentence.
bool SameSentence(const std::vector<ClaimDraft>& d, int a, int b) {
  return a >= 0 && b < static_cast<int>(d.size()) && d[a].sentence == d[b].sentence;
}

// A Markdown front matter block ("---" lines) holds metadata, not text: its title is the
// article's title (article/article_header.h), and its numbers are the body's again.
void DropFrontMatter(const ArticleText& text, std::vector<NumberMention>* mentions) {
  const std::string& original = text.article.text();
  if (!absl::StartsWith(original, "---")) return;
  const size_t close = original.find("\n---", 3);
  if (close == std::string::npos) return;
  std::vector<NumberMention> kept;
  for (NumberMention& m : *mentions) {
    if (text.folded.OriginalOffset(text.tokens.tokens[m.begin].begin) < close) continue;
    kept.push_back(std::move(m));
  }
  *mentions = std::move(kept);
}

// The country of a demonym right beside what is counted: "300 soldats ukrainiens", "500 Russian
// soldiers", "des militaires russes".
std::string SubjectSide(const ArticleText& text, int begin, int end) {
  const TokenizedText& t = text.tokens;
  for (int i = std::max(0, begin - 1); i < std::min(t.size(), end + 2); ++i) {
    const PlaceEntry* e = text.lexicons.DemonymAt(t, i, text.language == "en");
    if (e != nullptr && !e->country.empty()) return e->country;
  }
  return "";
}

// Numbers in a list share their verb: "sept frappes de missiles, 18 frappes aériennes et plus
// de 85 attaques".
bool ListJoins(const ArticleText& text, int from, int to) {
  if (to - from > 3 || to < from) return false;
  for (int i = from; i < to; ++i) {
    if (text.tokens.IsPunct(i, ',') || text.lex.Is(text.tokens, i, WordClass::kListJoiner)) {
      return true;
    }
  }
  return false;
}

// Metrics whose count, when no noun says what is counted, is of people.
bool CountsPeople(v1::Metric m) {
  return m == v1::KILLED || m == v1::WOUNDED || m == v1::MISSING || m == v1::DETAINED ||
         m == v1::DISPLACED || m == v1::AFFECTED || m == v1::CASUALTIES || m == v1::PARTICIPATED;
}

// What a number counts when it names none itself: its whole ("30 des 35 drones") or the count
// before it ("63 of whom", "dont 12").
void LinkParts(const ArticleText& text, std::vector<ClaimDraft>* drafts) {
  std::vector<ClaimDraft>& d = *drafts;
  const int n = static_cast<int>(d.size());
  for (int k = n - 1; k >= 0; --k) {
    if (d[k].subject.partitive && SameSentence(d, k, k + 1)) {
      d[k].part_of = k + 1;
      if (!d[k].subject.from_lexicon) TakeNoun(d[k + 1].subject, &d[k].subject);
    }
  }
  for (int k = 0; k < n; ++k) {
    // "dont 12 enfants", "including 12 children", "parmi eux 3": a part of the count before.
    const bool part = text.lexicons.PhraseEndsAt(text.tokens, d[k].number.text_begin,
                                                 PhraseClass::kPartOpener);
    if ((d[k].subject.anaphoric || part) &&
        SameSentence(d, k - 1, k) && d[k].number.unit.empty()) {
      // "abattu 52 des 54 drones, dont une quarantaine": a part of the 52, not of the 54.
      const int whole =
          (k >= 2 && d[k - 2].part_of == k - 1 && SameSentence(d, k - 2, k)) ? k - 2 : k - 1;
      d[k].part_of = whole;
      if (d[k].subject.canonical.empty()) TakeNoun(d[whole].subject, &d[k].subject);
    }
  }
}

// "89 ..., contre 63 annoncés initialement", "up from 63": the same count, another value.
void LinkComparisons(const ArticleText& text, std::vector<ClaimDraft>* drafts) {
  std::vector<ClaimDraft>& d = *drafts;
  for (int k = 1; k < static_cast<int>(d.size()); ++k) {
    if (SameSentence(d, k - 1, k) && d[k].number.unit.empty() &&
        text.lexicons.PhraseEndsAt(text.tokens, d[k].number.text_begin,
                                   PhraseClass::kComparisonOpener)) {
      d[k].compared = true;
      if (!d[k].subject.from_lexicon) TakeNoun(d[k - 1].subject, &d[k].subject);
    }
  }
}

// "La CGT revendique 245 000 manifestants ; la police en a compté 30 000. À Toulouse, la
// préfecture annonce 37 000 personnes": people counted with no word of what they did, where the
// count before them in the paragraph (its metric settled) is a crowd, are that kind of crowd.
bool InCrowdParagraph(const ArticleText& text, const std::vector<ClaimDraft>& d, int k) {
  constexpr int kCrowdSentences = 2;  // how far back the crowd before may be
  const std::string& noun = d[k].subject.canonical;
  if (!noun.empty() && !text.lexicons.SubjectIs(noun, SubjectClass::kParticipant)) return false;
  const std::vector<Sentence>& s = text.tokens.sentences;
  for (int j = k - 1; j >= 0 && d[k].sentence - d[j].sentence <= kCrowdSentences; --j) {
    if (s[d[j].sentence].paragraph != s[d[k].sentence].paragraph) return false;
    if (!d[j].number.unit.empty()) continue;
    // "1 800 manifestants sur 14 ronds-points": a count of things that happened to nothing
    // stands beside the crowd, it does not end its paragraph.
    const std::string& thing = d[j].claim.subject();
    if (d[j].claim.metric() == v1::OTHER && !thing.empty() &&
        !text.lexicons.SubjectIs(thing, SubjectClass::kParticipant)) {
      continue;
    }
    return d[j].claim.metric() == v1::PARTICIPATED;
  }
  return false;
}

// "revised the number of people killed in the attack of Oct. 7 to about 1,200", "That number
// fell to two", "Maui police revised it down to 97 from 115": a value a verb of change or of a
// total sets counts what that figure counts: the figure's noun in the clause, else what the
// sentences before in the paragraph counted (their toll, or their last count's metric).
v1::Metric MetricOfSetFigure(const ArticleText& text, const MetricFinder& finder,
                             const std::vector<ClaimDraft>& d, int k) {
  constexpr int kFigureReach = 32;     // from the figure's noun to its value
  constexpr int kSentencesBack = 2;    // "For weeks the official toll moved. It climbed to 115."
  const TokenizedText& t = text.tokens;
  const int value = d[k].number.text_begin;
  const Sentence& s = t.sentences[d[k].sentence];
  if (value <= s.begin) return v1::METRIC_UNSPECIFIED;
  // "a far lower figure of 240,000", "its estimate of 1.03 million": a figure's value.
  const bool figure_of = text.lexicons.Is(t, value - 1, WordClass::kOf) &&
                         (text.lexicons.Is(t, value - 2, WordClass::kFigureNoun));
  // "reaching 115", "rose to 96", "revised it down to 97".
  const bool set = finder.TotalVerbBefore(t, value, s.begin) ||
                   (text.lexicons.IsAny(t, value - 1, WordClass::kChangeTo |
                                                          WordClass::kChangeFrom |
                                                          WordClass::kValuePreposition) &&
                    (ChangeVerbBefore(text.lexicons, t, value - 1, kChangeVerbReach) ||
                     finder.TotalVerbBefore(t, value - 1, s.begin)));
  if (!figure_of && !set) return v1::METRIC_UNSPECIFIED;
  for (int i = value - 1; i >= std::max(s.begin, value - kFigureReach); --i) {
    if (t.IsPunct(i, ';') || t.IsPunct(i, ':')) break;
    if (!text.lexicons.Is(t, i, WordClass::kFigureNoun)) continue;
    const v1::Metric m = finder.FigureMetric(t, i, value);
    if (m != v1::METRIC_UNSPECIFIED) return m;
    break;  // "That number fell to two": the figure is the one before
  }
  const int paragraph = s.paragraph;
  int j = k - 1;
  for (int back = d[k].sentence - 1;
       back >= std::max(0, d[k].sentence - kSentencesBack) && t.sentences[back].paragraph == paragraph;
       --back) {
    for (; j >= 0 && d[j].sentence > back; --j) {}
    for (int c = j; c >= 0 && d[c].sentence == back; --c) {
      if (d[c].number.unit.empty() && d[c].metric != v1::METRIC_UNSPECIFIED) return d[c].metric;
    }
    const Sentence& before = t.sentences[back];
    const v1::Metric toll = finder.FigureMetric(t, before.begin, before.end);
    if (toll != v1::METRIC_UNSPECIFIED) return toll;
  }
  return v1::METRIC_UNSPECIFIED;
}

// The metric of draft k from its own words, else lent by the number it is listed with, its
// whole, the value it is compared with, or the count it is a part of.
v1::Metric MetricOf(const ArticleText& text, const MetricFinder& finder,
                    const std::vector<ClaimDraft>& d, int k) {
  const TokenizedText& t = text.tokens;
  const Sentence& s = t.sentences[d[k].sentence];
  const NumberMention& m = d[k].number;
  // The count before this one in the sentence (measures like "sept jours" do not count).
  int previous = k - 1;
  while (previous >= 0 && SameSentence(d, previous, k) && !d[previous].number.unit.empty()) {
    --previous;
  }
  const bool previous_here = previous >= 0 && SameSentence(d, previous, k);
  const int previous_end = previous_here
                               ? std::max(d[previous].number.text_end, d[previous].subject.end)
                               : s.begin;
  const bool whole_of_partitive = SameSentence(d, k - 1, k) && d[k - 1].part_of == k;
  v1::Metric metric = finder.Find(t, m, d[k].subject, std::max(s.begin, previous_end), s.end,
                                  /*look_back=*/!whole_of_partitive);
  if (metric == v1::METRIC_UNSPECIFIED && previous_here && m.unit.empty() &&
      ListJoins(text, previous_end, m.text_begin)) {
    metric = d[previous].metric;
  }
  if (metric == v1::METRIC_UNSPECIFIED && whole_of_partitive) {
    // "12 missiles ..., et huit des douze missiles": the whole was counted before.
    const std::string& noun = d[k].subject.canonical;
    for (int j = k - 2; j >= 0 && SameSentence(d, j, k); --j) {
      if (d[j].subject.canonical == noun && !noun.empty()) {
        metric = d[j].metric;
        break;
      }
    }
  }
  if (d[k].compared && metric == v1::METRIC_UNSPECIFIED) metric = d[k - 1].metric;
  if (metric == v1::METRIC_UNSPECIFIED && d[k].part_of >= 0 && d[k].part_of < k) {
    metric = d[d[k].part_of].metric;  // "dont 12 enfants" were killed too
  }
  if (metric == v1::METRIC_UNSPECIFIED && m.unit.empty()) metric = MetricOfSetFigure(text, finder, d, k);
  return metric;
}

}  // namespace

void TakeNoun(const Subject& from, Subject* to) {
  to->canonical = from.canonical;
  to->begin = from.begin;
  to->end = from.end;
  to->lent = true;
}

ArticleText::ArticleText(const v1::Article& article, const FoldedText& folded,
                         const Lexicons& lexicons)
    : article(article),
      lexicons(lexicons),
      folded(folded),
      tokens(AnnotatedTokens(folded, lexicons)),
      language(LanguageOf(article, lexicons, tokens)),
      lex(lexicons.ForLanguage(language)) {}

std::string ArticleText::Slice(int begin, int end, size_t max_bytes) const {
  const uint32_t from = folded.OriginalOffset(tokens.tokens[begin].begin);
  const uint32_t to = folded.OriginalOffset(tokens.tokens[end - 1].end);
  const absl::string_view slice = absl::string_view(article.text()).substr(from, to - from);
  if (slice.size() <= max_bytes) return std::string(slice);
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(slice[cut]) & 0xC0) == 0x80) --cut;
  return absl::StrCat(slice.substr(0, cut), "…");
}

std::vector<ClaimDraft> DraftClaims(const ArticleText& text) {
  std::vector<NumberMention> mentions = NumberRecognizer(text.lex).Find(text.tokens);
  QualifierDetector(text.lex).Apply(text.tokens, &mentions);
  DropFrontMatter(text, &mentions);
  const v1::Article& article = text.article;
  const TokenizedText& t = text.tokens;
  std::vector<ClaimDraft> drafts(mentions.size());
  for (size_t k = 0; k < mentions.size(); ++k) {
    ClaimDraft& draft = drafts[k];
    draft.number = std::move(mentions[k]);
    const NumberMention& m = draft.number;
    draft.sentence = t.sentence_of[m.begin];
    v1::Claim& claim = draft.claim;
    claim.set_id(absl::StrCat(article.id(), "#", k + 1));
    claim.set_article_id(article.id());
    claim.mutable_number_span()->set_start(text.folded.OriginalOffset(t.tokens[m.begin].begin));
    claim.mutable_number_span()->set_end(text.folded.OriginalOffset(t.tokens[m.end - 1].end));
    v1::Quantity* q = claim.mutable_quantity();
    q->set_value(m.value);
    if (m.lower) q->set_lower(*m.lower);
    if (m.upper) q->set_upper(*m.upper);
    q->set_qualifier(m.qualifier);
    q->set_text(text.Slice(m.text_begin, m.text_end));
    if (!m.unit.empty()) q->set_unit(m.unit);  // an empty string still costs an allocation
    const Sentence& s = t.sentences[draft.sentence];
    claim.set_sentence(text.Slice(s.begin, s.end, kMaxSentenceBytes));
    claim.set_language(text.language);
    if (article.has_published_at()) *claim.mutable_published_at() = article.published_at();
  }
  return drafts;
}

void FindSubjects(const ArticleText& text, std::vector<ClaimDraft>* drafts) {
  const SubjectFinder finder(text.lex);
  const TokenizedText& t = text.tokens;
  for (ClaimDraft& d : *drafts) {
    d.subject = finder.Find(t, d.number, t.sentences[d.sentence].end);
  }
  LinkParts(text, drafts);
  LinkComparisons(text, drafts);
  for (ClaimDraft& d : *drafts) {
    const Subject& subject = d.subject;
    d.claim.set_subject(subject.canonical);
    if (subject.begin >= 0 && subject.end > subject.begin) {
      d.claim.set_subject_text(text.Slice(subject.begin, subject.end));
      if (std::string side = SubjectSide(text, subject.begin, subject.end); !side.empty()) {
        d.claim.set_subject_side(std::move(side));
      }
    }
    if (d.part_of >= 0) d.claim.set_part_of_claim_id((*drafts)[d.part_of].claim.id());
  }
}

void FindMetrics(const ArticleText& text, std::vector<ClaimDraft>* drafts) {
  const MetricFinder finder(text.lex);
  std::vector<ClaimDraft>& d = *drafts;
  // In text order: a number lends its metric to the ones after it.
  for (int k = 0; k < static_cast<int>(d.size()); ++k) d[k].metric = MetricOf(text, finder, d, k);
  for (int k = 0; k < static_cast<int>(d.size()); ++k) {
    ClaimDraft& draft = d[k];
    const bool count = draft.number.unit.empty();
    // "6 000 manifestants" with no verb of their own took part; "tués" would have beaten it.
    const v1::Metric own = draft.metric != v1::METRIC_UNSPECIFIED
                               ? draft.metric
                               : text.lexicons.StatusOf(draft.subject.canonical);
    v1::Metric metric = count ? finder.Settle(own, draft.subject.canonical) : v1::OTHER;
    // Only people take part: "35 of Kenya's 47 counties" saw crowds, they were none (and "30
    // attaques revendiquées" are attacks).
    if (metric == v1::PARTICIPATED && !draft.subject.canonical.empty() &&
        !text.lexicons.SubjectIs(draft.subject.canonical, SubjectClass::kParticipant)) {
      metric = finder.Settle(v1::METRIC_UNSPECIFIED, draft.subject.canonical);
    }
    if (count && own == v1::METRIC_UNSPECIFIED && InCrowdParagraph(text, *drafts, k)) {
      metric = v1::PARTICIPATED;
    }
    draft.claim.set_metric(metric);
    if (draft.claim.subject().empty() && count && CountsPeople(metric)) {
      draft.claim.set_subject("person");
    }
  }
}

void FindSources(const ArticleText& text, std::vector<ClaimDraft>* drafts) {
  const SourceAttributor sources(text.lexicons, text.lex, text.tokens, text.article.text());
  for (ClaimDraft& d : *drafts) {
    if (d.elided_speaker_begin >= 0) {
      // "..., la préfecture de police 81 000": its own speaker, the verb of the count before.
      *d.claim.mutable_source() =
          sources.SpeakerAt(d.sentence, d.elided_speaker_begin, d.elided_speaker_end);
      d.speaker_begin = d.elided_speaker_begin;
      d.speaker_end = d.elided_speaker_end;
      continue;
    }
    const SpeakerOfNumber who = sources.For(d.sentence, d.number.begin);
    if (who.source != nullptr) *d.claim.mutable_source() = *who.source;
    d.claim.set_earlier_report(who.earlier);
    d.speaker_begin = who.speaker_begin;
    d.speaker_end = who.speaker_end;
  }
}

namespace {

// "La CGT a revendiqué 3,5 millions de participants, dont plus de 800 000 dans la capitale": a
// count whose part is a town's share its sentence names, placed in that town only as the
// article's place, is the country's.
void PlaceWholesAboveTheirParts(const PlaceResolver& places, std::vector<ClaimDraft>* drafts) {
  constexpr float kNamedHere = 0.9f;     // the part's town is named in its sentence
  constexpr float kArticlesOwn = 0.5f;   // the whole's is only the article's place
  std::vector<ClaimDraft>& d = *drafts;
  for (const ClaimDraft& part : d) {
    if (part.part_of < 0) continue;
    v1::Claim& whole = d[part.part_of].claim;
    const v1::Location& town = part.claim.location();
    if (whole.location().confidence() > kArticlesOwn || town.confidence() < kNamedHere ||
        town.kind() == "country" ||
        town.country().empty() || whole.location().canonical() != town.canonical()) {
      continue;
    }
    v1::Location country = places.CountryPlace(town.country(), whole.location().confidence());
    if (!country.canonical().empty()) *whole.mutable_location() = std::move(country);
  }
}

}  // namespace

void FindPlaces(const ArticleText& text, std::vector<ClaimDraft>* drafts) {
  const PlaceResolver places(text.lexicons, text.lex, text.tokens, text.article.text());
  // Every speaker's words name a seat, not a place of events: "la préfecture d'Ille-et-Vilaine,
  // et le double selon les syndicats, qui en revendiquent 45 000".
  std::vector<PlaceResolver::Span> speakers;
  for (const ClaimDraft& d : *drafts) {
    if (d.speaker_begin >= 0) speakers.emplace_back(d.speaker_begin, d.speaker_end);
  }
  std::sort(speakers.begin(), speakers.end());
  speakers.erase(std::unique(speakers.begin(), speakers.end()), speakers.end());
  for (ClaimDraft& d : *drafts) {
    v1::Location where = places.For(d.sentence, d.number.begin, speakers);
    if (!where.canonical().empty()) *d.claim.mutable_location() = std::move(where);
  }
  PlaceWholesAboveTheirParts(places, drafts);
}

void FindHedges(const ArticleText& text, std::vector<ClaimDraft>* drafts) {
  std::vector<ClaimDraft>& d = *drafts;
  const int n = static_cast<int>(d.size());
  std::vector<int> sentences(n);
  for (int k = 0; k < n; ++k) sentences[k] = d[k].sentence;
  const HedgeDetector hedges(text.lex);
  const std::vector<int> hedged = hedges.Cover(text.tokens, sentences);
  for (int k = 0; k < n; ++k) d[k].hedge_sentence = hedged[k];
  // "It provided no evidence for its claims": the speaker's figures in the paragraph before
  // are its claims too. Keyed by (paragraph, speaker) so a long article stays linear.
  const auto paragraph = [&](int k) { return text.tokens.sentences[d[k].sentence].paragraph; };
  const auto speaker_key = [&](int k) -> absl::string_view {
    const v1::Source& x = d[k].claim.source();
    return x.canonical_id().empty() ? x.text() : x.canonical_id();
  };
  absl::flat_hash_map<std::pair<int, absl::string_view>, int> hedged_speakers;
  for (int k = 0; k < n; ++k) {
    if (d[k].hedge_sentence >= 0 && !speaker_key(k).empty()) {
      hedged_speakers.emplace(std::make_pair(paragraph(k) - 1, speaker_key(k)), d[k].hedge_sentence);
    }
  }
  if (!hedged_speakers.empty()) {
    for (int j = 0; j < n; ++j) {
      if (d[j].hedge_sentence >= 0 || speaker_key(j).empty()) continue;
      auto it = hedged_speakers.find(std::make_pair(paragraph(j), speaker_key(j)));
      if (it != hedged_speakers.end()) d[j].hedge_sentence = it->second;
    }
  }
  // Many claims may share one hedge sentence (a megabyte-long one, at worst): quoted once.
  absl::flat_hash_map<int, std::string> reasons;
  for (ClaimDraft& draft : d) {
    if (draft.hedge_sentence < 0) continue;
    auto [reason, added] = reasons.try_emplace(draft.hedge_sentence);
    if (added) {
      reason->second = absl::StrCat(
          "hedged by the article: \"",
          hedges.Quote(text.article.text(), text.tokens, draft.hedge_sentence, kMaxHedgeBytes),
          "\"");
    }
    v1::Flag* flag = draft.claim.add_flags();
    flag->set_kind(v1::UNVERIFIED);
    flag->set_reason(reason->second);
  }
}

void FlagUnattributed(std::vector<ClaimDraft>* drafts) {
  for (ClaimDraft& d : *drafts) {
    if (!d.claim.source().text().empty() || !d.number.unit.empty()) continue;
    v1::Flag* flag = d.claim.add_flags();
    flag->set_kind(v1::UNATTRIBUTED);
    flag->set_reason("the article names no source for this figure");
  }
}

}  // namespace claimcheck
