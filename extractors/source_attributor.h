// SourceAttributor finds who says each figure. It reads every sentence for a verb of saying
// ("X a déclaré que", "..., a indiqué X", "X said", "..., said X") or a preposition of
// attribution ("selon X", "according to X"), takes the speaker's words, and resolves pronouns
// ("selon lui", "a-t-il déclaré", "précise-t-elle", "it said") to the speaker named before: the
// sentence's own subject when it is a speaker, else the last speaker named in the article.
// "The ministry", "l'organisation" point back to the last speaker of that kind; a report
// ("selon le bilan publié par X", "annoncé par X") gives way to whoever published it; a
// mid-sentence "selon X" vouches for the figures before it.
// The speaker's canonical id and party come from sources.tsv (longest alias in the speaker's
// words), else from parties.tsv, else from the country the sentence names.
//
// Usage:
//   SourceAttributor sources(*lexicons, lexicons->ForLanguage(lang), tokens, article.text());
//   SpeakerOfNumber who = sources.For(sentence_index, number_token);
//
// Thread safety: const methods may be called concurrently.
#ifndef CLAIMCHECK_EXTRACTORS_SOURCE_ATTRIBUTOR_H_
#define CLAIMCHECK_EXTRACTORS_SOURCE_ATTRIBUTOR_H_

#include <string>
#include <vector>

#include "claimcheck/v1/claimcheck.pb.h"
#include "extractors/lexicons.h"
#include "extractors/tokenizer.h"

namespace claimcheck {

struct SpeakerOfNumber {
  // Owned by the SourceAttributor (valid while it lives); null when nobody is named.
  const v1::Source* source = nullptr;
  int speaker_begin = -1;    // tokens of the speaker's words in this sentence, if there
  int speaker_end = -1;
  bool earlier = false;      // the sentence marks the figure as superseded ("précédemment")
};

class SourceAttributor {
 public:
  // All references must outlive the attributor. Reads the whole article once.
  SourceAttributor(const Lexicons& lexicons, const LanguageLexicon& language,
                   const TokenizedText& text, absl::string_view original);

  // The source of a number at token `number` in sentence `sentence`.
  SpeakerOfNumber For(int sentence, int number) const;

 private:
  struct Attribution {
    int cue = 0;             // token of the verb or preposition
    int speaker_begin = -1;  // tokens of the speaker as written
    int speaker_end = -1;
    bool speaker_after = false;  // "..., a indiqué le ministère": covers what comes before
    bool whole_sentence = false; // "selon X"
    // Said before the time of the article: "avait annoncé", "had put the toll", "recensait".
    bool past = false;
    v1::Source source;
  };
  // True when the verb of saying at `verb` reports in the pluperfect or the imperfect.
  bool PastReport(int verb) const;
  void AnalyzeSentence(int index);
  // "« 31 000 soldats ont été tués. Pas 300 000 », a déclaré le président": the sentences of a
  // quotation that runs over several are the speaker's named after its closing mark.
  void CarryQuotedSpeakers();
  // "Pour l'analyste Michael Kofman, ...": someone's view opening sentence s.
  bool OpinionOpener(const Sentence& s, int* begin, int* end) const;
  bool FindPreverbalSpeaker(const Sentence& s, int verb, int* begin, int* end, bool* aux) const;
  // "X, deputy head of ..., said", "X, speaking on condition of anonymity, told": the speaker
  // before the parenthesis that ends at `comma`, with the parenthesis if it is a title.
  bool SpeakerBeforeParenthesis(const Sentence& s, int comma, int* begin, int* end) const;
  void FindSpeakerAfter(const Sentence& s, int from, int* begin, int* end) const;
  int SegmentStart(const Sentence& s, int end) const;
  bool IsNameSegment(int begin, int end) const;
  bool IsStop(int i) const;
  // An adverb or time word between a speaker and the verb ("a également déclaré").
  bool IsInterposed(int i) const;
  bool IsPronoun(int begin, int end) const;
  // Whether token i is a number word of this language that is no article ("deux", not "un").
  bool IsCountWord(int i) const;
  bool HasCue(int begin, int end, CueKind kind) const;
  // Rejects words that cannot be a speaker: "contre 63", "dans la nuit".
  bool LooksLikeSpeaker(int begin, int end) const;
  // A title before a name in apposition: "Le chef de Wagner, Yevgeny Prigozhin".
  bool IsTitle(int begin, int end) const;
  // The subject of sentence s, if it names a speaker: "Le ministère ... a porté à 89 ...".
  bool SentenceSubject(const Sentence& s, int* begin, int* end) const;
  // "le responsable", "l'agence onusienne", "the ministry": a speaker named before, if any.
  const v1::Source* Antecedent(int begin, int end) const;
  std::string OriginalText(int begin, int end) const;
  // Fills canonical id and party for a speaker's words in sentence s.
  void Canonicalize(const Sentence& s, int begin, int end, v1::Source* source) const;
  // The speaker a pronoun at token `at` of sentence s stands for.
  v1::Source ResolvePronoun(const Sentence& s, int at) const;

  const Lexicons& lex_;
  const LanguageLexicon& lang_;
  const TokenizedText& text_;
  absl::string_view original_;
  std::vector<std::vector<Attribution>> by_sentence_;
  std::vector<std::vector<int>> earlier_;  // per sentence: tokens marking an earlier figure
  std::vector<std::string> channel_;  // per sentence
  // Speakers named so far, in text order, as (sentence, attribution) in by_sentence_.
  std::vector<std::pair<int, int>> named_;
  const v1::Source& Named(size_t k) const {
    return by_sentence_[named_[k].first][named_[k].second].source;
  }
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_SOURCE_ATTRIBUTOR_H_
