// When an article file was published, read from the file itself.
//
// Usage:
//   google::protobuf::Timestamp date;
//   if (claimcheck::ParseIsoDate("2023-01-04 ...", &date)) { ... }      // leading YYYY-MM[-DD]
//   if (claimcheck::DateWrittenInText(article.text(), &date)) { ... }   // no header: guess
//
// Cross-checking compares an undated article only with itself, so a scraped page without the
// ` date` header line loses every link to other articles. DateWrittenInText gives such a page a
// date from what it writes: first a ` date YYYY-MM[-DD]` line anywhere (pages put it under the
// title too), else the latest full date in its prose ("samedi 8 juillet 2024", "le 1er mars
// 2023", "July 8, 2024", "8 July 2024"): a report is published on or after the last day it
// names, and usually that day. A page naming only past events' dates gets a date too early.
//
// Thread safety: the functions are pure.
#ifndef CLAIMCHECK_ARTICLE_ARTICLE_DATE_H_
#define CLAIMCHECK_ARTICLE_ARTICLE_DATE_H_

#include "absl/strings/string_view.h"
#include "google/protobuf/timestamp.pb.h"

namespace claimcheck {

// Parses a leading `YYYY-MM` or `YYYY-MM-DD` (the day defaults to the 1st) into midnight UTC.
// False, leaving `out` alone, for anything else or an impossible day (2023-02-31).
bool ParseIsoDate(absl::string_view text, google::protobuf::Timestamp* out);

// The article's date as its text gives it (see above); false when it gives none.
bool DateWrittenInText(absl::string_view text, google::protobuf::Timestamp* out);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ARTICLE_ARTICLE_DATE_H_
