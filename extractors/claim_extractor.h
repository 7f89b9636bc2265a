// ClaimExtractor turns the raw UTF-8 text of a news article into numeric claims: each number with
// its qualifier, what it counts (subject), what happened to it (metric), where, and who said so.
//
// Usage:
//   absl::StatusOr<std::unique_ptr<claimcheck::ClaimExtractor>> extractor =
//       claimcheck::ClaimExtractor::Create(claimcheck::DefaultLexiconDir());
//   if (!extractor.ok()) return extractor.status();
//   absl::StatusOr<std::vector<claimcheck::v1::Claim>> claims = (*extractor)->Extract(article);
//
// Rule-based: RE2 patterns plus lexicons read from data files at Create() (number words, verbs
// of saying, hedges, place aliases, source names), so a journalist extends them without C++.
//
// Thread safety: a ClaimExtractor is immutable after Create(); Extract() may be called from any
// number of threads at once.
#ifndef CLAIMCHECK_EXTRACTORS_CLAIM_EXTRACTOR_H_
#define CLAIMCHECK_EXTRACTORS_CLAIM_EXTRACTOR_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

class Lexicons;

class ClaimExtractor {
 public:
  // Loads every lexicon under `lexicon_dir`. NOT_FOUND if the folder or a required file is
  // missing; INVALID_ARGUMENT (naming file and line) if a lexicon line cannot be parsed.
  static absl::StatusOr<std::unique_ptr<ClaimExtractor>> Create(const std::string& lexicon_dir);

  ~ClaimExtractor();
  ClaimExtractor(const ClaimExtractor&) = delete;
  ClaimExtractor& operator=(const ClaimExtractor&) = delete;

  // Returns the article's claims in text order. Claim ids are "<article.id>#<n>" (n from 1),
  // spans are byte offsets into article.text exactly as given, and claim.language is the
  // article's language (detected when article.language is empty). Claims carry only the flags
  // the text alone decides (UNVERIFIED, UNATTRIBUTED); cross-checking adds the rest.
  // INVALID_ARGUMENT if the text is not valid UTF-8. Time is linear in the text's length.
  absl::StatusOr<std::vector<v1::Claim>> Extract(const v1::Article& article) const;

  // "fr" or "en": the language Extract() would use for `article`.
  std::string Language(const v1::Article& article) const;

  // For an article that comes without published_at: the day its text says it was published,
  // after a cue of published_cues.tsv ("Publié le 18/11/2018 à 11h52", "Updated July 8, 2024"),
  // the day Extract() dates it by. Nullopt when the text states none, the text is not UTF-8, or
  // the article has a published_at already.
  std::optional<absl::CivilDay> PublishedDay(const v1::Article& article) const;

 private:
  explicit ClaimExtractor(std::unique_ptr<Lexicons> lexicons);
  std::unique_ptr<Lexicons> lexicons_;
};

// The lexicon folder shipped with the binary: $CLAIMCHECK_LEXICONS if set, else the Bazel
// runfiles of the running program, else "extractors/lexicons" under the working directory.
std::string DefaultLexiconDir();

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_CLAIM_EXTRACTOR_H_
