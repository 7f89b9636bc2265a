#include "extractors/claim_extractor.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <tuple>
#include <string>
#include <tuple>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "extractors/folded_text.h"
#include "extractors/hedge_detector.h"
#include "extractors/language_detector.h"
#include "extractors/lexicons.h"
#include "extractors/metric_finder.h"
#include "extractors/number_recognizer.h"
#include "extractors/place_resolver.h"
#include "extractors/qualifier_detector.h"
#include "extractors/source_attributor.h"
#include "extractors/subject_finder.h"
#include "extractors/tokenizer.h"
#include "extractors/word_set.h"

namespace claimcheck {
namespace {

// The country of a demonym right beside what is counted: "300 soldats ukrainiens", "500 Russian
// soldiers", "des militaires russes".
std::string SubjectSide(const Lexicons& lex, const LanguageLexicon& lang, const TokenizedText& t,
                        int begin, int end) {
  for (int i = std::max(0, begin - 1); i < std::min(t.size(), end + 2); ++i) {
    const PlaceEntry* e = lex.DemonymAt(t, i, lang.language == "en");
    if (e != nullptr && !e->country.empty()) return e->country;
  }
  return "";
}

constexpr size_t kMaxSentenceBytes = 600;  // longer "sentences" are cut for the reviewer
constexpr size_t kMaxHedgeBytes = 160;     // the hedge quoted in an UNVERIFIED flag's reason

// Metrics whose count, when no noun says what is counted, is of people.
bool CountsPeople(v1::Metric m) {
  return m == v1::KILLED || m == v1::WOUNDED || m == v1::MISSING || m == v1::DETAINED ||
         m == v1::DISPLACED || m == v1::AFFECTED || m == v1::CASUALTIES;
}

// "dont 12 enfants", "including 12 children", "parmi eux 3 enfants": a part of the count before.
bool IntroducesPart(const TokenizedText& t, int i) {
  return t.Is(i - 1, "dont") || t.Is(i - 1, "including") || t.Is(i - 1, "notamment") ||
         (t.Is(i - 1, "eux") && t.Is(i - 2, "parmi")) ||
         (t.Is(i - 1, "them") && t.Is(i - 2, "among"));
}

// Numbers in a list share their verb: "sept frappes de missiles, 18 frappes aériennes et plus
// de 85 attaques".
bool ListJoins(const TokenizedText& t, int from, int to) {
  if (to - from > 3 || to < from) return false;
  for (int i = from; i < to; ++i) {
    if (t.IsPunct(i, ',') || t.Is(i, "et") || t.Is(i, "and") || t.Is(i, "ou") || t.Is(i, "or") ||
        t.Is(i, "ainsi") || t.Is(i, "que")) {
      return true;
    }
  }
  return false;
}

bool IsDirectory(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// The original text of tokens [begin, end). Past `max_bytes` it is cut at a character boundary
// and ends with "…": the cut comes before the copy, so a claim in a megabyte-long "sentence"
// costs what a claim in a normal one does.
std::string Slice(absl::string_view text, const FoldedText& folded, const TokenizedText& t,
                  int begin, int end, size_t max_bytes = std::string::npos) {
  const uint32_t from = folded.OriginalOffset(t.tokens[begin].begin);
  const uint32_t to = folded.OriginalOffset(t.tokens[end - 1].end);
  absl::string_view slice = text.substr(from, to - from);
  if (slice.size() <= max_bytes) return std::string(slice);
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(slice[cut]) & 0xC0) == 0x80) --cut;
  return absl::StrCat(slice.substr(0, cut), "…");
}

// A Markdown front matter block ("---" lines) holds metadata, not text: its title is the
// article's title (article/article_header.h), and its numbers are the body's again.
void DropFrontMatter(absl::string_view text, const FoldedText& folded, const TokenizedText& t,
                     std::vector<NumberMention>* mentions) {
  if (!absl::StartsWith(text, "---")) return;
  const size_t close = text.find("\n---", 3);
  if (close == absl::string_view::npos) return;
  std::vector<NumberMention> kept;
  for (NumberMention& m : *mentions) {
    if (folded.OriginalOffset(t.tokens[m.begin].begin) < close) continue;
    kept.push_back(std::move(m));
  }
  *mentions = std::move(kept);
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
  return DetectLanguage(*lexicons_, Tokenize(folded));
}

absl::StatusOr<std::vector<v1::Claim>> ClaimExtractor::Extract(const v1::Article& article) const {
  const std::string& text = article.text();
  const FoldedText folded = FoldedText::Fold(text);
  if (!folded.valid()) {
    return absl::InvalidArgumentError(
        absl::StrCat("article '", article.id(), "': text is not valid UTF-8"));
  }
  TokenizedText tokens = Tokenize(folded);
  lexicons_->Annotate(&tokens);
  const std::string language = (article.language() == "fr" || article.language() == "en")
                                   ? article.language()
                                   : DetectLanguage(*lexicons_, tokens);
  const LanguageLexicon& lex = lexicons_->ForLanguage(language);

  std::vector<NumberMention> mentions = NumberRecognizer(lex).Find(tokens);
  QualifierDetector(lex).Apply(tokens, &mentions);
  DropFrontMatter(text, folded, tokens, &mentions);
  std::vector<v1::Claim> claims;
  if (mentions.empty()) return claims;

  const PlaceResolver places(*lexicons_, lex, tokens, text);
  const SourceAttributor sources(*lexicons_, lex, tokens, text);
  const SubjectFinder subject_finder(lex);
  const MetricFinder metric_finder(lex);

  const int n = static_cast<int>(mentions.size());
  std::vector<int> sentence(n);
  std::vector<Subject> subjects(n);
  for (int k = 0; k < n; ++k) {
    sentence[k] = tokens.sentence_of[mentions[k].begin];
    subjects[k] = subject_finder.Find(tokens, mentions[k], tokens.sentences[sentence[k]].end);
  }
  const auto same_sentence = [&](int a, int b) {
    return a >= 0 && b < n && sentence[a] == sentence[b];
  };
  // What a number counts when it names none itself: its whole ("30 des 35 drones") or the
  // count before it ("63 of whom", "dont 12").
  std::vector<int> part_of(n, -1);
  for (int k = n - 1; k >= 0; --k) {
    if (subjects[k].partitive && same_sentence(k, k + 1)) {
      part_of[k] = k + 1;
      const bool keep_own = subjects[k].from_lexicon;
      if (!keep_own) {
        subjects[k].canonical = subjects[k + 1].canonical;
        subjects[k].begin = subjects[k + 1].begin;
        subjects[k].end = subjects[k + 1].end;
      }
    }
  }
  for (int k = 0; k < n; ++k) {
    if ((subjects[k].anaphoric || IntroducesPart(tokens, mentions[k].text_begin)) &&
        same_sentence(k - 1, k) && mentions[k].unit.empty()) {
      // "abattu 52 des 54 drones, dont une quarantaine": a part of the 52, not of the 54.
      const int whole = (k >= 2 && part_of[k - 2] == k - 1 && same_sentence(k - 2, k)) ? k - 2
                                                                                        : k - 1;
      part_of[k] = whole;
      if (subjects[k].canonical.empty()) {
        subjects[k].canonical = subjects[whole].canonical;
        subjects[k].begin = subjects[whole].begin;
        subjects[k].end = subjects[whole].end;
      }
    }
  }

  // "89 ..., contre 63 annoncés initialement", "up from 63": the same count, another value.
  std::vector<bool> compared(n, false);
  for (int k = 1; k < n; ++k) {
    const int b = mentions[k].text_begin;
    if (same_sentence(k - 1, k) && mentions[k].unit.empty() &&
        (tokens.Is(b - 1, "contre") || tokens.Is(b - 1, "versus") ||
         (tokens.Is(b - 1, "from") && (tokens.Is(b - 2, "up") || tokens.Is(b - 2, "down"))) ||
         (tokens.Is(b - 1, "with") && tokens.Is(b - 2, "compared")))) {
      compared[k] = true;
      if (!subjects[k].from_lexicon) {
        subjects[k].canonical = subjects[k - 1].canonical;
        subjects[k].begin = subjects[k - 1].begin;
        subjects[k].end = subjects[k - 1].end;
      }
    }
  }

  std::vector<v1::Metric> metrics(n, v1::METRIC_UNSPECIFIED);
  for (int k = 0; k < n; ++k) {
    const Sentence& s = tokens.sentences[sentence[k]];
    // The count before this one in the sentence (measures like "sept jours" do not count).
    int previous = k - 1;
    while (previous >= 0 && same_sentence(previous, k) && !mentions[previous].unit.empty()) {
      --previous;
    }
    const bool previous_here = previous >= 0 && same_sentence(previous, k);
    const int previous_end =
        previous_here ? std::max(mentions[previous].text_end, subjects[previous].end) : s.begin;
    const bool whole_of_partitive = same_sentence(k - 1, k) && part_of[k - 1] == k;
    metrics[k] = metric_finder.Find(tokens, mentions[k], subjects[k],
                                    std::max(s.begin, previous_end), s.end,
                                    /*look_back=*/!whole_of_partitive);
    if (metrics[k] == v1::METRIC_UNSPECIFIED && previous_here && mentions[k].unit.empty() &&
        ListJoins(tokens, previous_end, mentions[k].text_begin)) {
      metrics[k] = metrics[previous];
    }
    if (metrics[k] == v1::METRIC_UNSPECIFIED && whole_of_partitive) {
      // "12 missiles ..., et huit des douze missiles": the whole was counted before.
      for (int j = k - 2; j >= 0 && same_sentence(j, k); --j) {
        if (subjects[j].canonical == subjects[k].canonical && !subjects[k].canonical.empty()) {
          metrics[k] = metrics[j];
          break;
        }
      }
    }
    if (compared[k] && metrics[k] == v1::METRIC_UNSPECIFIED) {
      metrics[k] = metrics[k - 1];
    }
    if (metrics[k] == v1::METRIC_UNSPECIFIED && part_of[k] >= 0 && part_of[k] < k) {
      metrics[k] = metrics[part_of[k]];  // "dont 12 enfants" were killed too
    }
  }

  std::vector<int> hedged = HedgeDetector(lex).Cover(tokens, sentence);
  std::vector<SpeakerOfNumber> speakers(n);
  for (int k = 0; k < n; ++k) speakers[k] = sources.For(sentence[k], mentions[k].begin);
  // "It provided no evidence for its claims": the speaker's figures in the paragraph before
  // are its claims too. Keyed by (paragraph, speaker) so a long article stays linear.
  const auto paragraph = [&](int k) { return tokens.sentences[sentence[k]].paragraph; };
  const auto speaker_key = [&](int k) -> absl::string_view {
    const v1::Source* x = speakers[k].source;
    if (x == nullptr) return absl::string_view();
    return x->canonical_id().empty() ? x->text() : x->canonical_id();
  };
  absl::flat_hash_map<std::pair<int, absl::string_view>, int> hedged_speakers;
  for (int k = 0; k < n; ++k) {
    if (hedged[k] >= 0 && !speaker_key(k).empty()) {
      hedged_speakers.emplace(std::make_pair(paragraph(k) - 1, speaker_key(k)), hedged[k]);
    }
  }
  if (!hedged_speakers.empty()) {
    for (int j = 0; j < n; ++j) {
      if (hedged[j] >= 0 || speaker_key(j).empty()) continue;
      auto it = hedged_speakers.find(std::make_pair(paragraph(j), speaker_key(j)));
      if (it != hedged_speakers.end()) hedged[j] = it->second;
    }
  }

  claims.reserve(n);
  for (int k = 0; k < n; ++k) {
    const NumberMention& m = mentions[k];
    const Sentence& s = tokens.sentences[sentence[k]];
    v1::Claim claim;
    claim.set_id(absl::StrCat(article.id(), "#", k + 1));
    claim.set_article_id(article.id());
    claim.mutable_number_span()->set_start(folded.OriginalOffset(tokens.tokens[m.begin].begin));
    claim.mutable_number_span()->set_end(folded.OriginalOffset(tokens.tokens[m.end - 1].end));
    v1::Quantity* q = claim.mutable_quantity();
    q->set_value(m.value);
    if (m.lower) q->set_lower(*m.lower);
    if (m.upper) q->set_upper(*m.upper);
    q->set_qualifier(m.qualifier);
    q->set_text(Slice(text, folded, tokens, m.text_begin, m.text_end));
    if (!m.unit.empty()) q->set_unit(m.unit);  // an empty string still costs an allocation

    const v1::Metric metric = m.unit.empty()
                                  ? metric_finder.Settle(metrics[k], subjects[k].canonical)
                                  : v1::OTHER;
    claim.set_metric(metric);
    std::string subject = subjects[k].canonical;
    if (subject.empty() && m.unit.empty() && CountsPeople(metric)) subject = "person";
    claim.set_subject(subject);
    if (subjects[k].begin >= 0 && subjects[k].end > subjects[k].begin) {
      claim.set_subject_text(Slice(text, folded, tokens, subjects[k].begin, subjects[k].end));
      if (std::string side = SubjectSide(*lexicons_, lex, tokens, subjects[k].begin,
                                         subjects[k].end);
          !side.empty()) {
        claim.set_subject_side(std::move(side));
      }
    }

    const SpeakerOfNumber& who = speakers[k];
    if (who.source != nullptr) *claim.mutable_source() = *who.source;
    claim.set_earlier_report(who.earlier);
    v1::Location where = places.For(sentence[k], m.begin, who.speaker_begin, who.speaker_end);
    if (!where.canonical().empty()) *claim.mutable_location() = std::move(where);

    claim.set_sentence(Slice(text, folded, tokens, s.begin, s.end, kMaxSentenceBytes));
    claim.set_language(language);
    if (article.has_published_at()) *claim.mutable_published_at() = article.published_at();
    if (part_of[k] >= 0) claim.set_part_of_claim_id(absl::StrCat(article.id(), "#", part_of[k] + 1));

    if (hedged[k] >= 0) {
      v1::Flag* flag = claim.add_flags();
      flag->set_kind(v1::UNVERIFIED);
      const Sentence& h = tokens.sentences[hedged[k]];
      const std::string hedge = Slice(text, folded, tokens, h.begin, h.end, kMaxHedgeBytes);
      flag->set_reason(absl::StrCat("hedged by the article: \"", hedge, "\""));
    }
    if (claim.source().text().empty() && m.unit.empty()) {
      v1::Flag* flag = claim.add_flags();
      flag->set_kind(v1::UNATTRIBUTED);
      flag->set_reason("the article names no source for this figure");
    }
    claims.push_back(std::move(claim));
  }
  LendSourcesToRestatedFigures(&claims);
  return claims;
}

void ClaimExtractor::LendSourcesToRestatedFigures(std::vector<v1::Claim>* claims) {
  // A headline or summary that repeats a figure the body attributes ("le bilan passe à 19
  // morts" ... "19 morts, a annoncé le gouverneur") is that speaker's figure too.
  using Key = std::tuple<int, absl::string_view, int, double>;
  // A headline's "victimes" are the body's "morts": people either way, and a toll of victims
  // restates one of dead.
  static const WordSet* const kPeople =
      new WordSet({"person", "victim", "dead", "body", "casualty", "resident", "civilian"});
  const auto key = [](const v1::Claim& c) {
    const absl::string_view subject =
        kPeople->contains(c.subject()) ? absl::string_view("person") : c.subject();
    const int metric = c.metric() == v1::CASUALTIES ? v1::KILLED : c.metric();
    return Key(metric, subject, c.quantity().qualifier(), c.quantity().value());
  };
  absl::flat_hash_map<Key, const v1::Claim*> attributed;
  for (const v1::Claim& c : *claims) {
    if (!c.source().text().empty()) attributed.emplace(key(c), &c);
  }
  if (attributed.empty()) return;
  for (v1::Claim& c : *claims) {
    if (!c.source().text().empty() || !c.quantity().unit().empty()) continue;
    auto it = attributed.find(key(c));
    if (it == attributed.end()) continue;
    const v1::Claim& other = *it->second;
    *c.mutable_source() = other.source();
    c.mutable_source()->set_cue(absl::StrCat("restates ", other.id()));
    auto* flags = c.mutable_flags();
    for (int i = flags->size() - 1; i >= 0; --i) {
      if (flags->Get(i).kind() == v1::UNATTRIBUTED) flags->DeleteSubrange(i, 1);
    }
  }
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
