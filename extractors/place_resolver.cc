#include "extractors/place_resolver.h"

#include <algorithm>
#include <cstdlib>

#include "absl/container/flat_hash_map.h"

namespace claimcheck {
namespace {

constexpr float kInSentence = 1.0f;
constexpr float kMainPlace = 0.5f;
constexpr int kNear = 60;  // tokens: how far from a number a place may stand

bool IsCountry(const PlaceEntry& e) { return e.kind == "country"; }

}  // namespace

PlaceResolver::PlaceResolver(const Lexicons& lexicons, const LanguageLexicon& language,
                             const TokenizedText& text, absl::string_view original)
    : lex_(lexicons), lang_(language), text_(text), original_(original), by_sentence_(text.sentences.size()) {
  // Mentions per place: gazetteer entries by index, unknown names by their text.
  absl::flat_hash_map<std::string, int> counts;
  absl::flat_hash_map<std::string, const PlaceMention*> first_mention;
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
      p.locative = IsLocative(i);
      const uint32_t from = text.folded->OriginalOffset(text.tokens[p.begin].begin);
      const uint32_t to = text.folded->OriginalOffset(text.tokens[p.end - 1].end);
      p.text = std::string(original.substr(from, to - from));
      i = p.end - 1;
      by_sentence_[s].push_back(std::move(p));
    }
  }
  for (const auto& sentence_places : by_sentence_) {
    for (const PlaceMention& p : sentence_places) {
      std::string key = p.text;
      if (p.entry >= 0) {
        const PlaceEntry& e = lex_.place_entries[p.entry];
        if (IsCountry(e) || e.kind == "area" || (e.kind == "capital" && !p.locative)) continue;
        key = e.canonical;
      }
      if (++counts[key] == 1) first_mention[key] = &p;
    }
  }
  int best = 1;  // a main place is named at least twice; ties go to the first named
  for (const auto& [key, count] : counts) {
    const PlaceMention* p = first_mention[key];
    if (count > best || (count == best && main_place_ != nullptr && count > 1 &&
                         p->begin < main_place_->begin)) {
      best = count;
      main_place_ = p;
    }
  }
}

bool PlaceResolver::IntroducesUnknownPlace(int begin) const {
  const TokenizedText& t = text_;
  const int k = begin - 1;
  if (t.Is(k, "in") || t.Is(k, "near") || t.Is(k, "at") || t.Is(k, "outside")) return true;
  // "près de Kourakhové", "la ville de Koupiansk", "the town of Vovchansk".
  if ((t.Is(k, "de") || t.Is(k, "d'") || t.Is(k, "of")) &&
      (t.Is(k - 1, "pres") || t.Is(k - 1, "proche") || t.Is(k - 1, "ville") ||
       t.Is(k - 1, "village") || t.Is(k - 1, "localite") || t.Is(k - 1, "region") ||
       t.Is(k - 1, "secteur") || t.Is(k - 1, "oblast") || t.Is(k - 1, "province") ||
       t.Is(k - 1, "autour") || t.Is(k - 1, "city") || t.Is(k - 1, "town") ||
       t.Is(k - 1, "outskirts"))) {
    return true;
  }
  return t.Is(k, "à");
}

bool PlaceResolver::IsLocative(int begin) const {
  const TokenizedText& t = text_;
  int k = begin - 1;
  if (k < 0) return false;
  // "région de Kiev", "ville de Bakhmut", "oblast of Kharkiv": a place by construction.
  if ((t.Is(k, "de") || t.Is(k, "d'") || t.Is(k, "of") || t.Is(k, "du") || t.Is(k, "des")) &&
      (t.Is(k - 1, "region") || t.Is(k - 1, "regions") || t.Is(k - 1, "au-dessus") ||
       t.Is(k - 1, "ville") || t.Is(k - 1, "oblast") ||
       t.Is(k - 1, "province") || t.Is(k - 1, "city") || t.Is(k - 1, "village") ||
       t.Is(k - 1, "localite") || t.Is(k - 1, "environs") || t.Is(k - 1, "pres") ||
       t.Is(k - 1, "proche") || t.Is(k - 1, "banlieue") || t.Is(k - 1, "outskirts"))) {
    return true;
  }
  // "Kyiv mayor", "Moscow region": a capital named as a place, not as its government.
  const int after = begin + 1;
  if (t.Is(after, "mayor") || t.Is(after, "region") || t.Is(after, "oblast") ||
      t.Is(after, "governor") || t.Is(after, "residents") || t.Is(after, "city")) {
    return true;
  }
  if ((t.Is(k, "de") || t.Is(k, "d'") || t.Is(k, "of")) &&
      (t.Is(k - 1, "maire") || t.Is(k - 1, "mayor") || t.Is(k - 1, "habitants") ||
       t.Is(k - 1, "residents") || t.Is(k - 1, "centre") || t.Is(k - 1, "center") ||
       t.Is(k - 1, "capitale") || t.Is(k - 1, "gouverneur") || t.Is(k - 1, "governor"))) {
    return true;
  }
  if ((t.Is(k, "de") || t.Is(k, "d'")) && t.Is(k - 1, "dessus")) return true;  // au-dessus de
  if (t.Is(k, "inside") || t.Is(k, "throughout") || t.Is(k, "over") ||
      t.Is(k, "sur") || t.Is(k, "dans") || t.Is(k, "vers") || t.Is(k, "in") ||
      t.Is(k, "at") || t.Is(k, "near") || t.Is(k, "outside") || t.Is(k, "around") ||
      t.Is(k, "across") || t.Is(k, "en") || t.Is(k, "au") || t.Is(k, "aux")) {
    return true;
  }
  return t.Is(k, "à");
}

v1::Location PlaceResolver::ToLocation(const PlaceMention& p, float confidence) const {
  v1::Location loc;
  loc.set_text(p.text);
  if (p.entry >= 0) {
    const PlaceEntry& e = lex_.place_entries[p.entry];
    loc.set_canonical(e.canonical);
    loc.set_country(e.country);
    loc.set_kind(e.kind);
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
  const std::vector<PlaceMention>& here = by_sentence_[sentence];
  auto first = std::lower_bound(here.begin(), here.end(), number - kNear,
                                [](const PlaceMention& p, int at) { return p.begin < at; });
  for (auto it = first; it != here.end() && it->begin <= number + kNear; ++it) {
    const PlaceMention& p = *it;
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
  if (main_place_ != nullptr) return ToLocation(*main_place_, kMainPlace);
  if (country != nullptr) return ToLocation(*country, kMainPlace);
  return v1::Location();
}

}  // namespace claimcheck
