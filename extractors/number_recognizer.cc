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
// once scaled. A French trillion is 10^18: "vingt et un trillions" is 2.1 x 10^19.
constexpr double kLargestDigits = 1e15;
constexpr double kLargestCount = 1e21;

double DigitsValue(absl::string_view digits) {
  double v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

bool Attached(const TokenizedText& t, int i) { return i < t.size() && !t.tokens[i].space_before; }

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

bool NumberRecognizer::GluedSuffixAt(const TokenizedText& t, int i) const {
  if (i >= t.size() || t.tokens[i].kind != TokenKind::kAlnum) return false;
  const std::optional<DigitsAndLetters> split = SplitDigitsAndLetters(t.Text(i));
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
  if (const std::optional<DigitsAndLetters> glued = SplitDigitsAndLetters(t.Text(i));
      glued && t.tokens[i].kind == TokenKind::kAlnum) {
    d.value = d.mantissa = DigitsValue(glued->digits);  // "10k": nothing follows the suffix
    d.glued_suffix = glued->letters;
    return d;
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

std::optional<NumberMention> NumberRecognizer::ParseWords(const TokenizedText& t, int i,
                                                         int* next) const {
  const NumberWord& w = *Word(t, i);
  if (std::optional<NumberMention> half = ParseHalfScale(t, i, w, next)) return half;
  if (StartsVagueAmount(t, i, w)) return ParseVagueAmount(t, i, w, next);
  int from = i;
  if (w.kind == NumberWordKind::kArticle) {
    const NumberWord* after = Word(t, i + 1);
    if (after == nullptr || after->kind == NumberWordKind::kAtom ||
        after->kind == NumberWordKind::kArticle || after->kind == NumberWordKind::kFraction ||
        after->kind == NumberWordKind::kVague) {
      return ParseLoneArticle(t, i, next);
    }
    // "a score" (of a match) but "a score of people".
    if (lex_.Is(t, i + 1, WordClass::kNeedsOf) && !lex_.Is(t, i + 2, WordClass::kOf)) {
      return std::nullopt;
    }
    from = i + 1;  // "un millier", "a hundred": the article is the one the scale multiplies
  } else if (!CountsHere(t, i, w)) {
    return std::nullopt;
  }
  const WordSum sum = SumWords(t, from, /*article=*/from > i);
  if (sum.end == from) return std::nullopt;  // an article with nothing it counts
  return FinishWords(t, i, sum, next);
}

std::optional<NumberMention> NumberRecognizer::ParseHalfScale(const TokenizedText& t, int i,
                                                              const NumberWord& w,
                                                              int* next) const {
  // "un demi-million" (half joined by a hyphen), "half a million" (English: half, an article).
  const int half = (w.kind == NumberWordKind::kArticle && lex_.Is(t, i + 1, WordClass::kHalf))
                       ? i + 1
                       : i;
  int scale_at = -1;
  if (lex_.Is(t, half, WordClass::kHalf) && t.IsPunct(half + 1, '-') && Attached(t, half + 1)) {
    scale_at = half + 2;
  } else if (english_ && half == i + 1) {
    scale_at = half + 1;  // "a half dozen"
  } else if (english_ && lex_.Is(t, i, WordClass::kHalf) && Word(t, i + 1) != nullptr &&
             Word(t, i + 1)->kind == NumberWordKind::kArticle) {
    scale_at = i + 2;
  }
  const NumberWord* scale = scale_at > 0 ? Word(t, scale_at) : nullptr;
  // Half of a scale word ("un demi-million") or of an approximate noun ("une demi-douzaine",
  // "half a dozen": about six).
  const bool approx = scale != nullptr && scale->kind == NumberWordKind::kApprox;
  if (scale == nullptr || (!approx && (scale->value < 100 || (scale->kind != NumberWordKind::kScale &&
                                                              scale->kind != NumberWordKind::kVague)))) {
    return std::nullopt;
  }
  NumberMention m;
  m.begin = m.text_begin = i;
  m.value = scale->value / 2;
  m.end = m.text_end = ApplyOfScale(t, scale_at + 1, &m.value);  // "un demi-millier de ..."
  if (approx) SetRoundWordInterval(&m);
  *next = ReadUnit(t, m.end, &m);
  return m;
}

bool NumberRecognizer::StartsVagueAmount(const TokenizedText& t, int i,
                                         const NumberWord& w) const {
  // "des centaines", "plusieurs milliers", "several hundred" (English scales may be small).
  const bool standalone_scale =
      w.kind == NumberWordKind::kScale &&
      lex_.IsAny(t, i - 1,
                 WordClass::kVagueDeterminer | WordClass::kVagueArticle) &&
      (w.value >= 1000 || english_);
  // "quelques dizaines", "a few dozen", "several score": the plural is vague already.
  const bool few_approx =
      w.kind == NumberWordKind::kApprox && lex_.Is(t, i - 1, WordClass::kFewDeterminer);
  return w.kind == NumberWordKind::kVague || standalone_scale || few_approx;
}

std::optional<NumberMention> NumberRecognizer::ParseVagueAmount(const TokenizedText& t, int i,
                                                                const NumberWord& w,
                                                                int* next) const {
  if (lex_.Is(t, i, WordClass::kNeedsOf) && !lex_.Is(t, i + 1, WordClass::kOf)) {
    return std::nullopt;  // "tens" alone
  }
  double unit = w.value;
  int end = i + 1;
  // "des dizaines de milliers", "hundreds of thousands".
  for (int scales = 0; scales < 3 && lex_.Is(t, end, WordClass::kOf); ++scales) {
    const NumberWord* scale = Word(t, end + 1);
    if (scale == nullptr || scale->value < 1000 ||
        (scale->kind != NumberWordKind::kVague && scale->kind != NumberWordKind::kScale)) {
      break;
    }
    unit *= scale->value;
    end += 2;
  }
  NumberMention m;
  m.begin = m.text_begin = i;
  if (lex_.Is(t, i - 1, WordClass::kVagueDeterminer)) {
    m.text_begin = m.begin = i - 1;  // "plusieurs centaines"
    const NumberWord* article = Word(t, i - 2);
    if (article != nullptr && article->kind == NumberWordKind::kArticle &&
        lex_.Is(t, i - 1, WordClass::kFewDeterminer)) {
      m.text_begin = m.begin = i - 2;  // "a few hundred"
    }
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

std::optional<NumberMention> NumberRecognizer::ParseLoneArticle(const TokenizedText& t, int i,
                                                                int* next) const {
  // English "a" is never a number on its own ("under a heavy presence"); French "un"/"une" is
  // one when a qualifier claims it ("au moins un mort"), which QualifierDetector decides.
  if (english_) return std::nullopt;
  NumberMention m;
  m.begin = m.text_begin = i;
  m.end = m.text_end = i + 1;
  m.value = 1;
  m.needs_qualifier = true;
  *next = ReadUnit(t, i + 1, &m);
  // "pendant encore un an au moins", "près d'un siècle": an article before a span of time.
  if (lex_.lexicons->duration_units.contains(m.unit)) return std::nullopt;
  return m;
}

bool NumberRecognizer::CountsHere(const TokenizedText& t, int i, const NumberWord& w) const {
  if (w.kind == NumberWordKind::kApprox || w.kind == NumberWordKind::kFraction ||
      w.kind == NumberWordKind::kScale) {
    // A bare "dizaine" or "moitié" counts nothing here; nor does "cent" ending a unit ("pour
    // cent", "per cent").
    if (w.kind != NumberWordKind::kScale) return false;
    const std::optional<PhraseTable::Match> unit = lex_.units.LongestEndingAt(t, i + 1, i - 1);
    return !(unit && unit->num_tokens == 2) && !NamesKnownThings(t, i, w);
  }
  // "one quarter of the population", "deux tiers".
  if (const NumberWord* after = Word(t, i + 1);
      after != nullptr && after->kind == NumberWordKind::kFraction) {
    return false;
  }
  if (IsNotACount(t, i)) return false;  // "le neuf", "no one", "one of"
  if (w.kind == NumberWordKind::kAtom && w.value == 1 && SpeakerCalledOne(t, i)) return false;
  return !NamesKnownThings(t, i, w);
}

bool NumberRecognizer::IsNotACount(const TokenizedText& t, int i) const {
  auto it = lex_.not_counts.find(t.Text(i));
  if (it == lex_.not_counts.end()) return false;
  return (i > 0 && it->second.before.contains(t.Text(i - 1))) ||
         (i + 1 < t.size() && it->second.after.contains(t.Text(i + 1)));
}

bool NumberRecognizer::SpeakerCalledOne(const TokenizedText& t, int i) const {
  // "said one woman, 52", "one European diplomat said": a person speaking, not a count
  // ("reported one man killed" is a count: something happened to him; "said one hundred" too).
  if (Word(t, i + 1) != nullptr) return false;
  int np_end = i + 1;
  bool happened = false;
  while (np_end < t.size() && np_end <= i + 3 && t.tokens[np_end].kind == TokenKind::kWord &&
         !IsCue(t, np_end, CueKind::kVerb)) {
    happened = happened || lex_.metrics.LongestAt(t, np_end).has_value();
    ++np_end;
  }
  return !happened && np_end > i + 1 &&
         ((IsCue(t, i - 1, CueKind::kVerb) && np_end < t.size() &&
           t.tokens[np_end].kind == TokenKind::kPunct) ||
          IsCue(t, np_end, CueKind::kVerb));
}

bool NumberRecognizer::NamesKnownThings(const TokenizedText& t, int i, const NumberWord& w) const {
  // "les deux pays", "the two sides", "ces trois hommes": known things, not a count; but "les
  // trois derniers jours" stays (a unit follows).
  if (!lex_.Is(t, i - 1, WordClass::kKnownDeterminer) || w.kind != NumberWordKind::kAtom ||
      w.value > 3 || Word(t, i + 1) != nullptr) {
    return false;
  }
  NumberMention probe;
  return ReadUnit(t, i + 1, &probe) == i + 1;
}

bool NumberRecognizer::JoinsNumberWords(const TokenizedText& t, int j, const WordSum& sum) const {
  const NumberWord* after = Word(t, j + 1);
  if (after == nullptr) return false;
  // "quatre-vingt-neuf", "twenty-one".
  if (t.IsPunct(j, '-') && Attached(t, j) && Attached(t, j + 1) &&
      (after->kind == NumberWordKind::kAtom || after->kind == NumberWordKind::kScale ||
       after->kind == NumberWordKind::kArticle)) {
    return true;
  }
  // "fifty - two": a spaced hyphen joins only tens to units (not "fifty - sixty", a range).
  if (t.IsPunct(j, '-') && !Attached(t, j) && !Attached(t, j + 1)) {
    const NumberWord* before = Word(t, j - 1);
    return before != nullptr && before->kind == NumberWordKind::kAtom && before->value >= 20 &&
           before->value < 100 && std::fmod(before->value, 10) == 0 &&
           after->kind == NumberWordKind::kAtom && after->value >= 1 && after->value <= 9;
  }
  if (!lex_.Is(t, j, WordClass::kAnd)) return false;
  // French joins only a one or an eleven: "vingt et un", "soixante et onze"; English joins
  // units to hundreds: "two hundred and five".
  if (!english_) return after->value == 1 || after->value == 11;
  return (sum.total > 0 || sum.current >= 100) && after->kind == NumberWordKind::kAtom;
}

NumberRecognizer::WordSum NumberRecognizer::SumWords(const TokenizedText& t, int from,
                                                     bool article) const {
  WordSum sum;
  sum.current = article ? 1 : 0;
  sum.end = from;
  bool any = article, hyphen_before = false;
  double last_atom = -1;
  double tail = sum.current;  // the units and tens since the last scale word: "deux" of "trois cent deux"
  double largest = 0;         // the largest scale word in `total`
  int j = from;
  while (j < t.size()) {
    const NumberWord* cur = Word(t, j);
    if (cur == nullptr || cur->kind == NumberWordKind::kFraction ||
        (any && cur->kind == NumberWordKind::kArticle && !lex_.Is(t, j - 1, WordClass::kAnd))) {
      if (!any || !JoinsNumberWords(t, j, sum)) break;
      hyphen_before = t.IsPunct(j, '-');
      sum.end = ++j;  // "vingt-un": the hyphen stays in the number if the word after does not
      continue;
    }
    if (cur->kind == NumberWordKind::kAtom || cur->kind == NumberWordKind::kArticle) {
      // "quatre-vingt(s)": four twenties.
      const double add = (hyphen_before && last_atom == 4 && cur->value == 20) ? 80 - 4 : cur->value;
      sum.current += add;
      tail += add;
      last_atom = cur->value;
    } else if (cur->kind == NumberWordKind::kScale) {
      if (cur->value == 100) {
        sum.current = (sum.current == 0 ? 1 : sum.current) * 100;
      } else if (cur->value > largest) {
        // "deux cent mille", "mille milliards" (10^12): a larger scale multiplies all before it.
        const double before = sum.total + sum.current;
        sum.total = (before == 0 ? 1 : before) * cur->value;
        largest = cur->value;
        sum.current = 0;
      } else if (sum.current == 0) {
        break;  // "mille mille": no number says a scale twice in a row
      } else {
        sum.total += sum.current * cur->value;  // "deux millions trois cent mille"
        sum.current = 0;
      }
      tail = 0;
      last_atom = -1;
    } else {
      // "une cinquantaine", "deux centaines", "two dozen", "un millier": the last word. Like a
      // scale word, it multiplies the units after the last scale: "trois cent deux douzaines" is
      // 300 + 2 x 12, "trois cents douzaines" 300 x 12.
      if (tail > 0) {
        sum.current += tail * (cur->value - 1);
      } else if (sum.current > 0) {
        sum.current *= cur->value;
      } else if (sum.total > 0) {
        sum.total *= cur->value;
      } else {
        sum.current = cur->value;
      }
      sum.approx = true;
      sum.end = ++j;
      return sum;
    }
    any = true;
    hyphen_before = false;
    sum.end = ++j;
  }
  return sum;
}

std::optional<NumberMention> NumberRecognizer::FinishWords(const TokenizedText& t, int i,
                                                           const WordSum& sum, int* next) const {
  NumberMention m;
  m.begin = m.text_begin = i;
  m.value = sum.total + sum.current;
  int end = sum.end;
  if (m.value >= kLargestCount) {
    *next = end;
    return std::nullopt;
  }
  if (sum.approx) {
    end = ApplyOfScale(t, end, &m.value);  // "une dizaine de milliers"
    SetRoundWordInterval(&m);
  }
  if (IsDateOrTime(t, i, end, m.value, false) ||
      // "Deux-Sèvres", "Trois-Rivières": a place named with a number word.
      (t.IsPunct(end, '-') && Attached(t, end) && Attached(t, end + 1) && end + 1 < t.size() &&
       t.tokens[end + 1].kind == TokenKind::kWord && t.tokens[end + 1].upper)) {
    *next = end;
    return std::nullopt;
  }
  m.end = m.text_end = end;
  *next = ReadUnit(t, end, &m);
  return m;
}

}  // namespace claimcheck
