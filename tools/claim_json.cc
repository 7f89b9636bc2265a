#include "tools/claim_json.h"

#include <cmath>
#include <cstdio>

#include "absl/strings/str_cat.h"
#include "absl/time/time.h"

namespace claimcheck {
namespace {

// Runs of bytes that need no escape are appended whole: this printer writes every sentence.
void AppendString(absl::string_view s, std::string* out) {
  out->push_back('"');
  size_t run = 0;  // start of the bytes not yet appended
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char u = static_cast<unsigned char>(s[i]);
    if (u >= 0x20 && u != '"' && u != '\\') continue;
    out->append(s.data() + run, i - run);
    run = i + 1;
    switch (u) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default: {
        char buf[8];
        std::snprintf(buf, sizeof(buf), "\\u%04x", u);
        out->append(buf);
      }
    }
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

void AppendDouble(double v, std::string* out) {
  if (std::isnan(v)) {
    out->append("\"NaN\"");
  } else if (std::isinf(v)) {
    out->append(v > 0 ? "\"Infinity\"" : "\"-Infinity\"");
  } else if (v == std::floor(v) && std::fabs(v) < 1e15) {
    absl::StrAppend(out, static_cast<int64_t>(v));
  } else {
    char buf[32];
    std::snprintf(buf, sizeof(buf), "%.17g", v);
    // The shortest form that reads back to the same double.
    for (int precision = 6; precision < 17; ++precision) {
      char shorter[32];
      std::snprintf(shorter, sizeof(shorter), "%.*g", precision, v);
      if (std::strtod(shorter, nullptr) == v) {
        out->append(shorter);
        return;
      }
    }
    out->append(buf);
  }
}

// A float as Protobuf prints it: the shortest decimal that reads back to the same float (0.1,
// not the 0.10000000149011612 its double is).
void AppendFloat(float v, std::string* out) {
  if (!std::isfinite(v)) return AppendDouble(v, out);
  for (int precision = 1; precision <= 9; ++precision) {
    char shorter[32];
    std::snprintf(shorter, sizeof(shorter), "%.*g", precision, static_cast<double>(v));
    if (std::strtof(shorter, nullptr) == v) {
      out->append(shorter);
      return;
    }
  }
  AppendDouble(v, out);
}

// A Timestamp in RFC 3339 as Protobuf prints it: 0, 3, 6 or 9 digits of fractional seconds.
std::string Rfc3339(const google::protobuf::Timestamp& timestamp) {
  std::string text = absl::FormatTime("%Y-%m-%d%ET%H:%M:%S",
                                      absl::FromUnixSeconds(timestamp.seconds()),
                                      absl::UTCTimeZone());
  const int32_t nanos = timestamp.nanos();
  if (nanos != 0) {
    char fraction[16];
    if (nanos % 1000000 == 0) {
      std::snprintf(fraction, sizeof(fraction), ".%03d", nanos / 1000000);
    } else if (nanos % 1000 == 0) {
      std::snprintf(fraction, sizeof(fraction), ".%06d", nanos / 1000);
    } else {
      std::snprintf(fraction, sizeof(fraction), ".%09d", nanos);
    }
    text += fraction;
  }
  text += 'Z';
  return text;
}

// Writes `"key":` after a comma unless it is the first member.
void Key(absl::string_view key, bool* first, std::string* out) {
  if (!*first) out->push_back(',');
  *first = false;
  AppendString(key, out);
  out->push_back(':');
}

void Field(absl::string_view key, absl::string_view value, bool* first, std::string* out) {
  Key(key, first, out);
  AppendString(value, out);
}

void AppendQuantity(const v1::Quantity& q, std::string* out) {
  bool first = true;
  out->push_back('{');
  Key("value", &first, out);
  AppendDouble(q.value(), out);
  Field("qualifier", v1::Qualifier_Name(q.qualifier()), &first, out);
  Field("text", q.text(), &first, out);
  Field("unit", q.unit(), &first, out);
  if (q.has_lower()) {
    Key("lower", &first, out);
    AppendDouble(q.lower(), out);
  }
  if (q.has_upper()) {
    Key("upper", &first, out);
    AppendDouble(q.upper(), out);
  }
  out->push_back('}');
}

void AppendLocation(const v1::Location& l, std::string* out) {
  bool first = true;
  out->push_back('{');
  Field("text", l.text(), &first, out);
  Field("canonical", l.canonical(), &first, out);
  Field("country", l.country(), &first, out);
  Field("kind", l.kind(), &first, out);
  Key("confidence", &first, out);
  AppendFloat(l.confidence(), out);
  out->push_back('}');
}

void AppendSource(const v1::Source& s, std::string* out) {
  bool first = true;
  out->push_back('{');
  Field("text", s.text(), &first, out);
  Field("canonical_id", s.canonical_id(), &first, out);
  Field("party", s.party(), &first, out);
  Field("channel", s.channel(), &first, out);
  Field("cue", s.cue(), &first, out);
  out->push_back('}');
}

void AppendFlags(const google::protobuf::RepeatedPtrField<v1::Flag>& flags, std::string* out) {
  out->push_back('[');
  for (int i = 0; i < flags.size(); ++i) {
    const v1::Flag& f = flags.Get(i);
    if (i > 0) out->push_back(',');
    bool first = true;
    out->push_back('{');
    Field("kind", v1::FlagKind_Name(f.kind()), &first, out);
    Field("reason", f.reason(), &first, out);
    Key("related_claim_ids", &first, out);
    out->push_back('[');
    for (int r = 0; r < f.related_claim_ids_size(); ++r) {
      if (r > 0) out->push_back(',');
      AppendString(f.related_claim_ids(r), out);
    }
    out->push_back(']');
    Field("figure_key", f.figure_key(), &first, out);
    out->push_back('}');
  }
  out->push_back(']');
}

void BoolField(absl::string_view key, bool value, bool* first, std::string* out) {
  Key(key, first, out);
  out->append(value ? "true" : "false");
}

}  // namespace

// The fields in the proto's order of meaning (DESIGN.md, "JSON lines"); a message field is
// written only when set, so that absent and empty stay apart.
void AppendClaimJson(const v1::Claim& c, std::string* out) {
  bool first = true;
  out->push_back('{');
  Field("id", c.id(), &first, out);
  Field("article_id", c.article_id(), &first, out);
  if (c.has_number_span()) {
    Key("number_span", &first, out);
    absl::StrAppend(out, "{\"start\":", c.number_span().start(),
                    ",\"end\":", c.number_span().end(), "}");
  }
  if (c.has_quantity()) {
    Key("quantity", &first, out);
    AppendQuantity(c.quantity(), out);
  }
  Field("metric", v1::Metric_Name(c.metric()), &first, out);
  Field("subject", c.subject(), &first, out);
  Field("subject_text", c.subject_text(), &first, out);
  Field("subject_side", c.subject_side(), &first, out);
  if (c.has_location()) {
    Key("location", &first, out);
    AppendLocation(c.location(), out);
  }
  if (c.has_source()) {
    Key("source", &first, out);
    AppendSource(c.source(), out);
  }
  Field("sentence", c.sentence(), &first, out);
  Key("flags", &first, out);
  AppendFlags(c.flags(), out);
  Field("language", c.language(), &first, out);
  if (c.has_published_at()) Field("published_at", Rfc3339(c.published_at()), &first, out);
  BoolField("earlier_report", c.earlier_report(), &first, out);
  Field("figure_key", c.figure_key(), &first, out);
  Field("part_of_claim_id", c.part_of_claim_id(), &first, out);
  if (c.has_event_date()) Field("event_date", Rfc3339(c.event_date()), &first, out);
  Field("event_date_basis", c.event_date_basis(), &first, out);
  Field("article_title", c.article_title(), &first, out);
  Field("article_url", c.article_url(), &first, out);
  Field("article_outlet", c.article_outlet(), &first, out);
  BoolField("cumulative", c.cumulative(), &first, out);
  BoolField("projection", c.projection(), &first, out);
  Field("same_count_as", c.same_count_as(), &first, out);
  out->push_back('}');
}

}  // namespace claimcheck
