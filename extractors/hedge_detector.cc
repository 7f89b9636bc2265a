#include "extractors/hedge_detector.h"

#include <algorithm>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"

namespace claimcheck {
namespace {

// Marks every sentence where a hedge pattern matches, in `back` or `own` by the pattern's
// scope: one scan over the whole text (after a match the scan resumes at the next sentence).
void MarkSentences(const TokenizedText& t, const RE2& hedges, std::vector<bool>* back,
                   std::vector<bool>* own) {
  const std::string& text = t.folded->text();
  const re2::StringPiece all(text);
  size_t pos = 0;
  re2::StringPiece groups[3];
  while (pos < text.size() && hedges.Match(all, pos, text.size(), RE2::UNANCHORED, groups, 3)) {
    const uint32_t at = static_cast<uint32_t>(groups[0].data() - text.data());
    // The token holding the match's first byte, and its sentence.
    auto token = std::upper_bound(
        t.tokens.begin(), t.tokens.end(), at,
        [](uint32_t offset, const Token& tok) { return offset < tok.begin; });
    if (token == t.tokens.begin()) {
      pos = at + std::max<size_t>(1, groups[0].size());
      continue;
    }
    const int sentence = t.sentence_of[(token - t.tokens.begin()) - 1];
    if (groups[1].data() != nullptr) {
      (*back)[sentence] = true;  // the strongest mark: nothing more to learn from this sentence
      const Sentence& s = t.sentences[sentence];
      pos = std::max<size_t>(t.tokens[s.end - 1].end, at + 1);
    } else {
      (*own)[sentence] = true;  // a reaching-back hedge may still follow in the sentence
      pos = at + std::max<size_t>(1, groups[0].size());
    }
  }
}

}  // namespace

std::vector<int> HedgeDetector::Cover(const TokenizedText& t,
                                              const std::vector<int>& claim_sentences) const {
  std::vector<int> cover(claim_sentences.size(), -1);
  if (claim_sentences.empty()) return cover;
  absl::flat_hash_set<int> with_claims(claim_sentences.begin(), claim_sentences.end());
  std::vector<bool> covered_back(claim_sentences.size(), false);
  // The first sentence of each sentence's paragraph.
  std::vector<int> paragraph_first(t.sentences.size(), 0);
  for (int si = 1; si < static_cast<int>(t.sentences.size()); ++si) {
    paragraph_first[si] = t.sentences[si].paragraph == t.sentences[si - 1].paragraph
                              ? paragraph_first[si - 1]
                              : si;
  }
  std::vector<bool> hedged_back(t.sentences.size(), false);
  std::vector<bool> hedged_own(t.sentences.size(), false);
  if (lex_.hedges) MarkSentences(t, *lex_.hedges, &hedged_back, &hedged_own);
  for (int si = 0; si < static_cast<int>(t.sentences.size()); ++si) {
    const Sentence& s = t.sentences[si];
    const bool back = hedged_back[si];
    if (!back && !hedged_own[si]) continue;
    bool points_back = false;
    if (back) {
      for (int i = s.begin; i < s.end && !points_back; ++i) {
        auto cue = lex_.cues.LongestAt(t, i);
        points_back = cue && lex_.cue_entries[cue->payload].kind == CueKind::kBackref;
      }
      points_back = points_back || !with_claims.contains(si);
    }
    // The first sentence the hedge reaches back to.
    int first = si;
    if (points_back) {
      first = paragraph_first[si];
      if (first == si && si > 0) first = paragraph_first[si - 1];
    }
    // Claims are in text order: walk back from the hedge's sentence. A claim a reaching-back
    // hedge already covers means every claim before it in reach is covered too; stopping there
    // keeps a paragraph of many hedges linear.
    auto it = std::upper_bound(claim_sentences.begin(), claim_sentences.end(), si);
    while (it != claim_sentences.begin()) {
      --it;
      const size_t c = it - claim_sentences.begin();
      if (*it < first) break;
      if (covered_back[c]) break;
      if (cover[c] < 0) cover[c] = si;
      covered_back[c] = points_back;
    }
  }
  return cover;
}

std::string HedgeDetector::Quote(absl::string_view text, const TokenizedText& t, int sentence,
                                 size_t max_bytes) const {
  const Sentence& s = t.sentences[sentence];
  const FoldedText& folded = *t.folded;
  const uint32_t begin = folded.OriginalOffset(t.tokens[s.begin].begin);
  const uint32_t end = folded.OriginalOffset(t.tokens[s.end - 1].end);
  if (end - begin <= max_bytes) return std::string(text.substr(begin, end - begin));

  // The hedge's words, found again within the sentence (Cover only keeps which sentence).
  uint32_t hedge_begin = begin, hedge_end = begin;
  re2::StringPiece match;
  if (lex_.hedges && lex_.hedges->Match(folded.text(), t.tokens[s.begin].begin,
                                        t.tokens[s.end - 1].end, RE2::UNANCHORED, &match, 1)) {
    const uint32_t at = static_cast<uint32_t>(match.data() - folded.text().data());
    hedge_begin = folded.OriginalOffset(at);
    hedge_end = folded.OriginalOffset(at + static_cast<uint32_t>(match.size()));
  }
  // A window of max_bytes around the hedge, as much of the sentence before it as after, moved
  // inside the sentence when it runs past an end.
  const uint32_t room = max_bytes > hedge_end - hedge_begin
                            ? static_cast<uint32_t>(max_bytes) - (hedge_end - hedge_begin)
                            : 0;
  uint32_t from = hedge_begin > begin + room / 2 ? hedge_begin - room / 2 : begin;
  uint32_t to = std::min(end, std::max(hedge_end, from + static_cast<uint32_t>(max_bytes)));
  if (to == end) from = std::max(begin, std::min(hedge_begin, end - static_cast<uint32_t>(max_bytes)));
  // Whole words only: the first token starting at or after `from`, the last ending by `to`.
  // Binary searches: a "sentence" may run for a megabyte.
  const auto sentence_begin = t.tokens.begin() + s.begin, sentence_end = t.tokens.begin() + s.end;
  const auto first = std::partition_point(sentence_begin, sentence_end - 1, [&](const Token& tok) {
    return folded.OriginalOffset(tok.begin) < from;
  });
  const auto past = std::partition_point(first, sentence_end, [&](const Token& tok) {
    return folded.OriginalOffset(tok.end) <= to;
  });
  const auto last = past == first ? first : past - 1;
  const uint32_t quote_begin = std::min(folded.OriginalOffset(first->begin), hedge_begin);
  const uint32_t quote_end = std::max(folded.OriginalOffset(last->end), hedge_end);
  return absl::StrCat(quote_begin > begin ? "…" : "",
                      text.substr(quote_begin, quote_end - quote_begin),
                      quote_end < end ? "…" : "");
}

}  // namespace claimcheck
