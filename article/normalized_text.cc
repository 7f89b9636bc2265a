#include "article/normalized_text.h"

#include <algorithm>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "extractors/folded_text.h"
#include "unicode/bytestream.h"
#include "unicode/edits.h"
#include "unicode/normalizer2.h"

namespace claimcheck {
namespace {

constexpr absl::string_view kByteOrderMark = "\xEF\xBB\xBF";

absl::Status IcuError(UErrorCode code, absl::string_view what) {
  return absl::InternalError(absl::StrCat(what, ": ICU error ", u_errorName(code)));
}

}  // namespace

absl::StatusOr<NormalizedText> NormalizedText::Decode(absl::string_view received) {
  if (!IsValidUtf8(received)) return absl::InvalidArgumentError("text is not valid UTF-8");
  NormalizedText decoded;
  absl::string_view body = received;
  if (absl::ConsumePrefix(&body, kByteOrderMark)) decoded.bom_bytes_ = kByteOrderMark.size();

  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(error);
  if (U_FAILURE(error)) return IcuError(error, "loading the NFC normaliser");
  const icu::StringPiece piece(body.data(), static_cast<int32_t>(body.size()));
  const bool already_nfc = nfc->isNormalizedUTF8(piece, error);
  if (U_FAILURE(error)) return IcuError(error, "checking NFC");
  if (already_nfc) {
    decoded.text_ = std::string(body);
    return decoded;
  }

  icu::StringByteSink<std::string> sink(&decoded.text_);
  icu::Edits edits;
  nfc->normalizeUTF8(0, piece, sink, &edits, error);
  if (U_FAILURE(error)) return IcuError(error, "normalising to NFC");
  // The fine iterator keeps each recomposed character its own run, so a span next to one is
  // mapped exactly.
  icu::Edits::Iterator change = edits.getFineChangesIterator();
  while (change.next(error)) {
    decoded.runs_.push_back(
        {static_cast<uint32_t>(change.destinationIndex()),
         static_cast<uint32_t>(change.newLength()),
         static_cast<uint32_t>(change.sourceIndex()) + decoded.bom_bytes_,
         static_cast<uint32_t>(change.oldLength())});
  }
  if (U_FAILURE(error)) return IcuError(error, "reading the normaliser's edits");
  return decoded;
}

uint32_t NormalizedText::ReceivedOffset(uint32_t offset, bool to_end) const {
  // The last run starting at or before `offset`.
  auto after = std::upper_bound(
      runs_.begin(), runs_.end(), offset,
      [](uint32_t value, const ChangedRun& run) { return value < run.text_begin; });
  if (after == runs_.begin()) return offset + bom_bytes_;
  const ChangedRun& run = *std::prev(after);
  const uint32_t run_end = run.text_begin + run.text_length;
  if (offset == run.text_begin) return run.received_begin;
  if (offset < run_end) return to_end ? run.received_begin + run.received_length
                                      : run.received_begin;
  return run.received_begin + run.received_length + (offset - run_end);
}

NormalizedText::Range NormalizedText::ReceivedRange(uint32_t begin, uint32_t end) const {
  return {ReceivedOffset(begin, /*to_end=*/false), ReceivedOffset(end, /*to_end=*/true)};
}

}  // namespace claimcheck
