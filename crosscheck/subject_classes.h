// SubjectClasses: which subjects count the same people or things, and which count a part of
// what another counts. The words are data: crosscheck/subject_classes.tsv, compiled in
// (see that file's header for its format and what each relation means).
//
// Usage:
//   const SubjectClasses& classes = SubjectClasses::Shipped();
//   classes.RootOf("child");                  // "person"
//   classes.Covers("person", "civilian");     // true: a count of people covers civilians
//   classes.IsPart("civilian", "person");     // true: civilians are some of the dead
//   classes.IsPart("soldier", "person");      // false: soldiers are a rival total
//
// Thread safety: immutable once built; Shipped() is built once, on first use, and is safe to
// call from any thread.
#ifndef CLAIMCHECK_CROSSCHECK_SUBJECT_CLASSES_H_
#define CLAIMCHECK_CROSSCHECK_SUBJECT_CLASSES_H_

#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"

namespace claimcheck {

class SubjectClasses {
 public:
  // Parses the TSV format of subject_classes.tsv. INVALID_ARGUMENT, naming `file_name` and the
  // line, for a line without three fields, an unknown relation, a subject given twice, a
  // subject that is its own class, or classes that loop.
  static absl::StatusOr<SubjectClasses> Parse(std::string_view tsv, std::string_view file_name);

  // The classes shipped in crosscheck/subject_classes.tsv. Aborts, naming the line, if
  // that file does not parse: subject_classes_test fails first.
  static const SubjectClasses& Shipped();

  // The subject `subject` is another name for, following `same` links ("victim" -> "person");
  // the subject itself otherwise.
  std::string_view Canonical(std::string_view subject) const;

  // The root of `subject`'s class ("child" -> "person"); the canonical subject when it is a root
  // or absent from the file ("drone").
  std::string_view RootOf(std::string_view subject) const;

  // True when `ancestor` and `subject` have one canonical name, or `ancestor` is one of the
  // classes above `subject`.
  bool Covers(std::string_view ancestor, std::string_view subject) const;

  // True when a count of `part` counts only some of what a count of `whole` counts: `whole` is
  // above `part` and a `part` link lies between them (child of person, gendarme of person; not
  // soldier of person).
  bool IsPart(std::string_view part, std::string_view whole) const;

 private:
  enum class Relation { kSame, kPart, kRival };
  struct Link {
    std::string parent;
    Relation relation;
  };
  const Link* LinkOf(std::string_view subject) const;

  absl::flat_hash_map<std::string, Link> links_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CROSSCHECK_SUBJECT_CLASSES_H_
