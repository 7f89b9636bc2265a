// CRC-32C (Castagnoli), the checksum of the store's log and snapshot records. Written here
// because Debian's Abseil 20220623 predates absl/crc.
//
// Usage:
//   uint32_t crc = crc32c::Value(data.data(), data.size());
//   uint32_t stored = crc32c::Mask(crc);  // what goes on disk
//
// Thread safety: pure functions.
#ifndef CLAIMCHECK_STORE_CRC32C_H_
#define CLAIMCHECK_STORE_CRC32C_H_

#include <cstddef>
#include <cstdint>

namespace claimcheck {
namespace crc32c {

// The CRC-32C of data[0, n), continuing from `init_crc` (the CRC of what came before).
uint32_t Extend(uint32_t init_crc, const char* data, size_t n);
inline uint32_t Value(const char* data, size_t n) { return Extend(0, data, n); }

// A CRC stored next to data that itself contains CRCs is masked (as LevelDB does), so the CRC of
// a string holding its own CRC is not trivially predictable.
inline uint32_t Mask(uint32_t crc) { return ((crc >> 15) | (crc << 17)) + 0xa282ead8u; }
inline uint32_t Unmask(uint32_t masked) {
  const uint32_t rot = masked - 0xa282ead8u;
  return (rot >> 17) | (rot << 15);
}

}  // namespace crc32c
}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_CRC32C_H_
