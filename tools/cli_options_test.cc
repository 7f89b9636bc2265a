#include "tools/cli_options.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

absl::StatusOr<CliOptions> Parse(const std::vector<std::string>& args,
                                 absl::string_view token = "") {
  return ParseCommandLine(args, token);
}

TEST(ParseCommandLineTest, CheckWithDefaults) {
  absl::StatusOr<CliOptions> options = Parse({"check", "a.txt", "dir"});
  ASSERT_TRUE(options.ok()) << options.status();
  EXPECT_EQ(options->command, Command::kCheck);
  EXPECT_THAT(options->inputs, ElementsAre("a.txt", "dir"));
  EXPECT_EQ(options->format, Format::kText);
  EXPECT_EQ(options->fail_on, (FlagKindSet{v1::CONFLICT, v1::INCONSISTENT}));
  EXPECT_TRUE(options->server.empty());
}

TEST(ParseCommandLineTest, FlagsWithEqualsOrSeparateValue) {
  absl::StatusOr<CliOptions> options =
      Parse({"check", "--format=jsonl", "--fail_on", "revision,UNVERIFIED", "--server",
             "127.0.0.1:9", "--token=abc", "x.md"});
  ASSERT_TRUE(options.ok()) << options.status();
  EXPECT_EQ(options->format, Format::kJsonl);
  EXPECT_EQ(options->fail_on, (FlagKindSet{v1::REVISION, v1::UNVERIFIED}));
  EXPECT_EQ(options->server, "127.0.0.1:9");
  EXPECT_EQ(options->token, "abc");
  EXPECT_THAT(options->inputs, ElementsAre("x.md"));
}

TEST(ParseCommandLineTest, TokenFromEnvironmentUnlessGiven) {
  EXPECT_EQ(Parse({"conflicts", "--server=h:1"}, "env-token")->token, "env-token");
  EXPECT_EQ(Parse({"conflicts", "--server=h:1", "--token=flag"}, "env-token")->token, "flag");
}

TEST(ParseCommandLineTest, DoubleDashEndsFlags) {
  absl::StatusOr<CliOptions> options = Parse({"extract", "--", "--odd-name.txt"});
  ASSERT_TRUE(options.ok());
  EXPECT_THAT(options->inputs, ElementsAre("--odd-name.txt"));
}

TEST(ParseCommandLineTest, FailOnNoneNeverFails) {
  EXPECT_TRUE(Parse({"check", "--fail_on=none", "a.txt"})->fail_on.empty());
}

TEST(ParseCommandLineTest, BadUsageIsInvalidArgumentWithAMessage) {
  struct Case {
    std::vector<std::string> args;
    const char* says;
  } cases[] = {
      {{}, "no command"},
      {{"frobnicate"}, "unknown command"},
      {{"check"}, "FILE"},
      {{"check", "--format=xml", "a"}, "unknown format"},
      {{"check", "--fail_on=BOGUS", "a"}, "unknown flag kind"},
      {{"extract", "--server=h:1", "a"}, "unknown flag"},
      {{"ingest", "a.txt"}, "--server is required"},
      {{"conflicts", "--server=h:1", "a.txt"}, "takes no FILE"},
      {{"conflicts", "--server=h:1", "--format=junit"}, "unknown format"},
      {{"ingest", "--server=h:1", "--format=junit", "a"}, "unknown format"},
      {{"check", "a", "--token"}, "needs a value"},
      {{"check", "--server=nohostport", "a"}, "HOST:PORT"},
      {{"check", "--deadline=0", "a"}, "positive"},
      {{"check", "--color=sometimes", "a"}, "auto, always or never"},
      {{"check", "--quiet=yes", "a"}, "takes no value"},
      {{"check", "-", "-"}, "may be given once"},
      {{"ingest", "--server=h:1", "--flagged", "a"}, "unknown flag"},
      {{"conflicts", "--server=h:1", "--format=html"}, "unknown format"},
  };
  for (const Case& c : cases) {
    absl::StatusOr<CliOptions> options = Parse(c.args);
    EXPECT_EQ(options.status().code(), absl::StatusCode::kInvalidArgument) << c.says;
    EXPECT_THAT(options.status().message(), HasSubstr(c.says));
  }
}

TEST(ParseCommandLineTest, HelpWinsOverMissingArguments) {
  absl::StatusOr<CliOptions> options = Parse({"ingest", "--help"});
  ASSERT_TRUE(options.ok());
  EXPECT_TRUE(options->help);
  EXPECT_EQ(options->command, Command::kIngest);
  EXPECT_TRUE(Parse({"--help"})->help);
  EXPECT_EQ(Parse({"help", "check"})->command, Command::kCheck);
}

TEST(ParseCommandLineTest, GrepsManners) {
  absl::StatusOr<CliOptions> options =
      Parse({"check", "-q", "--flagged", "--color=never", "--format=html", "-", "dir"});
  ASSERT_TRUE(options.ok()) << options.status();
  EXPECT_TRUE(options->quiet);
  EXPECT_TRUE(options->only_flagged);
  EXPECT_EQ(options->color, ColorChoice::kNever);
  EXPECT_EQ(options->format, Format::kHtml);
  EXPECT_THAT(options->inputs, ElementsAre("-", "dir"));
  // --color alone means auto, and takes no separate value: what follows is a file.
  options = Parse({"extract", "--color", "always.txt"});
  ASSERT_TRUE(options.ok()) << options.status();
  EXPECT_EQ(options->color, ColorChoice::kAuto);
  EXPECT_THAT(options->inputs, ElementsAre("always.txt"));
  EXPECT_EQ(Parse({"conflicts", "--server=h:1", "--color=always"})->color, ColorChoice::kAlways);
}

TEST(ParseCommandLineTest, VersionAnywhereWins) {
  EXPECT_TRUE(Parse({"--version"})->version);
  EXPECT_TRUE(Parse({"ingest", "--version"})->version);  // no --server needed
  EXPECT_FALSE(Parse({"check", "--", "--version"})->version);
}

TEST(ParseCommandLineTest, ConflictsFailsOnlyOnAKindAskedFor) {
  EXPECT_TRUE(Parse({"conflicts", "--server=h:1"})->fail_on.empty());
  EXPECT_EQ(Parse({"conflicts", "--server=h:1", "--fail_on=CONFLICT"})->fail_on,
            FlagKindSet{v1::CONFLICT});
  EXPECT_EQ(Parse({"check", "a"})->fail_on, (FlagKindSet{v1::CONFLICT, v1::INCONSISTENT}));
}

TEST(UseColorTest, AutoOnATerminalUnlessNoColorIsSet) {
  EXPECT_TRUE(UseColor(ColorChoice::kAuto, /*out_is_tty=*/true, ""));
  EXPECT_FALSE(UseColor(ColorChoice::kAuto, /*out_is_tty=*/false, ""));
  EXPECT_FALSE(UseColor(ColorChoice::kAuto, /*out_is_tty=*/true, "1"));
  EXPECT_TRUE(UseColor(ColorChoice::kAlways, /*out_is_tty=*/false, "1"));
  EXPECT_FALSE(UseColor(ColorChoice::kNever, /*out_is_tty=*/true, ""));
}

TEST(HelpTextTest, EachCommandDocumentsEveryFlagItAccepts) {
  EXPECT_THAT(HelpText(Command::kNone), HasSubstr("conflicts"));
  const std::string check = HelpText(Command::kCheck);
  for (const char* flag : {"--format", "--fail_on", "--server", "--token", "--tls_ca", "--deadline",
                           "--lexicon_dir", "--flagged", "--quiet", "--color", "--version", "html",
                           "Exit codes"}) {
    EXPECT_THAT(check, HasSubstr(flag));
  }
  EXPECT_THAT(HelpText(Command::kExtract), ::testing::Not(HasSubstr("--server")));
  EXPECT_THAT(HelpText(Command::kIngest), HasSubstr("--server"));
}

}  // namespace
}  // namespace claimcheck
