// PhraseTable finds lexicon phrases (one or more words) in a tokenized text. A word ending in
// '*' matches any token that begins with it ("neutralis*" matches "neutralises").
//
// Usage:
//   PhraseTable table;
//   table.Add("au moins", /*payload=*/3);
//   if (auto m = table.LongestAt(tokens, i)) { ... m->payload, m->num_tokens ... }
//
// Thread safety: build with Add() on one thread; const methods may then run concurrently.
#ifndef CLAIMCHECK_EXTRACTORS_PHRASE_TABLE_H_
#define CLAIMCHECK_EXTRACTORS_PHRASE_TABLE_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "extractors/tokenizer.h"

namespace claimcheck {

class PhraseTable {
 public:
  struct Match {
    int payload = 0;
    int num_tokens = 0;
  };

  // Adds `phrase` (any case and accents; folded here). Returns false for an empty phrase.
  bool Add(absl::string_view phrase, int payload);

  // The longest phrase that starts at token `i`.
  std::optional<Match> LongestAt(const TokenizedText& text, int i) const;

  // The longest phrase that ends just before token `end` and starts at or after `min_begin`.
  std::optional<Match> LongestEndingAt(const TokenizedText& text, int end, int min_begin) const;

  int max_tokens() const { return max_tokens_; }

 private:
  struct Word {
    std::string text;
    bool prefix = false;  // '*' wildcard: matches tokens that begin with `text`
  };
  struct Entry {
    std::vector<Word> words;
    int payload = 0;
  };

  bool WordMatches(const Word& w, absl::string_view token) const;
  bool EntryMatchesAt(const Entry& e, const TokenizedText& text, int i) const;
  template <typename Fn>
  void ForEachCandidate(absl::string_view first_token, Fn fn) const;

  std::vector<Entry> entries_;
  absl::flat_hash_map<std::string, std::vector<int>> by_first_word_;
  absl::flat_hash_map<std::string, std::vector<int>> by_first_prefix_;
  int min_prefix_ = 1 << 20;
  int max_prefix_ = 0;
  int max_tokens_ = 0;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_PHRASE_TABLE_H_
