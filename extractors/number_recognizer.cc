// NumberRecognizer's digits: groupings, decimals, suffixes, scale words after them, and what
// digits are not (dates, codes, identifiers). The number words are in number_words.cc.
#include "extractors/number_recognizer.h"

#include <cmath>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "crosscheck/interval.h"

namespace claimcheck {
namespace {

constexpr int kMaxDigits = 15;  // longer digit runs are identifiers or noise, never counts
// Digits past it ("1 000 000 000 000 000 000...") are noise; so is a count past kLargestCount
// once scaled.
constexpr double kLargestDigits = 1e15;

double DigitsValue(absl::string_view digits) {
  double v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

// "les 19 et 20 septembre", "du 3 au 5 mai", "19 or 20 September": the first day of a pair.
constexpr WordClasses kDayPairLinks =
    WordClass::kAnd | WordClass::kOr | WordClass::kRangeTo;

// The digits and the letters of a token such as "10k" or "4bn": both non-empty, letters last.
struct DigitsAndLetters {
  absl::string_view digits;
  absl::string_view letters;
};
std::optional<DigitsAndLetters> SplitDigitsAndLetters(absl::string_view token) {
  size_t n = 0;
  while (n < token.size() && absl::ascii_isdigit(static_cast<unsigned char>(token[n]))) ++n;
  if (n == 0 || n == token.size()) return std::nullopt;
  for (size_t k = n; k < token.size(); ++k) {
    if (!absl::ascii_isalpha(static_cast<unsigned char>(token[k]))) return std::nullopt;
  }
  return DigitsAndLetters{token.substr(0, n), token.substr(n)};
}

bool IsWordToken(const TokenizedText& t, int i) {
  return i >= 0 && i < t.size() &&
         (t.tokens[i].kind == TokenKind::kWord || t.tokens[i].kind == TokenKind::kAlnum);
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
    if (t.tokens[i].kind == TokenKind::kNumber || GluedSuffixAt(t, i)) {
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
  // "#3", "n° 19", "No. 5", "article 5", "flight 17", "v. 2.3", "a hotline: 114".
  if (t.IsPunct(begin - 1, '#') || IsCue(t, begin - 1, CueKind::kIdNoun) ||
      ((t.IsPunct(begin - 1, '.') || t.IsPunct(begin - 1, ':')) &&
       IsCue(t, begin - 2, CueKind::kIdNoun))) {
    return true;
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
                                     IsCue(t, begin - 2, CueKind::kIdNoun)))) {
    return true;
  }
  // A numbered list item at the start of a line: "1. Darfour : ...".
  if (t.tokens[begin].newline_before && (t.IsPunct(end, '.') || t.IsPunct(end, ')')) &&
      Attached(t, end) && end == begin + 1) {
    return true;
  }
  // The second half of a pair whose first half was no count: "page 2/3", "3-1", "1 sur 2",
  // "page 2 of 3".
  if ((t.IsPunct(begin - 1, '/') || t.IsPunct(begin - 1, '-')) && !t.tokens[begin].space_before &&
      begin >= 2 && t.tokens[begin - 2].kind == TokenKind::kNumber && begin - 2 == last_skipped) {
    return true;
  }
  if (lex_.IsAny(t, begin - 1, WordClass::kOutOf | WordClass::kOf) &&
      begin - 2 == last_skipped && last_skipped >= 0) {
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
  // The first day of a pair: "les 19 et 20 septembre", "du 3 au 5 mai", "19-20 September".
  if (value >= 1 && value <= 31 && end == begin + 1 &&
      (lex_.IsAny(t, end, kDayPairLinks) || (t.IsPunct(end, '-') && Attached(t, end))) &&
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
    if (lex_.Is(t, end, WordClass::kHourMark) && end + 1 < t.size() &&
        t.tokens[end + 1].kind == TokenKind::kNumber) {
      return true;
    }
    if (lex_.lexicons->clock_suffixes.LongestAt(t, end)) return true;
    // A year: four digits from 1800 to 2100, unless something counted follows ("2000 soldiers").
    const int digits = static_cast<int>(t.tokens[begin].end - t.tokens[begin].begin);
    if (end == begin + 1 && digits == 4 && value >= 1800 && value <= 2100 &&
        !lex_.subjects.LongestAt(t, end)) {
      return true;
    }
  }
  return false;
}

double NumberRecognizer::Scaled(const DigitsRead& d, double scale) {
  // "3.4bn" is 34 x 10^8, exactly: 3.4 x 10^9 in floating point is not.
  const double shift = std::pow(10.0, d.decimals);
  return scale >= shift ? d.mantissa * (scale / shift) : d.value * scale;
}

bool NumberRecognizer::HasGluedSuffix(absl::string_view token) const {
  const std::optional<DigitsAndLetters> split = SplitDigitsAndLetters(token);
  return split && lex_.number_suffixes.contains(split->letters);
}

const NumberSuffix* NumberRecognizer::MatchSuffix(const TokenizedText& t, uint32_t begin,
                                                  absl::string_view letters, bool glued) const {
  auto it = lex_.number_suffixes.find(letters);
  if (it == lex_.number_suffixes.end()) return nullptr;
  for (const NumberSuffix& s : it->second) {
    if (!glued && !s.apart) continue;
    bool capitals = true;
    for (size_t k = 0; k < letters.size() && capitals; ++k) {
      capitals = ((s.capitals >> k) & 1u) == 0 || t.folded->IsUpper(begin + k);
    }
    if (capitals) return &s;
  }
  return nullptr;
}

NumberRecognizer::SuffixRead NumberRecognizer::ReadSuffix(const TokenizedText& t,
                                                         const DigitsRead& d,
                                                         const NumberMention& m) const {
  SuffixRead read;
  read.end = d.end;
  const NumberSuffix* suffix = nullptr;
  if (!d.glued_suffix.empty()) {
    // "10k", "3.4bn": the letters end the last digits' token.
    const Token& last = t.tokens[d.end - 1];
    suffix = MatchSuffix(t, last.end - static_cast<uint32_t>(d.glued_suffix.size()),
                         d.glued_suffix, /*glued=*/true);
    read.refused = suffix == nullptr;  // "3m" in French: a metre, not a count
  } else if (d.end < t.size() && t.tokens[d.end].kind == TokenKind::kWord &&
             t.tokens[d.end].space_before && !t.tokens[d.end].newline_before) {
    suffix = MatchSuffix(t, t.tokens[d.end].begin, t.Text(d.end), /*glued=*/false);  // "1,2 Md"
    if (suffix != nullptr) read.end = d.end + 1;
  }
  if (suffix == nullptr) return read;
  // A suffix that is something else too ("the 100m final", "a 10k run", "3M" the firm) scales
  // only money or a counted thing: "£1.5m", "2.3m people", "10k troops".
  if (suffix->counted && m.unit.empty() && !CountedAfter(t, read.end)) {
    read.refused = true;
    return read;
  }
  read.suffix = suffix;
  return read;
}

bool NumberRecognizer::CountedAfter(const TokenizedText& t, int at) const {
  NumberMention probe;
  if (ReadUnit(t, at, &probe) != at) return true;  // "2m euros", "5m years"
  if (lex_.Is(t, at, WordClass::kOf)) ++at;         // "2,3 M de personnes"
  // "2.3m people", "2.3m displaced people", "10k Russian troops".
  for (int k = 0; k < 2 && at < t.size(); ++k, ++at) {
    if (lex_.subjects.LongestAt(t, at) || lex_.metrics.LongestAt(t, at)) return true;
    if (lex_.lexicons->DemonymAt(t, at, english_) == nullptr) return false;
  }
  return false;
}

int NumberRecognizer::ApplyScale(const TokenizedText& t, const DigitsRead& d,
                                 NumberMention* m) const {
  const int end = d.end;
  const NumberWord* w = Word(t, end);
  // "25 cents" is money (units.tsv), not 2 500.
  if (w == nullptr || lex_.units.LongestAt(t, end)) return end;
  // "1,5 million", "322 hundred"; a plural scale after digits is still one: "2 millions".
  if (w->kind == NumberWordKind::kScale ||
      (w->kind == NumberWordKind::kVague && w->value >= 1000000)) {
    m->value = Scaled(d, w->value);
    return end + 1;
  }
  if (w->kind != NumberWordKind::kApprox && w->kind != NumberWordKind::kVague) return end;
  // "3 douzaines", "3 dozens": about three dozen, as "trois douzaines" is.
  m->value = d.value * w->value;
  const int after = ApplyOfScale(t, end + 1, &m->value);  // "3 dizaines de milliers"
  SetRoundWordInterval(m);
  return after;
}

int NumberRecognizer::ApplyOfScale(const TokenizedText& t, int end, double* value) const {
  const NumberWord* scale = lex_.Is(t, end, WordClass::kOf) ? Word(t, end + 1) : nullptr;
  if (scale != nullptr && scale->value >= 1000 && scale->kind != NumberWordKind::kAtom) {
    *value *= scale->value;
    return end + 2;
  }
  return end;
}

void NumberRecognizer::SetRoundWordInterval(NumberMention* m) {
  m->qualifier = v1::APPROXIMATE;
  const Interval word = RoundWordInterval(m->value);  // one definition: crosscheck/interval.h
  m->lower = word.low;
  m->upper = word.high;
  m->noun_after_of = true;
}

int NumberRecognizer::ReadUnit(const TokenizedText& t, int end, NumberMention* m) const {
  int at = end;
  if (t.IsPunct(at, '-') && Attached(t, at) && Attached(t, at + 1)) ++at;  // "24-hour"
  // "trois derniers jours", "quatre prochains mois".
  if (lex_.Is(t, at, WordClass::kUnitAdjective) && lex_.units.LongestAt(t, at + 1)) ++at;
  auto unit = lex_.units.LongestAt(t, at);
  if (!unit && lex_.Is(t, end, WordClass::kOf)) {
    at = end + 1;  // "2 millions d'euros", "millions of dollars"
    unit = lex_.units.LongestAt(t, at);
  }
  if (!unit) return end;
  m->unit = lex_.unit_entries[unit->payload];
  return at + unit->num_tokens;
}

std::optional<NumberMention> NumberRecognizer::ParseDigits(const TokenizedText& t, int i,
                                                          int last_skipped, int* next) const {
  if (t.tokens[i].kind == TokenKind::kNumber && SkipsCodeOrDate(t, i, next)) return std::nullopt;
  const DigitsRead digits = ReadDigits(t, i);
  const int end = digits.end;
  const bool plain = !digits.grouped && !digits.decimal && digits.glued_suffix.empty();
  if (digits.value >= kLargestDigits ||  // "1 000 000 000 000 000...": noise, not a count
      IsIdentifier(t, i, end, last_skipped) || IsDateOrTime(t, i, end, digits.value, plain)) {
    *next = end;
    return std::nullopt;
  }
  NumberMention m;
  m.begin = m.text_begin = i;
  m.value = digits.value;
  // "$5 million", "€200".
  if (i > 0 && Attached(t, i)) {
    const auto& signs = lex_.lexicons->currency_signs;
    if (auto sign = signs.find(t.Text(i - 1)); sign != signs.end()) m.unit = sign->second;
  }
  // "10k", "$3.4bn", "1,2 Md€"; a suffix that does not hold here takes the digits with it.
  const SuffixRead suffix = ReadSuffix(t, digits, m);
  if (suffix.refused) {
    *next = suffix.end;
    return std::nullopt;
  }
  if (suffix.suffix != nullptr) {
    m.value = Scaled(digits, suffix.suffix->value);
    m.end = m.text_end = suffix.end;
  } else {
    m.end = m.text_end = ApplyScale(t, digits, &m);
  }
  if (m.value >= kLargestCount) {
    *next = m.end;
    return std::nullopt;
  }
  *next = m.unit.empty() ? ReadUnit(t, m.end, &m) : m.end;
  return m;
}

bool NumberRecognizer::SkipsCodeOrDate(const TokenizedText& t, int i, int* next) const {
  const int n = t.size();
  const absl::string_view first = t.Text(i);
  // A phone number: "+33 1 23 45 67 89" or four or more short groups in a row.
  int j = i, groups = 0;
  while (j < n && groups < 6 && t.tokens[j].kind == TokenKind::kNumber &&
         t.Text(j).size() <= 4 && t.Text(j).size() >= 2) {
    ++groups;
    int k = j + 1;
    if (k < n && (t.IsPunct(k, '.') || t.IsPunct(k, '-')) && Attached(t, k)) ++k;
    if (k >= n || t.tokens[k].kind != TokenKind::kNumber || t.tokens[k].newline_before) break;
    j = k;
  }
  if (t.IsPunct(i - 1, '+') || (groups >= 4 && first.size() == 2)) {
    *next = j + 1;
    return true;
  }
  if (first.size() > kMaxDigits) return true;  // an identifier or noise; resume after it
  // "10:30", "14 h 30": a time.
  if (((t.IsPunct(i + 1, ':') && Attached(t, i + 1) && Attached(t, i + 2)) ||
       lex_.Is(t, i + 1, WordClass::kHourMark)) &&
      i + 2 < n && t.tokens[i + 2].kind == TokenKind::kNumber) {
    *next = i + 3;
    return true;
  }
  // A leading zero ("0 800 500 335", "0147") or "555-0147": a phone number or a code.
  const bool leading_zero =
      first[0] == '0' && (first.size() > 1 || (i + 1 < n && t.tokens[i + 1].kind == TokenKind::kNumber));
  const bool dashed_code = t.IsPunct(i + 1, '-') && Attached(t, i + 1) && Attached(t, i + 2) &&
                           i + 2 < n && t.tokens[i + 2].kind == TokenKind::kNumber &&
                           t.Text(i + 2).size() >= 3 && t.Text(i + 2)[0] == '0';
  if (leading_zero || dashed_code) {
    j = i + 1;
    while (j < n && (t.tokens[j].kind == TokenKind::kNumber ||
                     ((t.IsPunct(j, '-') || t.IsPunct(j, '.')) && Attached(t, j))) &&
           !t.tokens[j].newline_before) {
      ++j;
    }
    *next = j;
    return true;
  }
  // Runs of attached digits and separators: "2023-01-04", "04/01/2023".
  if ((t.IsPunct(i + 1, '-') || t.IsPunct(i + 1, '/')) && Attached(t, i + 1) &&
      Attached(t, i + 2) && i + 2 < n && t.tokens[i + 2].kind == TokenKind::kNumber &&
      (first.size() == 4 || t.Text(i + 2).size() == 4 ||
       (t.IsPunct(i + 3, '/') && Attached(t, i + 3)))) {
    j = i + 2;
    while (j + 2 < n && (t.IsPunct(j + 1, '-') || t.IsPunct(j + 1, '/')) && Attached(t, j + 1) &&
           Attached(t, j + 2) && t.tokens[j + 2].kind == TokenKind::kNumber) {
      j += 2;
    }
    *next = j + 1;
    return true;
  }
  return false;
}

NumberRecognizer::DigitsRead NumberRecognizer::ReadDigits(const TokenizedText& t, int i) const {
  const int n = t.size();
  DigitsRead d;
  d.end = i + 1;
  // Split only letters-and-digits: most number tokens are digits alone.
  if (t.tokens[i].kind == TokenKind::kAlnum) {
    if (const std::optional<DigitsAndLetters> glued = SplitDigitsAndLetters(t.Text(i))) {
      d.value = d.mantissa = DigitsValue(glued->digits);  // "10k": nothing follows the suffix
      d.glued_suffix = glued->letters;
      return d;
    }
  }
  const absl::string_view first = t.Text(i);
  d.value = DigitsValue(first);
  // Thousands separated by a space (normal, no-break or narrow: all fold to ' '): "10 000".
  if (first.size() <= 3) {
    while (d.end < n && t.tokens[d.end].kind == TokenKind::kNumber && t.Text(d.end).size() == 3 &&
           t.tokens[d.end].space_before && !t.tokens[d.end].newline_before &&
           t.folded->text()[t.tokens[d.end].begin - 1] == ' ' &&
           t.tokens[d.end].begin - t.tokens[d.end - 1].end == 1) {
      d.value = d.value * 1000 + DigitsValue(t.Text(d.end));
      d.grouped = true;
      ++d.end;
    }
  }
  d.mantissa = d.value;
  // "1,5" / "2.5" decimals; "1,200" (English) and "1.200" (French) thousands.
  // The last part may end in a suffix: "3.4bn", "1,674k".
  while (d.end + 1 < n && (t.IsPunct(d.end, ',') || t.IsPunct(d.end, '.')) &&
         Attached(t, d.end) && Attached(t, d.end + 1) &&
         (t.tokens[d.end + 1].kind == TokenKind::kNumber || GluedSuffixAt(t, d.end + 1))) {
    const char sep = t.folded->text()[t.tokens[d.end].begin];
    const bool glued = t.tokens[d.end + 1].kind == TokenKind::kAlnum;
    const DigitsAndLetters part =
        glued ? *SplitDigitsAndLetters(t.Text(d.end + 1)) : DigitsAndLetters{t.Text(d.end + 1), ""};
    const bool thousands = !d.decimal && part.digits.size() == 3 &&
                           ((sep == ',' && english_) || (sep == '.' && !english_));
    if (thousands) {
      d.value = d.mantissa = d.mantissa * 1000 + DigitsValue(part.digits);
      d.grouped = true;
    } else if (!d.decimal && part.digits.size() <= 6) {
      d.decimals = static_cast<int>(part.digits.size());
      d.mantissa = d.mantissa * std::pow(10.0, d.decimals) + DigitsValue(part.digits);
      d.value = d.mantissa / std::pow(10.0, d.decimals);
      d.decimal = true;
    } else {
      break;
    }
    d.end += 2;
    if (glued) {
      d.glued_suffix = part.letters;
      break;
    }
  }
  return d;
}

}  // namespace claimcheck
