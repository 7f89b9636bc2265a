#include "extractors/date_finder.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/string_view.h"

namespace claimcheck {
namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;
constexpr int kWordsBeforeSince = 2;  // "depuis le 7 octobre", "since last Saturday"

// The day of month written at token i: "7", "1er", "22nd"; 0 if none.
int DayAt(const TokenizedText& t, int i, int end) {
  if (i < 0 || i >= end) return 0;
  absl::string_view w = t.Text(i);
  if (t.tokens[i].kind == TokenKind::kAlnum) {
    // An ordinal: digits then letters ("1er", "7th"), at most two of them.
    size_t digits = 0;
    while (digits < w.size() && absl::ascii_isdigit(static_cast<unsigned char>(w[digits]))) {
      ++digits;
    }
    if (digits == 0 || w.size() - digits > 2) return 0;
    w = w.substr(0, digits);
  } else if (t.tokens[i].kind != TokenKind::kNumber) {
    return 0;
  }
  int day = 0;
  if (w.size() > 2 || !absl::SimpleAtoi(w, &day) || day < 1 || day > 31) return 0;
  return day;
}

int YearAt(const TokenizedText& t, int i, int end) {
  if (i < 0 || i >= end || t.tokens[i].kind != TokenKind::kNumber || t.Text(i).size() != 4) {
    return 0;
  }
  int year = 0;
  if (!absl::SimpleAtoi(t.Text(i), &year) || year < kMinYear || year > kMaxYear) return 0;
  return year;
}

// The day with that month and year, if the day exists ("31 juin" does not).
std::optional<absl::CivilDay> Day(int year, int month, int day) {
  const absl::CivilDay d(year, month, day);
  if (d.month() != month || d.day() != day) return std::nullopt;
  return d;
}

// The year that puts month and day on or before `article`.
std::optional<absl::CivilDay> OnOrBefore(int month, int day, absl::CivilDay article) {
  std::optional<absl::CivilDay> d = Day(static_cast<int>(article.year()), month, day);
  if (d && *d > article) d = Day(static_cast<int>(article.year()) - 1, month, day);
  return d;
}

}  // namespace

const DateWord* DateFinder::WordAt(const TokenizedText& t, int i, int* num_tokens) const {
  const auto m = lex_.dates.LongestAt(t, i);
  if (!m) return nullptr;
  *num_tokens = m->num_tokens;
  return &lex_.date_entries[m->payload];
}

int DateFinder::MonthAt(const TokenizedText& t, int i, int* num_tokens) const {
  const DateWord* w = WordAt(t, i, num_tokens);
  return w != nullptr && w->kind == DateWordKind::kMonth ? w->value : 0;
}

bool DateFinder::RangeToAt(const TokenizedText& t, int i) const {
  if (t.IsPunct(i, '-') && i > 0 && !t.tokens[i].space_before &&
      i + 1 < t.size() && !t.tokens[i + 1].space_before) {
    return true;  // "29-30 juin"
  }
  return lex_.Is(t, i, WordClass::kRangeTo);
}

bool DateFinder::NumericDateAt(const TokenizedText& t, int i, int end, DateMention* m) const {
  // "01/07/2023": day or month, separator, the other, separator, year; no space between.
  if (i + 4 >= end) return false;
  for (int k = i + 1; k <= i + 4; ++k) {
    if (t.tokens[k].space_before) return false;
  }
  int len = 0;
  const DateWord* separator = WordAt(t, i + 1, &len);
  if (separator == nullptr || separator->kind != DateWordKind::kNumeric ||
      t.Text(i + 1) != t.Text(i + 3)) {
    return false;
  }
  const int first = DayAt(t, i, end), second = DayAt(t, i + 2, end), year = YearAt(t, i + 4, end);
  if (first == 0 || second == 0 || year == 0) return false;
  const bool day_first = separator->value == 1;
  m->day = day_first ? first : second;
  m->month = day_first ? second : first;
  if (m->month > 12) return false;
  m->year = year;
  m->begin = i;
  m->end = i + 5;
  m->kind = DateWordKind::kMonth;
  return true;
}

bool DateFinder::YearAloneAt(const TokenizedText& t, int i, int end, DateMention* m) const {
  if (i == 0 || t.tokens[i].kind != TokenKind::kNumber) return false;
  const int year = YearAt(t, i, end);
  if (year == 0 || t.sentence_of[i - 1] != t.sentence_of[i]) return false;
  if (!lex_.IsOwn(t, i - 1, WordClass::kPreposition | WordClass::kDefiniteArticle)) return false;
  m->begin = i;
  m->end = i + 1;
  m->kind = DateWordKind::kYear;
  m->year = year;
  return true;
}

bool DateFinder::DayAndMonthAt(const TokenizedText& t, int i, int end, DateMention* m) const {
  int len = 0;
  if (NumericDateAt(t, i, end, m)) return true;
  if (const int day = DayAt(t, i, end); day > 0) {
    // "7 mars", "du 29 au 30 juin" (the first day, with the month written once).
    int j = i + 1;
    if (RangeToAt(t, j) && DayAt(t, j + 1, end) > 0) j += 2;
    const int month = j < end ? MonthAt(t, j, &len) : 0;
    if (month == 0) return false;
    j += len;
    const int month_end = j;
    if (t.IsPunct(j, '.') && j < end) ++j;  // "7 oct. 2023"
    m->day = day;
    m->month = month;
    m->year = YearAt(t, j, end);
    m->end = m->year > 0 ? j + 1 : month_end;
  } else if (const int month = MonthAt(t, i, &len); month > 0) {
    // "October 7", "Oct. 7, 2023".
    int j = i + len;
    if (t.IsPunct(j, '.')) ++j;
    const int after = DayAt(t, j, end);
    if (after == 0) return false;
    m->day = after;
    m->month = month;
    m->end = j + 1;
    const int year_at = t.IsPunct(j + 1, ',') ? j + 2 : j + 1;
    m->year = YearAt(t, year_at, end);
    if (m->year > 0) m->end = year_at + 1;
  } else {
    return false;
  }
  m->begin = i;
  m->kind = DateWordKind::kMonth;
  return true;
}

std::vector<DateMention> DateFinder::Find(const TokenizedText& t, int begin, int end) const {
  std::vector<DateMention> found;
  end = std::min(end, t.size());
  for (int i = begin; i < end; ++i) {
    if (t.tokens[i].kind == TokenKind::kPunct) continue;  // "/" only joins a date's numbers
    DateMention m;
    if (!DayAndMonthAt(t, i, end, &m) && !YearAloneAt(t, i, end, &m)) {
      int len = 0;
      const DateWord* w = WordAt(t, i, &len);
      if (w == nullptr) continue;
      const DateWord& word = *w;
      if (word.kind == DateWordKind::kMonth || word.kind == DateWordKind::kSince ||
          word.kind == DateWordKind::kPartOfDay || word.kind == DateWordKind::kNumeric ||
          word.kind == DateWordKind::kPrevious) {
        continue;
      }
      m.begin = i;
      m.end = i + len;
      m.kind = word.kind;
      m.value = word.value;
      m.month = word.month;
      m.day = word.day;
      if (word.kind == DateWordKind::kWeekday) {
        DateMention written;  // "mercredi 8 mars": the date written wins
        if (DayAndMonthAt(t, m.end, end, &written)) {
          written.begin = i;
          m = written;
        } else if (RangeToAt(t, m.end) && m.end + 1 < end) {
          // "de samedi à dimanche": the night begins on the first.
          int second_len = 0;
          const DateWord* second = WordAt(t, m.end + 1, &second_len);
          if (second != nullptr && second->kind == DateWordKind::kWeekday) {
            m.end += 1 + second_len;
          }
        }
      }
    }
    // "samedi soir", "Saturday evening".
    while (m.end < end) {
      int part_len = 0;
      const DateWord* part = WordAt(t, m.end, &part_len);
      if (part == nullptr || part->kind != DateWordKind::kPartOfDay) break;
      m.end += part_len;
    }
    // "last Sunday", "dimanche dernier".
    if (m.kind == DateWordKind::kWeekday) {
      int len = 0;
      const DateWord* before = m.begin > begin ? WordAt(t, m.begin - 1, &len) : nullptr;
      const DateWord* after = m.end < end ? WordAt(t, m.end, &len) : nullptr;
      const bool last_before = before != nullptr && before->kind == DateWordKind::kPrevious;
      const bool last_after = after != nullptr && after->kind == DateWordKind::kPrevious;
      m.before_article = last_before || last_after;
      // "1.03 million last Sunday": the words of the day hold "last", so the day stands right
      // after the count it is of.
      if (last_before) --m.begin;
      if (last_after) ++m.end;
    }
    // "depuis le 7 octobre", "since Saturday".
    for (int k = m.begin - 1; k >= std::max(begin, m.begin - 1 - kWordsBeforeSince); --k) {
      int since_len = 0;
      const DateWord* w = WordAt(t, k, &since_len);
      if (w != nullptr && w->kind == DateWordKind::kSince) {
        m.starts_period = true;
        break;
      }
      if (t.tokens[k].kind == TokenKind::kPunct) break;
    }
    found.push_back(m);
    i = m.end - 1;
  }
  return found;
}

std::optional<absl::CivilDay> ResolveDate(const DateMention& m,
                                          std::optional<absl::CivilDay> article,
                                          std::optional<absl::CivilDay> in_force) {
  switch (m.kind) {
    case DateWordKind::kMonth:
      if (m.year > 0) return Day(m.year, m.month, m.day);
      if (!article) return std::nullopt;
      return OnOrBefore(m.month, m.day, *article);
    case DateWordKind::kHoliday:
      if (!article) return std::nullopt;
      return OnOrBefore(m.month, m.day, *article);
    case DateWordKind::kWeekday: {
      if (!article) return std::nullopt;
      // absl::Weekday counts from Monday = 0.
      const int today = static_cast<int>(absl::GetWeekday(*article));
      const int back = (today - (m.value - 1) + 7) % 7;
      return *article - (back == 0 && m.before_article ? 7 : back);
    }
    case DateWordKind::kDaysBefore:
      if (!article) return std::nullopt;
      return *article - m.value;
    case DateWordKind::kBeforeEvent:
      if (in_force) return *in_force - m.value;
      if (!article) return std::nullopt;
      return *article - m.value;
    case DateWordKind::kYear:
      if (article && m.year >= article->year()) return std::nullopt;
      return absl::CivilDay(m.year, 1, 1);
    default:
      return std::nullopt;
  }
}

}  // namespace claimcheck
