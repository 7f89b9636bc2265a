#include "tests/store_backends.h"

#include <unistd.h>

#include <memory>

#include "absl/strings/str_cat.h"

namespace claimcheck {
namespace {

struct SharedCluster {
  bool tried = false;
  absl::Status status;
  std::unique_ptr<RedisTestCluster> cluster;
};

SharedCluster& Shared() {
  static SharedCluster shared;  // destroyed at exit, which stops the nodes
  return shared;
}

}  // namespace

std::string StoreBackendName(const ::testing::TestParamInfo<StoreBackend>& info) {
  return info.param == StoreBackend::kMemory ? "Memory" : "Redis";
}

RedisTestCluster* SharedRedisCluster() {
  SharedCluster& shared = Shared();
  if (!shared.tried) {
    shared.tried = true;
    shared.status = RedisTestCluster::Available();
    if (shared.status.ok()) {
      absl::StatusOr<std::unique_ptr<RedisTestCluster>> started =
          RedisTestCluster::Start(RedisTestCluster::Options{});
      if (started.ok()) {
        shared.cluster = *std::move(started);
      } else {
        shared.status = started.status();
        ADD_FAILURE() << "redis-server is installed but the test cluster did not start: "
                      << started.status();
      }
    }
  }
  return shared.cluster.get();
}

std::string SkippedBecause(StoreBackend backend) {
  if (backend == StoreBackend::kMemory) return "";
  return absl::StrCat("the Redis backend is not tested here: ", Shared().status.message());
}

std::optional<StoreOptions> FreshStoreOptions(StoreBackend backend) {
  StoreOptions options;
  if (backend == StoreBackend::kMemory) return options;
  RedisTestCluster* cluster = SharedRedisCluster();
  if (cluster == nullptr) return std::nullopt;
  static int stores = 0;
  options.backend = cluster->url();
  options.redis.key_prefix = absl::StrCat("test", getpid(), "-", ++stores);
  return options;
}

}  // namespace claimcheck
