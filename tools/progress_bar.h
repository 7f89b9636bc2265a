// ProgressBar draws "[#####     ] 12/50 articles" on a terminal's stderr for long batches.
// It stays silent when disabled (stderr is not a terminal) and for its first second, so quick
// runs and logs never see it; it erases itself when done.
//
// Thread safety: not thread-safe; one owner advances it.
#ifndef CLAIMCHECK_TOOLS_PROGRESS_BAR_H_
#define CLAIMCHECK_TOOLS_PROGRESS_BAR_H_

#include <cstddef>
#include <ostream>

#include "absl/time/time.h"

namespace claimcheck {

class ProgressBar {
 public:
  ProgressBar(size_t total, bool enabled, std::ostream& out,
              absl::Duration quiet_for = absl::Seconds(1));
  ~ProgressBar();  // erases the bar if it was drawn
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  void Advance();
  // Erases the bar, if drawn, so a message can take its line; the next Advance() draws it again.
  void Clear();
  bool drawn() const { return drawn_; }

 private:
  const size_t total_;
  const bool enabled_;
  std::ostream& out_;
  const absl::Time quiet_until_;
  size_t done_ = 0;
  bool drawn_ = false;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_TOOLS_PROGRESS_BAR_H_
