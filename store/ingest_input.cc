#include "store/ingest_input.h"

#include <algorithm>
#include <string>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "crosscheck/article_flags.h"
#include "crosscheck/claim_facts.h"
#include "crosscheck/figure_key.h"
#include "store/store_record.h"

namespace claimcheck {
namespace {

// The article's title, url and outlet copied into each claim (Claim.article_title...): a store
// keeps them on the article, and fills them into every claim it returns.
void DescribeClaims(const v1::Article& article, std::vector<v1::Claim>* claims) {
  for (v1::Claim& claim : *claims) {
    claim.set_article_title(article.title());
    claim.set_article_url(article.url());
    claim.set_article_outlet(article.outlet());
  }
}

}  // namespace

bool ClearTimestampsOutOfRange(v1::Article* article, std::vector<v1::Claim>* claims) {
  bool cleared = false;
  if (article->has_published_at() && !TimestampInRange(article->published_at())) {
    article->clear_published_at();
    cleared = true;
  }
  for (v1::Claim& claim : *claims) {
    if (claim.has_published_at() && !TimestampInRange(claim.published_at())) {
      claim.clear_published_at();
      cleared = true;
    }
    if (claim.has_event_date() && !TimestampInRange(claim.event_date())) {
      claim.clear_event_date();
      claim.clear_event_date_basis();
      cleared = true;
    }
  }
  return cleared;
}

absl::Status CheckTimestamps(const v1::Article& article, const std::vector<v1::Claim>& claims) {
  auto out_of_range = [](bool has, const google::protobuf::Timestamp& timestamp) {
    return has && !TimestampInRange(timestamp);
  };
  bool bad = out_of_range(article.has_published_at(), article.published_at());
  for (const v1::Claim& c : claims) {
    bad |= out_of_range(c.has_published_at(), c.published_at()) ||
           out_of_range(c.has_event_date(), c.event_date());
  }
  if (!bad) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat(
      "article ", article.id(), " or one of its claims has a date outside years 1-9999"));
}

absl::Status CheckArticleFields(const v1::Article& article, const std::vector<v1::Claim>& claims) {
  for (const v1::Claim& c : claims) {
    const std::pair<const std::string*, const std::string*> fields[] = {
        {&c.article_title(), &article.title()},
        {&c.article_url(), &article.url()},
        {&c.article_outlet(), &article.outlet()}};
    for (const auto& [claim_field, article_field] : fields) {
      if (claim_field->empty() || *claim_field == *article_field) continue;
      return absl::InvalidArgumentError(absl::StrCat(
          "claim ", c.id(), " gives its article's title, url or outlet as \"", *claim_field,
          "\", but article ", article.id(), " has \"", *article_field, "\""));
    }
  }
  return absl::OkStatus();
}

absl::Status PrepareClaims(const v1::Article& article, std::vector<v1::Claim>* claims) {
  absl::flat_hash_set<std::string> ids;
  for (size_t i = 0; i < claims->size(); ++i) {
    v1::Claim& c = (*claims)[i];
    if (c.article_id().empty()) c.set_article_id(article.id());
    if (c.article_id() != article.id()) {
      return absl::InvalidArgumentError(absl::StrCat("claim ", c.id(), " belongs to article ",
                                                     c.article_id(), ", not ", article.id()));
    }
    if (c.id().empty()) c.set_id(absl::StrCat(article.id(), "#", i + 1));
    if (!ids.insert(c.id()).second) {
      return absl::InvalidArgumentError(absl::StrCat("claim id ", c.id(), " appears twice"));
    }
    if (c.number_span().start() > c.number_span().end() ||
        c.number_span().end() > article.text().size()) {
      return absl::InvalidArgumentError(absl::StrCat(
          "claim ", c.id(), " has number_span [", c.number_span().start(), ", ",
          c.number_span().end(), ") outside the article's ", article.text().size(), " bytes"));
    }
    if (!c.has_published_at() && article.has_published_at()) {
      *c.mutable_published_at() = article.published_at();
    }
    c.clear_figure_key();
    c.clear_article_title();
    c.clear_article_url();
    c.clear_article_outlet();
    auto* flags = c.mutable_flags();
    flags->erase(std::remove_if(flags->begin(), flags->end(),
                                [](const v1::Flag& f) { return !IsExtractorKind(f.kind()); }),
                 flags->end());
  }
  return absl::OkStatus();
}

absl::StatusOr<std::vector<v1::Claim>> CheckAsIfFiled(const v1::Article& article,
                                                      std::vector<v1::Claim> claims,
                                                      const FiledClaims& filed) {
  (void)PrepareClaims(article, &claims);
  v1::Article no_article;
  ClearTimestampsOutOfRange(&no_article, &claims);
  absl::StatusOr<std::vector<std::vector<v1::Flag>>> flags = FlagsAsIfFiled(claims, filed);
  if (!flags.ok()) return flags.status();
  DescribeClaims(article, &claims);
  for (size_t i = 0; i < claims.size(); ++i) {
    v1::Claim& claim = claims[i];
    const std::optional<FigureKey> key = FigureKeyOf(FactsOf(claim));
    claim.set_figure_key(key ? key->ToString() : "");
    claim.clear_flags();
    for (v1::Flag& f : (*flags)[i]) *claim.add_flags() = std::move(f);
  }
  return claims;
}

}  // namespace claimcheck
