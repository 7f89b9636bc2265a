#include "crosscheck/article_check.h"

#include <map>
#include <random>
#include <string>
#include <vector>

#include "crosscheck/related_claims.h"
#include "crosscheck/rules.h"
#include "crosscheck/test_claims.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

std::vector<ClaimFacts> FactsOf(const std::vector<v1::Claim>& claims) {
  std::vector<ClaimFacts> facts;
  facts.reserve(claims.size());
  for (const v1::Claim& c : claims) facts.push_back(claimcheck::FactsOf(c));
  return facts;
}

std::vector<const ClaimFacts*> Views(const std::vector<ClaimFacts>& facts) {
  std::vector<const ClaimFacts*> views;
  views.reserve(facts.size());
  for (const ClaimFacts& f : facts) views.push_back(&f);
  return views;
}

std::string Describe(const std::vector<v1::Flag>& flags) {
  std::string out;
  for (const v1::Flag& f : flags) out += f.ShortDebugString() + "\n";
  return out;
}

// A random claim of a small world: few metrics, subjects, places, voices and dates, so that
// claims often meet, agree, disagree, revise each other and share sentences.
v1::Claim RandomClaim(const std::string& article, int n, const std::string& date,
                      int sentence, const std::string& part_of, std::mt19937& rng) {
  auto pick = [&rng](int n) { return static_cast<int>(rng() % n); };
  TestClaim c(article, n);
  const v1::Metric metrics[] = {v1::KILLED, v1::WOUNDED, v1::CASUALTIES, v1::LAUNCHED,
                                v1::DESTROYED};
  const char* const subjects[] = {"person", "soldier", "civilian", "child", "drone"};
  c.Metric(metrics[pick(5)]).Subject(subjects[pick(5)]).Date(date).Span(50 * n, 50 * n + 2);
  const double value = 10 + pick(30) * 5;
  switch (pick(4)) {
    case 0: c.Approximately(value); break;
    case 1: c.AtLeast(value); break;
    case 2: c.Range(value, value * 2); break;
    default: c.Exact(value); break;
  }
  switch (pick(5)) {
    case 0: c.Place("Makiivka"); break;
    case 1: c.Place("Kyiv"); break;
    case 2: c.MainPlace("Makiivka"); break;
    case 3: c.Place("Ukraine").PlaceKind("country", "UA"); break;
    default: break;
  }
  switch (pick(5)) {
    case 0: c.Source("Russian Defence Ministry", "ru.mod", "ru"); break;
    case 1: c.Source("Kremlin", "ru.gov", "ru"); break;
    case 2: c.Source("General Staff", "ua.general_staff", "ua"); break;
    case 3: c.Source("A witness", "", ""); break;
    default: break;
  }
  if (pick(6) == 0) c.EarlierReport();
  c.Sentence("Sentence " + std::to_string(sentence) + " of " + article + ".");
  if (!part_of.empty()) c.PartOf(part_of);
  return c.Build();
}

// Below kNearbyClaims claims per group, ArticleCheck gives each claim exactly the flags rules.h
// gives it against its whole article and the other articles: short articles compared whole, and
// long ones, by groups and windows, alike.
TEST(ArticleCheckTest, SmallGroupsGetTheFlagsOfTheRulesAgainstEverything) {
  std::mt19937 rng(20240104);
  std::map<v1::FlagKind, int> seen;  // so the test shows it exercised every rule
  for (int round = 0; round < 3000; ++round) {
    // At most 11 claims in all: no flag can name more than kMaxRelatedClaims, so the choice of
    // which to name does not enter.
    std::vector<std::vector<v1::Claim>> articles(1 + rng() % 3);
    size_t total = 0;
    for (size_t a = 0; a < articles.size(); ++a) {
      const std::string id(1, static_cast<char>('a' + a));
      const std::string date = rng() % 2 ? "2023-01-04" : "2023-01-06";
      const size_t n = 1 + rng() % (11 - total - (articles.size() - a - 1));
      int sentence = 0;
      for (size_t i = 0; i < n; ++i) {
        if (i == 0 || rng() % 3 != 0) ++sentence;  // a third share the previous sentence
        std::string part_of;
        if (i > 0 && rng() % 5 == 0) part_of = articles[a][rng() % i].id();
        articles[a].push_back(RandomClaim(id, static_cast<int>(i + 1), date, sentence,
                                          part_of, rng));
      }
      total += n;
    }
    std::vector<std::vector<ClaimFacts>> facts;
    facts.reserve(articles.size());
    for (const std::vector<v1::Claim>& article : articles) facts.push_back(FactsOf(article));
    for (size_t a = 0; a < facts.size(); ++a) {
      std::vector<const ClaimFacts*> others;
      for (size_t b = 0; b < facts.size(); ++b) {
        if (b == a) continue;
        for (const ClaimFacts& f : facts[b]) others.push_back(&f);
      }
      std::vector<const ClaimFacts*> everything = Views(facts[a]);
      everything.insert(everything.end(), others.begin(), others.end());
      ArticleCheck whole(facts[a]);
      ArticleCheck windowed = ArticleCheck::Windowed(facts[a]);
      for (size_t i = 0; i < facts[a].size(); ++i) {
        std::vector<v1::Flag> want = CrossCheckFlags(facts[a][i], everything);
        for (v1::Flag& f : InconsistencyFlags(facts[a][i], Views(facts[a]))) {
          want.push_back(std::move(f));
        }
        const std::vector<v1::Flag> got = whole.FlagsOf(i, others);
        ASSERT_EQ(Describe(got), Describe(want)) << "round " << round << ", " << facts[a][i].id;
        ASSERT_EQ(Describe(windowed.FlagsOf(i, others)), Describe(want))
            << "windowed, round " << round << ", " << facts[a][i].id;
        for (const v1::Flag& f : got) ++seen[f.kind()];
      }
    }
  }
  for (v1::FlagKind kind : {v1::CONFLICT, v1::REVISION, v1::CORROBORATED, v1::SINGLE_SOURCE,
                            v1::INCONSISTENT}) {
    EXPECT_GT(seen[kind], 20) << v1::FlagKind_Name(kind);
  }
}

// A live blog giving two rival tolls 3,000 times: every claim conflicts with the other voice's
// claims near it, and a flag names only the closest ones.
TEST(ArticleCheckTest, LongArticleFlagsNameTheClosestClaimsAndCountTheOthers) {
  std::vector<v1::Claim> claims;
  for (int i = 0; i < 3000; ++i) {
    TestClaim c("blog", i + 1);
    c.Exact(i % 2 ? 150 : 100).Metric(v1::KILLED).Subject("person").Place("Gaza")
        .Date("2024-01-04").Span(100 * i, 100 * i + 3);
    if (i % 2) {
      c.Source("Health Ministry", "ps.health", "ps");
    } else {
      c.Source("Army", "il.army", "il");
    }
    claims.push_back(c.Build());
  }
  const std::vector<ClaimFacts> facts = FactsOf(claims);
  ArticleCheck check(facts);
  for (size_t i : {size_t{0}, size_t{1500}, size_t{2999}}) {
    const std::vector<v1::Flag> flags = check.FlagsOf(i, {});
    ASSERT_EQ(flags.size(), 1u) << Describe(flags);
    const v1::Flag& conflict = flags[0];
    EXPECT_EQ(conflict.kind(), v1::CONFLICT);
    ASSERT_EQ(static_cast<size_t>(conflict.related_claim_ids_size()), kMaxRelatedClaims);
    // The other voice's claims within kNearbyClaims of it, of which the ten nearest are named.
    size_t rivals = 0;
    for (size_t j = (i > kNearbyClaims ? i - kNearbyClaims : 0);
         j <= std::min(facts.size() - 1, i + kNearbyClaims); ++j) {
      rivals += j % 2 != i % 2;
    }
    EXPECT_NE(conflict.reason().find("(and " + std::to_string(rivals - 1) + " more)"),
              std::string::npos)
        << conflict.reason();
    for (const std::string& id : conflict.related_claim_ids()) {
      const size_t j = std::stoul(id.substr(id.find('#') + 1)) - 1;
      EXPECT_LE(j > i ? j - i : i - j, 2 * kMaxRelatedClaims) << id;
      EXPECT_NE(j % 2, i % 2) << id;
    }
  }
}

// A part-whole statement repeated all along a long article: each casualties count is checked
// against the largest parts near it (computed once per count) and every flag stays small.
TEST(ArticleCheckTest, RepeatedCasualtyStatementsStayInconsistentAndBounded) {
  std::vector<v1::Claim> claims;
  int n = 0;
  for (int i = 0; i < 1000; ++i) {
    const std::string sentence = "Statement " + std::to_string(i) + ".";
    for (const auto& [metric, value] : std::vector<std::pair<v1::Metric, double>>{
             {v1::KILLED, 10}, {v1::WOUNDED, 8}, {v1::CASUALTIES, 15}}) {
      claims.push_back(TestClaim("blog", ++n)
                           .Exact(value)
                           .Metric(metric)
                           .Subject("person")
                           .Source("Russian Defence Ministry", "ru.mod", "ru")
                           .Date("2024-01-04")
                           .Sentence(sentence)
                           .Build());
    }
  }
  const std::vector<ClaimFacts> facts = FactsOf(claims);
  ArticleCheck check(facts);
  for (size_t i = 0; i < facts.size(); ++i) {
    const std::vector<v1::Flag> flags = check.FlagsOf(i, {});
    bool inconsistent = false;
    for (const v1::Flag& f : flags) {
      EXPECT_LE(static_cast<size_t>(f.related_claim_ids_size()), kMaxRelatedClaims);
      inconsistent |= f.kind() == v1::INCONSISTENT;
    }
    // Killed and wounded are flagged only where they are the voice's largest (the first of equal
    // counts); every casualties count is flagged.
    if (facts[i].metric == v1::CASUALTIES) {
      EXPECT_TRUE(inconsistent) << facts[i].id << "\n" << Describe(flags);
    }
  }
}

}  // namespace
}  // namespace claimcheck
