// Helpers shared by the libFuzzer targets in this folder.
//
// A fuzz target reports a broken contract through FuzzCheck, which prints the reason and aborts,
// so libFuzzer saves the input as a crash like any sanitizer finding.
#ifndef CLAIMCHECK_FUZZ_FUZZ_SUPPORT_H_
#define CLAIMCHECK_FUZZ_FUZZ_SUPPORT_H_

#include <string>

#include "absl/strings/string_view.h"
#include "extractors/claim_extractor.h"

namespace claimcheck {

// Aborts with `what` on stderr unless `condition` holds.
void FuzzCheck(bool condition, const char* what);

// The one extractor every run shares, over DefaultLexiconDir() (tools/build_fuzzers.sh points
// $CLAIMCHECK_LEXICONS at extractors/lexicons). Aborts if the lexicons do not load: a fuzzer
// without them would explore nothing useful.
const ClaimExtractor& FuzzExtractor();

// Protobuf logs every string field with invalid UTF-8 it refuses to parse; fuzzers feed it such
// fields on purpose, so call this from LLVMFuzzerInitialize.
void SilenceProtobufLogs();

// `text` with each byte that does not start a well-formed UTF-8 sequence replaced by '?'.
std::string ReplaceInvalidUtf8(absl::string_view text);

}  // namespace claimcheck

#endif  // CLAIMCHECK_FUZZ_FUZZ_SUPPORT_H_
