// Two claimcheck_server processes (front ends A and B) on one Redis Cluster are one store: what
// A acknowledges, B reads at once; WatchFlags on B hears what an ingest on A raised; both
// ingesting into one figure at once lose nothing and agree on every flag, with each other,
// with their watchers, and with the in-memory store given the same articles. The cluster is
// real (tests/store_backends.h); without redis-server the tests are skipped, saying why.
#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/clock.h"
#include "claimcheck/v1/claimcheck.grpc.pb.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"
#include "gtest/gtest.h"
#include "tests/server_process.h"
#include "tests/store_backends.h"

namespace claimcheck {
namespace {

// Moscow's or Kyiv's toll at Makiivka, all of one day: every claim falls in one figure, and the
// two sides' figures conflict.
v1::Article Toll(const std::string& id, bool moscow, int killed) {
  v1::Article article;
  article.set_id(id);
  article.set_text(
      moscow ? absl::StrCat("MOSCOU (Wire) - Le ministère russe de la Défense a annoncé lundi que ",
                            killed, " militaires avaient été tués à Makiïvka.")
             : absl::StrCat("KIEV (Wire) - L'état-major ukrainien a affirmé lundi que ", killed,
                            " militaires russes avaient été tués à Makiïvka."));
  article.mutable_published_at()->set_seconds(1672617600);  // 2023-01-02
  return article;
}

std::unique_ptr<grpc::ClientContext> Context() {
  auto context = std::make_unique<grpc::ClientContext>();
  context->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
  return context;
}

// A flag as a watcher knows it: its claim, kind and related claims.
std::string Identity(const std::string& claim_id, const v1::Flag& flag) {
  std::vector<std::string> related(flag.related_claim_ids().begin(),
                                   flag.related_claim_ids().end());
  std::sort(related.begin(), related.end());
  return absl::StrCat(claim_id, " ", v1::FlagKind_Name(flag.kind()), " ",
                      absl::StrJoin(related, ","));
}

// A front end and a client of it.
struct FrontEnd {
  std::unique_ptr<ServerProcess> server;
  std::unique_ptr<v1::ClaimCheck::Stub> stub;

  grpc::Status Ingest(const v1::Article& article, v1::IngestArticleResponse* response) {
    v1::IngestArticleRequest request;
    *request.mutable_article() = article;
    return stub->IngestArticle(Context().get(), request, response);
  }
  v1::GetStatsResponse Stats() {
    v1::GetStatsResponse stats;
    const grpc::Status status = stub->GetStats(Context().get(), {}, &stats);
    EXPECT_TRUE(status.ok()) << status.error_message();
    return stats;
  }
  // The current flags of the articles' claims: the same text again changes nothing and answers
  // with them.
  std::multiset<std::string> Flags(const std::vector<v1::Article>& articles) {
    std::multiset<std::string> flags;
    for (const v1::Article& article : articles) {
      v1::IngestArticleResponse response;
      const grpc::Status status = Ingest(article, &response);
      EXPECT_TRUE(status.ok()) << status.error_message();
      EXPECT_FALSE(response.changed()) << article.id();
      for (const v1::Claim& c : response.claims()) {
        for (const v1::Flag& f : c.flags()) flags.insert(Identity(c.id(), f));
      }
    }
    return flags;
  }
};

// A WatchFlags stream kept current in a thread of its own: raised flags added, cleared removed.
class Watch {
 public:
  explicit Watch(v1::ClaimCheck::Stub* stub) : context_(Context()) {
    stream_ = stub->WatchFlags(context_.get(), v1::WatchFlagsRequest());
    stream_->WaitForInitialMetadata();  // registered before the first ingest
    reader_ = std::thread([this] {
      v1::FlagEvent event;
      while (stream_->Read(&event)) {
        absl::MutexLock lock(&mu_);
        dropped_ += event.dropped_before();
        articles_.insert(event.article_id());
        const std::string flag = Identity(event.claim().id(), event.flag());
        if (!event.cleared()) {
          flags_.insert(flag);
        } else if (flags_.count(flag) != 0) {
          flags_.erase(flags_.find(flag));
        } else {
          ++cleared_unknown_;
        }
      }
    });
  }
  ~Watch() {
    context_->TryCancel();
    reader_.join();
  }
  // Waits up to 10 s for the watched flags to be `expected`; returns them as they are then.
  std::multiset<std::string> AwaitFlags(const std::multiset<std::string>& expected) {
    absl::MutexLock lock(&mu_);
    const auto done = [&]() ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_) { return flags_ == expected; };
    mu_.AwaitWithTimeout(absl::Condition(&done), absl::Seconds(10));
    return flags_;
  }
  std::set<std::string> articles() {
    absl::MutexLock lock(&mu_);
    return articles_;
  }
  int64_t dropped() {
    absl::MutexLock lock(&mu_);
    return dropped_;
  }
  int cleared_unknown() {
    absl::MutexLock lock(&mu_);
    return cleared_unknown_;
  }

 private:
  std::unique_ptr<grpc::ClientContext> context_;
  std::unique_ptr<grpc::ClientReader<v1::FlagEvent>> stream_;
  std::thread reader_;
  absl::Mutex mu_;
  std::multiset<std::string> flags_ ABSL_GUARDED_BY(mu_);
  std::set<std::string> articles_ ABSL_GUARDED_BY(mu_);
  int64_t dropped_ ABSL_GUARDED_BY(mu_) = 0;
  int cleared_unknown_ ABSL_GUARDED_BY(mu_) = 0;
};

class FrontEndsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::optional<StoreOptions> options = FreshStoreOptions(StoreBackend::kRedis);
    if (!options) GTEST_SKIP() << SkippedBecause(StoreBackend::kRedis);
    store_flags_ = {"--store=" + options->backend,
                    "--redis_key_prefix=" + options->redis.key_prefix};
    a_ = Start(store_flags_);
    b_ = Start(store_flags_);
  }

  static FrontEnd Start(const std::vector<std::string>& flags) {
    FrontEnd front_end;
    absl::StatusOr<std::unique_ptr<ServerProcess>> server = ServerProcess::Start(flags);
    EXPECT_TRUE(server.ok()) << server.status();
    if (!server.ok()) return front_end;
    front_end.server = *std::move(server);
    front_end.stub = v1::ClaimCheck::NewStub(
        grpc::CreateChannel(front_end.server->address(), grpc::InsecureChannelCredentials()));
    return front_end;
  }

  std::vector<std::string> store_flags_;
  FrontEnd a_, b_;
};

TEST_F(FrontEndsTest, WhatOneAcknowledgesTheOtherReadsAtOnce) {
  v1::IngestArticleResponse ingested;
  ASSERT_TRUE(a_.Ingest(Toll("ru/1", true, 63), &ingested).ok());
  ASSERT_EQ(ingested.claims_size(), 1);
  // GetStats and QueryClaims on B.
  EXPECT_EQ(b_.Stats().articles(), 1u);
  v1::QueryClaimsRequest query;
  query.set_article_id("ru/1");
  v1::QueryClaimsResponse queried;
  ASSERT_TRUE(b_.stub->QueryClaims(Context().get(), query, &queried).ok());
  ASSERT_EQ(queried.claims_size(), 1);
  EXPECT_EQ(queried.claims(0).id(), ingested.claims(0).id());
  // CheckArticle on B compares with it.
  v1::CheckArticleRequest check;
  *check.mutable_article() = Toll("ua/1", false, 400);
  v1::CheckArticleResponse checked;
  ASSERT_TRUE(b_.stub->CheckArticle(Context().get(), check, &checked).ok());
  ASSERT_EQ(checked.claims_size(), 1);
  const std::string moscow = ingested.claims(0).id();
  const auto& flags = checked.claims(0).flags();
  EXPECT_TRUE(std::any_of(flags.begin(), flags.end(), [&](const v1::Flag& f) {
    return f.kind() == v1::CONFLICT && f.related_claim_ids_size() == 1 &&
           f.related_claim_ids(0) == moscow;
  })) << checked.claims(0).DebugString();
  // ListConflicts on B lists what A's second ingest made contested.
  ASSERT_TRUE(a_.Ingest(Toll("ua/1", false, 400), &ingested).ok());
  v1::ListConflictsResponse conflicts;
  ASSERT_TRUE(b_.stub->ListConflicts(Context().get(), {}, &conflicts).ok());
  ASSERT_EQ(conflicts.figures_size(), 1);
  EXPECT_EQ(conflicts.figures(0).claims_size(), 2);
  // A delete on B, and A no longer has it.
  v1::DeleteArticleRequest remove;
  remove.set_article_id("ua/1");
  v1::DeleteArticleResponse removed;
  ASSERT_TRUE(b_.stub->DeleteArticle(Context().get(), remove, &removed).ok());
  EXPECT_EQ(a_.Stats().articles(), 1u);
  ASSERT_TRUE(a_.stub->ListConflicts(Context().get(), {}, &conflicts).ok());
  EXPECT_EQ(conflicts.figures_size(), 0);
}

TEST_F(FrontEndsTest, WatchFlagsOnOneHearsTheFlagsAnIngestOnTheOtherRaises) {
  Watch on_b(b_.stub.get());
  v1::IngestArticleResponse first, second;
  ASSERT_TRUE(a_.Ingest(Toll("ru/1", true, 63), &first).ok());
  ASSERT_TRUE(a_.Ingest(Toll("ua/1", false, 400), &second).ok());
  ASSERT_GT(second.flags_size(), 0) << "400 against 63 is a conflict";
  const std::multiset<std::string> flags = a_.Flags({Toll("ru/1", true, 63),
                                                     Toll("ua/1", false, 400)});
  EXPECT_EQ(on_b.AwaitFlags(flags), flags);
  EXPECT_EQ(on_b.articles().count("ua/1"), 1u);
}

TEST_F(FrontEndsTest, TwoFrontEndsIngestingIntoOneFigureAtOnceLoseNothingAndAgree) {
  constexpr int kEach = 8;
  std::vector<v1::Article> through_a, through_b;
  for (int i = 0; i < kEach; ++i) {
    through_a.push_back(Toll(absl::StrCat("a/", i), i % 2 == 0, i % 2 == 0 ? 60 + i : 400 + i));
    through_b.push_back(Toll(absl::StrCat("b/", i), i % 2 == 1, i % 2 == 1 ? 70 + i : 500 + i));
  }
  Watch on_a(a_.stub.get()), on_b(b_.stub.get());
  auto ingest_all = [](FrontEnd* front_end, const std::vector<v1::Article>& articles) {
    for (const v1::Article& article : articles) {
      v1::IngestArticleResponse response;
      const grpc::Status status = front_end->Ingest(article, &response);
      EXPECT_TRUE(status.ok()) << article.id() << ": " << status.error_message();
    }
  };
  std::thread writer_a(ingest_all, &a_, through_a), writer_b(ingest_all, &b_, through_b);
  writer_a.join();
  writer_b.join();

  std::vector<v1::Article> all = through_a;
  all.insert(all.end(), through_b.begin(), through_b.end());
  EXPECT_EQ(a_.Stats().articles(), 2u * kEach);
  EXPECT_EQ(b_.Stats().claims(), 2u * kEach);
  const std::multiset<std::string> flags = a_.Flags(all);
  EXPECT_EQ(b_.Flags(all), flags);
  EXPECT_GE(flags.size(), 2u * kEach) << "every claim conflicts with the other side's";
  // Each watcher heard every change, in an order that leaves it holding the store's flags.
  EXPECT_EQ(on_a.AwaitFlags(flags), flags);
  EXPECT_EQ(on_b.AwaitFlags(flags), flags);
  EXPECT_EQ(on_a.dropped() + on_b.dropped(), 0);
  EXPECT_EQ(on_a.cleared_unknown() + on_b.cleared_unknown(), 0);

  // The in-memory store given the same articles one after the other flags the same claims with
  // the same kinds (which claims a flag names may differ: it names the first in ingest order).
  FrontEnd memory = Start({});
  ingest_all(&memory, all);
  auto kinds = [](const std::multiset<std::string>& identities) {
    std::multiset<std::string> out;
    for (const std::string& f : identities) out.insert(f.substr(0, f.rfind(' ')));
    return out;
  };
  EXPECT_EQ(kinds(memory.Flags(all)), kinds(flags));
}

}  // namespace
}  // namespace claimcheck
