#include "tools/claim_json.h"

#include <string>

#include "google/protobuf/util/json_util.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

v1::Claim FullClaim() {
  v1::Claim c;
  c.set_id("kherson.txt#3");
  c.set_article_id("kherson.txt");
  c.mutable_number_span()->set_start(0);  // zero must still be printed
  c.mutable_number_span()->set_end(12);
  c.mutable_quantity()->set_value(1500000);
  c.mutable_quantity()->set_lower(1350000.5);
  c.mutable_quantity()->set_qualifier(v1::APPROXIMATE);
  c.mutable_quantity()->set_text("près de 1,5 million");
  c.set_metric(v1::DISPLACED);
  c.set_subject("person");
  c.set_subject_text("personnes «déplacées»");
  c.mutable_location()->set_text("Kherson");
  c.mutable_location()->set_canonical("Kherson");
  c.mutable_location()->set_country("UA");
  c.mutable_location()->set_confidence(0.5f);
  c.mutable_source()->set_text("l'OIM \"selon\" elle");
  c.mutable_source()->set_canonical_id("un.iom");
  c.set_sentence("Ligne 1\nLigne 2\ttab \\ fin \x01");
  v1::Flag* f = c.add_flags();
  f->set_kind(v1::CONFLICT);
  f->set_reason("x vs y");
  f->add_related_claim_ids("a#1");
  f->add_related_claim_ids("b#2");
  c.add_flags()->set_kind(v1::UNATTRIBUTED);
  c.set_language("fr");
  c.mutable_published_at()->set_seconds(1672790400);  // 2023-01-04
  c.set_earlier_report(true);
  c.set_part_of_claim_id("kherson.txt#2");
  c.mutable_event_date()->set_seconds(1672531200);  // 2023-01-01
  c.set_event_date_basis("la nuit du Nouvel An");
  c.set_cumulative(true);
  c.set_projection(true);
  c.set_same_count_as("kherson.txt#1");
  return c;
}

TEST(ClaimJsonTest, ReadsBackToTheSameClaim) {
  for (const v1::Claim& claim : {FullClaim(), v1::Claim()}) {
    std::string line;
    AppendClaimJson(claim, &line);
    v1::Claim parsed;
    ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(line, &parsed).ok()) << line;
    EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(claim, parsed))
        << line << "\n" << parsed.DebugString();
  }
}

TEST(ClaimJsonTest, PrintsZerosAndOriginalNames) {
  std::string line;
  AppendClaimJson(FullClaim(), &line);
  EXPECT_NE(line.find("\"number_span\":{\"start\":0,\"end\":12}"), std::string::npos) << line;
  EXPECT_NE(line.find("\"qualifier\":\"APPROXIMATE\""), std::string::npos);
  EXPECT_NE(line.find("\"article_id\":\"kherson.txt\""), std::string::npos);
  EXPECT_NE(line.find("\"published_at\":\"2023-01-04T00:00:00Z\""), std::string::npos) << line;
  EXPECT_NE(line.find("\"event_date\":\"2023-01-01T00:00:00Z\""), std::string::npos) << line;
  EXPECT_EQ(line.find('\n'), std::string::npos);  // one line
}

TEST(ClaimJsonTest, NonFiniteNumbersAreStrings) {
  v1::Claim c;
  c.mutable_quantity()->set_value(std::numeric_limits<double>::infinity());
  std::string line;
  AppendClaimJson(c, &line);
  EXPECT_NE(line.find("\"value\":\"Infinity\""), std::string::npos) << line;
}

}  // namespace
}  // namespace claimcheck
