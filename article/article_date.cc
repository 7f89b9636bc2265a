#include "article/article_date.h"

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "re2/re2.h"

namespace claimcheck {
namespace {

// Month names as newsrooms write them, French and English, lower case, with and without accents.
int MonthNumber(absl::string_view name) {
  static const std::vector<std::vector<std::string>>* const kMonths =
      new std::vector<std::vector<std::string>>{
          {"janvier", "january"},   {"février", "fevrier", "february"},
          {"mars", "march"},        {"avril", "april"},
          {"mai", "may"},           {"juin", "june"},
          {"juillet", "july"},      {"août", "aout", "august"},
          {"septembre", "september"}, {"octobre", "october"},
          {"novembre", "november"}, {"décembre", "decembre", "december"}};
  const std::string lower = absl::AsciiStrToLower(name);
  for (size_t m = 0; m < kMonths->size(); ++m) {
    for (const std::string& spelling : (*kMonths)[m]) {
      if (lower == spelling) return static_cast<int>(m) + 1;
    }
  }
  return 0;
}

std::optional<absl::CivilDay> ValidDay(int year, int month, int day) {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) {
    return std::nullopt;
  }
  const absl::CivilDay civil(year, month, day);
  // CivilDay normalises 2023-02-31 to March: refuse rather than invent a date.
  if (civil.month() != month || civil.day() != day) return std::nullopt;
  return civil;
}

void SetDay(absl::CivilDay day, google::protobuf::Timestamp* out) {
  out->set_seconds(absl::ToUnixSeconds(absl::FromCivil(day, absl::UTCTimeZone())));
  out->set_nanos(0);
}

}  // namespace

bool ParseIsoDate(absl::string_view text, google::protobuf::Timestamp* out) {
  absl::string_view token = text.substr(0, text.find_first_of(" \t\r\n"));
  std::vector<absl::string_view> parts = absl::StrSplit(token, '-');
  if (parts.size() < 2 || parts.size() > 3) return false;
  int year = 0, month = 0, day = 1;
  if (parts[0].size() != 4 || !absl::SimpleAtoi(parts[0], &year)) return false;
  if (parts[1].size() != 2 || !absl::SimpleAtoi(parts[1], &month)) return false;
  if (parts.size() == 3 && (parts[2].size() != 2 || !absl::SimpleAtoi(parts[2], &day))) {
    return false;
  }
  const std::optional<absl::CivilDay> civil = ValidDay(year, month, day);
  if (!civil) return false;
  SetDay(*civil, out);
  return true;
}

bool DateWrittenInText(absl::string_view text, google::protobuf::Timestamp* out) {
  // A ` date` line below the top: the same header, placed under a title or a byline.
  static const RE2* const kDateLine = new RE2(R"((?m)^ date (\d{4}-\d{2}(?:-\d{2})?)\b)");
  re2::StringPiece input(text.data(), text.size());
  std::string iso;
  if (RE2::PartialMatch(input, *kDateLine, &iso) && ParseIsoDate(iso, out)) return true;

  // "8 juillet 2024", "1er mars 2023", "8 July 2024", "July 8, 2024".
  static const RE2* const kDayMonthYear =
      new RE2(R"((?i)\b(\d{1,2})(?:er)?\s+(\pL+)\.?\s+(\d{4})\b)");
  static const RE2* const kMonthDayYear =
      new RE2(R"((?i)\b(\pL+)\.?\s+(\d{1,2}),\s+(\d{4})\b)");
  std::optional<absl::CivilDay> latest;
  const auto consider = [&](int day, absl::string_view month_name, int year) {
    const int month = MonthNumber(month_name);
    if (month == 0) return;
    if (std::optional<absl::CivilDay> civil = ValidDay(year, month, day)) {
      if (!latest || *civil > *latest) latest = civil;
    }
  };
  re2::StringPiece rest = input;
  int day = 0, year = 0;
  std::string month_name;
  while (RE2::FindAndConsume(&rest, *kDayMonthYear, &day, &month_name, &year)) {
    consider(day, month_name, year);
  }
  rest = input;
  while (RE2::FindAndConsume(&rest, *kMonthDayYear, &month_name, &day, &year)) {
    consider(day, month_name, year);
  }
  if (!latest) return false;
  SetDay(*latest, out);
  return true;
}

}  // namespace claimcheck
