#include "article/article_pipeline.h"

#include <optional>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "article/article_date.h"

namespace claimcheck {
namespace {

constexpr absl::string_view kEllipsis = "…";
// As claim_extractor.cc cuts a long sentence for the reviewer.
constexpr size_t kMaxSentenceBytes = 600;

void FillFromHeader(const ArticleHeader& header, v1::Article* article) {
  if (article->title().empty()) article->set_title(header.title);
  if (article->outlet().empty()) article->set_outlet(header.outlet);
  if (article->url().empty()) article->set_url(header.url);
  if (article->language().empty()) article->set_language(header.language);
}

v1::DateSource FillDate(const ArticleHeader& header, absl::string_view text,
                        const ClaimExtractor* dater, v1::Article* article) {
  if (article->has_published_at()) return v1::DATE_SOURCE_CLIENT;
  if (header.date.has_value()) {
    *article->mutable_published_at() = *header.date;
    return header.form == ArticleHeader::Form::kFrontMatter ? v1::DATE_SOURCE_FRONT_MATTER
                                                            : v1::DATE_SOURCE_HEADER;
  }
  // "Publié le 18/11/2018 à 11h52": stated, so before any guess from the prose.
  if (dater != nullptr) {
    v1::Article decoded;
    decoded.set_text(std::string(text));
    decoded.set_language(article->language());
    if (const std::optional<absl::CivilDay> day = dater->PublishedDay(decoded)) {
      article->mutable_published_at()->set_seconds(
          absl::ToUnixSeconds(absl::FromCivil(*day, absl::UTCTimeZone())));
      article->mutable_published_at()->set_nanos(0);
      return v1::DATE_SOURCE_TEXT;
    }
  }
  if (google::protobuf::Timestamp date; DateWrittenInText(text, &date)) {
    *article->mutable_published_at() = date;
    return v1::DATE_SOURCE_TEXT;
  }
  return v1::DATE_SOURCE_NONE;
}

// `s` cut to at most `max_bytes` at a character boundary, with "…" when cut.
std::string Cut(absl::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return std::string(s);
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return absl::StrCat(s.substr(0, cut), kEllipsis);
}

// Moves `claim`'s span and sentence from the decoded text to the bytes received.
void MapToReceived(const NormalizedText& text, absl::string_view received, v1::Claim* claim) {
  const uint32_t start = claim->number_span().start();
  const NormalizedText::Range span = text.ReceivedRange(start, claim->number_span().end());
  claim->mutable_number_span()->set_start(span.begin);
  claim->mutable_number_span()->set_end(span.end);

  // The sentence is a stretch of the decoded text holding the number (cut after 600 bytes).
  absl::string_view sentence = claim->sentence();
  const bool cut = sentence.size() > kMaxSentenceBytes && absl::ConsumeSuffix(&sentence, kEllipsis);
  const size_t at = absl::string_view(text.text()).rfind(sentence, start);
  if (sentence.empty() || at == std::string::npos) return;
  const NormalizedText::Range range = text.ReceivedRange(at, at + sentence.size());
  const absl::string_view original = received.substr(range.begin, range.end - range.begin);
  claim->set_sentence(cut ? Cut(original, kMaxSentenceBytes) : std::string(original));
}

}  // namespace

absl::StatusOr<PreparedArticle> PrepareArticle(v1::Article article, absl::string_view fallback_id,
                                               const ClaimExtractor* dater) {
  absl::StatusOr<NormalizedText> text = NormalizedText::Decode(article.text());
  if (!text.ok()) {
    return absl::Status(text.status().code(),
                        absl::StrCat("article ", article.id().empty() ? fallback_id : article.id(),
                                     ": ", text.status().message()));
  }
  PreparedArticle prepared{std::move(article), v1::DATE_SOURCE_NONE, *std::move(text),
                           ArticleHeader()};
  prepared.header = ReadArticleHeader(prepared.text.text());
  v1::Article& filled = prepared.article;
  FillFromHeader(prepared.header, &filled);
  prepared.date_source = FillDate(prepared.header, prepared.text.text(), dater, &filled);
  if (filled.id().empty()) {
    filled.set_id(!prepared.header.id.empty() ? prepared.header.id
                  : !filled.url().empty()     ? filled.url()
                                              : std::string(fallback_id));
  }
  return prepared;
}

v1::ArticleDate DateUsed(const PreparedArticle& article) {
  v1::ArticleDate date;
  date.set_source(article.date_source);
  if (article.article.has_published_at()) {
    *date.mutable_published_at() = article.article.published_at();
  }
  return date;
}

void DescribeClaims(const v1::Article& article, std::vector<v1::Claim>* claims) {
  for (v1::Claim& claim : *claims) {
    claim.set_article_title(article.title());
    claim.set_article_url(article.url());
    claim.set_article_outlet(article.outlet());
  }
}

absl::StatusOr<std::vector<v1::Claim>> ArticleExtractor::Extract(PreparedArticle* article) const {
  v1::Article& received = article->article;
  absl::StatusOr<std::vector<v1::Claim>> claims;
  if (article->text.unchanged()) {
    if (received.language().empty()) received.set_language(extractor_->Language(received));
    claims = extractor_->Extract(received);
  } else {
    // The extractor reads the decoded text under the article's id and metadata.
    v1::Article decoded = received;
    decoded.set_text(article->text.text());
    if (received.language().empty()) received.set_language(extractor_->Language(decoded));
    decoded.set_language(received.language());
    claims = extractor_->Extract(decoded);
    if (claims.ok()) {
      for (v1::Claim& claim : *claims) MapToReceived(article->text, received.text(), &claim);
    }
  }
  if (!claims.ok()) return claims.status();
  DescribeClaims(received, &*claims);
  return claims;
}

absl::StatusOr<std::vector<v1::Claim>> ArticleExtractor::PrepareAndExtract(
    v1::Article* article) const {
  absl::StatusOr<PreparedArticle> prepared = Prepare(*article);
  if (!prepared.ok()) return prepared.status();
  absl::StatusOr<std::vector<v1::Claim>> claims = Extract(&*prepared);
  *article = std::move(prepared->article);
  return claims;
}

}  // namespace claimcheck
