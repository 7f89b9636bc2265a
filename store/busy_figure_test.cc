// One busy figure (issue 15): an ingest into a figure of 10,000 claims must cost about what an
// ingest into an empty one costs. Tested by what it reads, not by a time: the claims the rules
// are given (ClaimTable::filed_claims_read()) and the stored claims whose flags it recomputes
// (ArticleChange::neighbours()), into figures of 0, 100, 1,000 and 10,000 one-claim reports.
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "crosscheck/filed_claims.h"
#include "crosscheck/test_claims.h"
#include "gtest/gtest.h"
#include "store/article_change.h"
#include "store/claim_table.h"
#include "store/table_claims.h"

namespace claimcheck {
namespace {

// A one-claim report of a toll at Kyiv on one day, from one of 40 sources: counts that agree
// (CORROBORATED) and disagree (CONFLICT), as a week of war reports on one town gives.
struct Report {
  v1::Article article;
  std::vector<v1::Claim> claims;
};
Report OneClaimReport(int n) {
  Report r;
  const std::string id = absl::StrCat("report-", n);
  r.article.set_id(id);
  r.article.set_text(absl::StrCat("report ", n));
  r.article.mutable_published_at()->set_seconds(TestDateSeconds("2023-01-04"));
  r.claims.push_back(TestClaim(id, 1)
                         .Exact(60 + n % 40)
                         .Metric(v1::KILLED)
                         .Subject("person")
                         .Place("Kyiv")
                         .Date("2023-01-04")
                         .Source(absl::StrCat("Source ", n % 40), absl::StrCat("src.", n % 40),
                                 n % 2 ? "ua" : "ru")
                         .Build());
  return r;
}

struct IngestWork {
  uint64_t claims_read = 0;   // claims the rules were given, before and after the change
  size_t neighbours = 0;      // stored claims of other articles whose flags were recomputed
  FlagsChanged changed;
};

// Files `filed` reports straight into a table, then ingests one more as ClaimStore does
// (ArticleChange before and after), counting what that ingest read.
IngestWork IngestIntoFigureOf(int filed) {
  ClaimTable table;
  for (int n = 0; n < filed; ++n) {
    Report r = OneClaimReport(n);
    table.Insert(r.article, r.claims);
  }
  const Report next = OneClaimReport(filed);
  IngestWork work;
  const uint64_t read_before = table.filed_claims_read();
  TableClaims before(table);
  ArticleChange change = *ArticleChange::Before(before, next.article.id(), next.claims);
  const std::vector<uint32_t> slots = table.Insert(next.article, next.claims);
  TableClaims after(&table);
  work.changed = *change.After(
      after, std::vector<TableClaims::Handle>(slots.begin(), slots.end()), absl::Now());
  work.claims_read = table.filed_claims_read() - read_before;
  work.neighbours = change.neighbours().size();
  return work;
}

TEST(BusyFigureTest, AnIngestReadsAsMuchIntoTenThousandClaimsAsIntoAHundred) {
  const IngestWork empty = IngestIntoFigureOf(0);
  EXPECT_EQ(empty.claims_read, 0u);
  EXPECT_EQ(empty.neighbours, 0u);
  std::vector<uint64_t> read;
  for (int filed : {100, 1000, 10000}) {
    const IngestWork work = IngestIntoFigureOf(filed);
    SCOPED_TRACE(absl::StrCat(filed, " claims in the figure"));
    // The new claim is compared with its day's first claims, and alters no stored claim.
    EXPECT_EQ(work.claims_read, kClaimsShownPerDay);
    EXPECT_EQ(work.neighbours, 0u);
    read.push_back(work.claims_read);
  }
  EXPECT_EQ(read.front(), read.back());
}

TEST(BusyFigureTest, UnderTheBoundAnIngestReadsAtMostTheSquareOfTheBound) {
  // The dearest ingest: the last claim its day shows, which every claim there meets (before and
  // after the change, each against the claims shown).
  const IngestWork work = IngestIntoFigureOf(static_cast<int>(kClaimsShownPerDay) - 1);
  EXPECT_EQ(work.neighbours, kClaimsShownPerDay - 1);
  EXPECT_LE(work.claims_read, 2 * kClaimsShownPerDay * kClaimsShownPerDay);
}

TEST(BusyFigureTest, AClaimBeyondTheBoundIsFlaggedAgainstTheFirstAndAltersNone) {
  // report-1000#1 (60 killed, src.0) meets the day's first claims (60 killed and up, one source
  // each):
  // some of them are other voices' disagreeing counts.
  const IngestWork work = IngestIntoFigureOf(1000);
  ASSERT_EQ(work.changed.claims.size(), 1u);
  const v1::Claim& claim = work.changed.claims[0];
  bool conflict = false;
  for (const v1::Flag& f : claim.flags()) {
    if (f.kind() == v1::CONFLICT) conflict = true;
    for (const std::string& id : f.related_claim_ids()) {
      const int n = std::stoi(id.substr(std::string("report-").size()));
      EXPECT_LT(n, static_cast<int>(kClaimsShownPerDay)) << "names " << id;
    }
  }
  EXPECT_TRUE(conflict);
  // Raised on the new claim only: no stored claim's flags changed.
  ASSERT_FALSE(work.changed.events.empty());
  for (const v1::FlagEvent& e : work.changed.events) {
    EXPECT_EQ(e.claim().id(), "report-1000#1");
    EXPECT_FALSE(e.cleared());
  }
}

}  // namespace
}  // namespace claimcheck
