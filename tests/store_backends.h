// StoreBackends: runs one test suite against every ClaimStore backend, the in-memory store and a
// Redis Cluster, from one parametrised fixture rather than a copy.
//
// Usage:
//   class MyTest : public ::testing::TestWithParam<StoreBackend> {
//     void SetUp() override {
//       std::optional<StoreOptions> options = FreshStoreOptions(GetParam());
//       if (!options) GTEST_SKIP() << SkippedBecause(GetParam());
//       store_ = ClaimStore::Open(*options).value();
//     }
//   };
//   INSTANTIATE_TEST_SUITE_P(Backends, MyTest, AllStoreBackends(), StoreBackendName);
//
// The Redis backend runs on one cluster per test binary (3 masters, started at first use by
// tests/redis_test_cluster.h, stopped when the binary exits); each FreshStoreOptions() gets a key
// prefix of its own, so tests share the cluster and never see each other's keys. Without
// redis-server on the machine, the Redis half is skipped, saying why (GTEST_SKIP); a cluster
// that is there but does not start fails the test.
//
// Thread safety: call from the test's main thread.
#ifndef CLAIMCHECK_TESTS_STORE_BACKENDS_H_
#define CLAIMCHECK_TESTS_STORE_BACKENDS_H_

#include <optional>
#include <string>

#include "gtest/gtest.h"
#include "store/claim_store.h"
#include "tests/redis_test_cluster.h"

namespace claimcheck {

enum class StoreBackend { kMemory, kRedis };

inline auto AllStoreBackends() {
  return ::testing::Values(StoreBackend::kMemory, StoreBackend::kRedis);
}
std::string StoreBackendName(const ::testing::TestParamInfo<StoreBackend>& info);

// The options of a new, empty store of `backend` (StoreOptions' defaults otherwise); nullopt
// when that backend cannot run here: SkippedBecause() says why. Fails the test (ADD_FAILURE)
// when redis-server is there but the cluster does not start.
std::optional<StoreOptions> FreshStoreOptions(StoreBackend backend);
std::string SkippedBecause(StoreBackend backend);

// The cluster FreshStoreOptions(kRedis) uses, started if it was not; nullptr when it cannot be.
RedisTestCluster* SharedRedisCluster();

}  // namespace claimcheck

#endif  // CLAIMCHECK_TESTS_STORE_BACKENDS_H_
