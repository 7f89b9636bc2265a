// claimcheck_load: measures a running claimcheck_server from outside, over loopback only.
//
//   bazel run -c opt //tools:claimcheck_load -- --server=127.0.0.1:50051 --concurrency=4
//
// Phase 1 ingests --articles synthetic wire stories (IngestArticle from --concurrency threads)
// and reports articles/s. Phase 2 sends --checks CheckArticle calls at the same concurrency and
// reports latency percentiles. Both phases stop early at --max_seconds each, so a run is bounded
// in count and in time.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <iostream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "claimcheck/v1/claimcheck.grpc.pb.h"
#include "grpcpp/create_channel.h"
#include "services/listen_policy.h"

ABSL_FLAG(std::string, server, "127.0.0.1:50051", "claimcheck_server address (loopback only)");
ABSL_FLAG(std::string, token, "", "bearer token with the writer role, if the server needs one");
ABSL_FLAG(int32_t, concurrency, 4, "calls in flight at once");
ABSL_FLAG(int32_t, articles, 500, "articles to ingest (at most 100000)");
ABSL_FLAG(int32_t, checks, 1000, "CheckArticle calls to time (at most 100000)");
ABSL_FLAG(int32_t, max_seconds, 30, "time limit of each phase");
ABSL_FLAG(int32_t, seed, 1, "seed of the synthetic articles");

namespace {

constexpr const char* kPlaces[] = {"Makiivka", "Kharkiv",      "Bakhmut", "Kherson",
                                   "Odesa",    "Zaporizhzhia", "Donetsk", "Kyiv"};

// A short wire story with two or three figures, in French or English, so the server does the
// extraction and cross-checking work a real article costs.
claimcheck::v1::Article SyntheticArticle(const std::string& id, std::mt19937& rng) {
  std::uniform_int_distribution<int> count(2, 500), place(0, 7), day(1, 28);
  const std::string where = kPlaces[place(rng)];
  claimcheck::v1::Article article;
  article.set_id(id);
  if (rng() % 2 == 0) {
    article.set_text(absl::StrCat(
        " date 2023-01-", absl::StrFormat("%02d", day(rng)), " ", where,
        " (Wire) - Le ministère de la Défense a déclaré que ", count(rng),
        " soldats avaient été tués et ", count(rng), " blessés lors de frappes sur ", where,
        ". Selon le gouverneur, au moins ", count(rng),
        " drones ont été lancés dans la nuit, un bilan qui n'a pas pu être vérifié de manière "
        "indépendante."));
  } else {
    article.set_text(absl::StrCat(" date 2023-01-", absl::StrFormat("%02d", day(rng)), " ", where,
                                  " (Wire) - The regional governor said about ", count(rng),
                                  " civilians were killed and more than ", count(rng),
                                  " wounded in shelling of ", where,
                                  ". The air force said it shot down ", count(rng), " of ",
                                  count(rng) + 500, " drones launched overnight."));
  }
  return article;
}

double Percentile(std::vector<double> sorted_ms, double p) {
  if (sorted_ms.empty()) return 0;
  size_t index = static_cast<size_t>(p * (sorted_ms.size() - 1) + 0.5);
  return sorted_ms[std::min(index, sorted_ms.size() - 1)];
}

// Runs `call(i)` for i in [0, total) from `threads` threads until done or `limit` passes.
// Returns the number of calls made and fills their latencies (ms) and the failures.
template <typename Call>
int RunPhase(int total, int threads, absl::Duration limit, Call call,
             std::vector<double>* latencies_ms, int* failures) {
  std::atomic<int> next{0};
  std::atomic<int> failed{0};
  absl::Mutex mu;
  const absl::Time stop = absl::Now() + limit;
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t) {
    workers.emplace_back([&] {
      std::vector<double> mine;
      for (int i = next++; i < total && absl::Now() < stop; i = next++) {
        const absl::Time start = absl::Now();
        if (!call(i)) ++failed;
        mine.push_back(absl::ToDoubleMilliseconds(absl::Now() - start));
      }
      absl::MutexLock lock(&mu);
      latencies_ms->insert(latencies_ms->end(), mine.begin(), mine.end());
    });
  }
  for (std::thread& worker : workers) worker.join();
  *failures = failed;
  return static_cast<int>(latencies_ms->size());
}

// One line per phase: throughput and latency percentiles (the latencies sorted).
void PrintReport(int concurrency, int ingested, double ingest_s, const std::vector<double>& ingest_ms,
                 int ingest_failures, int checked, const std::vector<double>& check_ms,
                 int check_failures) {
  std::cout << absl::StrFormat(
      "concurrency %d\n"
      "ingest: %d articles in %.2f s = %.0f articles/s (p50 %.2f ms, p99 %.2f ms), %d failed\n"
      "check:  %d calls, p50 %.2f ms, p99 %.2f ms, max %.2f ms, %d failed\n",
      concurrency, ingested, ingest_s, ingest_s > 0 ? ingested / ingest_s : 0.0,
      Percentile(ingest_ms, 0.5), Percentile(ingest_ms, 0.99), ingest_failures, checked,
      Percentile(check_ms, 0.5), Percentile(check_ms, 0.99),
      check_ms.empty() ? 0.0 : check_ms.back(), check_failures);
}

}  // namespace

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage("Measures ingest throughput and CheckArticle latency of a server.");
  absl::ParseCommandLine(argc, argv);
  const std::string server = absl::GetFlag(FLAGS_server);
  if (!claimcheck::IsLoopbackAddress(server)) {
    std::cerr << "claimcheck_load: --server must be a loopback address, got " << server << "\n";
    return 2;
  }
  const int concurrency = std::clamp(absl::GetFlag(FLAGS_concurrency), 1, 256);
  const int articles = std::clamp(absl::GetFlag(FLAGS_articles), 0, 100000);
  const int checks = std::clamp(absl::GetFlag(FLAGS_checks), 0, 100000);
  const absl::Duration limit = absl::Seconds(std::clamp(absl::GetFlag(FLAGS_max_seconds), 1, 600));
  const std::string token = absl::GetFlag(FLAGS_token);

  auto stub = claimcheck::v1::ClaimCheck::NewStub(
      grpc::CreateChannel(server, grpc::InsecureChannelCredentials()));
  const std::string run = absl::StrCat(absl::ToUnixMillis(absl::Now()));
  std::vector<claimcheck::v1::Article> corpus;
  std::mt19937 rng(absl::GetFlag(FLAGS_seed));
  for (int i = 0; i < std::max(articles, 1); ++i) {
    corpus.push_back(SyntheticArticle(absl::StrCat("load/", run, "/", i), rng));
  }
  auto prepare = [&](grpc::ClientContext* context) {
    if (!token.empty()) context->AddMetadata("authorization", "Bearer " + token);
    context->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
  };
  grpc::Status last_error;
  absl::Mutex error_mu;
  auto remember = [&](const grpc::Status& status) {
    if (status.ok()) return true;
    absl::MutexLock lock(&error_mu);
    last_error = status;
    return false;
  };

  std::vector<double> ingest_ms;
  int ingest_failures = 0;
  const absl::Time ingest_start = absl::Now();
  const int ingested = RunPhase(
      articles, concurrency, limit,
      [&](int i) {
        grpc::ClientContext context;
        prepare(&context);
        claimcheck::v1::IngestArticleRequest request;
        *request.mutable_article() = corpus[i];
        claimcheck::v1::IngestArticleResponse response;
        return remember(stub->IngestArticle(&context, request, &response));
      },
      &ingest_ms, &ingest_failures);
  const double ingest_s = absl::ToDoubleSeconds(absl::Now() - ingest_start);

  std::vector<double> check_ms;
  int check_failures = 0;
  const int checked = RunPhase(
      checks, concurrency, limit,
      [&](int i) {
        grpc::ClientContext context;
        prepare(&context);
        claimcheck::v1::CheckArticleRequest request;
        *request.mutable_article() = corpus[i % corpus.size()];
        request.mutable_article()->set_id(absl::StrCat("check/", i));
        claimcheck::v1::CheckArticleResponse response;
        return remember(stub->CheckArticle(&context, request, &response));
      },
      &check_ms, &check_failures);
  std::sort(check_ms.begin(), check_ms.end());
  std::sort(ingest_ms.begin(), ingest_ms.end());

  PrintReport(concurrency, ingested, ingest_s, ingest_ms, ingest_failures, checked, check_ms,
              check_failures);
  if (ingest_failures + check_failures > 0) {
    std::cerr << "claimcheck_load: last error: " << last_error.error_code() << " "
              << last_error.error_message() << "\n";
    return 1;
  }
  return 0;
}
