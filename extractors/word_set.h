// WordSet: a fixed set of folded words written in the code, for grammar words too few and too
// closed to be a lexicon file ("le", "the", weekdays). Look-up is one hash, whatever the size.
//
// Usage:
//   static const WordSet* const kDeterminers = new WordSet({"le", "la", "the"});
//   if (kDeterminers->contains(word)) ...
//
// Thread safety: immutable after construction.
#ifndef CLAIMCHECK_EXTRACTORS_WORD_SET_H_
#define CLAIMCHECK_EXTRACTORS_WORD_SET_H_

#include <initializer_list>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"

namespace claimcheck {

class WordSet {
 public:
  // The words must outlive the set: string literals.
  WordSet(std::initializer_list<absl::string_view> words) : words_(words) {}
  bool contains(absl::string_view word) const { return words_.contains(word); }

 private:
  absl::flat_hash_set<absl::string_view> words_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_WORD_SET_H_
