#include "extractors/place_resolver.h"

#include <algorithm>
#include <cstdlib>
#include <optional>

#include "absl/container/flat_hash_map.h"

namespace claimcheck {
namespace {

constexpr float kInSentence = 1.0f;
constexpr float kReferenced = 0.9f;  // "la capitale": named in the sentence, through another word
constexpr float kCarried = 0.8f;     // from the sentences before, in the same paragraph
constexpr float kArticle = 0.5f;     // the article's place
constexpr int kNear = 60;            // tokens: how far from a number a place may stand
constexpr int kHeadSentences = 14;   // a page's head (crumbs, title, byline) is no longer
constexpr int kBylineTokens = 40;    // a byline is shorter
constexpr int kBodyWords = 8;       // a sentence of the text proper has at least this many words
constexpr int kLookBack = 64;         // mentions: how far back a reference looks for its place
constexpr int kCarryBack = 3;         // sentences: how far back a place carries in a paragraph
constexpr int kCountryPenalty = 12;   // tokens: a town this much farther still beats a country
constexpr int kClausePenalty = 25;    // tokens: per clause boundary between number and place

}  // namespace

PlaceResolver::PlaceResolver(const Lexicons& lexicons, const LanguageLexicon& language,
                             const TokenizedText& text, absl::string_view original)
    : lex_(lexicons), lang_(language), text_(text), original_(original) {
  head_end_ = FindHeadEnd();
  CollectMentions();
  ChooseTopic();
  ResolveReferences();
}

int PlaceResolver::FindHeadEnd() const {
  const TokenizedText& t = text_;
  const int limit = std::min<int>(kHeadSentences, t.sentences.size());
  // A byline ("par Karim B.", "By Mercy Wanjiru | Nairobi | ...") closes the head when there is
  // one; the text proper is the first long sentence after it (a lead may come before a title).
  int after = 0;
  for (int s = 0; s < limit; ++s) {
    const Sentence& sentence = t.sentences[s];
    if (sentence.end - sentence.begin > kBylineTokens) continue;
    bool bar = false;
    for (int i = sentence.begin; i < sentence.end && !bar; ++i) bar = t.IsPunct(i, '|');
    const bool terminal = t.IsPunct(sentence.end - 1, '.') || t.IsPunct(sentence.end - 1, '"');
    if ((lang_.Is(t, sentence.begin, WordClass::kBy) && !terminal) || bar) after = s + 1;
  }
  for (int s = after; s < limit; ++s) {
    const Sentence& sentence = t.sentences[s];
    int last = sentence.end - 1;
    while (last > sentence.begin && (t.IsPunct(last, '"') || t.IsPunct(last, ')'))) --last;
    if (!t.IsPunct(last, '.') && !t.IsPunct(last, '!') && !t.IsPunct(last, '?')) continue;
    int words = 0;
    for (int i = sentence.begin; i < sentence.end && words < kBodyWords; ++i) {
      words += t.tokens[i].kind == TokenKind::kWord;
    }
    if (words >= kBodyWords) return s;
  }
  return after < limit ? after : 0;
}

int PlaceResolver::DemonymAt(int i) const {
  const PlaceEntry* e = lex_.DemonymAt(text_, i, lang_.language == "en");
  return e == nullptr ? -1 : CountryOf(e->country);
}

int PlaceResolver::CountryOf(absl::string_view code) const {
  auto it = lex_.country_by_code.find(code);
  return it == lex_.country_by_code.end() ? -1 : it->second;
}

int PlaceResolver::CapitalOf(absl::string_view code) const {
  auto it = lex_.capital_by_code.find(code);
  return it == lex_.capital_by_code.end() ? -1 : it->second;
}

void PlaceResolver::ChooseTopic() {
  // 1. The title: the first line of the head that is neither crumbs nor byline nor a sentence.
  //    Its most telling place: one after a preposition ("à Kiev", "in Derna"), then a country
  //    after one ("Séisme en Turquie"), then any town or region ("Dnipro missile strike"), then
  //    a country ("Kenya rights body"), then a demonym ("41 Russian warplanes").
  // 2. Else the crumbs ("Accueil » France » Société") the same way.
  // 3. Else the place the text names most, at least twice (towns and regions only).
  const int demonym_country = ChooseHeadPlace();
  if (topic_ < 0 && demonym_country >= 0) topic_country_ = demonym_country;
  if (topic_ < 0 && topic_country_ < 0) topic_ = MostNamedPlace();
  if (topic_ >= 0 && topic_country_ < 0 && mentions_[topic_].entry >= 0) {
    const PlaceEntry& e = lex_.place_entries[mentions_[topic_].entry];
    topic_country_ = e.IsCountry() ? mentions_[topic_].entry : CountryOf(e.country);
  }
  if (topic_country_ < 0) topic_country_ = MostNamedCountry();
}

int PlaceResolver::ChooseHeadPlace() {
  const TokenizedText& t = text_;
  int demonym_country = -1;
  for (int pass = 0; pass < 2 && topic_ < 0; ++pass) {
    for (int s = 0; s < head_end_ && topic_ < 0; ++s) {
      const Sentence& sentence = t.sentences[s];
      int words = 0;
      bool bar = false;
      for (int i = sentence.begin; i < sentence.end; ++i) {
        words += t.tokens[i].kind == TokenKind::kWord;
        bar = bar || t.IsPunct(i, '|');
      }
      if (lang_.Is(t, sentence.begin, WordClass::kBy) || bar || words < 2) continue;
      // "Accueil » France", "World › Europe", "News > World", "News / World".
      const int after_first = sentence.begin + 1;
      const bool crumbs = lang_.Is(t, sentence.begin, WordClass::kCrumbs) ||
                          t.IsPunct(after_first, '>') || t.IsPunct(after_first, '/') ||
                          t.Is(after_first, "›") || t.Is(after_first, "»");
      if (crumbs != (pass == 1)) continue;
      topic_ = BestInHeadLine(s);
      if (topic_ < 0 && demonym_country < 0) {
        for (int i = sentence.begin; i < sentence.end && demonym_country < 0; ++i) {
          demonym_country = DemonymAt(i);
        }
      }
      if (pass == 0 && words >= 3) break;  // the title is one line
    }
  }
  return demonym_country;
}

int PlaceResolver::HeadRank(const PlaceMention& m) const {
  if (m.reference || m.speaker) return 0;
  if (m.entry < 0) return m.locative ? 5 : 0;
  const PlaceEntry& e = lex_.place_entries[m.entry];
  if (e.IsCountry()) return m.locative ? 4 : 2;
  if (e.kind == "capital" && !m.locative) return 0;
  return m.locative ? 5 : 3;
}

int PlaceResolver::BestInHeadLine(int s) const {
  int best = -1, best_rank = 0;
  for (int k = first_in_sentence_[s]; k < first_in_sentence_[s + 1]; ++k) {
    const int r = HeadRank(mentions_[k]);
    if (r > best_rank) {
      best_rank = r;
      best = k;
    }
  }
  // "Guerre en Ukraine : ... sur la gare de Kramatorsk": a city of that country in the same
  // title is the more telling place (a region is not: "Sudan cholera ... Darfur" stays Sudan).
  if (best >= 0 && mentions_[best].entry >= 0 &&
      lex_.place_entries[mentions_[best].entry].IsCountry()) {
    const std::string& country = lex_.place_entries[mentions_[best].entry].country;
    for (int k = first_in_sentence_[s]; k < first_in_sentence_[s + 1]; ++k) {
      const PlaceMention& m = mentions_[k];
      if (k == best || HeadRank(m) == 0 || m.entry < 0) continue;
      const PlaceEntry& e = lex_.place_entries[m.entry];
      if (e.kind == "city" && e.country == country) return k;
    }
  }
  return best;
}

int PlaceResolver::MostNamedPlace() const {
  // The place the text names most: towns and regions, capitals only as places.
  absl::flat_hash_map<absl::string_view, int> counts;
  absl::flat_hash_map<absl::string_view, int> first_mention;
  for (int k = 0; k < static_cast<int>(mentions_.size()); ++k) {
    const PlaceMention& p = mentions_[k];
    if (p.reference) continue;
    absl::string_view key = p.text;
    if (p.entry >= 0) {
      const PlaceEntry& e = lex_.place_entries[p.entry];
      if (e.IsCountry() || e.kind == "area" || (e.kind == "capital" && !p.locative)) continue;
      key = e.canonical;
    }
    if (++counts[key] == 1) first_mention[key] = k;
  }
  int topic = -1;
  int best = 1;  // named at least twice; ties go to the first named
  for (const auto& [key, count] : counts) {
    const int k = first_mention[key];
    if (count > best || (count == best && topic >= 0 && count > 1 && k < topic)) {
      best = count;
      topic = k;
    }
  }
  return topic;
}

int PlaceResolver::MostNamedCountry() const {
  // The country named most as a place ("en Ukraine", "in Sudan").
  absl::flat_hash_map<int, int> counts;
  int best = 0, country = -1;
  for (const PlaceMention& m : mentions_) {
    if (m.reference || m.entry < 0 || !m.locative) continue;
    if (!lex_.place_entries[m.entry].IsCountry()) continue;
    if (++counts[m.entry] > best) {
      best = counts[m.entry];
      country = m.entry;
    }
  }
  return country;
}

void PlaceResolver::ResolveReferences() {
  const auto paragraph_of = [&](const PlaceMention& m) {
    return text_.sentences[m.sentence].paragraph;
  };
  for (int k = 0; k < static_cast<int>(mentions_.size()); ++k) {
    PlaceMention& r = mentions_[k];
    if (!r.reference || r.entry >= 0) continue;
    const PlaceEntry& what = lex_.place_entries[r.wants];
    const std::string& wants = what.canonical;
    if (what.kind == "scope" || wants == "country") {
      r.entry = topic_country_;
      continue;
    }
    // What a mention may stand for: "la capitale" a capital, "la ville" a town, "la région" a
    // region (a town's name is often its region's too), "la zone" any of these.
    const auto fits = [&](const PlaceMention& m) {
      if (m.speaker || (m.reference && m.entry < 0)) return false;
      // An unknown name may be a district or a camp: only "la zone", "the camp" take one.
      if (m.entry < 0) return wants == "area";
      const std::string& kind = lex_.place_entries[m.entry].kind;
      if (wants == "capital") return kind == "capital";
      if (wants == "city") return kind == "city" || kind == "capital";
      if (wants == "region") return kind == "region";
      return kind == "area" || kind == "region" || kind == "city";
    };
    const auto take = [&](int j) {
      if (mentions_[j].entry >= 0) {
        r.entry = mentions_[j].entry;
      } else {
        r.refers_to = j;
      }
    };
    // 1. The last one named before it in its paragraph.
    const int stop = std::max(0, k - kLookBack);
    for (int j = k - 1; j >= stop && paragraph_of(mentions_[j]) == paragraph_of(r); --j) {
      if (fits(mentions_[j])) {
        take(j);
        break;
      }
    }
    if (r.entry >= 0 || r.refers_to >= 0) continue;
    // 2. The article's place, if it is one ("la zone sinistrée" of an
    // earthquake in Turkey).
    if (topic_ >= 0 && (fits(mentions_[topic_]) ||
                        ((wants == "region" || wants == "area") && mentions_[topic_].entry >= 0 &&
                         !mentions_[topic_].reference))) {
      take(topic_);
      continue;
    }
    // 3. The capital of the article's country; the last one named anywhere
    // before.
    if (wants == "capital" && topic_country_ >= 0) {
      r.entry = CapitalOf(lex_.place_entries[topic_country_].country);
      if (r.entry >= 0) continue;
    }
    for (int j = k - 1; j >= stop; --j) {
      if (fits(mentions_[j])) {
        take(j);
        break;
      }
    }
  }
}

int PlaceResolver::ClauseBreaks(int from, int to) const {
  const TokenizedText& t = text_;
  int breaks = 0;
  for (int i = from + 1; i < to; ++i) {
    const Token& tok = t.tokens[i];
    if (tok.kind == TokenKind::kPunct) {
      breaks += t.IsPunct(i, ';') || t.IsPunct(i, '(') || t.IsPunct(i, ')') ||
                (t.IsPunct(i, '-') && tok.space_before);
    } else if (tok.kind == TokenKind::kWord) {
      breaks += lang_.Is(t, i, WordClass::kClauseBreak);
    }
  }
  return breaks;
}

bool PlaceResolver::Usable(const PlaceMention& p) const {
  if (p.reference) return p.entry >= 0 || p.refers_to >= 0;
  if (p.speaker || p.apposition) return false;
  if (p.entry < 0) return true;
  const PlaceEntry& e = lex_.place_entries[p.entry];
  if (e.kind == "capital" || e.IsCountry()) return p.locative;
  return true;
}

bool PlaceResolver::InTopicCountry(const PlaceMention& m) const {
  if (m.entry < 0 || topic_ < 0 || mentions_[topic_].entry < 0) return false;
  const PlaceEntry& e = lex_.place_entries[m.entry];
  const PlaceEntry& topic = lex_.place_entries[mentions_[topic_].entry];
  return e.IsCountry() && !topic.IsCountry() && topic.country == e.country;
}

v1::Location PlaceResolver::ToLocation(const PlaceMention& p, float confidence) const {
  v1::Location loc;
  loc.set_text(p.text);
  if (p.entry >= 0) {
    const PlaceEntry& e = lex_.place_entries[p.entry];
    loc.set_canonical(e.within.empty() ? e.canonical : e.within);
    loc.set_country(e.country);
    loc.set_kind(e.within.empty() ? e.kind : e.within_kind);
  } else if (p.reference && p.refers_to >= 0) {
    loc.set_canonical(mentions_[p.refers_to].text);
  } else {
    loc.set_canonical(p.text);
  }
  loc.set_confidence(confidence);
  return loc;
}

v1::Location PlaceResolver::CountryPlace(absl::string_view code, float confidence) const {
  const int entry = CountryOf(code);
  if (entry < 0) return v1::Location();
  PlaceMention p;
  p.entry = entry;
  p.text = lex_.place_entries[entry].canonical;
  return ToLocation(p, confidence);
}

bool PlaceResolver::InSpeaker(const std::vector<Span>& speakers, int i) {
  // Sorted by start: the spans that may hold i start no more than a speaker's length before it.
  constexpr int kLongestSpeaker = 16;
  for (auto it = std::lower_bound(speakers.begin(), speakers.end(), Span(i - kLongestSpeaker, 0));
       it != speakers.end() && it->first <= i; ++it) {
    if (i < it->second) return true;
  }
  return false;
}

int PlaceResolver::PartClauseOf(int place) const {
  constexpr int kPlaceAfterPart = 4;    // "dont plus de 800 000 dans la capitale"
  constexpr int kOpenerBeforePart = 3;  // "dont plus de 800 000"
  const TokenizedText& t = text_;
  const int sentence_begin = t.sentences[t.sentence_of[place]].begin;
  for (int i = place - 1; i >= std::max(sentence_begin, place - 1 - kPlaceAfterPart); --i) {
    if (t.tokens[i].kind == TokenKind::kPunct) return -1;
    if (t.tokens[i].kind != TokenKind::kNumber) continue;
    for (int j = i; j >= std::max(sentence_begin, i - kOpenerBeforePart); --j) {
      if (lex_.PhraseEndsAt(t, j, PhraseClass::kPartOpener)) return j;
    }
    return -1;
  }
  return -1;
}

v1::Location PlaceResolver::For(int sentence, int number, const std::vector<Span>& speakers) const {
  const PlaceMention* best = nullptr;
  const PlaceMention* country = nullptr;  // a country named but not as a place of events
  int best_rank = 1 << 30;
  // Only places near the number compete (a sentence may be a whole page of text).
  const auto begin = mentions_.begin() + first_in_sentence_[sentence];
  const auto end = mentions_.begin() + first_in_sentence_[sentence + 1];
  auto first = std::lower_bound(begin, end, number - kNear,
                                [](const PlaceMention& p, int at) { return p.begin < at; });
  // Usable places near the number; most sentences have at most one.
  const PlaceMention* candidates[8];
  int n = 0;
  for (auto it = first; it != end && it->begin <= number + kNear && n < 8; ++it) {
    const PlaceMention& p = *it;
    if (!p.locative && InSpeaker(speakers, p.begin)) continue;  // a speaker's seat
    // "tirs sur plus de 20 villes et villages ... de Bakhmut": the towns counted are no place of
    // their own count.
    if (p.counted_towns && p.begin > number && p.begin - number <= 2) continue;
    if (const int part = PartClauseOf(p.begin); part >= 0 && (number < part || number > p.begin)) {
      continue;
    }
    if (!Usable(p)) {
      if (p.entry >= 0 && !p.reference && lex_.place_entries[p.entry].IsCountry() &&
          country == nullptr) {
        country = &p;
      }
      continue;
    }
    // "tandis que l'Institut pour l'étude de la guerre": "the war", "le pays" speak for the number
    // only in its own clause.
    if (p.reference && !p.by_demonym && p.entry >= 0 && lex_.place_entries[p.entry].IsCountry() &&
        ClauseBreaks(std::min(p.begin, number), std::max(p.begin, number)) > 0) {
      continue;
    }
    candidates[n++] = &p;
  }
  for (int c = 0; c < n; ++c) {
    const PlaceMention& p = *candidates[c];
    if (n == 1) {
      best = &p;
      break;
    }
    // The nearest, preferring what follows the number, a town to a country a little farther, and
    // what stands in the number's own clause ("39 tués en Ukraine, dont 30 à Kiev").
    int rank = std::abs(p.begin - number) + (p.begin < number ? 5 : 0);
    if (p.entry >= 0 && lex_.place_entries[p.entry].IsCountry()) rank += kCountryPenalty;
    rank += kClausePenalty * ClauseBreaks(std::min(p.begin, number), std::max(p.begin, number));
    if (rank < best_rank) {
      best_rank = rank;
      best = &p;
    }
  }
  if (best != nullptr) return ToLocation(*best, best->reference ? kReferenced : kInSentence);
  // The sentences before, in the same paragraph: "Deux personnes y ont été tuées".
  const int paragraph = text_.sentences[sentence].paragraph;
  for (int s = sentence - 1;
       s >= std::max(head_end_, sentence - kCarryBack) && text_.sentences[s].paragraph == paragraph;
       --s) {
    // The sentence's first place is what it is about ("à Soumy, dans le nord-est").
    for (int k = first_in_sentence_[s]; k < first_in_sentence_[s + 1]; ++k) {
      if (!Usable(mentions_[k])) continue;
      if (!mentions_[k].locative && InSpeaker(speakers, mentions_[k].begin)) continue;
      // The article's town says more than its country: "territoire russe" in a Kursk story.
      if (InTopicCountry(mentions_[k])) return ToLocation(mentions_[topic_], kArticle);
      return ToLocation(mentions_[k], kCarried);
    }
  }
  if (topic_ >= 0) return ToLocation(mentions_[topic_], kArticle);
  if (country != nullptr) return ToLocation(*country, kArticle);
  if (topic_country_ >= 0) {
    PlaceMention p;
    p.entry = topic_country_;
    p.text = lex_.place_entries[topic_country_].canonical;
    return ToLocation(p, kArticle);
  }
  return v1::Location();
}

}  // namespace claimcheck
