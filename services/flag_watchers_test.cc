#include "services/flag_watchers.h"

#include <thread>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

v1::FlagEvent Event(v1::FlagKind kind, const std::string& article_id) {
  v1::FlagEvent event;
  event.mutable_flag()->set_kind(kind);
  event.set_article_id(article_id);
  return event;
}

TEST(FlagWatchersTest, DeliversOnlyTheKindsAsked) {
  FlagWatchers watchers(8);
  auto conflicts = watchers.Add({v1::CONFLICT});
  auto everything = watchers.Add({});
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
  FlagWatchers watchers(2);
  auto slow = watchers.Add({});
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
  FlagWatchers watchers(4);
  auto never_read = watchers.Add({});
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
  FlagWatchers watchers(4);
  auto watcher = watchers.Add({});
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
  FlagWatchers watchers(4);
  auto removed = watchers.Add({});
  watchers.Remove(removed);
  watchers.Publish(Event(v1::CONFLICT, "a"));
  EXPECT_FALSE(removed->Next(absl::ZeroDuration()).has_value());

  auto open = watchers.Add({});
  std::thread closer([&] {
    absl::SleepFor(absl::Milliseconds(20));
    watchers.Close();
  });
  absl::Time start = absl::Now();
  EXPECT_FALSE(open->Next(absl::Seconds(10)).has_value());
  closer.join();
  EXPECT_LT(absl::Now() - start, absl::Seconds(5));
  EXPECT_TRUE(open->closed());
  EXPECT_TRUE(watchers.Add({})->closed());
  EXPECT_EQ(watchers.watcher_count(), 0u);
}

}  // namespace
}  // namespace claimcheck
