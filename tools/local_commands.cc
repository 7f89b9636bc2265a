// `extract` and in-process `check`: the extractor and a memory-only ClaimStore in this process.
#include <algorithm>
#include <memory>

#include "absl/strings/str_cat.h"
#include "extractors/claim_extractor.h"
#include "store/claim_store.h"
#include "tools/commands.h"
#include "tools/progress_bar.h"

namespace claimcheck {
namespace {

// What both local subcommands start from: the articles read and an extractor to run on them.
struct LocalRun {
  std::vector<v1::Article> articles;
  std::unique_ptr<ClaimExtractor> extractor;
};

absl::StatusOr<LocalRun> StartLocalRun(const CliOptions& options) {
  absl::StatusOr<std::vector<v1::Article>> articles = ReadInputs(options);
  if (!articles.ok()) return articles.status();
  absl::StatusOr<std::unique_ptr<ClaimExtractor>> extractor = ClaimExtractor::Create(
      options.lexicon_dir.empty() ? DefaultLexiconDir() : options.lexicon_dir);
  if (!extractor.ok()) return extractor.status();
  return LocalRun{*std::move(articles), *std::move(extractor)};
}

absl::Status InArticle(const v1::Article& article, const absl::Status& status) {
  return absl::Status(status.code(), absl::StrCat(article.id(), ": ", status.message()));
}

// Every claim the store holds for `article_id`, in text order, with the flags as they stand now.
absl::StatusOr<std::vector<v1::Claim>> StoredClaims(const ClaimStore& store,
                                                    const std::string& article_id) {
  std::vector<v1::Claim> claims;
  v1::QueryClaimsRequest request;
  request.set_article_id(article_id);
  request.set_page_size(1000);
  do {
    absl::StatusOr<v1::QueryClaimsResponse> page = store.QueryClaims(request);
    if (!page.ok()) return page.status();
    for (v1::Claim& claim : *page->mutable_claims()) {
      // The filter is the store's; keep the report honest even if it matched more loosely.
      if (claim.article_id() == article_id) claims.push_back(std::move(claim));
    }
    request.set_page_token(page->next_page_token());
  } while (!request.page_token().empty());
  std::stable_sort(claims.begin(), claims.end(), [](const v1::Claim& a, const v1::Claim& b) {
    return a.number_span().start() < b.number_span().start();
  });
  return claims;
}

}  // namespace

absl::StatusOr<std::vector<ArticleReport>> ExtractLocally(const CliOptions& options,
                                                          std::ostream& err,
                                                          const Terminal& terminal) {
  absl::StatusOr<LocalRun> run = StartLocalRun(options);
  if (!run.ok()) return run.status();
  std::vector<v1::Article>* articles = &run->articles;
  const ClaimExtractor* extractor = run->extractor.get();

  std::vector<ArticleReport> reports;
  ProgressBar progress(articles->size(), terminal.err_is_tty, err);
  for (v1::Article& article : *articles) {
    absl::StatusOr<std::vector<v1::Claim>> claims = extractor->Extract(article);
    if (!claims.ok()) return InArticle(article, claims.status());
    reports.push_back({std::move(article), *std::move(claims)});
    progress.Advance();
  }
  return reports;
}

absl::StatusOr<std::vector<ArticleReport>> CheckLocally(const CliOptions& options,
                                                        std::ostream& err,
                                                        const Terminal& terminal) {
  absl::StatusOr<LocalRun> run = StartLocalRun(options);
  if (!run.ok()) return run.status();
  std::vector<v1::Article>* articles = &run->articles;
  const ClaimExtractor* extractor = run->extractor.get();
  absl::StatusOr<std::unique_ptr<ClaimStore>> store = ClaimStore::Open(StoreOptions{});
  if (!store.ok()) return store.status();

  {
    ProgressBar progress(articles->size(), terminal.err_is_tty, err);
    for (const v1::Article& article : *articles) {
      absl::StatusOr<std::vector<v1::Claim>> claims = extractor->Extract(article);
      if (!claims.ok()) return InArticle(article, claims.status());
      absl::StatusOr<IngestResult> ingested = (*store)->Ingest(article, *std::move(claims));
      if (!ingested.ok()) return InArticle(article, ingested.status());
      progress.Advance();
    }
  }
  // Flags are read only once everything is in: a later article can flag an earlier one.
  std::vector<ArticleReport> reports;
  for (v1::Article& article : *articles) {
    absl::StatusOr<std::vector<v1::Claim>> claims = StoredClaims(**store, article.id());
    if (!claims.ok()) return InArticle(article, claims.status());
    reports.push_back({std::move(article), *std::move(claims)});
  }
  return reports;
}

}  // namespace claimcheck
