// StringPool interns the small vocabulary claims repeat (sources, places, subjects, units, figure
// keys) so each stored claim holds 4-byte ids instead of strings.
//
// Usage:
//   StringPool pool;
//   uint32_t id = pool.Intern("ru.mod");  // takes a reference
//   std::string_view s = pool.Get(id);    // valid until the string is freed
//   pool.Release(id);                     // gives it back; the last one frees the string
//
// Every Intern() takes a reference and every Release() gives one back; a string without
// references is freed and its id reused, so names of deleted articles (their sources, places,
// figure keys) do not stay in memory. The empty string is id 0, always there and never counted.
//
// Thread safety: thread-compatible; the store guards it with its mutex.
#ifndef CLAIMCHECK_STORE_STRING_POOL_H_
#define CLAIMCHECK_STORE_STRING_POOL_H_

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"

namespace claimcheck {

class StringPool {
 public:
  StringPool() : strings_(1), refs_(1, 0) { ids_.emplace(absl::string_view(), 0); }
  StringPool(const StringPool&) = delete;
  StringPool& operator=(const StringPool&) = delete;

  // The id of `s`, added if new, with one more reference. "" is 0 and takes none.
  uint32_t Intern(std::string_view s);

  // Gives back one reference Intern() took; the last one frees the string and its id, and
  // returns true. Releasing 0 does nothing; releasing an id without references is a bug
  // (checked in debug builds).
  bool Release(uint32_t id);

  // The id of `s` if it is held, else kAbsent. Never adds a string or a reference.
  static constexpr uint32_t kAbsent = ~0u;
  uint32_t Find(std::string_view s) const {
    auto it = ids_.find(absl::string_view(s.data(), s.size()));
    return it == ids_.end() ? kAbsent : it->second;
  }

  // The string of a held id. Views stay valid until that string is freed: deque elements never
  // move.
  std::string_view Get(uint32_t id) const { return strings_[id]; }

  // How many strings are held, the empty one included.
  size_t size() const { return ids_.size(); }

 private:
  std::deque<std::string> strings_;
  std::vector<uint32_t> refs_;        // refs_[id]: references Intern() handed out
  std::vector<uint32_t> free_ids_;    // ids of freed strings, reused first
  absl::flat_hash_map<absl::string_view, uint32_t> ids_;  // views into strings_
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_STRING_POOL_H_
