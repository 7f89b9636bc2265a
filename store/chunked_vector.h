// ChunkedVector is a vector that grows by fixed-size chunks: an element never moves once added,
// and growing never copies what is there nor holds two copies of it at once. The store keeps a
// million claims in one: a std::vector of them would, while doubling, need the old and the new
// array together (1.5x the claims' bytes in the process's peak, and slack of up to 2x after).
//
// Usage:
//   ChunkedVector<StoredClaim> claims;
//   StoredClaim& c = claims.emplace_back();
//   claims[0].seq = 1;
//
// Thread safety: thread-compatible, like std::vector.
#ifndef CLAIMCHECK_STORE_CHUNKED_VECTOR_H_
#define CLAIMCHECK_STORE_CHUNKED_VECTOR_H_

#include <cstddef>
#include <memory>
#include <vector>

namespace claimcheck {

template <typename T, size_t kChunk = 4096>
class ChunkedVector {
 public:
  ChunkedVector() = default;
  ChunkedVector(const ChunkedVector&) = delete;
  ChunkedVector& operator=(const ChunkedVector&) = delete;

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

  T& operator[](size_t i) { return chunks_[i / kChunk][i % kChunk]; }
  const T& operator[](size_t i) const { return chunks_[i / kChunk][i % kChunk]; }

  // Adds a value-initialized element at the end; references to the others stay valid.
  T& emplace_back() {
    if (size_ == chunks_.size() * kChunk) chunks_.push_back(std::make_unique<T[]>(kChunk));
    return (*this)[size_++];
  }

 private:
  std::vector<std::unique_ptr<T[]>> chunks_;
  size_t size_ = 0;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_CHUNKED_VECTOR_H_
