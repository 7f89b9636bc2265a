#include "extractors/qualifier_detector.h"

#include <algorithm>

#include "crosscheck/interval.h"
#include "extractors/figure_changes.h"

namespace claimcheck {
namespace {

bool SameSentence(const TokenizedText& t, int a, int b) {
  return t.sentence_of[a] == t.sentence_of[std::min(b, t.size() - 1)];
}

}  // namespace

int QualifierDetector::Lead(const TokenizedText& t, int begin) const {
  // "at least $5 million", "between $3bn and $5bn": the qualifier comes before the sign.
  return begin > 0 && !t.tokens[begin].space_before &&
                 lex_.lexicons->currency_signs.contains(t.Text(begin - 1))
             ? begin - 1
             : begin;
}

bool QualifierDetector::MergeRange(const TokenizedText& t, NumberMention* a,
                                   const NumberMention& b) const {
  // "$3bn to $5bn", "between £2m and £4m": the second number may repeat the currency sign.
  if (Lead(t, b.begin) != a->end + 1 || !SameSentence(t, a->begin, b.begin)) return false;
  if (a->qualifier == v1::VAGUE || b.qualifier == v1::VAGUE) return false;
  if (!a->unit.empty() && a->unit != b.unit) return false;
  const int link = a->end;
  const bool between = [&] {
    auto q = lex_.qualifiers.LongestEndingAt(t, Lead(t, a->begin),
                                             t.sentences[t.sentence_of[a->begin]].begin);
    return q && lex_.qualifier_entries[q->payload].qualifier == v1::RANGE;
  }();
  const bool joined =
      t.IsPunct(link, '-') ||
      lex_.IsAny(t, link, WordClass::kRangeTo | WordClass::kOr) ||
      (between && lex_.Is(t, link, WordClass::kAnd));
  if (!joined) return false;
  // "le bilan est passé de 12 à 19": a figure's two values, not a range.
  if (IsChange(*lex_.lexicons, t, a->text_begin, link)) return false;
  // "rose by one to 52": the change and the figure it reached, not a range.
  if (a->text_begin > 0 && lex_.Is(t, a->text_begin - 1, WordClass::kBy) &&
      lex_.Is(t, link, WordClass::kChangeTo) &&
      ChangeVerbBefore(*lex_.lexicons, t, a->text_begin - 1, kChangeVerbReach)) {
    return false;
  }
  double low = a->value, high = b.value;
  // "2 à 3 millions": the scale written once applies to both.
  if (high >= 1000 * low && low > 0 && low < 1000) {
    for (double scale : {1e9, 1e6, 1e3}) {
      if (high >= scale && low * scale <= high) {
        low *= scale;
        break;
      }
    }
  }
  if (high < low) return false;
  a->lower = low;
  a->upper = high;
  a->value = (low + high) / 2;
  a->qualifier = v1::RANGE;
  a->end = b.end;
  a->text_end = b.text_end;
  if (a->unit.empty()) a->unit = b.unit;
  a->needs_qualifier = false;
  return true;
}

void QualifierDetector::SetInterval(NumberMention* m, bool interval_given) const {
  const double v = m->value;
  switch (m->qualifier) {
    case v1::EXACT:
      m->lower = m->upper = v;
      break;
    case v1::AT_LEAST:
    case v1::MORE_THAN:
      m->lower = v;
      m->upper.reset();
      break;
    case v1::AT_MOST:
    case v1::LESS_THAN:
      m->lower = 0;
      m->upper = v;
      break;
    case v1::APPROXIMATE:
      if (!interval_given) {  // "environ 400": the one width of "about" (crosscheck/interval.h)
        const Interval about = AboutInterval(v);
        m->lower = about.low;
        m->upper = about.high;
      }
      break;
    default:
      break;  // RANGE and VAGUE intervals are set where they are recognised
  }
}

void QualifierDetector::Apply(const TokenizedText& t, std::vector<NumberMention>* mentions) const {
  std::vector<NumberMention> out;
  out.reserve(mentions->size());
  for (size_t k = 0; k < mentions->size(); ++k) {
    NumberMention m = (*mentions)[k];
    if (k + 1 < mentions->size() && MergeRange(t, &m, (*mentions)[k + 1])) ++k;
    if (m.qualifier == v1::RANGE) {
      // "entre" before a range belongs to its text.
      const int lead = Lead(t, m.begin);
      auto q = lex_.qualifiers.LongestEndingAt(t, lead, t.sentences[t.sentence_of[m.begin]].begin);
      if (q) m.text_begin = lead - q->num_tokens;
      out.push_back(std::move(m));
      continue;
    }
    const bool interval_given = m.qualifier == v1::APPROXIMATE || m.qualifier == v1::VAGUE;
    bool qualified = false;
    if (m.qualifier != v1::VAGUE) {
      const int sentence_begin = t.sentences[t.sentence_of[m.begin]].begin;
      const int lead = Lead(t, m.begin);
      auto before = lex_.qualifiers.LongestEndingAt(t, lead, sentence_begin);
      if (before && lex_.qualifier_entries[before->payload].qualifier != v1::RANGE) {
        m.qualifier = lex_.qualifier_entries[before->payload].qualifier;
        m.text_begin = lead - before->num_tokens;
        qualified = true;
      } else {
        // Right after the number, or after its noun: "89 au moins", "89 morts au moins".
        for (int at : {m.end, m.end + 1}) {
          if (at >= t.size() || !SameSentence(t, m.begin, at)) break;
          // Skipping the noun only: "30 des au moins 35" is a partitive, not "30 au moins".
          if (at > m.end && (t.tokens[m.end].kind != TokenKind::kWord ||
                             lex_.stopwords.contains(t.Text(m.end)))) {
            break;
          }
          auto after = lex_.qualifiers_after.LongestAt(t, at);
          // "14 chars et plus de 80 véhicules": "et plus" starts another amount here.
          const int next = after ? at + after->num_tokens : at;
          const bool starts_amount =
              after && (lex_.Is(t, next, WordClass::kThan) ||
                        (next < t.size() && t.tokens[next].kind == TokenKind::kNumber));
          if (after && !starts_amount &&
              lex_.qualifier_entries[after->payload].qualifier != v1::EXACT) {
            m.qualifier = lex_.qualifier_entries[after->payload].qualifier;
            if (at == m.end) m.text_end = m.end + after->num_tokens;
            qualified = true;
            break;
          }
        }
      }
    }
    if (m.needs_qualifier && !qualified) continue;  // an article, not a number
    SetInterval(&m, interval_given && !qualified);
    out.push_back(std::move(m));
  }
  *mentions = std::move(out);
}

}  // namespace claimcheck
