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
#include "extractors/speaker_spans.h"
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
  // Who tokens [begin, end) of sentence `sentence` name as a speaker with no verb of their own
  // ("..., la préfecture de police 81 000"): a pronoun's or a reference's antecedent, else the
  // words themselves with their canonical id. Its cue is that of the attribution before them.
  v1::Source SpeakerAt(int sentence, int begin, int end) const;

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
  // Reads sentence `index`: its attributions, earlier-figure markers and channel.
  void AnalyzeSentence(int index);
  // AnalyzeSentence's steps. Those named Add... record an attribution; ReadCue and the Add...
  // that read a cue return the last token they read.
  void AddOpinionOpener(int index);
  int ReadCue(int index, int i, const PhraseTable::Match& cue);
  // Whether the verb of saying at `verb` is used as one: not an adjective or a noun ("the
  // confirmed toll", "reports of 320 dead").
  bool ActsAsVerb(int verb, int cue_end) const;
  // Whether sentence `index` names a speaker before token `after` or by a cue in the few tokens
  // after it: a verb of doing (act_verbs.tsv) then gives no speaker of its own.
  bool OtherSpeakerIn(int index, int after) const;
  // "with the governor saying", "..., affirmant avoir tué": the participle's speaker.
  bool ParticipleSpeaker(const Sentence& s, int i, Attribution* a) const;
  // "selon X", "according to X" (and "selon le bilan publié par X").
  bool PrepositionSpeaker(const Sentence& s, int i, int cue_end, Attribution* a) const;
  int AddAuxPronoun(int index, int i, int cue_end);  // "a-t-il déclaré"
  int AddJoinedPronoun(int index, int verb, int cue_end);  // "précise-t-elle"; -1 if none
  // The speaker of a verb of saying: the agent of a passive, a speaker after the verb, or the
  // subject before it. False when there is none, or when the verb shares the attribution before
  // it (recorded; *last is set).
  bool VerbSpeaker(int index, int verb, int cue_end, Attribution* a, int* last);
  bool PassiveAgent(const Sentence& s, int verb, int cue_end, Attribution* a) const;
  // "..., a indiqué le ministère": `before` is the token before the verb and its auxiliary.
  bool InvertedSpeaker(const Sentence& s, int verb, int cue_end, int before,
                       Attribution* a) const;
  bool PreverbalSpeaker(int index, int verb, int cue_end, Attribution* a, int* last);
  // Names the speaker of `a` (a pronoun, an antecedent, or its own words) and records it.
  int AddSpeaker(int index, int i, int cue_end, CueKind kind, Attribution a);
  void TakeIdOfLastNamedWithHead(absl::string_view head, v1::Source* source) const;
  // "Le précédent bilan du ministère": the id of the report's author named before.
  void TakeIdOfReportsAuthor(int begin, int end, v1::Source* source) const;
  // Whether words [begin, end) speak of official figures ("les chiffres officiels"), and the id
  // and party of the last official body named before (a source with a side).
  bool HasOfficialFigures(int begin, int end) const;
  void TakeIdOfLastOfficial(int paragraph, v1::Source* source) const;
  void AddSubjectAsSpeaker(int index);
  // "« 31 000 soldats ont été tués. Pas 300 000 », a déclaré le président": the sentences of a
  // quotation that runs over several are the speaker's named after its closing mark.
  void CarryQuotedSpeakers();
  // "le responsable", "l'agence onusienne", "the ministry": a speaker named before, if any.
  const v1::Source* Antecedent(int begin, int end) const;
  std::string OriginalText(int begin, int end) const;
  // Fills canonical id and party for a speaker's words in sentence s.
  void Canonicalize(const Sentence& s, int begin, int end, v1::Source* source) const;
  // The party a word of parties.tsv at token i gives ("russe" -> ru), or "".
  std::string PartyWordAt(int i) const;
  // The country code of a capitalised place at token i, as a party ("Kherson" -> ua), or "".
  std::string CountryPartyAt(int i) const;
  // The party of `source`, which names none, from the rest of sentence s.
  std::string PartyAround(const Sentence& s, int begin, int end, const SourceEntry& source) const;
  // Whether the verb at token `cue` has a count of its own after it, in its clause.
  bool CountAfter(int cue) const;
  // Whether a comma stands strictly between tokens `from` and `to`.
  bool CommaBetween(int from, int to) const;
  // The speaker a pronoun at token `at` of sentence s stands for.
  v1::Source ResolvePronoun(const Sentence& s, int at) const;

  const Lexicons& lex_;
  const LanguageLexicon& lang_;
  const TokenizedText& text_;
  absl::string_view original_;
  const SpeakerSpans spans_;
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
