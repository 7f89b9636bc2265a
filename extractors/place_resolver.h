// PlaceResolver finds where a claim happened. In order:
//   1. a place its sentence names near the number: a gazetteer place (aliases and
//      transliterations folded to one canonical name: Makiïvka, Makeïevka, Makeyevka -> Makiivka),
//      an unknown capitalised name after "à", "près de", "in", "near", or a word that points to a
//      place named elsewhere ("la capitale", "the region", "le pays", "le territoire ukrainien":
//      see `refers` and `scope` in places.tsv);
//   2. the place the sentences before it in its paragraph were about ("Onze personnes ont été
//      tuées" after "un missile a touché un immeuble à Soumy");
//   3. the article's place: the one its title names (else its breadcrumbs), or, for a page with
//      no title, the place its text names most (at least twice);
//   4. a country the sentence names without a preposition ("Kenya's police").
// Confidence is 1 for a place the sentence names, less for one taken from around it.
//
// A capital is often its government ("Moscou a déclaré", "les forces de Kiev") and a country often
// a speaker ("Ukraine says"): they count as places only after a preposition of place or "région
// de"/"ville de". A dateline ("KYIV, June 2 -") is where the reporter was, not a place of events.
//
// Usage:
//   PlaceResolver places(*lexicons, language, tokens, text);  // scans the article once
//   v1::Location where = places.For(sentence_index, number_token, speaker_begin, speaker_end);
//
// Thread safety: const methods may be called concurrently.
#ifndef CLAIMCHECK_EXTRACTORS_PLACE_RESOLVER_H_
#define CLAIMCHECK_EXTRACTORS_PLACE_RESOLVER_H_

#include <string>
#include <utility>
#include <vector>

#include "claimcheck/v1/claimcheck.pb.h"
#include "extractors/lexicons.h"
#include "extractors/tokenizer.h"

namespace claimcheck {

class PlaceResolver {
 public:
  // `lexicons`, `language`, `text` and `original` must outlive the resolver.
  PlaceResolver(const Lexicons& lexicons, const LanguageLexicon& language,
                const TokenizedText& text, absl::string_view original);
  PlaceResolver(const PlaceResolver&) = delete;
  PlaceResolver& operator=(const PlaceResolver&) = delete;

  // Tokens [begin, end) of a speaker's words: the seat of who speaks, not a place of events.
  using Span = std::pair<int, int>;
  // The place for a number at token `number` of sentence `sentence`. Places inside `speakers`
  // (the words of the article's speakers, sorted by start and without repeats: "la préfecture
  // de Loire-Atlantique") are not used, here or carried to the sentences after,
  // unless they follow a preposition of place, nor one that belongs to a later number's part
  // ("1,28 million ..., dont 81 000 à Paris"). Confidence 1 for a place the sentence names,
  // less for one taken from around it.
  v1::Location For(int sentence, int number, const std::vector<Span>& speakers) const;
  // The whole country `code` ("FR") as a place, with `confidence`; empty when the gazetteer has
  // no such country.
  v1::Location CountryPlace(absl::string_view code, float confidence) const;

 private:
  struct PlaceMention {
    int begin = 0;
    int end = 0;
    int sentence = 0;
    int entry = -1;           // Lexicons::place_entries index (a reference's: its referent's)
    bool locative = false;    // after à, sur, dans, près de, in, at, région de...
    bool speaker = false;     // "Ukraine says", "basée à Oslo": a voice or a seat, not an event
    bool apposition = false;  // "El-Fasher, capitale du Darfour-Nord": situates the place before
    bool reference = false;   // "la capitale", "the region": a place named elsewhere
    bool by_demonym = false;  // "la capitale russe", "côté syrien": the demonym said which
    bool counted_towns = false;  // "dans plus de 300 villes": the country, for other numbers
    int wants = -1;           // for a reference: its places.tsv entry (what it stands for)
    int refers_to = -1;       // for a reference to an unknown name: that mention's index
    std::string text;         // as written
  };

  // Pass 1: gazetteer places, unknown names after a preposition, and references (unresolved).
  void CollectMentions();
  // Pass 1's steps for sentence s: a word that points to a place ("la capitale russe"), an
  // unknown capitalised name after a preposition ("à Kourakhové"), then what a mention is
  // (a place of events, a government speaking, a seat, an apposition). AddMention records one
  // and returns its last token.
  void CollectSentence(int s);
  bool InCapitals(const Sentence& sentence) const;
  bool ReadReference(const Sentence& sentence, const PhraseTable::Match& m, int first_demonym,
                     PlaceMention* p) const;
  bool ReadUnknownName(const Sentence& sentence, PlaceMention* p) const;
  void QualifyMention(PlaceMention* p) const;
  int AddMention(PlaceMention p);
  // The first sentence of the article's text proper; the sentences before it are the page's head
  // (crumbs, title, byline).
  int FindHeadEnd() const;
  // Pass 2: the article's place and country.
  void ChooseTopic();
  // Pass 2's steps: the title's (else the crumbs') most telling place, as topic_ (returns the
  // country of a demonym there, or -1); the place the text names most; the country it names
  // most as a place.
  int ChooseHeadPlace();
  int HeadRank(const PlaceMention& m) const;
  int BestInHeadLine(int s) const;
  int MostNamedPlace() const;
  int MostNamedCountry() const;
  // Pass 3: what each reference stands for (needs the topic for "le pays").
  void ResolveReferences();

  bool IsLocative(int begin) const;
  // Only these introduce a name no gazetteer knows: "à Kourakhové", "near Vovchansk".
  bool IntroducesUnknownPlace(int begin) const;
  // The country a demonym at token i names ("ukrainienne", "Russian"), as a place entry; -1.
  int DemonymAt(int i) const;
  // Whether token i is inside one of `speakers` (sorted by start, as For's callers give them).
  static bool InSpeaker(const std::vector<Span>& speakers, int i);
  // The first token of the part's clause that holds the place at token `place` ("dont 81 000 à
  // Paris", "including 30 in Kyiv"), or -1: that place is the part's, not the whole's.
  int PartClauseOf(int place) const;
  // Clause boundaries (";", "dont", "while"...) strictly between tokens `from` and `to`.
  int ClauseBreaks(int from, int to) const;
  // Whether token i starts its line, past bullets and quote marks.
  bool StartsLine(int i) const;
  // A dateline at the start of a line ("KYIV, June 2 -", "PORT SUDAN (AFP) -") names where the
  // reporter was: the place written in tokens [begin, end) before a comma or bracket.
  bool IsDateline(int begin, int end) const;
  // "El-Fasher, capitale du Darfour-Nord", "Tawila, North Darfur": `p` only situates `before`.
  bool IsApposition(const PlaceMention& before, const PlaceMention& p) const;
  // Whether mention p may be the place of a claim in its sentence.
  bool Usable(const PlaceMention& p) const;
  // The gazetteer's country and capital entries for an ISO code; -1 when it has none.
  int CountryOf(absl::string_view code) const;
  int CapitalOf(absl::string_view code) const;
  // Whether `m` is the country of the article's place, which is narrower.
  bool InTopicCountry(const PlaceMention& m) const;
  v1::Location ToLocation(const PlaceMention& p, float confidence) const;

  const Lexicons& lex_;
  const LanguageLexicon& lang_;
  const TokenizedText& text_;
  absl::string_view original_;
  std::vector<PlaceMention> mentions_;  // in text order
  std::vector<int> first_in_sentence_;  // mentions_ index of each sentence's first mention
  int head_end_ = 0;
  int topic_ = -1;          // mentions_ index of the article's place
  int topic_country_ = -1;  // place_entries index of the article's country
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_PLACE_RESOLVER_H_
