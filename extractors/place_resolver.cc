#include "extractors/place_resolver.h"

#include <cstdlib>

#include "absl/container/flat_hash_map.h"

namespace claimcheck {
namespace {

constexpr float kInSentence = 1.0f;
constexpr float kMainPlace = 0.5f;

bool IsCountry(const PlaceEntry& e) { return e.kind == "country"; }

}  // namespace

PlaceResolver::PlaceResolver(const Lexicons& lexicons, const LanguageLexicon& language,
                             const TokenizedText& text, absl::string_view original)
    : lex_(lexicons), lang_(language), text_(text), original_(original), by_sentence_(text.sentences.size()) {
  absl::flat_hash_map<int, int> counts;
  for (size_t s = 0; s < text.sentences.size(); ++s) {
    const Sentence& sentence = text.sentences[s];
    for (int i = sentence.begin; i < sentence.end; ++i) {
      if (!text.tokens[i].upper || text.tokens[i].kind != TokenKind::kWord) continue;
      PlaceMention p;
      p.begin = i;
      if (auto m = lex_.places.LongestAt(text, i)) {
        p.entry = m->payload;
        p.end = i + m->num_tokens;
      } else if (i > sentence.begin && IntroducesUnknownPlace(i)) {
        // An unknown capitalised name after a preposition of place: "à Kourakhové".
        p.end = i + 1;
        while (p.end < sentence.end && text.tokens[p.end].upper &&
               text.tokens[p.end].kind == TokenKind::kWord &&
               !text.tokens[p.end].newline_before) {
          ++p.end;
        }
        // "à Reuters", "sur Telegram", "in March": a speaker, a channel or a date.
        if (lex_.sources.LongestAt(text, i)) continue;
        if (auto cue = lang_.cues.LongestAt(text, i)) {
          const CueKind kind = lang_.cue_entries[cue->payload].kind;
          if (kind == CueKind::kChannel || kind == CueKind::kMonth) continue;
        }
      } else {
        continue;
      }
      p.locative = IsLocative(i);
      const uint32_t from = text.folded->OriginalOffset(text.tokens[p.begin].begin);
      const uint32_t to = text.folded->OriginalOffset(text.tokens[p.end - 1].end);
      p.text = std::string(original.substr(from, to - from));
      if (p.entry >= 0) {
        const PlaceEntry& e = lex_.place_entries[p.entry];
        if (!IsCountry(e) && e.kind != "area" && (e.kind != "capital" || p.locative)) {
          ++counts[p.entry];
        }
      }
      i = p.end - 1;
      by_sentence_[s].push_back(std::move(p));
    }
  }
  int best = 1;  // a main place is named at least twice
  for (const auto& [entry, count] : counts) {
    if (count > best || (count == best && main_place_ >= 0 && entry < main_place_ && count > 1)) {
      best = count;
      main_place_ = entry;
    }
  }
}

bool PlaceResolver::IntroducesUnknownPlace(int begin) const {
  const TokenizedText& t = text_;
  const int k = begin - 1;
  if (t.Is(k, "in") || t.Is(k, "near") || t.Is(k, "at")) return true;
  if ((t.Is(k, "de") || t.Is(k, "d'")) && (t.Is(k - 1, "pres") || t.Is(k - 1, "proche"))) {
    return true;
  }
  if (t.Is(k, "a")) {
    const uint32_t at = t.folded->OriginalOffset(t.tokens[k].begin);
    return original_.substr(at, 2) == "\xC3\xA0";
  }
  return false;
}

bool PlaceResolver::IsLocative(int begin) const {
  const TokenizedText& t = text_;
  int k = begin - 1;
  if (k < 0) return false;
  // "région de Kiev", "ville de Bakhmut", "oblast of Kharkiv": a place by construction.
  if ((t.Is(k, "de") || t.Is(k, "d'") || t.Is(k, "of")) &&
      (t.Is(k - 1, "region") || t.Is(k - 1, "ville") || t.Is(k - 1, "oblast") ||
       t.Is(k - 1, "province") || t.Is(k - 1, "city") || t.Is(k - 1, "village") ||
       t.Is(k - 1, "localite") || t.Is(k - 1, "environs") || t.Is(k - 1, "pres") ||
       t.Is(k - 1, "proche") || t.Is(k - 1, "banlieue") || t.Is(k - 1, "outskirts"))) {
    return true;
  }
  if (t.Is(k, "sur") || t.Is(k, "dans") || t.Is(k, "vers") || t.Is(k, "in") ||
      t.Is(k, "at") || t.Is(k, "near") || t.Is(k, "outside") || t.Is(k, "around") ||
      t.Is(k, "across") || t.Is(k, "en") || t.Is(k, "au") || t.Is(k, "aux")) {
    return true;
  }
  if (t.Is(k, "a")) {
    // Folded "a" is both "à" (at) and "a" (has): only the accented one is a preposition.
    const uint32_t at = t.folded->OriginalOffset(t.tokens[k].begin);
    return original_.substr(at, 2) == "\xC3\xA0";
  }
  return false;
}

v1::Location PlaceResolver::ToLocation(const PlaceMention& p, float confidence) const {
  v1::Location loc;
  loc.set_text(p.text);
  if (p.entry >= 0) {
    const PlaceEntry& e = lex_.place_entries[p.entry];
    loc.set_canonical(e.canonical);
    loc.set_country(e.country);
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
  for (const PlaceMention& p : by_sentence_[sentence]) {
    if (p.begin >= skip_begin && p.begin < skip_end && !p.locative) continue;
    const PlaceEntry* e = p.entry >= 0 ? &lex_.place_entries[p.entry] : nullptr;
    if (e != nullptr && e->kind == "capital" && !p.locative) continue;
    if (e != nullptr && IsCountry(*e) && !p.locative) {
      if (country == nullptr) country = &p;
      continue;
    }
    // Towns and regions before countries; then the nearest, preferring what follows the number.
    int rank = std::abs(p.begin - number) + (p.begin < number ? 5 : 0);
    if (e != nullptr && IsCountry(*e)) rank += 1000;
    if (rank < best_rank) {
      best_rank = rank;
      best = &p;
    }
  }
  if (best != nullptr) return ToLocation(*best, kInSentence);
  if (main_place_ >= 0) {
    PlaceMention p;
    p.entry = main_place_;
    p.text = lex_.place_entries[main_place_].canonical;
    return ToLocation(p, kMainPlace);
  }
  if (country != nullptr) return ToLocation(*country, kMainPlace);
  return v1::Location();
}

}  // namespace claimcheck
