// StoredClaims: a backend's stored claims as the store's shared logic reads them. What a change
// raised and cleared (article_change.h) and the answers to ListConflicts and QueryClaims
// (claim_answers.h) are written once, against this interface; each backend implements it over
// its own state: TableClaims over the in-memory ClaimTable (table_claims.h), a view of the Redis
// Cluster for the Redis backend (redis_claim_store.cc).
//
// A Handle names one stored claim while it is stored. Methods that look claims up return
// handles and make those claims readable (ToClaim, Facts) for the object's lifetime: a Redis view
// fetches and keeps what it was asked about, the in-memory one reads the table in place. Look-ups
// are batched (FlagsOf of many claims, FiledHandles of many windows) so that a remote backend
// answers each batch in one round trip per server.
//
// Usage (see article_change.cc, claim_answers.cc):
//   absl::StatusOr<std::vector<StoredClaims::Handle>> claims = stored.ArticleClaims("wire/1");
//   absl::StatusOr<std::vector<std::vector<v1::Flag>>> flags = stored.FlagsOf(*claims);
//   v1::Claim first = stored.ToClaim((*claims)[0]);
//
// Errors: a backend that cannot read (UNAVAILABLE when a Redis Cluster is down); the in-memory
// backend never fails.
//
// Thread safety: an implementation is used by one thread at a time; what it views (a ClaimTable,
// a cluster) says what may change meanwhile.
#ifndef CLAIMCHECK_STORE_STORED_CLAIMS_H_
#define CLAIMCHECK_STORE_STORED_CLAIMS_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "claimcheck/v1/claimcheck.pb.h"
#include "crosscheck/claim_facts.h"
#include "crosscheck/filed_claims.h"
#include "store/page_token.h"

namespace claimcheck {

class StoredClaims : public FiledClaims {
 public:
  using Handle = uint64_t;

  // The bit of a contested kind (CONFLICT, REVISION, INCONSISTENT) in ContestedKinds(); 0 for
  // the other kinds. The same bits in every backend.
  static uint8_t ContestedBit(int kind);
  // The contested kinds `flags` hold.
  static uint8_t ContestedMask(const std::vector<v1::Flag>& flags);

  // --- Claims and their flags ---

  // The claims of `article_id`, in text order; empty if it is not stored.
  virtual absl::StatusOr<std::vector<Handle>> ArticleClaims(std::string_view article_id) = 0;
  // The claims FindFiled() finds for `windows`, sorted by handle, each once.
  virtual absl::StatusOr<std::vector<Handle>> FiledHandles(
      absl::Span<const FigureWindow> windows) = 0;
  // How many claims are filed under each of `days` (its key, its event day), shown or not
  // (FiledClaims: kClaimsShownPerDay). result[i] for days[i].
  virtual absl::StatusOr<std::vector<size_t>> FiledCounts(absl::Span<const FiledDay> days) = 0;
  // The current flags of each claim: its extractor flags (UNVERIFIED, UNATTRIBUTED, carrying its
  // figure key), then the cross-check rules' against its article and its figure neighbours.
  // result[i] for handles[i].
  virtual absl::StatusOr<std::vector<std::vector<v1::Flag>>> FlagsOf(
      absl::Span<const Handle> handles) = 0;
  // Records which contested kinds `flags` (its FlagsOf()) hold, for ListConflicts. A backend
  // may hold the marks back until its store writes them (Redis).
  virtual void SetContested(Handle claim, const std::vector<v1::Flag>& flags) = 0;

  // Of a claim a method above returned: the claim as stored (with its figure key and extractor
  // flags, not the rules' flags), what cross-checking reads of it (views valid while this
  // object lives), and the contested kinds last recorded for it.
  virtual v1::Claim ToClaim(Handle claim) const = 0;
  virtual ClaimFacts Facts(Handle claim) const = 0;
  virtual uint8_t ContestedKinds(Handle claim) const = 0;

  // --- Walks, for the answers ---

  // Calls `visit` with each figure holding a contested claim, in key order, after `after` (from
  // the first when nullopt), until it returns false. A figure's key is its FigureKey string, or
  // "|@<article_id>" for the claims of an article filed in no figure; `contested` lists its
  // contested claims in the backend's stable order.
  using ContestedVisit =
      std::function<bool(const std::string& key, const std::vector<Handle>& contested)>;
  virtual absl::Status ForEachContestedFigure(const std::optional<std::string>& after,
                                              const ContestedVisit& visit) = 0;

  // Calls `visit` with the claims QueryClaims may return for `request`, in the order it returns
  // them, from just after `after` (from the first when nullopt), until it returns false. Every
  // claim passing the request's filters must be visited; others may be (the caller filters).
  // `primary` and `seq` are the claim's position in that order: (date, seq) when only
  // since/until filter, (0, seq) otherwise; seq numbers claims in ingest order, never reused.
  using QueryVisit = std::function<bool(int64_t primary, uint64_t seq, Handle claim)>;
  virtual absl::Status ForEachQueryCandidate(const v1::QueryClaimsRequest& request,
                                             const std::optional<PagePosition>& after,
                                             const QueryVisit& visit) = 0;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_STORE_STORED_CLAIMS_H_
