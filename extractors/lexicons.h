// Lexicons holds every word list the extractor uses, loaded from the data files under one folder
// (see extractors/lexicons/README.md for the formats).
//
// Usage:
//   absl::StatusOr<std::unique_ptr<Lexicons>> lexicons = Lexicons::Load("extractors/lexicons");
//   const LanguageLexicon& fr = (*lexicons)->ForLanguage("fr");
//
// Thread safety: immutable after Load(); share freely between threads.
#ifndef CLAIMCHECK_EXTRACTORS_LEXICONS_H_
#define CLAIMCHECK_EXTRACTORS_LEXICONS_H_

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "claimcheck/v1/claimcheck.pb.h"
#include "extractors/phrase_table.h"
#include "re2/re2.h"

namespace claimcheck {

enum class NumberWordKind { kAtom, kScale, kApprox, kVague, kArticle, kFraction };

struct NumberWord {
  double value = 0;
  NumberWordKind kind = NumberWordKind::kAtom;
};

// A letter suffix that scales the digits before it: "10k", "$3.4bn", "1,2 Md€"
// (number_suffixes.tsv).
struct NumberSuffix {
  double value = 0;
  // Which letters must be capitals in the text ("M" is million, "m" a metre): bit i for letter i.
  uint32_t capitals = 0;
  bool apart = false;    // may stand after a space ("1,2 Md€"), not only glued ("10k")
  bool counted = false;  // only with money or a counted thing: "10k troops", not "a 10k run"
};

// What a word of the files of days says about a day (see date_finder.h).
enum class DateWordKind : uint8_t {
  kMonth,        // months.tsv, value 1..12: a date only beside a day's number ("7 mars")
  kWeekday,      // days.tsv, and the weekend in dates.tsv: value 1 (Monday) .. 7
  kDaysBefore,   // "hier", "yesterday": value days before the article's date
  kBeforeEvent,  // "la veille", "the day before": value days before the day the text has set
  kHoliday,      // "Nouvel An", "Christmas": month and day, the year found like a "7 mars"
  kSince,        // "depuis", "since": a day after it starts a period, no event's day
  kPartOfDay,    // "soir", "morning": part of the words that name the day ("samedi soir")
  kNumeric,      // the separator of a date in figures ("/"): value 1 day first, 2 month first
  kPrevious,     // "last", "dernier": beside a weekday, one before the article's own day
  kYear,         // no word of dates.tsv: a year alone, "en 2014", "the 2003 protest"
};

struct DateWord {
  DateWordKind kind = DateWordKind::kMonth;
  int value = 0;  // month, weekday, days or order, as the kind says
  int month = 0;  // kHoliday
  int day = 0;    // kHoliday
};

enum class QualifierPosition { kBefore, kAfter };

struct QualifierEntry {
  v1::Qualifier qualifier = v1::EXACT;
  QualifierPosition position = QualifierPosition::kBefore;
};

struct SubjectEntry {
  std::string canonical;
  v1::Metric implied_metric = v1::METRIC_UNSPECIFIED;
};

// The kinds of attribution words, one file each (see kCueFiles in lexicons.cc).
enum class CueKind {
  kVerb,        // a verb of saying
  kPrep,        // "selon", "according to"
  kPronoun,     // stands for a speaker named before
  kAux,         // auxiliary between speaker and verb
  kAuxPronoun,  // "a-t-il": auxiliary and pronoun in one
  kChannel,     // where it was said: Telegram, communiqué
  kEarlier,     // marks a figure as superseded: "précédemment"
  kBackref,     // a hedge pointing back: "ces affirmations"
  kMonth,       // a number beside it is a date
  kIdNoun,      // a number after it is an identifier: "article 5", "flight 17"
  kParticiple,  // "affirmant", "saying": said by the sentence's subject
  kSpeaker,     // a noun that names a speaker: "ministère", "agency", "responsable"
  kToll,        // a running total's verb: "le bilan s'élève à", "the toll has risen to"
  kChrome,      // page furniture: "12 commentaires", "Comments (23)", "4 min read"
  kTimezone,    // a number before it is a clock time: "21.55 BST"
};

struct CueEntry {
  CueKind kind = CueKind::kVerb;
  std::string channel;  // for kChannel
};

// Closed classes of words the rules consult, one file each: lexicons/fr/<file>.tsv and
// lexicons/en/<file>.tsv, one word a line (see lexicons/README.md for each class and an example).
// A class's French and English files make one list: the rules that consult a class read quoted
// and mixed-language copy too, and a class that only one language's rules use has only that
// language's file.
enum class WordClass : uint8_t {
  kOf,  // of.tsv
  kAnd,  // and.tsv
  kOr,  // or.tsv
  kRangeTo,  // range_to.tsv
  kThan,  // than.tsv
  kVagueDeterminer,  // vague_determiners.tsv
  kVagueArticle,  // vague_articles.tsv
  kFewDeterminer,  // few_determiners.tsv
  kHalf,  // half.tsv
  kNeedsOf,  // needs_of.tsv
  kKnownDeterminer,  // known_determiners.tsv
  kHourMark,  // hour_marks.tsv
  kUnitAdjective,  // unit_adjectives.tsv
  kOutOf,  // out_of.tsv
  kInterposed,  // interposed.tsv
  kDay,  // days.tsv
  kSpeakerEnder,  // speaker_enders.tsv
  kPluperfect,  // pluperfect.tsv
  kClauseOpener,  // clause_openers.tsv
  kNameParticle,  // name_particles.tsv
  kPreposition,  // prepositions.tsv
  kBeforeDay,  // before_days.tsv
  kSame,  // same.tsv
  kPluralSpeaker,  // plural_speakers.tsv
  kGenericSpeaker,  // generic_speakers.tsv
  kClitic,  // clitics.tsv
  kBe,  // be.tsv
  kSubjectRelative,  // subject_relatives.tsv
  kOpinionOpener,  // opinion_openers.tsv
  kWith,  // with.tsv
  kBy,  // by.tsv
  kEuphonicT,  // euphonic_t.tsv
  kComplementizer,  // complementizers.tsv
  kTellVerb,  // tell_verbs.tsv
  kBut,  // but.tsv
  kVerbComplement,  // verb_complements.tsv
  kFirstPerson,  // first_person.tsv
  kSingularArticle,  // singular_articles.tsv
  kDemonstrative,  // demonstratives.tsv
  kReferenceDeterminer,  // reference_determiners.tsv
  kPlacePart,  // place_parts.tsv
  kRegionNoun,  // region_nouns.tsv
  kSeatWord,  // seat_words.tsv
  kElsewhere,  // elsewhere.tsv
  kDefiniteArticle,  // definite_articles.tsv
  kCrumbs,  // crumbs.tsv
  kContractedOf,  // contracted_of.tsv
  kPossessive,  // possessive.tsv
  kUnknownPlacePreposition,  // unknown_place_prepositions.tsv
  kPlaceNoun,  // place_nouns.tsv
  kPlaceFollower,  // place_followers.tsv
  kWidePreposition,  // wide_prepositions.tsv
  kLocativeNoun,  // locative_nouns.tsv
  kPlacePreposition,  // place_prepositions.tsv
  kClauseBreak,  // clause_breaks.tsv
  kWithin,  // within.tsv
  kSettlementNoun,  // settlement_nouns.tsv
  kPrenominalAdjective,  // prenominal_adjectives.tsv
  kParticle,  // particles.tsv
  kNumberPronoun,  // number_pronouns.tsv
  kMemberNoun,  // member_nouns.tsv
  kPossessiveDeterminer,  // possessive_determiners.tsv
  kOthers,  // others.tsv
  kVerbAfterCount,  // verbs_after_count.tsv
  kOtherRelative,  // other_relatives.tsv
  kRelativePronoun,  // relative_pronouns.tsv
  kTotalNoun,  // total_nouns.tsv
  kAsideOpener,  // aside_openers.tsv
  kListJoiner,  // list_joiners.tsv
  kChangeFrom,  // change_from.tsv
  kChangeTo,  // change_to.tsv
  kValuePreposition,  // value_prepositions.tsv
  kFigureNoun,  // figure_nouns.tsv
  kCountClitic,  // count_clitics.tsv
  kSideNoun,  // side_nouns.tsv
  kLossVerb,  // loss_verbs.tsv
  kSubordinator,  // subordinators.tsv
  kWhole,  // whole_words.tsv
  kStandIn,  // stand_ins.tsv
  kThen,  // then.tsv
};
constexpr int kWordClassCount = static_cast<int>(WordClass::kThen) + 1;

// A set of word classes.
class WordClasses {
 public:
  constexpr WordClasses() = default;
  constexpr WordClasses(WordClass c)  // NOLINT(google-explicit-constructor): a class is a set
      : low_(Index(c) < 64 ? uint64_t{1} << Index(c) : 0),
        high_(Index(c) >= 64 ? uint64_t{1} << (Index(c) - 64) : 0) {}
  constexpr WordClasses operator|(WordClasses other) const {
    return WordClasses(low_ | other.low_, high_ | other.high_);
  }
  constexpr bool Intersects(WordClasses other) const {
    return (low_ & other.low_) != 0 || (high_ & other.high_) != 0;
  }

 private:
  static constexpr int Index(WordClass c) { return static_cast<int>(c); }
  constexpr WordClasses(uint64_t low, uint64_t high) : low_(low), high_(high) {}
  uint64_t low_ = 0;
  uint64_t high_ = 0;
};
static_assert(kWordClassCount <= 128, "WordClasses holds 128 classes");
constexpr WordClasses operator|(WordClass a, WordClass b) { return WordClasses(a) | b; }

// Closed lists of phrases the rules consult, one file each like the word classes (one phrase a
// line): for rules that need more than one word ("parmi eux", "of whom", "la suite").
enum class PhraseClass : uint8_t {
  kInterposedPhrase,  // interposed_phrases.tsv
  kSpeakerAside,  // speaker_asides.tsv
  kNotAgent,  // not_agents.tsv
  kPartitiveOpener,  // partitive_openers.tsv
  kAnaphoricOf,  // anaphoric_of.tsv
  kNumberOf,  // number_of.tsv
  kPartOpener,  // part_openers.tsv
  kComparisonOpener,  // comparison_openers.tsv
  kAlternative,  // alternative_words.tsv
  kPartPronoun,  // part_pronouns.tsv
  kPublishedCue,  // published_cues.tsv
  kEventNoun,  // event_nouns.tsv
  kChangeVerb,  // change_verbs.tsv
  kCumulative,  // cumulative.tsv
  kSuperlative,  // superlatives.tsv
  kProjection,  // projections.tsv
  kEnemyWord,  // enemy_words.tsv
  kOfficialFigures,  // official_figures.tsv
  kCountVerb,  // count_verbs.tsv
  kActVerb,  // act_verbs.tsv (also read as verbs of saying)
  kCausePhrase,  // cause_phrases.tsv
};
constexpr int kPhraseClassCount = static_cast<int>(PhraseClass::kCausePhrase) + 1;

// Classes of what is counted (canonical names of subjects.tsv), one file each under
// lexicons/subject_classes/: they settle what happened to it.
enum class SubjectClass : uint8_t {
  kWeapon,     // weapons.tsv: with no verb, launched
  kTarget,     // targets.tsv: attacked, not launched
  kPeople,     // people.tsv: hit means affected, destroyed means killed
  kCombatant,  // combatants.tsv: destroyed means killed
  kMachine,    // machines.tsv: killed means destroyed
  kStrike,     // strikes.tsv: with no verb, attacked
  kAssault,    // assaults.tsv: repelled (destroyed) means attacked
  kParticipant,  // participants.tsv: who can take part in a crowd, a march, a strike
  kColleague,  // colleagues.tsv: the speaker's own kind ("collègues", "colleagues")
};
constexpr int kSubjectClassCount = static_cast<int>(SubjectClass::kColleague) + 1;

// Which tables may have a phrase starting at a word, and which word classes hold it: one hash
// look-up and one trie walk per token answer for every table and class at once (see
// Lexicons::Annotate).
class LexiconIndex {
 public:
  struct Masks {
    uint64_t tables = 0;  // TokenizedText::lexicon_mask
    uint32_t entry = 0;   // TokenizedText::word_entries: index of the word's classes, 0 for none
    uint32_t word = 0;    // TokenizedText::word_ids: the word's number, 0 for none
  };
  // Adds `table`'s first words under bit `bit` (0..63).
  void AddTable(const PhraseTable& table, int bit);
  // Adds single words (number words, stopwords) under bit `bit`.
  template <typename Container>
  void AddWords(const Container& words, int bit) {
    for (const auto& w : words) exact_[KeyOf(w)].tables |= uint64_t{1} << bit;
  }
  // The word classes a word is in: by either language's files, and by each one's.
  struct WordEntry {
    WordClasses any;
    WordClasses french;
    WordClasses english;
  };
  // Adds a folded word to a word class, from the French or the English file (or both).
  void AddToClass(const std::string& word, WordClass c, bool french, bool english);
  Masks MaskOf(absl::string_view word) const;
  // The classes of the word whose entry (Masks::entry) is `entry`.
  const WordEntry& Entry(uint32_t entry) const { return entries_[entry]; }
  // The classes of a word, by hash (for text not annotated, and for words that are not tokens).
  const WordEntry& EntryOf(absl::string_view word) const {
    auto it = exact_.find(word);
    return entries_[it == exact_.end() ? 0 : it->second.entry];
  }
  // Numbers every exact word of `table` (TokenizedText::word_ids) and has the table compare
  // those numbers (PhraseTable::UseWordIds). Before Finish().
  void NumberWords(PhraseTable* table);
  // The number of a word of digits ("24"), which Annotate() does not hash unless some table
  // holds one: 0 for none.
  uint32_t DigitWordId(absl::string_view word) const {
    if (!digit_words_) return 0;
    auto it = exact_.find(word);
    return it == exact_.end() ? 0 : it->second.word;
  }
  // MaskOf for every one-byte token, computed once: punctuation is a third of all tokens.
  void Finish();

 private:
  template <typename T>
  static const std::string& KeyOf(const T& w) { return w; }
  template <typename K, typename V>
  static const K& KeyOf(const std::pair<const K, V>& kv) { return kv.first; }
  // Bytes fold into kSymbols slots: a-z, apostrophe, hyphen, and one for every other byte (a
  // shared slot only lets more words through the filter, never fewer).
  static constexpr int kSymbols = 29;
  static int Symbol(char c) {
    if (c >= 'a' && c <= 'z') return c - 'a';
    return c == '\'' ? 26 : c == '-' ? 27 : 28;
  }
  struct Node {
    std::array<int32_t, kSymbols> next;  // child node, or 0 for none (the root is no child)
    uint64_t mask = 0;                   // tables with a prefix entry ending here
    Node() { next.fill(0); }
  };
  void AddPrefix(const std::string& prefix, int bit);
  Masks SlowMaskOf(absl::string_view word) const;
  absl::flat_hash_map<std::string, Masks> exact_;
  std::vector<WordEntry> entries_ = std::vector<WordEntry>(1);  // entry 0: no class
  std::vector<Node> trie_ = std::vector<Node>(1);
  std::array<Masks, 256> single_byte_{};
  uint32_t words_ = 0;         // words numbered so far
  bool digit_words_ = false;   // a table holds a word of digits
  bool finished_ = false;
};

// Classes of word endings the rules consult, one file each like the word classes: ending, and
// the length a word must exceed (in folded bytes) for the ending to count.
enum class EndingClass : uint8_t {
  kNotNoun,    // not_noun_endings.tsv: "seraient", "grièvement", "largely": no noun
  kModifier,   // modifier_endings.tsv: "remained", "suspected": not the noun itself
  kImperfect,  // imperfect_endings.tsv: "faisait état": an earlier report
  kAdverb,     // adverb_endings.tsv: "a également déclaré": between speaker and verb
};
constexpr int kEndingClassCount = static_cast<int>(EndingClass::kAdverb) + 1;

struct WordEnding {
  std::string ending;
  size_t longer_than = 0;
};

class Lexicons;

// A number word that is another word beside some words: "le neuf" (new), "no one", "one of".
struct NotACount {
  absl::flat_hash_set<std::string> before;
  absl::flat_hash_set<std::string> after;
};

// The word lists of one language.
struct LanguageLexicon {
  std::string language;  // "fr" or "en"
  const Lexicons* lexicons = nullptr;  // the Lexicons this belongs to (for the word classes)
  // Whether token i (which may be out of range) is in word class `c`. Cheaper than a hash on
  // annotated text (see Lexicons::Annotate).
  bool Is(const TokenizedText& text, int i, WordClass c) const;
  // Whether token i is in any of the word classes `classes`.
  bool IsAny(const TokenizedText& text, int i, WordClasses classes) const;
  // Whether token i is in any of `classes` by this language's own files: in English copy the
  // French "de" of a name ("i-DE") is no preposition.
  bool IsOwn(const TokenizedText& text, int i, WordClasses classes) const;
  absl::flat_hash_map<std::string, NumberWord> numbers;
  // Folded suffix -> its entries (one spelling may have two: "m" glued, "M" apart).
  absl::flat_hash_map<std::string, std::vector<NumberSuffix>> number_suffixes;
  absl::flat_hash_map<std::string, NotACount> not_counts;
  // Word endings by class: this language's files and the shared ones.
  std::array<std::vector<WordEnding>, kEndingClassCount> endings;
  bool EndsAs(absl::string_view word, EndingClass c) const {
    for (const WordEnding& e : endings[static_cast<int>(c)]) {
      if (word.size() > e.longer_than && absl::EndsWith(word, e.ending)) return true;
    }
    return false;
  }
  PhraseTable qualifiers;        // phrases before the number
  PhraseTable qualifiers_after;  // phrases after it ("89 au moins", "30 or more")
  std::vector<QualifierEntry> qualifier_entries;
  PhraseTable metrics;
  std::vector<v1::Metric> metric_entries;
  PhraseTable subjects;
  std::vector<SubjectEntry> subject_entries;
  PhraseTable units;
  std::vector<std::string> unit_entries;
  PhraseTable cues;
  // The cues that can start an attribution (verbs, prepositions, participles, "a-t-il",
  // channels, earlier-figure markers): the only ones worth looking for in every sentence.
  PhraseTable attribution_triggers;
  std::vector<CueEntry> cue_entries;
  absl::flat_hash_set<std::string> stopwords;
  // Words that name a day (months.tsv, days.tsv, dates.tsv), for the day of the event a figure
  // counts (see date_finder.h).
  PhraseTable dates;
  std::vector<DateWord> date_entries;
  // Every hedge pattern in one alternation (null if none), as two groups: group 1 the
  // patterns whose scope reaches back to earlier claims, group 2 those that cover their own
  // sentence only. One regex means one scan of the text.
  std::unique_ptr<RE2> hedges;
};

struct PlaceEntry {
  std::string canonical;
  std::string country;
  std::string kind;  // country, region, city, capital, area; or a word: demonym, refers...
  // A district's town (places.tsv's fifth column) and that town's kind: a claim placed in the
  // district is the town's ("Itaewon" is Seoul's). "" for any other place.
  std::string within;
  std::string within_kind;

  bool IsCountry() const { return kind == "country"; }
  // Kinds that are not places of their own (see places.tsv): "russe", "la capitale", "le pays".
  bool IsDemonym() const { return kind == "demonym"; }
  bool IsReference() const {
    return kind == "refers" || kind == "refers-demonym" || kind == "scope";
  }
};

struct SourceEntry {
  std::string canonical_id;
  std::string party;
  std::string display;
};

class Lexicons {
 public:
  // Reads `dir`/{fr,en}/*.tsv (each word class's files among them), places.tsv, sources.tsv,
  // parties.tsv, currency_signs.tsv, duration_units.tsv, subject_status.tsv,
  // speaker_kinds.tsv and enemies.tsv. NOT_FOUND for a missing folder or file;
  // INVALID_ARGUMENT naming file and line for a malformed line or bad pattern.
  static absl::StatusOr<std::unique_ptr<Lexicons>> Load(const std::string& dir);

  // Fills text->lexicon_mask and text->word_classes so that look-ups in words no table knows
  // cost nothing, and a word class costs a bit test.
  void Annotate(TokenizedText* text) const;

  // Mask bits of the single-word lists.
  bool IsPartyWord(const TokenizedText& text, int i) const {
    return text.lexicon_mask.empty() || ((text.lexicon_mask[i] >> kPartiesBit) & 1u) != 0;
  }
  static constexpr int kPartiesBit = 59, kFrNumbersBit = 60, kEnNumbersBit = 61,
                       kFrStopwordsBit = 62, kEnStopwordsBit = 63;

  // "en" gives the English lists; anything else the French ones.
  const LanguageLexicon& ForLanguage(absl::string_view language) const {
    return language == "en" ? en : fr;
  }

  LanguageLexicon fr;
  LanguageLexicon en;
  PhraseTable places;  // names of places
  // Words that are not places but point to one: demonyms ("ukrainienne"), "la capitale", "le
  // pays", "nationwide" (places.tsv kinds demonym, refers, refers-demonym, scope). Payloads
  // index place_entries too.
  PhraseTable place_words;
  std::vector<PlaceEntry> place_entries;
  // ISO code -> place_entries index of that country, and of its capital (the first listed).
  absl::flat_hash_map<std::string, int> country_by_code;
  absl::flat_hash_map<std::string, int> capital_by_code;
  // Payloads of `sources` carry the entry index and whether the alias is an acronym that
  // must be written in capitals to match ("UN" is not "un").
  PhraseTable sources;
  std::vector<SourceEntry> source_entries;
  static int SourcePayload(int index, bool acronym) { return index * 2 + (acronym ? 1 : 0); }
  static int SourceIndex(int payload) { return payload / 2; }
  static bool SourceIsAcronym(int payload) { return payload % 2 == 1; }
  // The source alias starting at token i, respecting acronyms' capitals.
  std::optional<PhraseTable::Match> SourceAt(const TokenizedText& text, int i) const;
  // The demonym entry at token i ("ukrainienne", "Russian"), one word, in place_entries; null when
  // there is none. English writes demonyms with a capital ("polish" is not Polish), so with
  // `english` a lower-case word is none.
  const PlaceEntry* DemonymAt(const TokenizedText& text, int i, bool english) const;
  absl::flat_hash_map<std::string, std::string> parties;  // folded word -> party
  // How text splits into words (fr/elisions.tsv, fr/ and en/abbreviations.tsv): read first, as
  // the phrases of every other file split by them too.
  TokenRules token_rules;
  // "3 pm", "10 a.m.": after a number, a clock time (clock_suffixes.tsv of both languages).
  PhraseTable clock_suffixes;
  // "$5 million", "€200": a sign before a number and the unit it gives (currency_signs.tsv).
  absl::flat_hash_map<std::string, std::string> currency_signs;
  // The units that are spans of time: "un an" is no count of one (duration_units.tsv).
  absl::flat_hash_set<std::string> duration_units;
  // Sources that speak for a town or a region, not a side (local_sources.tsv: source ids).
  absl::flat_hash_set<std::string> local_sources;
  // subject_status.tsv: canonical subject -> what a count of them says happened when no verb
  // does ("6 000 manifestants": PARTICIPATED). A verb of the number's clause beats it.
  absl::flat_hash_map<std::string, v1::Metric> subject_status;
  // crowd_subjects.tsv: canonical subject -> what a crowd of them counts ("person" ->
  // "protester": a march's "personnes" are its marchers).
  absl::flat_hash_map<std::string, std::string> crowd_subjects;
  v1::Metric StatusOf(const std::string& subject) const {
    auto it = subject_status.find(subject);
    return it == subject_status.end() ? v1::METRIC_UNSPECIFIED : it->second;
  }
  // speaker_kinds.tsv: source canonical id -> the subject its members are ("police" -> "police
  // officer"): whom a speaker's "collègues", "colleagues" are.
  absl::flat_hash_map<std::string, std::string> speaker_kinds;
  // enemies.tsv: party -> the country code of its enemy, for "les pertes de l'ennemi".
  absl::flat_hash_map<std::string, std::string> enemies;
  LexiconIndex index;

  // Whether what is counted (a canonical subject) is of class `c`.
  bool SubjectIs(absl::string_view canonical, SubjectClass c) const {
    return subject_classes_[static_cast<int>(c)].contains(canonical);
  }
  void AddSubjectToClass(const std::string& canonical, SubjectClass c) {
    subject_classes_[static_cast<int>(c)].insert(canonical);
  }

  // The phrases of class `c` (both languages').
  const PhraseTable& Phrases(PhraseClass c) const { return phrase_classes_[static_cast<int>(c)]; }
  PhraseTable& MutablePhrases(PhraseClass c) { return phrase_classes_[static_cast<int>(c)]; }
  // The phrase of class `c` starting at token i, if any.
  std::optional<PhraseTable::Match> PhraseAt(const TokenizedText& text, int i,
                                             PhraseClass c) const {
    return Phrases(c).LongestAt(text, i);
  }
  // Whether a phrase of class `c` ends right before token `end`.
  bool PhraseEndsAt(const TokenizedText& text, int end, PhraseClass c) const {
    return Phrases(c).LongestEndingAt(text, end, end - Phrases(c).max_tokens()).has_value();
  }
  // Whether token i is inside a phrase of class `c`.
  bool InPhrase(const TokenizedText& text, int i, PhraseClass c) const;

  // Every phrase table, for Load to give them the token rules.
  std::vector<PhraseTable*> Tables();

  // Whether token i (which may be out of range) is in word class `c` / any of `classes`.
  bool Is(const TokenizedText& text, int i, WordClass c) const { return IsAny(text, i, c); }
  bool IsAny(const TokenizedText& text, int i, WordClasses classes) const {
    const LexiconIndex::WordEntry* e = EntryAt(text, i);
    return e != nullptr && e->any.Intersects(classes);
  }
  // Whether token i is in word class `c` by the English file: "the" but not "le" among the
  // articles, whatever the article's language.
  bool IsEnglish(const TokenizedText& text, int i, WordClasses c) const {
    const LexiconIndex::WordEntry* e = EntryAt(text, i);
    return e != nullptr && e->english.Intersects(c);
  }
  // The same by the French file: "de" but not "of" among the prepositions.
  bool IsFrench(const TokenizedText& text, int i, WordClasses c) const {
    const LexiconIndex::WordEntry* e = EntryAt(text, i);
    return e != nullptr && e->french.Intersects(c);
  }

 private:
  const LexiconIndex::WordEntry* EntryAt(const TokenizedText& text, int i) const {
    if (i < 0 || i >= text.size()) return nullptr;
    return text.word_entries.empty() ? &index.EntryOf(text.Text(i))
                                     : &index.Entry(text.word_entries[i]);
  }
  std::array<PhraseTable, kPhraseClassCount> phrase_classes_;
  std::array<absl::flat_hash_set<std::string>, kSubjectClassCount> subject_classes_;
};

inline bool LanguageLexicon::Is(const TokenizedText& text, int i, WordClass c) const {
  return lexicons->Is(text, i, c);
}
inline bool LanguageLexicon::IsAny(const TokenizedText& text, int i, WordClasses classes) const {
  return lexicons->IsAny(text, i, classes);
}
inline bool LanguageLexicon::IsOwn(const TokenizedText& text, int i, WordClasses classes) const {
  return language == "en" ? lexicons->IsEnglish(text, i, classes)
                          : lexicons->IsFrench(text, i, classes);
}

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_LEXICONS_H_
