// Amounts as news writes them, read into claims: every suffix of number_suffixes.tsv and every
// scale word the papers use, with no currency sign, a sign before or a currency after, gives the
// claim its exact value, and money keeps its currency in the claim's unit. French scales are the
// long ones (a billion is 10^12, a trillion 10^18), English ones the short (10^9, 10^12).
// Sentences are written for this test.
#include <string>
#include <vector>

#include "extractors/extract_for_test.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

struct Row {
  std::string language;
  std::string sentence;
  std::string number;  // as written: the claim's number_span
  double value;        // exactly: "3.4bn" is 3 400 000 000, not 3.4 x 10^9 in floating point
  std::string unit;    // the currency, or "" for a count
};

// "" when the claim at row.number spans it with the row's value and unit; else what it is.
std::string Mismatch(const Row& row) {
  const std::vector<v1::Claim> claims = ExtractForTest(row.sentence, row.language);
  const v1::Claim* c = ClaimAt(claims, row.sentence, row.number);
  if (c == nullptr) return "no claim";
  const std::string span = row.sentence.substr(
      c->number_span().start(), c->number_span().end() - c->number_span().start());
  if (span != row.number || c->quantity().value() != row.value || c->quantity().unit() != row.unit) {
    return "'" + span + "' value=" + std::to_string(c->quantity().value()) +
           " unit=" + c->quantity().unit();
  }
  return "";
}

void ExpectRows(const std::vector<Row>& rows) {
  for (const Row& row : rows) EXPECT_EQ(Mismatch(row), "") << row.sentence;
}

TEST(NumberScalesTest, EnglishSuffixes) {
  ExpectRows({
      // k
      {"en", "Some 10k troops moved in.", "10k", 1e4, ""},
      {"en", "A donor gave $10k to the fund.", "10k", 1e4, "USD"},
      {"en", "A donor gave 10k dollars to the fund.", "10k", 1e4, "USD"},
      // m
      {"en", "The UN said 2.3m people fled.", "2.3m", 2.3e6, ""},
      {"en", "Some £1.5m was raised.", "1.5m", 1.5e6, "GBP"},
      {"en", "The fraud cost 2m euros.", "2m", 2e6, "EUR"},
      {"en", "The fraud cost €2m.", "2m", 2e6, "EUR"},
      // M
      {"en", "The UN said 2.3M people fled.", "2.3M", 2.3e6, ""},
      {"en", "The deal is worth $2.3M.", "2.3M", 2.3e6, "USD"},
      {"en", "The deal is worth 2.3M dollars.", "2.3M", 2.3e6, "USD"},
      // bn, b
      {"en", "Donors pledged $3.4bn for the rebuilding.", "3.4bn", 3.4e9, "USD"},
      {"en", "The fund holds €2bn.", "2bn", 2e9, "EUR"},
      {"en", "The fund holds 2bn euros.", "2bn", 2e9, "EUR"},
      {"en", "It cost $5 bn in all.", "5 bn", 5e9, "USD"},
      {"en", "Some 1.5bn people lack clean water.", "1.5bn", 1.5e9, ""},
      {"en", "Donors pledged $1.2b for the rebuilding.", "1.2b", 1.2e9, "USD"},
      {"en", "Donors pledged 1.2b dollars for the rebuilding.", "1.2b", 1.2e9, "USD"},
      {"en", "The UN said 1.2b people lack clean water.", "1.2b", 1.2e9, ""},
      // tn
      {"en", "Debt reached $1.2tn last year.", "1.2tn", 1.2e12, "USD"},
      {"en", "Debt reached 1.2tn dollars last year.", "1.2tn", 1.2e12, "USD"},
      {"en", "Debt reached £2 tn last year.", "2 tn", 2e12, "GBP"},
      // mln, bln, mld
      {"en", "Exports fell by $40 mln.", "40 mln", 4e7, "USD"},
      {"en", "Exports fell by 40 mln euros.", "40 mln", 4e7, "EUR"},
      {"en", "Reserves fell by 5 bln dollars.", "5 bln", 5e9, "USD"},
      {"en", "Reserves fell by $5 mld.", "5 mld", 5e9, "USD"},
  });
}

TEST(NumberScalesTest, FrenchSuffixes) {
  ExpectRows({
      // k
      {"fr", "Quelque 10k manifestants ont défilé.", "10k", 1e4, ""},
      {"fr", "Un don de 10k€ a été reçu.", "10k", 1e4, "EUR"},
      {"fr", "Un don de $10k a été reçu.", "10k", 1e4, "USD"},
      // M
      {"fr", "Le budget atteint 1,5 M€.", "1,5 M", 1.5e6, "EUR"},
      {"fr", "Le budget atteint 1,5 M d'euros.", "1,5 M", 1.5e6, "EUR"},
      {"fr", "Selon l'ONU, 2,3 M de personnes ont fui.", "2,3 M", 2.3e6, ""},
      // Md, Mds
      {"fr", "Le plan coûte 1,2 Md€ selon Bercy.", "1,2 Md", 1.2e9, "EUR"},
      {"fr", "Le plan coûte 1,2 Md d'euros selon Bercy.", "1,2 Md", 1.2e9, "EUR"},
      {"fr", "Le plan coûte €2 Md selon Bercy.", "2 Md", 2e9, "EUR"},
      {"fr", "La dette atteint 1,2 Md selon Bercy.", "1,2 Md", 1.2e9, ""},
      {"fr", "Le prêt atteint 3 Mds € selon Bercy.", "3 Mds", 3e9, "EUR"},
      {"fr", "Le prêt atteint 3 Mds de dollars selon Bercy.", "3 Mds", 3e9, "USD"},
      // mln, mld
      {"fr", "La dette atteint 40 mln de dollars.", "40 mln", 4e7, "USD"},
      {"fr", "Le déficit atteint 5 mld d'euros.", "5 mld", 5e9, "EUR"},
      {"fr", "Le déficit atteint 5 mld €.", "5 mld", 5e9, "EUR"},
  });
}

TEST(NumberScalesTest, ScaleWordsLongInFrenchShortInEnglish) {
  ExpectRows({
      {"fr", "L'aide atteint 2 milliards d'euros.", "2 milliards", 2e9, "EUR"},
      {"fr", "L'aide atteint deux milliards de dollars.", "deux milliards", 2e9, "USD"},
      {"fr", "Le coût est de 2,5 millions €.", "2,5 millions", 2.5e6, "EUR"},
      {"fr", "Le coût est de 2,5 millions de livres sterling.", "2,5 millions", 2.5e6, "GBP"},
      {"fr", "Selon l'ONU, 2 millions de personnes ont fui.", "2 millions", 2e6, ""},
      {"fr", "La dette atteint 1 billion d'euros.", "1 billion", 1e12, "EUR"},
      {"fr", "La dette atteint un billion de dollars.", "un billion", 1e12, "USD"},
      {"fr", "La dette atteint 2 trillions de dollars.", "2 trillions", 2e18, "USD"},
      {"en", "Damage was put at $5 million.", "5 million", 5e6, "USD"},
      {"en", "Damage was put at 5 million dollars.", "5 million", 5e6, "USD"},
      {"en", "The UN said 5 million people fled.", "5 million", 5e6, ""},
      {"en", "Donors pledged $2 billion.", "2 billion", 2e9, "USD"},
      {"en", "Donors pledged two billion euros.", "two billion", 2e9, "EUR"},
      {"en", "Donors said 1 trillion dollars were pledged.", "1 trillion", 1e12, "USD"},
      {"en", "Debt reached $1 trillion.", "1 trillion", 1e12, "USD"},
      {"en", "Debt reached £1.5 trillion.", "1.5 trillion", 1.5e12, "GBP"},
  });
}

}  // namespace
}  // namespace claimcheck
