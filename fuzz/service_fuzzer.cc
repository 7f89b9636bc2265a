// libFuzzer target: the server's request handling, in process and without a network. Each input
// is a short session against a fresh memory store: a sequence of records
//   [method byte][length, 2 bytes little-endian][request proto bytes]
// where the method byte picks ExtractClaims, IngestArticle, CheckArticle, ListConflicts,
// QueryClaims, DeleteArticle or GetStats and the bytes are parsed as that method's request
// (bytes that do not parse are skipped, as gRPC would refuse them before the handler), or
// IngestArticles: then the bytes are the stream's messages, [length, 2 bytes LE][bytes] each,
// handed to the service unparsed, as the stream hands them. A page_token of "next" is replaced by the last next_page_token returned, so sessions
// can walk real pages as well as forged ones.
//
// Contract checked (claimcheck_service.h): a handler never crashes and answers bad input with a
// specific canonical code, never INTERNAL or UNKNOWN; IngestArticles answers each article stored
// and stops only at a message it names.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "fuzz/fuzz_support.h"
#include "grpcpp/server_context.h"
#include "grpcpp/support/byte_buffer.h"
#include "services/claimcheck_service.h"
#include "store/claim_store.h"

namespace claimcheck {
namespace {

constexpr int kMaxCallsPerInput = 16;

// Small pages, so a few articles already span several.
StoreOptions SmallPages() {
  StoreOptions options;
  options.page_limits = PageLimits{2, 3};
  return options;
}

class Session {
 public:
  Session() : store_(*ClaimStore::Open(SmallPages())) {
    ServiceOptions options;
    options.max_article_bytes = 8192;
    service_.emplace(&FuzzExtractor(), store_.get(), std::nullopt, options);
  }
  ~Session() { service_->BeginShutdown(); }

  // Parses `bytes` as the request of method `method` and calls it.
  void Call(uint8_t method, const std::string& bytes) {
    switch (method % 8) {
      case 0: Unary<v1::ExtractClaimsRequest, v1::ExtractClaimsResponse>(
                  bytes, &ClaimCheckService::ExtractClaims);
        break;
      case 1: Unary<v1::IngestArticleRequest, v1::IngestArticleResponse>(
                  bytes, &ClaimCheckService::IngestArticle);
        break;
      case 2: Unary<v1::CheckArticleRequest, v1::CheckArticleResponse>(
                  bytes, &ClaimCheckService::CheckArticle);
        break;
      case 3: Unary<v1::ListConflictsRequest, v1::ListConflictsResponse>(
                  bytes, &ClaimCheckService::ListConflicts);
        break;
      case 4: Unary<v1::QueryClaimsRequest, v1::QueryClaimsResponse>(
                  bytes, &ClaimCheckService::QueryClaims);
        break;
      case 5: Unary<v1::DeleteArticleRequest, v1::DeleteArticleResponse>(
                  bytes, &ClaimCheckService::DeleteArticle);
        break;
      case 6: Unary<v1::GetStatsRequest, v1::GetStatsResponse>(
                  bytes, &ClaimCheckService::GetStats);
        break;
      default: Stream(bytes);
        break;
    }
  }

 private:
  // IngestArticles over the messages framed in `bytes`.
  void Stream(const std::string& bytes) {
    std::vector<std::string> messages;
    for (size_t at = 0; at + 2 <= bytes.size();) {
      size_t length = static_cast<uint8_t>(bytes[at]) | (static_cast<uint8_t>(bytes[at + 1]) << 8);
      at += 2;
      length = std::min(length, bytes.size() - at);
      messages.push_back(bytes.substr(at, length));
      at += length;
    }
    size_t next = 0, answers = 0;
    grpc::ServerContext context;
    const grpc::Status status = service_->ServeIngestStream(
        context,
        [&](grpc::ByteBuffer* message) {
          if (next == messages.size()) return false;
          grpc::Slice slice(messages[next++]);
          *message = grpc::ByteBuffer(&slice, 1);
          return true;
        },
        [&](const grpc::ByteBuffer&) {
          ++answers;
          return true;
        });
    FuzzCheck(status.error_code() != grpc::StatusCode::INTERNAL &&
                  status.error_code() != grpc::StatusCode::UNKNOWN,
              "IngestArticles answered INTERNAL or UNKNOWN");
    if (status.ok()) {
      FuzzCheck(answers == messages.size(), "the stream ended OK without answering every article");
    } else {
      FuzzCheck(answers + 1 == next &&
                    status.error_message().find(absl::StrCat("#", next, " ")) != std::string::npos,
                "the stream did not stop at the message its error names");
    }
  }

  template <typename Request>
  void UseLastPageToken(Request* request) {
    if constexpr (std::is_same_v<Request, v1::ListConflictsRequest> ||
                  std::is_same_v<Request, v1::QueryClaimsRequest>) {
      if (request->page_token() == "next") request->set_page_token(last_page_token_);
    }
  }
  template <typename Response>
  void KeepPageToken(const Response& response) {
    if constexpr (std::is_same_v<Response, v1::ListConflictsResponse> ||
                  std::is_same_v<Response, v1::QueryClaimsResponse>) {
      if (!response.next_page_token().empty()) last_page_token_ = response.next_page_token();
    }
  }

  template <typename Request, typename Response>
  void Unary(const std::string& bytes,
             grpc::Status (ClaimCheckService::*handler)(grpc::ServerContext*, const Request*,
                                                        Response*)) {
    Request request;
    if (!request.ParseFromString(bytes)) return;
    UseLastPageToken(&request);
    grpc::ServerContext context;
    Response response;
    grpc::Status status = ((*service_).*handler)(&context, &request, &response);
    FuzzCheck(status.error_code() != grpc::StatusCode::INTERNAL &&
                  status.error_code() != grpc::StatusCode::UNKNOWN,
              "handler answered INTERNAL or UNKNOWN");
    if (status.ok()) KeepPageToken(response);
  }

  std::unique_ptr<ClaimStore> store_;
  std::optional<ClaimCheckService> service_;
  std::string last_page_token_;
};

}  // namespace
}  // namespace claimcheck

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
  claimcheck::SilenceProtobufLogs();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  claimcheck::Session session;
  size_t at = 0;
  for (int calls = 0; calls < claimcheck::kMaxCallsPerInput && at + 3 <= size; ++calls) {
    const uint8_t method = data[at];
    size_t length = data[at + 1] | (static_cast<size_t>(data[at + 2]) << 8);
    at += 3;
    if (length > size - at) length = size - at;
    session.Call(method, std::string(reinterpret_cast<const char*>(data + at), length));
    at += length;
  }
  return 0;
}
