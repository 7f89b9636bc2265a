#include "extractors/number_recognizer.h"

#include <cmath>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "crosscheck/interval.h"

namespace claimcheck {
namespace {

constexpr int kMaxDigits = 15;  // longer digit runs are identifiers or noise, never counts
constexpr double kLargestCount = 1e13;  // beyond it a "number" is noise ("mille mille mille...")

double DigitsValue(absl::string_view digits) {
  double v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

bool Attached(const TokenizedText& t, int i) { return i < t.size() && !t.tokens[i].space_before; }

bool IsWordToken(const TokenizedText& t, int i) {
  return i >= 0 && i < t.size() &&
         (t.tokens[i].kind == TokenKind::kWord || t.tokens[i].kind == TokenKind::kAlnum);
}

// Words before a plural amount that make it vague: "des centaines", "several hundred".
bool IsVagueDeterminer(absl::string_view w) {
  return w == "des" || w == "de" || w == "d'" || w == "plusieurs" || w == "quelques" ||
         w == "several" || w == "many" || w == "few" || w == "some" || w == "nombreuses" ||
         w == "nombreux" || w == "les";
}

}  // namespace

const NumberWord* NumberRecognizer::Word(const TokenizedText& t, int i) const {
  if (i < 0 || i >= t.size() || t.tokens[i].kind != TokenKind::kWord) return nullptr;
  if (!t.lexicon_mask.empty() && ((t.lexicon_mask[i] >> numbers_bit_) & 1u) == 0) return nullptr;
  auto it = lex_.numbers.find(t.Text(i));
  return it == lex_.numbers.end() ? nullptr : &it->second;
}

bool NumberRecognizer::IsCue(const TokenizedText& t, int i, CueKind kind) const {
  if (i < 0 || i >= t.size()) return false;
  auto m = lex_.cues.LongestAt(t, i);
  return m && lex_.cue_entries[m->payload].kind == kind;
}

std::vector<NumberMention> NumberRecognizer::Find(const TokenizedText& t) const {
  std::vector<NumberMention> out;
  int last_skipped = -1;
  int i = 0;
  while (i < t.size()) {
    int next = i + 1;
    std::optional<NumberMention> m;
    if (t.tokens[i].kind == TokenKind::kNumber) {
      if (InLink(t, i, &next)) {
        i = next;
        continue;
      }
      m = ParseDigits(t, i, last_skipped, &next);
      if (!m) last_skipped = next - 1;
    } else if (Word(t, i) != nullptr) {
      m = ParseWords(t, i, &next);
    }
    if (m) out.push_back(std::move(*m));
    i = std::max(next, i + 1);
  }
  return out;
}

bool NumberRecognizer::InLink(const TokenizedText& t, int i, int* next) const {
  // Only digits glued to other characters can sit inside a web or mail address.
  const bool glued = !t.tokens[i].space_before || (i + 1 < t.size() && Attached(t, i + 1));
  if (!glued) return false;
  const std::string& s = t.folded->text();
  size_t begin = t.tokens[i].begin, end = t.tokens[i].end;
  constexpr size_t kMaxLink = 512;
  while (begin > 0 && s[begin - 1] != ' ' && s[begin - 1] != '\n' && t.tokens[i].begin - begin < kMaxLink) --begin;
  while (end < s.size() && s[end] != ' ' && s[end] != '\n' && end - t.tokens[i].end < kMaxLink) ++end;
  const absl::string_view chunk(s.data() + begin, end - begin);
  if (!absl::StrContains(chunk, "://") && !absl::StrContains(chunk, "www.") &&
      !absl::StrContains(chunk, "@")) {
    return false;
  }
  int j = i + 1;
  while (j < t.size() && t.tokens[j].begin < end) ++j;
  *next = j;
  return true;
}

bool NumberRecognizer::IsIdentifier(const TokenizedText& t, int begin, int end,
                                    int last_skipped) const {
  // "AMX-10", "F-16", "COVID-19": letters joined to the number by a hyphen.
  if (t.IsPunct(begin - 1, '-') && !t.tokens[begin].space_before &&
      !t.tokens[begin - 1].space_before && IsWordToken(t, begin - 2)) {
    return true;
  }
  // "Deux-Sèvres", "Trois-Rivières": a number joined by a hyphen to a capitalised name.
  if (t.IsPunct(end, '-') && Attached(t, end) && Attached(t, end + 1) && end + 1 < t.size() &&
      t.tokens[end + 1].kind == TokenKind::kWord && t.tokens[end + 1].upper &&
      !lex_.numbers.contains(t.Text(end + 1))) {
    return true;
  }
  // "#3", "n° 19", "No. 5", "article 5", "flight 17".
  if (t.IsPunct(begin - 1, '#') || t.Is(begin - 1, "no") || t.Is(begin - 1, "nos") ||
      (t.IsPunct(begin - 1, '.') && t.Is(begin - 2, "no"))) {
    return true;
  }
  if (IsCue(t, begin - 1, CueKind::kIdNoun) ||
      ((t.IsPunct(begin - 1, '.') || t.IsPunct(begin - 1, ':')) &&
       IsCue(t, begin - 2, CueKind::kIdNoun))) {
    return true;  // "article 5", "No. 5", "v. 2.3", "a hotline: 114"
  }
  // Page furniture: "12 commentaires", "4 min read", "Comments (23)", "Réagir (7)". Furniture
  // is never qualified: "un peu plus de 11 000 abonnés restaient sans courant" counts customers.
  bool qualified = false;
  for (int k = std::max(0, begin - 4); k < begin && !qualified; ++k) {
    auto q = lex_.qualifiers.LongestAt(t, k);
    qualified = q && k + q->num_tokens == begin;
  }
    if ((!qualified && IsCue(t, end, CueKind::kChrome)) ||
      (!qualified && end + 1 < t.size() && t.tokens[end].kind == TokenKind::kWord &&
       IsCue(t, end + 1, CueKind::kChrome)) ||
      (t.IsPunct(begin - 1, '(') && (IsCue(t, begin - 2, CueKind::kChrome) ||
                                     t.Is(begin - 2, "article")))) {
    return true;
  }
  // A numbered list item at the start of a line: "1. Darfour : ...".
  if (t.tokens[begin].newline_before && (t.IsPunct(end, '.') || t.IsPunct(end, ')')) &&
      Attached(t, end) && end == begin + 1) {
    return true;
  }
  // The second half of a pair whose first half was no count: "page 2/3", "3-1", "1 sur 2".
  if ((t.IsPunct(begin - 1, '/') || t.IsPunct(begin - 1, '-')) && !t.tokens[begin].space_before &&
      begin >= 2 && t.tokens[begin - 2].kind == TokenKind::kNumber && begin - 2 == last_skipped) {
    return true;
  }
  if ((t.Is(begin - 1, "sur") || t.Is(begin - 1, "of")) && begin - 2 == last_skipped &&
      last_skipped >= 0) {
    return true;
  }
  // "Boeing 737", "Apollo 11": a name right before a number that counts nothing after it.
  if (begin > 0 && t.tokens[begin - 1].upper && t.tokens[begin - 1].kind == TokenKind::kWord &&
      t.tokens[begin - 1].end - t.tokens[begin - 1].begin >= 2 &&
      !t.folded->IsUpper(t.tokens[begin - 1].begin + 1) &&  // "THAN 100" in a headline counts
      !t.tokens[begin].newline_before && t.sentence_of[begin - 1] == t.sentence_of[begin] &&
      t.sentences[t.sentence_of[begin]].begin != begin - 1 && !lex_.subjects.LongestAt(t, end) &&
      !(end < t.size() && t.tokens[end].kind == TokenKind::kWord &&
        lex_.numbers.contains(t.Text(end)))) {
    return true;
  }
  return false;
}

bool NumberRecognizer::IsDateOrTime(const TokenizedText& t, int begin, int end, double value,
                                    bool plain_digits) const {
  // A month beside the number: "20 novembre 2024", "November 20", "janvier 2023".
  if (IsCue(t, end, CueKind::kMonth) || IsCue(t, begin - 1, CueKind::kMonth) ||
      (t.IsPunct(begin - 1, '.') && IsCue(t, begin - 2, CueKind::kMonth))) {
    return true;  // "27 janv.", "Oct. 7"
  }
  if ((t.Is(begin - 1, "le") || t.Is(begin - 1, "the")) && IsCue(t, end, CueKind::kMonth)) {
    return true;
  }
  // The first day of a pair: "les 19 et 20 septembre", "du 3 au 5 mai", "19-20 September".
  if (value >= 1 && value <= 31 && end == begin + 1 &&
      (t.Is(end, "et") || t.Is(end, "and") || t.Is(end, "au") || t.Is(end, "ou") ||
       t.Is(end, "or") || t.Is(end, "to") || (t.IsPunct(end, '-') && Attached(t, end))) &&
      end + 1 < t.size() && t.tokens[end + 1].kind == TokenKind::kNumber &&
      IsCue(t, end + 2, CueKind::kMonth)) {
    return true;
  }
  // A clock time written with a full stop: "21.55 BST", and a live blog's "10.48 –" entries.
  if (end == begin + 3 && t.IsPunct(begin + 1, '.') && t.Text(begin).size() <= 2 &&
      t.Text(begin + 2).size() == 2 && value < 24 && value - static_cast<int>(value) < 0.595) {
    const bool dash_after = end < t.size() && (t.IsPunct(end, '-') || t.Text(end) == "\xE2\x80\x93" ||
                                               t.Text(end) == "\xE2\x80\x94");
    if (IsCue(t, end, CueKind::kTimezone) || (t.tokens[begin].newline_before && dash_after)) {
      return true;
    }
  }
  if (plain_digits) {
    // "10:30", "14 h 30", "3 a.m.", "3 pm".
    if (t.IsPunct(end, ':') && Attached(t, end) && Attached(t, end + 1) && end + 1 < t.size() &&
        t.tokens[end + 1].kind == TokenKind::kNumber) {
      return true;
    }
    if (t.Is(end, "h") && end + 1 < t.size() && t.tokens[end + 1].kind == TokenKind::kNumber) {
      return true;
    }
    if (t.Is(end, "am") || t.Is(end, "pm") ||
        ((t.Is(end, "a") || t.Is(end, "p")) && t.IsPunct(end + 1, '.') && t.Is(end + 2, "m"))) {
      return true;
    }
    // A year: four digits from 1800 to 2100, unless something counted follows ("2000 soldiers").
    const int digits = static_cast<int>(t.tokens[begin].end - t.tokens[begin].begin);
    if (end == begin + 1 && digits == 4 && value >= 1800 && value <= 2100 &&
        !lex_.subjects.LongestAt(t, end)) {
      return true;
    }
  }
  return false;
}

int NumberRecognizer::ApplyScale(const TokenizedText& t, int end, NumberMention* m) const {
  const NumberWord* w = Word(t, end);
  if (w != nullptr && w->kind == NumberWordKind::kScale && w->value >= 1000) {
    m->value *= w->value;
    return end + 1;
  }
  // English plural scale after digits is still a scale: "2 millions" in French copy too.
  if (w != nullptr && w->kind == NumberWordKind::kVague && w->value >= 1000000) {
    m->value *= w->value;
    return end + 1;
  }
  return end;
}

int NumberRecognizer::ReadUnit(const TokenizedText& t, int end, NumberMention* m) const {
  int at = end;
  if (t.IsPunct(at, '-') && Attached(t, at) && Attached(t, at + 1)) ++at;  // "24-hour"
  // "trois derniers jours", "quatre prochains mois".
  if (t.Is(at, "derniers") || t.Is(at, "dernieres") || t.Is(at, "prochains") ||
      t.Is(at, "prochaines") || t.Is(at, "premiers") || t.Is(at, "premieres")) {
    if (lex_.units.LongestAt(t, at + 1)) ++at;
  }
  auto unit = lex_.units.LongestAt(t, at);
  if (!unit && (t.Is(end, "de") || t.Is(end, "d'") || t.Is(end, "of"))) {
    at = end + 1;  // "2 millions d'euros", "millions of dollars"
    unit = lex_.units.LongestAt(t, at);
  }
  if (!unit) return end;
  m->unit = lex_.unit_entries[unit->payload];
  return at + unit->num_tokens;
}

std::optional<NumberMention> NumberRecognizer::ParseDigits(const TokenizedText& t, int i,
                                                          int last_skipped, int* next) const {
  const int n = t.size();
  const bool english = english_;
  absl::string_view first = t.Text(i);
  // Runs of attached digits and separators: dates ("2023-01-04", "04/01/2023"), versions.
  // A phone number: "+33 1 23 45 67 89" or four or more short groups in a row.
  {
    int j = i, groups = 0;
    while (j < n && groups < 6 && t.tokens[j].kind == TokenKind::kNumber &&
           t.Text(j).size() <= 4 && t.Text(j).size() >= 2) {
      ++groups;
      int k = j + 1;
      if (k < n && (t.IsPunct(k, '.') || t.IsPunct(k, '-')) && Attached(t, k)) ++k;
      if (k >= n || t.tokens[k].kind != TokenKind::kNumber || t.tokens[k].newline_before) break;
      j = k;
    }
    if (t.IsPunct(i - 1, '+') || (groups >= 4 && t.Text(i).size() == 2)) {
      *next = j + 1;
      return std::nullopt;
    }
  }
  if (first.size() > kMaxDigits) return std::nullopt;
  // "10:30", "14 h 30": a time.
  if (((t.IsPunct(i + 1, ':') && Attached(t, i + 1) && Attached(t, i + 2)) || t.Is(i + 1, "h")) &&
      i + 2 < n && t.tokens[i + 2].kind == TokenKind::kNumber) {
    *next = i + 3;
    return std::nullopt;
  }
  // A leading zero ("0 800 500 335", "0147") or "555-0147": a phone number or a code.
  const bool leading_zero = !first.empty() && first[0] == '0' &&
                            (first.size() > 1 || (i + 1 < n && t.tokens[i + 1].kind == TokenKind::kNumber));
  const bool dashed_code = t.IsPunct(i + 1, '-') && Attached(t, i + 1) && Attached(t, i + 2) &&
                           i + 2 < n && t.tokens[i + 2].kind == TokenKind::kNumber &&
                           t.Text(i + 2).size() >= 3 && t.Text(i + 2)[0] == '0';
  if (leading_zero || dashed_code) {
    int j = i + 1;
    while (j < n && (t.tokens[j].kind == TokenKind::kNumber ||
                     ((t.IsPunct(j, '-') || t.IsPunct(j, '.')) && Attached(t, j))) &&
           !t.tokens[j].newline_before) {
      ++j;
    }
    *next = j;
    return std::nullopt;
  }
  // "2023-01-04", "04/01/2023", "4.1.2023".
  if ((t.IsPunct(i + 1, '-') || t.IsPunct(i + 1, '/')) && Attached(t, i + 1) &&
      Attached(t, i + 2) && i + 2 < n && t.tokens[i + 2].kind == TokenKind::kNumber &&
      (first.size() == 4 || t.Text(i + 2).size() == 4 ||
       (t.IsPunct(i + 3, '/') && Attached(t, i + 3)))) {
    int j = i + 2;
    while (j + 2 < n && (t.IsPunct(j + 1, '-') || t.IsPunct(j + 1, '/')) && Attached(t, j + 1) &&
           Attached(t, j + 2) && t.tokens[j + 2].kind == TokenKind::kNumber) {
      j += 2;
    }
    *next = j + 1;
    return std::nullopt;
  }

  NumberMention m;
  m.begin = i;
  double value = DigitsValue(first);
  int end = i + 1;
  bool grouped = false, decimal = false;
  // Thousands separated by a space (normal, no-break or narrow: all fold to ' '): "10 000".
  if (first.size() <= 3) {
    while (end < n && t.tokens[end].kind == TokenKind::kNumber && t.Text(end).size() == 3 &&
           t.tokens[end].space_before && !t.tokens[end].newline_before &&
           t.folded->text()[t.tokens[end].begin - 1] == ' ' &&
           t.tokens[end].begin - t.tokens[end - 1].end == 1) {
      value = value * 1000 + DigitsValue(t.Text(end));
      grouped = true;
      ++end;
    }
  }
  // "1,5" / "2.5" decimals; "1,200" (English) and "1.200" (French) thousands.
  while (end + 1 < n && (t.IsPunct(end, ',') || t.IsPunct(end, '.')) && Attached(t, end) &&
         Attached(t, end + 1) && t.tokens[end + 1].kind == TokenKind::kNumber) {
    const char sep = t.folded->text()[t.tokens[end].begin];
    absl::string_view part = t.Text(end + 1);
    const bool thousands =
        !decimal && part.size() == 3 && ((sep == ',' && english) || (sep == '.' && !english));
    if (thousands) {
      value = value * 1000 + DigitsValue(part);
      grouped = true;
    } else if (!decimal && part.size() <= 6) {
      value += DigitsValue(part) / std::pow(10.0, static_cast<double>(part.size()));
      decimal = true;
    } else {
      break;
    }
    end += 2;
  }
  m.value = value;
  if (value >= kLargestCount) {  // "1 000 000 000 000 000...": noise, not a count
    *next = end;
    return std::nullopt;
  }
  if (IsIdentifier(t, i, end, last_skipped) || IsDateOrTime(t, i, end, value, !grouped && !decimal)) {
    *next = end;
    return std::nullopt;
  }
  // "$5 million", "€200".
  if (i > 0 && Attached(t, i)) {
    absl::string_view prev = t.Text(i - 1);
    if (prev == "$") m.unit = "USD";
    if (prev == "\xE2\x82\xAC") m.unit = "EUR";
    if (prev == "\xC2\xA3") m.unit = "GBP";
  }
  end = ApplyScale(t, end, &m);
  m.end = end;
  if (m.unit.empty()) end = ReadUnit(t, end, &m);
  m.text_begin = m.begin;
  m.text_end = m.end;
  *next = end;
  return m;
}

std::optional<NumberMention> NumberRecognizer::ParseWords(const TokenizedText& t, int i,
                                                         int* next) const {
  const int n = t.size();
  const bool english = english_;
  const NumberWord* w = Word(t, i);
  NumberMention m;
  m.begin = m.text_begin = i;

  // Half of a scale word: "un demi-million", "half a million".
  {
    const int demi = (w->kind == NumberWordKind::kArticle && t.Is(i + 1, "demi")) ? i + 1 : i;
    int scale_at = -1;
    if (t.Is(demi, "demi") && t.IsPunct(demi + 1, '-') && Attached(t, demi + 1)) {
      scale_at = demi + 2;
    } else if (english && t.Is(i, "half") && (t.Is(i + 1, "a") || t.Is(i + 1, "an"))) {
      scale_at = i + 2;
    }
    if (const NumberWord* scale = scale_at > 0 ? Word(t, scale_at) : nullptr;
        scale != nullptr && scale->value >= 1000 &&
        (scale->kind == NumberWordKind::kScale || scale->kind == NumberWordKind::kVague)) {
      m.value = scale->value / 2;
      m.end = m.text_end = scale_at + 1;
      *next = ReadUnit(t, scale_at + 1, &m);
      return m;
    }
  }

  // Vague plurals and standalone scales: "des centaines", "hundreds", "plusieurs milliers",
  // "des millions", "several hundred", "tens of thousands".
  const bool standalone_scale =
      w->kind == NumberWordKind::kScale && i > 0 && IsVagueDeterminer(t.Text(i - 1)) &&
      (w->value >= 1000 || english);
  // "a few dozen", "quelques dizaines" (the plural is vague already), "several score".
  const bool few_approx = w->kind == NumberWordKind::kApprox &&
                          (t.Is(i - 1, "few") || t.Is(i - 1, "several") ||
                           t.Is(i - 1, "plusieurs") || t.Is(i - 1, "quelques"));
  if (w->kind == NumberWordKind::kVague || standalone_scale || few_approx) {
    if (english && t.Text(i) == "tens" && !t.Is(i + 1, "of")) return std::nullopt;
    double unit = w->value;
    int end = i + 1;
    // "des dizaines de milliers", "hundreds of thousands".
    for (int scales = 0; scales < 3 &&
                         (t.Is(end, "de") || t.Is(end, "d'") || t.Is(end, "of")) &&
                         Word(t, end + 1) &&
           Word(t, end + 1)->value >= 1000 &&
           (Word(t, end + 1)->kind == NumberWordKind::kVague ||
            Word(t, end + 1)->kind == NumberWordKind::kScale);
         ++scales) {
      unit *= Word(t, end + 1)->value;
      end += 2;
    }
    if (i > 0 && IsVagueDeterminer(t.Text(i - 1)) && t.Text(i - 1) != "de" &&
        t.Text(i - 1) != "d'" && t.Text(i - 1) != "les") {
      m.text_begin = m.begin = i - 1;
      if (t.Is(i - 2, "a") && t.Text(i - 1) == "few") m.text_begin = m.begin = i - 2;
    }
    m.end = m.text_end = end;
    m.qualifier = v1::VAGUE;
    m.lower = 2 * unit;
    m.upper = 10 * unit - 1;
    m.value = 2 * unit;
    m.noun_after_of = true;
    *next = ReadUnit(t, end, &m);
    return m;
  }

  double total = 0, current = 0, last_atom = -1;
  bool any = false, approx = false, article = false;
  int j = i;
  if (w->kind == NumberWordKind::kArticle) {
    const NumberWord* after = Word(t, i + 1);
    if (after == nullptr || after->kind == NumberWordKind::kAtom ||
        after->kind == NumberWordKind::kArticle || after->kind == NumberWordKind::kFraction ||
        after->kind == NumberWordKind::kVague) {
      // English "a" is never a number on its own ("under a heavy presence"); French
      // "un"/"une" is one when a qualifier claims it ("au moins un mort").
      if (english) return std::nullopt;
      // "un"/"une"/"a" alone: an article, unless a qualifier claims it ("au moins un").
      m.end = m.text_end = i + 1;
      m.value = 1;
      m.needs_qualifier = true;
      *next = ReadUnit(t, i + 1, &m);
      // "pendant encore un an au moins", "près d'un siècle": an article before a span of time.
      if (m.unit == "hour" || m.unit == "minute" || m.unit == "day" || m.unit == "night" ||
          m.unit == "week" || m.unit == "month" || m.unit == "year" || m.unit == "century" ||
          m.unit == "decade") {
        return std::nullopt;
      }
      return m;
    }
    if (english && after->kind == NumberWordKind::kApprox && t.Text(i + 1) == "score" &&
        !t.Is(i + 2, "of")) {
      return std::nullopt;
    }
    article = true;
    current = 1;
    any = true;
    j = i + 1;
  } else if (w->kind == NumberWordKind::kApprox || w->kind == NumberWordKind::kFraction ||
             w->kind == NumberWordKind::kScale) {
    // A bare "dizaine", "moitié", or "cent" in "pour cent": not a count here.
    if (w->kind != NumberWordKind::kScale || t.Is(i - 1, "pour") || t.Is(i - 1, "per")) {
      return std::nullopt;
    }
  } else if (const NumberWord* after = Word(t, i + 1);
             (after != nullptr && after->kind == NumberWordKind::kFraction) ||
             (!english && t.Text(i) == "neuf" &&
              (t.Is(i - 1, "un") || t.Is(i - 1, "une") || t.Is(i - 1, "tout") ||
               t.Is(i - 1, "le")))) {
    // "one quarter of the population", "deux tiers"; "neuf" as "new".
    return std::nullopt;
  } else if (english && t.Text(i) == "one") {
    // "one of", "no one", "one another": not a count.
    if (t.Is(i + 1, "of") || t.Is(i + 1, "another") || t.Is(i - 1, "no") || t.Is(i - 1, "any") ||
        t.Is(i - 1, "every") || t.Is(i - 1, "each") || t.Is(i - 1, "the") ||
        t.Is(i - 1, "this") || t.Is(i - 1, "that") || t.Is(i - 1, "at") ||
        t.Is(i + 1, "point") || t.Is(i + 1, "time") || t.Is(i + 1, "way") ||
        t.Is(i + 1, "side") || t.Is(i + 1, "hand") || t.Is(i + 1, "other") ||
        t.Is(i + 1, "step")) {
      return std::nullopt;
    }
    // "said one woman, 52", "one European diplomat said": a person speaking, not a count
    // ("reported one man killed" is a count: something happened to him).
    int np_end = i + 1;
    bool happened = false;
    while (np_end < n && np_end <= i + 3 && t.tokens[np_end].kind == TokenKind::kWord &&
           !IsCue(t, np_end, CueKind::kVerb)) {
      happened = happened || lex_.metrics.LongestAt(t, np_end).has_value();
      ++np_end;
    }
    if (!happened && np_end > i + 1 &&
        ((IsCue(t, i - 1, CueKind::kVerb) && np_end < n &&
          t.tokens[np_end].kind == TokenKind::kPunct) ||
         IsCue(t, np_end, CueKind::kVerb))) {
      return std::nullopt;
    }
  }

  // "les deux pays", "the two sides", "ces trois hommes": known things, not a count.
  if (!article && (t.Is(i - 1, "les") || t.Is(i - 1, "the") || t.Is(i - 1, "ces") ||
                   t.Is(i - 1, "these") || t.Is(i - 1, "nos") || t.Is(i - 1, "leurs")) &&
      w->kind == NumberWordKind::kAtom && w->value <= 3 && !Word(t, i + 1)) {
    NumberMention probe;
    if (ReadUnit(t, i + 1, &probe) == i + 1) return std::nullopt;  // "les trois derniers jours" stays
  }
  bool hyphen_before = false;
  while (j < n) {
    const NumberWord* cur = Word(t, j);
    if (cur == nullptr || (any && cur->kind == NumberWordKind::kArticle && !t.Is(j - 1, "et")) ||
        cur->kind == NumberWordKind::kFraction) {
      // Connectors inside a number: "quatre-vingt-neuf", "vingt et un", "two hundred and five".
      if (any && t.IsPunct(j, '-') && Attached(t, j) && Attached(t, j + 1) && Word(t, j + 1) &&
          (Word(t, j + 1)->kind == NumberWordKind::kAtom ||
           Word(t, j + 1)->kind == NumberWordKind::kScale ||
           Word(t, j + 1)->kind == NumberWordKind::kArticle)) {
        hyphen_before = true;
        ++j;
        continue;
      }
      if (any && !english && t.Is(j, "et") &&
          (t.Is(j + 1, "un") || t.Is(j + 1, "une") || t.Is(j + 1, "onze"))) {
        ++j;
        continue;
      }
      if (any && english && t.Is(j, "and") && (total > 0 || current >= 100) && Word(t, j + 1) &&
          Word(t, j + 1)->kind == NumberWordKind::kAtom) {
        ++j;
        continue;
      }
      break;
    }
    if (cur->kind == NumberWordKind::kAtom || cur->kind == NumberWordKind::kArticle) {
      if (hyphen_before && last_atom == 4 && cur->value == 20) {
        current += 80 - 4;  // quatre-vingt(s)
      } else {
        current += cur->value;
      }
      last_atom = cur->value;
    } else if (cur->kind == NumberWordKind::kScale) {
      if (cur->value == 100) {
        current = (current == 0 ? 1 : current) * 100;
      } else {
        total += (current == 0 ? 1 : current) * cur->value;
        current = 0;
      }
      last_atom = -1;
    } else if (cur->kind == NumberWordKind::kApprox || cur->kind == NumberWordKind::kVague) {
      // "une cinquantaine", "deux centaines", "two dozen", "un millier".
      current = (current == 0 ? 1 : current) * cur->value;
      approx = true;
      any = true;
      ++j;
      break;
    }
    any = true;
    hyphen_before = false;
    ++j;
  }
  if (!any || (article && j == i + 1)) return std::nullopt;
  m.value = total + current;
  if (m.value >= kLargestCount) {
    *next = j;
    return std::nullopt;
  }
  int end = j;
  if (approx) {
    // "une dizaine de milliers".
    if ((t.Is(end, "de") || t.Is(end, "d'") || t.Is(end, "of")) && Word(t, end + 1) &&
        Word(t, end + 1)->value >= 1000 && Word(t, end + 1)->kind != NumberWordKind::kAtom) {
      m.value *= Word(t, end + 1)->value;
      end += 2;
    }
    m.qualifier = v1::APPROXIMATE;
    const Interval word = RoundWordInterval(m.value);  // one definition: crosscheck/interval.h
    m.lower = word.low;
    m.upper = word.high;
    m.noun_after_of = true;
  }
  if (IsDateOrTime(t, i, end, m.value, false) ||
      // "Deux-Sèvres", "Trois-Rivières": a place named with a number word.
      (t.IsPunct(end, '-') && Attached(t, end) && Attached(t, end + 1) && end + 1 < n &&
       t.tokens[end + 1].kind == TokenKind::kWord && t.tokens[end + 1].upper)) {
    *next = end;
    return std::nullopt;
  }
  m.end = m.text_end = end;
  *next = ReadUnit(t, end, &m);
  return m;
}

}  // namespace claimcheck
