// End-to-end: the real claimcheck_server binary on a free loopback port, driven over gRPC as an
// outside client would drive it. What does not depend on where the store lives runs against each
// backend (ServerBackendsTest): the in-memory store, and a Redis Cluster (--store=redis://...,
// skipped, saying why, without redis-server).
#include <signal.h>

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

#include "absl/strings/str_cat.h"
#include "claimcheck/v1/claimcheck.grpc.pb.h"
#include "absl/status/statusor.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/impl/codegen/client_unary_call.h"
#include "grpcpp/support/byte_buffer.h"
#include "grpcpp/security/credentials.h"
#include "gtest/gtest.h"
#include "store/test_files.h"
#include "tests/server_process.h"
#include "tests/store_backends.h"
#include "tools/article_reader.h"

namespace claimcheck {
namespace {

constexpr char kWriter[] = "writer-token-1";
constexpr char kReader[] = "reader-token-1";
constexpr int kMaxArticleBytes = 16 * 1024;

std::string Testdata(const std::string& name) {
  std::ifstream in(absl::StrCat(std::getenv("TEST_SRCDIR"), "/claimcheck/tests/testdata/", name),
                   std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// As the CLI sends it: the ` date` header gives published_at, without which an article is only
// compared with itself.
v1::Article TestArticle(const std::string& name) {
  return ParseArticleFile(name, Testdata(name))->article;
}

// A wire-style French sentence with its own figure, for bulk ingests.
v1::Article NumberedArticle(int n) {
  v1::Article article;
  article.set_id(absl::StrCat("bulk/", n));
  article.set_text(absl::StrCat("Les autorités ont annoncé que ", 10 + n,
                                " civils avaient été blessés à Kharkiv, selon le gouverneur."));
  return article;
}

class ServerE2ETest : public ::testing::Test {
 protected:
  void StartServer(std::vector<std::string> extra_flags = {}) {
    std::vector<std::string> flags = {
        "--auth_token_file=" + tokens_,
        absl::StrCat("--max_article_bytes=", kMaxArticleBytes),
    };
    flags.insert(flags.end(), store_flags_.begin(), store_flags_.end());
    flags.insert(flags.end(), extra_flags.begin(), extra_flags.end());
    absl::StatusOr<std::unique_ptr<ServerProcess>> server = ServerProcess::Start(flags);
    ASSERT_TRUE(server.ok()) << server.status();
    server_ = *std::move(server);
    stub_ = v1::ClaimCheck::NewStub(
        grpc::CreateChannel(server_->address(), grpc::InsecureChannelCredentials()));
  }

  std::unique_ptr<grpc::ClientContext> Context(const std::string& token = kWriter) {
    auto context = std::make_unique<grpc::ClientContext>();
    if (!token.empty()) context->AddMetadata("authorization", "Bearer " + token);
    context->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(20));
    return context;
  }

  grpc::Status Ingest(const v1::Article& article, v1::IngestArticleResponse* response,
                      const std::string& token = kWriter) {
    v1::IngestArticleRequest request;
    *request.mutable_article() = article;
    return stub_->IngestArticle(Context(token).get(), request, response);
  }

  v1::GetStatsResponse Stats() {
    v1::GetStatsResponse stats;
    grpc::Status status = stub_->GetStats(Context().get(), {}, &stats);
    EXPECT_TRUE(status.ok()) << status.error_message();
    return stats;
  }

  std::vector<v1::Claim> ClaimsOf(const std::string& article_id) {
    v1::QueryClaimsRequest request;
    request.set_article_id(article_id);
    v1::QueryClaimsResponse response;
    grpc::Status status = stub_->QueryClaims(Context().get(), request, &response);
    EXPECT_TRUE(status.ok()) << status.error_message();
    std::vector<v1::Claim> claims;
    for (const v1::Claim& claim : response.claims()) {
      if (claim.article_id() == article_id) claims.push_back(claim);
    }
    return claims;
  }

  // Where a server started again finds what the one before acknowledged: a --data_dir for the
  // memory store; the cluster itself for Redis.
  std::vector<std::string> DurableStore() {
    if (!store_flags_.empty()) return {};
    if (data_dir_.empty()) data_dir_ = ServerProcess::MakeTempDir("data");
    return {"--data_dir=" + data_dir_};
  }

  std::string tokens_ = ServerProcess::WriteTempFile(
      "tokens", absl::StrCat("# test tokens\n", kWriter, " writer\n", kReader, " reader\n"));
  std::vector<std::string> store_flags_;  // every server of the test: where its store is
  std::string data_dir_;
  std::unique_ptr<ServerProcess> server_;
  std::unique_ptr<v1::ClaimCheck::Stub> stub_;
};

// The tests below run once per store backend: the server's own flags choose it.
class ServerBackendsTest : public ServerE2ETest,
                           public ::testing::WithParamInterface<StoreBackend> {
 protected:
  void SetUp() override {
    const std::optional<StoreOptions> options = FreshStoreOptions(GetParam());
    if (!options) GTEST_SKIP() << SkippedBecause(GetParam());
    if (GetParam() == StoreBackend::kRedis) {
      store_flags_ = {"--store=" + options->backend,
                      "--redis_key_prefix=" + options->redis.key_prefix};
    }
  }
};

TEST_P(ServerBackendsTest, CallsWithoutTokenOrWithAReaderTokenForWritesAreRefused) {
  StartServer();
  v1::GetStatsResponse stats;
  EXPECT_EQ(stub_->GetStats(Context("").get(), {}, &stats).error_code(),
            grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(stub_->GetStats(Context("not-a-token").get(), {}, &stats).error_code(),
            grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_TRUE(stub_->GetStats(Context(kReader).get(), {}, &stats).ok());

  v1::IngestArticleResponse response;
  EXPECT_EQ(Ingest(TestArticle("makiivka_ru_63.txt"), &response, kReader).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  v1::DeleteArticleRequest remove;
  remove.set_article_id("makiivka_ru_63.txt");
  v1::DeleteArticleResponse removed;
  EXPECT_EQ(stub_->DeleteArticle(Context(kReader).get(), remove, &removed).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(Stats().articles(), 0u);
}

TEST_P(ServerBackendsTest, IngestingTheSameArticleTwiceChangesNothing) {
  StartServer();
  v1::Article article = TestArticle("makiivka_ru_63.txt");
  v1::IngestArticleResponse first, second;
  ASSERT_TRUE(Ingest(article, &first).ok());
  EXPECT_TRUE(first.changed());
  EXPECT_EQ(first.article_id(), article.id());
  ASSERT_GT(first.claims_size(), 0) << "the article states 63 killed";
  const v1::GetStatsResponse after_first = Stats();

  ASSERT_TRUE(Ingest(article, &second).ok());
  EXPECT_FALSE(second.changed());
  EXPECT_EQ(second.claims_size(), first.claims_size());
  const v1::GetStatsResponse after_second = Stats();
  EXPECT_EQ(after_second.articles(), after_first.articles());
  EXPECT_EQ(after_second.claims(), after_first.claims());
}

TEST_P(ServerBackendsTest, CheckArticleReportsClaimsButStoresNothing) {
  StartServer();
  v1::IngestArticleResponse ingested;
  ASSERT_TRUE(Ingest(TestArticle("makiivka_ru_63.txt"), &ingested).ok());
  const v1::GetStatsResponse before = Stats();

  v1::CheckArticleRequest request;
  *request.mutable_article() = TestArticle("makiivka_ua_400.txt");
  v1::CheckArticleResponse response;
  grpc::Status status = stub_->CheckArticle(Context(kReader).get(), request, &response);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_GT(response.claims_size(), 0);

  const v1::GetStatsResponse after = Stats();
  EXPECT_EQ(after.articles(), before.articles());
  EXPECT_EQ(after.claims(), before.claims());
  EXPECT_TRUE(ClaimsOf("makiivka_ua_400.txt").empty());
}

TEST_P(ServerBackendsTest, ContestedFigureIsListedAndDeletingAnArticleRemovesItsClaims) {
  StartServer();
  for (const char* name : {"makiivka_ru_63.txt", "makiivka_ru_89.txt", "makiivka_ua_400.txt"}) {
    v1::IngestArticleResponse response;
    grpc::Status status = Ingest(TestArticle(name), &response);
    ASSERT_TRUE(status.ok()) << name << ": " << status.error_message();
  }
  v1::ListConflictsRequest list;
  v1::ListConflictsResponse conflicts;
  ASSERT_TRUE(stub_->ListConflicts(Context(kReader).get(), list, &conflicts).ok());
  ASSERT_GT(conflicts.figures_size(), 0) << "63 then 89 (ru.mod) and about 400 (Kyiv) disagree";
  std::set<std::string> articles_in_figures;
  for (const v1::Figure& figure : conflicts.figures()) {
    EXPECT_GT(figure.flags_size(), 0);
    for (const v1::Claim& claim : figure.claims()) articles_in_figures.insert(claim.article_id());
  }
  EXPECT_GE(articles_in_figures.size(), 2u);

  ASSERT_FALSE(ClaimsOf("makiivka_ua_400.txt").empty());
  v1::DeleteArticleRequest remove;
  remove.set_article_id("makiivka_ua_400.txt");
  v1::DeleteArticleResponse removed;
  ASSERT_TRUE(stub_->DeleteArticle(Context().get(), remove, &removed).ok());
  EXPECT_TRUE(ClaimsOf("makiivka_ua_400.txt").empty());
  EXPECT_EQ(stub_->DeleteArticle(Context().get(), remove, &removed).error_code(),
            grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(Stats().articles(), 2u);
}

TEST_P(ServerBackendsTest, BadInputIsRefusedAndTheServerKeepsServing) {
  StartServer();
  v1::IngestArticleResponse response;
  v1::Article no_id = TestArticle("makiivka_ru_63.txt");
  no_id.clear_id();
  EXPECT_EQ(Ingest(no_id, &response).error_code(), grpc::StatusCode::INVALID_ARGUMENT);

  // Just over the limit or far over it (past what the transport once allowed): one error, naming
  // the limit, the article and its size.
  for (size_t size : {size_t{kMaxArticleBytes} + 1, size_t{4} << 20}) {
    v1::Article too_big = NumberedArticle(1);
    too_big.set_text(std::string(size, 'a'));
    grpc::Status big = Ingest(too_big, &response);
    EXPECT_EQ(big.error_code(), grpc::StatusCode::INVALID_ARGUMENT) << size;
    for (const std::string& says : {std::string("--max_article_bytes"), std::string("bulk/1"),
                                    absl::StrCat(size, " bytes"), absl::StrCat(kMaxArticleBytes)}) {
      EXPECT_NE(big.error_message().find(says), std::string::npos) << big.error_message();
    }
  }

  // Latin-1 text: protobuf refuses to parse it, and the server says why.
  v1::Article latin1 = NumberedArticle(3);
  latin1.set_text("12 bless\xE9s \xE0 Kharkiv");
  grpc::Status not_utf8 = Ingest(latin1, &response);
  EXPECT_EQ(not_utf8.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(not_utf8.error_message().find("UTF-8"), std::string::npos);

  EXPECT_EQ(Stats().articles(), 0u);
  ASSERT_TRUE(Ingest(NumberedArticle(4), &response).ok());
  EXPECT_EQ(Stats().articles(), 1u);
}

// grpc.health.v1.Health/Check for `service`, over raw bytes (the project builds no health stubs):
// the HealthCheckResponse's bytes, or the call's error.
absl::StatusOr<std::string> HealthCheck(const std::string& address, const std::string& service) {
  std::shared_ptr<grpc::Channel> channel =
      grpc::CreateChannel(address, grpc::InsecureChannelCredentials());
  // HealthCheckRequest{service}: field 1, length-delimited.
  const std::string bytes = absl::StrCat(std::string(1, '\x0a'),
                                         std::string(1, static_cast<char>(service.size())), service);
  grpc::Slice slice(bytes);
  grpc::ByteBuffer request(&slice, 1), response;
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
  grpc::Status status = grpc::internal::BlockingUnaryCall<grpc::ByteBuffer, grpc::ByteBuffer>(
      channel.get(),
      grpc::internal::RpcMethod("/grpc.health.v1.Health/Check",
                                grpc::internal::RpcMethod::NORMAL_RPC),
      &context, request, &response);
  if (!status.ok()) {
    return absl::Status(static_cast<absl::StatusCode>(status.error_code()),
                        status.error_message());
  }
  std::vector<grpc::Slice> slices;
  if (!response.Dump(&slices).ok()) return absl::InternalError("unreadable response");
  std::string answer;
  for (const grpc::Slice& s : slices) answer.append(reinterpret_cast<const char*>(s.begin()), s.size());
  return answer;
}

TEST_P(ServerBackendsTest, HealthAnswersServingForTheServerAndForTheApiByName) {
  StartServer();
  // HealthCheckResponse{status: SERVING}: field 1, varint 1.
  EXPECT_EQ(HealthCheck(server_->address(), "").value_or("error"), "\x08\x01");
  EXPECT_EQ(HealthCheck(server_->address(), "claimcheck.v1.ClaimCheck").value_or("error"),
            "\x08\x01");
  EXPECT_EQ(HealthCheck(server_->address(), "no.such.Service").status().code(),
            absl::StatusCode::kNotFound);
}

TEST_P(ServerBackendsTest, WatchFlagsStreamsFlagsThatLaterIngestsRaise) {
  StartServer();
  auto watch_context = Context(kReader);
  v1::WatchFlagsRequest watch;
  std::unique_ptr<grpc::ClientReader<v1::FlagEvent>> events =
      stub_->WatchFlags(watch_context.get(), watch);
  events->WaitForInitialMetadata();  // the server registers the watcher before sending it

  for (const char* name : {"makiivka_ru_63.txt", "makiivka_ua_400.txt"}) {
    v1::IngestArticleResponse response;
    ASSERT_TRUE(Ingest(TestArticle(name), &response).ok());
  }
  v1::FlagEvent event;
  ASSERT_TRUE(events->Read(&event));
  EXPECT_NE(event.flag().kind(), v1::FLAG_KIND_UNSPECIFIED);
  EXPECT_FALSE(event.article_id().empty());
  watch_context->TryCancel();
}

TEST_P(ServerBackendsTest, KillNineDuringIngestStreamLosesNothingAcknowledged) {
  StartServer(DurableStore());

  std::vector<std::string> acknowledged;
  {
    auto context = Context();
    auto stream = stub_->IngestArticles(context.get());
    v1::IngestArticleRequest request;
    v1::IngestArticleResponse response;
    for (int n = 0; n < 10000; ++n) {
      *request.mutable_article() = NumberedArticle(n);
      if (!stream->Write(request) || !stream->Read(&response)) break;
      acknowledged.push_back(response.article_id());
      if (n == 40) server_->Signal(SIGKILL);  // more writes race the kill
    }
    EXPECT_FALSE(stream->Finish().ok());
  }
  ASSERT_GE(acknowledged.size(), 41u);
  EXPECT_EQ(*server_->WaitForExit(absl::Seconds(5)), 128 + SIGKILL);

  StartServer(DurableStore());
  EXPECT_GE(Stats().articles(), acknowledged.size());
  for (size_t n = 0; n < acknowledged.size(); ++n) {
    v1::IngestArticleResponse again;
    ASSERT_TRUE(Ingest(NumberedArticle(static_cast<int>(n)), &again).ok());
    EXPECT_FALSE(again.changed()) << acknowledged[n] << " was acknowledged but not recovered";
  }
}

TEST_P(ServerBackendsTest, SigtermFinishesCallsInFlightAndExitsZero) {
  StartServer(DurableStore());

  auto watch_context = Context(kReader);
  v1::WatchFlagsRequest watch;
  auto events = stub_->WatchFlags(watch_context.get(), watch);
  events->WaitForInitialMetadata();  // the server registers the watcher before sending it

  auto context = Context();
  auto stream = stub_->IngestArticles(context.get());
  v1::IngestArticleRequest request;
  v1::IngestArticleResponse response;
  *request.mutable_article() = NumberedArticle(1);
  ASSERT_TRUE(stream->Write(request) && stream->Read(&response));

  const absl::Time signalled = absl::Now();
  server_->Signal(SIGTERM);
  absl::SleepFor(absl::Milliseconds(200));
  // The stream was open before the signal: it may finish its work.
  *request.mutable_article() = NumberedArticle(2);
  ASSERT_TRUE(stream->Write(request));
  ASSERT_TRUE(stream->Read(&response));
  EXPECT_EQ(response.article_id(), "bulk/2");
  stream->WritesDone();
  grpc::Status finished = stream->Finish();
  EXPECT_TRUE(finished.ok()) << finished.error_message();

  v1::FlagEvent event;
  while (events->Read(&event)) {
  }
  events->Finish();

  absl::StatusOr<int> code = server_->WaitForExit(absl::Seconds(5));
  ASSERT_TRUE(code.ok()) << "still running 5 s after SIGTERM\n" << server_->stderr_text();
  EXPECT_EQ(*code, 0) << server_->stderr_text();
  EXPECT_LT(absl::Now() - signalled, absl::Seconds(5));

  StartServer(DurableStore());
  EXPECT_EQ(Stats().articles(), 2u);
}

TEST(ServerStartTest, RefusesAnOpenServerOnANonLoopbackAddress) {
  absl::StatusOr<std::unique_ptr<ServerProcess>> server =
      ServerProcess::Start({"--listen=0.0.0.0:0"});
  ASSERT_FALSE(server.ok());
  EXPECT_NE(server.status().message().find("--allow_insecure"), absl::string_view::npos)
      << server.status();
}

TEST(ServerStartTest, AStoreItCannotOpenIsAClearErrorAtStart) {
  const std::pair<std::vector<std::string>, std::string> cases[] = {
      {{"--store=mysql://db:3306"}, "unknown store `mysql://db:3306`"},
      {{"--store=redis://127.0.0.1"}, "is not HOST:PORT"},
      // Port 1 on loopback: nothing listens there.
      {{"--store=redis://127.0.0.1:1"}, "no node of the Redis cluster answers"},
      {{"--store=redis://127.0.0.1:1", "--data_dir=/tmp/x"}, "--data_dir is the memory store's"},
  };
  for (const auto& [flags, says] : cases) {
    absl::StatusOr<std::unique_ptr<ServerProcess>> server = ServerProcess::Start(flags);
    ASSERT_FALSE(server.ok()) << flags[0];
    EXPECT_NE(server.status().message().find(says), absl::string_view::npos) << server.status();
  }
}

TEST_P(ServerBackendsTest, PublishedAtAtTheEndsOfInt64IsRefusedAndTheServerLives) {
  // Issue 14: after an ordinary article at the same place, such a CheckArticle killed the
  // server (signed overflow in the event window). The service now refuses dates outside years
  // 1-9999 before any work.
  StartServer();
  v1::IngestArticleResponse ingested;
  ASSERT_TRUE(Ingest(TestArticle("makiivka_ru_63.txt"), &ingested).ok());
  for (int64_t seconds : {INT64_MIN, INT64_MAX}) {
    v1::CheckArticleRequest check;
    *check.mutable_article() = TestArticle("makiivka_ru_89.txt");
    check.mutable_article()->mutable_published_at()->set_seconds(seconds);
    v1::CheckArticleResponse checked;
    const grpc::Status status = stub_->CheckArticle(Context().get(), check, &checked);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT) << status.error_message();
    v1::IngestArticleResponse response;
    EXPECT_EQ(Ingest(check.article(), &response).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  }
  EXPECT_EQ(Stats().articles(), 1u);
  EXPECT_EQ(server_->WaitForExit(absl::ZeroDuration()).status().code(),
            absl::StatusCode::kDeadlineExceeded)
      << server_->stderr_text();
}

TEST_F(ServerE2ETest, TokensWithoutTlsOffLoopbackAreWarnedAbout) {
  StartServer({"--listen=0.0.0.0:0"});
  EXPECT_NE(server_->stderr_text().find("tokens travel in clear"), std::string::npos)
      << server_->stderr_text();
  server_.reset();
  StartServer();  // loopback: nothing to say
  EXPECT_EQ(server_->stderr_text().find("in clear"), std::string::npos) << server_->stderr_text();
}

TEST_F(ServerE2ETest, DamagedLogStopsTheServerUnlessAskedToKeepWhatIsIntact) {
  const std::string data_dir = ServerProcess::MakeTempDir("damaged");
  StartServer({"--data_dir=" + data_dir});
  for (int n = 0; n < 10; ++n) {
    v1::IngestArticleResponse response;
    ASSERT_TRUE(Ingest(NumberedArticle(n), &response).ok());
  }
  server_->Signal(SIGKILL);  // the records stay in the log
  ASSERT_EQ(*server_->WaitForExit(absl::Seconds(5)), 128 + SIGKILL);
  const std::string log = CurrentLogPath(data_dir);
  std::filesystem::resize_file(log, std::filesystem::file_size(log) / 2);
  const std::string damaged = ReadWholeFile(log);

  absl::StatusOr<std::unique_ptr<ServerProcess>> refused =
      ServerProcess::Start({"--auth_token_file=" + tokens_, "--data_dir=" + data_dir});
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.status().message().find("DATA_LOSS"), std::string::npos) << refused.status();
  EXPECT_NE(refused.status().message().find(log), std::string::npos) << refused.status();
  EXPECT_EQ(ReadWholeFile(log), damaged);  // untouched

  StartServer({"--data_dir=" + data_dir, "--recover_truncate"});
  const uint64_t kept = Stats().articles();
  EXPECT_GT(kept, 0u);
  EXPECT_LT(kept, 10u);
  EXPECT_NE(server_->stderr_text().find("records)"), std::string::npos) << server_->stderr_text();
  server_->Signal(SIGTERM);
  ASSERT_EQ(*server_->WaitForExit(absl::Seconds(10)), 0);
  StartServer({"--data_dir=" + data_dir});  // whole again
  EXPECT_EQ(Stats().articles(), kept);
}

INSTANTIATE_TEST_SUITE_P(Backends, ServerBackendsTest, AllStoreBackends(), StoreBackendName);

}  // namespace
}  // namespace claimcheck
