// EventWords: the word lists of one language that say which event a figure counts and how a
// figure changed: the words of dates (dates.tsv), events (event_nouns.tsv), changes of a toll
// (change_verbs.tsv, change_from.tsv, change_to.tsv, value_prepositions.tsv), words that stand for a figure
// (figure_nouns.tsv, count_clitics.tsv,
// alternative_words.tsv), asides (part_pronouns.tsv), sides (side_nouns.tsv,
// loss_verbs.tsv, enemy_words.tsv), and figures that are no one event's count (cumulative.tsv,
// superlatives.tsv, relatives.tsv, projections.tsv). Loaded with the other lists by Lexicons::Load (see lexicons/README.md).
//
// Usage:
//   const EventWords& words = lexicons.ForLanguage("fr").events;
//   if (auto m = words.dates.LongestAt(tokens, i)) { const DateWord& w = words.date_entries[m->payload]; }
//
// Thread safety: immutable after Lexicons::Load; share freely.
#ifndef CLAIMCHECK_EXTRACTORS_EVENT_WORDS_H_
#define CLAIMCHECK_EXTRACTORS_EVENT_WORDS_H_

#include <vector>

#include "extractors/phrase_table.h"

namespace claimcheck {

// What a word of dates.tsv says about a day.
enum class DateWordKind {
  kMonth,        // "mars", "October", "Oct": value 1..12; a date only beside a day's number
  kWeekday,      // "mercredi", "Saturday", "weekend": value 1 (Monday) .. 7
  kDaysBefore,   // "hier", "yesterday", "last week": value days before the article's date
  kBeforeEvent,  // "la veille", "the previous night": value days before the day in force
  kHoliday,      // "Nouvel An", "Christmas": month and day, the year found like a "7 mars"
  kRangeTo,      // "à", "au", "to": joins the two days of "dans la nuit de samedi à dimanche"
  kSince,        // "depuis", "since": a day after it starts a period, no event's day
  kPartOfDay,    // "soir", "morning": part of the words that name the day ("samedi soir")
  kNumeric,      // the separator of dates in figures ("/" in "01/07/2023"): value 1 when the
                 // day comes first, 2 when the month does
};

struct DateWord {
  DateWordKind kind = DateWordKind::kMonth;
  int value = 0;  // month, weekday or days, as the kind says
  int month = 0;  // kHoliday
  int day = 0;    // kHoliday
};

struct EventWords {
  // Every table, for Lexicons::Load to give them one mask bit.
  std::vector<PhraseTable*> Tables() {
    return {&dates,        &published_cues, &event_nouns,  &change_verbs,      &change_from,
            &change_to,    &value_prepositions, &figure_nouns, &alternative_words, &count_clitics,
            &part_pronouns, &side_nouns,    &loss_verbs,   &enemy_words,       &cumulative,
            &superlatives, &relatives,      &projections};
  }

  PhraseTable dates;
  std::vector<DateWord> date_entries;
  // Before the article's own date in its text, for an article that comes with none: "Publié
  // le 01/07/2023", "Published July 1, 2023".
  PhraseTable published_cues;
  // Nouns of events a date may belong to: "l'attaque du 22 mars", "Saturday's strike".
  PhraseTable event_nouns;
  // Verbs that set a figure to a new value: "revised", "porté", "raised", "rose".
  PhraseTable change_verbs;
  // Before a figure's old value: "from 1,400 to 1,200", "initialement de 63".
  PhraseTable change_from;
  // Before a figure's new value: "from 1,400 to 1,200", "porté à 89".
  PhraseTable change_to;
  // Before the value a figure is set to, from or at: "to", "at", "from"; "à", "de".
  PhraseTable value_prepositions;
  // Nouns that stand for a figure stated before: "a figure they raised to 158", "un chiffre".
  PhraseTable figure_nouns;
  // Between two estimates of one count: "quelques dizaines de morts, peut-être une cinquantaine".
  PhraseTable alternative_words;
  // A pronoun before the verb standing for what the count before counted: "en revendiquent".
  PhraseTable count_clitics;
  // In an aside after a count, its part: "Thirty-five people, two of them children, were".
  PhraseTable part_pronouns;
  // A side named away from the noun: "côté ukrainien", "on the Russian side".
  PhraseTable side_nouns;
  // Verbs whose subject suffered the count: "l'armée ukrainienne a perdu 3 700 soldats".
  PhraseTable loss_verbs;
  // The speaker's enemy: "les pertes de l'ennemi", "enemy losses".
  PhraseTable enemy_words;
  // A running total over a period, not one event's count: "depuis le début de la guerre".
  PhraseTable cumulative;
  // A record, not a running total: "la plus vaste attaque depuis le début de la guerre".
  PhraseTable superlatives;
  // Words that open a relative clause, which a period at the head of a sentence does not reach.
  PhraseTable relatives;
  // A forecast, not a count: "pourrait atteindre", "could rise to".
  PhraseTable projections;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_EVENT_WORDS_H_
