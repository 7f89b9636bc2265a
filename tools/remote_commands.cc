// `check --server`, `ingest` and `conflicts`: the CLI as a client of claimcheck_server.
#include <chrono>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "claimcheck/v1/claimcheck.grpc.pb.h"
#include "extractors/claim_extractor.h"
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

// The lexicons, so that an article is dated as the server will date it ("Publié le 18/11/2018")
// before the command says it has no date; nullptr when they cannot be loaded here (the server
// still dates what it reads).
std::unique_ptr<ClaimExtractor> LocalDater(const CliOptions& options) {
  absl::StatusOr<std::unique_ptr<ClaimExtractor>> extractor = ClaimExtractor::Create(
      options.lexicon_dir.empty() ? DefaultLexiconDir() : options.lexicon_dir);
  return extractor.ok() ? *std::move(extractor) : nullptr;
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

// True when the server refused this article for what it is (too large, not UTF-8...): the batch
// skips it and goes on. Any other failure (unreachable, unauthenticated, out of time) would
// fail every article alike and ends the batch.
bool RefusesTheArticle(grpc::StatusCode code) {
  return code == grpc::StatusCode::INVALID_ARGUMENT ||
         code == grpc::StatusCode::RESOURCE_EXHAUSTED ||
         code == grpc::StatusCode::FAILED_PRECONDITION || code == grpc::StatusCode::OUT_OF_RANGE;
}

bool AnyOf(const google::protobuf::RepeatedPtrField<v1::Flag>& flags, const FlagKindSet& kinds) {
  for (const v1::Flag& flag : flags) {
    if (kinds.count(flag.kind())) return true;
  }
  return false;
}


// The claims the checked ones name as related but the batch does not hold: the stored claims
// they were compared with, for the html report's charts and links. Read by article, at most
// kMaxRecordArticles of them.
absl::StatusOr<std::vector<v1::Claim>> FetchRelatedClaims(v1::ClaimCheck::Stub* stub,
                                                          const CliOptions& options,
                                                          const BatchReport& batch) {
  constexpr size_t kMaxRecordArticles = 200;
  std::set<std::string> have, wanted, articles;
  for (const ArticleReport& report : batch.articles) {
    for (const v1::Claim& claim : report.claims) have.insert(claim.id());
  }
  for (const ArticleReport& report : batch.articles) {
    for (const v1::Claim& claim : report.claims) {
      for (const v1::Flag& flag : claim.flags()) {
        for (const std::string& id : flag.related_claim_ids()) {
          if (have.count(id)) continue;
          wanted.insert(id);
          const size_t hash = id.rfind('#');
          if (hash != std::string::npos && articles.size() < kMaxRecordArticles) {
            articles.insert(id.substr(0, hash));
          }
        }
      }
    }
  }
  std::vector<v1::Claim> found;
  for (const std::string& article : articles) {
    v1::QueryClaimsRequest request;
    request.set_article_id(article);
    do {
      grpc::ClientContext context;
      Prepare(options, &context);
      v1::QueryClaimsResponse page;
      grpc::Status status = stub->QueryClaims(&context, request, &page);
      if (!status.ok()) return FromGrpc(status, absl::StrCat(options.server, ": QueryClaims"));
      for (v1::Claim& claim : *page.mutable_claims()) {
        if (wanted.erase(claim.id())) found.push_back(std::move(claim));
      }
      request.set_page_token(page.next_page_token());
    } while (!request.page_token().empty());
  }
  return found;
}

}  // namespace

absl::StatusOr<BatchReport> CheckRemotely(const CliOptions& options, std::istream& in,
                                          std::ostream& err, const Terminal& terminal) {
  SkipLog skips(err);
  std::vector<v1::Article> articles = ReadInputs(options, in, err, &skips, LocalDater(options).get());
  absl::StatusOr<std::unique_ptr<v1::ClaimCheck::Stub>> stub = Connect(options);
  if (!stub.ok()) return stub.status();
  BatchReport batch;
  ProgressBar progress(articles.size(), terminal.err_is_tty, err);
  for (v1::Article& article : articles) {
    progress.Advance();
    if (absl::Status decodes = CheckDecodes(article); !decodes.ok()) {
      skips.Skip(article.id(), decodes.message(), &progress);
      continue;
    }
    grpc::ClientContext context;
    Prepare(options, &context);
    v1::CheckArticleRequest request;
    *request.mutable_article() = article;
    v1::CheckArticleResponse response;
    grpc::Status status = (*stub)->CheckArticle(&context, request, &response);
    if (!status.ok() && RefusesTheArticle(status.error_code())) {
      skips.Skip(article.id(), absl::StrCat("the server refused it: ", status.error_message()),
                 &progress);
      continue;
    }
    if (!status.ok()) {
      return FromGrpc(status, absl::StrCat(options.server, ": CheckArticle ", article.id()));
    }
    ArticleReport report{std::move(article), {}};
    for (v1::Claim& claim : *response.mutable_claims()) report.claims.push_back(std::move(claim));
    batch.articles.push_back(std::move(report));
  }
  if (options.format == Format::kHtml) {
    absl::StatusOr<std::vector<v1::Claim>> related = FetchRelatedClaims(stub->get(), options, batch);
    if (!related.ok()) return related.status();
    batch.context_claims = *std::move(related);
  }
  batch.skipped = skips.Take();
  return batch;
}

namespace {

// What an ingest reports at the end, and whether it fails.
struct IngestTally {
  size_t sent = 0, changed = 0, claims = 0, raised = 0;
  bool fail = false;
};

void ReportIngested(const CliOptions& options, const v1::IngestArticleResponse& response,
                    IngestTally* tally, std::ostream& out) {
  ++tally->sent;
  tally->changed += response.changed();
  tally->claims += response.claims_size();
  tally->raised += response.flags_size();
  tally->fail = tally->fail || AnyOf(response.flags(), options.fail_on);
  if (options.format == Format::kJsonl) {
    out << Json(response) << "\n";
    return;
  }
  std::vector<std::string> kinds;
  for (const v1::Flag& flag : response.flags()) kinds.push_back(v1::FlagKind_Name(flag.kind()));
  out << response.article_id() << ": " << response.claims_size()
      << (response.claims_size() == 1 ? " claim, " : " claims, ")
      << (response.changed() ? "stored" : "unchanged") << (kinds.empty() ? "" : ", raised ")
      << absl::StrJoin(kinds, ",") << "\n";
}

// Sends articles[*next...] on one IngestArticles stream, one in flight at a time: each answer
// says it is stored before the next is sent, so a failure names exactly the first article not
// stored. Advances *next past every article stored. The stream's final status: an error means
// articles[*next] was not stored.
grpc::Status IngestOnOneStream(v1::ClaimCheck::Stub* stub, const CliOptions& options,
                               const std::vector<v1::Article>& articles, size_t* next,
                               IngestTally* tally, ProgressBar* progress, std::ostream& out) {
  grpc::ClientContext context;
  Prepare(options, &context);
  std::unique_ptr<grpc::ClientReaderWriter<v1::IngestArticleRequest, v1::IngestArticleResponse>>
      stream = stub->IngestArticles(&context);
  for (; *next < articles.size(); ++*next) {
    v1::IngestArticleRequest request;
    *request.mutable_article() = articles[*next];
    v1::IngestArticleResponse response;
    if (!stream->Write(request) || !stream->Read(&response)) break;
    progress->Advance();
    ReportIngested(options, response, tally, out);
  }
  stream->WritesDone();
  return stream->Finish();
}

}  // namespace

absl::StatusOr<int> IngestRemotely(const CliOptions& options, std::istream& in, std::ostream& out,
                                   std::ostream& err, const Terminal& terminal) {
  SkipLog skips(err);
  std::vector<v1::Article> articles;
  for (v1::Article& article : ReadInputs(options, in, err, &skips, LocalDater(options).get())) {
    if (absl::Status decodes = CheckDecodes(article); !decodes.ok()) {
      skips.Skip(article.id(), decodes.message());
    } else {
      articles.push_back(std::move(article));
    }
  }
  absl::StatusOr<std::unique_ptr<v1::ClaimCheck::Stub>> stub = Connect(options);
  if (!stub.ok()) return stub.status();

  ProgressBar progress(articles.size(), terminal.err_is_tty, err);
  IngestTally tally;
  size_t next = 0;
  while (next < articles.size()) {
    grpc::Status status =
        IngestOnOneStream(stub->get(), options, articles, &next, &tally, &progress, out);
    if (status.ok() && next < articles.size()) {
      status = grpc::Status(grpc::StatusCode::UNAVAILABLE,
                            absl::StrCat("the stream ended before ", articles[next].id(),
                                         " was stored"));
    }
    if (status.ok()) break;
    if (!RefusesTheArticle(status.error_code())) {
      return FromGrpc(status, absl::StrCat(options.server, ": IngestArticles"));
    }
    // The server refused this one article; the ones before it are stored. Go on after it.
    skips.Skip(articles[next].id(), absl::StrCat("the server refused it: ", status.error_message()),
               &progress);
    progress.Advance();
    ++next;
  }
  const size_t skipped = skips.Take().size();
  if (options.format == Format::kText) {
    out << tally.sent << " articles sent, " << tally.changed << " changed, " << tally.claims
        << " claims, " << tally.raised << " flags raised";
    if (skipped > 0) out << ", " << skipped << " skipped";
    out << "\n";
  }
  if (skipped > 0) return 2;
  return tally.fail ? 1 : 0;
}

namespace {

// One figure of `conflicts --format=text`: its key, flags, summary, each distinct reason once,
// and its claims.
void WriteFigureText(const v1::Figure& figure, const Terminal& terminal, std::ostream& out) {
  const char* bold = terminal.color ? "\033[1m" : "";
  const char* reset = terminal.color ? "\033[0m" : "";
  std::vector<std::string> kinds;
  for (const v1::Flag& flag : figure.flags()) kinds.push_back(v1::FlagKind_Name(flag.kind()));
  out << bold << figure.key() << reset << "  " << absl::StrJoin(kinds, ",") << "  low "
      << figure.low() << ", best " << figure.best() << ", high " << figure.high() << "\n";
  std::set<std::string> printed;
  for (const v1::Flag& flag : figure.flags()) {
    if (!flag.reason().empty() && printed.insert(flag.reason()).second) {
      out << "  " << flag.reason() << "\n";
    }
  }
  for (const v1::Claim& claim : figure.claims()) {
    const std::string& source = claim.source().canonical_id().empty()
                                    ? claim.source().text()
                                    : claim.source().canonical_id();
    out << "    " << AmountWithUnit(claim.quantity().text(), claim.quantity()) << "  "
        << (source.empty() ? "-" : source) << "  " << claim.id() << "\n";
  }
}

}  // namespace

absl::StatusOr<int> ListConflictsRemotely(const CliOptions& options, std::ostream& out,
                                          const Terminal& terminal) {
  absl::StatusOr<std::unique_ptr<v1::ClaimCheck::Stub>> stub = Connect(options);
  if (!stub.ok()) return stub.status();
  v1::ListConflictsRequest request;
  request.set_page_size(100);
  bool fail = false;
  size_t figures = 0;
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
      } else {
        WriteFigureText(figure, terminal, out);
      }
    }
    request.set_page_token(page.next_page_token());
  } while (!request.page_token().empty());
  if (options.format == Format::kText) out << figures << " contested figures\n";
  return fail ? 1 : 0;
}

}  // namespace claimcheck
