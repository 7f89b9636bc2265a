// Store speed and memory as it grows: ingest rate, CheckArticle latency (p50, p99) and bytes per
// stored claim at 10k, 100k and 1M claims of synthetic articles; and the cost of one long article
// whose claims all fall in one figure (BM_LongArticle).
//
//   bazel run -c opt //store:store_benchmark                      # all (10M: most of an hour)
//   bazel run -c opt //store:store_benchmark -- --benchmark_filter='BM_Store/(10|100|1000)000/'
//   bazel run -c opt //store:store_benchmark -- --benchmark_filter='BM_Store/10000000/'  # 4 GB
//   bazel run -c opt //store:store_benchmark -- --benchmark_filter=BM_LongArticle
//   bazel run -c opt //store:store_benchmark -- --benchmark_filter=BM_BusyFigure
//
// Synthetic articles: 10 claims each, one short sentence per claim (the article text is those
// sentences, ~65 bytes a claim); 300 places, 40 sources, 5 metrics, 6 subjects. News arrives at a
// steady 50 articles a day, so a bigger store covers more days (10k claims: 20 days, 1M: 2000
// days) and an event (figure, +-7 days) holds about as many claims at every size. The cost of a
// check follows the number of claims per event, not the size of the store; pass a second
// argument (days) to pack the claims denser.
#include <malloc.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "benchmark/benchmark.h"
#include "store/claim_store.h"

namespace claimcheck {
namespace {

constexpr int kClaimsPerArticle = 10;
constexpr int64_t kStartSeconds = 1672531200;  // 2023-01-01
const v1::Metric kMetrics[] = {v1::KILLED, v1::WOUNDED, v1::LAUNCHED, v1::DESTROYED, v1::DETAINED};
const char* const kSubjects[] = {"soldier", "civilian", "person", "drone", "missile", "child"};

struct SyntheticArticle {
  v1::Article article;
  std::vector<v1::Claim> claims;
};

constexpr int64_t kArticlesPerDay = 50;

SyntheticArticle MakeArticle(int64_t n, int64_t days, std::mt19937_64& rng) {
  SyntheticArticle out;
  const std::string id = "article-" + std::to_string(n);
  const int64_t date = kStartSeconds + static_cast<int64_t>(rng() % days) * 86400;
  out.article.set_id(id);
  out.article.set_title("Synthetic report " + std::to_string(n));
  out.article.set_language("en");
  out.article.mutable_published_at()->set_seconds(date);
  std::string text;
  for (int i = 0; i < kClaimsPerArticle; ++i) {
    const std::string place = "Place" + std::to_string(rng() % 300);
    const int source = static_cast<int>(rng() % 40);
    const int value = 1 + static_cast<int>(rng() % 500);
    const v1::Metric metric = kMetrics[rng() % 5];
    const std::string subject = kSubjects[rng() % 6];
    const std::string number = std::to_string(value);
    const std::string sentence = "Source " + std::to_string(source) + " said " + number + " " +
                                 subject + "s were counted near " + place + " that night. ";
    v1::Claim& c = out.claims.emplace_back();
    c.set_id(id + "#" + std::to_string(i + 1));
    c.set_article_id(id);
    const size_t at = text.size() + sentence.find(number);
    c.mutable_number_span()->set_start(static_cast<uint32_t>(at));
    c.mutable_number_span()->set_end(static_cast<uint32_t>(at + number.size()));
    text += sentence;
    c.mutable_quantity()->set_value(value);
    c.mutable_quantity()->set_qualifier(rng() % 4 == 0 ? v1::APPROXIMATE : v1::EXACT);
    c.mutable_quantity()->set_text(number);
    c.set_metric(metric);
    c.set_subject(subject);
    c.set_subject_text(subject + "s");
    c.mutable_location()->set_text(place);
    c.mutable_location()->set_canonical(place);
    c.mutable_location()->set_confidence(1.0f);
    c.mutable_source()->set_text("Source " + std::to_string(source));
    c.mutable_source()->set_canonical_id("src." + std::to_string(source));
    c.mutable_source()->set_party(source % 2 ? "ua" : "ru");
    c.mutable_source()->set_cue("said");
    c.set_sentence(sentence.substr(0, sentence.size() - 1));
    c.set_language("en");
    c.mutable_published_at()->set_seconds(date);
  }
  out.article.set_text(text);
  return out;
}

// tcmalloc's C interface, present when the binary links tcmalloc (the default build) and null
// otherwise (--define=allocator=system): glibc's mallinfo2() then knows the heap.
extern "C" int MallocExtension_GetNumericProperty(const char* property, size_t* value)
    __attribute__((weak));

// Bytes the program has allocated and not freed. mallinfo2() alone reads 0 under tcmalloc.
size_t HeapInUse() {
  size_t bytes = 0;
  if (MallocExtension_GetNumericProperty != nullptr &&
      MallocExtension_GetNumericProperty("generic.current_allocated_bytes", &bytes) != 0) {
    return bytes;
  }
  return mallinfo2().uordblks;
}

// The process's resident memory (VmRSS), which is what the machine must have.
size_t ResidentBytes() {
  std::FILE* statm = std::fopen("/proc/self/statm", "r");
  if (statm == nullptr) return 0;
  unsigned long size = 0, resident = 0;
  const int read = std::fscanf(statm, "%lu %lu", &size, &resident);
  std::fclose(statm);
  return read == 2 ? resident * static_cast<size_t>(sysconf(_SC_PAGESIZE)) : 0;
}

// CPU time of the calling thread: on a shared machine a call's wall time also counts the time
// other processes held the core, which p99 of short calls mostly measures.
double ThreadCpuMicros() {
  timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e6 + static_cast<double>(t.tv_nsec) / 1e3;
}

double Percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  return values[static_cast<size_t>(p * (values.size() - 1))];
}

// Fills a store to state.range(0) claims, then times CheckArticle calls (the benchmark's own
// time) and reports the fill's memory and the ingest rate at that size as counters.
void BM_Store(benchmark::State& state) {
  const int64_t claims = state.range(0);
  const int64_t days =
      state.range(1) > 0 ? state.range(1) : claims / kClaimsPerArticle / kArticlesPerDay;
  std::mt19937_64 rng(42);
  const size_t heap_before = HeapInUse();
  const size_t resident_before = ResidentBytes();
  std::unique_ptr<ClaimStore> store = std::move(*ClaimStore::Open(StoreOptions{}));
  int64_t next = 0;
  size_t text_bytes = 0;
  const auto fill_start = std::chrono::steady_clock::now();
  while (next * kClaimsPerArticle < claims) {
    SyntheticArticle a = MakeArticle(next++, days, rng);
    text_bytes += a.article.text().size();
    if (!store->Ingest(a.article, std::move(a.claims)).ok()) state.SkipWithError("ingest failed");
  }
  const double fill_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - fill_start).count();
  const double heap_per_claim = static_cast<double>(HeapInUse() - heap_before) / claims;
  const double resident_per_claim =
      static_cast<double>(ResidentBytes() - resident_before) / claims;

  // Ingest rate at this size: 200 more articles (2000 claims), timed one by one.
  std::vector<SyntheticArticle> extra;
  for (int i = 0; i < 200; ++i) extra.push_back(MakeArticle(next++, days, rng));
  std::vector<double> ingest_us;
  for (SyntheticArticle& a : extra) {
    const auto t0 = std::chrono::steady_clock::now();
    benchmark::DoNotOptimize(store->Ingest(a.article, std::move(a.claims)));
    ingest_us.push_back(
        std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
  }
  double ingest_total_us = 0;
  for (double us : ingest_us) ingest_total_us += us;

  std::vector<SyntheticArticle> probes;
  for (int i = 0; i < 64; ++i) probes.push_back(MakeArticle(1'000'000'000 + i, days, rng));
  std::vector<double> check_us, check_cpu_us;
  size_t i = 0;
  for (auto _ : state) {
    const SyntheticArticle& probe = probes[i++ % probes.size()];
    const double cpu0 = ThreadCpuMicros();
    const auto t0 = std::chrono::steady_clock::now();
    benchmark::DoNotOptimize(store->Check(probe.article, probe.claims));
    check_us.push_back(
        std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
    check_cpu_us.push_back(ThreadCpuMicros() - cpu0);
  }
  state.counters["bytes_per_claim"] = heap_per_claim;
  state.counters["rss_bytes_per_claim"] = resident_per_claim;
  state.counters["rss_mb"] = static_cast<double>(ResidentBytes()) / (1 << 20);
  state.counters["text_bytes_per_claim"] = static_cast<double>(text_bytes) / claims;
  state.counters["fill_claims_per_s"] = claims / fill_seconds;
  state.counters["ingest_claims_per_s"] = 2000 / (ingest_total_us / 1e6);
  state.counters["ingest_p99_us"] = Percentile(ingest_us, 0.99);
  state.counters["check_p50_us"] = Percentile(check_us, 0.50);
  state.counters["check_p99_us"] = Percentile(check_us, 0.99);
  state.counters["check_cpu_p50_us"] = Percentile(check_cpu_us, 0.50);
  state.counters["check_cpu_p99_us"] = Percentile(check_cpu_us, 0.99);
}
BENCHMARK(BM_Store)
    ->Args({10'000, 0})
    ->Args({100'000, 0})
    ->Args({1'000'000, 0})
    ->Args({10'000'000, 0})
    ->Iterations(1000)
    ->Unit(benchmark::kMicrosecond);

// A live blog: `claims` claims in one figure (killed at Place7), one per sentence, two voices
// alternating between rival tolls, so that claims conflict with and corroborate many others.
SyntheticArticle MakeLongArticle(int64_t claims, std::mt19937_64& rng) {
  SyntheticArticle out;
  const std::string id = "live-blog";
  out.article.set_id(id);
  out.article.set_title("Live blog");
  out.article.set_language("en");
  out.article.mutable_published_at()->set_seconds(kStartSeconds + int64_t{10} * 86400);
  const int tolls[] = {63, 89, 120, 150, 380, 400};
  std::string text;
  for (int64_t i = 0; i < claims; ++i) {
    const std::string number = std::to_string(tolls[rng() % 6]);
    const std::string source = i % 2 ? "Source 1" : "Source 2";
    const std::string sentence = absl::StrCat("Update ", i, ": ", source, " said ", number,
                                              " people were killed near Place7. ");
    v1::Claim& c = out.claims.emplace_back();
    c.set_id(id + "#" + std::to_string(i + 1));
    c.set_article_id(id);
    const size_t at = text.size() + sentence.find(" said ") + 6;
    c.mutable_number_span()->set_start(static_cast<uint32_t>(at));
    c.mutable_number_span()->set_end(static_cast<uint32_t>(at + number.size()));
    text += sentence;
    c.mutable_quantity()->set_value(std::stod(number));
    c.mutable_quantity()->set_qualifier(v1::EXACT);
    c.mutable_quantity()->set_text(number);
    c.set_metric(v1::KILLED);
    c.set_subject("person");
    c.set_subject_text("people");
    c.mutable_location()->set_text("Place7");
    c.mutable_location()->set_canonical("Place7");
    c.mutable_location()->set_confidence(1.0f);
    c.mutable_source()->set_text(source);
    c.mutable_source()->set_canonical_id(i % 2 ? "src.1" : "src.2");
    c.mutable_source()->set_party(i % 2 ? "ua" : "ru");
    c.mutable_source()->set_cue("said");
    c.set_sentence(sentence.substr(0, sentence.size() - 1));
    c.set_language("en");
    *c.mutable_published_at() = out.article.published_at();
  }
  out.article.set_text(text);
  return out;
}

// One long article with state.range(0) claims in one figure, in a store of 10k claims of
// ordinary articles: the benchmark's time is one CheckArticle of it; `ingest_ms` is its Ingest
// and `related_per_claim` how many claim ids its flags name on average. Comparing every pair of
// its claims made both grow with the square of the claims (25k claims: minutes, a denial of
// service within the server's 1 MiB limit); they should grow about linearly.
void BM_LongArticle(benchmark::State& state) {
  std::mt19937_64 rng(11);
  std::unique_ptr<ClaimStore> store = std::move(*ClaimStore::Open(StoreOptions{}));
  for (int64_t n = 0; n * kClaimsPerArticle < 10'000; ++n) {
    SyntheticArticle a = MakeArticle(n, 20, rng);
    if (!store->Ingest(a.article, std::move(a.claims)).ok()) state.SkipWithError("ingest failed");
  }
  const SyntheticArticle blog = MakeLongArticle(state.range(0), rng);
  size_t related = 0;
  for (auto _ : state) {
    const std::vector<v1::Claim> checked = store->Check(blog.article, blog.claims).value();
    related = 0;
    for (const v1::Claim& c : checked) {
      for (const v1::Flag& f : c.flags()) related += f.related_claim_ids_size();
    }
  }
  const auto t0 = std::chrono::steady_clock::now();
  if (!store->Ingest(blog.article, blog.claims).ok()) state.SkipWithError("ingest failed");
  state.counters["ingest_ms"] =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  state.counters["related_per_claim"] = static_cast<double>(related) / state.range(0);
}
BENCHMARK(BM_LongArticle)
    ->Arg(1'000)
    ->Arg(10'000)
    ->Arg(25'000)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);

// A one-claim report of the killed at `place` (Place7) on the benchmark's first day, from one of
// 40 sources, at a toll between 60 and 99: rival counts that agree with some and conflict with
// others.
SyntheticArticle MakeOneClaimReport(int64_t n, std::mt19937_64& rng,
                                    const std::string& place = "Place7") {
  SyntheticArticle out;
  const std::string id = absl::StrCat("report-", n);
  const int source = static_cast<int>(rng() % 40);
  const std::string number = std::to_string(60 + rng() % 40);
  const std::string sentence =
      absl::StrCat("Source ", source, " said ", number, " people were killed near ", place, ".");
  out.article.set_id(id);
  out.article.set_title(absl::StrCat("Report ", n));
  out.article.set_language("en");
  out.article.mutable_published_at()->set_seconds(kStartSeconds);
  out.article.set_text(sentence);
  v1::Claim& c = out.claims.emplace_back();
  c.set_id(id + "#1");
  c.set_article_id(id);
  const size_t at = sentence.find(number);
  c.mutable_number_span()->set_start(static_cast<uint32_t>(at));
  c.mutable_number_span()->set_end(static_cast<uint32_t>(at + number.size()));
  c.mutable_quantity()->set_value(std::stod(number));
  c.mutable_quantity()->set_qualifier(v1::EXACT);
  c.mutable_quantity()->set_text(number);
  c.set_metric(v1::KILLED);
  c.set_subject("person");
  c.set_subject_text("people");
  c.mutable_location()->set_text(place);
  c.mutable_location()->set_canonical(place);
  c.mutable_location()->set_confidence(1.0f);
  c.mutable_source()->set_text(absl::StrCat("Source ", source));
  c.mutable_source()->set_canonical_id(absl::StrCat("src.", source));
  c.mutable_source()->set_party(source % 2 ? "ua" : "ru");
  c.mutable_source()->set_cue("said");
  c.set_sentence(sentence);
  c.set_language("en");
  *c.mutable_published_at() = out.article.published_at();
  return out;
}

// A busy event (issue 15): state.range(0) one-claim reports already filed in one figure, then
// the benchmark's time is one more report's Ingest into it (a live blog's or a week of war
// reports' next update; the figure grows by one report per iteration). Compare with /0, where
// each report goes into a figure of its own, empty: a writer should not pay for how busy the
// figure is. Filling the figure costs the sum of those ingests.
void BM_BusyFigure(benchmark::State& state) {
  std::mt19937_64 rng(5);
  std::unique_ptr<ClaimStore> store = std::move(*ClaimStore::Open(StoreOptions{}));
  int64_t next = 0;
  for (; next < state.range(0); ++next) {
    SyntheticArticle a = MakeOneClaimReport(next, rng);
    if (!store->Ingest(a.article, std::move(a.claims)).ok()) state.SkipWithError("ingest failed");
  }
  for (auto _ : state) {
    state.PauseTiming();
    SyntheticArticle a = state.range(0) == 0
                             ? MakeOneClaimReport(next, rng, absl::StrCat("Empty", next))
                             : MakeOneClaimReport(next, rng);
    ++next;
    state.ResumeTiming();
    benchmark::DoNotOptimize(store->Ingest(a.article, std::move(a.claims)));
  }
}
BENCHMARK(BM_BusyFigure)
    ->Arg(0)
    ->Arg(100)
    ->Arg(250)
    ->Arg(500)
    ->Arg(1000)
    ->Arg(10000)
    ->Iterations(100)
    ->Unit(benchmark::kMicrosecond);

// Durable ingest: every article's record is fdatasync'd before Ingest returns, so the disk's
// sync latency, not the CPU, sets the rate.
void BM_DurableIngest(benchmark::State& state) {
  const std::string dir = std::filesystem::temp_directory_path().string() + "/store_benchmark";
  std::filesystem::remove_all(dir);
  StoreOptions options;
  options.data_dir = dir;
  options.snapshot_every = 0;
  std::unique_ptr<ClaimStore> store = std::move(*ClaimStore::Open(options));
  std::mt19937_64 rng(7);
  int64_t next = 0;
  for (auto _ : state) {
    state.PauseTiming();
    SyntheticArticle a = MakeArticle(next++, 365, rng);
    state.ResumeTiming();
    if (!store->Ingest(a.article, std::move(a.claims)).ok()) state.SkipWithError("ingest failed");
  }
  state.SetItemsProcessed(state.iterations() * kClaimsPerArticle);
  store.reset();
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_DurableIngest)->Iterations(300)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace claimcheck

BENCHMARK_MAIN();
