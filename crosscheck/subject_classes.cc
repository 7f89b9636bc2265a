#include "crosscheck/subject_classes.h"

#include <cstdlib>
#include <iostream>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace claimcheck {

// The text of crosscheck/subject_classes.tsv (subject_classes_data.cc, generated).
extern const char kShippedSubjectClasses[];

namespace {

absl::string_view View(std::string_view s) { return absl::string_view(s.data(), s.size()); }

// A chain of classes is short (child, civilian, person); a longer one is a loop.
constexpr int kMaxDepth = 32;

}  // namespace

absl::StatusOr<SubjectClasses> SubjectClasses::Parse(std::string_view tsv,
                                                     std::string_view file_name) {
  SubjectClasses classes;
  absl::flat_hash_map<std::string, int> line_of;
  int line_number = 0;
  for (absl::string_view line : absl::StrSplit(View(tsv), '\n')) {
    ++line_number;
    line = absl::StripTrailingAsciiWhitespace(line);
    if (line.empty() || absl::StartsWith(line, "#")) continue;
    const std::string where = absl::StrCat(View(file_name), ":", line_number, ": ");
    const std::vector<absl::string_view> fields = absl::StrSplit(line, '\t');
    if (fields.size() != 3 || fields[0].empty() || fields[1].empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat(where, "want subject<TAB>class<TAB>relation, got '", line, "'"));
    }
    Relation relation;
    if (fields[2] == "same") {
      relation = Relation::kSame;
    } else if (fields[2] == "part") {
      relation = Relation::kPart;
    } else if (fields[2] == "rival") {
      relation = Relation::kRival;
    } else {
      return absl::InvalidArgumentError(
          absl::StrCat(where, "relation '", fields[2], "' is not same, part or rival"));
    }
    if (fields[0] == fields[1]) {
      return absl::InvalidArgumentError(absl::StrCat(where, "'", fields[0], "' is its own class"));
    }
    const auto [it, added] = line_of.try_emplace(std::string(fields[0]), line_number);
    if (!added) {
      return absl::InvalidArgumentError(absl::StrCat(where, "'", fields[0],
                                                     "' already has a class on line ", it->second));
    }
    classes.links_[std::string(fields[0])] = Link{std::string(fields[1]), relation};
  }
  for (const auto& [subject, link] : classes.links_) {
    int depth = 0;
    for (const Link* l = &link; l != nullptr; l = classes.LinkOf(l->parent)) {
      if (++depth > kMaxDepth) {
        return absl::InvalidArgumentError(absl::StrCat(View(file_name), ":", line_of[subject],
                                                       ": the classes above '", subject,
                                                       "' loop"));
      }
    }
  }
  return classes;
}

const SubjectClasses& SubjectClasses::Shipped() {
  static const SubjectClasses* const shipped = [] {
    absl::StatusOr<SubjectClasses> parsed =
        Parse(kShippedSubjectClasses, "crosscheck/subject_classes.tsv");
    if (!parsed.ok()) {
      std::cerr << parsed.status() << "\n";
      std::abort();
    }
    return new SubjectClasses(*std::move(parsed));
  }();
  return *shipped;
}

const SubjectClasses::Link* SubjectClasses::LinkOf(std::string_view subject) const {
  auto it = links_.find(View(subject));
  return it == links_.end() ? nullptr : &it->second;
}

std::string_view SubjectClasses::Canonical(std::string_view subject) const {
  for (const Link* l = LinkOf(subject); l != nullptr && l->relation == Relation::kSame;
       l = LinkOf(subject)) {
    subject = l->parent;
  }
  return subject;
}

std::string_view SubjectClasses::RootOf(std::string_view subject) const {
  for (const Link* l = LinkOf(subject); l != nullptr; l = LinkOf(subject)) subject = l->parent;
  return subject;
}

bool SubjectClasses::Covers(std::string_view ancestor, std::string_view subject) const {
  ancestor = Canonical(ancestor);
  for (std::string_view s = Canonical(subject);;) {
    if (s == ancestor) return true;
    const Link* l = LinkOf(s);
    if (l == nullptr) return false;
    s = l->parent;
  }
}

bool SubjectClasses::IsPart(std::string_view part, std::string_view whole) const {
  whole = Canonical(whole);
  bool part_link = false;
  for (std::string_view s = Canonical(part); s != whole;) {
    const Link* l = LinkOf(s);
    if (l == nullptr) return false;  // `whole` is not above `part`
    part_link = part_link || l->relation == Relation::kPart;
    s = l->parent;
  }
  return part_link;
}

}  // namespace claimcheck
