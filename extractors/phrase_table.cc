#include "extractors/phrase_table.h"

#include <algorithm>

#include "absl/strings/str_split.h"
#include "extractors/folded_text.h"

namespace claimcheck {

bool PhraseTable::Add(absl::string_view phrase, int payload) {
  Entry entry;
  entry.payload = payload;
  for (absl::string_view raw : absl::StrSplit(phrase, ' ', absl::SkipWhitespace())) {
    const bool prefix = raw.size() > 1 && raw.back() == '*';
    if (prefix) raw.remove_suffix(1);
    const FoldedText folded = FoldedText::Fold(raw);
    static const TokenRules* const kNoRules = new TokenRules();
    const std::vector<Token> tokens =
        TokenizeWords(folded, token_rules_ != nullptr ? *token_rules_ : *kNoRules);
    for (size_t k = 0; k < tokens.size(); ++k) {
      Word w;
      w.text = folded.text().substr(tokens[k].begin, tokens[k].end - tokens[k].begin);
      w.prefix = prefix && k + 1 == tokens.size();
      entry.words.push_back(std::move(w));
    }
  }
  if (entry.words.empty()) return false;
  const int index = static_cast<int>(entries_.size());
  const Word& first = entry.words.front();
  if (first.prefix) {
    has_prefix_entries_ = true;
    int node = 0;
    for (char c : first.text) {
      int child = -1;
      for (const auto& [byte, to] : prefix_trie_[node].next) {
        if (byte == c) child = to;
      }
      if (child < 0) {
        child = static_cast<int>(prefix_trie_.size());
        prefix_trie_[node].next.emplace_back(c, child);
        prefix_trie_.emplace_back();
      }
      node = child;
    }
    prefix_trie_[node].entries.push_back(index);
  } else {
    // Longest phrases first: LongestAt can stop at the first that matches.
    std::vector<int>& list = by_first_word_[first.text];
    auto at = std::find_if(list.begin(), list.end(), [&](int other) {
      return entries_[other].words.size() < entry.words.size();
    });
    list.insert(at, index);
  }
  max_tokens_ = std::max<int>(max_tokens_, entry.words.size());
  entries_.push_back(std::move(entry));
  return true;
}

void PhraseTable::UseWordIds(absl::FunctionRef<uint32_t(absl::string_view)> id_of) {
  for (Entry& e : entries_) {
    for (Word& w : e.words) w.id = w.prefix ? 0 : id_of(w.text);
  }
  by_first_id_.clear();
  for (const auto& [word, entries] : by_first_word_) by_first_id_[id_of(word)] = entries;
  ids_ = true;
}

bool PhraseTable::WordMatches(const Word& w, absl::string_view token) const {
  if (w.prefix) return token.size() >= w.text.size() && token.substr(0, w.text.size()) == w.text;
  return token == w.text;
}

bool PhraseTable::EntryMatchesAt(const Entry& e, const TokenizedText& text, int i) const {
  if (i + static_cast<int>(e.words.size()) > text.size()) return false;
  // The first word matched already: candidates are found by it.
  const bool by_ids = ByIds(text);
  for (size_t k = 1; k < e.words.size(); ++k) {
    const Word& w = e.words[k];
    const int at = i + static_cast<int>(k);
    if (by_ids && !w.prefix) {
      if (text.word_ids[at] != w.id) return false;
    } else if (!WordMatches(w, text.Text(at))) {
      return false;
    }
  }
  return true;
}

template <typename Fn>
void PhraseTable::ForEachCandidate(const TokenizedText& text, int i, Fn fn) const {
  if (ByIds(text)) {
    // A token no table knows has id 0, and no entry has.
    const uint32_t id = text.word_ids[i];
    if (auto it = id == 0 ? by_first_id_.end() : by_first_id_.find(id);
        it != by_first_id_.end()) {
      for (int index : it->second) fn(entries_[index]);
    }
  } else if (auto it = by_first_word_.find(text.Text(i)); it != by_first_word_.end()) {
    for (int index : it->second) fn(entries_[index]);
  }
  if (!has_prefix_entries_) return;
  const absl::string_view first_token = text.Text(i);
  int node = 0;
  for (char c : first_token) {
    int child = -1;
    for (const auto& [byte, to] : prefix_trie_[node].next) {
      if (byte == c) {
        child = to;
        break;
      }
    }
    if (child < 0) return;
    node = child;
    for (int index : prefix_trie_[node].entries) fn(entries_[index]);
  }
}

std::optional<PhraseTable::Match> PhraseTable::LongestAtMasked(const TokenizedText& text,
                                                               int i) const {
  std::optional<Match> best;
  ForEachCandidate(text, i, [&](const Entry& e) {
    const int n = static_cast<int>(e.words.size());
    if ((!best || n > best->num_tokens) && EntryMatchesAt(e, text, i)) best = Match{e.payload, n};
  });
  return best;
}

std::optional<PhraseTable::Match> PhraseTable::LongestEndingAt(const TokenizedText& text, int end,
                                                               int min_begin) const {
  for (int begin = std::max(min_begin, end - max_tokens_); begin < end; ++begin) {
    if (begin < 0 || !MayStartAt(text, begin)) continue;
    std::optional<Match> found;
    ForEachCandidate(text, begin, [&](const Entry& e) {
      if (!found && begin + static_cast<int>(e.words.size()) == end &&
          EntryMatchesAt(e, text, begin)) {
        found = Match{e.payload, end - begin};
      }
    });
    if (found) return found;  // the earliest begin is the longest phrase
  }
  return std::nullopt;
}

}  // namespace claimcheck
