#include "base/mutex_lock.h"

#include <thread>

#include "absl/synchronization/notification.h"
#include "absl/time/clock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST(MutexLockTest, ReadersShareAndAWriterWaitsForThemAll) {
  absl::Mutex mu;
  int value = 0;
  absl::Notification reading, release_reader, written;
  std::thread reader([&] {
    ReaderMutexLock lock(&mu);
    reading.Notify();
    release_reader.WaitForNotification();
  });
  reading.WaitForNotification();
  {
    ReaderMutexLock lock(&mu);  // a second reader does not wait for the first
    EXPECT_EQ(value, 0);
  }
  std::thread writer([&] {
    WriterMutexLock lock(&mu);
    value = 1;
    written.Notify();
  });
  EXPECT_FALSE(written.WaitForNotificationWithTimeout(absl::Milliseconds(50)));
  release_reader.Notify();
  reader.join();
  written.WaitForNotification();
  writer.join();
  ReaderMutexLock lock(&mu);
  EXPECT_EQ(value, 1);
}

TEST(MutexLockTest, TheGuardReleasesWhenItGoesOutOfScope) {
  absl::Mutex mu;
  { WriterMutexLock lock(&mu); }
  bool was_free = false;
  if (mu.TryLock()) {  // in an if, so that -Wthread-safety knows when the lock is held
    was_free = true;
    mu.Unlock();
  }
  EXPECT_TRUE(was_free);
}

}  // namespace
}  // namespace claimcheck
