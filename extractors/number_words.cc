// NumberRecognizer's number words: "quatre-vingt-neuf", "two hundred and five", "une
// demi-douzaine", "des dizaines de milliers". The digits and their suffixes are in
// number_recognizer.cc.
#include <cmath>
#include <optional>

#include "extractors/number_recognizer.h"

namespace claimcheck {

std::optional<NumberMention> NumberRecognizer::ParseWords(const TokenizedText& t, int i,
                                                         int* next) const {
  const NumberWord& w = *Word(t, i);
  if (std::optional<NumberMention> half = ParseHalfScale(t, i, w, next)) return half;
  if (StartsVagueAmount(t, i, w)) return ParseVagueAmount(t, i, w, next);
  int from = i;
  if (w.kind == NumberWordKind::kArticle) {
    const NumberWord* after = Word(t, i + 1);
    if (after == nullptr || after->kind == NumberWordKind::kAtom ||
        after->kind == NumberWordKind::kArticle || after->kind == NumberWordKind::kFraction ||
        after->kind == NumberWordKind::kVague) {
      return ParseLoneArticle(t, i, next);
    }
    // "a score" (of a match) but "a score of people".
    if (lex_.Is(t, i + 1, WordClass::kNeedsOf) && !lex_.Is(t, i + 2, WordClass::kOf)) {
      return std::nullopt;
    }
    from = i + 1;  // "un millier", "a hundred": the article is the one the scale multiplies
  } else if (!CountsHere(t, i, w)) {
    return std::nullopt;
  }
  const WordSum sum = SumWords(t, from, /*article=*/from > i);
  if (sum.end == from) return std::nullopt;  // an article with nothing it counts
  return FinishWords(t, i, sum, next);
}

std::optional<NumberMention> NumberRecognizer::ParseHalfScale(const TokenizedText& t, int i,
                                                              const NumberWord& w,
                                                              int* next) const {
  // "un demi-million" (half joined by a hyphen), "half a million" (English: half, an article).
  const int half = (w.kind == NumberWordKind::kArticle && lex_.Is(t, i + 1, WordClass::kHalf))
                       ? i + 1
                       : i;
  int scale_at = -1;
  if (lex_.Is(t, half, WordClass::kHalf) && t.IsPunct(half + 1, '-') && Attached(t, half + 1)) {
    scale_at = half + 2;
  } else if (english_ && half == i + 1) {
    scale_at = half + 1;  // "a half dozen"
  } else if (english_ && lex_.Is(t, i, WordClass::kHalf) && Word(t, i + 1) != nullptr &&
             Word(t, i + 1)->kind == NumberWordKind::kArticle) {
    scale_at = i + 2;
  }
  const NumberWord* scale = scale_at > 0 ? Word(t, scale_at) : nullptr;
  // Half of a scale word ("un demi-million") or of an approximate noun ("une demi-douzaine",
  // "half a dozen": about six).
  const bool approx = scale != nullptr && scale->kind == NumberWordKind::kApprox;
  if (scale == nullptr || (!approx && (scale->value < 100 || (scale->kind != NumberWordKind::kScale &&
                                                              scale->kind != NumberWordKind::kVague)))) {
    return std::nullopt;
  }
  NumberMention m;
  m.begin = m.text_begin = i;
  m.value = scale->value / 2;
  m.end = m.text_end = ApplyOfScale(t, scale_at + 1, &m.value);  // "un demi-millier de ..."
  if (approx) SetRoundWordInterval(&m);
  *next = ReadUnit(t, m.end, &m);
  return m;
}

bool NumberRecognizer::StartsVagueAmount(const TokenizedText& t, int i,
                                         const NumberWord& w) const {
  // "des centaines", "plusieurs milliers", "several hundred" (English scales may be small).
  const bool standalone_scale =
      w.kind == NumberWordKind::kScale &&
      lex_.IsAny(t, i - 1,
                 WordClass::kVagueDeterminer | WordClass::kVagueArticle) &&
      (w.value >= 1000 || english_);
  // "quelques dizaines", "a few dozen", "several score": the plural is vague already.
  const bool few_approx =
      w.kind == NumberWordKind::kApprox && lex_.Is(t, i - 1, WordClass::kFewDeterminer);
  return w.kind == NumberWordKind::kVague || standalone_scale || few_approx;
}

std::optional<NumberMention> NumberRecognizer::ParseVagueAmount(const TokenizedText& t, int i,
                                                                const NumberWord& w,
                                                                int* next) const {
  if (lex_.Is(t, i, WordClass::kNeedsOf) && !lex_.Is(t, i + 1, WordClass::kOf)) {
    return std::nullopt;  // "tens" alone
  }
  double unit = w.value;
  int end = i + 1;
  // "des dizaines de milliers", "hundreds of thousands".
  for (int scales = 0; scales < 3 && lex_.Is(t, end, WordClass::kOf); ++scales) {
    const NumberWord* scale = Word(t, end + 1);
    if (scale == nullptr || scale->value < 1000 ||
        (scale->kind != NumberWordKind::kVague && scale->kind != NumberWordKind::kScale)) {
      break;
    }
    unit *= scale->value;
    end += 2;
  }
  NumberMention m;
  m.begin = m.text_begin = i;
  if (lex_.Is(t, i - 1, WordClass::kVagueDeterminer)) {
    m.text_begin = m.begin = i - 1;  // "plusieurs centaines"
    const NumberWord* article = Word(t, i - 2);
    if (article != nullptr && article->kind == NumberWordKind::kArticle &&
        lex_.Is(t, i - 1, WordClass::kFewDeterminer)) {
      m.text_begin = m.begin = i - 2;  // "a few hundred"
    }
  }
  m.end = m.text_end = end;
  m.qualifier = v1::VAGUE;
  m.lower = 2 * unit;
  m.upper = 10 * unit - 1;
  m.value = 2 * unit;
  m.noun_after_of = true;
  *next = ReadUnit(t, end, &m);
  return m;
}

std::optional<NumberMention> NumberRecognizer::ParseLoneArticle(const TokenizedText& t, int i,
                                                                int* next) const {
  // English "a" is never a number on its own ("under a heavy presence"); French "un"/"une" is
  // one when a qualifier claims it ("au moins un mort"), which QualifierDetector decides.
  if (english_) return std::nullopt;
  NumberMention m;
  m.begin = m.text_begin = i;
  m.end = m.text_end = i + 1;
  m.value = 1;
  m.needs_qualifier = true;
  *next = ReadUnit(t, i + 1, &m);
  // "pendant encore un an au moins", "près d'un siècle": an article before a span of time.
  if (lex_.lexicons->duration_units.contains(m.unit)) return std::nullopt;
  return m;
}

bool NumberRecognizer::CountsHere(const TokenizedText& t, int i, const NumberWord& w) const {
  if (w.kind == NumberWordKind::kApprox || w.kind == NumberWordKind::kFraction ||
      w.kind == NumberWordKind::kScale) {
    // A bare "dizaine" or "moitié" counts nothing here; nor does "cent" ending a unit ("pour
    // cent", "per cent").
    if (w.kind != NumberWordKind::kScale) return false;
    const std::optional<PhraseTable::Match> unit = lex_.units.LongestEndingAt(t, i + 1, i - 1);
    return !(unit && unit->num_tokens == 2) && !NamesKnownThings(t, i, w);
  }
  // "one quarter of the population", "deux tiers".
  if (const NumberWord* after = Word(t, i + 1);
      after != nullptr && after->kind == NumberWordKind::kFraction) {
    return false;
  }
  if (IsNotACount(t, i)) return false;  // "le neuf", "no one", "one of"
  if (w.kind == NumberWordKind::kAtom && w.value == 1 && SpeakerCalledOne(t, i)) return false;
  return !NamesKnownThings(t, i, w);
}

bool NumberRecognizer::IsNotACount(const TokenizedText& t, int i) const {
  auto it = lex_.not_counts.find(t.Text(i));
  if (it == lex_.not_counts.end()) return false;
  return (i > 0 && it->second.before.contains(t.Text(i - 1))) ||
         (i + 1 < t.size() && it->second.after.contains(t.Text(i + 1)));
}

bool NumberRecognizer::SpeakerCalledOne(const TokenizedText& t, int i) const {
  // "said one woman, 52", "one European diplomat said": a person speaking, not a count
  // ("reported one man killed" is a count: something happened to him; "said one hundred" too).
  if (Word(t, i + 1) != nullptr) return false;
  int np_end = i + 1;
  bool happened = false;
  while (np_end < t.size() && np_end <= i + 3 && t.tokens[np_end].kind == TokenKind::kWord &&
         !IsCue(t, np_end, CueKind::kVerb)) {
    happened = happened || lex_.metrics.LongestAt(t, np_end).has_value();
    ++np_end;
  }
  return !happened && np_end > i + 1 &&
         ((IsCue(t, i - 1, CueKind::kVerb) && np_end < t.size() &&
           t.tokens[np_end].kind == TokenKind::kPunct) ||
          IsCue(t, np_end, CueKind::kVerb));
}

bool NumberRecognizer::NamesKnownThings(const TokenizedText& t, int i, const NumberWord& w) const {
  // "les deux pays", "the two sides", "ces trois hommes": known things, not a count; but "les
  // trois derniers jours" stays (a unit follows).
  if (!lex_.Is(t, i - 1, WordClass::kKnownDeterminer) || w.kind != NumberWordKind::kAtom ||
      w.value > 3 || Word(t, i + 1) != nullptr) {
    return false;
  }
  NumberMention probe;
  return ReadUnit(t, i + 1, &probe) == i + 1;
}

bool NumberRecognizer::JoinsNumberWords(const TokenizedText& t, int j, const WordSum& sum) const {
  const NumberWord* after = Word(t, j + 1);
  if (after == nullptr) return false;
  // "quatre-vingt-neuf", "twenty-one".
  if (t.IsPunct(j, '-') && Attached(t, j) && Attached(t, j + 1) &&
      (after->kind == NumberWordKind::kAtom || after->kind == NumberWordKind::kScale ||
       after->kind == NumberWordKind::kArticle)) {
    return true;
  }
  // "fifty - two": a spaced hyphen joins only tens to units (not "fifty - sixty", a range).
  if (t.IsPunct(j, '-') && !Attached(t, j) && !Attached(t, j + 1)) {
    const NumberWord* before = Word(t, j - 1);
    return before != nullptr && before->kind == NumberWordKind::kAtom && before->value >= 20 &&
           before->value < 100 && std::fmod(before->value, 10) == 0 &&
           after->kind == NumberWordKind::kAtom && after->value >= 1 && after->value <= 9;
  }
  if (!lex_.Is(t, j, WordClass::kAnd)) return false;
  // French joins only a one or an eleven: "vingt et un", "soixante et onze"; English joins
  // units to hundreds: "two hundred and five".
  if (!english_) return after->value == 1 || after->value == 11;
  return (sum.total > 0 || sum.current >= 100) && after->kind == NumberWordKind::kAtom;
}

NumberRecognizer::WordSum NumberRecognizer::SumWords(const TokenizedText& t, int from,
                                                     bool article) const {
  WordSum sum;
  sum.current = article ? 1 : 0;
  sum.end = from;
  bool any = article, hyphen_before = false;
  double last_atom = -1;
  double tail = sum.current;  // the units and tens since the last scale word: "deux" of "trois cent deux"
  double largest = 0;         // the largest scale word in `total`
  int j = from;
  while (j < t.size()) {
    const NumberWord* cur = Word(t, j);
    if (cur == nullptr || cur->kind == NumberWordKind::kFraction ||
        (any && cur->kind == NumberWordKind::kArticle && !lex_.Is(t, j - 1, WordClass::kAnd))) {
      if (!any || !JoinsNumberWords(t, j, sum)) break;
      hyphen_before = t.IsPunct(j, '-');
      sum.end = ++j;  // "vingt-un": the hyphen stays in the number if the word after does not
      continue;
    }
    if (cur->kind == NumberWordKind::kAtom || cur->kind == NumberWordKind::kArticle) {
      // "quatre-vingt(s)": four twenties.
      const double add = (hyphen_before && last_atom == 4 && cur->value == 20) ? 80 - 4 : cur->value;
      sum.current += add;
      tail += add;
      last_atom = cur->value;
    } else if (cur->kind == NumberWordKind::kScale) {
      if (cur->value == 100) {
        sum.current = (sum.current == 0 ? 1 : sum.current) * 100;
      } else if (cur->value > largest) {
        // "deux cent mille", "mille milliards" (10^12): a larger scale multiplies all before it.
        const double before = sum.total + sum.current;
        sum.total = (before == 0 ? 1 : before) * cur->value;
        largest = cur->value;
        sum.current = 0;
      } else if (sum.current == 0) {
        break;  // "mille mille": no number says a scale twice in a row
      } else {
        sum.total += sum.current * cur->value;  // "deux millions trois cent mille"
        sum.current = 0;
      }
      tail = 0;
      last_atom = -1;
    } else {
      // "une cinquantaine", "deux centaines", "two dozen", "un millier": the last word. Like a
      // scale word, it multiplies the units after the last scale: "trois cent deux douzaines" is
      // 300 + 2 x 12, "trois cents douzaines" 300 x 12.
      if (tail > 0) {
        sum.current += tail * (cur->value - 1);
      } else if (sum.current > 0) {
        sum.current *= cur->value;
      } else if (sum.total > 0) {
        sum.total *= cur->value;
      } else {
        sum.current = cur->value;
      }
      sum.approx = true;
      sum.end = ++j;
      return sum;
    }
    any = true;
    hyphen_before = false;
    sum.end = ++j;
  }
  return sum;
}

std::optional<NumberMention> NumberRecognizer::FinishWords(const TokenizedText& t, int i,
                                                           const WordSum& sum, int* next) const {
  NumberMention m;
  m.begin = m.text_begin = i;
  m.value = sum.total + sum.current;
  int end = sum.end;
  if (m.value >= kLargestCount) {
    *next = end;
    return std::nullopt;
  }
  if (sum.approx) {
    end = ApplyOfScale(t, end, &m.value);  // "une dizaine de milliers"
    SetRoundWordInterval(&m);
  }
  if (IsDateOrTime(t, i, end, m.value, false) ||
      // "Deux-Sèvres", "Trois-Rivières": a place named with a number word.
      (t.IsPunct(end, '-') && Attached(t, end) && Attached(t, end + 1) && end + 1 < t.size() &&
       t.tokens[end + 1].kind == TokenKind::kWord && t.tokens[end + 1].upper)) {
    *next = end;
    return std::nullopt;
  }
  m.end = m.text_end = end;
  *next = ReadUnit(t, end, &m);
  return m;
}

}  // namespace claimcheck
