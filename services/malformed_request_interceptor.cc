#include "services/malformed_request_interceptor.h"

namespace claimcheck {
namespace {

using grpc::experimental::InterceptionHookPoints;
using grpc::experimental::ServerRpcInfo;

class MalformedRequestInterceptor : public grpc::experimental::Interceptor {
 public:
  explicit MalformedRequestInterceptor(ServerRpcInfo::Type type)
      : single_request_(type == ServerRpcInfo::Type::UNARY ||
                        type == ServerRpcInfo::Type::SERVER_STREAMING) {}

  void Intercept(grpc::experimental::InterceptorBatchMethods* methods) override {
    // A call with one request message receives exactly one; no message means it did not parse.
    // (On a client stream no message also means the stream ended, so those are left alone.)
    if (single_request_ &&
        methods->QueryInterceptionHookPoint(InterceptionHookPoints::POST_RECV_MESSAGE) &&
        methods->GetRecvMessage() == nullptr) {
      malformed_ = true;
    }
    if (malformed_ &&
        methods->QueryInterceptionHookPoint(InterceptionHookPoints::PRE_SEND_STATUS)) {
      methods->ModifySendStatus(
          grpc::Status(grpc::StatusCode::INVALID_ARGUMENT,
                       "the request is not a valid claimcheck.v1 message; string fields such as "
                       "article.text must be valid UTF-8"));
    }
    methods->Proceed();
  }

 private:
  const bool single_request_;
  bool malformed_ = false;
};

}  // namespace

grpc::experimental::Interceptor* MalformedRequestInterceptorFactory::CreateServerInterceptor(
    ServerRpcInfo* info) {
  return new MalformedRequestInterceptor(info->type());
}

}  // namespace claimcheck
