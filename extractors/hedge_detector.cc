#include "extractors/hedge_detector.h"

#include <algorithm>

#include "absl/container/flat_hash_set.h"

namespace claimcheck {
namespace {

re2::StringPiece SentenceText(const TokenizedText& t, const Sentence& s) {
  const uint32_t begin = t.tokens[s.begin].begin;
  const uint32_t end = t.tokens[s.end - 1].end;
  return re2::StringPiece(t.folded->text().data() + begin, end - begin);
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
  for (int si = 0; si < static_cast<int>(t.sentences.size()); ++si) {
    const Sentence& s = t.sentences[si];
    const re2::StringPiece text = SentenceText(t, s);
    const bool back = lex_.hedges_back && RE2::PartialMatch(text, *lex_.hedges_back);
    const bool own = back || (lex_.hedges_sentence && RE2::PartialMatch(text, *lex_.hedges_sentence));
    if (!own) continue;
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
