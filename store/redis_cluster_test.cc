// RedisCluster against a real 3-master Redis Cluster (tests/redis_test_cluster.h): slots as the
// cluster computes them, pipelines across masters, MOVED and ASK while a slot migrates, and
// UNAVAILABLE once the cluster is gone.
#include "store/redis_cluster.h"

#include <memory>
#include <string>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "tests/redis_test_cluster.h"

namespace claimcheck {
namespace {

TEST(RedisCrc16Test, MatchesTheClusterSpecificationsTestVector) {
  EXPECT_EQ(RedisCrc16("123456789"), 0x31C3);
  EXPECT_EQ(RedisCrc16(""), 0);
}

TEST(RedisKeySlotTest, HashTagsFollowTheSpecification) {
  EXPECT_EQ(RedisKeySlot("{user1000}.following"), RedisKeySlot("{user1000}.followers"));
  EXPECT_EQ(RedisKeySlot("foo{bar}{zap}"), RedisKeySlot("bar"));
  EXPECT_EQ(RedisKeySlot("foo{{bar}}zap"), RedisKeySlot("{bar"));
  EXPECT_EQ(RedisKeySlot("foo{}{bar}"), RedisCrc16("foo{}{bar}") % kRedisSlots);  // empty tag
  EXPECT_EQ(RedisKeySlot("{unclosed"), RedisCrc16("{unclosed") % kRedisSlots);
}

TEST(ParseRedisUrlTest, SeedsOrAClearError) {
  absl::StatusOr<std::vector<std::string>> seeds =
      ParseRedisUrl("redis://127.0.0.1:7000,[::1]:7001,redis.local:7002");
  ASSERT_TRUE(seeds.ok()) << seeds.status();
  EXPECT_EQ(*seeds, (std::vector<std::string>{"127.0.0.1:7000", "[::1]:7001", "redis.local:7002"}));
  for (const char* bad : {"127.0.0.1:7000", "redis://", "redis://host", "redis://host:0",
                          "redis://host:70000", "redis://a:1,,b:2", "http://a:1"}) {
    EXPECT_EQ(ParseRedisUrl(bad).status().code(), absl::StatusCode::kInvalidArgument) << bad;
  }
  const absl::Status tls = ParseRedisUrl("rediss://a:1").status();
  EXPECT_EQ(tls.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(tls.message().find("TLS"), std::string::npos) << tls;
}

class RedisClusterTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    absl::StatusOr<std::unique_ptr<RedisTestCluster>> started = RedisTestCluster::Start({});
    ASSERT_TRUE(started.ok()) << started.status();
    test_cluster_ = started->release();
  }
  static void TearDownTestSuite() {
    delete test_cluster_;
    test_cluster_ = nullptr;
  }

  void SetUp() override {
    ASSERT_NE(test_cluster_, nullptr);
    RedisCluster::Options options;
    options.seeds = {absl::StrCat("127.0.0.1:", test_cluster_->nodes()[0].port)};
    options.retry_for = absl::Seconds(5);
    absl::StatusOr<std::unique_ptr<RedisCluster>> cluster = RedisCluster::Connect(options);
    ASSERT_TRUE(cluster.ok()) << cluster.status();
    cluster_ = *std::move(cluster);
  }

  // The first "prefix:N" whose slot is `slot`.
  static std::string KeyInSlot(int slot, const std::string& prefix) {
    for (int n = 0;; ++n) {
      std::string key = absl::StrCat(prefix, ":", n);
      if (RedisKeySlot(key) == slot) return key;
    }
  }

  static RedisTestCluster* test_cluster_;
  std::unique_ptr<RedisCluster> cluster_;
};

RedisTestCluster* RedisClusterTest::test_cluster_ = nullptr;

TEST_F(RedisClusterTest, KeySlotAgreesWithTheCluster) {
  const int port = test_cluster_->nodes()[0].port;
  for (std::string key : {"foo", "bar", "123456789", "{user1000}.following", "a{b}c{d}", "{}x",
                          "fig:{KILLED|person|makiivka}", "\xff\x00\x7f{\x01}"}) {
    absl::StatusOr<std::string> slot = test_cluster_->Command(port, {"CLUSTER", "KEYSLOT", key});
    ASSERT_TRUE(slot.ok()) << slot.status();
    EXPECT_EQ(std::to_string(RedisKeySlot(key)), *slot) << key;
  }
}

TEST_F(RedisClusterTest, APipelineReachesEveryMasterAndKeepsItsOrder) {
  std::vector<RedisCommand> writes, reads;
  for (int i = 0; i < 300; ++i) {
    const std::string key = absl::StrCat("pipeline:", i);
    writes.push_back(RedisCommand({"SET", key, absl::StrCat("value ", i)}));
    reads.push_back(RedisCommand({"GET", key}));
  }
  RedisCluster::Session session = cluster_->NewSession();
  absl::StatusOr<std::vector<RedisReply>> written = session.Run(writes);
  ASSERT_TRUE(written.ok()) << written.status();
  absl::StatusOr<std::vector<RedisReply>> read = session.Run(reads);
  ASSERT_TRUE(read.ok()) << read.status();
  ASSERT_EQ(read->size(), 300u);
  for (int i = 0; i < 300; ++i) EXPECT_EQ((*read)[i].str, absl::StrCat("value ", i));
  EXPECT_EQ(cluster_->Masters().size(), 3u);
  EXPECT_EQ(cluster_->counters().moved, 0);
}

TEST_F(RedisClusterTest, ACommandsOwnErrorIsItsReplyNotAStatus) {
  RedisCluster::Session session = cluster_->NewSession();
  absl::StatusOr<std::vector<RedisReply>> replies = session.Run(
      {RedisCommand({"SET", "errors:text", "x"}), RedisCommand({"INCR", "errors:text"}),
       RedisCommand::Script("return redis.call('GET', KEYS[1])", {"errors:text"}, {})});
  ASSERT_TRUE(replies.ok()) << replies.status();
  EXPECT_TRUE((*replies)[1].is_error());
  EXPECT_EQ((*replies)[2].str, "x");
  // Without replicas WAIT has nothing to wait for.
  EXPECT_TRUE(session.WaitForReplicas(1, absl::Milliseconds(100)).ok());
}

// Moves one slot from its master to another by hand, as `redis-cli --cluster reshard` does,
// checking at each step that the client finds both the key already moved (ASK) and, once the
// slot is reassigned, every key (MOVED), with a slot map read before the move.
TEST_F(RedisClusterTest, FollowsAskAndMovedWhileASlotMigrates) {
  const int slot = RedisKeySlot("migrating");
  const std::string moved_key = KeyInSlot(slot, "moves");
  const std::string staying_key = KeyInSlot(slot, "stays");
  const std::string new_key = KeyInSlot(slot, "new");
  RedisCluster::Session session = cluster_->NewSession();
  ASSERT_TRUE(session.Run({RedisCommand({"SET", moved_key, "m"}),
                           RedisCommand({"SET", staying_key, "s"})}).ok());

  const int from = test_cluster_->MasterOfSlot(slot).value();
  int to = 0;
  for (const auto& node : test_cluster_->nodes()) {
    if (node.port != from) to = node.port;
  }
  const std::string from_id = test_cluster_->NodeId(from).value();
  const std::string to_id = test_cluster_->NodeId(to).value();
  const std::string s = std::to_string(slot);
  ASSERT_TRUE(test_cluster_->Command(to, {"CLUSTER", "SETSLOT", s, "IMPORTING", from_id}).ok());
  ASSERT_TRUE(test_cluster_->Command(from, {"CLUSTER", "SETSLOT", s, "MIGRATING", to_id}).ok());
  ASSERT_TRUE(test_cluster_->Command(from, {"MIGRATE", "127.0.0.1", std::to_string(to), "", "0",
                                            "5000", "KEYS", moved_key})
                  .ok());

  // Mid-migration: the old master still serves what it holds, and sends the rest on with ASK.
  absl::StatusOr<std::vector<RedisReply>> mid =
      session.Run({RedisCommand({"GET", moved_key}), RedisCommand({"GET", staying_key}),
                   RedisCommand({"SET", new_key, "n"})});
  ASSERT_TRUE(mid.ok()) << mid.status();
  EXPECT_EQ((*mid)[0].str, "m");
  EXPECT_EQ((*mid)[1].str, "s");
  EXPECT_EQ((*mid)[2].str, "OK");
  EXPECT_GE(cluster_->counters().asked, 2);  // the moved key and the new one

  ASSERT_TRUE(test_cluster_->Command(from, {"MIGRATE", "127.0.0.1", std::to_string(to), "", "0",
                                            "5000", "KEYS", staying_key})
                  .ok());
  for (const auto& node : test_cluster_->nodes()) {
    ASSERT_TRUE(test_cluster_->Command(node.port, {"CLUSTER", "SETSLOT", s, "NODE", to_id}).ok());
  }
  // The client's map still names the old master: MOVED takes it to the new one.
  const int64_t moved_before = cluster_->counters().moved;
  absl::StatusOr<std::vector<RedisReply>> after =
      session.Run({RedisCommand({"GET", moved_key}), RedisCommand({"GET", staying_key}),
                   RedisCommand({"GET", new_key})});
  ASSERT_TRUE(after.ok()) << after.status();
  EXPECT_EQ((*after)[0].str, "m");
  EXPECT_EQ((*after)[1].str, "s");
  EXPECT_EQ((*after)[2].str, "n");  // never migrated: ASK had written it on the new master
  EXPECT_GT(cluster_->counters().moved, moved_before);
  // The map now says where the slot lives: no more redirections.
  const int64_t moved_now = cluster_->counters().moved;
  ASSERT_TRUE(session.Run({RedisCommand({"GET", moved_key})}).ok());
  EXPECT_EQ(cluster_->counters().moved, moved_now);
}

TEST(RedisClusterDownTest, UnavailableWhenNoSeedAnswersOrTheClusterDies) {
  RedisCluster::Options options;
  options.seeds = {"127.0.0.1:1"};
  EXPECT_EQ(RedisCluster::Connect(options).status().code(), absl::StatusCode::kUnavailable);

  absl::StatusOr<std::unique_ptr<RedisTestCluster>> test_cluster = RedisTestCluster::Start({});
  ASSERT_TRUE(test_cluster.ok()) << test_cluster.status();
  absl::StatusOr<std::vector<std::string>> seeds = ParseRedisUrl((*test_cluster)->url());
  ASSERT_TRUE(seeds.ok());
  options.seeds = *seeds;
  options.retry_for = absl::Seconds(1);
  absl::StatusOr<std::unique_ptr<RedisCluster>> cluster = RedisCluster::Connect(options);
  ASSERT_TRUE(cluster.ok()) << cluster.status();
  ASSERT_TRUE((*cluster)->NewSession().Run({RedisCommand({"SET", "k", "v"})}).ok());
  for (const auto& node : std::vector<RedisTestCluster::Node>((*test_cluster)->nodes())) {
    (*test_cluster)->Kill(node.port);
  }
  const absl::Time start = absl::Now();
  absl::StatusOr<std::vector<RedisReply>> reply =
      (*cluster)->NewSession().Run({RedisCommand({"GET", "k"})});
  EXPECT_EQ(reply.status().code(), absl::StatusCode::kUnavailable) << reply.status();
  EXPECT_LT(absl::Now() - start, absl::Seconds(5));
}

}  // namespace
}  // namespace claimcheck
