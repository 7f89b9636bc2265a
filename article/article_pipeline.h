// The one way claimcheck reads an article, for the server and the command line alike: from the
// bytes received to claims whose spans point into those bytes.
//
// Usage:
//   ArticleExtractor extractor(claim_extractor);
//   absl::StatusOr<PreparedArticle> article = extractor.Prepare(std::move(received), "a.txt");
//   if (!article.ok()) return article.status();       // INVALID_ARGUMENT: text not UTF-8
//   if (article->date_source == v1::DATE_SOURCE_NONE) ...  // say so: compared only with itself
//   absl::StatusOr<std::vector<v1::Claim>> claims = extractor.Extract(&*article);
//
// PrepareArticle fills what the sender left empty, and only that:
//   - the text is decoded (NormalizedText: UTF-8, byte-order mark, NFC) for reading; the
//     article's `text` stays the bytes received, so that spans and "same text again" hold;
//   - from a header (ArticleHeader: a ` date` first line or a front matter block): title, outlet,
//     url, language, date;
//   - the date: the sender's published_at, else the header's, else the one the text writes
//     (DateWrittenInText); `date_source` says which, DATE_SOURCE_NONE when there is none.
//     Given a `dater` (an extractor: its lexicons hold the cues), a date the text states after
//     a cue ("Publié le 18/11/2018 à 11h52", ClaimExtractor::PublishedDay) comes before any
//     date guessed from the prose;
//   - the id: the sender's, else the front matter's `id`, else the url, else `fallback_id` (the
//     command line passes the file's path relative to the folder named; the server passes "").
// ArticleExtractor::Extract then fills the language (detected when still empty), extracts from
// the decoded text and maps every span and sentence back to the bytes received. Claims in a
// front matter block (its title included) are not the article's: the title is its title.
//
// Thread safety: PrepareArticle is a pure function; an ArticleExtractor is immutable and may be
// used from any number of threads at once.
#ifndef CLAIMCHECK_ARTICLE_ARTICLE_PIPELINE_H_
#define CLAIMCHECK_ARTICLE_ARTICLE_PIPELINE_H_

#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "article/article_header.h"
#include "article/normalized_text.h"
#include "claimcheck/v1/claimcheck.pb.h"
#include "extractors/claim_extractor.h"

namespace claimcheck {

struct PreparedArticle {
  v1::Article article;  // `text` as received; empty fields filled
  v1::DateSource date_source = v1::DATE_SOURCE_NONE;
  NormalizedText text;  // what is read
  ArticleHeader header;
};

// See above. INVALID_ARGUMENT ("article ID: text is not valid UTF-8") when the text is not UTF-8.
// `dater` may be nullptr (no date read after a cue); else it must outlive the call.
absl::StatusOr<PreparedArticle> PrepareArticle(v1::Article article,
                                               absl::string_view fallback_id = "",
                                               const ClaimExtractor* dater = nullptr);

// The date an answer reports for `article`.
v1::ArticleDate DateUsed(const PreparedArticle& article);

// Copies the article's title, url and outlet into each claim (Claim.article_title...), so that a
// claim read on its own says where it was published.
void DescribeClaims(const v1::Article& article, std::vector<v1::Claim>* claims);

class ArticleExtractor {
 public:
  // `extractor` must outlive this object.
  explicit ArticleExtractor(const ClaimExtractor* extractor) : extractor_(extractor) {}

  // PrepareArticle(article, fallback_id), this extractor dating it.
  absl::StatusOr<PreparedArticle> Prepare(v1::Article article,
                                          absl::string_view fallback_id = "") const {
    return PrepareArticle(std::move(article), fallback_id, extractor_);
  }

  // Fills article->article.language when empty, then returns the claims in text order, spans and
  // sentences in the bytes received, described (DescribeClaims). Errors: the extractor's.
  absl::StatusOr<std::vector<v1::Claim>> Extract(PreparedArticle* article) const;

  // PrepareArticle(*article) (this extractor dating it) then Extract, leaving the filled article in *article: for an article
  // already read once (its fields filled, so reading it again changes nothing).
  absl::StatusOr<std::vector<v1::Claim>> PrepareAndExtract(v1::Article* article) const;

 private:
  const ClaimExtractor* const extractor_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_ARTICLE_ARTICLE_PIPELINE_H_
