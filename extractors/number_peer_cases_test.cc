// The peer's own number tests, read by claimcheck: every case of number_peer_cases.tsv (the
// whole-input integer cases of Microsoft Recognizers-Text's French and English NumberModel.json),
// put in a claim sentence, gives the claims the file says: the peer's value as one claim spanning
// the number, or, where the file says why, our own reading.
#include <cmath>
#include <cstdlib>
#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "absl/strings/string_view.h"
#include "extractors/extract_for_test.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

// One claim as the file writes it: the number as written (its number_span) and its value.
struct Expected {
  std::string text;
  double value = 0;
};

struct PeerCase {
  int line = 0;
  std::string language;
  std::string number;  // as the peer wrote it, without the spaces around it
  std::string from;
  double peer_value = 0;
  bool as_peer = false;            // "=": one claim spanning the number, the peer's value
  std::vector<Expected> expected;  // otherwise the claims over it ("none": empty)
  std::string why;
};

std::string ReadCasesFile() {
  const std::string path =
      absl::StrCat(std::getenv("TEST_SRCDIR"), "/claimcheck/extractors/number_peer_cases.tsv");
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << path;
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// "" when the row reads; else why not.
std::string ParseReading(absl::string_view reading, PeerCase* c) {
  if (reading == "=") {
    c->as_peer = true;
    return "";
  }
  if (reading == "none") return "";
  for (absl::string_view claim : absl::StrSplit(reading, '|')) {
    const size_t colon = claim.rfind(':');
    Expected e;
    if (colon == absl::string_view::npos || !absl::SimpleAtod(claim.substr(colon + 1), &e.value)) {
      return absl::StrCat("bad claim '", claim, "': text:value expected");
    }
    e.text = std::string(claim.substr(0, colon));
    c->expected.push_back(std::move(e));
  }
  return "";
}

std::vector<PeerCase> ReadCases() {
  std::vector<PeerCase> cases;
  int number = 0;
  for (absl::string_view line : absl::StrSplit(ReadCasesFile(), '\n')) {
    ++number;
    if (line.empty() || absl::StartsWith(line, "#")) continue;
    const std::vector<std::string> f = absl::StrSplit(line, '\t');
    if (f.size() != 5 && f.size() != 6) {
      ADD_FAILURE() << "number_peer_cases.tsv:" << number << ": five or six fields expected";
      continue;
    }
    PeerCase c;
    c.line = number;
    c.language = f[0];
    c.number = f[1];
    c.from = f[2];
    c.why = f.size() == 6 ? f[5] : "";
    const std::string error = ParseReading(f[4], &c);
    if (!absl::SimpleAtod(f[3], &c.peer_value) || !error.empty()) {
      ADD_FAILURE() << "number_peer_cases.tsv:" << number << ": " << error;
      continue;
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

std::string Sentence(const PeerCase& c) {
  return c.language == "fr" ? absl::StrCat("Selon le ministère, ", c.number, " soldats ont été tués.")
                            : absl::StrCat("The ministry said ", c.number, " soldiers were killed.");
}

bool SameValue(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b)); }

// "" when the claims over the case's number are the ones the row expects; else what they are.
std::string Mismatch(const PeerCase& c) {
  const std::string sentence = Sentence(c);
  const size_t begin = sentence.find(c.number), end = begin + c.number.size();
  std::vector<Expected> got;
  std::vector<std::pair<size_t, size_t>> spans;
  for (const v1::Claim& claim : ExtractForTest(sentence, c.language)) {
    const size_t b = claim.number_span().start(), e = claim.number_span().end();
    if (b < end && begin < e) {
      got.push_back({sentence.substr(b, e - b), claim.quantity().value()});
      spans.emplace_back(b, e);
    }
  }
  std::vector<Expected> want = c.expected;
  if (c.as_peer) want = {{c.number, c.peer_value}};
  bool same = got.size() == want.size();
  for (size_t k = 0; same && k < got.size(); ++k) {
    same = got[k].text == want[k].text && SameValue(got[k].value, want[k].value);
  }
  if (same) return "";
  return absl::StrCat(
      "got [", absl::StrJoin(got, " | ", [](std::string* out, const Expected& e) {
        absl::StrAppend(out, e.text, ":", e.value);
      }), "]");
}

TEST(NumberPeerCasesTest, EveryCaseReadsAsTheFileSays) {
  const std::vector<PeerCase> cases = ReadCases();
  std::map<std::string, int> total, as_peer;
  for (const PeerCase& c : cases) {
    ++total[c.language];
    if (c.as_peer) {
      ++as_peer[c.language];
    } else {
      EXPECT_FALSE(c.why.empty()) << "number_peer_cases.tsv:" << c.line
                                  << ": a case read otherwise than the peer says why";
    }
    EXPECT_EQ(Mismatch(c), "") << "number_peer_cases.tsv:" << c.line << ": " << Sentence(c);
  }
  // Every case the lead drew from the peer's files is here (60 French, 39 English).
  EXPECT_EQ(total["fr"], 60);
  EXPECT_EQ(total["en"], 39);
  for (const auto& [language, n] : total) {
    std::cout << language << ": " << as_peer[language] << " of " << n
              << " cases read as the peer reads them, the others as the file says why\n";
  }
}

}  // namespace
}  // namespace claimcheck
