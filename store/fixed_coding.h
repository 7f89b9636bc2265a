// Fixed-width little-endian integers, as the store writes them into log record headers
// (record_log.cc) and page tokens (page_token.cc): the bytes are the same on every machine.
//
// Usage:
//   std::string out;
//   PutFixed32(&out, crc);
//   PutFixed64(&out, seq);
//   uint32_t crc = GetFixed32(out.data());      // reads 4 bytes
//   uint64_t seq = GetFixed64(out.data() + 4);  // reads 8 bytes
//
// Contract: Get* read exactly 4 or 8 bytes at `p`; the caller checks they are there.
// Thread safety: pure functions.
#ifndef CLAIMCHECK_STORE_FIXED_CODING_H_
#define CLAIMCHECK_STORE_FIXED_CODING_H_

#include <cstdint>
#include <string>

namespace claimcheck {

namespace fixed_coding_internal {

template <typename T>
void Put(std::string* out, T v) {
  for (size_t i = 0; i < sizeof(T); ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

template <typename T>
T Get(const char* p) {
  T v = 0;
  for (size_t i = 0; i < sizeof(T); ++i) {
    v |= static_cast<T>(static_cast<unsigned char>(p[i])) << (8 * i);
  }
  return v;
}

}  // namespace fixed_coding_internal

inline void PutFixed32(std::string* out, uint32_t v) { fixed_coding_internal::Put(out, v); }
inline void PutFixed64(std::string* out, uint64_t v) { fixed_coding_internal::Put(out, v); }
inline uint32_t GetFixed32(const char* p) { return fixed_coding_internal::Get<uint32_t>(p); }
inline uint64_t GetFixed64(const char* p) { return fixed_coding_internal::Get<uint64_t>(p); }

}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_FIXED_CODING_H_
