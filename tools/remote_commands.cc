// `check --server`, `ingest` and `conflicts`: the CLI as a client of claimcheck_server.
#include <chrono>
#include <fstream>
#include <memory>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "claimcheck/v1/claimcheck.grpc.pb.h"
#include "google/protobuf/util/json_util.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/support/channel_arguments.h"
#include "grpcpp/security/credentials.h"
#include "tools/commands.h"
#include "tools/progress_bar.h"

namespace claimcheck {
namespace {

// The largest answer the CLI accepts from a server: a 1 MiB article of dense figures answers
// with about 26 MB.
constexpr int kMaxAnswerBytes = 256 << 20;

absl::Status FromGrpc(const grpc::Status& status, absl::string_view what) {
  return absl::Status(static_cast<absl::StatusCode>(status.error_code()),
                      absl::StrCat(what, ": ", status.error_message()));
}

absl::StatusOr<std::unique_ptr<v1::ClaimCheck::Stub>> Connect(const CliOptions& options) {
  std::shared_ptr<grpc::ChannelCredentials> credentials = grpc::InsecureChannelCredentials();
  if (!options.tls_ca.empty()) {
    std::ifstream in(options.tls_ca, std::ios::binary);
    if (!in) return absl::NotFoundError(absl::StrCat("cannot read --tls_ca ", options.tls_ca));
    std::stringstream pem;
    pem << in.rdbuf();
    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs = pem.str();
    credentials = grpc::SslCredentials(ssl);
  }
  // A long live blog's answer (every claim with its sentence and flags) outgrows gRPC's default
  // 4 MB receive limit well before the server's 1 MiB article limit; the server is trusted.
  grpc::ChannelArguments arguments;
  arguments.SetMaxReceiveMessageSize(kMaxAnswerBytes);
  return v1::ClaimCheck::NewStub(
      grpc::CreateCustomChannel(options.server, credentials, arguments));
}

void Prepare(const CliOptions& options, grpc::ClientContext* context) {
  if (!options.token.empty()) context->AddMetadata("authorization", "Bearer " + options.token);
  context->set_deadline(std::chrono::system_clock::now() +
                        std::chrono::seconds(options.deadline_seconds));
}

std::string Json(const google::protobuf::Message& message) {
  google::protobuf::util::JsonPrintOptions json;
  json.preserve_proto_field_names = true;
  std::string line;
  if (!google::protobuf::util::MessageToJsonString(message, &line, json).ok()) line = "{}";
  return line;
}

bool AnyOf(const google::protobuf::RepeatedPtrField<v1::Flag>& flags, const FlagKindSet& kinds) {
  for (const v1::Flag& flag : flags) {
    if (kinds.count(flag.kind())) return true;
  }
  return false;
}

}  // namespace

absl::StatusOr<std::vector<ArticleReport>> CheckRemotely(const CliOptions& options,
                                                         std::ostream& err,
                                                         const Terminal& terminal) {
  absl::StatusOr<std::vector<v1::Article>> articles = ReadInputs(options, err);
  if (!articles.ok()) return articles.status();
  absl::StatusOr<std::unique_ptr<v1::ClaimCheck::Stub>> stub = Connect(options);
  if (!stub.ok()) return stub.status();
  std::vector<ArticleReport> reports;
  ProgressBar progress(articles->size(), terminal.err_is_tty, err);
  for (v1::Article& article : *articles) {
    grpc::ClientContext context;
    Prepare(options, &context);
    v1::CheckArticleRequest request;
    *request.mutable_article() = article;
    v1::CheckArticleResponse response;
    grpc::Status status = (*stub)->CheckArticle(&context, request, &response);
    if (!status.ok())
      return FromGrpc(status, absl::StrCat(options.server, ": CheckArticle ", article.id()));
    ArticleReport report{std::move(article), {}};
    for (v1::Claim& claim : *response.mutable_claims()) report.claims.push_back(std::move(claim));
    reports.push_back(std::move(report));
    progress.Advance();
  }
  return reports;
}

absl::StatusOr<int> IngestRemotely(const CliOptions& options, std::ostream& out, std::ostream& err,
                                   const Terminal& terminal) {
  absl::StatusOr<std::vector<v1::Article>> articles = ReadInputs(options, err);
  if (!articles.ok()) return articles.status();
  absl::StatusOr<std::unique_ptr<v1::ClaimCheck::Stub>> stub = Connect(options);
  if (!stub.ok()) return stub.status();

  grpc::ClientContext context;
  Prepare(options, &context);
  std::unique_ptr<grpc::ClientReaderWriter<v1::IngestArticleRequest, v1::IngestArticleResponse>>
      stream = (*stub)->IngestArticles(&context);
  ProgressBar progress(articles->size(), terminal.err_is_tty, err);
  size_t changed = 0, claims = 0, raised = 0;
  bool fail = false;
  // One article in flight at a time: each answer says it is stored before the next is sent, so
  // a failure names exactly the first article not stored.
  for (const v1::Article& article : *articles) {
    v1::IngestArticleRequest request;
    *request.mutable_article() = article;
    v1::IngestArticleResponse response;
    if (!stream->Write(request) || !stream->Read(&response)) break;
    progress.Advance();
    changed += response.changed();
    claims += response.claims_size();
    raised += response.flags_size();
    fail = fail || AnyOf(response.flags(), options.fail_on);
    if (options.format == Format::kJsonl) {
      out << Json(response) << "\n";
    } else {
      std::vector<std::string> kinds;
      for (const v1::Flag& flag : response.flags()) kinds.push_back(v1::FlagKind_Name(flag.kind()));
      out << response.article_id() << ": " << response.claims_size()
          << (response.claims_size() == 1 ? " claim, " : " claims, ")
          << (response.changed() ? "stored" : "unchanged") << (kinds.empty() ? "" : ", raised ")
          << absl::StrJoin(kinds, ",") << "\n";
    }
  }
  stream->WritesDone();
  grpc::Status status = stream->Finish();
  if (!status.ok()) return FromGrpc(status, absl::StrCat(options.server, ": IngestArticles"));
  if (options.format == Format::kText) {
    out << articles->size() << " articles sent, " << changed << " changed, " << claims
        << " claims, " << raised << " flags raised\n";
  }
  return fail ? 1 : 0;
}

absl::StatusOr<int> ListConflictsRemotely(const CliOptions& options, std::ostream& out,
                                          const Terminal& terminal) {
  absl::StatusOr<std::unique_ptr<v1::ClaimCheck::Stub>> stub = Connect(options);
  if (!stub.ok()) return stub.status();
  v1::ListConflictsRequest request;
  request.set_page_size(100);
  bool fail = false;
  size_t figures = 0;
  const char* bold = terminal.out_is_tty ? "\033[1m" : "";
  const char* reset = terminal.out_is_tty ? "\033[0m" : "";
  do {
    grpc::ClientContext context;
    Prepare(options, &context);
    v1::ListConflictsResponse page;
    grpc::Status status = (*stub)->ListConflicts(&context, request, &page);
    if (!status.ok()) return FromGrpc(status, absl::StrCat(options.server, ": ListConflicts"));
    for (const v1::Figure& figure : page.figures()) {
      ++figures;
      fail = fail || AnyOf(figure.flags(), options.fail_on);
      if (options.format == Format::kJsonl) {
        out << Json(figure) << "\n";
        continue;
      }
      std::vector<std::string> kinds;
      for (const v1::Flag& flag : figure.flags()) kinds.push_back(v1::FlagKind_Name(flag.kind()));
      out << bold << figure.key() << reset << "  " << absl::StrJoin(kinds, ",") << "  low "
          << figure.low() << ", best " << figure.best() << ", high " << figure.high() << "\n";
      for (const v1::Flag& flag : figure.flags()) {
        if (!flag.reason().empty()) out << "  " << flag.reason() << "\n";
      }
      for (const v1::Claim& claim : figure.claims()) {
        const std::string& source = claim.source().canonical_id().empty()
                                        ? claim.source().text()
                                        : claim.source().canonical_id();
        out << "    " << claim.quantity().text() << "  " << (source.empty() ? "-" : source) << "  "
            << claim.id() << "\n";
      }
    }
    request.set_page_token(page.next_page_token());
  } while (!request.page_token().empty());
  if (options.format == Format::kText) out << figures << " contested figures\n";
  return fail ? 1 : 0;
}

}  // namespace claimcheck
