#include "tools/progress_bar.h"

#include <string>

#include "absl/time/clock.h"

namespace claimcheck {

constexpr size_t kWidth = 30;

ProgressBar::ProgressBar(size_t total, bool enabled, std::ostream& out, absl::Duration quiet_for)
    : total_(total), enabled_(enabled), out_(out), quiet_until_(absl::Now() + quiet_for) {}

ProgressBar::~ProgressBar() { Clear(); }

void ProgressBar::Clear() {
  if (drawn_) out_ << "\r" << std::string(kWidth + 40, ' ') << "\r" << std::flush;
  drawn_ = false;
}

void ProgressBar::Advance() {
  ++done_;
  if (!enabled_ || total_ == 0 || absl::Now() < quiet_until_) return;
  const size_t filled = done_ * kWidth / total_;
  out_ << "\r[" << std::string(filled, '#') << std::string(kWidth - filled, ' ') << "] " << done_
       << "/" << total_ << " articles" << std::flush;
  drawn_ = true;
}

}  // namespace claimcheck
