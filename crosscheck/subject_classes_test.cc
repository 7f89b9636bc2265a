#include "crosscheck/subject_classes.h"

#include <string>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST(SubjectClassesTest, ShippedFileParses) {
  const SubjectClasses& classes = SubjectClasses::Shipped();
  EXPECT_EQ(classes.RootOf("child"), "person");
  EXPECT_EQ(classes.RootOf("gendarme"), "person");
  EXPECT_EQ(classes.Canonical("victim"), "person");
  EXPECT_EQ(classes.RootOf("drone"), "drone");  // absent: a class of its own
  // Every subject the rules were written for is in a class.
  for (const char* subject : {"victim", "arrest", "detainee", "refugee", "displaced person",
                              "soldier", "civilian", "woman", "body", "prisoner", "protester",
                              "police officer"}) {
    EXPECT_EQ(classes.RootOf(subject), "person") << subject;
  }
}

TEST(SubjectClassesTest, SameNamesShareACountPartsAndRivalsDoNot) {
  const SubjectClasses& classes = SubjectClasses::Shipped();
  EXPECT_TRUE(classes.Covers("person", "arrest"));
  EXPECT_TRUE(classes.Covers("arrest", "person"));  // one canonical name
  EXPECT_FALSE(classes.IsPart("arrest", "person"));
  EXPECT_TRUE(classes.IsPart("child", "person"));
  EXPECT_TRUE(classes.IsPart("gendarme", "person"));
  EXPECT_TRUE(classes.IsPart("gendarme", "police officer"));
  EXPECT_FALSE(classes.IsPart("soldier", "person"));  // a rival total
  EXPECT_TRUE(classes.Covers("person", "soldier"));
  EXPECT_FALSE(classes.Covers("soldier", "civilian"));
  EXPECT_FALSE(classes.Covers("police officer", "protester"));
  EXPECT_FALSE(classes.IsPart("person", "child"));
}

TEST(SubjectClassesTest, ParseReadsRelationsAndSkipsComments) {
  const absl::StatusOr<SubjectClasses> classes =
      SubjectClasses::Parse("# comment\n\nmarcher\tprotester\tsame\nprotester\tperson\tpart\n",
                            "test.tsv");
  ASSERT_TRUE(classes.ok()) << classes.status();
  EXPECT_EQ(classes->Canonical("marcher"), "protester");
  EXPECT_EQ(classes->RootOf("marcher"), "person");
  EXPECT_TRUE(classes->IsPart("marcher", "person"));
}

TEST(SubjectClassesTest, MalformedLinesAreRefusedWithTheirLine) {
  struct Case {
    std::string tsv, message;
  };
  for (const Case& c : {
           Case{"a\tb\n", "test.tsv:1: want subject<TAB>class<TAB>relation"},
           Case{"# x\na\tb\tkin\n", "test.tsv:2: relation 'kin'"},
           Case{"a\ta\tsame\n", "test.tsv:1: 'a' is its own class"},
           Case{"a\tb\tpart\na\tc\tpart\n", "test.tsv:2: 'a' already has a class on line 1"},
           Case{"a\tb\tpart\nb\ta\tpart\n", "loop"},
       }) {
    const absl::StatusOr<SubjectClasses> parsed = SubjectClasses::Parse(c.tsv, "test.tsv");
    ASSERT_FALSE(parsed.ok()) << c.tsv;
    EXPECT_EQ(parsed.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_NE(parsed.status().message().find(c.message), std::string::npos) << parsed.status();
  }
}

}  // namespace
}  // namespace claimcheck
