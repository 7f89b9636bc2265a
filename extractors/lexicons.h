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
#include "absl/strings/string_view.h"
#include "claimcheck/v1/claimcheck.pb.h"
#include "extractors/event_words.h"
#include "extractors/phrase_table.h"
#include "re2/re2.h"

namespace claimcheck {

enum class NumberWordKind { kAtom, kScale, kApprox, kVague, kArticle, kFraction };

struct NumberWord {
  double value = 0;
  NumberWordKind kind = NumberWordKind::kAtom;
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

// The word lists of one language.
struct LanguageLexicon {
  std::string language;  // "fr" or "en"
  absl::flat_hash_map<std::string, NumberWord> numbers;
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
  // Dates, events, changes of a figure, sides said apart (event_words.h).
  EventWords events;
  // Every hedge pattern in one alternation (null if none), as two groups: group 1 the
  // patterns whose scope reaches back to earlier claims, group 2 those that cover their own
  // sentence only. One regex means one scan of the text.
  std::unique_ptr<RE2> hedges;
};

struct PlaceEntry {
  std::string canonical;
  std::string country;
  std::string kind;  // country, region, city, capital, area
};

struct SourceEntry {
  std::string canonical_id;
  std::string party;
  std::string display;
};

// Which tables may have a phrase starting at a word: one hash look-up and one trie walk per
// token answer for every table at once (see Lexicons::Annotate).
class LexiconIndex {
 public:
  // Adds `table`'s first words under bit `bit` (0..31).
  void AddTable(const PhraseTable& table, int bit);
  // Adds single words (number words, stopwords) under bit `bit`.
  template <typename Container>
  void AddWords(const Container& words, int bit) {
    for (const auto& w : words) exact_[KeyOf(w)] |= 1u << bit;
  }
  uint32_t MaskOf(absl::string_view word) const;
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
    uint32_t mask = 0;                   // tables with a prefix entry ending here
    Node() { next.fill(0); }
  };
  void AddPrefix(const std::string& prefix, int bit);
  uint32_t SlowMaskOf(absl::string_view word) const;
  absl::flat_hash_map<std::string, uint32_t> exact_;
  std::vector<Node> trie_ = std::vector<Node>(1);
  std::array<uint32_t, 256> single_byte_{};
  bool finished_ = false;
};

class Lexicons {
 public:
  // Reads `dir`/{fr,en}/*.tsv, places.tsv, sources.tsv, parties.tsv, subject_status.tsv,
  // speaker_kinds.tsv, participants.tsv and enemies.tsv. NOT_FOUND for a missing
  // folder or file; INVALID_ARGUMENT naming file and line for a malformed line or bad pattern.
  static absl::StatusOr<std::unique_ptr<Lexicons>> Load(const std::string& dir);

  // Fills text->lexicon_mask so that look-ups in words no table knows cost nothing.
  void Annotate(TokenizedText* text) const;

  // Mask bits of the single-word lists.
  bool IsPartyWord(const TokenizedText& text, int i) const {
    return text.lexicon_mask.empty() || ((text.lexicon_mask[i] >> kPartiesBit) & 1u) != 0;
  }
  static constexpr int kPartiesBit = 27, kFrNumbersBit = 28, kEnNumbersBit = 29,
                       kFrStopwordsBit = 30, kEnStopwordsBit = 31;

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
  // subject_status.tsv: canonical subject -> what a count of them says happened when no verb
  // does ("6 000 manifestants": PARTICIPATED). A verb of the number's clause beats it.
  absl::flat_hash_map<std::string, v1::Metric> subject_status;
  v1::Metric StatusOf(const std::string& subject) const {
    auto it = subject_status.find(subject);
    return it == subject_status.end() ? v1::METRIC_UNSPECIFIED : it->second;
  }
  // speaker_kinds.tsv: source canonical id -> the subject its members are ("police" -> "police
  // officer"): whom a speaker's "collègues", "colleagues" are.
  absl::flat_hash_map<std::string, std::string> speaker_kinds;
  // participants.tsv: the subjects that can take part in a crowd, a march, a strike.
  absl::flat_hash_set<std::string> participants;
  // enemies.tsv: party -> the country code of its enemy, for "les pertes de l'ennemi".
  absl::flat_hash_map<std::string, std::string> enemies;
  LexiconIndex index;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_LEXICONS_H_
