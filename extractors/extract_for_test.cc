#include "extractors/extract_for_test.h"

#include <algorithm>
#include <cctype>
#include <memory>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/time/time.h"

#include "extractors/claim_extractor.h"
#include "gtest/gtest.h"

namespace claimcheck {

std::vector<v1::Claim> ExtractForTest(const std::string& text, const std::string& language) {
  // Loaded once per test binary: the lexicons take longer to read than any test takes to run.
  static const ClaimExtractor* const extractor = [] {
    auto created = ClaimExtractor::Create(DefaultLexiconDir());
    EXPECT_TRUE(created.ok()) << created.status();
    return created.ok() ? created->release() : nullptr;
  }();
  if (extractor == nullptr) return {};
  v1::Article article;
  article.set_id("test");
  article.set_text(text);
  article.set_language(language);
  auto claims = extractor->Extract(article);
  EXPECT_TRUE(claims.ok()) << claims.status();
  return claims.ok() ? *std::move(claims) : std::vector<v1::Claim>{};
}

const v1::Claim* ClaimAt(const std::vector<v1::Claim>& claims, const std::string& text,
                         const std::string& number) {
  // The first occurrence that is a whole word: "one" is not the one in "drones".
  const auto word_char = [&](size_t i) {
    return i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) != 0);
  };
  size_t at = text.find(number);
  while (at != std::string::npos &&
         ((at > 0 && word_char(at - 1)) || word_char(at + number.size()))) {
    at = text.find(number, at + 1);
  }
  if (at == std::string::npos) return nullptr;
  for (const v1::Claim& c : claims) {
    if (c.number_span().start() <= at && at < c.number_span().end()) return &c;
  }
  return nullptr;
}

std::string ClaimField(const v1::Claim& c, const std::vector<v1::Claim>& claims,
                       const std::string& field) {
  const v1::Quantity& q = c.quantity();
  if (field == "value") return absl::StrCat(q.value());
  if (field == "qualifier") return v1::Qualifier_Name(q.qualifier());
  if (field == "unit") return q.unit();
  if (field == "text") return q.text();
  if (field == "metric") return v1::Metric_Name(c.metric());
  if (field == "subject") return c.subject();
  if (field == "subject_side") return c.subject_side();
  if (field == "subject_text") return c.subject_text();
  if (field == "source") return c.source().text();
  if (field == "source_id") return c.source().canonical_id();
  if (field == "party") return c.source().party();
  if (field == "channel") return c.source().channel();
  if (field == "cue") return c.source().cue();
  if (field == "place") return c.location().canonical();
  if (field == "place_text") return c.location().text();
  if (field == "place_exact") return c.location().confidence() >= 1.0f ? "true" : "false";
  if (field == "earlier") return c.earlier_report() ? "true" : "false";
  if (field == "language") return c.language();
  if (field == "sentence") return c.sentence();
  if (field == "flags" || absl::StartsWith(field, "flag:")) {
    std::vector<std::string> kinds;
    for (const v1::Flag& f : c.flags()) kinds.push_back(v1::FlagKind_Name(f.kind()));
    std::sort(kinds.begin(), kinds.end());
    if (field == "flags") return absl::StrJoin(kinds, ",");
    const std::string kind = field.substr(5);
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end() ? "true" : "false";
  }
  if (field == "event_date") {
    if (!c.has_event_date()) return "";
    return absl::FormatTime("%Y-%m-%d", absl::FromUnixSeconds(c.event_date().seconds()),
                            absl::UTCTimeZone());
  }
  if (field == "event_date_basis") return c.event_date_basis();
  if (field == "cumulative") return c.cumulative() ? "true" : "false";
  if (field == "projection") return c.projection() ? "true" : "false";
  if (field == "same_count_as") {
    for (const v1::Claim& other : claims) {
      if (!c.same_count_as().empty() && other.id() == c.same_count_as()) {
        return other.quantity().text();
      }
    }
    return "";
  }
  if (field == "part_of") {
    for (const v1::Claim& whole : claims) {
      if (!c.part_of_claim_id().empty() && whole.id() == c.part_of_claim_id()) {
        return whole.quantity().text();
      }
    }
    return "";
  }
  ADD_FAILURE() << "unknown claim field '" << field << "'";
  return "";
}

std::string CheckClaims(const std::vector<v1::Claim>& claims, const std::string& text,
                        const std::vector<ClaimCheck>& checks) {
  std::string failures;
  for (const ClaimCheck& check : checks) {
    const v1::Claim* c = ClaimAt(claims, text, check.number);
    if (check.field == "claim") {
      if ((c == nullptr) != (check.value == "none")) {
        absl::StrAppend(&failures, check.number, ": ", c == nullptr ? "no claim" : "a claim",
                        "\n");
      }
      continue;
    }
    if (c == nullptr) {
      absl::StrAppend(&failures, check.number, ": no claim\n");
      continue;
    }
    const std::string got = ClaimField(*c, claims, check.field);
    const bool negated = absl::StartsWith(check.value, "!");
    const std::string want = negated ? check.value.substr(1) : check.value;
    if ((got == want) == negated) {
      absl::StrAppend(&failures, check.number, ": ", check.field, " is \"", got, "\", expected ",
                      negated ? "anything but \"" : "\"", want, "\"\n");
    }
  }
  return failures;
}

}  // namespace claimcheck
