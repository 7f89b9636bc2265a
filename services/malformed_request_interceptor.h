// MalformedRequestInterceptorFactory makes a request whose bytes do not parse as its message an
// INVALID_ARGUMENT error. Without it gRPC answers INTERNAL with an empty message, which tells a
// client nothing, and proto3 parsing fails exactly when a string field is not valid UTF-8: the
// most likely client mistake (an article read as Latin-1), which DESIGN.md makes INVALID_ARGUMENT.
//
// Usage:
//   std::vector<std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>> f;
//   f.push_back(std::make_unique<MalformedRequestInterceptorFactory>());
//   builder.experimental().SetInterceptorCreators(std::move(f));
//
// Thread safety: gRPC creates one interceptor per call; the factory is stateless.
#ifndef CLAIMCHECK_SERVICES_MALFORMED_REQUEST_INTERCEPTOR_H_
#define CLAIMCHECK_SERVICES_MALFORMED_REQUEST_INTERCEPTOR_H_

#include "grpcpp/support/server_interceptor.h"

namespace claimcheck {

class MalformedRequestInterceptorFactory
    : public grpc::experimental::ServerInterceptorFactoryInterface {
 public:
  grpc::experimental::Interceptor* CreateServerInterceptor(
      grpc::experimental::ServerRpcInfo* info) override;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_SERVICES_MALFORMED_REQUEST_INTERCEPTOR_H_
