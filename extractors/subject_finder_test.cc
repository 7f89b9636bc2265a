// What a number counts, through ClaimExtractor on short texts written for these tests.
#include "extractors/subject_finder.h"

#include <string>
#include <vector>

#include "extractors/extract_for_test.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

// The canonical subject of the claim whose number is written `number` (the first such).
std::string SubjectAt(const std::string& text, const std::string& number) {
  const std::vector<v1::Claim> claims = ExtractForTest(text);
  const v1::Claim* c = ClaimAt(claims, text, number);
  if (c == nullptr) {
    ADD_FAILURE() << "no claim at " << number;
    return "";
  }
  return c->subject();
}

TEST(SubjectFinderTest, WeaponsByTheirModel) {
  EXPECT_EQ(SubjectAt("Over 20 Kh-22s had been launched at Ukraine, he said.", "20"), "missile");
  EXPECT_EQ(SubjectAt("Russia launched 126 drones and one Iskander-M ballistic missile.", "one"),
            "missile");
}

TEST(SubjectFinderTest, VerbsAdverbsAndParticlesAreNotWhatIsCounted) {
  EXPECT_NE(SubjectAt("Environ 120 otages sont retenus, dont plus de 40 seraient morts.", "40"),
            "seraient");
  EXPECT_NE(SubjectAt("Organisers said tens of thousands turned out on Sunday.", "tens"), "out");
  EXPECT_NE(
      SubjectAt("Au moins 39 personnes ont été tuées, dont une trentaine à Kiev.", "trentaine"),
      "à");
}

TEST(SubjectFinderTest, MembersOfAndPartsOfAnOwnersWhole) {
  EXPECT_EQ(SubjectAt("Les autorités affirment que des dizaines de membres des forces de l'ordre "
                      "ont été tués.",
                      "dizaines"),
            "police officer");
  EXPECT_EQ(SubjectAt("Protests spread to at least 35 of Kenya's 47 counties.", "35"),
            SubjectAt("Protests spread to at least 35 of Kenya's 47 counties.", "47"));
}

}  // namespace
}  // namespace claimcheck
