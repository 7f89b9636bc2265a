// End-to-end behaviour of ClaimExtractor on short articles written for these tests.
#include "extractors/claim_extractor.h"

#include <fstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

bool HasFlag(const v1::Claim& c, v1::FlagKind kind) {
  for (const v1::Flag& f : c.flags()) {
    if (f.kind() == kind) return true;
  }
  return false;
}

class ClaimExtractorTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto created = ClaimExtractor::Create(DefaultLexiconDir());
    ASSERT_TRUE(created.ok()) << created.status();
    extractor_ = created->release();
  }

  std::vector<v1::Claim> Extract(const std::string& text, const std::string& language = "") {
    v1::Article article;
    article.set_id("test");
    article.set_text(text);
    article.set_language(language);
    auto claims = extractor_->Extract(article);
    EXPECT_TRUE(claims.ok()) << claims.status();
    return claims.ok() ? *claims : std::vector<v1::Claim>{};
  }

  // The claim whose number is `number` as written.
  v1::Claim Find(const std::vector<v1::Claim>& claims, const std::string& text,
                 const std::string& number) {
    for (const v1::Claim& c : claims) {
      if (text.substr(c.number_span().start(), c.number_span().end() - c.number_span().start()) ==
          number) {
        return c;
      }
    }
    ADD_FAILURE() << "no claim for '" << number << "'";
    return v1::Claim();
  }

  static ClaimExtractor* extractor_;
};

ClaimExtractor* ClaimExtractorTest::extractor_ = nullptr;

TEST_F(ClaimExtractorTest, RevisionByTheSameMinistry) {
  const std::string text =
      "Le ministère russe de la Défense a indiqué mercredi que 89 militaires avaient été tués "
      "dans la frappe sur Makeïevka. Moscou avait précédemment déclaré que 63 soldats russes "
      "avaient péri.";
  const auto claims = Extract(text);
  ASSERT_EQ(claims.size(), 2u);
  const v1::Claim c89 = Find(claims, text, "89");
  EXPECT_EQ(c89.metric(), v1::KILLED);
  EXPECT_EQ(c89.subject(), "soldier");
  EXPECT_EQ(c89.location().canonical(), "Makiivka");
  EXPECT_EQ(c89.source().canonical_id(), "ru.mod");
  EXPECT_EQ(c89.source().party(), "ru");
  EXPECT_FALSE(c89.earlier_report());
  const v1::Claim c63 = Find(claims, text, "63");
  EXPECT_EQ(c63.source().text(), "Moscou");
  EXPECT_EQ(c63.source().party(), "ru");
  EXPECT_TRUE(c63.earlier_report());
  EXPECT_EQ(c63.metric(), v1::KILLED);
  EXPECT_EQ(c63.language(), "fr");
}

TEST_F(ClaimExtractorTest, FiguresSaidInThePastAreEarlierReports) {
  const std::string text =
      "Le ministère de la Santé, qui avait d'abord annoncé « au moins 300 morts », a revu son "
      "bilan mercredi à 280 morts.\n"
      "Mardi, le ministère de l'Intérieur faisait état de 12 morts.\n"
      "Le ministère de l'Intérieur a annoncé jeudi 19 morts.";
  const auto claims = Extract(text, "fr");
  EXPECT_TRUE(Find(claims, text, "300").earlier_report());
  EXPECT_FALSE(Find(claims, text, "280").earlier_report());  // the revised figure, further on
  EXPECT_TRUE(Find(claims, text, "12").earlier_report());    // imperfect
  EXPECT_FALSE(Find(claims, text, "19").earlier_report());
  const std::string english =
      "Earlier in the day the governor had put the toll at 25. The governor said 31 died. "
      "Tuesday's initial toll was nine.";
  const auto en = Extract(english, "en");
  EXPECT_TRUE(Find(en, english, "25").earlier_report());
  EXPECT_FALSE(Find(en, english, "31").earlier_report());
  EXPECT_TRUE(Find(en, english, "nine").earlier_report());
}

TEST_F(ClaimExtractorTest, AHeadlinesVictimsRestateTheBodysDead) {
  const std::string text =
      "Cyclone : la crainte de « centaines » de victimes demeure\n\n"
      "Le préfet, Jean Martin, a estimé qu'il y aurait « des centaines » de morts.";
  const auto claims = Extract(text, "fr");
  const v1::Claim headline = claims.front();
  EXPECT_EQ(headline.subject(), "person");  // past the closing quotation mark
  EXPECT_EQ(headline.source().text(), "Le préfet, Jean Martin");
}

TEST_F(ClaimExtractorTest, CommandersSpeakForTheirArmies) {
  const std::string text =
      "Le commandant en chef ukrainien, Oleksandr Syrsky, a affirmé que 74 localités étaient "
      "sous contrôle. Le chef d'état-major russe Valeri Guerassimov a assuré que 3 000 soldats "
      "ukrainiens avaient été tués.";
  const auto claims = Extract(text, "fr");
  EXPECT_EQ(Find(claims, text, "74").source().canonical_id(), "ua.mod");
  EXPECT_EQ(Find(claims, text, "3 000").source().party(), "ru");
}

TEST_F(ClaimExtractorTest, WhoseSoldiersAreCounted) {
  const std::string fr =
      "Kiev affirme avoir tué 500 soldats russes. Moscou dit avoir tué 300 militaires "
      "ukrainiens. Au moins 12 civils ont été tués.";
  const auto claims = Extract(fr, "fr");
  EXPECT_EQ(Find(claims, fr, "500").subject_side(), "RU");
  EXPECT_EQ(Find(claims, fr, "300").subject_side(), "UA");
  EXPECT_EQ(Find(claims, fr, "12").subject_side(), "");
  const std::string en = "Kyiv said it had killed 500 Russian soldiers.";
  EXPECT_EQ(Find(Extract(en, "en"), en, "500").subject_side(), "RU");
}

TEST_F(ClaimExtractorTest, SpansAreByteOffsetsIntoTheTextAsGiven) {
  const std::string text = " date 2023-01-04 Près de 6\xE2\x80\xAF" "000 enfants ont été détenus.";
  const auto claims = Extract(text);
  ASSERT_EQ(claims.size(), 1u);
  const auto& span = claims[0].number_span();
  EXPECT_EQ(text.substr(span.start(), span.end() - span.start()), "6\xE2\x80\xAF" "000");
  EXPECT_EQ(claims[0].quantity().text(), "Près de 6\xE2\x80\xAF" "000");
  EXPECT_EQ(claims[0].quantity().qualifier(), v1::APPROXIMATE);
  EXPECT_EQ(claims[0].metric(), v1::DETAINED);
  EXPECT_EQ(claims[0].subject(), "child");
  EXPECT_EQ(claims[0].id(), "test#1");
}

TEST_F(ClaimExtractorTest, PartitiveTakesTheWholesNounAndEachItsOwnVerb) {
  const std::string text =
      "L'armée de l'air ukrainienne a déclaré sur Telegram avoir détruit 30 des au moins 35 "
      "drones que la Russie a lancés dans la nuit.";
  const auto claims = Extract(text);
  const v1::Claim part = Find(claims, text, "30");
  const v1::Claim whole = Find(claims, text, "35");
  EXPECT_EQ(part.subject(), "drone");
  EXPECT_EQ(part.metric(), v1::DESTROYED);
  EXPECT_EQ(part.part_of_claim_id(), whole.id());
  EXPECT_EQ(whole.metric(), v1::LAUNCHED);
  EXPECT_EQ(whole.quantity().qualifier(), v1::AT_LEAST);
  EXPECT_EQ(part.source().canonical_id(), "ua.air_force");
  EXPECT_EQ(part.source().channel(), "Telegram");
}

TEST_F(ClaimExtractorTest, AnaphoraAndAsides) {
  const std::string text =
      "Au moins 17 personnes, dont trois enfants, ont été tuées à Zaporijjia, a annoncé le "
      "gouverneur. Officials said 40 people were wounded, 12 of whom were children.";
  const auto claims = Extract(text);
  const v1::Claim all = Find(claims, text, "17");
  EXPECT_EQ(all.metric(), v1::KILLED);
  const v1::Claim children = Find(claims, text, "trois");
  EXPECT_EQ(children.subject(), "child");
  EXPECT_EQ(children.metric(), v1::KILLED);
  EXPECT_EQ(children.part_of_claim_id(), all.id());
  EXPECT_EQ(children.location().canonical(), "Zaporizhzhia");
  const v1::Claim of_whom = Find(claims, text, "12");
  EXPECT_EQ(of_whom.part_of_claim_id(), Find(claims, text, "40").id());
}

TEST_F(ClaimExtractorTest, PronounsResolveToTheSpeakerNamedBefore) {
  const std::string text =
      "S'adressant aux dirigeants européens, le président ukrainien a déclaré : « Nous tiendrons "
      "». Il a déclaré que des millions de personnes étaient privées d'électricité.\n"
      "Le ministère russe de la Défense a accusé Kiev d'une frappe qui, selon lui, a tué 89 "
      "militaires.";
  const auto claims = Extract(text);
  const v1::Claim millions = Find(claims, text, "des millions");
  EXPECT_EQ(millions.source().text(), "le président ukrainien");
  EXPECT_EQ(millions.source().canonical_id(), "ua.president");
  EXPECT_EQ(millions.metric(), v1::AFFECTED);
  EXPECT_EQ(millions.quantity().qualifier(), v1::VAGUE);
  const v1::Claim killed = Find(claims, text, "89");
  EXPECT_EQ(killed.source().canonical_id(), "ru.mod");
}

TEST_F(ClaimExtractorTest, EnglishSpeakersBeforeAndAfterTheVerb) {
  const std::string text =
      "Russia's defence ministry said 63 servicemen were killed in Makeyevka. At least 400 "
      "Russian soldiers died, Ukraine's military said. According to the UN, some 7,000 "
      "civilians have been killed.";
  const auto claims = Extract(text);
  EXPECT_EQ(claims[0].language(), "en");
  EXPECT_EQ(Find(claims, text, "63").source().canonical_id(), "ru.mod");
  EXPECT_EQ(Find(claims, text, "63").location().canonical(), "Makiivka");
  const v1::Claim c400 = Find(claims, text, "400");
  EXPECT_EQ(c400.source().party(), "ua");
  EXPECT_EQ(c400.metric(), v1::KILLED);
  const v1::Claim un = Find(claims, text, "7,000");
  EXPECT_EQ(un.source().party(), "un");
  EXPECT_EQ(un.subject(), "civilian");
}

TEST_F(ClaimExtractorTest, FrenchSpeakersInRelativesPassivesAndInversions) {
  const std::string text =
      "La défense aérienne ukrainienne a indiqué que 41 drones avaient été lancés. Vingt-huit "
      "d'entre eux ont été abattus, ajoute-t-elle.\n"
      "Le ministère de la Santé, qui avait d'abord annoncé 200 morts, a revu son bilan.\n"
      "Selon le bilan publié jeudi par la mairie de Lviv, 9 personnes ont été tuées.\n"
      "L'attaque a fait 14 morts selon la police, et les frappes ont blessé 25 personnes à "
      "Lviv, selon les secouristes.\n"
      "Kiev revendique 30 villages, Moscou en reconnaît 12.\n"
      "L'ONU estime par ailleurs que 40 000 personnes ont fui.";
  const auto claims = Extract(text, "fr");
  EXPECT_EQ(Find(claims, text, "Vingt-huit").source().text(),
            "La défense aérienne ukrainienne");  // not "t-elle"
  EXPECT_EQ(Find(claims, text, "200").source().text(), "Le ministère de la Santé");
  EXPECT_EQ(Find(claims, text, "9").source().text(), "la mairie de Lviv");
  EXPECT_EQ(Find(claims, text, "14").source().text(), "la police");
  EXPECT_EQ(Find(claims, text, "25").source().text(), "les secouristes");
  EXPECT_EQ(Find(claims, text, "30").source().party(), "ua");
  EXPECT_EQ(Find(claims, text, "12").source().party(), "ru");
  EXPECT_EQ(Find(claims, text, "40 000").source().party(), "un");
}

TEST_F(ClaimExtractorTest, AQuotationOverSeveralSentencesIsTheSpeakersNamedAfterIt) {
  const std::string text =
      "Rompant le silence, Volodymyr Zelensky a donné un chiffre. « 46 000 soldats sont morts. "
      "Ce n'est pas 300 000 », a déclaré le président.\n"
      "« 12 blessés. » Puis un autre témoin est arrivé.";
  const auto claims = Extract(text, "fr");
  const v1::Source quoted = Find(claims, text, "46 000").source();
  EXPECT_EQ(quoted.text(), "Volodymyr Zelensky");  // "le président" points back to him
  EXPECT_EQ(quoted.canonical_id(), "ua.president");
  // A quotation closed with nobody named after it gives nobody.
  EXPECT_TRUE(Find(claims, text, "12").source().text().empty());
}

TEST_F(ClaimExtractorTest, FrenchSpeakersThroughNegationImperfectAndSameNoun) {
  const std::string text =
      "La préfète, Anne Martin, n'a recensé que sept blessés.\n"
      "Mardi, le gouvernement arménien recensait 18 000 réfugiés.\n"
      "Le général Petrenko a qualifié ces chiffres de mensonges. Selon lui, 40 soldats sont "
      "morts. Plus d'une centaine d'habitants ont été évacués, a-t-il précisé.\n"
      "Kiev a rejeté les bilans de la Russie, qui parle de 9 000 morts.\n"
      "Côté russe, les mêmes responsables estimaient les pertes à 2 000 morts.";
  const auto claims = Extract(text, "fr");
  EXPECT_EQ(Find(claims, text, "sept").source().text(), "La préfète, Anne Martin");
  EXPECT_EQ(Find(claims, text, "18 000").source().text(), "le gouvernement arménien");
  // "ces chiffres" is no verb: the general, not "a qualifié ces", speaks next.
  EXPECT_EQ(Find(claims, text, "40").source().text(), "Le général Petrenko");
  EXPECT_EQ(Find(claims, text, "une centaine").source().text(), "Le général Petrenko");
  EXPECT_EQ(Find(claims, text, "9 000").source().party(), "ru");
  // "les mêmes responsables" are the ones who spoke last.
  EXPECT_EQ(Find(claims, text, "2 000").source().party(), "ru");
}

TEST_F(ClaimExtractorTest, EnglishSpeakersAcrossAsidesAndCoordination) {
  const std::string text =
      "Oleh Tkach, head of the city council, said 17 people were hurt, but warned that "
      "about 10 remained missing.\n"
      "Two U.S. officials, speaking on condition of anonymity, told Reuters that up to 15 "
      "jets were hit.\n"
      "Local bloggers put the number of jets damaged at around eight.\n"
      "The Emergency Lawyers, a group that tracks abuses, said 60 people had been killed.\n"
      "The death toll rose to 95, Spain's government said.\n"
      "In the south, Russian shelling killed three people in Kherson, the regional "
      "administration said.";
  const auto claims = Extract(text, "en");
  EXPECT_EQ(Find(claims, text, "17").source().text(), "Oleh Tkach, head of the city council");
  EXPECT_EQ(Find(claims, text, "10").source().text(), "Oleh Tkach, head of the city council");
  EXPECT_EQ(Find(claims, text, "15").source().text(), "Two U.S. officials");  // not Reuters
  EXPECT_EQ(Find(claims, text, "eight").source().text(), "Local bloggers");
  EXPECT_EQ(Find(claims, text, "60").source().text(), "The Emergency Lawyers");
  EXPECT_EQ(Find(claims, text, "95").source().text(), "Spain's government");
  const v1::Source administration = Find(claims, text, "three").source();
  EXPECT_EQ(administration.text(), "the regional administration");
  EXPECT_EQ(administration.party(), "ua");  // Kherson's, not the shelling side's
}

TEST_F(ClaimExtractorTest, SpeakersOfOpinionsParticiplesAndQuotesFirst) {
  const std::string text =
      "\"Families are exhausted,\" said a nurse for the Red Crescent, who treated 40 people.\n"
      "The search ended on Monday, with the mayor saying the toll had reached 23.\n"
      "Earlier in the day she had put the toll at 19.\n"
      "Pour l'analyste Jean Dupont, au moins 5 000 soldats sont engagés.\n"
      "Pour la première fois, 12 chars ont été livrés.";
  const auto claims = Extract(text);
  EXPECT_EQ(Find(claims, text, "40").source().text(), "a nurse for the Red Crescent");
  EXPECT_EQ(Find(claims, text, "23").source().text(), "the mayor");
  EXPECT_EQ(Find(claims, text, "19").source().text(), "the mayor");  // "she"
  EXPECT_EQ(Find(claims, text, "5 000").source().text(), "l'analyste Jean Dupont");
  EXPECT_TRUE(Find(claims, text, "12").source().text().empty());
}

TEST_F(ClaimExtractorTest, TheNounPointsBackOnlyToASpeakerItFits) {
  const std::string text =
      "The Interior Ministry said 30 people were detained. More than 100 protesters were "
      "treated in hospital, according to the health ministry.\n"
      "\"We found 12 bodies,\" Omar Faris, a minister in the eastern government, told the BBC.\n"
      "Health Minister Nabil Haddad raised the toll to 15 dead. Nearly 300 people were "
      "wounded, he said.";
  const auto claims = Extract(text);
  EXPECT_EQ(Find(claims, text, "100").source().text(), "the health ministry");
  EXPECT_EQ(Find(claims, text, "12").source().text(), "Omar Faris");  // not the BBC, not "We"
  EXPECT_EQ(Find(claims, text, "300").source().text(), "Health Minister Nabil Haddad");
  const std::string french =
      "Une source sécuritaire a évoqué 40 morts. Au moins 9 soldats sont portés disparus, "
      "selon cette même source.";
  EXPECT_EQ(Find(Extract(french), french, "9").source().text(), "Une source sécuritaire");
}

TEST_F(ClaimExtractorTest, HedgesCoverTheClaimsTheyPointBackTo) {
  const std::string text =
      "L'état-major ukrainien a déclaré que la Russie avait lancé sept frappes de missiles et 18 "
      "frappes aériennes. Ces affirmations n'ont pas pu être vérifiées de manière "
      "indépendante.\nLa police a interpellé 12 manifestants.\nLe groupe aurait tué 30 "
      "civils.";
  const auto claims = Extract(text);
  EXPECT_TRUE(HasFlag(Find(claims, text, "sept"), v1::UNVERIFIED));
  EXPECT_TRUE(HasFlag(Find(claims, text, "18"), v1::UNVERIFIED));
  EXPECT_EQ(Find(claims, text, "18").metric(), v1::LAUNCHED);
  EXPECT_FALSE(HasFlag(Find(claims, text, "12"), v1::UNVERIFIED));
  EXPECT_TRUE(HasFlag(Find(claims, text, "30"), v1::UNVERIFIED));  // conditional
}

TEST_F(ClaimExtractorTest, EnglishHedges) {
  const std::string text =
      "The ministry said it had shot down 31 drones, without providing evidence. Separately, "
      "police said 5 people were arrested.";
  const auto claims = Extract(text);
  EXPECT_TRUE(HasFlag(Find(claims, text, "31"), v1::UNVERIFIED));
  EXPECT_EQ(Find(claims, text, "31").metric(), v1::DESTROYED);
  EXPECT_FALSE(HasFlag(Find(claims, text, "5"), v1::UNVERIFIED));
}

TEST_F(ClaimExtractorTest, UnattributedWhenNobodySpeaks) {
  const std::string text = "Les bombardements ont fait 12 morts à Kherson.";
  const auto claims = Extract(text);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_TRUE(HasFlag(claims[0], v1::UNATTRIBUTED));
  EXPECT_EQ(claims[0].metric(), v1::KILLED);
  EXPECT_EQ(claims[0].subject(), "person");
  EXPECT_TRUE(claims[0].source().text().empty());
}

TEST_F(ClaimExtractorTest, PlacesThroughAliasesPrepositionsAndTheArticlesMainPlace) {
  // Koupiansk is in the gazetteer (as Kupiansk); Pidlissia is a village it does not know.
  const std::string text =
      "Des tirs ont visé Kharkov dimanche. La ville de Koupiansk a été frappée. Le gouverneur a "
      "indiqué que 4 personnes avaient été blessées près de Koupiansk. Il a ajouté que 9 "
      "maisons avaient été détruites. Deux obus sont tombés sur le village de Pidlissia, où 3 "
      "habitants ont été blessés.";
  const auto claims = Extract(text);
  const v1::Claim wounded = Find(claims, text, "4");
  EXPECT_EQ(wounded.location().text(), "Koupiansk");
  EXPECT_EQ(wounded.location().canonical(), "Kupiansk");
  EXPECT_FLOAT_EQ(wounded.location().confidence(), 1.0f);
  const v1::Claim houses = Find(claims, text, "9");
  EXPECT_EQ(houses.location().canonical(), "Kupiansk");  // the main place, named twice
  EXPECT_LT(houses.location().confidence(), 1.0f);
  EXPECT_EQ(houses.metric(), v1::DESTROYED);
  EXPECT_EQ(Find(claims, text, "3").location().canonical(), "Pidlissia");
}

TEST_F(ClaimExtractorTest, CapitalsAsGovernmentsAreNotPlaces) {
  const std::string text = "Moscou a affirmé que 31 drones lancés par Kiev avaient été abattus.";
  const auto claims = Extract(text);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_TRUE(claims[0].location().canonical().empty());
  EXPECT_EQ(claims[0].source().party(), "ru");
}

TEST_F(ClaimExtractorTest, LanguageIsDetected) {
  v1::Article article;
  article.set_text("The army said that the strikes killed 12 people in the city.");
  EXPECT_EQ(extractor_->Language(article), "en");
  article.set_text("L'armée a déclaré que les frappes ont tué 12 personnes dans la ville.");
  EXPECT_EQ(extractor_->Language(article), "fr");
  article.set_language("en");
  EXPECT_EQ(extractor_->Language(article), "en");
}

TEST_F(ClaimExtractorTest, RejectsTextThatIsNotUtf8) {
  v1::Article article;
  article.set_id("bad");
  article.set_text("12 morts \xE9t\xE9 tu\xE9s");
  auto claims = extractor_->Extract(article);
  EXPECT_EQ(claims.status().code(), absl::StatusCode::kInvalidArgument);
}

TEST_F(ClaimExtractorTest, EmptyTextHasNoClaims) { EXPECT_TRUE(Extract("").empty()); }

TEST(ClaimExtractorCreateTest, MissingFolderIsNotFound) {
  auto created = ClaimExtractor::Create("/nonexistent/lexicons");
  EXPECT_EQ(created.status().code(), absl::StatusCode::kNotFound);
}

TEST(ClaimExtractorCreateTest, MalformedLexiconLineNamesFileAndLine) {
  // Copy the real lexicons, then break one line.
  const std::string dir = std::string(getenv("TEST_TMPDIR")) + "/lexicons";
  const std::string source = DefaultLexiconDir();
  // -L: the runfiles are links to the real files, which must stay untouched.
  ASSERT_EQ(system(("mkdir -p " + dir + " && cp -rL " + source + "/. " + dir).c_str()), 0);
  ASSERT_EQ(system(("chmod -R u+w " + dir).c_str()), 0);
  {
    std::ofstream out(dir + "/fr/metrics.tsv", std::ios::app);
    out << "explosé\tNOT_A_METRIC\n";
  }
  auto created = ClaimExtractor::Create(dir);
  ASSERT_EQ(created.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(created.status().message().find("metrics.tsv"), std::string::npos);
  EXPECT_NE(created.status().message().find("NOT_A_METRIC"), std::string::npos);
}

}  // namespace
}  // namespace claimcheck
