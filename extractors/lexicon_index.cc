// LexiconIndex (lexicons.h): every lexicon's words in one map and one trie of prefixes, so that
// annotating a token for all the tables is one look-up.
#include <algorithm>
#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"
#include "extractors/lexicons.h"

namespace claimcheck {

void LexiconIndex::NumberWords(PhraseTable* table) {
  table->ForEachExactWord([&](const std::string& word) {
    uint32_t& id = exact_[word].word;
    if (id != 0) return;
    id = ++words_;
    digit_words_ |= !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
      return c >= '0' && c <= '9';
    });
  });
  table->UseWordIds([&](absl::string_view word) { return exact_.find(word)->second.word; });
}

void LexiconIndex::AddTable(const PhraseTable& table, int bit) {
  table.ForEachFirstWord([&](const std::string& word, bool prefix) {
    if (prefix) {
      AddPrefix(word, bit);
    } else {
      exact_[word].tables |= uint64_t{1} << bit;
    }
  });
}

void LexiconIndex::AddToClass(const std::string& word, WordClass c, bool french, bool english) {
  uint32_t& entry = exact_[word].entry;
  if (entry == 0) {
    entry = static_cast<uint32_t>(entries_.size());
    entries_.emplace_back();
  }
  WordEntry& e = entries_[entry];
  e.any = e.any | c;
  if (french) e.french = e.french | c;
  if (english) e.english = e.english | c;
}

void LexiconIndex::AddPrefix(const std::string& prefix, int bit) {
  int node = 0;
  for (char c : prefix) {
    int32_t child = trie_[node].next[Symbol(c)];
    if (child == 0) {
      child = static_cast<int32_t>(trie_.size());
      trie_[node].next[Symbol(c)] = child;
      trie_.emplace_back();
    }
    node = child;
  }
  trie_[node].mask |= uint64_t{1} << bit;
}

void LexiconIndex::Finish() {
  for (int b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    single_byte_[b] = SlowMaskOf(absl::string_view(&c, 1));
  }
  finished_ = true;
}

LexiconIndex::Masks LexiconIndex::MaskOf(absl::string_view word) const {
  if (word.size() == 1 && finished_) return single_byte_[static_cast<unsigned char>(word[0])];
  return SlowMaskOf(word);
}

LexiconIndex::Masks LexiconIndex::SlowMaskOf(absl::string_view word) const {
  Masks masks;
  if (auto it = exact_.find(word); it != exact_.end()) masks = it->second;
  int node = 0;
  for (char c : word) {
    node = trie_[node].next[Symbol(c)];
    if (node == 0) break;
    masks.tables |= trie_[node].mask;
  }
  return masks;
}

}  // namespace claimcheck
