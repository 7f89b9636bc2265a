#include "extractors/claim_extractor.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "extractors/claim_passes.h"
#include "extractors/folded_text.h"
#include "extractors/language_detector.h"
#include "extractors/lexicons.h"
#include "extractors/tokenizer.h"

namespace claimcheck {
namespace {

bool IsDirectory(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

}  // namespace

ClaimExtractor::ClaimExtractor(std::unique_ptr<Lexicons> lexicons)
    : lexicons_(std::move(lexicons)) {}

ClaimExtractor::~ClaimExtractor() = default;

absl::StatusOr<std::unique_ptr<ClaimExtractor>> ClaimExtractor::Create(
    const std::string& lexicon_dir) {
  if (!IsDirectory(lexicon_dir)) {
    return absl::NotFoundError(absl::StrCat("lexicon folder not found: '", lexicon_dir,
                                            "' (set --lexicon_dir or CLAIMCHECK_LEXICONS)"));
  }
  absl::StatusOr<std::unique_ptr<Lexicons>> lexicons = Lexicons::Load(lexicon_dir);
  if (!lexicons.ok()) return lexicons.status();
  return std::unique_ptr<ClaimExtractor>(new ClaimExtractor(std::move(*lexicons)));
}

std::string ClaimExtractor::Language(const v1::Article& article) const {
  if (article.language() == "fr" || article.language() == "en") return article.language();
  if (!IsValidUtf8(article.text())) return "fr";
  const FoldedText folded = FoldedText::Fold(article.text());
  return DetectLanguage(*lexicons_, Tokenize(folded, lexicons_->token_rules));
}

std::optional<absl::CivilDay> ClaimExtractor::PublishedDay(const v1::Article& article) const {
  if (article.has_published_at()) return std::nullopt;
  // The cue stands in the page's head (its first paragraphs): reading a long article's head
  // only keeps an undated article from being tokenized twice over its whole length.
  constexpr size_t kHeadBytes = 64 << 10;
  v1::Article head = article;
  if (head.text().size() > kHeadBytes) {
    size_t cut = head.text().rfind('\n', kHeadBytes);
    if (cut == std::string::npos || cut == 0) {
      cut = kHeadBytes;
      while (cut > 0 && (static_cast<unsigned char>(head.text()[cut]) & 0xC0) == 0x80) --cut;
    }
    head.mutable_text()->resize(cut);
  }
  const FoldedText folded = FoldedText::Fold(head.text());
  if (!folded.valid()) return std::nullopt;
  return PublishedDayInText(ArticleText(head, folded, *lexicons_));
}

absl::StatusOr<std::vector<v1::Claim>> ClaimExtractor::Extract(const v1::Article& article) const {
  const FoldedText folded = FoldedText::Fold(article.text());
  if (!folded.valid()) {
    return absl::InvalidArgumentError(
        absl::StrCat("article '", article.id(), "': text is not valid UTF-8"));
  }
  const ArticleText text(article, folded, *lexicons_);
  std::vector<ClaimDraft> drafts = DraftClaims(text);
  if (drafts.empty()) return std::vector<v1::Claim>();
  FindSubjects(text, &drafts);
  LinkOtherValues(text, &drafts);
  FindMetrics(text, &drafts);
  FindSources(text, &drafts);
  SettleOtherValues(text, &drafts);
  FindSidesApart(text, &drafts);
  NameColleagues(text, &drafts);
  FindPlaces(text, &drafts);
  LinkRivalCrowdCounts(text, &drafts);
  FindEventDates(text, &drafts);
  MarkPeriodsAndForecasts(text, &drafts);
  FindHedges(text, &drafts);
  FlagUnattributed(&drafts);
  std::vector<v1::Claim> claims;
  claims.reserve(drafts.size());
  for (ClaimDraft& d : drafts) claims.push_back(std::move(d.claim));
  return claims;
}

std::string DefaultLexiconDir() {
  const auto usable = [](const std::string& dir) { return IsDirectory(dir); };
  if (const char* env = std::getenv("CLAIMCHECK_LEXICONS"); env != nullptr && *env != '\0') {
    return env;
  }
  const std::string relative = "claimcheck/extractors/lexicons";
  for (const char* var : {"RUNFILES_DIR", "TEST_SRCDIR"}) {
    if (const char* root = std::getenv(var); root != nullptr && *root != '\0') {
      std::string dir = absl::StrCat(root, "/", relative);
      if (usable(dir)) return dir;
    }
  }
  char exe[4096];
  const ssize_t len = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
  if (len > 0) {
    exe[len] = '\0';
    std::string dir = absl::StrCat(exe, ".runfiles/", relative);
    if (usable(dir)) return dir;
  }
  return "extractors/lexicons";
}

}  // namespace claimcheck
