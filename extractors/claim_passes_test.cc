// Each pass of ClaimExtractor::Extract on its own: run the passes before it, then check what it
// adds. Sentences are written for these tests.
#include "extractors/claim_passes.h"

#include <memory>
#include <string>
#include <vector>

#include "extractors/claim_extractor.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

enum class Upto { kDrafts, kSubjects, kMetrics, kSources, kPlaces, kHedges, kUnattributed };

// An article and its drafts after the passes up to and including `upto`.
class Drafted {
 public:
  Drafted(const Lexicons& lexicons, const std::string& text, Upto upto) {
    article_.set_id("a");
    article_.set_text(text);
    folded_ = std::make_unique<FoldedText>(FoldedText::Fold(text));
    text_ = std::make_unique<ArticleText>(article_, *folded_, lexicons);
    drafts = DraftClaims(*text_);
    if (upto >= Upto::kSubjects) FindSubjects(*text_, &drafts);
    if (upto >= Upto::kMetrics) FindMetrics(*text_, &drafts);
    if (upto >= Upto::kSources) FindSources(*text_, &drafts);
    if (upto >= Upto::kPlaces) FindPlaces(*text_, &drafts);
    if (upto >= Upto::kHedges) FindHedges(*text_, &drafts);
    if (upto >= Upto::kUnattributed) FlagUnattributed(&drafts);
  }

  const ArticleText& text() const { return *text_; }

  // The draft whose number is written `number`.
  ClaimDraft& At(const std::string& number) {
    const std::string& t = article_.text();
    for (ClaimDraft& d : drafts) {
      const auto& span = d.claim.number_span();
      if (t.substr(span.start(), span.end() - span.start()) == number) return d;
    }
    ADD_FAILURE() << "no draft for '" << number << "'";
    static ClaimDraft none;
    return none;
  }

  std::vector<ClaimDraft> drafts;

 private:
  v1::Article article_;
  std::unique_ptr<FoldedText> folded_;
  std::unique_ptr<ArticleText> text_;
};

bool HasFlag(const v1::Claim& c, v1::FlagKind kind) {
  for (const v1::Flag& f : c.flags()) {
    if (f.kind() == kind) return true;
  }
  return false;
}

class ClaimPassesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = Lexicons::Load(DefaultLexiconDir());
    ASSERT_TRUE(loaded.ok()) << loaded.status();
    lexicons_ = loaded->release();
  }
  static Lexicons* lexicons_;
};

Lexicons* ClaimPassesTest::lexicons_ = nullptr;

TEST_F(ClaimPassesTest, ArticleTextSettlesTheLanguageAndSlicesTheOriginalBytes) {
  v1::Article article;
  article.set_text("Près de 6\xE2\x80\xAF" "000 enfants ont été détenus.");
  const FoldedText folded = FoldedText::Fold(article.text());
  const ArticleText text(article, folded, *lexicons_);
  EXPECT_EQ(text.language, "fr");
  EXPECT_EQ(&text.lex, &lexicons_->fr);
  EXPECT_EQ(text.Slice(0, 2), "Près de");
  EXPECT_EQ(text.Slice(0, 3, 4), "Pr\xC3\xA8…");  // cut before the copy, at a whole character
  article.set_language("en");
  EXPECT_EQ(ArticleText(article, folded, *lexicons_).language, "en");
}

TEST_F(ClaimPassesTest, DraftClaimsGiveIdsSpansQuantitiesAndSentences) {
  const std::string text =
      "---\ntitle: 12 morts à Kherson\ndate: 2024-05-03\n---\n"
      "Au moins 12 personnes ont été tuées. Le bilan est passé à 15.";
  Drafted d(*lexicons_, text, Upto::kDrafts);
  // Nothing of the front matter is a claim: its date is metadata, its title the article's title.
  ASSERT_EQ(d.drafts.size(), 2u);
  const v1::Claim& twelve = d.drafts[0].claim;
  EXPECT_EQ(twelve.id(), "a#1");
  EXPECT_EQ(twelve.article_id(), "a");
  EXPECT_EQ(twelve.quantity().text(), "Au moins 12");
  EXPECT_EQ(twelve.quantity().qualifier(), v1::AT_LEAST);
  EXPECT_EQ(twelve.sentence(), "Au moins 12 personnes ont été tuées.");
  EXPECT_EQ(twelve.language(), "fr");
  EXPECT_EQ(d.drafts[1].sentence, d.drafts[0].sentence + 1);
  // Nothing the later passes decide is set yet.
  EXPECT_EQ(twelve.metric(), v1::METRIC_UNSPECIFIED);
  EXPECT_TRUE(twelve.subject().empty());
}

TEST_F(ClaimPassesTest, FindSubjectsLinksPartsWholesAndComparedValues) {
  const std::string text =
      "L'armée a abattu 30 des au moins 35 drones russes, dont une vingtaine au-dessus de Kiev. "
      "Le ministère a annoncé 89 soldats tués, contre 63 annoncés initialement.";
  Drafted d(*lexicons_, text, Upto::kSubjects);
  const ClaimDraft& part = d.At("30");
  const ClaimDraft& whole = d.At("35");
  EXPECT_EQ(part.claim.subject(), "drone");  // the whole's noun
  EXPECT_EQ(part.claim.part_of_claim_id(), whole.claim.id());
  EXPECT_EQ(whole.claim.subject_side(), "RU");
  EXPECT_EQ(whole.claim.subject_text(), "drones");
  // "dont une vingtaine": a part of the 30, not of the 35.
  EXPECT_EQ(d.At("une vingtaine").claim.part_of_claim_id(), part.claim.id());
  EXPECT_EQ(d.At("une vingtaine").claim.subject(), "drone");
  EXPECT_TRUE(d.At("63").compared);
  EXPECT_EQ(d.At("63").claim.subject(), "soldier");
  EXPECT_FALSE(d.At("89").compared);
}

TEST_F(ClaimPassesTest, FindMetricsLendsToListsAndDefaultsToPeople) {
  const std::string text =
      "La Russie a lancé sept frappes de missiles et 18 frappes aériennes.\n"
      "Les bombardements ont tué 12 à Kherson et blessé 20 km plus loin 9 autres.";
  Drafted d(*lexicons_, text, Upto::kMetrics);
  EXPECT_EQ(d.At("sept").claim.metric(), v1::LAUNCHED);
  EXPECT_EQ(d.At("18").claim.metric(), v1::LAUNCHED);  // lent by its list neighbour
  const v1::Claim& killed = d.At("12").claim;
  EXPECT_EQ(killed.metric(), v1::KILLED);
  EXPECT_EQ(killed.subject(), "person");  // no noun, but a count of people
  EXPECT_EQ(d.At("20").claim.metric(), v1::OTHER);  // a measure
  EXPECT_TRUE(d.At("20").claim.subject().empty());
}

TEST_F(ClaimPassesTest, FindSourcesGivesTheSpeakerAndItsWords) {
  const std::string text =
      "Le ministère russe de la Défense a indiqué que 89 militaires avaient été tués. Moscou "
      "avait précédemment déclaré que 63 soldats avaient péri.";
  Drafted d(*lexicons_, text, Upto::kSources);
  const ClaimDraft& now = d.At("89");
  EXPECT_EQ(now.claim.source().canonical_id(), "ru.mod");
  EXPECT_FALSE(now.claim.earlier_report());
  EXPECT_EQ(d.text().Slice(now.speaker_begin, now.speaker_end),
            "Le ministère russe de la Défense");
  EXPECT_TRUE(d.At("63").claim.earlier_report());
  EXPECT_EQ(d.At("63").claim.source().text(), "Moscou");
}

TEST_F(ClaimPassesTest, FindPlacesPassesOverTheSpeakersWords) {
  const std::string text = "Kharkiv officials said 12 people were hurt.";
  Drafted d(*lexicons_, text, Upto::kSources);
  ClaimDraft& hurt = d.At("12");
  ASSERT_EQ(d.text().Slice(hurt.speaker_begin, hurt.speaker_end), "Kharkiv officials");
  FindPlaces(d.text(), &d.drafts);
  EXPECT_FALSE(hurt.claim.has_location());  // a voice, not where it happened
  // Without the speaker's words the same name is a place.
  hurt.speaker_begin = hurt.speaker_end = -1;
  FindPlaces(d.text(), &d.drafts);
  EXPECT_EQ(hurt.claim.location().canonical(), "Kharkiv");
}

TEST_F(ClaimPassesTest, FindHedgesReachesTheSpeakersFiguresInTheParagraphBefore) {
  const std::string text =
      "Le ministère russe de la Défense a déclaré avoir abattu 31 drones.\n"
      "Le ministère russe de la Défense a ajouté avoir détruit 4 chars, sans fournir de preuves.\n"
      "La police a interpellé 12 manifestants.";
  Drafted d(*lexicons_, text, Upto::kHedges);
  EXPECT_TRUE(HasFlag(d.At("4").claim, v1::UNVERIFIED));
  EXPECT_TRUE(HasFlag(d.At("31").claim, v1::UNVERIFIED));  // same speaker, paragraph before
  EXPECT_EQ(d.At("31").hedge_sentence, d.At("4").sentence);
  EXPECT_FALSE(HasFlag(d.At("12").claim, v1::UNVERIFIED));
  EXPECT_NE(d.At("4").claim.flags(0).reason().find("sans fournir de preuves"), std::string::npos);
}

TEST_F(ClaimPassesTest, FlagUnattributedSparesMeasuresAndAttributedCounts) {
  const std::string text =
      "Les bombardements ont fait 12 morts à 30 km de Kherson. La police a interpellé 5 "
      "manifestants.";
  Drafted d(*lexicons_, text, Upto::kUnattributed);
  EXPECT_TRUE(HasFlag(d.At("12").claim, v1::UNATTRIBUTED));
  EXPECT_FALSE(HasFlag(d.At("30").claim, v1::UNATTRIBUTED));
  EXPECT_FALSE(HasFlag(d.At("5").claim, v1::UNATTRIBUTED));
}

}  // namespace
}  // namespace claimcheck
