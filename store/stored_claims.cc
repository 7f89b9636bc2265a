#include "store/stored_claims.h"

namespace claimcheck {

uint8_t StoredClaims::ContestedBit(int kind) {
  switch (kind) {
    case v1::CONFLICT: return 1;
    case v1::REVISION: return 2;
    case v1::INCONSISTENT: return 4;
    default: return 0;
  }
}

uint8_t StoredClaims::ContestedMask(const std::vector<v1::Flag>& flags) {
  uint8_t mask = 0;
  for (const v1::Flag& f : flags) mask |= ContestedBit(f.kind());
  return mask;
}

}  // namespace claimcheck
