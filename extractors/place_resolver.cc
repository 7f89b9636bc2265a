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
constexpr int kBodyWords = 8;
constexpr int kAppositionTokens = 9;  // ", the last major city in": at most this many tokens
constexpr int kDatelineTokens = 10;   // "KYIV, June 2 -", "TBILISI, Dec 3 (AP) -"        // a
                                      // sentence of the text proper has at least this many words
constexpr int kLookBack = 64;         // mentions: how far back a reference looks for its place
constexpr int kCarryBack = 3;         // sentences: how far back a place carries in a paragraph
constexpr int kCountryPenalty = 12;   // tokens: a town this much farther still beats a country
constexpr int kClausePenalty = 25;    // tokens: per clause boundary between number and place

bool IsCountry(const PlaceEntry& e) { return e.kind == "country"; }
// Kinds that are not places of their own (see places.tsv).
bool IsDemonym(const PlaceEntry& e) { return e.kind == "demonym"; }
bool IsReferenceKind(const PlaceEntry& e) {
  return e.kind == "refers" || e.kind == "refers-demonym" || e.kind == "scope";
}

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

void PlaceResolver::CollectMentions() {
  const TokenizedText& text = text_;
  first_in_sentence_.assign(text.sentences.size() + 1, 0);
  for (size_t s = 0; s < text.sentences.size(); ++s) {
    first_in_sentence_[s] = static_cast<int>(mentions_.size());
    const Sentence& sentence = text.sentences[s];
    // In a headline set in capitals every word looks like a name: only the gazetteer counts.
    int all_capitals = -1;  // not yet known
    const auto in_capitals = [&]() {
      if (all_capitals < 0) {
        int words = 0, capitals = 0;
        for (int i = sentence.begin; i < sentence.end; ++i) {
          const Token& tok = text.tokens[i];
          if (tok.kind != TokenKind::kWord || tok.end - tok.begin < 2) continue;
          ++words;
          capitals += text.folded->IsUpper(tok.begin) && text.folded->IsUpper(tok.begin + 1);
        }
        all_capitals = words >= 3 && capitals * 5 >= words * 4;
      }
      return all_capitals == 1;
    };
    // "Les garde-frontières finlandais ... 4 800 Russes entrés dans le pays": Finland.
    int first_demonym = -1;
    for (int i = sentence.begin; i < sentence.end; ++i) {
      const Token& tok = text.tokens[i];
      if (tok.kind != TokenKind::kWord) continue;
      // Names are capitalised; the words that point to a place need not be.
      const bool word = text.lexicon_mask.empty() ||
                        ((text.lexicon_mask[i] >> lex_.place_words.mask_bit()) & 1u) != 0;
      if (!tok.upper && !word) continue;
      std::optional<PhraseTable::Match> m;
      if (tok.upper) m = lex_.places.LongestAt(text, i);
      if (!m && word) m = lex_.place_words.LongestAt(text, i);
      const PlaceEntry* e = m ? &lex_.place_entries[m->payload] : nullptr;
      if (e != nullptr && IsDemonym(*e)) {
        if (first_demonym < 0 && (lang_.language != "en" || tok.upper)) {
          first_demonym = CountryOf(e->country);
        }
        continue;
      }
      // Most capitalised words are neither in the gazetteer nor after a preposition of place.
      if (e == nullptr && (i == sentence.begin || !IntroducesUnknownPlace(i))) continue;
      PlaceMention p;
      p.begin = i;
      p.sentence = static_cast<int>(s);
      if (e != nullptr && IsReferenceKind(*e)) {
        // "la capitale russe", "the Russian capital", "la région", "le pays", "nationwide".
        p.end = i + m->num_tokens;
        p.reference = true;
        p.locative = true;
        p.wants = m->payload;
        const bool english = lang_.language == "en";
        const int demonym = e->kind == "scope" ? -1 : english ? DemonymAt(i - 1) : DemonymAt(p.end);
        if (demonym >= 0) {
          if (english) {
            --p.begin;
          } else {
            ++p.end;
          }
          p.by_demonym = true;
          const std::string& code = lex_.place_entries[demonym].country;
          p.entry = e->canonical == "capital" ? CapitalOf(code) : demonym;
          if (p.entry < 0) continue;
        } else if (e->kind == "refers-demonym") {
          continue;  // "les villes" alone is no place
        } else if (e->kind == "refers") {
          // A determiner before: "la ville", "the same region".
          int k = i - 1;
          if (lang_.Is(text, k, WordClass::kSame)) --k;
          if (k < sentence.begin || !lang_.Is(text, k, WordClass::kReferenceDeterminer)) continue;
          // "la région voisine de l'Est", "the neighbouring region": somewhere else, which the
          // words as written name (not the article's place, nor the one named before).
          const bool after = p.end < sentence.end && lang_.Is(text, p.end, WordClass::kElsewhere);
          if (after || lang_.Is(text, i - 1, WordClass::kElsewhere)) {
            if (after) {
              ++p.end;
            } else {
              --p.begin;
            }
            p.reference = false;
            p.wants = -1;
          } else if (lang_.IsAny(text, p.end, WordClass::kOf | WordClass::kContractedOf)) {
            continue;  // "la ville de Koupiansk", "the city of Dnipro": the name follows
          }
          if (p.reference && e->canonical == "country" && first_demonym >= 0) {
            p.entry = first_demonym;
          }
        }
        const uint32_t from = text.folded->OriginalOffset(text.tokens[p.begin].begin);
        const uint32_t to = text.folded->OriginalOffset(text.tokens[p.end - 1].end);
        p.text = std::string(original_.substr(from, to - from));
        i = p.end - 1;
        mentions_.push_back(std::move(p));
        continue;
      }
      if (!tok.upper) continue;  // a small word naming no place
      if (e != nullptr) {
        p.entry = m->payload;
        p.end = i + m->num_tokens;
      } else if (DemonymAt(i) < 0 && !in_capitals()) {
        // An unknown capitalised name after a preposition of place: "à Kourakhové".
        p.end = i + 1;
        while (p.end < sentence.end && !text.tokens[p.end].newline_before) {
          if (text.tokens[p.end].upper && text.tokens[p.end].kind == TokenKind::kWord) {
            ++p.end;
          } else if (text.IsPunct(p.end, '-') && !text.tokens[p.end].space_before &&
                     p.end + 1 < sentence.end && !text.tokens[p.end + 1].space_before &&
                     text.tokens[p.end + 1].kind == TokenKind::kWord) {
            p.end += 2;  // "Al-Haouz", "Sidi-Bou-Othmane"
          } else {
            break;
          }
        }
        // "à Reuters", "sur Telegram", "in March": a speaker, a channel or a date.
        if (lex_.SourceAt(text, i)) continue;
        if (auto cue = lang_.cues.LongestAt(text, i)) {
          const CueKind kind = lang_.cue_entries[cue->payload].kind;
          if (kind == CueKind::kChannel || kind == CueKind::kMonth) continue;
        }
      } else {
        continue;
      }
      if (i == sentence.begin && IsDateline(p.begin, p.end)) {
        i = p.end - 1;
        continue;
      }
      p.locative = IsLocative(i);
      // "» Canada: 1,000 wildfires burning", "- Chad: 600,000 refugees": a line about a place.
      // (A title's "Sudan: ... storms Zamzam camp" has a more telling place.)
      if (static_cast<int>(s) >= head_end_ && text.IsPunct(p.end, ':') && StartsLine(p.begin)) {
        p.locative = true;
      }
      // "in Ukraine's SBU", "à Kiev's"...: a possessive names an owner, not where.
      if (lang_.Is(text, p.end, WordClass::kPossessive)) p.locative = false;
      // "l'ONG Iran Human Rights, basée à Oslo": a seat, not a place of events.
      if (lang_.Is(text, p.begin - 2, WordClass::kSeatWord)) p.speaker = true;
      // "El-Fasher, capitale du Darfour-Nord", "Tawila, North Darfur": a wider place that only
      // situates the one before it.
      if (!mentions_.empty() && mentions_.back().sentence == static_cast<int>(s) &&
          IsApposition(mentions_.back(), p)) {
        p.apposition = true;
      }
      if (p.entry >= 0 && !p.locative) {
        // "Ukraine says", "Moscou a affirmé": a government speaking.
        const PlaceEntry& pe = lex_.place_entries[p.entry];
        if (IsCountry(pe) || pe.kind == "capital") {
          int k = p.end;
          if (auto aux = lang_.cues.LongestAt(text, k);
              aux && lang_.cue_entries[aux->payload].kind == CueKind::kAux) {
            k += aux->num_tokens;
          }
          if (auto cue = lang_.cues.LongestAt(text, k);
              cue && lang_.cue_entries[cue->payload].kind == CueKind::kVerb) {
            p.speaker = true;
          }
        }
      }
      const uint32_t from = text.folded->OriginalOffset(text.tokens[p.begin].begin);
      const uint32_t to = text.folded->OriginalOffset(text.tokens[p.end - 1].end);
      p.text = std::string(original_.substr(from, to - from));
      i = p.end - 1;
      mentions_.push_back(std::move(p));
    }
  }
  first_in_sentence_[text.sentences.size()] = static_cast<int>(mentions_.size());
}

void PlaceResolver::ChooseTopic() {
  const TokenizedText& t = text_;
  // 1. The title: the first line of the head that is neither crumbs nor byline nor a sentence.
  //    Its most telling place: one after a preposition ("à Kiev", "in Derna"), then a country
  //    after one ("Séisme en Turquie"), then any town or region ("Dnipro missile strike"), then
  //    a country ("Kenya rights body"), then a demonym ("41 Russian warplanes").
  // 2. Else the crumbs ("Accueil » France » Société") the same way.
  // 3. Else the place the text names most, at least twice (towns and regions only).
  const auto rank = [&](const PlaceMention& m) {
    if (m.reference || m.speaker) return 0;
    if (m.entry < 0) return m.locative ? 5 : 0;
    const PlaceEntry& e = lex_.place_entries[m.entry];
    if (IsCountry(e)) return m.locative ? 4 : 2;
    if (e.kind == "capital" && !m.locative) return 0;
    return m.locative ? 5 : 3;
  };
  const auto best_in = [&](int s) {
    int best = -1, best_rank = 0;
    for (int k = first_in_sentence_[s]; k < first_in_sentence_[s + 1]; ++k) {
      const int r = rank(mentions_[k]);
      if (r > best_rank) {
        best_rank = r;
        best = k;
      }
    }
    // "Guerre en Ukraine : ... sur la gare de Kramatorsk": a city of that country in the same
    // title is the more telling place (a region is not: "Sudan cholera ... Darfur" stays Sudan).
    if (best >= 0 && mentions_[best].entry >= 0 &&
        IsCountry(lex_.place_entries[mentions_[best].entry])) {
      const std::string& country = lex_.place_entries[mentions_[best].entry].country;
      for (int k = first_in_sentence_[s]; k < first_in_sentence_[s + 1]; ++k) {
        const PlaceMention& m = mentions_[k];
        if (k == best || rank(m) == 0 || m.entry < 0) continue;
        const PlaceEntry& e = lex_.place_entries[m.entry];
        if (e.kind == "city" && e.country == country) return k;
      }
    }
    return best;
  };
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
      const bool crumbs = lang_.Is(t, sentence.begin, WordClass::kCrumbs) ||
                          t.IsPunct(sentence.begin + 1, '>') || t.IsPunct(sentence.begin + 1, '/');
      if (crumbs != (pass == 1)) continue;
      topic_ = best_in(s);
      if (topic_ < 0 && demonym_country < 0) {
        for (int i = sentence.begin; i < sentence.end && demonym_country < 0; ++i) {
          demonym_country = DemonymAt(i);
        }
      }
      if (pass == 0 && words >= 3) break;  // the title is one line
    }
  }
  if (topic_ < 0 && demonym_country >= 0) topic_country_ = demonym_country;
  if (topic_ < 0 && topic_country_ < 0) {
    // The place the text names most: towns and regions, capitals only as places.
    absl::flat_hash_map<absl::string_view, int> counts;
    absl::flat_hash_map<absl::string_view, int> first_mention;
    for (int k = 0; k < static_cast<int>(mentions_.size()); ++k) {
      const PlaceMention& p = mentions_[k];
      if (p.reference) continue;
      absl::string_view key = p.text;
      if (p.entry >= 0) {
        const PlaceEntry& e = lex_.place_entries[p.entry];
        if (IsCountry(e) || e.kind == "area" || (e.kind == "capital" && !p.locative)) continue;
        key = e.canonical;
      }
      if (++counts[key] == 1) first_mention[key] = k;
    }
    int best = 1;  // named at least twice; ties go to the first named
    for (const auto& [key, count] : counts) {
      const int k = first_mention[key];
      if (count > best || (count == best && topic_ >= 0 && count > 1 && k < topic_)) {
        best = count;
        topic_ = k;
      }
    }
  }
  if (topic_ >= 0 && topic_country_ < 0 && mentions_[topic_].entry >= 0) {
    const PlaceEntry& e = lex_.place_entries[mentions_[topic_].entry];
    topic_country_ = IsCountry(e) ? mentions_[topic_].entry : CountryOf(e.country);
  }
  if (topic_country_ < 0) {
    // The country named most as a place ("en Ukraine", "in Sudan").
    absl::flat_hash_map<int, int> counts;
    int best = 0;
    for (const PlaceMention& m : mentions_) {
      if (m.reference || m.entry < 0 || !m.locative) continue;
      if (!IsCountry(lex_.place_entries[m.entry])) continue;
      if (++counts[m.entry] > best) {
        best = counts[m.entry];
        topic_country_ = m.entry;
      }
    }
  }
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

bool PlaceResolver::IntroducesUnknownPlace(int begin) const {
  const TokenizedText& t = text_;
  const int k = begin - 1;
  if (k < 0 || t.tokens[k].kind != TokenKind::kWord) return false;
  const auto introduced = [&] {
    if (lang_.Is(t, k, WordClass::kUnknownPlacePreposition)) return true;
    // "residents of Valencia province", "in the Valencia region": the word after says so.
    if (!t.tokens[k].upper && begin + 1 < t.size() && !t.tokens[begin + 1].upper &&
        t.tokens[begin + 1].kind == TokenKind::kWord &&
        lang_.Is(t, begin + 1, WordClass::kRegionNoun)) {
      return true;
    }
    // "près de Kourakhové", "la ville de Koupiansk", "the town of Vovchansk", "au large de
    // Pylos", "dans le sud-ouest du Péloponnèse".
    if (!lang_.IsAny(t, k, WordClass::kOf | WordClass::kContractedOf)) return false;
    return lang_.IsAny(t, std::max(k - 1, 0),
                       WordClass::kRegionNoun | WordClass::kPlacePart | WordClass::kPlaceNoun);
  };
  // "Saturday's strike", "à Noël": days are not places.
  return introduced() && !lang_.Is(t, begin, WordClass::kDay);
}

bool PlaceResolver::IsLocative(int begin) const {
  const TokenizedText& t = text_;
  int k = begin - 1;
  if (k < 0) return false;
  // "Kyiv mayor", "Moscow region": a capital named as a place, not as its government.
  const int after = begin + 1;
  if (lang_.Is(t, after, WordClass::kPlaceFollower)) return true;
  // "dans la bande de Gaza", "in the Kursk region", "contre l'Ukraine": past the article.
  if (lang_.Is(t, k, WordClass::kDefiniteArticle) && k > 0) --k;
  // "across war-torn Sudan", "in quake-hit Antakya": past a compound adjective.
  if (k >= 3 && t.IsPunct(k - 1, '-') && !t.tokens[k - 1].space_before &&
      !t.tokens[k].space_before && t.tokens[k].kind == TokenKind::kWord &&
      t.tokens[k - 2].kind == TokenKind::kWord) {
    k -= 3;
  }
  // "in eastern Ukraine".
  if (lang_.Is(t, k, WordClass::kPlacePart) && t.tokens[k].kind == TokenKind::kWord &&
      lang_.Is(t, k - 1, WordClass::kWidePreposition)) {
    return true;
  }
  // "région de Kiev", "ville de Bakhmut", "oblast of Kharkiv", "dans l'est de l'Ukraine": a place
  // by construction.
  if (lang_.IsAny(t, k, WordClass::kOf | WordClass::kContractedOf) &&
      lang_.IsAny(t, std::max(k - 1, 0), WordClass::kLocativeNoun | WordClass::kPlacePart)) {
    return true;
  }
  return lang_.Is(t, k, WordClass::kPlacePreposition);
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

bool PlaceResolver::StartsLine(int i) const {
  const TokenizedText& t = text_;
  // Past a bullet or a quote mark: "› Lampedusa", "- Chad", "» Rhodes".
  while (i > 0 && !t.tokens[i].newline_before && t.tokens[i - 1].kind == TokenKind::kPunct) --i;
  return i == 0 || t.tokens[i].newline_before;
}

bool PlaceResolver::IsDateline(int begin, int end) const {
  const TokenizedText& t = text_;
  const Token& first = t.tokens[begin];
  if (!first.newline_before && begin > 0) return false;
  if (first.end - first.begin < 2 || !t.folded->IsUpper(first.begin + 1)) return false;
  if (!t.IsPunct(end, ',') && !t.IsPunct(end, '(')) return false;
  for (int i = end + 1; i < std::min(t.size(), end + kDatelineTokens); ++i) {
    if (t.IsPunct(i, '-') && t.tokens[i].space_before) return true;
  }
  return false;
}

bool PlaceResolver::IsApposition(const PlaceMention& before, const PlaceMention& p) const {
  const TokenizedText& t = text_;
  if (before.reference || p.reference || p.entry < 0) return false;
  const std::string& kind = lex_.place_entries[p.entry].kind;
  if (kind != "region" && kind != "country") return false;  // only a wider place situates
  // "Sudan's Darfur region" after an apposition: still the apposition.
  if (before.apposition) return p.begin - before.end <= 2;
  if (before.entry >= 0 && lex_.place_entries[before.entry].kind != "city" &&
      lex_.place_entries[before.entry].kind != "capital" &&
      lex_.place_entries[before.entry].kind != "area") {
    return false;
  }
  if (!t.IsPunct(before.end, ',') || p.begin - before.end > kAppositionTokens) return false;
  if (p.begin - before.end == 1) return true;  // "Tawila, North Darfur"
  // ", capitale du Darfour-Nord", ", dans le sud-ouest du Péloponnèse", ", in eastern Ukraine", ",
  // the last major city in Sudan".
  if (lang_.IsAny(t, before.end + 1, WordClass::kWithin | WordClass::kPlacePart)) return true;
  for (int i = before.end + 1; i < p.begin; ++i) {
    if (t.tokens[i].kind == TokenKind::kWord && lang_.Is(t, i, WordClass::kSettlementNoun)) {
      return true;
    }
  }
  return false;
}

bool PlaceResolver::Usable(const PlaceMention& p) const {
  if (p.reference) return p.entry >= 0 || p.refers_to >= 0;
  if (p.speaker || p.apposition) return false;
  if (p.entry < 0) return true;
  const PlaceEntry& e = lex_.place_entries[p.entry];
  if (e.kind == "capital" || IsCountry(e)) return p.locative;
  return true;
}

bool PlaceResolver::InTopicCountry(const PlaceMention& m) const {
  if (m.entry < 0 || topic_ < 0 || mentions_[topic_].entry < 0) return false;
  const PlaceEntry& e = lex_.place_entries[m.entry];
  const PlaceEntry& topic = lex_.place_entries[mentions_[topic_].entry];
  return IsCountry(e) && !IsCountry(topic) && topic.country == e.country;
}

v1::Location PlaceResolver::ToLocation(const PlaceMention& p, float confidence) const {
  v1::Location loc;
  loc.set_text(p.text);
  if (p.entry >= 0) {
    const PlaceEntry& e = lex_.place_entries[p.entry];
    loc.set_canonical(e.canonical);
    loc.set_country(e.country);
    loc.set_kind(e.kind);
  } else if (p.reference && p.refers_to >= 0) {
    loc.set_canonical(mentions_[p.refers_to].text);
  } else {
    loc.set_canonical(p.text);
  }
  loc.set_confidence(confidence);
  return loc;
}

v1::Location PlaceResolver::For(int sentence, int number, int skip_begin, int skip_end) const {
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
    if (p.begin >= skip_begin && p.begin < skip_end && !p.locative) continue;
    if (!Usable(p)) {
      if (p.entry >= 0 && !p.reference && IsCountry(lex_.place_entries[p.entry]) &&
          country == nullptr) {
        country = &p;
      }
      continue;
    }
    // "tandis que l'Institut pour l'étude de la guerre": "the war", "le pays" speak for the number
    // only in its own clause.
    if (p.reference && !p.by_demonym && p.entry >= 0 && IsCountry(lex_.place_entries[p.entry]) &&
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
    if (p.entry >= 0 && IsCountry(lex_.place_entries[p.entry])) rank += kCountryPenalty;
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
