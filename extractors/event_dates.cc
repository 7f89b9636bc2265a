// FindEventDates (see claim_passes.h): the day of the event each claim counts.
//
// Sentence by sentence, every mention of a day (DateFinder) is the event's, the statement's, or
// neither's:
//   - right after a count, it is that count's ("contre 875 la nuit précédente", "killed 12 on
//     Saturday"), unless the count is a value a figure was set to, from or at ("raised to 158 on
//     Thursday", "put the toll at 110 on Sunday", "from 34 the previous evening"): then it is
//     the statement's;
//   - right after a verb of saying or of change, it is the statement's ("a déclaré mercredi",
//     "said on Thursday", "s'est alourdi dimanche");
//   - right after a verb of what happened or a noun of an event, it is the event's ("ont été
//     interpellées samedi", "l'attaque du 22 mars", "la nuit du Nouvel An"), and before one
//     too ("Saturday's strike");
//   - opening a clause, it is that of the clause's first verb ("Dimanche, 12 personnes ont été
//     tuées"; "On Wednesday evening, the services had reported 92 dead");
//   - else the nearest such word before it, a few words back, decides; failing that, neither.
// A day that starts a period ("depuis le 7 octobre") or lies after the article's date is no
// event's. A claim takes the event's day of its sentence (the last before it, else the first
// after it; a day bound to another count is that count's only), else the day its paragraph has
// set, else the day the article's lead has set, else the article's date.
#include <algorithm>
#include <optional>
#include <string>

#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "extractors/claim_passes.h"
#include "extractors/date_finder.h"

namespace claimcheck {
namespace {

constexpr int kSkippedWords = 3;      // "said late on Thursday": function words before a date
constexpr int kBackReach = 6;         // "s'est encore alourdi dimanche"
constexpr int kFigureVerbReach = 3;   // "a revu son bilan": the verb before a figure's noun
constexpr int kClauseReach = 15;
constexpr int kYearBeforeEvent = 4;  // "the 2014 \"Umbrella\" movement"
constexpr int kDateAfterCue = 10;    // "Publié le 01/07/2023", "Published on Saturday, July 1, 2023"      // "On Wednesday evening, the same services had reported"
constexpr int kMaxLeadParagraphs = 8; // header, title, standfirst, byline, dateline, lead
constexpr int kLeadSentenceTokens = 10;  // a lead's sentence, not a title or a byline

enum class DateRole { kNone, kEvent, kStatement };

// A day found in the text, its role decided and its day resolved.
struct DayInText {
  std::string basis;  // the words as written
  absl::CivilDay day;
  int at = 0;          // its first token
  int bound_to = -1;   // the draft it belongs to alone, or -1
  // A year alone ("le naufrage du Sewol en 2014, qui avait fait 304 morts"): a past event the
  // text compares with, so only the counts after it are of it, and it sets no day for the
  // sentences after.
  bool past_year = false;
};

struct DayInForce {
  std::optional<absl::CivilDay> day;
  std::string basis;
};

class EventDater {
 public:
  EventDater(const ArticleText& text, const std::vector<ClaimDraft>& drafts)
      : text_(text), t_(text.tokens), drafts_(drafts), finder_(text.lex) {
    // The draft whose number (with its noun) ends at each token.
    for (int k = 0; k < static_cast<int>(drafts.size()); ++k) {
      ending_at_.emplace_back(std::max(drafts[k].number.text_end, drafts[k].subject.end), k);
    }
    std::sort(ending_at_.begin(), ending_at_.end());
    if (text.article.has_published_at()) {
      article_ = absl::ToCivilDay(absl::FromUnixSeconds(text.article.published_at().seconds()),
                                  absl::UTCTimeZone());
    } else {
      article_ = DateInText();
    }
  }

  std::optional<absl::CivilDay> article_day() const { return article_; }

  // The event's days of sentence `s`, in text order. `in_force` resolves "la veille".
  std::vector<DayInText> EventDays(int s, const DayInForce& in_force) const {
    std::vector<DayInText> days;
    const Sentence& sentence = t_.sentences[s];
    std::optional<absl::CivilDay> before = in_force.day;
    for (const DateMention& m : finder_.Find(t_, sentence.begin, sentence.end)) {
      int bound = -1;
      if (m.starts_period || RoleOf(m, sentence, &bound) != DateRole::kEvent) continue;
      const std::optional<absl::CivilDay> day = ResolveDate(m, article_, before);
      if (!day || (article_ && *day > *article_)) continue;
      const bool past_year = m.kind == DateWordKind::kYear;
      days.push_back({text_.Slice(m.begin, m.end), *day, m.begin, bound, past_year});
      if (bound < 0 && !past_year) before = *day;
    }
    return days;
  }

 private:
  // An undated article's own date, as its first paragraphs give it: "Publié le 01/07/2023".
  std::optional<absl::CivilDay> DateInText() const;
  DateRole RoleOf(const DateMention& m, const Sentence& s, int* bound) const;
  // The first token before `at` that is not a function word, within the sentence; -1 if a
  // punctuation mark comes first.
  int WordBefore(int at, int sentence_begin) const;
  // Whether only function words stand before token `at` in its sentence ("Le 31 janvier, ...").
  bool StartsSentence(int at, int sentence_begin) const {
    for (int i = sentence_begin; i < at; ++i) {
      if (t_.tokens[i].kind != TokenKind::kWord || !text_.lex.stopwords.contains(t_.Text(i))) {
        return false;
      }
    }
    return true;
  }
  // The draft whose number and noun end right before token `end`, or -1.
  int DraftEndingAt(int end) const;
  bool StatementEndsAt(int end, int min_begin) const;
  bool EventEndsAt(int end, int min_begin) const;
  bool EventStartsAt(int i) const;
  // What a noun of a figure ending before token `end` says of a day after it: the statement's
  // when a verb of saying or change governs the figure ("a revu son bilan mercredi"), else the
  // event's when the day is the figure's ("le décompte de la nuit précédente").
  DateRole FigureRole(int end, int sentence_begin, bool day_follows_of) const;
  // What the first verb of the clause that starts after token `from` says.
  DateRole ClauseRole(int from, int sentence_end) const;
  bool IsStop(int i) const {
    return t_.IsPunct(i, '.') || t_.IsPunct(i, ';') || t_.IsPunct(i, ':') ||
           t_.IsPunct(i, '?') || t_.IsPunct(i, '!') || t_.IsPunct(i, '(') ||
           t_.IsPunct(i, ')');
  }

  const ArticleText& text_;
  const TokenizedText& t_;
  const std::vector<ClaimDraft>& drafts_;
  const DateFinder finder_;
  std::vector<std::pair<int, int>> ending_at_;  // (end token, draft), sorted
  std::optional<absl::CivilDay> article_;
};

std::optional<absl::CivilDay> EventDater::DateInText() const {
  const PhraseTable& cues = text_.lexicons.Phrases(PhraseClass::kPublishedCue);
  for (const Sentence& s : t_.sentences) {
    if (s.paragraph >= kMaxLeadParagraphs) break;
    for (int i = s.begin; i < s.end; ++i) {
      const auto cue = cues.LongestAt(t_, i);
      if (!cue) continue;
      const int after = i + cue->num_tokens;
      for (const DateMention& m : finder_.Find(t_, after, std::min(s.end, after + kDateAfterCue))) {
        if (m.kind != DateWordKind::kMonth || m.year == 0) continue;
        if (m.begin - (i + cue->num_tokens) <= kSkippedWords) {
          return ResolveDate(m, std::nullopt, std::nullopt);
        }
      }
    }
  }
  return std::nullopt;
}

int EventDater::WordBefore(int at, int sentence_begin) const {
  int i = at - 1;
  for (int skipped = 0; i >= sentence_begin; --i) {
    if (t_.tokens[i].kind == TokenKind::kPunct) return -1;
    if (skipped >= kSkippedWords || !text_.lex.stopwords.contains(t_.Text(i))) return i;
    ++skipped;
  }
  return -1;
}

int EventDater::DraftEndingAt(int end) const {
  auto it = std::lower_bound(ending_at_.begin(), ending_at_.end(), std::make_pair(end, -1));
  return it != ending_at_.end() && it->first == end ? it->second : -1;
}

bool EventDater::StatementEndsAt(int end, int min_begin) const {
  const LanguageLexicon& lex = text_.lex;
  if (const auto cue = lex.cues.LongestEndingAt(t_, end, min_begin)) {
    const CueKind kind = lex.cue_entries[cue->payload].kind;
    if (kind == CueKind::kVerb || kind == CueKind::kToll || kind == CueKind::kParticiple) {
      return true;
    }
  }
  return text_.lexicons.Phrases(PhraseClass::kChangeVerb)
      .LongestEndingAt(t_, end, min_begin)
      .has_value();
}

// A verb of what happened or a noun of an event.
bool EventDater::EventEndsAt(int end, int min_begin) const {
  return text_.lex.metrics.LongestEndingAt(t_, end, min_begin) ||
         text_.lexicons.Phrases(PhraseClass::kEventNoun).LongestEndingAt(t_, end, min_begin);
}

bool EventDater::EventStartsAt(int i) const {
  return i < t_.size() && (text_.lex.metrics.LongestAt(t_, i) ||
                           text_.lexicons.PhraseAt(t_, i, PhraseClass::kEventNoun));
}

DateRole EventDater::FigureRole(int end, int sentence_begin, bool day_follows_of) const {
  if (end - 1 < sentence_begin || !text_.lexicons.Is(t_, end - 1, WordClass::kFigureNoun)) {
    return DateRole::kNone;
  }
  const int begin = end - 1;
  for (int e = begin; e >= std::max(sentence_begin + 1, begin - kFigureVerbReach); --e) {
    if (StatementEndsAt(e, sentence_begin)) return DateRole::kStatement;
  }
  return day_follows_of ? DateRole::kEvent : DateRole::kNone;
}

DateRole EventDater::ClauseRole(int from, int sentence_end) const {
  for (int i = from; i < std::min(sentence_end, from + kClauseReach); ++i) {
    if (IsStop(i)) break;
    if (StatementEndsAt(i + 1, from)) return DateRole::kStatement;
    if (EventStartsAt(i)) return DateRole::kEvent;
  }
  return DateRole::kNone;
}

DateRole EventDater::RoleOf(const DateMention& m, const Sentence& s, int* bound) const {
  const Lexicons& lexicons = text_.lexicons;
  // "la nuit du Nouvel An", "l'attaque du 22 mars".
  if (lexicons.Phrases(PhraseClass::kEventNoun).LongestEndingAt(t_, m.begin, s.begin)) {
    return DateRole::kEvent;
  }
  const int p = WordBefore(m.begin, s.begin);
  if (p >= 0) {
    if (const int k = DraftEndingAt(p + 1); k >= 0) {
      const int number_begin = drafts_[k].number.text_begin;
      if (number_begin - 1 >= s.begin &&
          lexicons.Is(t_, number_begin - 1, WordClass::kValuePreposition)) {
        return DateRole::kStatement;  // "raised to 158 on Thursday"
      }
      if (drafts_[k].compared || drafts_[k].older_value) *bound = k;
      return DateRole::kEvent;  // "contre 875 la nuit précédente"
    }
    if (StatementEndsAt(p + 1, s.begin)) return DateRole::kStatement;
    // "le décompte de la nuit précédente" is the event's; "a revu son bilan mercredi" the
    // statement's (before "bilan", "toll" read as deaths).
    const DateRole figure = FigureRole(p + 1, s.begin, /*day_follows_of=*/p < m.begin - 1);
    if (figure != DateRole::kNone) return figure;
    if (EventEndsAt(p + 1, s.begin)) return DateRole::kEvent;
  }
  // "the 2003 protest", "the 2014 \"Umbrella\" movement": a year before its event.
  if (m.kind == DateWordKind::kYear) {
    for (int i = m.end; i < std::min(s.end, m.end + kYearBeforeEvent); ++i) {
      if (IsStop(i) || t_.IsPunct(i, ',')) break;
      if (EventStartsAt(i)) return DateRole::kEvent;
    }
  }
  // "Saturday's strike", "last week's strike", "Tuesday's initial toll".
  if (lexicons.Is(t_, m.end, WordClass::kPossessive)) {
    const int next = m.end + 1;
    if (EventStartsAt(next) || lexicons.Is(t_, next, WordClass::kFigureNoun) ||
        (next + 1 < s.end && lexicons.Is(t_, next + 1, WordClass::kFigureNoun))) {
      return DateRole::kEvent;
    }
  }
  // "Dimanche, 12 personnes ont été tuées"; "Mardi, la sixième journée d'action a battu tous
  // les records": a day that opens a sentence with no verb of saying is the day it tells of.
  const bool opens_clause = m.begin == s.begin || p < 0;
  if (opens_clause) {
    if (const DateRole role = ClauseRole(m.end, s.end); role != DateRole::kNone) return role;
    if (m.kind != DateWordKind::kYear && StartsSentence(m.begin, s.begin)) return DateRole::kEvent;
  }
  for (int i = m.begin - 1; i >= std::max(s.begin, m.begin - kBackReach); --i) {
    if (IsStop(i) || t_.tokens[i].kind == TokenKind::kNumber) break;
    if (StatementEndsAt(i + 1, s.begin)) return DateRole::kStatement;
    if (EventEndsAt(i + 1, s.begin)) return DateRole::kEvent;
  }
  return DateRole::kNone;
}

// The day for a claim at token `at`: its sentence's, else the one in force.
const DayInText* SentenceDayFor(const std::vector<DayInText>& days, int draft, int at) {
  const DayInText* before = nullptr;
  const DayInText* after = nullptr;
  for (const DayInText& d : days) {
    if (d.bound_to == draft) return &d;
    if (d.bound_to >= 0) continue;
    if (d.at <= at) before = &d;
    if (d.at > at && after == nullptr && !d.past_year) after = &d;
  }
  return before != nullptr ? before : after;
}

// The article's first sentence of prose (ending with a full stop, kLeadSentenceTokens long): with
// the title, byline and dateline before it, the lead whose day the article is about. The
// sentences after it tell of more than the lead ("a man fell to his death on Saturday").
int LeadEnd(const TokenizedText& t) {
  int last = -1;  // none reads as prose: the whole head
  for (int i = 0; i < static_cast<int>(t.sentences.size()); ++i) {
    const Sentence& s = t.sentences[i];
    if (s.paragraph >= kMaxLeadParagraphs) break;
    if (s.end - s.begin >= kLeadSentenceTokens && t.IsPunct(s.end - 1, '.')) return i;
    last = i;
  }
  return last;
}

void SetEventDate(absl::CivilDay day, const std::string& basis, v1::Claim* claim) {
  const absl::Time t = absl::FromCivil(day, absl::UTCTimeZone());
  claim->mutable_event_date()->set_seconds(absl::ToUnixSeconds(t));
  claim->set_event_date_basis(basis);
}

}  // namespace

std::optional<absl::CivilDay> PublishedDayInText(const ArticleText& text) {
  if (text.article.has_published_at()) return std::nullopt;
  return EventDater(text, {}).article_day();
}

void FindEventDates(const ArticleText& text, std::vector<ClaimDraft>* drafts) {
  if (drafts->empty()) return;
  const EventDater dater(text, *drafts);
  const TokenizedText& t = text.tokens;
  const int n = static_cast<int>(t.sentences.size());
  const DayInForce undated{dater.article_day(), ""};
  // The lead's day: the first event's day of the article's first paragraphs, up to and with
  // the first that reads as prose.
  DayInForce lead = undated;
  const int lead_end = LeadEnd(t);
  for (int s = 0; s < n && s <= lead_end; ++s) {
    const std::vector<DayInText> days = dater.EventDays(s, lead);
    auto unbound = std::find_if(days.begin(), days.end(), [](const DayInText& d) {
      return d.bound_to < 0 && !d.past_year;
    });
    if (unbound != days.end()) {
      lead = {unbound->day, unbound->basis};
      break;
    }
  }
  DayInForce paragraph = lead;
  std::vector<ClaimDraft>& d = *drafts;
  int k = 0;
  for (int s = 0; s < n && k < static_cast<int>(d.size()); ++s) {
    if (s > 0 && t.sentences[s].paragraph != t.sentences[s - 1].paragraph) paragraph = lead;
    const std::vector<DayInText> days = dater.EventDays(s, paragraph);
    for (; k < static_cast<int>(d.size()) && d[k].sentence == s; ++k) {
      const DayInText* own = SentenceDayFor(days, k, d[k].number.begin);
      if (own != nullptr) {
        SetEventDate(own->day, own->basis, &d[k].claim);
      } else if (paragraph.day) {
        SetEventDate(*paragraph.day, paragraph.basis, &d[k].claim);
      }
    }
    for (const DayInText& day : days) {
      if (day.bound_to < 0 && !day.past_year) paragraph = {day.day, day.basis};
    }
  }
}

}  // namespace claimcheck
