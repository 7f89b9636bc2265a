// The parts of the report every format shares: what counts as raised, the summary, marking,
// escaping.
#include <set>
#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "tools/report.h"

namespace claimcheck {
namespace {

std::string Counted(size_t n, absl::string_view singular, absl::string_view plural) {
  return absl::StrCat(n, " ", n == 1 ? singular : plural);
}

bool Contests(v1::FlagKind kind) {
  return kind == v1::CONFLICT || kind == v1::REVISION || kind == v1::INCONSISTENT;
}

// The length of the well-formed UTF-8 sequence starting `s` (no overlongs, surrogates or code
// points past U+10FFFF), and its code point; 0 when the bytes there are not one.
size_t DecodeUtf8(absl::string_view s, char32_t* point) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char lead = byte(0);
  size_t length;
  char32_t min;
  if (lead < 0x80) {
    *point = lead;
    return 1;
  } else if ((lead & 0xE0) == 0xC0) {
    length = 2, min = 0x80, *point = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, min = 0x800, *point = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, min = 0x10000, *point = lead & 0x07;
  } else {
    return 0;
  }
  if (s.size() < length) return 0;
  for (size_t i = 1; i < length; ++i) {
    if ((byte(i) & 0xC0) != 0x80) return 0;
    *point = (*point << 6) | (byte(i) & 0x3F);
  }
  if (*point < min || *point > 0x10FFFF || (*point >= 0xD800 && *point <= 0xDFFF)) return 0;
  return length;
}

// Characters XML 1.0 or HTML refuse even as text: controls other than tab, newline and carriage
// return, and the noncharacters.
bool Forbidden(char32_t c) {
  if (c < 0x20) return c != '\t' && c != '\n' && c != '\r';
  if (c >= 0x7F && c <= 0x9F) return true;
  if (c >= 0xFDD0 && c <= 0xFDEF) return true;
  return (c & 0xFFFE) == 0xFFFE;
}

}  // namespace

int FlagSeverity(v1::FlagKind kind) {
  switch (kind) {
    case v1::CONFLICT:
      return 7;
    case v1::INCONSISTENT:
      return 6;
    case v1::REVISION:
      return 5;
    case v1::UNVERIFIED:
      return 4;
    case v1::UNATTRIBUTED:
      return 3;
    case v1::SINGLE_SOURCE:
      return 2;
    case v1::CORROBORATED:
      return 1;
    default:
      return 0;
  }
}

bool RaisesAny(const std::vector<ArticleReport>& reports, const FlagKindSet& kinds) {
  for (const ArticleReport& report : reports) {
    for (const v1::Claim& claim : report.claims) {
      for (const v1::Flag& flag : claim.flags()) {
        if (kinds.count(flag.kind())) return true;
      }
    }
  }
  return false;
}

std::vector<std::string> ContestedFigureKeys(const std::vector<ArticleReport>& reports) {
  std::set<std::string> keys;
  for (const ArticleReport& report : reports) {
    for (const v1::Claim& claim : report.claims) {
      for (const v1::Flag& flag : claim.flags()) {
        if (!Contests(flag.kind())) continue;
        keys.insert(flag.figure_key().empty() ? claim.figure_key() : flag.figure_key());
      }
    }
  }
  keys.erase("");
  return {keys.begin(), keys.end()};
}

std::string SummaryLine(const BatchReport& batch) {
  size_t claims = 0, unverified = 0;
  // A conflict shows on every claim it involves: count the figure once.
  std::set<std::pair<int, std::string>> figure_flags;
  for (const ArticleReport& report : batch.articles) {
    claims += report.claims.size();
    for (const v1::Claim& claim : report.claims) {
      bool claim_unverified = false;
      for (const v1::Flag& flag : claim.flags()) {
        if (flag.kind() == v1::UNVERIFIED) claim_unverified = true;
        const std::string& key = !flag.figure_key().empty()    ? flag.figure_key()
                                 : !claim.figure_key().empty() ? claim.figure_key()
                                                               : claim.id();
        figure_flags.insert({flag.kind(), key});
      }
      if (claim_unverified) ++unverified;
    }
  }
  auto figures_with = [&](v1::FlagKind kind) {
    size_t n = 0;
    for (const auto& entry : figure_flags) n += entry.first == kind;
    return n;
  };
  std::vector<std::string> parts = {
      Counted(batch.articles.size(), "article", "articles"),
      Counted(claims, "claim", "claims"),
      Counted(figures_with(v1::CONFLICT), "conflict", "conflicts"),
      Counted(figures_with(v1::REVISION), "revision", "revisions"),
  };
  if (size_t inconsistent = figures_with(v1::INCONSISTENT); inconsistent > 0) {
    parts.push_back(Counted(inconsistent, "inconsistency", "inconsistencies"));
  }
  parts.push_back(absl::StrCat(unverified, " unverified"));
  if (!batch.skipped.empty()) {
    parts.push_back(absl::StrCat(Counted(batch.skipped.size(), "input", "inputs"), " skipped"));
  }
  return absl::StrJoin(parts, ", ");
}

std::string MarkNumber(absl::string_view sentence, absl::string_view number, bool color,
                       size_t at) {
  if (at == absl::string_view::npos || sentence.substr(at, number.size()) != number) {
    at = number.empty() ? absl::string_view::npos : sentence.find(number);
  }
  if (at == absl::string_view::npos) return std::string(sentence);
  return absl::StrCat(sentence.substr(0, at), color ? "\033[1m" : "»", number,
                      color ? "\033[0m" : "«", sentence.substr(at + number.size()));
}

std::string NumberText(const v1::Article& article, const v1::Claim& claim) {
  const v1::Span& span = claim.number_span();
  const std::string& text = article.text();
  if (span.end() > span.start() && span.end() <= text.size()) {
    return text.substr(span.start(), span.end() - span.start());
  }
  return claim.quantity().text();
}

std::string AmountWithUnit(absl::string_view number, const v1::Quantity& quantity) {
  if (quantity.unit().empty()) return std::string(number);
  return absl::StrCat(number, " ", quantity.unit());
}

v1::FlagKind WorstFlag(const v1::Claim& claim) {
  v1::FlagKind worst = v1::FLAG_KIND_UNSPECIFIED;
  for (const v1::Flag& flag : claim.flags()) {
    if (FlagSeverity(flag.kind()) > FlagSeverity(worst)) worst = flag.kind();
  }
  return worst;
}

std::string XmlEscape(absl::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  while (!s.empty()) {
    char32_t c;
    size_t length = DecodeUtf8(s, &c);
    if (length == 0 || Forbidden(c)) {
      out += "\xEF\xBF\xBD";  // U+FFFD
      s.remove_prefix(length == 0 ? 1 : length);
      continue;
    }
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out.append(s.data(), length);
    }
    s.remove_prefix(length);
  }
  return out;
}

}  // namespace claimcheck
