// The parts of the report every format shares: what counts as raised, the summary, marking.
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

}  // namespace

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

std::string SummaryLine(const std::vector<ArticleReport>& reports) {
  size_t claims = 0, unverified = 0;
  // A conflict shows on every claim it involves: count the figure once.
  std::set<std::pair<int, std::string>> figure_flags;
  for (const ArticleReport& report : reports) {
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
      Counted(reports.size(), "article", "articles"),
      Counted(claims, "claim", "claims"),
      Counted(figures_with(v1::CONFLICT), "conflict", "conflicts"),
      Counted(figures_with(v1::REVISION), "revision", "revisions"),
  };
  if (size_t inconsistent = figures_with(v1::INCONSISTENT); inconsistent > 0) {
    parts.push_back(Counted(inconsistent, "inconsistency", "inconsistencies"));
  }
  parts.push_back(absl::StrCat(unverified, " unverified"));
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

}  // namespace claimcheck
