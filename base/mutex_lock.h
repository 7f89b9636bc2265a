// Scoped locks on an absl::Mutex that ThreadSanitizer can see.
//
// Debian's Abseil is a prebuilt library, not compiled with -fsanitize=thread, so TSan does not
// see the ordering absl::Mutex provides and reports races between correctly locked sections.
// These guards lock the mutex as absl::MutexLock does and, in a TSan build only, tell TSan that
// unlocking releases and locking acquires the mutex. Elsewhere they cost nothing extra.
//
// Usage (with Abseil's thread-safety annotations, which these guards keep):
//   mutable absl::Mutex mu_;
//   Table table_ ABSL_GUARDED_BY(mu_);
//   ...
//   WriterMutexLock lock(&mu_);  // exclusive: may change table_
//   ReaderMutexLock lock(&mu_);  // shared: may read table_ beside other readers
//
// Thread safety: as absl::Mutex. A guard is used by the thread that made it.
#ifndef CLAIMCHECK_BASE_MUTEX_LOCK_H_
#define CLAIMCHECK_BASE_MUTEX_LOCK_H_

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"

#if defined(__SANITIZE_THREAD__)
#include <sanitizer/tsan_interface.h>
#define CLAIMCHECK_TSAN_ACQUIRE(addr) __tsan_acquire(addr)
#define CLAIMCHECK_TSAN_RELEASE(addr) __tsan_release(addr)
#else
#define CLAIMCHECK_TSAN_ACQUIRE(addr) ((void)(addr))
#define CLAIMCHECK_TSAN_RELEASE(addr) ((void)(addr))
#endif

namespace claimcheck {

class ABSL_SCOPED_LOCKABLE WriterMutexLock {
 public:
  explicit WriterMutexLock(absl::Mutex* mu) ABSL_EXCLUSIVE_LOCK_FUNCTION(mu) : mu_(mu) {
    mu_->Lock();
    CLAIMCHECK_TSAN_ACQUIRE(mu_);
  }
  ~WriterMutexLock() ABSL_UNLOCK_FUNCTION() {
    CLAIMCHECK_TSAN_RELEASE(mu_);
    mu_->Unlock();
  }
  WriterMutexLock(const WriterMutexLock&) = delete;
  WriterMutexLock& operator=(const WriterMutexLock&) = delete;

 private:
  absl::Mutex* const mu_;
};

class ABSL_SCOPED_LOCKABLE ReaderMutexLock {
 public:
  explicit ReaderMutexLock(absl::Mutex* mu) ABSL_SHARED_LOCK_FUNCTION(mu) : mu_(mu) {
    mu_->ReaderLock();
    CLAIMCHECK_TSAN_ACQUIRE(mu_);
  }
  ~ReaderMutexLock() ABSL_UNLOCK_FUNCTION() {
    CLAIMCHECK_TSAN_RELEASE(mu_);
    mu_->ReaderUnlock();
  }
  ReaderMutexLock(const ReaderMutexLock&) = delete;
  ReaderMutexLock& operator=(const ReaderMutexLock&) = delete;

 private:
  absl::Mutex* const mu_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_BASE_MUTEX_LOCK_H_
