// StringPool interns the small vocabulary claims repeat (sources, places, subjects, units) so
// each stored claim holds 4-byte ids instead of strings.
//
// Usage:
//   StringPool pool;
//   uint32_t id = pool.Intern("ru.mod");
//   std::string_view s = pool.Get(id);  // valid as long as the pool
//
// Strings are never freed: the vocabulary is small and bounded in practice (a store of a
// million claims holds a few thousand distinct sources and places).
//
// Thread safety: thread-compatible; the store guards it with its mutex.
#ifndef CLAIMCHECK_STORE_STRING_POOL_H_
#define CLAIMCHECK_STORE_STRING_POOL_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"

namespace claimcheck {

class StringPool {
 public:
  StringPool() { Intern(""); }  // id 0 is the empty string
  StringPool(const StringPool&) = delete;
  StringPool& operator=(const StringPool&) = delete;

  uint32_t Intern(std::string_view s) {
    const absl::string_view key(s.data(), s.size());
    auto it = ids_.find(key);
    if (it != ids_.end()) return it->second;
    strings_.emplace_back(s);
    const uint32_t id = static_cast<uint32_t>(strings_.size() - 1);
    // deque elements never move, so views into them stay valid.
    ids_.emplace(absl::string_view(strings_.back().data(), strings_.back().size()), id);
    return id;
  }

  // The id of `s` if it was interned, else kAbsent. Never adds a string.
  static constexpr uint32_t kAbsent = ~0u;
  uint32_t Find(std::string_view s) const {
    auto it = ids_.find(absl::string_view(s.data(), s.size()));
    return it == ids_.end() ? kAbsent : it->second;
  }

  std::string_view Get(uint32_t id) const { return strings_[id]; }

 private:
  std::deque<std::string> strings_;
  absl::flat_hash_map<absl::string_view, uint32_t> ids_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_STRING_POOL_H_
