#include "extractors/hedge_detector.h"

#include <algorithm>

#include "absl/container/flat_hash_set.h"

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

}  // namespace claimcheck
