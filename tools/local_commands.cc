// `extract` and in-process `check`: the extractor and a memory-only ClaimStore in this process.
#include <memory>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
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

absl::StatusOr<LocalRun> StartLocalRun(const CliOptions& options, std::ostream& err) {
  absl::StatusOr<std::vector<v1::Article>> articles = ReadInputs(options, err);
  if (!articles.ok()) return articles.status();
  absl::StatusOr<std::unique_ptr<ClaimExtractor>> extractor = ClaimExtractor::Create(
      options.lexicon_dir.empty() ? DefaultLexiconDir() : options.lexicon_dir);
  if (!extractor.ok()) return extractor.status();
  return LocalRun{*std::move(articles), *std::move(extractor)};
}

absl::Status InArticle(const v1::Article& article, const absl::Status& status) {
  return absl::Status(status.code(), absl::StrCat(article.id(), ": ", status.message()));
}

}  // namespace

absl::StatusOr<std::vector<ArticleReport>> ExtractLocally(const CliOptions& options,
                                                          std::ostream& err,
                                                          const Terminal& terminal) {
  absl::StatusOr<LocalRun> run = StartLocalRun(options, err);
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
  absl::StatusOr<LocalRun> run = StartLocalRun(options, err);
  if (!run.ok()) return run.status();
  std::vector<v1::Article>* articles = &run->articles;
  const ClaimExtractor* extractor = run->extractor.get();
  absl::StatusOr<std::unique_ptr<ClaimStore>> store = ClaimStore::Open(StoreOptions{});
  if (!store.ok()) return store.status();

  // The same id twice (a .jsonl repeating one): the later text replaces the earlier, as on a
  // server, and the article is reported once, where it first appeared.
  absl::flat_hash_map<std::string, size_t> latest;
  std::vector<std::vector<v1::Claim>> extracted(articles->size());
  {
    ProgressBar progress(articles->size(), terminal.err_is_tty, err);
    for (size_t i = 0; i < articles->size(); ++i) {
      const v1::Article& article = (*articles)[i];
      absl::StatusOr<std::vector<v1::Claim>> claims = extractor->Extract(article);
      if (!claims.ok()) return InArticle(article, claims.status());
      extracted[i] = *claims;
      absl::StatusOr<IngestResult> ingested = (*store)->Ingest(article, *std::move(claims));
      if (!ingested.ok()) return InArticle(article, ingested.status());
      latest[article.id()] = i;
      progress.Advance();
    }
  }
  // Flags are read only once everything is in, since a later article can flag an earlier one.
  // Ingesting an article again unchanged returns its claims with the flags they carry now.
  std::vector<ArticleReport> reports;
  absl::flat_hash_set<std::string> reported;
  for (v1::Article& article : *articles) {
    if (!reported.insert(article.id()).second) continue;
    const size_t last = latest[article.id()];
    absl::StatusOr<IngestResult> current =
        (*store)->Ingest((*articles)[last], std::move(extracted[last]));
    if (!current.ok()) return InArticle(article, current.status());
    reports.push_back({(*articles)[last], std::move(current->claims)});
  }
  return reports;
}

}  // namespace claimcheck
