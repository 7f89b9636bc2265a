#include "store/string_pool.h"

#include <cassert>

namespace claimcheck {

uint32_t StringPool::Intern(std::string_view s) {
  if (s.empty()) return 0;
  auto it = ids_.find(absl::string_view(s.data(), s.size()));
  if (it != ids_.end()) {
    ++refs_[it->second];
    return it->second;
  }
  uint32_t id;
  if (free_ids_.empty()) {
    id = static_cast<uint32_t>(strings_.size());
    strings_.emplace_back(s);
    refs_.push_back(1);
  } else {
    id = free_ids_.back();
    free_ids_.pop_back();
    strings_[id].assign(s.data(), s.size());
    refs_[id] = 1;
  }
  ids_.emplace(absl::string_view(strings_[id].data(), strings_[id].size()), id);
  return id;
}

bool StringPool::Release(uint32_t id) {
  if (id == 0) return false;
  assert(refs_[id] > 0 && "released more often than interned");
  if (refs_[id] == 0 || --refs_[id] > 0) return false;
  ids_.erase(absl::string_view(strings_[id].data(), strings_[id].size()));
  std::string().swap(strings_[id]);  // gives the bytes back, not only the length
  free_ids_.push_back(id);
  return true;
}

}  // namespace claimcheck
