// libFuzzer target: the two streaming RPCs through a real gRPC server, in process (no network).
// Each input runs against a fresh memory store and server:
//   byte 0     the kinds the watchers ask for (bit k: FlagKind k; none set: every kind)
//   byte 1     how many WatchFlags streams to open (0-3; the server allows 2)
//   the rest   messages [length, 2 bytes LE][bytes], sent as raw bytes on one IngestArticles
//              stream (so they need not parse), each answer read before the next is sent.
//
// Contract (claimcheck_service.h, flag_watchers.h): IngestArticles answers each stored article in
// order and ends OK after the last message, or with a specific code (never INTERNAL or UNKNOWN)
// whose message names the position of the message it stopped at, the articles before it stored;
// the store then holds exactly the articles acknowledged. A WatchFlags stream beyond the limit is
// RESOURCE_EXHAUSTED; the others receive only flags of the kinds asked, about acknowledged
// articles, and end UNAVAILABLE at shutdown.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "claimcheck/v1/claimcheck.grpc.pb.h"
#include "fuzz/fuzz_support.h"
#include "grpcpp/server.h"
#include "grpcpp/server_builder.h"
#include "services/claimcheck_service.h"
#include "services/raw_stream_client.h"
#include "store/claim_store.h"

namespace claimcheck {
namespace {

constexpr size_t kMaxMessages = 12;
constexpr size_t kMaxWatchers = 2;

// One WatchFlags stream, read on its own thread until the server ends it. Constructed once the
// server has taken the watcher in (or refused it), so watchers are counted in their order.
class Watcher {
 public:
  Watcher(v1::ClaimCheck::Stub* stub, const v1::WatchFlagsRequest& request) {
    stream_ = stub->WatchFlags(&context_, request);
    stream_->WaitForInitialMetadata();
    thread_ = std::thread([this] {
      v1::FlagEvent event;
      while (stream_->Read(&event)) events_.push_back(event);
      status_ = stream_->Finish();
    });
  }
  // Waits for the stream's end; the events it received and how it ended.
  const std::vector<v1::FlagEvent>& Join(grpc::Status* status) {
    thread_.join();
    *status = status_;
    return events_;
  }

 private:
  grpc::ClientContext context_;
  std::unique_ptr<grpc::ClientReader<v1::FlagEvent>> stream_;
  std::thread thread_;
  std::vector<v1::FlagEvent> events_;
  grpc::Status status_;
};

struct Session {
  Session() : store(*ClaimStore::Open(StoreOptions{})) {
    ServiceOptions options;
    options.max_article_bytes = 8192;
    options.max_id_bytes = 64;
    options.max_claims_per_article = 40;
    options.max_watchers = kMaxWatchers;
    service = std::make_unique<ClaimCheckService>(&FuzzExtractor(), store.get(), std::nullopt,
                                                  options);
    grpc::ServerBuilder builder;
    builder.RegisterService(service.get());
    server = builder.BuildAndStart();
    FuzzCheck(server != nullptr, "cannot start an in-process server");
    channel = server->InProcessChannel(grpc::ChannelArguments());
    stub = v1::ClaimCheck::NewStub(channel);
  }
  ~Session() {
    service->BeginShutdown();
    server->Shutdown();
  }

  std::unique_ptr<ClaimStore> store;
  std::unique_ptr<ClaimCheckService> service;
  std::unique_ptr<grpc::Server> server;
  std::shared_ptr<grpc::Channel> channel;
  std::unique_ptr<v1::ClaimCheck::Stub> stub;
};

std::vector<std::string> Messages(const uint8_t* data, size_t size) {
  std::vector<std::string> messages;
  size_t at = 0;
  while (messages.size() < kMaxMessages && at + 2 <= size) {
    size_t length = data[at] | (static_cast<size_t>(data[at + 1]) << 8);
    at += 2;
    if (length > size - at) length = size - at;
    messages.emplace_back(reinterpret_cast<const char*>(data + at), length);
    at += length;
  }
  return messages;
}

// Sends `messages` on one raw IngestArticles stream; returns the ids acknowledged, in order.
std::vector<std::string> IngestStream(Session& session, const std::vector<std::string>& messages) {
  grpc::ClientContext context;
  RawStreamClient stream(session.channel, "/claimcheck.v1.ClaimCheck/IngestArticles", &context);
  std::vector<std::string> acknowledged;
  size_t sent = 0;
  for (const std::string& message : messages) {
    if (!stream.Write(message)) break;
    ++sent;
    std::optional<std::string> answer = stream.Read();
    if (!answer) break;
    v1::IngestArticleResponse response;
    FuzzCheck(response.ParseFromString(*answer), "an answer that does not parse");
    acknowledged.push_back(response.article_id());
  }
  stream.WritesDone();
  while (std::optional<std::string> late = stream.Read()) {
    FuzzCheck(false, "an answer after the stream stopped");
  }
  const grpc::Status status = stream.Finish();
  FuzzCheck(status.error_code() != grpc::StatusCode::INTERNAL &&
                status.error_code() != grpc::StatusCode::UNKNOWN,
            "IngestArticles ended INTERNAL or UNKNOWN");
  if (status.ok()) {
    FuzzCheck(acknowledged.size() == messages.size(), "the stream ended OK without every answer");
  } else {
    FuzzCheck(acknowledged.size() + 1 == sent, "the stream stopped other than at the bad message");
    FuzzCheck(status.error_message().find(absl::StrCat("#", sent, " ")) != std::string::npos,
              "the error does not name the message it stopped at");
  }
  return acknowledged;
}

void CheckWatchers(std::vector<std::unique_ptr<Watcher>>& watchers,
                   const std::set<std::string>& acknowledged, const v1::WatchFlagsRequest& request) {
  const std::set<int> kinds(request.kinds().begin(), request.kinds().end());
  for (size_t i = 0; i < watchers.size(); ++i) {
    grpc::Status status;
    const std::vector<v1::FlagEvent>& events = watchers[i]->Join(&status);
    if (i >= kMaxWatchers) {
      FuzzCheck(status.error_code() == grpc::StatusCode::RESOURCE_EXHAUSTED && events.empty(),
                "a watcher beyond the limit was served");
      continue;
    }
    FuzzCheck(status.error_code() == grpc::StatusCode::UNAVAILABLE,
              "a watcher did not end UNAVAILABLE at shutdown");
    for (const v1::FlagEvent& event : events) {
      FuzzCheck(kinds.empty() || kinds.count(event.flag().kind()) > 0, "a flag of a kind not asked");
      FuzzCheck(acknowledged.count(event.article_id()) > 0, "a flag about an article not stored");
    }
  }
}

}  // namespace
}  // namespace claimcheck

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
  claimcheck::SilenceProtobufLogs();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimcheck;  // NOLINT(google-build-using-namespace): fuzzer entry point
  if (size < 2) return 0;
  v1::WatchFlagsRequest request;
  for (int kind = 1; kind <= 7; ++kind) {
    if (data[0] & (1 << kind)) request.add_kinds(static_cast<v1::FlagKind>(kind));
  }
  std::set<std::string> acknowledged;
  {
    Session session;
    std::vector<std::unique_ptr<Watcher>> watchers;
    for (int i = 0; i < data[1] % 4; ++i) {
      watchers.push_back(std::make_unique<Watcher>(session.stub.get(), request));
    }
    for (const std::string& id : IngestStream(session, Messages(data + 2, size - 2))) {
      acknowledged.insert(id);
    }
    FuzzCheck(session.store->Stats()->articles() == acknowledged.size(),
              "the store holds other articles than those acknowledged");
    session.service->BeginShutdown();
    CheckWatchers(watchers, acknowledged, request);
  }
  return 0;
}
