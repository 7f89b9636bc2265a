// ClaimCheckService implements the claimcheck.v1.ClaimCheck gRPC service over a ClaimExtractor
// and a ClaimStore: it checks who is calling and what they send, then delegates.
//
// Usage (see server_main.cc):
//   ClaimCheckService service(extractor.get(), store.get(), std::move(tokens), options);
//   builder.RegisterService(&service);
//   ...
//   service.BeginShutdown();   // ends WatchFlags streams so Server::Shutdown can finish
//   server->Shutdown(deadline);
//
// Every handler returns a grpc::Status built from the absl::Status of the layer below, keeping its
// canonical code (INVALID_ARGUMENT, NOT_FOUND...). A handler never throws or aborts on a request.
// What one request may cost is bounded (ServiceOptions): article and id size, claims per article,
// timestamps within years 1-9999, WatchFlags streams in all and per token.
//
// IngestArticles is served over raw bytes (the generated WithRawCallbackMethod_ base), so that a
// message that does not parse ends the stream with INVALID_ARGUMENT naming it: the generated
// typed stream reports such a message exactly like the end of the stream, and the call would end
// OK. Each stream runs on its own thread, like a synchronous call.
//
// Thread safety: gRPC calls handlers from many threads at once; the service holds no request
// state of its own beyond the watcher queues (FlagWatchers is thread-safe).
#ifndef CLAIMCHECK_SERVICES_CLAIMCHECK_SERVICE_H_
#define CLAIMCHECK_SERVICES_CLAIMCHECK_SERVICE_H_

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "absl/status/status.h"
#include "grpcpp/server_context.h"
#include "grpcpp/support/byte_buffer.h"
#include "article/article_pipeline.h"
#include "grpcpp/support/server_callback.h"
#include "claimcheck/v1/claimcheck.grpc.pb.h"
#include "extractors/claim_extractor.h"
#include "services/article_validation.h"
#include "services/auth.h"
#include "services/flag_watchers.h"
#include "store/claim_store.h"

namespace claimcheck {

struct ServiceOptions {
  // Largest article text accepted, in bytes; larger is INVALID_ARGUMENT.
  size_t max_article_bytes = 1 << 20;
  // Longest article id, in bytes; longer is INVALID_ARGUMENT (each claim id repeats it).
  size_t max_id_bytes = 1024;
  // Most claims one article may yield; more is INVALID_ARGUMENT.
  size_t max_claims_per_article = 20000;
  // Events a WatchFlags stream may fall behind by before the oldest are dropped.
  size_t watcher_queue_capacity = 1024;
  // The clock a call's deadline is compared with; empty: the system clock. A test sets one that
  // jumps past the deadline during extraction, whatever the machine's speed.
  std::function<std::chrono::system_clock::time_point()> clock;
  // WatchFlags streams at once, in all and per token (0: no limit); more is RESOURCE_EXHAUSTED.
  // Without tokens only the first applies.
  size_t max_watchers = 64;
  size_t max_watchers_per_token = 8;
};

// The grpc::Status carrying `status`'s code and message.
grpc::Status ToGrpcStatus(const absl::Status& status);

class ClaimCheckService final
    : public v1::ClaimCheck::WithRawCallbackMethod_IngestArticles<v1::ClaimCheck::Service> {
 public:
  // `extractor` and `store` must outlive the service. Without `tokens` every call is allowed
  // (the server only permits that on loopback or with --allow_insecure).
  ClaimCheckService(const ClaimExtractor* extractor, ClaimStore* store,
                    std::optional<TokenTable> tokens, ServiceOptions options);
  ~ClaimCheckService() override;

  // Ends every WatchFlags stream (now and later) promptly. Call before Server::Shutdown.
  void BeginShutdown();

  grpc::Status ExtractClaims(grpc::ServerContext* context, const v1::ExtractClaimsRequest* request,
                             v1::ExtractClaimsResponse* response) override;
  grpc::Status IngestArticle(grpc::ServerContext* context, const v1::IngestArticleRequest* request,
                             v1::IngestArticleResponse* response) override;
  grpc::ServerBidiReactor<grpc::ByteBuffer, grpc::ByteBuffer>* IngestArticles(
      grpc::CallbackServerContext* context) override;
  grpc::Status CheckArticle(grpc::ServerContext* context, const v1::CheckArticleRequest* request,
                            v1::CheckArticleResponse* response) override;
  grpc::Status ListConflicts(grpc::ServerContext* context, const v1::ListConflictsRequest* request,
                             v1::ListConflictsResponse* response) override;
  grpc::Status QueryClaims(grpc::ServerContext* context, const v1::QueryClaimsRequest* request,
                           v1::QueryClaimsResponse* response) override;
  grpc::Status DeleteArticle(grpc::ServerContext* context, const v1::DeleteArticleRequest* request,
                             v1::DeleteArticleResponse* response) override;
  grpc::Status WatchFlags(grpc::ServerContext* context, const v1::WatchFlagsRequest* request,
                          grpc::ServerWriter<v1::FlagEvent>* writer) override;
  grpc::Status GetStats(grpc::ServerContext* context, const v1::GetStatsRequest* request,
                        v1::GetStatsResponse* response) override;

  // IngestArticles' work, whatever carries the messages: `read` waits for the next message
  // (false at the end of the stream or when the caller left), `write` sends an answer (false when
  // the caller left). Each message is parsed here; one that does not parse, or an article that
  // cannot be stored, ends the stream with a status naming its position, the ones before stay
  // stored. Public so that a fuzzer can drive it without a network.
  grpc::Status ServeIngestStream(grpc::ServerContextBase& context,
                                 const std::function<bool(grpc::ByteBuffer*)>& read,
                                 const std::function<bool(const grpc::ByteBuffer&)>& write);

 private:
  class IngestStream;  // the IngestArticles reactor (claimcheck_service.cc)

  // An article as read (article/article_pipeline.h: what the client left empty is filled exactly
  // as the command line fills it) and its claims.
  struct Extracted {
    PreparedArticle article;
    std::vector<v1::Claim> claims;
  };

  absl::Status Authorize(const grpc::ServerContextBase& context, Access access) const;
  // The caller's token ("" without tokens): whose WatchFlags streams are counted together.
  std::string CallerToken(const grpc::ServerContextBase& context) const;
  // OK while the caller still waits for the answer.
  absl::Status CallerStillWaits(const grpc::ServerContextBase& context) const;
  // Validates, extracts and stores one article, filling `response`.
  absl::Status Ingest(grpc::ServerContextBase& context, const v1::Article& article,
                      v1::IngestArticleResponse* response);
  // Validates, reads and extracts one article; DEADLINE_EXCEEDED/CANCELLED if the caller gave up
  // before or during extraction; INVALID_ARGUMENT when it yields more claims than allowed.
  absl::StatusOr<Extracted> Extract(grpc::ServerContextBase& context,
                                    const v1::Article& article) const;

  const ArticleExtractor reader_;
  ClaimStore* const store_;
  const std::optional<TokenTable> tokens_;
  const ServiceOptions options_;
  const ArticleLimits limits_;
  FlagWatchers watchers_;
  const int64_t listener_id_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_SERVICES_CLAIMCHECK_SERVICE_H_
