// FindSidesApart and NameColleagues (see claim_passes.h): whose people a count is, when the text
// says it away from the counted noun or through the speaker.
#include <algorithm>
#include <string>

#include "absl/strings/ascii.h"
#include "extractors/claim_passes.h"

namespace claimcheck {
namespace {

constexpr int kSideReach = 2;       // "pertes russes", "Russian losses", "côté ukrainien"
constexpr int kAfterNoun = 4;       // "200 morts côté ukrainien"
constexpr int kLossVerbReach = 4;   // "avaient perdu « plus de 1 500": verb to number
constexpr int kLoserReach = 4;      // "l'armée ukrainienne avait": subject to verb
// How far back the clause before a number is read: a "sentence" with no stop in it (a list of
// figures, a page without full stops) costs what a normal one does.
constexpr int kClauseReach = 30;

bool StopsClause(const TokenizedText& t, int i) {
  return t.IsPunct(i, '.') || t.IsPunct(i, ';') || t.IsPunct(i, ':') || t.IsPunct(i, '?') ||
         t.IsPunct(i, '!') || t.IsPunct(i, ',');
}

class SideFinder {
 public:
  explicit SideFinder(const ArticleText& text) : text_(text), t_(text.tokens) {}

  // The country whose count draft `d` is, from the words around it; "" if they say none.
  std::string SideOf(const ClaimDraft& d) const {
    const Sentence& s = t_.sentences[d.sentence];
    const int noun_end = std::max(d.number.text_end, d.subject.end);
    // The clause before the number, and a few words after its noun.
    int begin = d.number.text_begin;
    const int floor = std::max(s.begin, d.number.text_begin - kClauseReach);
    while (begin > floor && !StopsClause(t_, begin - 1)) --begin;
    const int end = std::min(s.end, noun_end + kAfterNoun);
    for (int i = begin; i < end; ++i) {
      if (i >= d.number.text_begin && i < noun_end) continue;
      if (StopsClause(t_, i) && i >= noun_end) break;
      if (!text_.lexicons.Is(t_, i, WordClass::kSideNoun)) continue;
      if (std::string side = SideBeside(i, d); !side.empty()) return side;
    }
    return Loser(d, s);
  }

 private:
  // The country of a demonym or an enemy word beside the side noun at token i.
  std::string SideBeside(int i, const ClaimDraft& d) const {
    for (int j = std::max(0, i - kSideReach); j <= std::min(t_.size() - 1, i + kSideReach); ++j) {
      if (j == i) continue;
      if (std::string side = SideWord(j, d); !side.empty()) return side;
    }
    // "498 morts dans ses rangs", "in its ranks": the speaker's own side.
    const std::string& party = d.claim.source().party();
    if (i > 0 && text_.lexicons.Is(t_, i - 1, WordClass::kPossessiveDeterminer) &&
        party.size() == 2 && text_.lexicons.enemies.contains(party)) {
      return absl::AsciiStrToUpper(party);
    }
    return "";
  }

  // "russes" -> RU; "l'ennemi" -> the enemy of the speaker's party.
  std::string SideWord(int j, const ClaimDraft& d) const {
    const PlaceEntry* e = text_.lexicons.DemonymAt(t_, j, text_.language == "en");
    if (e != nullptr && !e->country.empty()) return e->country;
    if (text_.lexicons.PhraseAt(t_, j, PhraseClass::kEnemyWord)) {
      auto it = text_.lexicons.enemies.find(d.claim.source().party());
      if (it != text_.lexicons.enemies.end()) return it->second;
    }
    return "";
  }

  // "l'armée ukrainienne avait perdu 3 700 soldats", "Ukraine had lost up to 1,610": the
  // subject of a verb of loss right before the number.
  std::string Loser(const ClaimDraft& d, const Sentence& s) const {
    const int first = std::max(s.begin, d.number.text_begin - kLossVerbReach);
    for (int v = d.number.text_begin - 1; v >= first; --v) {
      if (StopsClause(t_, v)) return "";
      if (!text_.lexicons.Is(t_, v, WordClass::kLossVerb)) continue;
      for (int j = v - 1; j >= std::max(s.begin, v - kLoserReach); --j) {
        if (StopsClause(t_, j)) break;
        if (std::string side = SideWord(j, d); !side.empty()) return side;
        if (const auto place = text_.lexicons.places.LongestAt(t_, j)) {
          const PlaceEntry& e = text_.lexicons.place_entries[place->payload];
          if (e.kind == "country" && j + place->num_tokens <= v) return e.country;
        }
      }
      return "";
    }
    return "";
  }

  const ArticleText& text_;
  const TokenizedText& t_;
};

}  // namespace

void NameColleagues(const ArticleText& text, std::vector<ClaimDraft>* drafts) {
  for (ClaimDraft& d : *drafts) {
    if (!text.lexicons.SubjectIs(d.claim.subject(), SubjectClass::kColleague)) continue;
    auto kind = text.lexicons.speaker_kinds.find(d.claim.source().canonical_id());
    if (kind != text.lexicons.speaker_kinds.end()) d.claim.set_subject(kind->second);
  }
}

void FindSidesApart(const ArticleText& text, std::vector<ClaimDraft>* drafts) {
  const SideFinder finder(text);
  for (ClaimDraft& d : *drafts) {
    if (!d.claim.subject_side().empty() || !d.number.unit.empty()) continue;
    if (std::string side = finder.SideOf(d); !side.empty()) d.claim.set_subject_side(side);
  }
}

}  // namespace claimcheck
