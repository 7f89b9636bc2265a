// PlaceResolver finds where a claim happened: a gazetteer place in its sentence (aliases and
// transliterations folded to one canonical name: Makiïvka, Makeïevka, Makeyevka -> Makiivka),
// else an unknown capitalised name after "à", "près de", "in", "at", "near", else the article's
// main place (named at least twice), with lower confidence.
//
// A capital is often its government ("Moscou a déclaré", "les forces de Kiev"): it counts as a
// place only after a preposition of place or "région de"/"ville de".
//
// Usage:
//   PlaceResolver places(*lexicons, tokens);       // scans the article once
//   v1::Location where = places.For(sentence_index, number_token, excluded_tokens);
//
// Thread safety: const methods may be called concurrently.
#ifndef CLAIMCHECK_EXTRACTORS_PLACE_RESOLVER_H_
#define CLAIMCHECK_EXTRACTORS_PLACE_RESOLVER_H_

#include <string>
#include <vector>

#include "claimcheck/v1/claimcheck.pb.h"
#include "extractors/lexicons.h"
#include "extractors/tokenizer.h"

namespace claimcheck {

class PlaceResolver {
 public:
  // `lexicons` and `text` must outlive the resolver.
  PlaceResolver(const Lexicons& lexicons, const LanguageLexicon& language,
                const TokenizedText& text, absl::string_view original);
  PlaceResolver(const PlaceResolver&) = delete;
  PlaceResolver& operator=(const PlaceResolver&) = delete;

  // The place for a number at token `number` of sentence `sentence`. Places inside tokens
  // [skip_begin, skip_end) (the speaker's words) are not used.
  v1::Location For(int sentence, int number, int skip_begin, int skip_end) const;

 private:
  struct PlaceMention {
    int begin = 0;
    int end = 0;
    int entry = -1;          // index into Lexicons::place_entries; -1 for an unknown name
    bool locative = false;   // after à, sur, dans, près de, in, at, région de...
    std::string text;        // as written
  };
  bool IsLocative(int begin) const;
  // Only these introduce a name no gazetteer knows: "à Kourakhové", "near Vovchansk".
  bool IntroducesUnknownPlace(int begin) const;
  v1::Location ToLocation(const PlaceMention& p, float confidence) const;

  const Lexicons& lex_;
  const LanguageLexicon& lang_;
  const TokenizedText& text_;
  absl::string_view original_;
  std::vector<std::vector<PlaceMention>> by_sentence_;
  const PlaceMention* main_place_ = nullptr;  // the article's main place, first mention
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_PLACE_RESOLVER_H_
