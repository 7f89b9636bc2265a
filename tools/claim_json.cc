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

}  // namespace

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
    const v1::Quantity& q = c.quantity();
    Key("quantity", &first, out);
    bool inner = true;
    out->push_back('{');
    Key("value", &inner, out);
    AppendDouble(q.value(), out);
    Field("qualifier", v1::Qualifier_Name(q.qualifier()), &inner, out);
    Field("text", q.text(), &inner, out);
    Field("unit", q.unit(), &inner, out);
    if (q.has_lower()) {
      Key("lower", &inner, out);
      AppendDouble(q.lower(), out);
    }
    if (q.has_upper()) {
      Key("upper", &inner, out);
      AppendDouble(q.upper(), out);
    }
    out->push_back('}');
  }
  Field("metric", v1::Metric_Name(c.metric()), &first, out);
  Field("subject", c.subject(), &first, out);
  Field("subject_text", c.subject_text(), &first, out);
  Field("subject_side", c.subject_side(), &first, out);
  if (c.has_location()) {
    const v1::Location& l = c.location();
    Key("location", &first, out);
    bool inner = true;
    out->push_back('{');
    Field("text", l.text(), &inner, out);
    Field("canonical", l.canonical(), &inner, out);
    Field("country", l.country(), &inner, out);
    Field("kind", l.kind(), &inner, out);
    Key("confidence", &inner, out);
    AppendFloat(l.confidence(), out);
    out->push_back('}');
  }
  if (c.has_source()) {
    const v1::Source& s = c.source();
    Key("source", &first, out);
    bool inner = true;
    out->push_back('{');
    Field("text", s.text(), &inner, out);
    Field("canonical_id", s.canonical_id(), &inner, out);
    Field("party", s.party(), &inner, out);
    Field("channel", s.channel(), &inner, out);
    Field("cue", s.cue(), &inner, out);
    out->push_back('}');
  }
  Field("sentence", c.sentence(), &first, out);
  Key("flags", &first, out);
  out->push_back('[');
  for (int i = 0; i < c.flags_size(); ++i) {
    const v1::Flag& f = c.flags(i);
    if (i > 0) out->push_back(',');
    bool inner = true;
    out->push_back('{');
    Field("kind", v1::FlagKind_Name(f.kind()), &inner, out);
    Field("reason", f.reason(), &inner, out);
    Key("related_claim_ids", &inner, out);
    out->push_back('[');
    for (int r = 0; r < f.related_claim_ids_size(); ++r) {
      if (r > 0) out->push_back(',');
      AppendString(f.related_claim_ids(r), out);
    }
    out->push_back(']');
    Field("figure_key", f.figure_key(), &inner, out);
    out->push_back('}');
  }
  out->push_back(']');
  Field("language", c.language(), &first, out);
  if (c.has_published_at()) Field("published_at", Rfc3339(c.published_at()), &first, out);
  Key("earlier_report", &first, out);
  out->append(c.earlier_report() ? "true" : "false");
  Field("figure_key", c.figure_key(), &first, out);
  Field("part_of_claim_id", c.part_of_claim_id(), &first, out);
  if (c.has_event_date()) Field("event_date", Rfc3339(c.event_date()), &first, out);
  Field("event_date_basis", c.event_date_basis(), &first, out);
  Field("article_title", c.article_title(), &first, out);
  Field("article_url", c.article_url(), &first, out);
  Field("article_outlet", c.article_outlet(), &first, out);
  Key("cumulative", &first, out);
  out->append(c.cumulative() ? "true" : "false");
  Key("projection", &first, out);
  out->append(c.projection() ? "true" : "false");
  Field("same_count_as", c.same_count_as(), &first, out);
  out->push_back('}');
}

}  // namespace claimcheck
