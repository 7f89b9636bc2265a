#include "services/raw_stream_client.h"

#include <utility>

#include "grpcpp/support/byte_buffer.h"

namespace claimcheck {

RawStreamClient::RawStreamClient(std::shared_ptr<grpc::Channel> channel,
                                 const std::string& method, grpc::ClientContext* context)
    : stub_(std::move(channel)), call_(stub_.PrepareCall(context, method, &queue_)) {
  call_->StartCall(this);
  started_ = Wait();
}

RawStreamClient::~RawStreamClient() {
  queue_.Shutdown();
  void* tag;
  bool ok;
  while (queue_.Next(&tag, &ok)) {
  }
}

bool RawStreamClient::Wait() {
  void* tag = nullptr;
  bool ok = false;
  return queue_.Next(&tag, &ok) && ok;
}

bool RawStreamClient::Write(const std::string& bytes) {
  if (!started_) return false;
  grpc::Slice slice(bytes);
  grpc::ByteBuffer buffer(&slice, 1);
  call_->Write(buffer, this);
  return Wait();
}

std::optional<std::string> RawStreamClient::Read() {
  if (!started_) return std::nullopt;
  grpc::ByteBuffer buffer;
  call_->Read(&buffer, this);
  if (!Wait()) return std::nullopt;
  std::string bytes;
  std::vector<grpc::Slice> slices;
  if (!buffer.Dump(&slices).ok()) return std::nullopt;
  for (const grpc::Slice& slice : slices) {
    bytes.append(reinterpret_cast<const char*>(slice.begin()), slice.size());
  }
  return bytes;
}

bool RawStreamClient::WritesDone() {
  if (!started_) return false;
  call_->WritesDone(this);
  return Wait();
}

grpc::Status RawStreamClient::Finish() {
  grpc::Status status;
  call_->Finish(&status, this);
  Wait();
  return status;
}

}  // namespace claimcheck
