// `extract` and in-process `check`: the extractor and a memory-only ClaimStore in this process.
#include <memory>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "article/article_pipeline.h"
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

absl::StatusOr<LocalRun> StartLocalRun(const CliOptions& options, std::istream& in,
                                       std::ostream& err, SkipLog* skips) {
  absl::StatusOr<std::unique_ptr<ClaimExtractor>> extractor = ClaimExtractor::Create(
      options.lexicon_dir.empty() ? DefaultLexiconDir() : options.lexicon_dir);
  if (!extractor.ok()) return extractor.status();
  std::vector<v1::Article> articles = ReadInputs(options, in, err, skips, extractor->get());
  return LocalRun{std::move(articles), *std::move(extractor)};
}

// The article's claims, read as the server reads it (what is empty filled in `article`), or why
// it is skipped.
absl::StatusOr<std::vector<v1::Claim>> ExtractOne(const ArticleExtractor& extractor,
                                                  v1::Article* article) {
  if (absl::Status decodes = CheckDecodes(*article); !decodes.ok()) return decodes;
  return extractor.PrepareAndExtract(article);
}

}  // namespace

absl::StatusOr<BatchReport> ExtractLocally(const CliOptions& options, std::istream& in,
                                           std::ostream& err, const Terminal& terminal) {
  SkipLog skips(err);
  absl::StatusOr<LocalRun> run = StartLocalRun(options, in, err, &skips);
  if (!run.ok()) return run.status();
  const ArticleExtractor extractor(run->extractor.get());

  BatchReport batch;
  ProgressBar progress(run->articles.size(), terminal.err_is_tty, err);
  for (v1::Article& article : run->articles) {
    absl::StatusOr<std::vector<v1::Claim>> claims = ExtractOne(extractor, &article);
    if (claims.ok()) {
      batch.articles.push_back({std::move(article), *std::move(claims)});
    } else {
      skips.Skip(article.id(), claims.status().message(), &progress);
    }
    progress.Advance();
  }
  batch.skipped = skips.Take();
  return batch;
}

absl::StatusOr<BatchReport> CheckLocally(const CliOptions& options, std::istream& in,
                                         std::ostream& err, const Terminal& terminal) {
  SkipLog skips(err);
  absl::StatusOr<LocalRun> run = StartLocalRun(options, in, err, &skips);
  if (!run.ok()) return run.status();
  std::vector<v1::Article>* articles = &run->articles;
  const ArticleExtractor extractor(run->extractor.get());
  absl::StatusOr<std::unique_ptr<ClaimStore>> store = ClaimStore::Open(StoreOptions{});
  if (!store.ok()) return store.status();

  // The same id twice (a .jsonl repeating one): the later text replaces the earlier, as on a
  // server, and the article is reported once, where it first appeared.
  absl::flat_hash_map<std::string, size_t> latest;
  std::vector<std::vector<v1::Claim>> extracted(articles->size());
  {
    ProgressBar progress(articles->size(), terminal.err_is_tty, err);
    for (size_t i = 0; i < articles->size(); ++i) {
      v1::Article& article = (*articles)[i];
      progress.Advance();
      absl::StatusOr<std::vector<v1::Claim>> claims = ExtractOne(extractor, &article);
      if (!claims.ok()) {
        skips.Skip(article.id(), claims.status().message(), &progress);
        continue;
      }
      extracted[i] = *claims;
      absl::StatusOr<IngestResult> ingested = (*store)->Ingest(article, *std::move(claims));
      if (!ingested.ok()) {
        skips.Skip(article.id(), ingested.status().message(), &progress);
        continue;
      }
      latest[article.id()] = i;
    }
  }
  // Flags are read only once everything is in, since a later article can flag an earlier one.
  // Ingesting an article again unchanged returns its claims with the flags they carry now.
  BatchReport batch;
  absl::flat_hash_set<std::string> reported;
  for (v1::Article& article : *articles) {
    auto last = latest.find(article.id());
    if (last == latest.end() || !reported.insert(article.id()).second) continue;
    absl::StatusOr<IngestResult> current =
        (*store)->Ingest((*articles)[last->second], std::move(extracted[last->second]));
    if (!current.ok()) return current.status();  // it was stored a moment ago: a store failure
    DescribeClaims((*articles)[last->second], &current->claims);
    batch.articles.push_back({(*articles)[last->second], std::move(current->claims)});
  }
  batch.skipped = skips.Take();
  return batch;
}

}  // namespace claimcheck
