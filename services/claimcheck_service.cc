#include "services/claimcheck_service.h"

#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "google/protobuf/descriptor.h"
#include "grpcpp/impl/codegen/proto_utils.h"
#include "grpcpp/support/method_handler.h"
#include "services/article_validation.h"

namespace claimcheck {
namespace {

// How often a WatchFlags stream with nothing to send checks for cancellation and shutdown.
constexpr absl::Duration kWatchPoll = absl::Milliseconds(100);

// The position of IngestArticles among the service's methods: generated services add their
// methods in the order of the .proto file, which the descriptor gives.
int IngestArticlesMethodIndex() {
  return v1::IngestArticleRequest::descriptor()
      ->file()
      ->FindServiceByName("ClaimCheck")
      ->FindMethodByName("IngestArticles")
      ->index();
}

using ByteStream = grpc::ServerReaderWriter<grpc::ByteBuffer, grpc::ByteBuffer>;

}  // namespace

grpc::Status ToGrpcStatus(const absl::Status& status) {
  if (status.ok()) return grpc::Status::OK;
  // absl's canonical codes have the same numbers as gRPC's.
  return grpc::Status(static_cast<grpc::StatusCode>(status.code()), std::string(status.message()));
}

ClaimCheckService::ClaimCheckService(const ClaimExtractor* extractor, ClaimStore* store,
                                     std::optional<TokenTable> tokens, ServiceOptions options)
    : extractor_(extractor),
      reader_(extractor),
      store_(store),
      tokens_(std::move(tokens)),
      options_(options),
      watchers_(options.watcher_queue_capacity),
      listener_id_(store->AddFlagListener(
          [this](const v1::FlagEvent& event) { watchers_.Publish(event); })) {
  // gRPC owns the handler from here on.
  MarkMethodStreamed(IngestArticlesMethodIndex(),
                     new grpc::internal::BidiStreamingHandler<ClaimCheckService, grpc::ByteBuffer,
                                                              grpc::ByteBuffer>(
                         [](ClaimCheckService* service, grpc::ServerContext* context,
                            ByteStream* stream) {
                           return service->IngestArticleStream(context, stream);
                         },
                         this));
}

ClaimCheckService::~ClaimCheckService() {
  store_->RemoveFlagListener(listener_id_);
  watchers_.Close();
}

void ClaimCheckService::BeginShutdown() { watchers_.Close(); }

absl::Status ClaimCheckService::Authorize(const grpc::ServerContext& context, Access access) const {
  if (!tokens_.has_value()) return absl::OkStatus();
  const auto& metadata = context.client_metadata();
  auto it = metadata.find("authorization");
  absl::string_view value;
  if (it != metadata.end()) value = absl::string_view(it->second.data(), it->second.size());
  return tokens_->Authorize(value, access);
}

// The deadline is compared as well because gRPC notices an expired deadline only on its next
// poll of the call.
absl::Status ClaimCheckService::CallerStillWaits(const grpc::ServerContext& context) const {
  const std::chrono::system_clock::time_point now =
      options_.clock ? options_.clock() : std::chrono::system_clock::now();
  if (context.deadline() <= now) {
    return absl::DeadlineExceededError("the call's deadline passed before the work was done");
  }
  if (context.IsCancelled()) return absl::CancelledError("the client cancelled the call");
  return absl::OkStatus();
}

absl::StatusOr<ClaimCheckService::Extracted> ClaimCheckService::Extract(
    grpc::ServerContext& context, const v1::Article& article) const {
  if (article.text().size() > options_.max_article_bytes) {
    return ValidateArticle(article, options_.max_article_bytes);  // names the limit
  }
  absl::StatusOr<PreparedArticle> prepared = PrepareArticle(article);
  if (!prepared.ok()) return prepared.status();
  if (absl::Status valid = ValidateArticle(prepared->article, options_.max_article_bytes);
      !valid.ok()) {
    return valid;
  }
  if (absl::Status waiting = CallerStillWaits(context); !waiting.ok()) return waiting;
  absl::StatusOr<std::vector<v1::Claim>> claims = reader_.Extract(&*prepared);
  if (!claims.ok()) return claims.status();
  // Extraction runs to its end (at most ~50 ms for a 1 MiB article); a caller who left meanwhile
  // gets no answer and, for an ingest, nothing stored on their behalf.
  if (absl::Status waiting = CallerStillWaits(context); !waiting.ok()) return waiting;
  return Extracted{*std::move(prepared), *std::move(claims)};
}

absl::Status ClaimCheckService::Ingest(grpc::ServerContext& context, const v1::Article& article,
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

grpc::Status ClaimCheckService::IngestArticleStream(grpc::ServerContext* context,
                                                    ByteStream* stream) {
  if (absl::Status s = Authorize(*context, Access::kWrite); !s.ok()) return ToGrpcStatus(s);
  grpc::ByteBuffer bytes;
  int64_t stored = 0;
  while (stream->Read(&bytes)) {
    const int64_t position = stored + 1;
    v1::IngestArticleRequest request;
    if (!grpc::SerializationTraits<v1::IngestArticleRequest>::Deserialize(&bytes, &request).ok()) {
      return ToGrpcStatus(absl::InvalidArgumentError(absl::StrCat(
          "message #", position, " of the stream is not a valid claimcheck.v1.IngestArticleRequest ",
          "(string fields such as article.text must be valid UTF-8); the ", stored,
          " articles before it were stored")));
    }
    v1::IngestArticleResponse response;
    if (absl::Status s = Ingest(*context, request.article(), &response); !s.ok()) {
      // Articles acknowledged so far stay stored; the client learns which one failed and why.
      return ToGrpcStatus(
          absl::Status(s.code(), absl::StrCat("article #", position, " of the stream (id `",
                                              request.article().id(), "`): ", s.message())));
    }
    ++stored;
    grpc::ByteBuffer reply;
    bool own_buffer = false;
    grpc::Status serialized = grpc::SerializationTraits<v1::IngestArticleResponse>::Serialize(
        response, &reply, &own_buffer);
    if (!serialized.ok()) return serialized;
    if (!stream->Write(reply)) break;  // the client went away; what was stored stays
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
  std::vector<v1::Claim> checked = store_->Check(read, std::move(extracted->claims));
  DescribeClaims(read, &checked);
  *response->mutable_date() = DateUsed(extracted->article);
  for (v1::Claim& claim : checked) *response->add_claims() = std::move(claim);
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
  std::shared_ptr<FlagWatchers::Watcher> watcher = watchers_.Add(std::move(kinds));
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
  *response = store_->Stats();
  return grpc::Status::OK;
}

}  // namespace claimcheck
