#include "tools/claim_json.h"

#include <string>

#include "absl/strings/str_cat.h"

#include "google/protobuf/descriptor.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/timestamp.pb.h"
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
  EXPECT_EQ(line.find('\n'), std::string::npos);  // one line
}

TEST(ClaimJsonTest, NonFiniteNumbersAreStrings) {
  v1::Claim c;
  c.mutable_quantity()->set_value(std::numeric_limits<double>::infinity());
  std::string line;
  AppendClaimJson(c, &line);
  EXPECT_NE(line.find("\"value\":\"Infinity\""), std::string::npos) << line;
}

// Sets every field of `message`, by reflection, to a value that is not its default: strings
// that need escaping, fractions, the last enum value, two elements in each repeated field. A
// field added to Claim later is filled too, so the test below notices when AppendClaimJson
// forgets it.
void FillEveryField(google::protobuf::Message* message, int depth = 0) {
  using google::protobuf::FieldDescriptor;
  const google::protobuf::Descriptor* type = message->GetDescriptor();
  const google::protobuf::Reflection* reflection = message->GetReflection();
  if (type->full_name() == "google.protobuf.Timestamp") {
    auto* timestamp = static_cast<google::protobuf::Timestamp*>(message);
    timestamp->set_seconds(1672790400);
    timestamp->set_nanos(250000000);
    return;
  }
  for (int i = 0; i < type->field_count(); ++i) {
    const FieldDescriptor* field = type->field(i);
    const int copies = field->is_repeated() ? 2 : 1;
    for (int copy = 0; copy < copies; ++copy) {
      const std::string text = absl::StrCat(field->name(), " \"«é»\"\n\t\\\x01 ", copy);
      switch (field->cpp_type()) {
        case FieldDescriptor::CPPTYPE_STRING:
          field->is_repeated() ? reflection->AddString(message, field, text)
                               : reflection->SetString(message, field, text);
          break;
        case FieldDescriptor::CPPTYPE_DOUBLE:
          field->is_repeated() ? reflection->AddDouble(message, field, 0.1 + copy)
                               : reflection->SetDouble(message, field, 1234.125 + field->number());
          break;
        case FieldDescriptor::CPPTYPE_FLOAT:
          field->is_repeated() ? reflection->AddFloat(message, field, 0.1f)
                               : reflection->SetFloat(message, field, 0.1f);
          break;
        case FieldDescriptor::CPPTYPE_UINT32:
          field->is_repeated() ? reflection->AddUInt32(message, field, 7 + copy)
                               : reflection->SetUInt32(message, field, 4000000000u - i);
          break;
        case FieldDescriptor::CPPTYPE_INT32:
          field->is_repeated() ? reflection->AddInt32(message, field, -7)
                               : reflection->SetInt32(message, field, -7 - field->number());
          break;
        case FieldDescriptor::CPPTYPE_UINT64:
          field->is_repeated() ? reflection->AddUInt64(message, field, 7)
                               : reflection->SetUInt64(message, field, 7);
          break;
        case FieldDescriptor::CPPTYPE_INT64:
          field->is_repeated() ? reflection->AddInt64(message, field, -7)
                               : reflection->SetInt64(message, field, -7);
          break;
        case FieldDescriptor::CPPTYPE_BOOL:
          field->is_repeated() ? reflection->AddBool(message, field, true)
                               : reflection->SetBool(message, field, true);
          break;
        case FieldDescriptor::CPPTYPE_ENUM: {
          const auto* last = field->enum_type()->value(field->enum_type()->value_count() - 1);
          field->is_repeated() ? reflection->AddEnum(message, field, last)
                               : reflection->SetEnum(message, field, last);
          break;
        }
        case FieldDescriptor::CPPTYPE_MESSAGE:
          if (depth < 3) {
            FillEveryField(field->is_repeated() ? reflection->AddMessage(message, field)
                                                : reflection->MutableMessage(message, field),
                           depth + 1);
          }
          break;
      }
    }
  }
}

// `json` as a google.protobuf.Value, so that two printings compare by meaning (member order,
// 1e6 against 1000000) rather than by bytes.
google::protobuf::Value Parsed(const std::string& json) {
  google::protobuf::Value value;
  EXPECT_TRUE(google::protobuf::util::JsonStringToMessage(json, &value).ok()) << json;
  return value;
}

// AppendClaimJson prints what Protobuf's own JSON mapping prints with original field names and
// every scalar, for every field of Claim: set, unset, or left at its default.
TEST(ClaimJsonTest, MatchesProtobufsJsonMappingForEveryField) {
  v1::Claim full;
  FillEveryField(&full);
  v1::Claim defaults;  // every submessage present, every field in it at its default
  for (int i = 0; i < v1::Claim::descriptor()->field_count(); ++i) {
    const google::protobuf::FieldDescriptor* field = v1::Claim::descriptor()->field(i);
    if (field->cpp_type() == google::protobuf::FieldDescriptor::CPPTYPE_MESSAGE &&
        !field->is_repeated()) {
      defaults.GetReflection()->MutableMessage(&defaults, field);
    }
  }
  v1::Claim open_ended = FullClaim();
  open_ended.mutable_quantity()->clear_upper();

  google::protobuf::util::JsonPrintOptions options;
  options.preserve_proto_field_names = true;
  options.always_print_primitive_fields = true;
  for (const v1::Claim& claim : {full, defaults, open_ended, FullClaim(), v1::Claim()}) {
    std::string ours, theirs;
    AppendClaimJson(claim, &ours);
    ASSERT_TRUE(google::protobuf::util::MessageToJsonString(claim, &theirs, options).ok());
    EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(Parsed(ours), Parsed(theirs)))
        << "ours:   " << ours << "\ntheirs: " << theirs;
  }
}

}  // namespace
}  // namespace claimcheck
