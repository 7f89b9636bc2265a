#include "extractors/lexicons.h"

#include <fstream>
#include <functional>
#include <sstream>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "extractors/folded_text.h"

namespace claimcheck {
namespace {

struct TsvLine {
  int number = 0;
  std::vector<std::string> fields;
};

// Reads a TAB-separated file, skipping blank lines and '#' comments.
absl::StatusOr<std::vector<TsvLine>> ReadTsv(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat("lexicon file not found: ", path));
  std::vector<TsvLine> lines;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    absl::string_view view = absl::StripAsciiWhitespace(line);
    if (view.empty() || view.front() == '#') continue;
    if (!IsValidUtf8(view)) {
      return absl::InvalidArgumentError(absl::StrCat(path, ":", number, ": not UTF-8"));
    }
    TsvLine parsed;
    parsed.number = number;
    for (absl::string_view f : absl::StrSplit(view, '\t')) {
      parsed.fields.emplace_back(absl::StripAsciiWhitespace(f));
    }
    lines.push_back(std::move(parsed));
  }
  return lines;
}

absl::Status LineError(const std::string& path, const TsvLine& line, absl::string_view what) {
  return absl::InvalidArgumentError(absl::StrCat(path, ":", line.number, ": ", what));
}

absl::StatusOr<v1::Metric> ParseMetric(absl::string_view name) {
  v1::Metric metric;
  if (!v1::Metric_Parse(std::string(name), &metric)) {
    return absl::InvalidArgumentError(absl::StrCat("unknown metric '", name, "'"));
  }
  return metric;
}

// Calls `fn` on every line of the TSV file at `path`. A line with fewer than `min_fields` or
// more than `max_fields` fields is INVALID_ARGUMENT naming file, line and the `layout` expected.
absl::Status ForEachLine(const std::string& path, size_t min_fields, size_t max_fields,
                         absl::string_view layout,
                         const std::function<absl::Status(const TsvLine&)>& fn) {
  absl::StatusOr<std::vector<TsvLine>> lines = ReadTsv(path);
  if (!lines.ok()) return lines.status();
  for (const TsvLine& line : *lines) {
    if (line.fields.size() < min_fields || line.fields.size() > max_fields) {
      return LineError(path, line, absl::StrCat("expected: ", layout));
    }
    if (absl::Status s = fn(line); !s.ok()) return s;
  }
  return absl::OkStatus();
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

absl::Status LoadCues(const std::string& path, LanguageLexicon* lex) {
  static const auto* const kKinds = new absl::flat_hash_map<std::string, CueKind>{
      {"verb", CueKind::kVerb},       {"prep", CueKind::kPrep},
      {"pronoun", CueKind::kPronoun}, {"aux", CueKind::kAux},
      {"aux_pronoun", CueKind::kAuxPronoun}, {"earlier", CueKind::kEarlier},
      {"backref", CueKind::kBackref}, {"month", CueKind::kMonth},
      {"idnoun", CueKind::kIdNoun},   {"participle", CueKind::kParticiple},
      {"speaker", CueKind::kSpeaker}, {"toll", CueKind::kToll},
      {"chrome", CueKind::kChrome},   {"timezone", CueKind::kTimezone}};
  return ForEachLine(path, 2, 2, "phrase<TAB>kind", [&](const TsvLine& line) {
    CueEntry entry;
    absl::string_view kind = line.fields[1];
    if (absl::ConsumePrefix(&kind, "channel:")) {
      entry.kind = CueKind::kChannel;
      entry.channel = std::string(kind);
    } else if (auto it = kKinds->find(kind); it != kKinds->end()) {
      entry.kind = it->second;
    } else {
      return LineError(path, line, absl::StrCat("unknown kind '", kind, "'"));
    }
    const int index = static_cast<int>(lex->cue_entries.size());
    lex->cues.Add(line.fields[0], index);
    switch (entry.kind) {
      case CueKind::kVerb: case CueKind::kPrep: case CueKind::kParticiple:
      case CueKind::kAuxPronoun: case CueKind::kChannel: case CueKind::kEarlier:
        lex->attribution_triggers.Add(line.fields[0], index);
        break;
      default:
        break;
    }
    lex->cue_entries.push_back(std::move(entry));
    return absl::OkStatus();
  });
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

// One phrase a line.
absl::Status LoadPhrases(const std::string& path, PhraseTable* table) {
  return ForEachLine(path, 1, 1, "phrase", [&](const TsvLine& line) {
    table->Add(line.fields[0], 0);
    return absl::OkStatus();
  });
}

absl::Status LoadDates(const std::string& path, EventWords* words) {
  static const auto* const kKinds = new absl::flat_hash_map<std::string, DateWordKind>{
      {"month", DateWordKind::kMonth},           {"weekday", DateWordKind::kWeekday},
      {"days_before", DateWordKind::kDaysBefore}, {"before_event", DateWordKind::kBeforeEvent},
      {"holiday", DateWordKind::kHoliday},       {"range_to", DateWordKind::kRangeTo},
      {"since", DateWordKind::kSince},           {"part_of_day", DateWordKind::kPartOfDay},
      {"numeric", DateWordKind::kNumeric}};
  return ForEachLine(path, 2, 3, "phrase<TAB>kind[<TAB>value]", [&](const TsvLine& line) {
    auto kind = kKinds->find(line.fields[1]);
    if (kind == kKinds->end()) return LineError(path, line, "unknown date kind");
    DateWord word;
    word.kind = kind->second;
    const std::string value = line.fields.size() > 2 ? line.fields[2] : "";
    bool ok = true;
    switch (word.kind) {
      case DateWordKind::kMonth:
        ok = absl::SimpleAtoi(value, &word.value) && word.value >= 1 && word.value <= 12;
        break;
      case DateWordKind::kWeekday:
        ok = absl::SimpleAtoi(value, &word.value) && word.value >= 1 && word.value <= 7;
        break;
      case DateWordKind::kNumeric:
        ok = absl::SimpleAtoi(value, &word.value) && (word.value == 1 || word.value == 2);
        break;
      case DateWordKind::kDaysBefore:
      case DateWordKind::kBeforeEvent:
        ok = absl::SimpleAtoi(value, &word.value) && word.value >= 0 && word.value <= 366;
        break;
      case DateWordKind::kHoliday: {
        const std::vector<std::string> md = absl::StrSplit(value, '-');
        ok = md.size() == 2 && absl::SimpleAtoi(md[0], &word.month) &&
             absl::SimpleAtoi(md[1], &word.day) && word.month >= 1 && word.month <= 12 &&
             word.day >= 1 && word.day <= 31;
        break;
      }
      case DateWordKind::kRangeTo:
      case DateWordKind::kSince:
      case DateWordKind::kPartOfDay:
        ok = value.empty();
        break;
    }
    if (!ok) return LineError(path, line, "bad value for this kind (see the file's header)");
    words->dates.Add(line.fields[0], static_cast<int>(words->date_entries.size()));
    words->date_entries.push_back(word);
    return absl::OkStatus();
  });
}

absl::Status LoadEventWords(const std::string& base, EventWords* words) {
  if (absl::Status s = LoadDates(base + "dates.tsv", words); !s.ok()) return s;
  for (auto [file, table] : std::vector<std::pair<const char*, PhraseTable*>>{
           {"published_cues.tsv", &words->published_cues},
           {"event_nouns.tsv", &words->event_nouns},
           {"change_verbs.tsv", &words->change_verbs},
           {"change_from.tsv", &words->change_from},
           {"change_to.tsv", &words->change_to},
           {"value_prepositions.tsv", &words->value_prepositions},
           {"figure_nouns.tsv", &words->figure_nouns},
           {"count_clitics.tsv", &words->count_clitics},
           {"alternative_words.tsv", &words->alternative_words},
           {"part_pronouns.tsv", &words->part_pronouns},
           {"side_nouns.tsv", &words->side_nouns},
           {"loss_verbs.tsv", &words->loss_verbs},
           {"enemy_words.tsv", &words->enemy_words},
           {"cumulative.tsv", &words->cumulative},
           {"relatives.tsv", &words->relatives},
           {"superlatives.tsv", &words->superlatives},
           {"projections.tsv", &words->projections}}) {
    if (absl::Status s = LoadPhrases(base + file, table); !s.ok()) return s;
  }
  return absl::OkStatus();
}

absl::Status LoadLanguage(const std::string& dir, const std::string& language,
                          LanguageLexicon* lex) {
  lex->language = language;
  const std::string base = absl::StrCat(dir, "/", language, "/");
  for (auto [file, loader] : std::vector<std::pair<const char*, absl::Status (*)(
                                 const std::string&, LanguageLexicon*)>>{
           {"numbers.tsv", LoadNumbers},
           {"qualifiers.tsv", LoadQualifiers},
           {"metrics.tsv", LoadMetrics},
           {"subjects.tsv", LoadSubjects},
           {"units.tsv", LoadUnits},
           {"attribution.tsv", LoadCues},
           {"stopwords.tsv", LoadStopwords},
           {"hedges.tsv", LoadHedges}}) {
    if (absl::Status s = loader(base + file, lex); !s.ok()) return s;
  }
  return LoadEventWords(base, &lex->events);
}

absl::Status LoadPlaces(const std::string& path, Lexicons* lex) {
  return ForEachLine(path, 4, 4, "canonical<TAB>country<TAB>kind<TAB>aliases", [&](const TsvLine& line) {
    const int index = static_cast<int>(lex->place_entries.size());
    const std::string& kind = line.fields[2];
    lex->place_entries.push_back({line.fields[0], line.fields[1], kind});
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

// One word or phrase a line, as written (canonical subjects are not folded).
absl::Status LoadWords(const std::string& path, absl::flat_hash_set<std::string>* words) {
  return ForEachLine(path, 1, 1, "word", [&](const TsvLine& line) {
    words->insert(line.fields[0]);
    return absl::OkStatus();
  });
}

// Two fields a line into `map`: key, value.
absl::Status LoadPairs(const std::string& path, absl::string_view layout,
                       absl::flat_hash_map<std::string, std::string>* map) {
  return ForEachLine(path, 2, 2, layout, [&](const TsvLine& line) {
    (*map)[line.fields[0]] = line.fields[1];
    return absl::OkStatus();
  });
}

}  // namespace

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
  for (absl::Status s : {LoadLanguage(dir, "fr", &lex->fr), LoadLanguage(dir, "en", &lex->en),
                         LoadPlaces(dir + "/places.tsv", lex.get()),
                         LoadSources(dir + "/sources.tsv", lex.get()),
                         LoadParties(dir + "/parties.tsv", lex.get()),
                         LoadSubjectStatus(dir + "/subject_status.tsv", lex.get()),
                         LoadPairs(dir + "/speaker_kinds.tsv", "source id<TAB>subject",
                                   &lex->speaker_kinds),
                         LoadPairs(dir + "/enemies.tsv", "party<TAB>enemy country code",
                                   &lex->enemies),
                         LoadWords(dir + "/participants.tsv", &lex->participants)}) {
    if (!s.ok()) return s;
  }
  int bit = 0;
  for (LanguageLexicon* l : {&lex->fr, &lex->en}) {
    for (PhraseTable* table : {&l->qualifiers, &l->qualifiers_after, &l->metrics, &l->subjects,
                               &l->units, &l->cues, &l->attribution_triggers}) {
      table->set_mask_bit(bit);
      lex->index.AddTable(*table, bit++);
    }
  }
  for (PhraseTable* table : {&lex->places, &lex->place_words, &lex->sources}) {
    table->set_mask_bit(bit);
    lex->index.AddTable(*table, bit++);
  }
  // Per language, one bit for the words of dates (looked up at every token) and one for all the
  // other event words: a token that starts none costs nothing.
  for (LanguageLexicon* l : {&lex->fr, &lex->en}) {
    l->events.dates.set_mask_bit(bit);
    lex->index.AddTable(l->events.dates, bit++);
    for (PhraseTable* table : l->events.Tables()) {
      if (table == &l->events.dates) continue;
      table->set_mask_bit(bit);
      lex->index.AddTable(*table, bit);
    }
    ++bit;
  }
  static_assert(kPartiesBit >= 2 * 7 + 3 + 4, "table bits and word-list bits overlap");
  lex->index.AddWords(lex->parties, kPartiesBit);
  lex->index.AddWords(lex->fr.numbers, kFrNumbersBit);
  lex->index.AddWords(lex->en.numbers, kEnNumbersBit);
  lex->index.AddWords(lex->fr.stopwords, kFrStopwordsBit);
  lex->index.AddWords(lex->en.stopwords, kEnStopwordsBit);
  lex->index.Finish();
  return lex;
}

void Lexicons::Annotate(TokenizedText* text) const {
  text->lexicon_mask.resize(text->size());
  for (int i = 0; i < text->size(); ++i) {
    text->lexicon_mask[i] =
        text->tokens[i].kind == TokenKind::kNumber ? 0 : index.MaskOf(text->Text(i));
  }
}

void LexiconIndex::AddTable(const PhraseTable& table, int bit) {
  table.ForEachFirstWord([&](const std::string& word, bool prefix) {
    if (prefix) {
      AddPrefix(word, bit);
    } else {
      exact_[word] |= 1u << bit;
    }
  });
}

void LexiconIndex::AddPrefix(const std::string& prefix, int bit) {
  int node = 0;
  for (char c : prefix) {
    int32_t child = trie_[node].next[Symbol(c)];
    if (child == 0) {
      child = static_cast<int32_t>(trie_.size());
      trie_[node].next[Symbol(c)] = child;
      trie_.emplace_back();
    }
    node = child;
  }
  trie_[node].mask |= 1u << bit;
}

void LexiconIndex::Finish() {
  for (int b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    single_byte_[b] = SlowMaskOf(absl::string_view(&c, 1));
  }
  finished_ = true;
}

uint32_t LexiconIndex::MaskOf(absl::string_view word) const {
  if (word.size() == 1 && finished_) return single_byte_[static_cast<unsigned char>(word[0])];
  return SlowMaskOf(word);
}

uint32_t LexiconIndex::SlowMaskOf(absl::string_view word) const {
  uint32_t mask = 0;
  if (auto it = exact_.find(word); it != exact_.end()) mask = it->second;
  int node = 0;
  for (char c : word) {
    node = trie_[node].next[Symbol(c)];
    if (node == 0) break;
    mask |= trie_[node].mask;
  }
  return mask;
}

}  // namespace claimcheck
