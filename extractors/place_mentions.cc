// PlaceResolver's first pass: the place mentions of every sentence (place_resolver.h). The
// passes that choose among them are in place_resolver.cc.
#include <optional>

#include "extractors/place_resolver.h"

namespace claimcheck {
namespace {

constexpr int kAppositionTokens = 9;  // ", the last major city in": at most this many tokens
constexpr int kDatelineTokens = 10;   // "KYIV, June 2 -", "TBILISI, Dec 3 (AP) -"

}  // namespace

void PlaceResolver::CollectMentions() {
  first_in_sentence_.assign(text_.sentences.size() + 1, 0);
  for (size_t s = 0; s < text_.sentences.size(); ++s) {
    first_in_sentence_[s] = static_cast<int>(mentions_.size());
    CollectSentence(static_cast<int>(s));
  }
  first_in_sentence_[text_.sentences.size()] = static_cast<int>(mentions_.size());
}

void PlaceResolver::CollectSentence(int s) {
  const TokenizedText& text = text_;
  const Sentence& sentence = text.sentences[s];
  std::optional<bool> capitals;  // whether the sentence is set in capitals, once asked
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
    if (e != nullptr && e->IsDemonym()) {
      if (first_demonym < 0 && (lang_.language != "en" || tok.upper)) {
        first_demonym = CountryOf(e->country);
      }
      continue;
    }
    // Most capitalised words are neither in the gazetteer nor after a preposition of place.
    if (e == nullptr && (i == sentence.begin || !IntroducesUnknownPlace(i))) continue;
    PlaceMention p;
    p.begin = i;
    p.sentence = s;
    if (e != nullptr && e->IsReference()) {
      if (ReadReference(sentence, *m, first_demonym, &p)) i = AddMention(std::move(p));
      continue;
    }
    if (!tok.upper) continue;  // a small word naming no place
    // "march for Gaza ceasefire", "manifestation pour l'Ukraine": a cause, not where it was.
    if (lex_.PhraseEndsAt(text, i, PhraseClass::kCausePhrase) ||
        (i - 1 > sentence.begin && lang_.IsAny(text, i - 1, WordClass::kDefiniteArticle) &&
         lex_.PhraseEndsAt(text, i - 1, PhraseClass::kCausePhrase))) {
      continue;
    }
    if (e != nullptr) {
      p.entry = m->payload;
      p.end = i + m->num_tokens;
    } else {
      if (DemonymAt(i) >= 0) continue;
      // In a headline set in capitals every word looks like a name: only the gazetteer counts.
      if (!capitals) capitals = InCapitals(sentence);
      if (*capitals || !ReadUnknownName(sentence, &p)) continue;
    }
    if (i == sentence.begin && IsDateline(p.begin, p.end)) {
      i = p.end - 1;
      continue;
    }
    QualifyMention(&p);
    i = AddMention(std::move(p));
  }
}

bool PlaceResolver::InCapitals(const Sentence& sentence) const {
  int words = 0, capitals = 0;
  for (int i = sentence.begin; i < sentence.end; ++i) {
    const Token& tok = text_.tokens[i];
    if (tok.kind != TokenKind::kWord || tok.end - tok.begin < 2) continue;
    ++words;
    capitals += text_.folded->IsUpper(tok.begin) && text_.folded->IsUpper(tok.begin + 1);
  }
  return words >= 3 && capitals * 5 >= words * 4;
}

bool PlaceResolver::ReadReference(const Sentence& sentence, const PhraseTable::Match& m,
                                  int first_demonym, PlaceMention* p) const {
  // "la capitale russe", "the Russian capital", "la région", "le pays", "nationwide".
  const TokenizedText& text = text_;
  const PlaceEntry& e = lex_.place_entries[m.payload];
  const int i = p->begin;
  p->end = i + m.num_tokens;
  p->reference = true;
  p->locative = true;
  p->wants = m.payload;
  const bool english = lang_.language == "en";
  const int demonym = e.kind == "scope" ? -1 : english ? DemonymAt(i - 1) : DemonymAt(p->end);
  if (demonym >= 0) {
    if (english) {
      --p->begin;
    } else {
      ++p->end;
    }
    p->by_demonym = true;
    const std::string& code = lex_.place_entries[demonym].country;
    p->entry = e.canonical == "capital" ? CapitalOf(code) : demonym;
    return p->entry >= 0;
  }
  if (e.kind == "refers-demonym") {
    // "les villes" alone is no place, but "dans plus de 300 villes", "in 300 cities" counts the
    // towns of a country: the article's (the wanted entry's canonical says "country").
    p->counted_towns = e.canonical == "country" && i - 1 >= sentence.begin &&
                       text.tokens[i - 1].kind == TokenKind::kNumber;
    return p->counted_towns;
  }
  if (e.kind != "refers") return true;
  // A determiner before: "la ville", "the same region".
  int k = i - 1;
  if (lang_.Is(text, k, WordClass::kSame)) --k;
  if (k < sentence.begin || !lang_.Is(text, k, WordClass::kReferenceDeterminer)) return false;
  // "la région voisine de l'Est", "the neighbouring region": somewhere else, which the words as
  // written name (not the article's place, nor the one named before).
  const bool after = p->end < sentence.end && lang_.Is(text, p->end, WordClass::kElsewhere);
  if (after || lang_.Is(text, i - 1, WordClass::kElsewhere)) {
    if (after) {
      ++p->end;
    } else {
      --p->begin;
    }
    p->reference = false;
    p->wants = -1;
  } else if (lang_.IsAny(text, p->end, WordClass::kOf | WordClass::kContractedOf)) {
    return false;  // "la ville de Koupiansk", "the city of Dnipro": the name follows
  }
  if (p->reference && e.canonical == "country" && first_demonym >= 0) p->entry = first_demonym;
  return true;
}

bool PlaceResolver::ReadUnknownName(const Sentence& sentence, PlaceMention* p) const {
  // An unknown capitalised name after a preposition of place: "à Kourakhové".
  const TokenizedText& text = text_;
  const int i = p->begin;
  p->end = i + 1;
  while (p->end < sentence.end && !text.tokens[p->end].newline_before) {
    if (text.tokens[p->end].upper && text.tokens[p->end].kind == TokenKind::kWord) {
      ++p->end;
    } else if (text.IsPunct(p->end, '-') && !text.tokens[p->end].space_before &&
               p->end + 1 < sentence.end && !text.tokens[p->end + 1].space_before &&
               text.tokens[p->end + 1].kind == TokenKind::kWord) {
      p->end += 2;  // "Al-Haouz", "Sidi-Bou-Othmane"
    } else {
      break;
    }
  }
  // "à Reuters", "sur Telegram", "in March": a speaker, a channel or a date.
  if (lex_.SourceAt(text, i)) return false;
  if (auto cue = lang_.cues.LongestAt(text, i)) {
    const CueKind kind = lang_.cue_entries[cue->payload].kind;
    if (kind == CueKind::kChannel || kind == CueKind::kMonth) return false;
  }
  return true;
}

void PlaceResolver::QualifyMention(PlaceMention* p) const {
  const TokenizedText& text = text_;
  p->locative = IsLocative(p->begin);
  // "» Canada: 1,000 wildfires burning", "- Chad: 600,000 refugees": a line about a place.
  // (A title's "Sudan: ... storms Zamzam camp" has a more telling place.)
  if (p->sentence >= head_end_ && text.IsPunct(p->end, ':') && StartsLine(p->begin)) {
    p->locative = true;
  }
  // "in Ukraine's SBU", "à Kiev's"...: a possessive names an owner, not where.
  if (lang_.Is(text, p->end, WordClass::kPossessive)) p->locative = false;
  // "l'ONG Iran Human Rights, basée à Oslo": a seat, not a place of events.
  if (lang_.Is(text, p->begin - 2, WordClass::kSeatWord)) p->speaker = true;
  // "El-Fasher, capitale du Darfour-Nord", "Tawila, North Darfur": a wider place that only
  // situates the one before it.
  if (!mentions_.empty() && mentions_.back().sentence == p->sentence &&
      IsApposition(mentions_.back(), *p)) {
    p->apposition = true;
  }
  if (p->entry < 0 || p->locative) return;
  // "Ukraine says", "Moscou a affirmé": a government speaking.
  const PlaceEntry& pe = lex_.place_entries[p->entry];
  if (!pe.IsCountry() && pe.kind != "capital") return;
  int k = p->end;
  if (auto aux = lang_.cues.LongestAt(text, k);
      aux && lang_.cue_entries[aux->payload].kind == CueKind::kAux) {
    k += aux->num_tokens;
  }
  if (auto cue = lang_.cues.LongestAt(text, k);
      cue && lang_.cue_entries[cue->payload].kind == CueKind::kVerb) {
    p->speaker = true;
  }
}

int PlaceResolver::AddMention(PlaceMention p) {
  const uint32_t from = text_.folded->OriginalOffset(text_.tokens[p.begin].begin);
  const uint32_t to = text_.folded->OriginalOffset(text_.tokens[p.end - 1].end);
  p.text = std::string(original_.substr(from, to - from));
  const int last = p.end - 1;
  mentions_.push_back(std::move(p));
  return last;
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
  // "in the whole of France", "dans toute la France".
  if (k > 1 && lang_.Is(t, k, WordClass::kOf) && lang_.Is(t, k - 1, WordClass::kWhole)) k -= 2;
  if (lang_.Is(t, k, WordClass::kDefiniteArticle) && k > 0) --k;
  if (lang_.Is(t, k, WordClass::kWhole) && k > 0) --k;
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
  // "TEL AVIV – Israel has revised": the dash right after the place.
  if (t.IsPunct(end, '-') && t.tokens[end].space_before) return true;
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

}  // namespace claimcheck
