// The Redis Cluster backend of ClaimStore (claim_store.h): `claimcheck_server
// --store=redis://HOST:PORT[,HOST:PORT...]`. Any number of stores opened on one cluster, in any
// number of processes (front ends), are one store: every method reads and writes the cluster's
// masters, so what one front end acknowledged, every other reads; flag events go through a
// Redis stream that every front end reads, so WatchFlags on one hears the changes made on all.
//
// Layout (redis_layout.h): an article record under its id; each cross-article figure's claims in
// one sorted set by event date, all on the figure's slot, so cross-checking a claim is one range
// read on one master; indexes for QueryClaims by seq and by date; contested marks per figure for
// ListConflicts; counts per shard for GetStats. The rules, the answers and what a change raises
// and clears are the shared code the in-memory store runs too (article_change.h,
// claim_answers.h), over a RedisView (redis_view.h).
//
// Concurrency: a change locks its article and every figure it touches (redis_write.h), so two
// front ends writing into one figure are ordered: nothing is lost, both compute the same flags,
// and the events of one figure's changes come in the order the changes were made. Readers take
// no lock.
//
// Durability: an acknowledged change is on its masters and on RedisOptions::replicas_acked
// replicas of each (WAIT). A change a crash interrupts is finished by the next change of the
// same article, or by any store's periodic repair (RedisOptions::repair_every).
//
// Usage: ClaimStore::Open with StoreOptions::backend = "redis://..."; see claim_store.h.
//
// Thread safety: as ClaimStore: every method from any number of threads.
#ifndef CLAIMCHECK_STORE_REDIS_CLAIM_STORE_H_
#define CLAIMCHECK_STORE_REDIS_CLAIM_STORE_H_

#include <memory>
#include <optional>

#include "absl/status/statusor.h"
#include "store/claim_store.h"
#include "store/redis_cluster.h"

namespace claimcheck {

// Connects to the cluster named by options.backend ("redis://HOST:PORT[,HOST:PORT...]") and
// starts the store's event thread. INVALID_ARGUMENT for a bad URL or key prefix; UNAVAILABLE
// when no seed answers; FAILED_PRECONDITION when a seed is not in cluster mode.
absl::StatusOr<std::unique_ptr<ClaimStore>> OpenRedisClaimStore(const StoreOptions& options);

// What the cluster client of `store` did so far (round trips, redirections...), when `store` is
// one OpenRedisClaimStore() opened; nullopt for another.
std::optional<RedisCluster::Counters> RedisCountersOf(const ClaimStore& store);

}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_REDIS_CLAIM_STORE_H_
