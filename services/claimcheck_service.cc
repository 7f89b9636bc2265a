#include "services/claimcheck_service.h"

#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/synchronization/mutex.h"
#include "grpcpp/support/proto_buffer_reader.h"
#include "grpcpp/support/proto_buffer_writer.h"
#include "services/article_validation.h"

namespace claimcheck {
namespace {

// How often a WatchFlags stream with nothing to send checks for cancellation and shutdown.
constexpr absl::Duration kWatchPoll = absl::Milliseconds(100);

ArticleLimits LimitsOf(const ServiceOptions& options) {
  ArticleLimits limits;
  limits.max_text_bytes = options.max_article_bytes;
  limits.max_id_bytes = options.max_id_bytes;
  limits.max_claims = options.max_claims_per_article;
  return limits;
}

FlagWatchers::Limits WatcherLimitsOf(const ServiceOptions& options) {
  FlagWatchers::Limits limits;
  limits.queue_capacity = options.watcher_queue_capacity;
  limits.max_watchers = options.max_watchers;
  limits.max_per_owner = options.max_watchers_per_token;
  return limits;
}

bool ParseRequest(grpc::ByteBuffer* bytes, v1::IngestArticleRequest* request) {
  grpc::ProtoBufferReader reader(bytes);
  return reader.status().ok() && request->ParseFromZeroCopyStream(&reader);
}

grpc::ByteBuffer SerializeResponse(const v1::IngestArticleResponse& response) {
  grpc::ByteBuffer bytes;
  grpc::ProtoBufferWriter writer(&bytes, grpc::kProtoBufferWriterMaxBufferLength,
                                 static_cast<int>(response.ByteSizeLong()));
  response.SerializeToZeroCopyStream(&writer);
  return bytes;
}

}  // namespace

grpc::Status ToGrpcStatus(const absl::Status& status) {
  if (status.ok()) return grpc::Status::OK;
  // absl's canonical codes have the same numbers as gRPC's.
  return grpc::Status(static_cast<grpc::StatusCode>(status.code()), std::string(status.message()));
}

// Serves one IngestArticles stream on a thread of its own: the reactor's callbacks only hand each
// read or write result over, so extraction and the log's fsync never hold up gRPC's threads.
class ClaimCheckService::IngestStream final
    : public grpc::ServerBidiReactor<grpc::ByteBuffer, grpc::ByteBuffer> {
 public:
  IngestStream(ClaimCheckService* service, grpc::CallbackServerContext* context)
      : service_(service), context_(context), worker_([this] { Run(); }) {}

  void OnReadDone(bool ok) override { Deliver(&read_ok_, ok); }
  void OnWriteDone(bool ok) override { Deliver(&write_ok_, ok); }
  void OnDone() override {
    // Finish() is Run()'s last step, and gRPC may call OnDone from within it.
    if (worker_.get_id() == std::this_thread::get_id()) {
      worker_.detach();
    } else {
      worker_.join();
    }
    delete this;
  }

 private:
  void Run() {
    grpc::Status status = service_->ServeIngestStream(
        *context_,
        [this](grpc::ByteBuffer* message) {
          StartRead(message);
          return Await(&read_ok_);
        },
        [this](const grpc::ByteBuffer& message) {
          StartWrite(&message);
          return Await(&write_ok_);
        });
    Finish(status);  // the last use of `this`: OnDone may delete it from here on
  }

  void Deliver(std::optional<bool>* result, bool ok) {
    absl::MutexLock lock(&mu_);
    *result = ok;
  }

  // The result of the read or write just started, once gRPC delivers it.
  bool Await(std::optional<bool>* result) {
    absl::MutexLock lock(&mu_);
    mu_.Await(absl::Condition(+[](std::optional<bool>* r) { return r->has_value(); }, result));
    const bool ok = **result;
    result->reset();
    return ok;
  }

  ClaimCheckService* const service_;
  grpc::CallbackServerContext* const context_;
  absl::Mutex mu_;
  std::optional<bool> read_ok_ ABSL_GUARDED_BY(mu_);
  std::optional<bool> write_ok_ ABSL_GUARDED_BY(mu_);
  std::thread worker_;  // last: it starts Run() once everything above exists
};

ClaimCheckService::ClaimCheckService(const ClaimExtractor* extractor, ClaimStore* store,
                                     std::optional<TokenTable> tokens, ServiceOptions options)
    : reader_(extractor),
      store_(store),
      tokens_(std::move(tokens)),
      options_(options),
      limits_(LimitsOf(options)),
      watchers_(WatcherLimitsOf(options)),
      listener_id_(store->AddFlagListener(
          [this](const v1::FlagEvent& event) { watchers_.Publish(event); })) {}

ClaimCheckService::~ClaimCheckService() {
  store_->RemoveFlagListener(listener_id_);
  watchers_.Close();
}

void ClaimCheckService::BeginShutdown() { watchers_.Close(); }

absl::Status ClaimCheckService::Authorize(const grpc::ServerContextBase& context,
                                          Access access) const {
  if (!tokens_.has_value()) return absl::OkStatus();
  return tokens_->Authorize(CallerToken(context), access);
}

std::string ClaimCheckService::CallerToken(const grpc::ServerContextBase& context) const {
  if (!tokens_.has_value()) return "";
  const auto& metadata = context.client_metadata();
  auto it = metadata.find("authorization");
  if (it == metadata.end()) return "";
  return std::string(it->second.data(), it->second.size());
}

// The deadline is compared as well because gRPC notices an expired deadline only on its next
// poll of the call.
absl::Status ClaimCheckService::CallerStillWaits(const grpc::ServerContextBase& context) const {
  const std::chrono::system_clock::time_point now =
      options_.clock ? options_.clock() : std::chrono::system_clock::now();
  if (context.deadline() <= now) {
    return absl::DeadlineExceededError("the call's deadline passed before the work was done");
  }
  if (context.IsCancelled()) return absl::CancelledError("the client cancelled the call");
  return absl::OkStatus();
}

absl::StatusOr<ClaimCheckService::Extracted> ClaimCheckService::Extract(
    grpc::ServerContextBase& context, const v1::Article& article) const {
  if (article.text().size() > options_.max_article_bytes) {
    return ValidateArticle(article, limits_);  // names the limit before any work
  }
  absl::StatusOr<PreparedArticle> prepared = reader_.Prepare(article);
  if (!prepared.ok()) return prepared.status();
  if (absl::Status valid = ValidateArticle(prepared->article, limits_); !valid.ok()) return valid;
  if (absl::Status waiting = CallerStillWaits(context); !waiting.ok()) return waiting;
  absl::StatusOr<std::vector<v1::Claim>> claims = reader_.Extract(&*prepared);
  if (!claims.ok()) return claims.status();
  // Extraction runs to its end (at most ~50 ms for a 1 MiB article); a caller who left meanwhile
  // gets no answer and, for an ingest, nothing stored on their behalf.
  if (absl::Status waiting = CallerStillWaits(context); !waiting.ok()) return waiting;
  if (absl::Status fits = CheckClaimCount(prepared->article.id(), claims->size(), limits_);
      !fits.ok()) {
    return fits;
  }
  return Extracted{*std::move(prepared), *std::move(claims)};
}

absl::Status ClaimCheckService::Ingest(grpc::ServerContextBase& context, const v1::Article& article,
                                       v1::IngestArticleResponse* response) {
  absl::StatusOr<Extracted> extracted = Extract(context, article);
  if (!extracted.ok()) return extracted.status();
  // Past this point the article is stored even if the caller leaves: a half-done ingest would be
  // worse than an unread answer. (A caller whose deadline passes in this last stretch sees
  // DEADLINE_EXCEEDED for a stored article; sending it again changes nothing.)
  const v1::Article& read = extracted->article.article;
  absl::StatusOr<IngestResult> result = store_->Ingest(read, std::move(extracted->claims));
  if (!result.ok()) return result.status();
  DescribeClaims(read, &result->claims);
  response->set_article_id(read.id());
  response->set_changed(result->changed);
  *response->mutable_date() = DateUsed(extracted->article);
  for (v1::Claim& claim : result->claims) *response->add_claims() = std::move(claim);
  for (v1::Flag& flag : result->raised) *response->add_flags() = std::move(flag);
  return absl::OkStatus();
}

grpc::Status ClaimCheckService::ExtractClaims(grpc::ServerContext* context,
                                              const v1::ExtractClaimsRequest* request,
                                              v1::ExtractClaimsResponse* response) {
  if (absl::Status s = Authorize(*context, Access::kRead); !s.ok()) return ToGrpcStatus(s);
  absl::StatusOr<Extracted> extracted = Extract(*context, request->article());
  if (!extracted.ok()) return ToGrpcStatus(extracted.status());
  response->set_language(extracted->article.article.language());
  *response->mutable_date() = DateUsed(extracted->article);
  for (v1::Claim& claim : extracted->claims) *response->add_claims() = std::move(claim);
  return grpc::Status::OK;
}

grpc::Status ClaimCheckService::IngestArticle(grpc::ServerContext* context,
                                              const v1::IngestArticleRequest* request,
                                              v1::IngestArticleResponse* response) {
  if (absl::Status s = Authorize(*context, Access::kWrite); !s.ok()) return ToGrpcStatus(s);
  return ToGrpcStatus(Ingest(*context, request->article(), response));
}

grpc::ServerBidiReactor<grpc::ByteBuffer, grpc::ByteBuffer>* ClaimCheckService::IngestArticles(
    grpc::CallbackServerContext* context) {
  return new IngestStream(this, context);  // deletes itself in OnDone
}

grpc::Status ClaimCheckService::ServeIngestStream(
    grpc::ServerContextBase& context, const std::function<bool(grpc::ByteBuffer*)>& read,
    const std::function<bool(const grpc::ByteBuffer&)>& write) {
  if (absl::Status s = Authorize(context, Access::kWrite); !s.ok()) return ToGrpcStatus(s);
  grpc::ByteBuffer bytes;
  int64_t stored = 0;
  while (read(&bytes)) {
    const int64_t position = stored + 1;
    v1::IngestArticleRequest request;
    if (!ParseRequest(&bytes, &request)) {
      return ToGrpcStatus(absl::InvalidArgumentError(absl::StrCat(
          "message #", position, " of the stream is not a valid claimcheck.v1.IngestArticleRequest ",
          "(string fields such as article.text must be valid UTF-8); the ", stored,
          " articles before it were stored")));
    }
    v1::IngestArticleResponse response;
    if (absl::Status s = Ingest(context, request.article(), &response); !s.ok()) {
      // Articles acknowledged so far stay stored; the client learns which one failed and why.
      return ToGrpcStatus(
          absl::Status(s.code(), absl::StrCat("article #", position, " of the stream (id `",
                                              request.article().id().substr(0, 80), "`): ",
                                              s.message())));
    }
    ++stored;
    if (!write(SerializeResponse(response))) break;  // the client went away; what was stored stays
  }
  return grpc::Status::OK;
}

grpc::Status ClaimCheckService::CheckArticle(grpc::ServerContext* context,
                                             const v1::CheckArticleRequest* request,
                                             v1::CheckArticleResponse* response) {
  if (absl::Status s = Authorize(*context, Access::kRead); !s.ok()) return ToGrpcStatus(s);
  absl::StatusOr<Extracted> extracted = Extract(*context, request->article());
  if (!extracted.ok()) return ToGrpcStatus(extracted.status());
  const v1::Article& read = extracted->article.article;
  absl::StatusOr<std::vector<v1::Claim>> checked =
      store_->Check(read, std::move(extracted->claims));
  if (!checked.ok()) return ToGrpcStatus(checked.status());
  DescribeClaims(read, &*checked);
  *response->mutable_date() = DateUsed(extracted->article);
  for (v1::Claim& claim : *checked) *response->add_claims() = std::move(claim);
  return grpc::Status::OK;
}

grpc::Status ClaimCheckService::ListConflicts(grpc::ServerContext* context,
                                              const v1::ListConflictsRequest* request,
                                              v1::ListConflictsResponse* response) {
  if (absl::Status s = Authorize(*context, Access::kRead); !s.ok()) return ToGrpcStatus(s);
  // The store clamps the page size (StoreOptions::page_limits).
  absl::StatusOr<v1::ListConflictsResponse> result = store_->ListConflicts(*request);
  if (!result.ok()) return ToGrpcStatus(result.status());
  *response = *std::move(result);
  return grpc::Status::OK;
}

grpc::Status ClaimCheckService::QueryClaims(grpc::ServerContext* context,
                                            const v1::QueryClaimsRequest* request,
                                            v1::QueryClaimsResponse* response) {
  if (absl::Status s = Authorize(*context, Access::kRead); !s.ok()) return ToGrpcStatus(s);
  for (const auto& [field, timestamp] :
       {std::make_pair("since", &request->since()), std::make_pair("until", &request->until())}) {
    if (absl::Status valid = ValidateTimestamp(field, *timestamp); !valid.ok()) {
      return ToGrpcStatus(valid);
    }
  }
  absl::StatusOr<v1::QueryClaimsResponse> result = store_->QueryClaims(*request);
  if (!result.ok()) return ToGrpcStatus(result.status());
  *response = *std::move(result);
  return grpc::Status::OK;
}

grpc::Status ClaimCheckService::DeleteArticle(grpc::ServerContext* context,
                                              const v1::DeleteArticleRequest* request,
                                              v1::DeleteArticleResponse* response) {
  if (absl::Status s = Authorize(*context, Access::kWrite); !s.ok()) return ToGrpcStatus(s);
  if (request->article_id().empty()) {
    return ToGrpcStatus(absl::InvalidArgumentError("article_id is empty"));
  }
  return ToGrpcStatus(store_->Delete(request->article_id()));
}

grpc::Status ClaimCheckService::WatchFlags(grpc::ServerContext* context,
                                           const v1::WatchFlagsRequest* request,
                                           grpc::ServerWriter<v1::FlagEvent>* writer) {
  if (absl::Status s = Authorize(*context, Access::kRead); !s.ok()) return ToGrpcStatus(s);
  std::vector<v1::FlagKind> kinds;
  for (int kind : request->kinds()) kinds.push_back(static_cast<v1::FlagKind>(kind));
  absl::StatusOr<std::shared_ptr<FlagWatchers::Watcher>> added =
      watchers_.Add(std::move(kinds), CallerToken(*context));
  if (!added.ok()) return ToGrpcStatus(added.status());
  const std::shared_ptr<FlagWatchers::Watcher> watcher = *std::move(added);
  // Tell the client the stream is live: flags raised after this point will reach it.
  writer->SendInitialMetadata();
  while (!context->IsCancelled()) {
    std::optional<v1::FlagEvent> event = watcher->Next(kWatchPoll);
    if (!event.has_value()) {
      if (watcher->closed()) break;  // server shutting down
      continue;
    }
    if (!writer->Write(*event)) break;
  }
  watchers_.Remove(watcher);
  if (watcher->closed()) return grpc::Status(grpc::StatusCode::UNAVAILABLE, "server shutting down");
  return grpc::Status::OK;
}

grpc::Status ClaimCheckService::GetStats(grpc::ServerContext* context,
                                         const v1::GetStatsRequest* request,
                                         v1::GetStatsResponse* response) {
  if (absl::Status s = Authorize(*context, Access::kRead); !s.ok()) return ToGrpcStatus(s);
  absl::StatusOr<v1::GetStatsResponse> stats = store_->Stats();
  if (!stats.ok()) return ToGrpcStatus(stats.status());
  *response = *std::move(stats);
  return grpc::Status::OK;
}

}  // namespace claimcheck
