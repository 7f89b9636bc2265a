// End-to-end behaviour of ClaimExtractor on short articles written for these tests: a table of
// articles and the fields their claims must have, then what does not fit a table.
#include "extractors/claim_extractor.h"

#include <fstream>
#include <string>
#include <vector>

#include "extractors/extract_for_test.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

struct Article {
  const char* name;      // what the article shows
  const char* language;  // "" to detect it
  int claims;            // how many claims it has; -1: not checked
  std::string text;
  std::vector<ClaimCheck> checks;
};

const std::vector<Article>& Articles() {
  static const auto* const articles = new std::vector<Article>{
      {"RevisionByTheSameMinistry",
       "",
       2,
       "Le ministère russe de la Défense a indiqué mercredi que 89 militaires avaient été tués "
       "dans la frappe sur Makeïevka. Moscou avait précédemment déclaré que 63 soldats russes "
       "avaient péri.",
       {{"89", "metric", "KILLED"}, {"89", "subject", "soldier"}, {"89", "place", "Makiivka"},
        {"89", "source_id", "ru.mod"}, {"89", "party", "ru"}, {"89", "earlier", "false"},
        {"63", "source", "Moscou"}, {"63", "party", "ru"}, {"63", "earlier", "true"},
        {"63", "metric", "KILLED"}, {"63", "language", "fr"}}},
      {"FiguresSaidInThePastAreEarlierReports",
       "fr",
       -1,
       "Le ministère de la Santé, qui avait d'abord annoncé « au moins 300 morts », a revu son "
       "bilan mercredi à 280 morts.\n"
       "Mardi, le ministère de l'Intérieur faisait état de 12 morts.\n"
       "Le ministère de l'Intérieur a annoncé jeudi 19 morts.",
       {{"300", "earlier", "true"}, {"280", "earlier", "false"}, {"12", "earlier", "true"},
        {"19", "earlier", "false"}}},
      {"EnglishFiguresSaidInThePastAreEarlierReports",
       "en",
       -1,
       "Earlier in the day the governor had put the toll at 25. The governor said 31 died. "
       "Tuesday's initial toll was nine.",
       {{"25", "earlier", "true"}, {"31", "earlier", "false"}, {"nine", "earlier", "true"}}},
      // A headline that names no speaker has none, though the body gives the figure to one.
      {"AHeadlineRestatingTheBodyNamesNoSpeaker",
       "fr",
       -1,
       "Cyclone : la crainte de « centaines » de victimes demeure\n\n"
       "Le préfet, Jean Martin, a estimé qu'il y aurait « des centaines » de morts.",
       {{"centaines", "subject", "person"}, {"centaines", "source", ""}}},
      {"AMovementsEmblemNamesItsMarchers",
       "fr",
       -1,
       "En Isère, la préfecture a compté 6 500 gilets jaunes au plus fort de la mobilisation.",
       {{"6 500", "metric", "PARTICIPATED"}, {"6 500", "subject", "protester"},
        {"6 500", "place", "Isère"}}},
      {"ADayOpeningTheClauseIsNoPartOfItsSpeaker",
       "en",
       -1,
       "On Saturday evening the State Emergency Service said the toll was 21. Officials had "
       "said 22 people were killed; on Thursday morning Governor Janet Mills said 18 had died.",
       {{"21", "source", "the State Emergency Service"},
        {"18", "source", "Governor Janet Mills"}}},
      {"ASpeakerPutsTheFigureAtOrSpeaksOfIt",
       "en",
       -1,
       "The campaign puts the figure at 800,000. The federal government spoke of at least 27 "
       "dead.",
       {{"800,000", "source", "The campaign"}, {"27", "source", "The federal government"}}},
      {"WhoMadeTheArrestsCountsThemUnlessSomeoneSaysSo",
       "fr",
       -1,
       "À Nantes, une agence bancaire a été dégradée ; la police y a procédé à 19 "
       "interpellations. Le ministre de l'Intérieur, Gérald Darmanin, s'est exprimé mardi. Les "
       "forces de l'ordre ont procédé à 540 interpellations, a-t-il précisé.",
       {{"19", "source", "la police"}, {"540", "source", "!Les forces de l'ordre"}}},
      {"PeopleInHospitalAreWoundedOfficersOnDutyDeployed",
       "en",
       -1,
       "Five people remained in hospital on Sunday. Nearly 2,000 officers were on duty.",
       {{"Five", "metric", "WOUNDED"}, {"2,000", "metric", "DEPLOYED"}}},
      {"AFigureGivenOnADayByItsAgent",
       "fr",
       -1,
       "Donné à 409 blessés le dimanche par le ministère, il avait été porté à 528 le lundi.",
       {{"409", "source", "le ministère"}, {"528", "source", "le ministère"}}},
      {"ACrowdCountingItself",
       "fr",
       -1,
       "« Nous étions au moins 50 000 à Paris », a affirmé l'un des organisateurs.",
       {{"50 000", "metric", "PARTICIPATED"}}},
      {"AMissionVouchesForTheDeathsItVerified",
       "en",
       -1,
       "The UN monitoring mission has verified nearly 10,000 civilian deaths since 2022.",
       {{"10,000", "source", "The UN monitoring mission"}}},
      {"LosingPowerOrJobsKillsNoOne",
       "en",
       -1,
       "The company said 513,000 customers had lost power. Thousands of workers lost their "
       "jobs. Russia fired 23 missiles, shooting down 21 of them, the air force said.",
       {{"513,000", "metric", "AFFECTED"}, {"Thousands", "metric", "AFFECTED"},
        {"21", "metric", "DESTROYED"}}},
      {"PoliceAmongTheWoundedAreWounded",
       "fr",
       -1,
       "Il a précisé que quatre policiers et gendarmes figuraient parmi les blessés.",
       {{"quatre", "metric", "WOUNDED"}}},
      {"APlaceMarchedForIsACause",
       "en",
       -1,
       "Met says 126 arrested as hundreds of thousands march for Gaza ceasefire",
       {{"126", "place", ""}, {"hundreds of thousands", "place", ""}}},
      {"IdentifiedVictimsAreNoOtherToll",
       "fr",
       -1,
       "Selon la gouverneure, 36 des 45 victimes ont été identifiées.",
       {{"36", "metric", "OTHER"}}},
      {"ARiseByOneToAFigureIsNoRange",
       "en",
       -1,
       "The number of people killed in the strike rose by one to 52 on Friday, the governor said.",
       {{"52", "qualifier", "EXACT"}}},
      {"TheDeadIdentifiedAreNoOtherToll",
       "en",
       -1,
       "Police said 44 of the dead had been identified so far.",
       {{"44", "metric", "OTHER"}}},
      {"CommandersSpeakForTheirArmies",
       "fr",
       -1,
       "Le commandant en chef ukrainien, Oleksandr Syrsky, a affirmé que 74 localités étaient "
       "sous contrôle. Le chef d'état-major russe Valeri Guerassimov a assuré que 3 000 soldats "
       "ukrainiens avaient été tués.",
       {{"74", "source_id", "ua.mod"}, {"3 000", "party", "ru"}}},
      {"WhoseSoldiersAreCounted",
       "fr",
       -1,
       "Kiev affirme avoir tué 500 soldats russes. Moscou dit avoir tué 300 militaires "
       "ukrainiens. Au moins 12 civils ont été tués.",
       {{"500", "subject_side", "RU"}, {"300", "subject_side", "UA"}, {"12", "subject_side", ""}}},
      {"WhoseSoldiersAreCountedInEnglish",
       "en",
       -1,
       "Kyiv said it had killed 500 Russian soldiers.",
       {{"500", "subject_side", "RU"}}},
      {"PartitiveTakesTheWholesNounAndEachItsOwnVerb",
       "",
       -1,
       "L'armée de l'air ukrainienne a déclaré sur Telegram avoir détruit 30 des au moins 35 "
       "drones que la Russie a lancés dans la nuit.",
       {{"30", "subject", "drone"}, {"30", "metric", "DESTROYED"},
        {"30", "part_of", "au moins 35"}, {"35", "metric", "LAUNCHED"},
        {"35", "qualifier", "AT_LEAST"}, {"30", "source_id", "ua.air_force"},
        {"30", "channel", "Telegram"}}},
      {"AnaphoraAndAsides",
       "",
       -1,
       "Au moins 17 personnes, dont trois enfants, ont été tuées à Zaporijjia, a annoncé le "
       "gouverneur. Officials said 40 people were wounded, 12 of whom were children.",
       {{"17", "metric", "KILLED"}, {"trois", "subject", "child"}, {"trois", "metric", "KILLED"},
        {"trois", "part_of", "Au moins 17"}, {"trois", "place", "Zaporizhzhia"},
        {"12", "part_of", "40"}}},
      {"PronounsResolveToTheSpeakerNamedBefore",
       "",
       -1,
       "S'adressant aux dirigeants européens, le président ukrainien a déclaré : « Nous tiendrons "
       "». Il a déclaré que des millions de personnes étaient privées d'électricité.\n"
       "Le ministère russe de la Défense a accusé Kiev d'une frappe qui, selon lui, a tué 89 "
       "militaires.",
       {{"des millions", "source", "le président ukrainien"},
        {"des millions", "source_id", "ua.president"}, {"des millions", "metric", "AFFECTED"},
        {"des millions", "qualifier", "VAGUE"}, {"89", "source_id", "ru.mod"}}},
      {"EnglishSpeakersBeforeAndAfterTheVerb",
       "",
       -1,
       "Russia's defence ministry said 63 servicemen were killed in Makeyevka. At least 400 "
       "Russian soldiers died, Ukraine's military said. According to the UN, some 7,000 "
       "civilians have been killed.",
       {{"63", "language", "en"}, {"63", "source_id", "ru.mod"}, {"63", "place", "Makiivka"},
        {"400", "party", "ua"}, {"400", "metric", "KILLED"}, {"7,000", "party", "un"},
        {"7,000", "subject", "civilian"}}},
      {"FrenchSpeakersInRelativesPassivesAndInversions",
       "fr",
       -1,
       "La défense aérienne ukrainienne a indiqué que 41 drones avaient été lancés. Vingt-huit "
       "d'entre eux ont été abattus, ajoute-t-elle.\n"
       "Le ministère de la Santé, qui avait d'abord annoncé 200 morts, a revu son bilan.\n"
       "Selon le bilan publié jeudi par la mairie de Lviv, 9 personnes ont été tuées.\n"
       "L'attaque a fait 14 morts selon la police, et les frappes ont blessé 25 personnes à "
       "Lviv, selon les secouristes.\n"
       "Kiev revendique 30 villages, Moscou en reconnaît 12.\n"
       "L'ONU estime par ailleurs que 40 000 personnes ont fui.",
       {{"Vingt-huit", "source", "La défense aérienne ukrainienne"},
        {"200", "source", "Le ministère de la Santé"}, {"9", "source", "la mairie de Lviv"},
        {"14", "source", "la police"}, {"25", "source", "les secouristes"}, {"30", "party", "ua"},
        {"12", "party", "ru"}, {"40 000", "party", "un"}}},
      {"AQuotationOverSeveralSentencesIsTheSpeakersNamedAfterIt",
       "fr",
       -1,
       "Rompant le silence, Volodymyr Zelensky a donné un chiffre. « 46 000 soldats sont morts. "
       "Ce n'est pas 300 000 », a déclaré le président.\n"
       "« 12 blessés. » Puis un autre témoin est arrivé.",
       {{"46 000", "source", "Volodymyr Zelensky"}, {"46 000", "source_id", "ua.president"},
        {"12", "source", ""}}},
      {"FrenchSpeakersThroughNegationImperfectAndSameNoun",
       "fr",
       -1,
       "La préfète, Anne Martin, n'a recensé que sept blessés.\n"
       "Mardi, le gouvernement arménien recensait 18 000 réfugiés.\n"
       "Le général Petrenko a qualifié ces chiffres de mensonges. Selon lui, 40 soldats sont "
       "morts. Plus d'une centaine d'habitants ont été évacués, a-t-il précisé.\n"
       "Kiev a rejeté les bilans de la Russie, qui parle de 9 000 morts.\n"
       "Côté russe, les mêmes responsables estimaient les pertes à 2 000 morts.",
       {{"sept", "source", "La préfète, Anne Martin"},
        {"18 000", "source", "le gouvernement arménien"}, {"40", "source", "Le général Petrenko"},
        {"une centaine", "source", "Le général Petrenko"}, {"9 000", "party", "ru"},
        {"2 000", "party", "ru"}}},
      {"EnglishSpeakersAcrossAsidesAndCoordination",
       "en",
       -1,
       "Oleh Tkach, head of the city council, said 17 people were hurt, but warned that "
       "about 10 remained missing.\n"
       "Two U.S. officials, speaking on condition of anonymity, told Reuters that up to 15 "
       "jets were hit.\n"
       "Local bloggers put the number of jets damaged at around eight.\n"
       "The Emergency Lawyers, a group that tracks abuses, said 60 people had been killed.\n"
       "The death toll rose to 95, Spain's government said.\n"
       "In the south, Russian shelling killed three people in Kherson, the regional "
       "administration said.",
       {{"17", "source", "Oleh Tkach, head of the city council"},
        {"10", "source", "Oleh Tkach, head of the city council"},
        {"15", "source", "Two U.S. officials"}, {"eight", "source", "Local bloggers"},
        {"60", "source", "The Emergency Lawyers"}, {"95", "source", "Spain's government"},
        {"three", "source", "the regional administration"}, {"three", "party", "ua"}}},
      {"SpeakersOfOpinionsParticiplesAndQuotesFirst",
       "",
       -1,
       "\"Families are exhausted,\" said a nurse for the Red Crescent, who treated 40 people.\n"
       "The search ended on Monday, with the mayor saying the toll had reached 23.\n"
       "Earlier in the day she had put the toll at 19.\n"
       "Pour l'analyste Jean Dupont, au moins 5 000 soldats sont engagés.\n"
       "Pour la première fois, 12 chars ont été livrés.",
       {{"40", "source", "a nurse for the Red Crescent"}, {"23", "source", "the mayor"},
        {"19", "source", "the mayor"}, {"5 000", "source", "l'analyste Jean Dupont"},
        {"12", "source", ""}}},
      {"TheNounPointsBackOnlyToASpeakerItFits",
       "",
       -1,
       "The Interior Ministry said 30 people were detained. More than 100 protesters were "
       "treated in hospital, according to the health ministry.\n"
       "\"We found 12 bodies,\" Omar Faris, a minister in the eastern government, told the BBC.\n"
       "Health Minister Nabil Haddad raised the toll to 15 dead. Nearly 300 people were "
       "wounded, he said.",
       {{"100", "source", "the health ministry"}, {"12", "source", "Omar Faris"},
        {"300", "source", "Health Minister Nabil Haddad"}}},
      {"TheSameSourceIsTheOneNamedBefore",
       "",
       -1,
       "Une source sécuritaire a évoqué 40 morts. Au moins 9 soldats sont portés disparus, "
       "selon cette même source.",
       {{"9", "source", "Une source sécuritaire"}}},
      {"HedgesCoverTheClaimsTheyPointBackTo",
       "",
       -1,
       "L'état-major ukrainien a déclaré que la Russie avait lancé sept frappes de missiles et 18 "
       "frappes aériennes. Ces affirmations n'ont pas pu être vérifiées de manière "
       "indépendante.\nLa police a interpellé 12 manifestants.\nLe groupe aurait tué 30 "
       "civils.",
       {{"sept", "flag:UNVERIFIED", "true"}, {"18", "flag:UNVERIFIED", "true"},
        {"18", "metric", "LAUNCHED"}, {"12", "flag:UNVERIFIED", "false"},
        {"30", "flag:UNVERIFIED", "true"}}},
      {"EnglishHedges",
       "",
       -1,
       "The ministry said it had shot down 31 drones, without providing evidence. Separately, "
       "police said 5 people were arrested.",
       {{"31", "flag:UNVERIFIED", "true"}, {"31", "metric", "DESTROYED"},
        {"5", "flag:UNVERIFIED", "false"}}},
      {"UnattributedWhenNobodySpeaks",
       "",
       1,
       "Les bombardements ont fait 12 morts à Kherson.",
       {{"12", "flag:UNATTRIBUTED", "true"}, {"12", "metric", "KILLED"},
        {"12", "subject", "person"}, {"12", "source", ""}}},
      {"PlacesThroughAliasesPrepositionsAndTheArticlesMainPlace",
       "",
       -1,
       "Des tirs ont visé Kharkov dimanche. La ville de Koupiansk a été frappée. Le gouverneur a "
       "indiqué que 4 personnes avaient été blessées près de Koupiansk. Il a ajouté que 9 "
       "maisons avaient été détruites. Deux obus sont tombés sur le village de Pidlissia, où 3 "
       "habitants ont été blessés.",
       {{"4", "place_text", "Koupiansk"}, {"4", "place", "Kupiansk"}, {"4", "place_exact", "true"},
        {"9", "place", "Kupiansk"}, {"9", "place_exact", "false"}, {"9", "metric", "DESTROYED"},
        {"3", "place", "Pidlissia"}}},
      {"CapitalsAsGovernmentsAreNotPlaces",
       "",
       1,
       "Moscou a affirmé que 31 drones lancés par Kiev avaient été abattus.",
       {{"31", "place", ""}, {"31", "party", "ru"}}},
      {"AdjectivesAndNounsOfSayingNameNoSpeaker",
       "en",
       -1,
       "Gov. Josh Green said the confirmed death toll had risen to 99.\n\nThe number of "
       "confirmed deaths had risen to 96.\n\nThe toll was higher than on Saturday, when it "
       "cited preliminary reports of 320 dead.",
       {{"99", "source", "Josh Green"}, {"96", "source", ""}, {"320", "source", ""}}},
      {"ConjunctionsOpenNoName",
       "en",
       -1,
       "Ukrainian commanders say they have halted the advance, but officials estimate that more "
       "than 11,000 people have fled. The Emergency Lawyers, a group that documents abuses, said "
       "more than 400 people had been killed.",
       {{"11,000", "source", "officials"}, {"400", "source", "The Emergency Lawyers"}}},
      {"ARelativeClauseIsSkippedToItsSpeaker",
       "fr",
       -1,
       "Le cabinet Occurrence, qui compte le cortège pour des médias, a dénombré de son côté 42 000 "
       "personnes. Le ministre a fait état de 172 interpellations.",
       {{"42 000", "source", "Le cabinet Occurrence"}, {"172", "earlier", "false"}}},
      {"AParticipleGoesOnWithTheSpeakerNamedBeforeIt",
       "en",
       -1,
       "TBILISI, Dec 3 (AP) - Georgian police have detained 293 people over five nights of "
       "protests, the Interior Ministry said on Tuesday, adding that 143 police officers had been "
       "injured. The World Health Organization's count stood at 1,294.",
       {{"293", "source", "the Interior Ministry"}, {"143", "source", "the Interior Ministry"},
        {"1,294", "source_id", "un.who"}}},
      {"AnAdverbBetweenAuxiliaryAndVerb",
       "fr",
       -1,
       "Mais la CGT, qui a de nouveau revendiqué 3,5 millions de personnes, parle d'une "
       "mobilisation intacte.",
       {{"3,5 millions", "source", "la CGT"}}},
      {"OfficialFiguresAreTheOfficialNamedInTheParagraph",
       "fr",
       -1,
       "Gérald Darmanin a annoncé 457 interpellations. Dans la rue, 1,089 million de manifestants, "
       "selon les chiffres officiels.\n\nLa mairie a compté 12 000 personnes. Selon les chiffres "
       "officiels, 300 personnes ont été blessées.",
       {{"457", "source_id", "fr.interior"}, {"1,089 million", "source_id", "fr.interior"},
        {"300", "source_id", ""}}},
      {"APartitiveEndsAtItsOwnNoun",
       "en",
       -1,
       "Air defences destroyed 102 of the missiles and 99 drones, it said. The General Staff "
       "reported 37 combat clashes. Some 5,000 Wagner fighters remain in Africa.",
       {{"99", "metric", "DESTROYED"}, {"99", "part_of", ""}, {"37", "metric", "ATTACKED"},
        {"5,000", "metric", "DEPLOYED"}}},
      {"AReportsAuthorAndAStorySpeak",
       "fr",
       -1,
       "Le ministère de l'Intérieur a annoncé 2 012 morts. Le précédent bilan du ministère, "
       "communiqué samedi soir, faisait état de 1 037 morts. « On a sorti quatre corps ce "
       "matin », raconte Brahim, un secouriste.",
       {{"1 037", "source_id", "interior"}, {"quatre", "source", "Brahim"}}},
      {"ASpeakerWithItsOwnFiguresDoesNotVouchForTheClauseBefore",
       "fr",
       -1,
       "Gaza : quatre otages libérés à Nuseirat, le Hamas annonce plus de 200 morts.",
       {{"quatre", "source", ""}, {"200", "source", "le Hamas"}}},
      {"AComparisonIsNoPartOfAName",
       "en",
       -1,
       "The toll was far higher than the one the UN humanitarian office had given on Saturday, "
       "when it cited preliminary reports of 320 dead.",
       {{"320", "source", "the UN humanitarian office"}}},
      {"ASpeakersSeatIsNoPlaceOfEvents",
       "fr",
       -1,
       "À Rennes, le cortège a réuni 22 000 personnes selon la préfecture d'Ille-et-Vilaine, et le "
       "double selon les syndicats, qui en revendiquent 45 000.",
       {{"45 000", "place", "Rennes"}, {"45 000", "source", "les syndicats"},
        {"22 000", "place", "Rennes"}}},
  };
  return *articles;
}

class ClaimExtractorTableTest : public ::testing::TestWithParam<Article> {};

TEST_P(ClaimExtractorTableTest, ClaimsHaveTheirFields) {
  const Article& a = GetParam();
  const std::vector<v1::Claim> claims = ExtractForTest(a.text, a.language);
  if (a.claims >= 0) {
    EXPECT_EQ(static_cast<int>(claims.size()), a.claims);
  }
  EXPECT_EQ(CheckClaims(claims, a.text, a.checks), "");
}

INSTANTIATE_TEST_SUITE_P(Articles, ClaimExtractorTableTest, ::testing::ValuesIn(Articles()),
                         [](const ::testing::TestParamInfo<Article>& info) {
                           return std::string(info.param.name);
                         });

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

  static ClaimExtractor* extractor_;
};

ClaimExtractor* ClaimExtractorTest::extractor_ = nullptr;

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
