// Extraction throughput (bytes/s of article text) on the project's own French and English articles,
// and on pathological inputs at 1 MB and 10 MB so that a glance at the two MB/s figures of one
// shape shows whether time stays linear in the input.
//
//   bazel build -c opt //extractors:claim_extractor_benchmark
//   taskset -c 1 bazel-bin/extractors/claim_extractor_benchmark --benchmark_min_time=2
//
// The lexicons are the shipped ones (DefaultLexiconDir()); figures go in docs/PERFORMANCE.md.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "benchmark/benchmark.h"
#include "claimcheck/v1/claimcheck.pb.h"
#include "extractors/claim_extractor.h"

namespace claimcheck {
namespace {

constexpr int64_t kMiB = 1 << 20;

const ClaimExtractor& Extractor() {
  static const ClaimExtractor* extractor = [] {
    absl::StatusOr<std::unique_ptr<ClaimExtractor>> created =
        ClaimExtractor::Create(DefaultLexiconDir());
    if (!created.ok()) {
      std::cerr << "cannot load lexicons: " << created.status() << "\n";
      std::exit(1);
    }
    return created->release();
  }();
  return *extractor;
}

// The runfiles root is where the lexicons were found, minus their own path in the repository.
std::string RunfilesRoot() {
  std::string lexicons = DefaultLexiconDir();
  const std::string suffix = "extractors/lexicons";
  if (absl::EndsWith(lexicons, suffix)) lexicons.resize(lexicons.size() - suffix.size());
  return lexicons.empty() ? "." : lexicons;
}

// Every .txt and .md article of the French and English test corpus and of examples/, in a fixed
// order so that runs are comparable.
std::vector<std::string> CorpusTexts() {
  std::vector<std::string> paths;
  for (const char* dir : {"extractors/testdata/corpus/fr", "extractors/testdata/corpus/en",
                          "examples"}) {
    const std::filesystem::path folder = std::filesystem::path(RunfilesRoot()) / dir;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
      const std::string name = entry.path().filename().string();
      if (name == "README.md") continue;
      if (absl::EndsWith(name, ".txt") || absl::EndsWith(name, ".md")) {
        paths.push_back(entry.path().string());
      }
    }
  }
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> texts;
  for (const std::string& path : paths) {
    std::ifstream in(path, std::ios::binary);
    texts.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  if (texts.empty()) {
    std::cerr << "no corpus articles under " << RunfilesRoot() << "\n";
    std::exit(1);
  }
  return texts;
}

// The corpus articles repeated, one Article each, until they hold at least `bytes` of text.
std::vector<v1::Article> CorpusArticles(int64_t bytes) {
  static const std::vector<std::string>* texts = new std::vector<std::string>(CorpusTexts());
  std::vector<v1::Article> articles;
  int64_t total = 0;
  while (total < bytes) {
    const std::string& text = (*texts)[articles.size() % texts->size()];
    v1::Article article;
    article.set_id(absl::StrCat("corpus-", articles.size()));
    article.set_text(text);
    articles.push_back(std::move(article));
    total += static_cast<int64_t>(text.size());
  }
  return articles;
}

// `unit` repeated until the result is `bytes` long (the last copy cut short).
std::string Repeat(const std::string& unit, int64_t bytes) {
  std::string text;
  text.reserve(bytes);
  while (static_cast<int64_t>(text.size()) < bytes) text.append(unit);
  text.resize(bytes);
  return text;
}

void RunExtract(benchmark::State& state, const std::vector<v1::Article>& articles) {
  int64_t bytes = 0;
  for (const v1::Article& article : articles) bytes += article.text().size();
  // One untimed pass first: the process then holds the heap the input needs, as a server that
  // has read such an article does. Otherwise a 10 MB input, which runs once, would also time
  // the kernel's first touch of every page its claims take (2 GB for BM_GroupedMillions: half
  // its CPU time was system time), while a 1 MB input spreads it over many runs.
  for (const v1::Article& article : articles) benchmark::DoNotOptimize(Extractor().Extract(article));
  int64_t claims = 0;
  for (auto _ : state) {
    for (const v1::Article& article : articles) {
      absl::StatusOr<std::vector<v1::Claim>> extracted = Extractor().Extract(article);
      if (!extracted.ok()) {
        state.SkipWithError(std::string(extracted.status().message()).c_str());
        return;
      }
      claims += static_cast<int64_t>(extracted->size());
      benchmark::DoNotOptimize(extracted);
    }
  }
  state.SetBytesProcessed(state.iterations() * bytes);
  state.counters["claims_per_iter"] =
      benchmark::Counter(static_cast<double>(claims) / std::max<int64_t>(1, state.iterations()));
}

// One article holding `text`, with the language fixed so detection is not what is measured.
void RunOneArticle(benchmark::State& state, std::string text, const char* language) {
  v1::Article article;
  article.set_id("pathological");
  article.set_language(language);
  article.set_text(std::move(text));
  RunExtract(state, {article});
}

// The whole corpus, article by article, language detected as the CLI does.
void BM_ExtractCorpus(benchmark::State& state) { RunExtract(state, CorpusArticles(state.range(0))); }

// The whole corpus as one article: paragraph and article-level passes over a large text.
void BM_ExtractCorpusAsOneArticle(benchmark::State& state) {
  std::string text;
  for (const v1::Article& article : CorpusArticles(state.range(0))) {
    absl::StrAppend(&text, article.text(), "\n\n");
  }
  RunOneArticle(state, std::move(text), "");
}

void BM_Digits(benchmark::State& state) {
  RunOneArticle(state, Repeat("0123456789", state.range(0)), "fr");
}

void BM_Punctuation(benchmark::State& state) {
  RunOneArticle(state, Repeat(".,;:!?()[]\"'-/%\n", state.range(0)), "fr");
}

void BM_GroupedMillions(benchmark::State& state) {
  RunOneArticle(state, Repeat("1 000 000 ", state.range(0)), "fr");
}

// The corpus with every sentence end and line break turned into a comma: one endless sentence.
void BM_OneEndlessSentence(benchmark::State& state) {
  std::string text;
  for (const v1::Article& article : CorpusArticles(state.range(0))) {
    absl::StrAppend(&text, article.text(), " ");
  }
  for (char& c : text) {
    if (c == '.' || c == '!' || c == '?' || c == '\n') c = ',';
  }
  text.resize(state.range(0));
  RunOneArticle(state, std::move(text), "fr");
}

void BM_Hedges(benchmark::State& state) {
  RunOneArticle(state, Repeat("non vérifié 5. ", state.range(0)), "fr");
}

void BM_EnglishHedges(benchmark::State& state) {
  RunOneArticle(state, Repeat("could not be independently verified 5. ", state.range(0)), "en");
}

#define CLAIMCHECK_SIZES(name) \
  BENCHMARK(name)->Arg(kMiB)->Arg(10 * kMiB)->Unit(benchmark::kMillisecond)

CLAIMCHECK_SIZES(BM_ExtractCorpus);
CLAIMCHECK_SIZES(BM_ExtractCorpusAsOneArticle);
CLAIMCHECK_SIZES(BM_Digits);
CLAIMCHECK_SIZES(BM_Punctuation);
CLAIMCHECK_SIZES(BM_GroupedMillions);
CLAIMCHECK_SIZES(BM_OneEndlessSentence);
CLAIMCHECK_SIZES(BM_Hedges);
CLAIMCHECK_SIZES(BM_EnglishHedges);

}  // namespace
}  // namespace claimcheck
