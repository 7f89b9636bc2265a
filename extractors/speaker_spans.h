// SpeakerSpans finds, in one sentence, the words that name who speaks: the subject before a verb
// of saying ("Le ministère russe de la Défense a indiqué"), the words after it ("..., a indiqué le
// ministère"), a name in apposition ("Le gouverneur, Oleksii Kuleba, a déclaré"), the speaker
// before an aside ("X, deputy head of ..., said"), a sentence's subject when it is a speaker. It
// finds spans of tokens only; SourceAttributor decides who they stand for.
//
// Usage:
//   const SpeakerSpans spans(lexicons, lexicons.ForLanguage(language), tokens);
//   int begin, end;
//   bool aux;
//   if (spans.FindPreverbalSpeaker(sentence, verb, &begin, &end, &aux)) { ... }
//
// Thread safety: const methods may be called concurrently.
#ifndef CLAIMCHECK_EXTRACTORS_SPEAKER_SPANS_H_
#define CLAIMCHECK_EXTRACTORS_SPEAKER_SPANS_H_

#include "extractors/lexicons.h"
#include "extractors/tokenizer.h"

namespace claimcheck {

class SpeakerSpans {
 public:
  // All references must outlive this.
  SpeakerSpans(const Lexicons& lexicons, const LanguageLexicon& language,
               const TokenizedText& text);

  // The subject before the verb at token `verb`: tokens [*begin, *end). *aux is set when an
  // auxiliary stands between them ("X a déclaré").
  bool FindPreverbalSpeaker(const Sentence& s, int verb, int* begin, int* end, bool* aux) const;
  // "X, deputy head of ..., said", "X, speaking on condition of anonymity, told": the speaker
  // before the parenthesis that ends at `comma`, with the parenthesis if it is a title.
  bool SpeakerBeforeParenthesis(const Sentence& s, int comma, int* begin, int* end) const;
  // The speaker's words after token `from` ("..., a indiqué le ministère dans un communiqué").
  void FindSpeakerAfter(const Sentence& s, int from, int* begin, int* end) const;
  // The subject of sentence s, if it names a speaker: "Le ministère ... a porté à 89 ...".
  bool SentenceSubject(const Sentence& s, int* begin, int* end) const;
  // "Pour l'analyste Michael Kofman, ...": someone's view opening sentence s.
  bool OpinionOpener(const Sentence& s, int* begin, int* end) const;
  // The first token of the words ending at `end` that may name a speaker.
  int SegmentStart(const Sentence& s, int end) const;
  // Capitalised words and name particles only: "Oleksii Kuleba", "Ursula von der Leyen".
  bool IsNameSegment(int begin, int end) const;
  // Rejects words that cannot be a speaker: "contre 63", "dans la nuit".
  bool LooksLikeSpeaker(int begin, int end) const;
  // Whether words [begin, end) name someone: a source of the lexicons, a noun of speakers or a
  // capitalised name ("the Interior Ministry", "Pavlo Kyrylenko"; not "l'attaque").
  bool NamesSomeone(int begin, int end) const;
  // A title before a name in apposition: "Le chef de Wagner, Yevgeny Prigozhin".
  bool IsTitle(int begin, int end) const;

  // True when the verb of saying at `verb` reports in the pluperfect or the imperfect.
  bool PastReport(int verb) const;
  // Punctuation and clause openers that end a speaker's words.
  bool IsStop(int i) const;
  // An adverb or time word between a speaker and the verb ("a également déclaré").
  bool IsInterposed(int i) const;
  bool IsPronoun(int begin, int end) const;
  // Whether a cue of `kind` starts at a token of [begin, end).
  bool HasCue(int begin, int end, CueKind kind) const;
  // Whether token i is a number word of this language that is no article ("deux", not "un").
  bool IsCountWord(int i) const;

 private:
  // FindPreverbalSpeaker's steps: the last word of the subject before `verb`, past auxiliaries,
  // asides, adverbs and clitics ("a pour sa part déjà évoqué"); then past a relative clause
  // ("The AAPP, which tracks killings, said"). Below s.begin when there is none.
  // The first token of a subject [begin, end) after a day that opens it ("On Saturday evening
  // the agency"); `begin` if none does.
  int SkipDayOpening(int begin, int end) const;
  int LastWordOfSubject(const Sentence& s, int verb, bool* aux) const;
  int SkipRelativeClause(const Sentence& s, int k) const;

  const Lexicons& lex_;
  const LanguageLexicon& lang_;
  const TokenizedText& text_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_SPEAKER_SPANS_H_
