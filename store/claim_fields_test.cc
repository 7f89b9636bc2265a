// A claim's fields are written out by hand in the store (ClaimTable's StoredClaim, Insert,
// ToClaim, Facts; the log and snapshot records). These tests prove every copy complete by
// reflection: every field of v1::Claim, nested messages included, is given a value of its own,
// and must come back equal through ToClaim (QueryClaims), through the log and through a
// snapshot. A field a new version of the proto adds, and the store forgets, fails here.
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "crosscheck/claim_facts.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "store/claim_store.h"
#include "store/claim_table.h"

namespace claimcheck {
namespace {

using google::protobuf::Descriptor;
using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::Reflection;

constexpr char kArticleId[] = "wire/fields";

// Fields the store computes or, by design, does not keep; every other field must come back.
const std::set<std::string>& FieldsNotKept() {
  static const auto* fields = new std::set<std::string>{
      "claimcheck.v1.Claim.figure_key",        // the store's own: where it filed the claim
      "claimcheck.v1.Flag.related_claim_ids",  // only extractor flags are kept; they name none
      "claimcheck.v1.Flag.figure_key",         // the store's own
  };
  return *fields;
}

// Fields whose value must satisfy the store's checks, set by hand after the generic fill.
// article_title, article_url and article_outlet must be the article's (ArticleOf() gives the
// article the claim's): the store keeps them on the article, compared all the same.
void SetConstrainedFields(v1::Claim* claim, const std::string& article_id = kArticleId) {
  claim->set_article_id(article_id);
  claim->mutable_number_span()->set_start(2);
  claim->mutable_number_span()->set_end(9);
  // Only the extractor's flags are kept: the rules' are recomputed.
  claim->mutable_flags(0)->set_kind(v1::UNVERIFIED);
  claim->mutable_flags(1)->set_kind(v1::UNATTRIBUTED);
}

// Gives every field of `message` (recursively) a non-default value no other field has, so a
// value copied into the wrong field shows too. Repeated fields get two elements.
class DistinctFiller {
 public:
  void Fill(Message* message) {
    const Descriptor* descriptor = message->GetDescriptor();
    for (int i = 0; i < descriptor->field_count(); ++i) {
      const FieldDescriptor* field = descriptor->field(i);
      if (FieldsNotKept().count(field->full_name()) != 0) continue;
      const int copies = field->is_repeated() ? 2 : 1;
      for (int k = 0; k < copies; ++k) SetOne(message, field);
    }
  }

 private:
  void SetOne(Message* message, const FieldDescriptor* field) {
    const Reflection* r = message->GetReflection();
    const int n = ++counter_;
    const bool repeated = field->is_repeated();
    switch (field->cpp_type()) {
      case FieldDescriptor::CPPTYPE_MESSAGE:
        Fill(repeated ? r->AddMessage(message, field) : r->MutableMessage(message, field));
        return;
      case FieldDescriptor::CPPTYPE_STRING: {
        const std::string value = absl::StrCat(field->name(), " ", n);
        repeated ? r->AddString(message, field, value) : r->SetString(message, field, value);
        return;
      }
      case FieldDescriptor::CPPTYPE_INT32:
        repeated ? r->AddInt32(message, field, n) : r->SetInt32(message, field, n);
        return;
      case FieldDescriptor::CPPTYPE_INT64:
        // Large enough for a date far from the epoch.
        repeated ? r->AddInt64(message, field, 1000000 + n)
                 : r->SetInt64(message, field, 1000000 + n);
        return;
      case FieldDescriptor::CPPTYPE_UINT32:
        repeated ? r->AddUInt32(message, field, n) : r->SetUInt32(message, field, n);
        return;
      case FieldDescriptor::CPPTYPE_UINT64:
        repeated ? r->AddUInt64(message, field, n) : r->SetUInt64(message, field, n);
        return;
      case FieldDescriptor::CPPTYPE_DOUBLE:
        repeated ? r->AddDouble(message, field, n + 0.5) : r->SetDouble(message, field, n + 0.5);
        return;
      case FieldDescriptor::CPPTYPE_FLOAT:
        repeated ? r->AddFloat(message, field, n + 0.25f) : r->SetFloat(message, field, n + 0.25f);
        return;
      case FieldDescriptor::CPPTYPE_BOOL:
        repeated ? r->AddBool(message, field, true) : r->SetBool(message, field, true);
        return;
      case FieldDescriptor::CPPTYPE_ENUM: {
        // A value other than the default (0), varying from field to field.
        const auto* type = field->enum_type();
        const int value = type->value(1 + n % (type->value_count() - 1))->number();
        repeated ? r->AddEnumValue(message, field, value) : r->SetEnumValue(message, field, value);
        return;
      }
    }
  }

  int counter_ = 0;
};

// Every field the store keeps is set in `message` (so the comparison covers it).
void ExpectEveryKeptFieldSet(const Message& message) {
  const Descriptor* descriptor = message.GetDescriptor();
  const Reflection* r = message.GetReflection();
  for (int i = 0; i < descriptor->field_count(); ++i) {
    const FieldDescriptor* field = descriptor->field(i);
    if (FieldsNotKept().count(field->full_name()) != 0) continue;
    if (field->is_repeated()) {
      EXPECT_GT(r->FieldSize(message, field), 0) << field->full_name();
      if (field->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE) {
        for (int k = 0; k < r->FieldSize(message, field); ++k) {
          ExpectEveryKeptFieldSet(r->GetRepeatedMessage(message, field, k));
        }
      }
      continue;
    }
    EXPECT_TRUE(r->HasField(message, field)) << field->full_name();
    if (field->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE) {
      ExpectEveryKeptFieldSet(r->GetMessage(message, field));
    }
  }
}

// A claim of `article_id` with every field set; `filler` gives values no earlier claim it
// filled has.
v1::Claim EveryFieldSet(DistinctFiller& filler, const std::string& article_id = kArticleId) {
  v1::Claim claim;
  filler.Fill(&claim);
  SetConstrainedFields(&claim, article_id);
  ExpectEveryKeptFieldSet(claim);
  return claim;
}

v1::Claim EveryFieldSet() {
  DistinctFiller filler;
  return EveryFieldSet(filler);
}

// The article a claim of EveryFieldSet() comes from; with `sentence_in_text` its sentence is in
// the text (the store keeps a span), else not (the store keeps a copy).
v1::Article ArticleOf(const v1::Claim& claim, bool sentence_in_text) {
  v1::Article article;
  article.set_id(claim.article_id());
  article.set_title(claim.article_title());
  article.set_url(claim.article_url());
  article.set_outlet(claim.article_outlet());
  article.set_text(absl::StrCat("Before. ", sentence_in_text ? claim.sentence() : "Other.",
                                " After."));
  article.mutable_published_at()->set_seconds(claim.published_at().seconds());
  return article;
}

v1::Claim StoredClaim(const ClaimStore& store) {
  v1::QueryClaimsRequest request;
  request.set_article_id(kArticleId);
  absl::StatusOr<v1::QueryClaimsResponse> response = store.QueryClaims(request);
  EXPECT_TRUE(response.ok()) << response.status();
  if (!response.ok() || response->claims_size() != 1) {
    ADD_FAILURE() << "expected one stored claim";
    return v1::Claim();
  }
  return response->claims(0);
}

void ExpectSameClaim(const v1::Claim& given, const v1::Claim& stored, const std::string& how) {
  google::protobuf::util::MessageDifferencer differencer;
  std::string differences;
  differencer.ReportDifferencesToString(&differences);
  differencer.IgnoreField(v1::Claim::descriptor()->FindFieldByName("figure_key"));
  EXPECT_TRUE(differencer.Compare(given, stored)) << how << ":\n" << differences;
}

class ClaimFieldsTest : public ::testing::TestWithParam<bool> {
 protected:
  bool sentence_in_text() const { return GetParam(); }
};

TEST_P(ClaimFieldsTest, EveryFieldComesBackThroughToClaimTheLogAndASnapshot) {
  const v1::Claim given = EveryFieldSet();
  const v1::Article article = ArticleOf(given, sentence_in_text());
  const std::string dir = ::testing::TempDir() + "/claim_fields_" +
                          std::to_string(static_cast<int>(sentence_in_text()));
  std::filesystem::remove_all(dir);
  StoreOptions options;
  options.data_dir = dir;
  options.snapshot_every = 0;
  {
    std::unique_ptr<ClaimStore> store = *ClaimStore::Open(options);
    ASSERT_TRUE(store->Ingest(article, {given}).ok());
    ExpectSameClaim(given, StoredClaim(*store), "ToClaim after Insert");
  }
  {
    std::unique_ptr<ClaimStore> store = *ClaimStore::Open(options);  // replays the log
    ExpectSameClaim(given, StoredClaim(*store), "after replaying the log");
    ASSERT_TRUE(store->Flush().ok());  // writes a snapshot, starts an empty log
  }
  ASSERT_TRUE(std::filesystem::exists(dir + "/SNAPSHOT"));
  std::unique_ptr<ClaimStore> store = *ClaimStore::Open(options);  // reads the snapshot
  ExpectSameClaim(given, StoredClaim(*store), "after reading the snapshot");
}

INSTANTIATE_TEST_SUITE_P(SentenceInTextOrCopied, ClaimFieldsTest, ::testing::Bool());

// The claims of the TheTablesFactsAgreeWithFactsOfTheClaim test: every field set, then the
// variations that change a fact read from several fields.
std::vector<v1::Claim> FactVariations() {
  std::vector<v1::Claim> claims(5, EveryFieldSet());
  claims[1].mutable_flags(0)->set_kind(v1::UNATTRIBUTED);  // vouched: no UNVERIFIED
  claims[2].set_projection(false);                       // a running total, not a projection
  claims[3].clear_event_date_basis();                    // an event date the text does not name
  claims[4].clear_event_date();                          // no event date: the statement's
  claims[4].clear_event_date_basis();
  claims[4].set_cumulative(false);
  claims[4].set_projection(false);
  return claims;
}

// ClaimTable::Facts() (from the compact record) and FactsOf() (from the proto) are two hand
// copies of what cross-checking reads: they must agree on a claim with every field set.
TEST(ClaimFactsTest, TheTablesFactsAgreeWithFactsOfTheClaim) {
  // A new ClaimFacts member changes its size: compare it below, and copy it in ClaimTable::Facts.
  static_assert(sizeof(ClaimFacts) == 320, "ClaimFacts changed: compare every member here");
  for (const bool sentence_in_text : {true, false}) {
    for (const v1::Claim& claim : FactVariations()) {
      ClaimTable table;
      const std::vector<uint32_t> slots =
          table.Insert(ArticleOf(claim, sentence_in_text), {claim});
      ASSERT_EQ(slots.size(), 1u);
      const ClaimFacts stored = table.Facts(slots[0]);
      const ClaimFacts given = FactsOf(claim);
      EXPECT_EQ(stored.id, given.id);
      EXPECT_EQ(stored.article_id, given.article_id);
      EXPECT_EQ(stored.part_of_claim_id, given.part_of_claim_id);
      EXPECT_EQ(stored.same_count_as, given.same_count_as);
      EXPECT_EQ(stored.metric, given.metric);
      EXPECT_EQ(stored.subject, given.subject);
      EXPECT_EQ(stored.subject_side, given.subject_side);
      EXPECT_EQ(stored.place, given.place);
      EXPECT_EQ(stored.place_from_article, given.place_from_article);
      EXPECT_EQ(stored.place_is_country, given.place_is_country);
      EXPECT_EQ(stored.country, given.country);
      EXPECT_EQ(stored.unit, given.unit);
      EXPECT_EQ(stored.quantity_text, given.quantity_text);
      EXPECT_EQ(stored.value, given.value);
      EXPECT_EQ(stored.qualifier, given.qualifier);
      EXPECT_EQ(stored.stated.low, given.stated.low);
      EXPECT_EQ(stored.stated.high, given.stated.high);
      EXPECT_EQ(stored.tolerated.low, given.tolerated.low);
      EXPECT_EQ(stored.tolerated.high, given.tolerated.high);
      EXPECT_EQ(stored.source.text, given.source.text);
      EXPECT_EQ(stored.source.canonical_id, given.source.canonical_id);
      EXPECT_EQ(stored.source.party, given.source.party);
      EXPECT_EQ(stored.has_date, given.has_date);
      EXPECT_EQ(stored.date_seconds, given.date_seconds);
      EXPECT_EQ(stored.has_event_date, given.has_event_date);
      EXPECT_EQ(stored.event_seconds, given.event_seconds);
      EXPECT_EQ(stored.event_date_named, given.event_date_named);
      EXPECT_EQ(stored.earlier_report, given.earlier_report);
      EXPECT_EQ(stored.vouched, given.vouched);
      EXPECT_EQ(stored.count_kind, given.count_kind);
      EXPECT_EQ(stored.sentence, given.sentence);
      EXPECT_EQ(stored.text_offset, given.text_offset);
    }
  }
  // The variations do vary what they are meant to.
  const std::vector<v1::Claim> claims = FactVariations();
  EXPECT_FALSE(FactsOf(claims[0]).vouched);
  EXPECT_TRUE(FactsOf(claims[1]).vouched);
  EXPECT_EQ(FactsOf(claims[0]).count_kind, CountKind::kProjection);
  EXPECT_EQ(FactsOf(claims[2]).count_kind, CountKind::kRunningTotal);
  EXPECT_EQ(FactsOf(claims[4]).count_kind, CountKind::kEvent);
  EXPECT_TRUE(FactsOf(claims[0]).event_date_named);
  EXPECT_FALSE(FactsOf(claims[3]).event_date_named);
  EXPECT_TRUE(FactsOf(claims[3]).has_event_date);
  EXPECT_FALSE(FactsOf(claims[4]).has_event_date);
}

// The string pool frees what deleted articles' claims alone held (issue 14): names of sources,
// places, subjects, figure keys, flag reasons... Every string field of each claim here is one no
// other claim has, so a field the table forgets to give back shows as growth.
TEST(StringPoolTest, DeletedArticlesGiveTheirNamesBack) {
  DistinctFiller filler;
  ClaimTable table;
  const v1::Claim kept = EveryFieldSet(filler, "kept");
  table.Insert(ArticleOf(kept, /*sentence_in_text=*/true), {kept});
  const uint64_t held = table.counts().pooled_strings;
  for (int i = 0; i < 100; ++i) {
    const std::string id = absl::StrCat("gone/", i);
    const v1::Claim claim = EveryFieldSet(filler, id);
    table.Insert(ArticleOf(claim, /*sentence_in_text=*/i % 2 == 0), {claim});
    // Another article sharing every string of `kept` comes and goes too.
    v1::Claim copy = kept;
    copy.set_article_id(id + "/copy");
    copy.set_id(id + "/copy#1");
    table.Insert(ArticleOf(copy, /*sentence_in_text=*/true), {copy});
    ASSERT_GT(table.counts().pooled_strings, held);
    ASSERT_TRUE(table.Remove(id));
    ASSERT_TRUE(table.Remove(id + "/copy"));
    ASSERT_EQ(table.counts().pooled_strings, held) << "after deleting " << id;
  }
  // What the remaining claim holds is still there.
  ExpectSameClaim(kept, table.ToClaim(table.ArticleClaims("kept")[0]), "the claim kept");
}

}  // namespace
}  // namespace claimcheck
