// RawStreamClient opens a bidirectional stream to any method and sends and receives bytes, as a
// client built from another message definition (or a buggy one) would: for tests and fuzzers
// that must send messages the generated stub cannot produce. Public gRPC API only (GenericStub
// and a completion queue driven one operation at a time).
//
// Usage:
//   RawStreamClient stream(channel, "/claimcheck.v1.ClaimCheck/IngestArticles", &context);
//   stream.Write(bytes);
//   std::optional<std::string> reply = stream.Read();
//   stream.WritesDone();
//   grpc::Status status = stream.Finish();
//
// Thread safety: one thread at a time.
#ifndef CLAIMCHECK_SERVICES_RAW_STREAM_CLIENT_H_
#define CLAIMCHECK_SERVICES_RAW_STREAM_CLIENT_H_

#include <memory>
#include <optional>
#include <string>

#include "grpcpp/channel.h"
#include "grpcpp/client_context.h"
#include "grpcpp/completion_queue.h"
#include "grpcpp/generic/generic_stub.h"

namespace claimcheck {

class RawStreamClient {
 public:
  // Starts the call; `context` must outlive this object.
  RawStreamClient(std::shared_ptr<grpc::Channel> channel, const std::string& method,
                  grpc::ClientContext* context);
  ~RawStreamClient();

  bool Write(const std::string& bytes);   // false once the stream is broken
  std::optional<std::string> Read();      // nullopt at the end of the stream
  bool WritesDone();
  grpc::Status Finish();                  // call once, after Read() returned nullopt

 private:
  bool Wait();  // the result of the operation just started

  grpc::GenericStub stub_;
  grpc::CompletionQueue queue_;
  std::unique_ptr<grpc::GenericClientAsyncReaderWriter> call_;
  bool started_ = false;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_SERVICES_RAW_STREAM_CLIENT_H_
