#include "services/flag_watchers.h"

#include <atomic>
#include <thread>
#include <vector>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

FlagWatchers::Limits Capacity(size_t queue_capacity) {
  FlagWatchers::Limits limits;
  limits.queue_capacity = queue_capacity;
  return limits;
}

v1::FlagEvent Event(v1::FlagKind kind, const std::string& article_id) {
  v1::FlagEvent event;
  event.mutable_flag()->set_kind(kind);
  event.set_article_id(article_id);
  return event;
}

TEST(FlagWatchersTest, DeliversOnlyTheKindsAsked) {
  FlagWatchers watchers(Capacity(8));
  auto conflicts = *watchers.Add({v1::CONFLICT});
  auto everything = *watchers.Add({});
  watchers.Publish(Event(v1::REVISION, "a"));
  watchers.Publish(Event(v1::CONFLICT, "b"));

  std::optional<v1::FlagEvent> first = conflicts->Next(absl::ZeroDuration());
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(first->article_id(), "b");
  EXPECT_FALSE(conflicts->Next(absl::ZeroDuration()).has_value());

  EXPECT_EQ(everything->Next(absl::ZeroDuration())->article_id(), "a");
  EXPECT_EQ(everything->Next(absl::ZeroDuration())->article_id(), "b");
}

TEST(FlagWatchersTest, FullQueueDropsOldestAndCountsTheGap) {
  FlagWatchers watchers(Capacity(2));
  auto slow = *watchers.Add({});
  for (int i = 0; i < 5; ++i) watchers.Publish(Event(v1::CONFLICT, std::to_string(i)));

  std::optional<v1::FlagEvent> a = slow->Next(absl::ZeroDuration());
  std::optional<v1::FlagEvent> b = slow->Next(absl::ZeroDuration());
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->article_id(), "3");
  EXPECT_EQ(b->article_id(), "4");
  // Events 0, 1 and 2 were lost: the events kept must account for all three.
  EXPECT_EQ(a->dropped_before() + b->dropped_before(), 3u);
}

TEST(FlagWatchersTest, PublishNeverWaitsForAReader) {
  FlagWatchers watchers(Capacity(4));
  auto never_read = *watchers.Add({});
  for (int i = 0; i < 100000; ++i) watchers.Publish(Event(v1::CONFLICT, "x"));
  uint64_t delivered = 0, dropped = 0;
  while (auto e = never_read->Next(absl::ZeroDuration())) {
    ++delivered;
    dropped += e->dropped_before();
  }
  EXPECT_EQ(delivered, 4u);
  EXPECT_EQ(delivered + dropped, 100000u);
}

TEST(FlagWatchersTest, NextWakesWhenAnEventArrives) {
  FlagWatchers watchers(Capacity(4));
  auto watcher = *watchers.Add({});
  std::thread publisher([&] {
    absl::SleepFor(absl::Milliseconds(20));
    watchers.Publish(Event(v1::UNVERIFIED, "late"));
  });
  std::optional<v1::FlagEvent> e = watcher->Next(absl::Seconds(10));
  publisher.join();
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->article_id(), "late");
}

TEST(FlagWatchersTest, CloseEndsWaitsAndRemovedWatchersGetNothing) {
  FlagWatchers watchers(Capacity(4));
  auto removed = *watchers.Add({});
  watchers.Remove(removed);
  watchers.Publish(Event(v1::CONFLICT, "a"));
  EXPECT_FALSE(removed->Next(absl::ZeroDuration()).has_value());

  auto open = *watchers.Add({});
  std::thread closer([&] {
    absl::SleepFor(absl::Milliseconds(20));
    watchers.Close();
  });
  absl::Time start = absl::Now();
  EXPECT_FALSE(open->Next(absl::Seconds(10)).has_value());
  closer.join();
  EXPECT_LT(absl::Now() - start, absl::Seconds(5));
  EXPECT_TRUE(open->closed());
  EXPECT_TRUE((*watchers.Add({}))->closed());
  EXPECT_EQ(watchers.watcher_count(), 0u);
}

TEST(FlagWatchersTest, WatchersAreBoundedInAllAndPerOwner) {
  FlagWatchers::Limits limits = Capacity(4);
  limits.max_watchers = 5;
  limits.max_per_owner = 2;
  FlagWatchers watchers(limits);
  std::vector<std::shared_ptr<FlagWatchers::Watcher>> kept;
  kept.push_back(*watchers.Add({}, "token-a"));
  kept.push_back(*watchers.Add({}, "token-a"));
  absl::StatusOr<std::shared_ptr<FlagWatchers::Watcher>> third = watchers.Add({}, "token-a");
  EXPECT_EQ(third.status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_NE(third.status().message().find("--max_watchers_per_token"), std::string::npos);
  kept.push_back(*watchers.Add({}, "token-b"));
  kept.push_back(*watchers.Add({}));  // no token: only the server-wide limit
  kept.push_back(*watchers.Add({}));
  absl::StatusOr<std::shared_ptr<FlagWatchers::Watcher>> sixth = watchers.Add({}, "token-c");
  EXPECT_EQ(sixth.status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_NE(sixth.status().message().find("--max_watchers"), std::string::npos);
  // A watcher that leaves frees its places.
  watchers.Remove(kept[0]);
  watchers.Remove(kept[0]);  // twice: counted once
  EXPECT_TRUE(watchers.Add({}, "token-a").ok());
  EXPECT_EQ(watchers.watcher_count(), 5u);
}

TEST(FlagWatchersTest, PublishersReadersAndWatchersComingAndGoingAtOnce) {
  // Run under ThreadSanitizer (tag concurrency): every event a watcher receives was published,
  // and none is received twice, while watchers join and leave.
  FlagWatchers::Limits limits = Capacity(16);
  limits.max_watchers = 8;
  FlagWatchers watchers(limits);
  constexpr int kPublishers = 3, kEvents = 2000;
  std::atomic<bool> stop{false};
  std::atomic<uint64_t> received{0};
  std::vector<std::thread> threads;
  for (int p = 0; p < kPublishers; ++p) {
    threads.emplace_back([&, p] {
      for (int i = 0; i < kEvents; ++i) watchers.Publish(Event(v1::CONFLICT, std::to_string(p)));
    });
  }
  for (int r = 0; r < 4; ++r) {
    threads.emplace_back([&] {
      while (!stop.load()) {
        absl::StatusOr<std::shared_ptr<FlagWatchers::Watcher>> w = watchers.Add({}, "reader");
        if (!w.ok()) continue;
        for (int i = 0; i < 50; ++i) {
          if (std::optional<v1::FlagEvent> e = (*w)->Next(absl::Milliseconds(1))) {
            EXPECT_LT(std::stoi(e->article_id()), kPublishers);
            received.fetch_add(1);
          }
        }
        watchers.Remove(*w);
      }
    });
  }
  for (int p = 0; p < kPublishers; ++p) threads[p].join();
  stop.store(true);
  for (size_t t = kPublishers; t < threads.size(); ++t) threads[t].join();
  EXPECT_LE(received.load(), uint64_t{4} * kPublishers * kEvents);
  watchers.Close();
  EXPECT_EQ(watchers.watcher_count(), 0u);
}

}  // namespace
}  // namespace claimcheck
