// DateFinder finds the words of a text that name a day ("le 7 mars", "on 7 October 2023",
// "mercredi", "dans la nuit de samedi à dimanche", "hier", "la veille", "la nuit du Nouvel An")
// and ResolveDate says which day they name, against the article's date and the day the text
// has set before them. Which day is the event's and which the statement's is the event-date
// pass's call (FindEventDates in claim_passes.h); this only reads dates.
//
// Usage:
//   const DateFinder finder(lexicons.ForLanguage("fr"));
//   for (const DateMention& m : finder.Find(tokens, sentence.begin, sentence.end)) {
//     std::optional<absl::CivilDay> day = ResolveDate(m, article_day, day_in_force);
//   }
//
// The words are the language's months.tsv, days.tsv and dates.tsv, and range_to.tsv.
//
// Rules: a month is a date only beside a day's number ("7 mars", "Oct. 7, 2023", "1er mars";
// "in March", "May" alone are none); of two days joined by range_to ("de samedi à dimanche",
// "du 29 au 30 juin") the first is the day; a day and month without a year take the year that
// puts them on or before the article's date, a weekday the latest such day on or before it; a
// year alone ("en 2014", "the 2003 protest") names its first day, and only a year before the
// article's (the article's own year says no more than the article's date).
//
// Thread safety: const methods may be called concurrently.
#ifndef CLAIMCHECK_EXTRACTORS_DATE_FINDER_H_
#define CLAIMCHECK_EXTRACTORS_DATE_FINDER_H_

#include <optional>
#include <vector>

#include "absl/time/civil_time.h"
#include "extractors/lexicons.h"
#include "extractors/tokenizer.h"

namespace claimcheck {

struct DateMention {
  int begin = 0;  // tokens [begin, end) of the words that name the day
  int end = 0;
  // kMonth for a day written with its month ("7 mars"); otherwise the kind of the word.
  DateWordKind kind = DateWordKind::kMonth;
  int year = 0;  // 0 when the text gives none
  int month = 0;
  int day = 0;
  int value = 0;  // kWeekday: 1 (Monday) .. 7; kDaysBefore, kBeforeEvent: days
  // After "depuis", "since": the start of a period ("depuis le 7 octobre"), no event's day.
  bool starts_period = false;
  // "last Sunday", "dimanche dernier": a weekday before the article's day, a week back when the
  // article is of that weekday.
  bool before_article = false;
};

class DateFinder {
 public:
  // `lex` must outlive the finder.
  explicit DateFinder(const LanguageLexicon& lex) : lex_(lex) {}

  // The mentions of days in tokens [begin, end), in text order, none overlapping.
  std::vector<DateMention> Find(const TokenizedText& text, int begin, int end) const;

 private:
  // A day written with its month starting at token i: "7 mars 2024", "October 7", "29 au 30
  // juin". Sets the mention's end; false if there is none.
  bool DayAndMonthAt(const TokenizedText& text, int i, int end, DateMention* m) const;
  // A date in figures at token i: "01/07/2023" (dates.tsv says which comes first).
  bool NumericDateAt(const TokenizedText& text, int i, int end, DateMention* m) const;
  // A year standing alone at token i, after a preposition or an article: "en 2014", "in 2014",
  // "the 2003 protest".
  bool YearAloneAt(const TokenizedText& text, int i, int end, DateMention* m) const;
  // The month word at token i (value 1..12), with its length in tokens; 0 if none.
  int MonthAt(const TokenizedText& text, int i, int* num_tokens) const;
  // Whether the word at token i joins two days ("à", "au", "to").
  bool RangeToAt(const TokenizedText& text, int i) const;
  // The date word starting at token i, if any.
  const DateWord* WordAt(const TokenizedText& text, int i, int* num_tokens) const;

  const LanguageLexicon& lex_;
};

// The day `m` names. `article` is the article's date (none for an undated article), `in_force`
// the day the text has set before the mention (for "la veille"; the article's date if none).
// None when the mention needs a date the caller lacks, or names an impossible day.
std::optional<absl::CivilDay> ResolveDate(const DateMention& m,
                                          std::optional<absl::CivilDay> article,
                                          std::optional<absl::CivilDay> in_force);

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_DATE_FINDER_H_
