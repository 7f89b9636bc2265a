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
#include "absl/functional/function_ref.h"
#include "absl/strings/string_view.h"
#include "extractors/tokenizer.h"

namespace claimcheck {

class PhraseTable {
 public:
  struct Match {
    int payload = 0;
    int num_tokens = 0;
  };

  // The rules that split phrases into words ("plus d'" is "plus", "d'"); without them no word
  // keeps an apostrophe. `rules` must outlive the table; set it before Add.
  void set_token_rules(const TokenRules* rules) { token_rules_ = rules; }

  // Adds `phrase` (any case and accents; folded here). Returns false for an empty phrase.
  bool Add(absl::string_view phrase, int payload);

  // The longest phrase that starts at token `i`. Inline up to the mask test: the passes ask at
  // nearly every token, and nearly every token starts no phrase of the table asked.
  std::optional<Match> LongestAt(const TokenizedText& text, int i) const {
    if (i < 0 || i >= text.size() || !MayStartAt(text, i)) return std::nullopt;
    return LongestAtMasked(text, i);
  }

  // The longest phrase that ends just before token `end` and starts at or after `min_begin`.
  std::optional<Match> LongestEndingAt(const TokenizedText& text, int end, int min_begin) const;

  int max_tokens() const { return max_tokens_; }

  // Lexicons gives each table a bit in TokenizedText::lexicon_mask: a token whose bit is clear
  // starts no phrase of this table, and look-ups there return at once. -1: always look.
  void set_mask_bit(int bit) { mask_bit_ = bit; }
  int mask_bit() const { return mask_bit_; }

  // Calls fn(first_word, is_prefix) for every entry's first word.
  template <typename Fn>
  void ForEachFirstWord(Fn fn) const {
    for (const Entry& e : entries_) fn(e.words.front().text, e.words.front().prefix);
  }

  // Calls fn(word) for every word of every entry that is not a prefix.
  template <typename Fn>
  void ForEachExactWord(Fn fn) const {
    for (const Entry& e : entries_) {
      for (const Word& w : e.words) {
        if (!w.prefix) fn(w.text);
      }
    }
  }

  // Lexicons numbers every exact word of its tables (TokenizedText::word_ids) once all are
  // added: then a look-up in an annotated text compares ids, not bytes, and finds its
  // candidates without hashing a string. `id_of` gives each word's id (never 0).
  void UseWordIds(absl::FunctionRef<uint32_t(absl::string_view)> id_of);

 private:
  struct Word {
    std::string text;
    bool prefix = false;  // '*' wildcard: matches tokens that begin with `text`
    uint32_t id = 0;      // UseWordIds(); 0 before, and for a prefix
  };
  struct Entry {
    std::vector<Word> words;
    int payload = 0;
  };

  // Entries whose first word is a prefix ("neutralis*"), in a byte trie: one walk along a
  // token finds every prefix it starts with, with no hashing.
  struct TrieNode {
    std::vector<std::pair<char, int>> next;  // byte -> child node
    std::vector<int> entries;                // entries whose prefix ends here
  };

  bool WordMatches(const Word& w, absl::string_view token) const;
  bool EntryMatchesAt(const Entry& e, const TokenizedText& text, int i) const;
  template <typename Fn>
  void ForEachCandidate(const TokenizedText& text, int i, Fn fn) const;
  std::optional<Match> LongestAtMasked(const TokenizedText& text, int i) const;
  // True when `text` carries word ids this table can compare with.
  bool ByIds(const TokenizedText& text) const { return ids_ && !text.word_ids.empty(); }

  std::vector<Entry> entries_;
  absl::flat_hash_map<std::string, std::vector<int>> by_first_word_;
  // by_first_word_ by word id, once UseWordIds() ran.
  absl::flat_hash_map<uint32_t, std::vector<int>> by_first_id_;
  bool ids_ = false;
  bool has_prefix_entries_ = false;
  std::vector<TrieNode> prefix_trie_ = std::vector<TrieNode>(1);  // node 0 is the root
  int max_tokens_ = 0;
  int mask_bit_ = -1;
  const TokenRules* token_rules_ = nullptr;

  bool MayStartAt(const TokenizedText& text, int i) const {
    return mask_bit_ < 0 || text.lexicon_mask.empty() ||
           ((text.lexicon_mask[i] >> mask_bit_) & 1u) != 0;
  }
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_PHRASE_TABLE_H_
