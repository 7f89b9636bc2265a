// The passes of ClaimExtractor::Extract. An article is read once (ArticleText), its numbers
// become drafts (DraftClaims), and each pass then fills in what it decides, in this order:
//
//   FindSubjects   what each number counts, parts of a whole, compared values
//   LinkOtherValues  numbers that are other values of one count (a change, another source)
//   FindMetrics    what happened to it
//   FindSources    who says so (and whether the figure is an earlier report)
//   SettleOtherValues  other values take the metric and source they lack
//   FindSidesApart whose losses, when said away from the noun ("pertes russes")
//   NameColleagues a speaker's "colleagues" are of its kind
//   FindPlaces     where (needs the speaker's words, which name no place of events)
//   FindEventDates the day of the event counted, not of the statement
//   MarkPeriodsAndForecasts  running totals and forecasts, no one event's count
//   FindHedges     wording that leaves the figure unverified
//   FlagUnattributed  counts whose article names no source
//
// A headline that repeats a figure of the body keeps its own (usually no) speaker: the sets' guides
// give it the body's speaker only when the headline names it ("Met says 126 arrested").
//
// A pass reads the article and what the passes before it left in the drafts, and writes its
// own fields: the working ones of ClaimDraft, and the fields of ClaimDraft::claim it owns. A new
// pass (an event date, say) is one more function of this shape called from Extract; it sets its
// claim fields on `draft.claim` and needs no change elsewhere.
//
// Usage:
//   const FoldedText folded = FoldedText::Fold(article.text());  // valid UTF-8 checked before
//   const ArticleText text(article, folded, lexicons);
//   std::vector<ClaimDraft> drafts = DraftClaims(text);
//   FindSubjects(text, &drafts);
//   ...
//
// Thread safety: the passes keep no state between calls; an ArticleText is immutable once built.
#ifndef CLAIMCHECK_EXTRACTORS_CLAIM_PASSES_H_
#define CLAIMCHECK_EXTRACTORS_CLAIM_PASSES_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "claimcheck/v1/claimcheck.pb.h"
#include "extractors/folded_text.h"
#include "extractors/lexicons.h"
#include "extractors/number_mention.h"
#include "extractors/subject_finder.h"
#include "extractors/tokenizer.h"

namespace claimcheck {

// An article read for extraction: its text folded and tokenized, its language and that
// language's lexicons. The passes read it; none changes it.
struct ArticleText {
  // `article`, `folded` (the fold of article.text(), valid UTF-8) and `lexicons` must outlive
  // this. Tokenizes, annotates the tokens for the lexicons and settles the language (the
  // article's own when it gives "fr" or "en", else detected).
  ArticleText(const v1::Article& article, const FoldedText& folded, const Lexicons& lexicons);
  ArticleText(const ArticleText&) = delete;
  ArticleText& operator=(const ArticleText&) = delete;

  // The article's text of tokens [begin, end) as received. Past `max_bytes` it is cut at a
  // character boundary and ends with "…": the cut comes before the copy, so a claim in a
  // megabyte-long "sentence" costs what a claim in a normal one does.
  std::string Slice(int begin, int end, size_t max_bytes = std::string::npos) const;

  const v1::Article& article;
  const Lexicons& lexicons;
  const FoldedText& folded;
  const TokenizedText tokens;
  const std::string language;  // "fr" or "en"
  const LanguageLexicon& lex;  // lexicons.ForLanguage(language)
};

// One number on its way to becoming a claim: what the passes have found so far.
struct ClaimDraft {
  NumberMention number;
  int sentence = 0;  // index in tokens.sentences
  // FindSubjects: what it counts, and the draft whose count it is a part of ("dont 12", "30 des
  // 35 drones"), or -1.
  Subject subject;
  int part_of = -1;
  // FindSubjects: "89 ..., contre 63 annoncés initialement": another value of the count before.
  bool compared = false;
  // FindMetrics: the metric its own words give, before neighbours lend theirs and Settle.
  v1::Metric metric = v1::METRIC_UNSPECIFIED;
  // FindSources: the speaker's words in this sentence, if there (tokens [begin, end)).
  int speaker_begin = -1;
  int speaker_end = -1;
  // FindHedges: the sentence of the hedge that covers it, or -1.
  int hedge_sentence = -1;
  // LinkOtherValues: the draft whose count this is another value of ("from 1,400 to 1,200",
  // "6 000 selon les organisateurs", "Moscow previously said 63"), from which it takes the noun,
  // metric and source it lacks; -1 if none. `older_value`: this is the figure before a change.
  int value_of = -1;
  bool older_value = false;
  // LinkOtherValues: the words of a speaker whose verb is left out, between a comma and the
  // number ("..., la préfecture de police 81 000"); FindSources takes it as the source.
  int elided_speaker_begin = -1;
  int elided_speaker_end = -1;
  // Whether the number names what it counts itself (before LinkOtherValues lends a noun).
  bool own_noun = false;
  // The claim being built. DraftClaims sets id, article_id, number_span, quantity, sentence,
  // language and published_at; each pass adds the fields it decides.
  v1::Claim claim;
};

// The numbers of the article with their qualifiers (none from a Markdown front matter block,
// title included: the title is metadata), one draft each, in text order.
std::vector<ClaimDraft> DraftClaims(const ArticleText& text);

// Copies what `from` counts into `to` (canonical and the words that say it).
void TakeNoun(const Subject& from, Subject* to);

// Sets subject, subject_text, subject_side, part_of_claim_id; ClaimDraft::subject, part_of and
// compared. Partitives ("30 des 35 drones") and anaphora ("dont 12", "63 of whom") take the
// noun of the number they are part of; "contre 63" that of the number it is compared with.
void FindSubjects(const ArticleText& text, std::vector<ClaimDraft>* drafts);

// Links numbers that are other values of one count and lends the noun one lacks: a change
// ("revised the toll from 1,400 to 1,200", "le bilan, initialement de 63, a été porté à 89",
// "92 dead, a figure they raised to 158", "raising its toll from 34"), another source's figure
// ("2 500 selon la police, 6 000 selon les organisateurs", "les organisateurs en revendiquent
// 30 000"), an earlier figure said apart ("Moscow previously said 63"), another speaker's value
// with its verb left out ("La CGT annonce 700 000 manifestants, la préfecture 81 000"). Also the
// noun of a
// figure named before its value ("put the number of aircraft damaged at around a dozen").
// Sets ClaimDraft::value_of, older_value, own_noun, elided_speaker_begin/end and the subject
// fields it lends. Needs FindSubjects.
void LinkOtherValues(const ArticleText& text, std::vector<ClaimDraft>* drafts);

// Sets metric, and subject "person" for a count of people that names no noun. A number with no
// verb of its own takes its list neighbour's, its whole's, or the value it is compared with's.
// Needs FindSubjects.
void FindMetrics(const ArticleText& text, std::vector<ClaimDraft>* drafts);

// Sets source and earlier_report; ClaimDraft::speaker_begin/end. A speaker whose verb is left
// out (ClaimDraft::elided_speaker_begin) is the number's own.
void FindSources(const ArticleText& text, std::vector<ClaimDraft>* drafts);

// Sets same_count_as. A crowd of people counts protesters (crowd_subjects.tsv). An other value
// takes the metric of the value it restates when it has no noun or verb of its own; a figure before a change is an earlier report of the same source, and takes that
// source when it names none ("raising its toll from 34"). Needs LinkOtherValues, FindMetrics
// and FindSources.
void SettleOtherValues(const ArticleText& text, std::vector<ClaimDraft>* drafts);

// Sets subject_side when the side is said away from the counted noun: beside a noun of sides
// or losses ("Ukrainian losses", "pertes russes", "200 morts côté ukrainien"), as the subject
// of a verb of loss ("l'armée ukrainienne a perdu 3 700 soldats", "Ukraine had lost 1,610"),
// or as the speaker's enemy ("les pertes de l'ennemi", by enemies.tsv). Needs FindSources.
void FindSidesApart(const ArticleText& text, std::vector<ClaimDraft>* drafts);

// Sets subject to the speaker's own kind for a subject of subject_classes/colleagues.tsv
// ("collègues", "colleagues"; speaker_kinds.tsv: a police union's colleagues are police
// officers). Needs FindSources.
void NameColleagues(const ArticleText& text, std::vector<ClaimDraft>* drafts);

// Sets cumulative for a running total over a period ("depuis le début de la guerre", "since 7
// October", "so far this year": in the number's comma-bounded stretch, or at the head of the
// sentence for the counts outside a relative clause), and projection for a forecast
// ("pourrait atteindre", "could rise to" just before the number). cumulative.tsv,
// superlatives.tsv, projections.tsv; a relative clause opens at relative_pronouns.tsv and
// other_relatives.tsv.
void MarkPeriodsAndForecasts(const ArticleText& text, std::vector<ClaimDraft>* drafts);

// Sets location; a count whose part is a town's share is the country's. Needs FindSources: the
// speaker's words name a voice, not a place of events.
void FindPlaces(const ArticleText& text, std::vector<ClaimDraft>* drafts);

// Sets same_count_as for two voices' counts of one crowd in clauses of their own ("police
// estimated the crowd at about 8,000, while organisers said 25,000 people had marched"): both
// PARTICIPATED, a clause break between them, different speakers, one place. Needs FindPlaces.
void LinkRivalCrowdCounts(const ArticleText& text, std::vector<ClaimDraft>* drafts);

// Sets event_date and event_date_basis: the day of the event the claim counts when the text
// names it ("le 7 mars", "mercredi", "la nuit précédente", "Saturday's strike"), in its
// sentence, else in its paragraph, else in the article's lead; else the article's date (basis
// ""). A day the statement was made ("a déclaré mercredi", "raised to 158 on Thursday") is not
// the event's. Unset when the article is undated and names no full date. Needs
// LinkOtherValues (a day right after a compared or older value is that value's alone).
void FindEventDates(const ArticleText& text, std::vector<ClaimDraft>* drafts);

// The day the article says it was published, after a cue of published_cues.tsv in its lead
// ("Publié le 18/11/2018 à 11h52", "Published on July 8, 2024"): the article's day that
// FindEventDates uses when the article comes with none. Nullopt when the text states none.
std::optional<absl::CivilDay> PublishedDayInText(const ArticleText& text);

// Adds the UNVERIFIED flag to every hedged claim; sets ClaimDraft::hedge_sentence. A speaker's
// hedged figures make its figures in the paragraph before hedged too ("It provided no evidence
// for its claims"). Needs FindSources.
void FindHedges(const ArticleText& text, std::vector<ClaimDraft>* drafts);

// Adds the UNATTRIBUTED flag to every count whose article names no source for it.
void FlagUnattributed(std::vector<ClaimDraft>* drafts);


}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_CLAIM_PASSES_H_
