// HedgeDetector marks the claims a hedge covers as UNVERIFIED: "n'ont pas été vérifiés de
// manière indépendante", "n'a fourni aucune preuve", "could not be independently verified",
// the conditional "aurait tué" (patterns in hedges.tsv). A hedge covers the claims of its own
// sentence; one that points back ("Les rapports...", "ses affirmations", "these claims") or has
// no claim of its own also covers the claims before it in its paragraph — or in the paragraph
// before, when it opens a paragraph.
//
// Thread safety: const methods may be called concurrently.
#ifndef CLAIMCHECK_EXTRACTORS_HEDGE_DETECTOR_H_
#define CLAIMCHECK_EXTRACTORS_HEDGE_DETECTOR_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "extractors/lexicons.h"
#include "extractors/tokenizer.h"

namespace claimcheck {

class HedgeDetector {
 public:
  explicit HedgeDetector(const LanguageLexicon& lexicon) : lex_(lexicon) {}

  // For each claim (by the sentence index it stands in, `claim_sentences`, in text order),
  // the index of the hedge sentence that covers it, or -1 if none does.
  std::vector<int> Cover(const TokenizedText& text,
                                 const std::vector<int>& claim_sentences) const;

  // What an UNVERIFIED flag quotes for hedge sentence `sentence` of `text` (the original of
  // `t.folded`): the whole sentence when it fits in `max_bytes`, else the part of it around the
  // hedge's own words, cut at word boundaries and marked "…" where cut. The quote always holds
  // the words that justify the flag ("without providing evidence" at the end of a long sentence).
  // Costs a search of the sentence for the hedge: callers quote each hedge sentence once.
  std::string Quote(absl::string_view text, const TokenizedText& t, int sentence,
                    size_t max_bytes) const;

 private:
  const LanguageLexicon& lex_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_HEDGE_DETECTOR_H_
