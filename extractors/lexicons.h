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

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
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
  std::vector<CueEntry> cue_entries;
  absl::flat_hash_set<std::string> stopwords;
  // Alternations of the hedge patterns (null if none): those whose scope reaches back to
  // earlier claims, and those that cover their own sentence only.
  std::unique_ptr<RE2> hedges_back;
  std::unique_ptr<RE2> hedges_sentence;
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

class Lexicons {
 public:
  // Reads `dir`/{fr,en}/*.tsv, places.tsv, sources.tsv and parties.tsv. NOT_FOUND for a missing
  // folder or file; INVALID_ARGUMENT naming file and line for a malformed line or bad pattern.
  static absl::StatusOr<std::unique_ptr<Lexicons>> Load(const std::string& dir);

  // "en" gives the English lists; anything else the French ones.
  const LanguageLexicon& ForLanguage(absl::string_view language) const {
    return language == "en" ? en : fr;
  }

  LanguageLexicon fr;
  LanguageLexicon en;
  PhraseTable places;
  std::vector<PlaceEntry> place_entries;
  // Payloads of `sources` carry the entry index and whether the alias is an acronym that
  // must be written in capitals to match ("UN" is not "un").
  PhraseTable sources;
  std::vector<SourceEntry> source_entries;
  static int SourcePayload(int index, bool acronym) { return index * 2 + (acronym ? 1 : 0); }
  static int SourceIndex(int payload) { return payload / 2; }
  static bool SourceIsAcronym(int payload) { return payload % 2 == 1; }
  // The source alias starting at token i, respecting acronyms' capitals.
  std::optional<PhraseTable::Match> SourceAt(const TokenizedText& text, int i) const;
  absl::flat_hash_map<std::string, std::string> parties;  // folded word -> party
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_LEXICONS_H_
