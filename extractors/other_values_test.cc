// LinkOtherValues and SettleOtherValues through whole claims: numbers that are other values of
// one count (a change, another source's figure, an earlier figure said apart). Sentences are
// written for these tests.
#include <string>
#include <vector>

#include "extractors/extract_for_test.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

class OtherValuesTest : public ::testing::Test {
 protected:
  // Extracts `text` and returns the claim at `number` (the first such), or an empty claim.
  v1::Claim At(const std::string& text, const std::string& number) {
    if (text != text_) {
      text_ = text;
      claims_ = ExtractForTest(text);
    }
    const v1::Claim* c = ClaimAt(claims_, text_, number);
    if (c == nullptr) {
      ADD_FAILURE() << "no claim at " << number;
      return v1::Claim();
    }
    return *c;
  }

 private:
  std::string text_;
  std::vector<v1::Claim> claims_;
};

TEST_F(OtherValuesTest, BothValuesOfARevisedTollAreTheToll) {
  const std::string text = "Israel revised the toll from 1,400 to 1,200, a spokesman said.";
  const v1::Claim old_value = At(text, "1,400");
  const v1::Claim new_value = At(text, "1,200");
  EXPECT_EQ(new_value.metric(), v1::KILLED);
  EXPECT_EQ(new_value.subject(), "person");
  EXPECT_EQ(old_value.metric(), v1::KILLED);
  EXPECT_TRUE(old_value.earlier_report());
  EXPECT_FALSE(new_value.earlier_report());
  // One source for both.
  EXPECT_EQ(old_value.source().canonical_id(), new_value.source().canonical_id());
  EXPECT_FALSE(new_value.source().canonical_id().empty());
  EXPECT_EQ(old_value.same_count_as(), new_value.id());
  EXPECT_EQ(new_value.same_count_as(), old_value.id());
}

TEST_F(OtherValuesTest, APartTakesItsWholesSpeakerNotTheNextSelon) {
  const std::string text =
      "Samedi, 368 000 manifestants selon l'Intérieur, dont 48 000 à Paris, et « plus d'un "
      "million » selon la CGT.";
  EXPECT_EQ(At(text, "48 000").source().text(), "l'Intérieur");
  EXPECT_EQ(At(text, "368 000").source().text(), "l'Intérieur");
  EXPECT_EQ(At(text, "million").source().text(), "la CGT");
}

TEST_F(OtherValuesTest, ATollSetAgainAndAgainInOneSentence) {
  const std::string text =
      "Annoncé dans la nuit à 59 morts par les pompiers, puis porté à 120 et à 146 au petit "
      "matin, le bilan s'élevait dimanche en milieu de journée à 151 morts, selon le "
      "ministère de l'Intérieur.";
  for (const char* value : {"59", "120", "146", "151"}) {
    EXPECT_EQ(At(text, value).metric(), v1::KILLED) << value;
  }
  EXPECT_EQ(At(text, "120").same_count_as(), At(text, "59").id());
  EXPECT_EQ(At(text, "146").same_count_as(), At(text, "151").id());
  EXPECT_TRUE(At(text, "59").earlier_report());
  EXPECT_TRUE(At(text, "146").earlier_report());
  EXPECT_FALSE(At(text, "151").earlier_report());
  // Each value keeps who gave it.
  EXPECT_EQ(At(text, "59").source().text(), "les pompiers");
  EXPECT_EQ(At(text, "146").source().text(), "les pompiers");
  EXPECT_EQ(At(text, "151").source().text(), "le ministère de l'Intérieur");
}

TEST_F(OtherValuesTest, ThenToTheNextValueOfTheSameChange) {
  const std::string en =
      "Rescuers said 6 people had died before the governor raised the toll to 9 and then to 14 "
      "by the evening.";
  EXPECT_EQ(At(en, "14").metric(), v1::KILLED);
  EXPECT_EQ(At(en, "14").same_count_as(), At(en, "9").id());
  EXPECT_TRUE(At(en, "9").earlier_report());
  EXPECT_FALSE(At(en, "14").earlier_report());
  const std::string fr = "La préfecture a porté le bilan à 9 morts, puis à 14 dans la soirée.";
  EXPECT_EQ(At(fr, "14").same_count_as(), At(fr, "9").id());
  EXPECT_TRUE(At(fr, "9").earlier_report());
}

TEST_F(OtherValuesTest, TheFigureARevisionNamesMayBeFarFromItsValues) {
  const std::string fr =
      "KABOUL, 12 octobre 2023 – Le gouvernement taliban a revu jeudi le bilan des séismes qui "
      "ont frappé samedi la province d'Hérat, dans l'ouest du pays, de 2 445 à environ 1 000 "
      "morts.";
  EXPECT_EQ(At(fr, "2 445").same_count_as(), At(fr, "1 000").id());
  EXPECT_EQ(At(fr, "2 445").metric(), v1::KILLED);
  EXPECT_TRUE(At(fr, "2 445").earlier_report());
  EXPECT_EQ(At(fr, "1 000").source().text(), "Le gouvernement taliban");
  const std::string en =
      "Israel has revised the number of people killed in the attack of Oct. 7 to about 1,200 "
      "from about 1,400, a spokesman said.";
  EXPECT_EQ(At(en, "1,200").metric(), v1::KILLED);
  EXPECT_EQ(At(en, "1,400").same_count_as(), At(en, "1,200").id());
  EXPECT_TRUE(At(en, "1,400").earlier_report());
}

TEST_F(OtherValuesTest, AValueComparedOrChangedAgainIsTheNewest) {
  const std::string text =
      "The ministry raised its toll to 2,445 on Tuesday, up from 2,053 on Sunday, before "
      "cutting it on Thursday to about 1,000.";
  EXPECT_EQ(At(text, "2,053").same_count_as(), At(text, "2,445").id());
  EXPECT_EQ(At(text, "1,000").same_count_as(), At(text, "2,445").id());
  EXPECT_EQ(At(text, "1,000").metric(), v1::KILLED);
  EXPECT_EQ(At(text, "1,000").source().text(), "The ministry");
  const std::string up_from =
      "The number of people killed has risen to more than 1,300, up from 1,200 a day earlier, "
      "the government said.";
  EXPECT_EQ(At(up_from, "1,200").same_count_as(), At(up_from, "1,300").id());
  EXPECT_TRUE(At(up_from, "1,200").earlier_report());
}

TEST_F(OtherValuesTest, AValueSetWithoutItsNounCountsWhatTheParagraphCounted) {
  const std::string text =
      "For weeks the official toll moved in both directions. It climbed day after day, reaching "
      "115 by late August. Then, on Sept. 15, Maui police revised it down to 97 from 115.\n\n"
      "At that point "
      "31 people were still listed as missing. That number fell to two by December.";
  EXPECT_EQ(At(text, "115").metric(), v1::KILLED);
  EXPECT_EQ(At(text, "97").metric(), v1::KILLED);
  EXPECT_EQ(At(text, "97").source().text(), "Maui police");
  EXPECT_EQ(At(text, "two").metric(), v1::MISSING);
  const std::string figure =
      "Organisers said 1.03 million people took part. Police gave a far lower figure of 240,000.";
  EXPECT_EQ(At(figure, "240,000").metric(), v1::PARTICIPATED);
  EXPECT_EQ(At(figure, "240,000").source().text(), "Police");
}

TEST_F(OtherValuesTest, AnotherSpeakersValueInQuotes) {
  const std::string text =
      "Samedi, la mobilisation a marqué le pas : 368 000 manifestants selon l'Intérieur, dont "
      "48 000 à Paris, et « plus d'un million » selon la CGT.";
  EXPECT_EQ(At(text, "million").same_count_as(), At(text, "368 000").id());
  EXPECT_EQ(At(text, "million").source().text(), "la CGT");
  EXPECT_EQ(At(text, "million").subject(), "protester");
}

TEST_F(OtherValuesTest, AChangeIsTwoValuesNotARange) {
  const std::string text = "Selon la préfecture, le bilan est passé de 12 à 19 morts.";
  const v1::Claim old_value = At(text, "12");
  EXPECT_EQ(old_value.quantity().qualifier(), v1::EXACT);
  EXPECT_TRUE(old_value.earlier_report());
  EXPECT_EQ(At(text, "19").quantity().value(), 19);
  EXPECT_FALSE(At(text, "19").earlier_report());
  // With no verb of change it is a range.
  const std::string range = "Selon la préfecture, de 12 à 19 personnes ont été tuées.";
  EXPECT_EQ(At(range, "12").quantity().qualifier(), v1::RANGE);
}

TEST_F(OtherValuesTest, TheOldValueMayComeAfterOrAlone) {
  const std::string after = "The death toll rose to 96 from 93, the ministry said.";
  EXPECT_EQ(At(after, "93").metric(), v1::KILLED);
  EXPECT_TRUE(At(after, "93").earlier_report());
  EXPECT_FALSE(At(after, "96").earlier_report());
  const std::string alone =
      "Thirty-five people were killed in Sumy, the State Emergency Service said, raising its "
      "toll from 34 the previous evening.";
  const v1::Claim old_value = At(alone, "34");
  EXPECT_EQ(old_value.metric(), v1::KILLED);
  EXPECT_EQ(old_value.subject(), "person");
  EXPECT_TRUE(old_value.earlier_report());
  EXPECT_EQ(old_value.source().canonical_id(), At(alone, "Thirty-five").source().canonical_id());
  EXPECT_FALSE(At(alone, "Thirty-five").earlier_report());
}

TEST_F(OtherValuesTest, AnInitialFigureMarksOnlyTheOldValue) {
  const std::string text =
      "Selon le ministère, le bilan, initialement de 63 morts, a été porté à 89.";
  EXPECT_TRUE(At(text, "63").earlier_report());
  EXPECT_EQ(At(text, "89").metric(), v1::KILLED);
  EXPECT_FALSE(At(text, "89").earlier_report());
}

TEST_F(OtherValuesTest, AFigureRaisedLaterIsTheSameCount) {
  const std::string text =
      "On Wednesday evening, the regional services had reported 92 dead, a figure they raised "
      "to 158 on Thursday.";
  EXPECT_EQ(At(text, "158").metric(), v1::KILLED);
  EXPECT_EQ(At(text, "158").subject(), "person");
}

TEST_F(OtherValuesTest, AnotherSourcesFigureCountsTheSameThing) {
  const std::string text =
      "Le cortège a réuni environ 2 500 personnes selon la police, plus de 6 000 selon les "
      "organisateurs.";
  const v1::Claim police = At(text, "2 500");
  const v1::Claim organisers = At(text, "6 000");
  EXPECT_EQ(police.metric(), v1::PARTICIPATED);
  EXPECT_EQ(organisers.metric(), v1::PARTICIPATED);
  EXPECT_EQ(organisers.subject(), police.subject());
  EXPECT_NE(organisers.source().text(), police.source().text());
  EXPECT_FALSE(organisers.earlier_report());
  // One count, two speakers: cross-checking may compare them although one sentence holds both.
  EXPECT_EQ(organisers.same_count_as(), police.id());
  const std::string clitic =
      "La préfecture a compté 6 000 manifestants, quand les organisateurs en revendiquent "
      "30 000.";
  EXPECT_EQ(At(clitic, "30 000").metric(), v1::PARTICIPATED);
  EXPECT_EQ(At(clitic, "30 000").subject(), "protester");
}

TEST_F(OtherValuesTest, AnotherEstimateWithWordsOfDoubt) {
  const std::string text =
      "Une source a évoqué « plutôt quelques dizaines de morts, peut-être une cinquantaine ».";
  EXPECT_EQ(At(text, "une cinquantaine").metric(), v1::KILLED);
  EXPECT_EQ(At(text, "une cinquantaine").subject(), "person");
  // Not across any other word: the 40 here are no estimate of the 12.
  const std::string other =
      "La frappe a fait 12 morts, selon le maire, et 40 bâtiments ont été touchés.";
  EXPECT_NE(At(other, "40").subject(), "person");
}

TEST_F(OtherValuesTest, TheNounOfTheValueBeforeBeatsAFiguresDefault) {
  // "bilan" alone would say deaths; "en" says what the 667 counted.
  const std::string text =
      "Vendredi vers 3h, le ministre faisait état de 667 interpellations ; quelques heures plus "
      "tard, le bilan consolidé en retenait 875.";
  EXPECT_EQ(At(text, "875").metric(), v1::DETAINED);
  EXPECT_EQ(At(text, "875").subject(), "arrest");
  // A verb of its own keeps its metric: 43 were shot down, not launched.
  const std::string own_verb =
      "La Russie a lancé 57 missiles et drones, a indiqué l'armée de l'air, qui dit en avoir "
      "abattu 43.";
  EXPECT_EQ(At(own_verb, "43").metric(), v1::DESTROYED);
}

TEST_F(OtherValuesTest, AnEarlierFigureSaidApartRestatesTheCountBefore) {
  const std::string text =
      "The Russian defence ministry said 89 soldiers were killed in Makiivka. Moscow previously "
      "said 63.";
  const v1::Claim earlier = At(text, "63");
  EXPECT_EQ(earlier.metric(), v1::KILLED);
  EXPECT_EQ(earlier.subject(), "soldier");
  EXPECT_TRUE(earlier.earlier_report());
  // A figure that says what it counts keeps it: the toll is deaths, not the wounded before.
  const std::string own =
      "Nearly 2,800 people were wounded, the minister said. Tuesday's initial toll was nine.";
  EXPECT_EQ(At(own, "nine").metric(), v1::KILLED);
}

TEST_F(OtherValuesTest, AFigureNamedBeforeItsValueGivesItsNoun) {
  const std::string text =
      "Russian military bloggers put the number of aircraft damaged at around a dozen.";
  EXPECT_EQ(At(text, "a dozen").subject(), "aircraft");
  EXPECT_EQ(At(text, "a dozen").metric(), v1::ATTACKED);
}

TEST_F(OtherValuesTest, AComparedValueAnnouncedBeforeIsTheCountsEarlierReport) {
  const std::string fr =
      "La préfecture a fait état mercredi de 37 blessés parmi les pompiers, contre 21 annoncés "
      "mardi soir.";
  const v1::Claim now = At(fr, "37");
  const v1::Claim before = At(fr, "21");
  EXPECT_EQ(before.same_count_as(), now.id());
  EXPECT_TRUE(before.earlier_report());
  EXPECT_FALSE(now.earlier_report());
  EXPECT_EQ(before.metric(), v1::WOUNDED);
  const std::string en =
      "The coastguard said on Friday that 64 migrants had been rescued, up from 40 reported on "
      "Thursday.";
  EXPECT_EQ(At(en, "40").same_count_as(), At(en, "64").id());
  EXPECT_TRUE(At(en, "40").earlier_report());
  // Compared with another year's count, not announced before: two counts.
  const std::string years = "La préfecture a recensé 37 blessés cette année, contre 21 l'an dernier.";
  EXPECT_EQ(At(years, "21").same_count_as(), "");
  EXPECT_FALSE(At(years, "21").earlier_report());
}

}  // namespace
}  // namespace claimcheck
