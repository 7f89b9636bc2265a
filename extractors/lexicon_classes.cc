#include "extractors/lexicon_classes.h"

#include <tuple>
#include <utility>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "extractors/folded_text.h"
#include "extractors/lexicon_file.h"

namespace claimcheck {
namespace {

// Where a class's files are: lexicons/fr/, lexicons/en/, and/or lexicons/ itself.
enum ClassFolders : int { kFrench = 1, kEnglish = 2, kShared = 4 };

struct WordClassFile {
  WordClass word_class;
  const char* file;
  int folders;
  // A second column is for another loader: days.tsv's weekday numbers are for the dates.
  bool valued = false;
};
constexpr WordClassFile kWordClassFiles[] = {
    {WordClass::kOf, "of.tsv", kFrench | kEnglish},
    {WordClass::kAnd, "and.tsv", kFrench | kEnglish},
    {WordClass::kOr, "or.tsv", kFrench | kEnglish},
    {WordClass::kRangeTo, "range_to.tsv", kFrench | kEnglish},
    {WordClass::kThan, "than.tsv", kFrench | kEnglish},
    {WordClass::kVagueDeterminer, "vague_determiners.tsv", kFrench | kEnglish},
    {WordClass::kVagueArticle, "vague_articles.tsv", kFrench},
    {WordClass::kFewDeterminer, "few_determiners.tsv", kEnglish},
    {WordClass::kHalf, "half.tsv", kFrench | kEnglish},
    {WordClass::kNeedsOf, "needs_of.tsv", kEnglish},
    {WordClass::kKnownDeterminer, "known_determiners.tsv", kFrench | kEnglish},
    {WordClass::kHourMark, "hour_marks.tsv", kFrench},
    {WordClass::kUnitAdjective, "unit_adjectives.tsv", kFrench},
    {WordClass::kOutOf, "out_of.tsv", kFrench | kEnglish},
    {WordClass::kInterposed, "interposed.tsv", kFrench | kEnglish},
    {WordClass::kDay, "days.tsv", kFrench | kEnglish, /*valued=*/true},
    {WordClass::kSpeakerEnder, "speaker_enders.tsv", kFrench | kEnglish},
    {WordClass::kPluperfect, "pluperfect.tsv", kFrench | kEnglish},
    {WordClass::kClauseOpener, "clause_openers.tsv", kFrench | kEnglish},
    {WordClass::kNameParticle, "name_particles.tsv", kShared},
    {WordClass::kPreposition, "prepositions.tsv", kFrench | kEnglish},
    {WordClass::kBeforeDay, "before_days.tsv", kFrench | kEnglish},
    {WordClass::kSame, "same.tsv", kFrench | kEnglish},
    {WordClass::kPluralSpeaker, "plural_speakers.tsv", kFrench},
    {WordClass::kGenericSpeaker, "generic_speakers.tsv", kFrench | kEnglish},
    {WordClass::kClitic, "clitics.tsv", kFrench},
    {WordClass::kBe, "be.tsv", kFrench | kEnglish},
    {WordClass::kSubjectRelative, "subject_relatives.tsv", kFrench | kEnglish},
    {WordClass::kOpinionOpener, "opinion_openers.tsv", kFrench},
    {WordClass::kWith, "with.tsv", kFrench | kEnglish},
    {WordClass::kBy, "by.tsv", kFrench | kEnglish},
    {WordClass::kEuphonicT, "euphonic_t.tsv", kFrench},
    {WordClass::kComplementizer, "complementizers.tsv", kFrench | kEnglish},
    {WordClass::kTellVerb, "tell_verbs.tsv", kEnglish},
    {WordClass::kBut, "but.tsv", kFrench | kEnglish},
    {WordClass::kVerbComplement, "verb_complements.tsv", kFrench},
    {WordClass::kFirstPerson, "first_person.tsv", kFrench | kEnglish},
    {WordClass::kSingularArticle, "singular_articles.tsv", kFrench | kEnglish},
    {WordClass::kDemonstrative, "demonstratives.tsv", kFrench | kEnglish},
    {WordClass::kReferenceDeterminer, "reference_determiners.tsv", kFrench | kEnglish},
    {WordClass::kPlacePart, "place_parts.tsv", kFrench | kEnglish},
    {WordClass::kRegionNoun, "region_nouns.tsv", kFrench | kEnglish},
    {WordClass::kSeatWord, "seat_words.tsv", kFrench | kEnglish},
    {WordClass::kElsewhere, "elsewhere.tsv", kFrench | kEnglish},
    {WordClass::kDefiniteArticle, "definite_articles.tsv", kFrench | kEnglish},
    {WordClass::kCrumbs, "crumbs.tsv", kFrench | kEnglish},
    {WordClass::kContractedOf, "contracted_of.tsv", kFrench},
    {WordClass::kPossessive, "possessive.tsv", kEnglish},
    {WordClass::kUnknownPlacePreposition, "unknown_place_prepositions.tsv", kFrench | kEnglish},
    {WordClass::kPlaceNoun, "place_nouns.tsv", kFrench | kEnglish},
    {WordClass::kPlaceFollower, "place_followers.tsv", kEnglish},
    {WordClass::kWidePreposition, "wide_prepositions.tsv", kEnglish},
    {WordClass::kLocativeNoun, "locative_nouns.tsv", kFrench | kEnglish},
    {WordClass::kPlacePreposition, "place_prepositions.tsv", kFrench | kEnglish},
    {WordClass::kClauseBreak, "clause_breaks.tsv", kFrench | kEnglish},
    {WordClass::kWithin, "within.tsv", kFrench | kEnglish},
    {WordClass::kSettlementNoun, "settlement_nouns.tsv", kFrench | kEnglish},
    {WordClass::kPrenominalAdjective, "prenominal_adjectives.tsv", kFrench},
    {WordClass::kParticle, "particles.tsv", kEnglish},
    {WordClass::kNumberPronoun, "number_pronouns.tsv", kFrench},
    {WordClass::kMemberNoun, "member_nouns.tsv", kFrench | kEnglish},
    {WordClass::kPossessiveDeterminer, "possessive_determiners.tsv", kFrench | kEnglish},
    {WordClass::kOthers, "others.tsv", kFrench | kEnglish},
    {WordClass::kVerbAfterCount, "verbs_after_count.tsv", kEnglish},
    {WordClass::kOtherRelative, "other_relatives.tsv", kFrench | kEnglish},
    {WordClass::kRelativePronoun, "relative_pronouns.tsv", kFrench | kEnglish},
    {WordClass::kTotalNoun, "total_nouns.tsv", kFrench | kEnglish},
    {WordClass::kAsideOpener, "aside_openers.tsv", kFrench | kEnglish},
    {WordClass::kListJoiner, "list_joiners.tsv", kFrench | kEnglish},
    {WordClass::kChangeFrom, "change_from.tsv", kFrench | kEnglish},
    {WordClass::kChangeTo, "change_to.tsv", kFrench | kEnglish},
    {WordClass::kValuePreposition, "value_prepositions.tsv", kFrench | kEnglish},
    {WordClass::kFigureNoun, "figure_nouns.tsv", kFrench | kEnglish},
    {WordClass::kCountClitic, "count_clitics.tsv", kFrench},
    {WordClass::kSideNoun, "side_nouns.tsv", kFrench | kEnglish},
    {WordClass::kLossVerb, "loss_verbs.tsv", kFrench | kEnglish},
    {WordClass::kSubordinator, "subordinators.tsv", kFrench | kEnglish},
    {WordClass::kWhole, "whole_words.tsv", kFrench | kEnglish},
    {WordClass::kStandIn, "stand_ins.tsv", kEnglish},
    {WordClass::kThen, "then.tsv", kFrench | kEnglish},
};
static_assert(sizeof(kWordClassFiles) / sizeof(kWordClassFiles[0]) == kWordClassCount,
              "every word class has its files");

struct PhraseClassFile {
  PhraseClass phrase_class;
  const char* file;
  int folders;
};
constexpr PhraseClassFile kPhraseClassFiles[] = {
    {PhraseClass::kInterposedPhrase, "interposed_phrases.tsv", kFrench},
    {PhraseClass::kSpeakerAside, "speaker_asides.tsv", kFrench},
    {PhraseClass::kNotAgent, "not_agents.tsv", kFrench | kEnglish},
    {PhraseClass::kPartitiveOpener, "partitive_openers.tsv", kFrench | kEnglish},
    {PhraseClass::kAnaphoricOf, "anaphoric_of.tsv", kEnglish},
    {PhraseClass::kNumberOf, "number_of.tsv", kFrench | kEnglish},
    {PhraseClass::kPartOpener, "part_openers.tsv", kFrench | kEnglish},
    {PhraseClass::kComparisonOpener, "comparison_openers.tsv", kFrench | kEnglish},
    {PhraseClass::kAlternative, "alternative_words.tsv", kFrench | kEnglish},
    {PhraseClass::kPartPronoun, "part_pronouns.tsv", kFrench | kEnglish},
    {PhraseClass::kPublishedCue, "published_cues.tsv", kFrench | kEnglish},
    {PhraseClass::kEventNoun, "event_nouns.tsv", kFrench | kEnglish},
    {PhraseClass::kChangeVerb, "change_verbs.tsv", kFrench | kEnglish},
    {PhraseClass::kCumulative, "cumulative.tsv", kFrench | kEnglish},
    {PhraseClass::kSuperlative, "superlatives.tsv", kFrench | kEnglish},
    {PhraseClass::kProjection, "projections.tsv", kFrench | kEnglish},
    {PhraseClass::kEnemyWord, "enemy_words.tsv", kFrench | kEnglish},
    {PhraseClass::kOfficialFigures, "official_figures.tsv", kFrench | kEnglish},
    {PhraseClass::kCountVerb, "count_verbs.tsv", kFrench | kEnglish},
    {PhraseClass::kActVerb, "act_verbs.tsv", kFrench},
    {PhraseClass::kCausePhrase, "cause_phrases.tsv", kFrench | kEnglish},
};
static_assert(sizeof(kPhraseClassFiles) / sizeof(kPhraseClassFiles[0]) == kPhraseClassCount,
              "every phrase class has its files");

constexpr std::pair<SubjectClass, const char*> kSubjectClassFiles[] = {
    {SubjectClass::kWeapon, "weapons.tsv"},       {SubjectClass::kTarget, "targets.tsv"},
    {SubjectClass::kPeople, "people.tsv"},        {SubjectClass::kCombatant, "combatants.tsv"},
    {SubjectClass::kMachine, "machines.tsv"},     {SubjectClass::kStrike, "strikes.tsv"},
    {SubjectClass::kAssault, "assaults.tsv"},
    {SubjectClass::kParticipant, "participants.tsv"}, {SubjectClass::kColleague, "colleagues.tsv"},
};

// The files of a class with `folders` under `dir`, each with the language it is (kShared: both).
std::vector<std::pair<std::string, int>> ClassPaths(const std::string& dir, int folders,
                                                    const char* file) {
  std::vector<std::pair<std::string, int>> paths;
  if (folders & kFrench) paths.emplace_back(absl::StrCat(dir, "/fr/", file), kFrench);
  if (folders & kEnglish) paths.emplace_back(absl::StrCat(dir, "/en/", file), kEnglish);
  if (folders & kShared) paths.emplace_back(absl::StrCat(dir, "/", file), kFrench | kEnglish);
  return paths;
}

// One word a line; a word is one token of text (no spaces): a phrase belongs in a table.
// `valued`: a second column follows, for another loader.
absl::Status LoadWordClass(const std::string& path, WordClass word_class, bool french,
                           bool english, bool valued, LexiconIndex* index) {
  const int fields = valued ? 2 : 1;
  return ForEachLine(path, fields, fields, valued ? "word<TAB>value" : "word",
                     [&](const TsvLine& line) {
    const std::string word = FoldPhrase(line.fields[0]);
    if (word.find_first_of(" \t") != std::string::npos) {
      return LineError(path, line, "one word a line: a word class holds no phrases");
    }
    index->AddToClass(word, word_class, french, english);
    return absl::OkStatus();
  });
}

absl::Status LoadWordClasses(const std::string& dir, Lexicons* lex) {
  for (const WordClassFile& f : kWordClassFiles) {
    for (const auto& [path, language] : ClassPaths(dir, f.folders, f.file)) {
      if (absl::Status s = LoadWordClass(path, f.word_class, (language & kFrench) != 0,
                                         (language & kEnglish) != 0, f.valued, &lex->index);
          !s.ok()) {
        return s;
      }
    }
  }
  for (const PhraseClassFile& f : kPhraseClassFiles) {
    for (const auto& [path, language] : ClassPaths(dir, f.folders, f.file)) {
      absl::Status s = ForEachLine(path, 1, 1, "phrase", [&](const TsvLine& line) {
        lex->MutablePhrases(f.phrase_class).Add(line.fields[0], 0);
        return absl::OkStatus();
      });
      if (!s.ok()) return s;
    }
  }
  for (const auto& entry : kSubjectClassFiles) {
    const SubjectClass subject_class = entry.first;
    absl::Status s = ForEachLine(absl::StrCat(dir, "/subject_classes/", entry.second), 1, 1,
                                 "canonical subject", [&](const TsvLine& line) {
                                   lex->AddSubjectToClass(line.fields[0], subject_class);
                                   return absl::OkStatus();
                                 });
    if (!s.ok()) return s;
  }
  return absl::OkStatus();
}

constexpr std::tuple<EndingClass, const char*, int> kEndingClassFiles[] = {
    {EndingClass::kNotNoun, "not_noun_endings.tsv", kFrench | kEnglish},
    {EndingClass::kModifier, "modifier_endings.tsv", kEnglish},
    {EndingClass::kImperfect, "imperfect_endings.tsv", kFrench},
    {EndingClass::kAdverb, "adverb_endings.tsv", kShared},
};

absl::Status LoadEndingClasses(const std::string& dir, Lexicons* lex) {
  for (const auto& [ending_class_of_file, file, folders] : kEndingClassFiles) {
    // Plain variables: a lambda may not capture structured bindings in C++17.
    const EndingClass ending_class = ending_class_of_file;
    for (const auto& path_and_language : ClassPaths(dir, folders, file)) {
      const std::string& path = path_and_language.first;
      const int language = path_and_language.second;
      absl::Status s = ForEachLine(path, 2, 2, "ending<TAB>longer than", [&](const TsvLine& line) {
        WordEnding ending{FoldPhrase(line.fields[0]), 0};
        if (!absl::SimpleAtoi(line.fields[1], &ending.longer_than)) {
          return LineError(path, line, "the length is not a number");
        }
        for (LanguageLexicon* l : {&lex->fr, &lex->en}) {
          if ((language & (l == &lex->fr ? kFrench : kEnglish)) == 0) continue;
          l->endings[static_cast<int>(ending_class)].push_back(ending);
        }
        return absl::OkStatus();
      });
      if (!s.ok()) return s;
    }
  }
  return absl::OkStatus();
}

absl::Status LoadLocalSources(const std::string& path, Lexicons* lex) {
  return ForEachLine(path, 1, 1, "source id", [&](const TsvLine& line) {
    lex->local_sources.insert(line.fields[0]);
    return absl::OkStatus();
  });
}

absl::Status LoadClockSuffixes(const std::string& path, Lexicons* lex) {
  return ForEachLine(path, 1, 1, "phrase", [&](const TsvLine& line) {
    lex->clock_suffixes.Add(line.fields[0], 0);
    return absl::OkStatus();
  });
}

absl::Status LoadCurrencySigns(const std::string& path, Lexicons* lex) {
  return ForEachLine(path, 2, 2, "sign<TAB>unit", [&](const TsvLine& line) {
    lex->currency_signs[FoldPhrase(line.fields[0])] = line.fields[1];
    return absl::OkStatus();
  });
}

absl::Status LoadDurationUnits(const std::string& path, Lexicons* lex) {
  return ForEachLine(path, 1, 1, "unit", [&](const TsvLine& line) {
    lex->duration_units.insert(line.fields[0]);
    return absl::OkStatus();
  });
}

}  // namespace

absl::Status LoadClasses(const std::string& dir, Lexicons* lex) {
  for (absl::Status s : {LoadWordClasses(dir, lex), LoadEndingClasses(dir, lex),
                         LoadClockSuffixes(dir + "/en/clock_suffixes.tsv", lex),
                         LoadCurrencySigns(dir + "/currency_signs.tsv", lex),
                         LoadDurationUnits(dir + "/duration_units.tsv", lex),
                         LoadLocalSources(dir + "/local_sources.tsv", lex)}) {
    if (!s.ok()) return s;
  }
  return absl::OkStatus();
}

}  // namespace claimcheck
