#include "extractors/lexicons.h"

#include <algorithm>
#include <functional>
#include <sstream>
#include <tuple>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "extractors/folded_text.h"
#include "extractors/lexicon_classes.h"
#include "extractors/lexicon_file.h"

namespace claimcheck {
namespace {

absl::StatusOr<v1::Metric> ParseMetric(absl::string_view name) {
  v1::Metric metric;
  if (!v1::Metric_Parse(std::string(name), &metric)) {
    return absl::InvalidArgumentError(absl::StrCat("unknown metric '", name, "'"));
  }
  return metric;
}

absl::Status LoadNumbers(const std::string& path, LanguageLexicon* lex) {
  static const auto* const kKinds = new absl::flat_hash_map<std::string, NumberWordKind>{
      {"atom", NumberWordKind::kAtom},       {"scale", NumberWordKind::kScale},
      {"approx", NumberWordKind::kApprox},   {"vague", NumberWordKind::kVague},
      {"article", NumberWordKind::kArticle}, {"fraction", NumberWordKind::kFraction}};
  return ForEachLine(path, 3, 3, "word<TAB>value<TAB>kind", [&](const TsvLine& line) {
    NumberWord word;
    if (!absl::SimpleAtod(line.fields[1], &word.value)) {
      return LineError(path, line, "the value is not a number");
    }
    auto kind = kKinds->find(line.fields[2]);
    if (kind == kKinds->end()) return LineError(path, line, "unknown number kind");
    word.kind = kind->second;
    lex->numbers[FoldPhrase(line.fields[0])] = word;
    return absl::OkStatus();
  });
}

absl::Status LoadNumberSuffixes(const std::string& path, LanguageLexicon* lex) {
  const absl::string_view layout = "suffix<TAB>value<TAB>glued|apart[<TAB>counted]";
  return ForEachLine(path, 3, 4, layout, [&](const TsvLine& line) {
    NumberSuffix suffix;
    const std::string& word = line.fields[0];
    if (!absl::SimpleAtod(line.fields[1], &suffix.value) || suffix.value <= 0) {
      return LineError(path, line, "the value is not a positive number");
    }
    if (word.empty() || word.size() > 31) return LineError(path, line, "bad suffix length");
    for (size_t k = 0; k < word.size(); ++k) {
      if (!absl::ascii_isalpha(static_cast<unsigned char>(word[k]))) {
        return LineError(path, line, "a suffix is ASCII letters only");
      }
      if (absl::ascii_isupper(static_cast<unsigned char>(word[k]))) suffix.capitals |= 1u << k;
    }
    if (line.fields[2] != "glued" && line.fields[2] != "apart") {
      return LineError(path, line, "the third field is 'glued' or 'apart'");
    }
    suffix.apart = line.fields[2] == "apart";
    if (line.fields.size() == 4 && line.fields[3] != "counted") {
      return LineError(path, line, "the fourth field, if any, is 'counted'");
    }
    suffix.counted = line.fields.size() == 4;
    lex->number_suffixes[absl::AsciiStrToLower(word)].push_back(suffix);
    return absl::OkStatus();
  });
}

absl::Status LoadQualifiers(const std::string& path, LanguageLexicon* lex) {
  return ForEachLine(path, 3, 3, "phrase<TAB>QUALIFIER<TAB>before|after", [&](const TsvLine& line) {
    QualifierEntry entry;
    if (!v1::Qualifier_Parse(line.fields[1], &entry.qualifier)) {
      return LineError(path, line, absl::StrCat("unknown qualifier '", line.fields[1], "'"));
    }
    if (line.fields[2] == "after") {
      entry.position = QualifierPosition::kAfter;
    } else if (line.fields[2] != "before") {
      return LineError(path, line, "position must be 'before' or 'after'");
    }
    PhraseTable& table = entry.position == QualifierPosition::kBefore ? lex->qualifiers
                                                                       : lex->qualifiers_after;
    table.Add(line.fields[0], static_cast<int>(lex->qualifier_entries.size()));
    lex->qualifier_entries.push_back(entry);
    return absl::OkStatus();
  });
}

absl::Status LoadMetrics(const std::string& path, LanguageLexicon* lex) {
  return ForEachLine(path, 2, 2, "word<TAB>METRIC", [&](const TsvLine& line) {
    absl::StatusOr<v1::Metric> metric = ParseMetric(line.fields[1]);
    if (!metric.ok()) return LineError(path, line, metric.status().message());
    lex->metrics.Add(line.fields[0], static_cast<int>(lex->metric_entries.size()));
    lex->metric_entries.push_back(*metric);
    return absl::OkStatus();
  });
}

absl::Status LoadSubjects(const std::string& path, LanguageLexicon* lex) {
  return ForEachLine(path, 2, 3, "word<TAB>canonical[<TAB>METRIC]", [&](const TsvLine& line) {
    SubjectEntry entry;
    entry.canonical = line.fields[1];
    if (line.fields.size() == 3) {
      absl::StatusOr<v1::Metric> metric = ParseMetric(line.fields[2]);
      if (!metric.ok()) return LineError(path, line, metric.status().message());
      entry.implied_metric = *metric;
    }
    lex->subjects.Add(line.fields[0], static_cast<int>(lex->subject_entries.size()));
    lex->subject_entries.push_back(std::move(entry));
    return absl::OkStatus();
  });
}

absl::Status LoadUnits(const std::string& path, LanguageLexicon* lex) {
  return ForEachLine(path, 2, 2, "word<TAB>unit", [&](const TsvLine& line) {
    lex->units.Add(line.fields[0], static_cast<int>(lex->unit_entries.size()));
    lex->unit_entries.push_back(line.fields[1]);
    return absl::OkStatus();
  });
}

// The words of attribution, one kind per file. The order is the order of look-up among
// phrases of equal length ("communique" is a verb before it is a channel).
struct CueFile {
  const char* file;
  CueKind kind;
  bool fr;
  bool en;
};
constexpr CueFile kCueFiles[] = {
    {"said_verbs.tsv", CueKind::kVerb, true, true},
    {"act_verbs.tsv", CueKind::kVerb, true, false},  // also PhraseClass::kActVerb
    {"according_to.tsv", CueKind::kPrep, true, true},
    {"participles.tsv", CueKind::kParticiple, true, true},
    {"aux_pronouns.tsv", CueKind::kAuxPronoun, true, false},
    {"channels.tsv", CueKind::kChannel, true, true},
    {"earlier_markers.tsv", CueKind::kEarlier, true, true},
    {"pronouns.tsv", CueKind::kPronoun, true, true},
    {"auxiliaries.tsv", CueKind::kAux, true, true},
    {"backrefs.tsv", CueKind::kBackref, true, true},
    {"months.tsv", CueKind::kMonth, true, true},
    {"id_nouns.tsv", CueKind::kIdNoun, true, true},
    {"speaker_nouns.tsv", CueKind::kSpeaker, true, true},
    {"toll_verbs.tsv", CueKind::kToll, true, true},
    {"page_furniture.tsv", CueKind::kChrome, true, true},
    {"time_zones.tsv", CueKind::kTimezone, true, true},
};

absl::Status LoadCueFile(const std::string& path, CueKind kind, LanguageLexicon* lex) {
  const bool channel = kind == CueKind::kChannel;
  // A month's number is for the dates (LoadDates).
  const bool month = kind == CueKind::kMonth;
  return ForEachLine(path, channel || month ? 2 : 1, channel || month ? 2 : 1,
                     channel ? "phrase<TAB>channel" : month ? "phrase<TAB>month" : "phrase",
                     [&](const TsvLine& line) {
                       CueEntry entry;
                       entry.kind = kind;
                       if (channel) entry.channel = line.fields[1];
                       const int index = static_cast<int>(lex->cue_entries.size());
                       lex->cues.Add(line.fields[0], index);
                       switch (kind) {
                         case CueKind::kVerb: case CueKind::kPrep: case CueKind::kParticiple:
                         case CueKind::kAuxPronoun: case CueKind::kChannel:
                         case CueKind::kEarlier:
                           lex->attribution_triggers.Add(line.fields[0], index);
                           break;
                         default:
                           break;
                       }
                       lex->cue_entries.push_back(std::move(entry));
                       return absl::OkStatus();
                     });
}

absl::Status LoadCues(const std::string& base, LanguageLexicon* lex) {
  for (const CueFile& f : kCueFiles) {
    if (!(lex->language == "fr" ? f.fr : f.en)) continue;
    if (absl::Status s = LoadCueFile(base + f.file, f.kind, lex); !s.ok()) return s;
  }
  return absl::OkStatus();
}

absl::Status LoadStopwords(const std::string& path, LanguageLexicon* lex) {
  return ForEachLine(path, 1, 1, "word", [&](const TsvLine& line) {
    lex->stopwords.insert(FoldPhrase(line.fields[0]));
    return absl::OkStatus();
  });
}

absl::Status LoadHedges(const std::string& path, LanguageLexicon* lex) {
  std::vector<std::string> back, sentence;
  absl::Status status = ForEachLine(path, 1, 2, "pattern[<TAB>back|sentence]", [&](const TsvLine& line) {
    const std::string& pattern = line.fields[0];
    RE2 check(pattern, RE2::Quiet);
    if (!check.ok()) return LineError(path, line, absl::StrCat("bad pattern: ", check.error()));
    const std::string scope = line.fields.size() > 1 ? line.fields[1] : "back";
    if (scope != "back" && scope != "sentence") {
      return LineError(path, line, "scope must be 'back' or 'sentence'");
    }
    (scope == "back" ? back : sentence).push_back(absl::StrCat("(?:", pattern, ")"));
    return absl::OkStatus();
  });
  if (!status.ok()) return status;
  if (back.empty() && sentence.empty()) return absl::OkStatus();
  // An empty character class never matches: it keeps both groups when a scope has no pattern.
  constexpr absl::string_view kNever = "[^\\x00-\\x{10FFFF}]";
  lex->hedges = std::make_unique<RE2>(
      absl::StrCat("(", back.empty() ? std::string(kNever) : absl::StrJoin(back, "|"), ")|(",
                   sentence.empty() ? std::string(kNever) : absl::StrJoin(sentence, "|"), ")"));
  if (!lex->hedges->ok()) {
    return absl::InvalidArgumentError(absl::StrCat(path, ": ", lex->hedges->error()));
  }
  return absl::OkStatus();
}

// Number words that are other words beside some words: "neuf<TAB>le|un<TAB>" ("le neuf").
absl::Status LoadNotCounts(const std::string& path, LanguageLexicon* lex) {
  const absl::string_view layout = "word<TAB>words before[<TAB>words after]";
  return ForEachLine(path, 2, 3, layout, [&](const TsvLine& line) {
    NotACount& entry = lex->not_counts[FoldPhrase(line.fields[0])];
    for (absl::string_view w : absl::StrSplit(line.fields[1], '|', absl::SkipEmpty())) {
      entry.before.insert(FoldPhrase(w));
    }
    if (line.fields.size() == 3) {
      for (absl::string_view w : absl::StrSplit(line.fields[2], '|', absl::SkipEmpty())) {
        entry.after.insert(FoldPhrase(w));
      }
    }
    return absl::OkStatus();
  });
}

// A date word's value, as its kind needs it (see dates.tsv's header); false if it is wrong.
bool ParseDateValue(absl::string_view value, DateWord* word) {
  switch (word->kind) {
    case DateWordKind::kMonth:
      return absl::SimpleAtoi(value, &word->value) && word->value >= 1 && word->value <= 12;
    case DateWordKind::kWeekday:
      return absl::SimpleAtoi(value, &word->value) && word->value >= 1 && word->value <= 7;
    case DateWordKind::kNumeric:
      return absl::SimpleAtoi(value, &word->value) && (word->value == 1 || word->value == 2);
    case DateWordKind::kDaysBefore:
      return absl::SimpleAtoi(value, &word->value) && word->value >= 0 && word->value <= 366;
    case DateWordKind::kBeforeEvent:  // "le lendemain": -1
      return absl::SimpleAtoi(value, &word->value) && word->value >= -366 && word->value <= 366;
    case DateWordKind::kHoliday: {
      const std::vector<std::string> md = absl::StrSplit(value, '-');
      return md.size() == 2 && absl::SimpleAtoi(md[0], &word->month) &&
             absl::SimpleAtoi(md[1], &word->day) && word->month >= 1 && word->month <= 12 &&
             word->day >= 1 && word->day <= 31;
    }
    case DateWordKind::kSince:
    case DateWordKind::kPartOfDay:
    case DateWordKind::kPrevious:
      return value.empty();
    case DateWordKind::kYear:  // found by the date finder, never a word of dates.tsv
      return false;
  }
  return false;
}

// The words that name a day: months.tsv (phrase, month) and days.tsv (word, weekday), which
// other rules read too, and dates.tsv (phrase, kind, value) for the rest.
absl::Status LoadDates(const std::string& base, LanguageLexicon* lex) {
  static const auto* const kKinds = new absl::flat_hash_map<std::string, DateWordKind>{
      {"weekday", DateWordKind::kWeekday},         {"days_before", DateWordKind::kDaysBefore},
      {"before_event", DateWordKind::kBeforeEvent}, {"holiday", DateWordKind::kHoliday},
      {"since", DateWordKind::kSince},             {"part_of_day", DateWordKind::kPartOfDay},
      {"numeric", DateWordKind::kNumeric},         {"previous", DateWordKind::kPrevious}};
  const auto add = [lex](const std::string& path, const TsvLine& line, DateWordKind kind,
                         absl::string_view value) {
    DateWord word;
    word.kind = kind;
    if (!ParseDateValue(value, &word)) {
      return LineError(path, line, "bad value for this kind (see dates.tsv's header)");
    }
    lex->dates.Add(line.fields[0], static_cast<int>(lex->date_entries.size()));
    lex->date_entries.push_back(word);
    return absl::OkStatus();
  };
  for (const auto& [file, kind] : {std::make_pair("months.tsv", DateWordKind::kMonth),
                                   std::make_pair("days.tsv", DateWordKind::kWeekday)}) {
    const std::string path = base + file;
    const DateWordKind file_kind = kind;  // a lambda may not capture structured bindings
    absl::Status s = ForEachLine(path, 2, 2, "word<TAB>number", [&](const TsvLine& line) {
      return add(path, line, file_kind, line.fields[1]);
    });
    if (!s.ok()) return s;
  }
  const std::string path = base + "dates.tsv";
  return ForEachLine(path, 2, 3, "phrase<TAB>kind[<TAB>value]", [&](const TsvLine& line) {
    auto kind = kKinds->find(line.fields[1]);
    if (kind == kKinds->end()) return LineError(path, line, "unknown date kind");
    return add(path, line, kind->second, line.fields.size() > 2 ? line.fields[2] : "");
  });
}

absl::Status LoadTokenRules(const std::string& dir, TokenRules* rules) {
  for (const auto& file_and_words :
       {std::make_pair("/fr/elisions.tsv", &rules->elisions),
        std::make_pair("/fr/abbreviations.tsv", &rules->abbreviations),
        std::make_pair("/en/abbreviations.tsv", &rules->abbreviations)}) {
    const std::string path = dir + file_and_words.first;
    absl::flat_hash_set<std::string>* words = file_and_words.second;
    absl::Status s = ForEachLine(path, 1, 1, "word", [&](const TsvLine& line) {
      words->insert(FoldPhrase(line.fields[0]));
      return absl::OkStatus();
    });
    if (!s.ok()) return s;
  }
  return absl::OkStatus();
}

absl::Status LoadLanguage(const std::string& dir, const std::string& language,
                          LanguageLexicon* lex) {
  lex->language = language;
  const std::string base = absl::StrCat(dir, "/", language, "/");
  if (absl::Status s = LoadCues(base, lex); !s.ok()) return s;
  for (auto [file, loader] : std::vector<std::pair<const char*, absl::Status (*)(
                                 const std::string&, LanguageLexicon*)>>{
           {"numbers.tsv", LoadNumbers},
           {"number_suffixes.tsv", LoadNumberSuffixes},
           {"qualifiers.tsv", LoadQualifiers},
           {"metrics.tsv", LoadMetrics},
           {"subjects.tsv", LoadSubjects},
           {"units.tsv", LoadUnits},
           {"stopwords.tsv", LoadStopwords},
           {"hedges.tsv", LoadHedges},
           {"not_counts.tsv", LoadNotCounts}}) {
    if (absl::Status s = loader(base + file, lex); !s.ok()) return s;
  }
  return LoadDates(base, lex);
}

absl::Status LoadPlaces(const std::string& path, Lexicons* lex) {
  absl::Status loaded = ForEachLine(
      path, 4, 5, "canonical<TAB>country<TAB>kind<TAB>aliases[<TAB>town it lies in]",
      [&](const TsvLine& line) {
    const int index = static_cast<int>(lex->place_entries.size());
    const std::string& kind = line.fields[2];
    PlaceEntry& entry = lex->place_entries.emplace_back();
    entry.canonical = line.fields[0];
    entry.country = line.fields[1];
    entry.kind = kind;
    if (line.fields.size() == 5) entry.within = line.fields[4];
    if (kind == "country") lex->country_by_code.emplace(line.fields[1], index);
    if (kind == "capital") lex->capital_by_code.emplace(line.fields[1], index);
    const bool word = kind == "demonym" || kind == "refers" || kind == "refers-demonym" ||
                      kind == "scope";
    PhraseTable& table = word ? lex->place_words : lex->places;
    table.Add(line.fields[0], index);
    for (absl::string_view alias : absl::StrSplit(line.fields[3], '|', absl::SkipEmpty())) {
      table.Add(alias, index);
    }
    return absl::OkStatus();
  });
  if (!loaded.ok()) return loaded;
  // A district is counted as the town it lies in: that town must be a place of the file.
  for (PlaceEntry& e : lex->place_entries) {
    if (e.within.empty()) continue;
    auto town = std::find_if(lex->place_entries.begin(), lex->place_entries.end(),
                             [&](const PlaceEntry& p) { return p.canonical == e.within; });
    if (town == lex->place_entries.end() || !town->within.empty()) {
      return absl::InvalidArgumentError(absl::StrCat(
          path, ": ", e.canonical, " lies in '", e.within, "', which is no town of the file"));
    }
    e.within_kind = town->kind;
  }
  return absl::OkStatus();
}

// "UN", "EU", "ISW": short aliases in capitals match only capitals ("un" is an article).
bool IsAcronym(absl::string_view alias) {
  if (alias.size() > 4) return false;
  for (char c : alias) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

absl::Status LoadSources(const std::string& path, Lexicons* lex) {
  return ForEachLine(path, 4, 4, "id<TAB>party<TAB>display<TAB>aliases", [&](const TsvLine& line) {
    const int index = static_cast<int>(lex->source_entries.size());
    lex->source_entries.push_back({line.fields[0], line.fields[1], line.fields[2]});
    lex->sources.Add(line.fields[2], Lexicons::SourcePayload(index, false));
    for (absl::string_view alias : absl::StrSplit(line.fields[3], '|', absl::SkipEmpty())) {
      lex->sources.Add(alias, Lexicons::SourcePayload(index, IsAcronym(alias)));
    }
    return absl::OkStatus();
  });
}

absl::Status LoadParties(const std::string& path, Lexicons* lex) {
  return ForEachLine(path, 2, 2, "word<TAB>party", [&](const TsvLine& line) {
    lex->parties[FoldPhrase(line.fields[0])] = line.fields[1];
    return absl::OkStatus();
  });
}

absl::Status LoadSubjectStatus(const std::string& path, Lexicons* lex) {
  return ForEachLine(path, 2, 2, "canonical<TAB>METRIC", [&](const TsvLine& line) {
    absl::StatusOr<v1::Metric> metric = ParseMetric(line.fields[1]);
    if (!metric.ok()) return LineError(path, line, metric.status().message());
    lex->subject_status[line.fields[0]] = *metric;
    return absl::OkStatus();
  });
}

// Two fields a line into `map`: key, value (ids and canonical names, as written).
absl::Status LoadPairs(const std::string& path, absl::string_view layout,
                       absl::flat_hash_map<std::string, std::string>* map) {
  return ForEachLine(path, 2, 2, layout, [&](const TsvLine& line) {
    (*map)[line.fields[0]] = line.fields[1];
    return absl::OkStatus();
  });
}

}  // namespace

bool Lexicons::InPhrase(const TokenizedText& text, int i, PhraseClass c) const {
  const PhraseTable& table = Phrases(c);
  for (int begin = std::max(0, i - table.max_tokens() + 1); begin <= i; ++begin) {
    if (auto m = table.LongestAt(text, begin); m && begin + m->num_tokens > i) return true;
  }
  return false;
}

std::vector<PhraseTable*> Lexicons::Tables() {
  std::vector<PhraseTable*> tables;
  for (LanguageLexicon* l : {&fr, &en}) {
    for (PhraseTable* t : {&l->qualifiers, &l->qualifiers_after, &l->metrics, &l->subjects,
                           &l->units, &l->cues, &l->attribution_triggers, &l->dates}) {
      tables.push_back(t);
    }
  }
  for (PhraseTable* t : {&places, &place_words, &sources, &clock_suffixes}) tables.push_back(t);
  for (PhraseTable& t : phrase_classes_) tables.push_back(&t);
  return tables;
}

const PlaceEntry* Lexicons::DemonymAt(const TokenizedText& text, int i, bool english) const {
  if (i < 0 || i >= text.size() || text.tokens[i].kind != TokenKind::kWord) return nullptr;
  if (english && !text.tokens[i].upper) return nullptr;
  auto m = place_words.LongestAt(text, i);
  if (!m || m->num_tokens != 1) return nullptr;
  const PlaceEntry& e = place_entries[m->payload];
  return e.kind == "demonym" ? &e : nullptr;
}

std::optional<PhraseTable::Match> Lexicons::SourceAt(const TokenizedText& text, int i) const {
  std::optional<PhraseTable::Match> m = sources.LongestAt(text, i);
  if (!m || !SourceIsAcronym(m->payload)) return m;
  const Token& token = text.tokens[i];
  for (uint32_t b = token.begin; b < token.end; ++b) {
    if (!text.folded->IsUpper(b)) return std::nullopt;
  }
  return m;
}

absl::StatusOr<std::unique_ptr<Lexicons>> Lexicons::Load(const std::string& dir) {
  auto lex = std::make_unique<Lexicons>();
  lex->fr.lexicons = lex->en.lexicons = lex.get();
  if (absl::Status s = LoadTokenRules(dir, &lex->token_rules); !s.ok()) return s;
  for (PhraseTable* table : lex->Tables()) table->set_token_rules(&lex->token_rules);
  for (absl::Status s : {LoadLanguage(dir, "fr", &lex->fr), LoadLanguage(dir, "en", &lex->en),
                         LoadPlaces(dir + "/places.tsv", lex.get()),
                         LoadSources(dir + "/sources.tsv", lex.get()),
                         LoadParties(dir + "/parties.tsv", lex.get()),
                         LoadSubjectStatus(dir + "/subject_status.tsv", lex.get()),
                         LoadPairs(dir + "/speaker_kinds.tsv", "source id<TAB>subject",
                                   &lex->speaker_kinds),
                         LoadPairs(dir + "/enemies.tsv", "party<TAB>enemy country code",
                                   &lex->enemies),
                         LoadPairs(dir + "/crowd_subjects.tsv", "subject<TAB>crowd subject",
                                   &lex->crowd_subjects),
                         LoadClasses(dir, lex.get())}) {
    if (!s.ok()) return s;
  }
  int bit = 0;
  for (LanguageLexicon* l : {&lex->fr, &lex->en}) {
    for (PhraseTable* table : {&l->qualifiers, &l->qualifiers_after, &l->metrics, &l->subjects,
                               &l->units, &l->cues, &l->attribution_triggers, &l->dates}) {
      table->set_mask_bit(bit);
      lex->index.AddTable(*table, bit++);
    }
  }
  for (PhraseTable* table : {&lex->places, &lex->place_words, &lex->sources}) {
    table->set_mask_bit(bit);
    lex->index.AddTable(*table, bit++);
  }
  for (int c = 0; c < kPhraseClassCount; ++c) {
    PhraseTable& table = lex->MutablePhrases(static_cast<PhraseClass>(c));
    table.set_mask_bit(bit);
    lex->index.AddTable(table, bit++);
  }
  static_assert(kPartiesBit >= 2 * 8 + 3 + kPhraseClassCount,
                "table bits and word-list bits overlap");
  lex->index.AddWords(lex->parties, kPartiesBit);
  lex->index.AddWords(lex->fr.numbers, kFrNumbersBit);
  lex->index.AddWords(lex->en.numbers, kEnNumbersBit);
  lex->index.AddWords(lex->fr.stopwords, kFrStopwordsBit);
  lex->index.AddWords(lex->en.stopwords, kEnStopwordsBit);
  for (LanguageLexicon* l : {&lex->fr, &lex->en}) {
    for (PhraseTable* table : {&l->qualifiers, &l->qualifiers_after, &l->metrics, &l->subjects,
                               &l->units, &l->cues, &l->attribution_triggers, &l->dates}) {
      lex->index.NumberWords(table);
    }
  }
  for (PhraseTable* table :
       {&lex->places, &lex->place_words, &lex->sources, &lex->clock_suffixes}) {
    lex->index.NumberWords(table);
  }
  for (int c = 0; c < kPhraseClassCount; ++c) {
    lex->index.NumberWords(&lex->MutablePhrases(static_cast<PhraseClass>(c)));
  }
  lex->index.Finish();
  return lex;
}

void Lexicons::Annotate(TokenizedText* text) const {
  text->lexicon_mask.resize(text->size());
  text->word_entries.resize(text->size());
  text->word_ids.resize(text->size());
  for (int i = 0; i < text->size(); ++i) {
    const LexiconIndex::Masks masks = text->tokens[i].kind == TokenKind::kNumber
                                          ? LexiconIndex::Masks()
                                          : index.MaskOf(text->Text(i));
    text->lexicon_mask[i] = masks.tables;
    text->word_entries[i] = masks.entry;
    text->word_ids[i] = text->tokens[i].kind == TokenKind::kNumber
                            ? index.DigitWordId(text->Text(i))
                            : masks.word;
  }
}

}  // namespace claimcheck
