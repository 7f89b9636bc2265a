// claimcheck_server: serves the claimcheck.v1.ClaimCheck API over gRPC (see DESIGN.md, "Server").
//
// Stops cleanly on SIGTERM/SIGINT: the signal handler only writes a byte to a pipe; the main
// thread, woken by it, ends WatchFlags streams, lets in-flight calls finish (bounded by a
// deadline), flushes the store and exits 0.
#include <fcntl.h>
#include <signal.h>  // NOLINT(modernize-deprecated-headers): sigaction is POSIX, not <csignal>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/flags/usage_config.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/time/time.h"
#include "extractors/claim_extractor.h"
#include "grpcpp/ext/proto_server_reflection_plugin.h"
#include "grpcpp/health_check_service_interface.h"
#include "grpcpp/security/server_credentials.h"
#include "grpcpp/server.h"
#include "grpcpp/server_builder.h"
#include "services/auth.h"
#include "services/claimcheck_service.h"
#include "services/listen_policy.h"
#include "services/malformed_request_interceptor.h"
#include "store/claim_store.h"
#include "tools/version.h"

ABSL_FLAG(std::string, listen, "127.0.0.1:50051",
          "address to listen on, HOST:PORT; port 0 picks a free port (printed on stderr)");
ABSL_FLAG(std::string, data_dir, "",
          "folder for the durable log and snapshots; empty: memory only");
ABSL_FLAG(std::string, store, "memory",
          "memory (in this process; durable with --data_dir), or "
          "redis://HOST:PORT[,HOST:PORT...]: the seed nodes of a Redis Cluster that any number "
          "of claimcheck_server front ends share");
ABSL_FLAG(int32_t, redis_wait_replicas, 1,
          "with --store=redis://: an ingest or delete is acknowledged once each master it wrote "
          "to has this many replicas holding the writes (WAIT), or all it has if fewer; 0: once "
          "on the masters");
ABSL_FLAG(int32_t, redis_wait_ms, 2000,
          "with --store=redis://: how long WAIT waits for the replicas; then the call is "
          "UNAVAILABLE (what it wrote stays, on the master)");
ABSL_FLAG(std::string, redis_key_prefix, "claimcheck",
          "with --store=redis://: the prefix of every key, so that several independent stores "
          "may share one cluster");
ABSL_FLAG(std::string, auth_token_file, "",
          "file of `TOKEN ROLE` lines (role reader|writer); clients send "
          "`authorization: Bearer TOKEN`");
ABSL_FLAG(std::string, tls_cert, "", "PEM certificate chain; with --tls_key, serve TLS");
ABSL_FLAG(std::string, tls_key, "", "PEM private key for --tls_cert");
ABSL_FLAG(int64_t, max_article_bytes, 1 << 20, "largest article text accepted, in bytes");
ABSL_FLAG(int64_t, max_id_bytes, 1024,
          "longest article id accepted, in bytes (each claim id repeats it)");
ABSL_FLAG(int64_t, max_claims_per_article, 20000,
          "most claims one article may yield; more is INVALID_ARGUMENT");
ABSL_FLAG(int64_t, max_watchers, 64, "WatchFlags streams at once, in all (0: no limit)");
ABSL_FLAG(int64_t, max_watchers_per_token, 8,
          "WatchFlags streams at once per token (0: no limit; without tokens, unused)");
ABSL_FLAG(int64_t, snapshot_every, 10000,
          "write a snapshot (and start a new log) after this many logged writes (0: only at "
          "shutdown)");
ABSL_FLAG(bool, recover_truncate, false,
          "when --data_dir holds damage a crash cannot explain, keep what is intact, say what "
          "was dropped and move the damaged files to data_dir/damaged-<time>/, instead of "
          "refusing to start");
ABSL_FLAG(bool, allow_insecure, false,
          "without --auth_token_file, listen on a non-loopback address anyway");
ABSL_FLAG(std::string, lexicon_dir, "", "extractor lexicon folder; empty: the one shipped");
ABSL_FLAG(int32_t, shutdown_grace_ms, 4000,
          "on SIGTERM, how long in-flight calls may take before they are cancelled");

namespace {

int signal_pipe[2] = {-1, -1};

void OnSignal(int) {
  const char byte = 1;
  // write() is async-signal-safe; a full pipe already means a stop is under way.
  ssize_t ignored = write(signal_pipe[1], &byte, 1);
  (void)ignored;
}

absl::StatusOr<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError("cannot read " + path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

absl::StatusOr<std::shared_ptr<grpc::ServerCredentials>> Credentials() {
  const std::string cert = absl::GetFlag(FLAGS_tls_cert), key = absl::GetFlag(FLAGS_tls_key);
  if (cert.empty() && key.empty()) return grpc::InsecureServerCredentials();
  if (cert.empty() || key.empty()) {
    return absl::InvalidArgumentError("--tls_cert and --tls_key go together");
  }
  absl::StatusOr<std::string> cert_pem = ReadWholeFile(cert);
  if (!cert_pem.ok()) return cert_pem.status();
  absl::StatusOr<std::string> key_pem = ReadWholeFile(key);
  if (!key_pem.ok()) return key_pem.status();
  grpc::SslServerCredentialsOptions options;
  options.pem_key_cert_pairs.push_back({*key_pem, *cert_pem});
  return grpc::SslServerCredentials(options);
}

// The transport's own limit on a request: well above the article limit, so that an article over
// --max_article_bytes reaches the service and is refused there, by a message naming the limit,
// the article and its size, rather than by gRPC's anonymous RESOURCE_EXHAUSTED. Past this
// ceiling gRPC still refuses a message before reading it: the server never buffers more.
int TransportLimit(int64_t max_article_bytes) {
  constexpr int64_t kAtLeast = int64_t{64} << 20;
  return static_cast<int>(std::min<int64_t>(
      std::max(kAtLeast, 4 * max_article_bytes + (1 << 20)), INT32_MAX));
}

// `claimcheck_server --help` lists the flags defined here (Abseil's default looks for a file
// named after the program), and --version prints the release.
void ConfigureUsage() {
  absl::SetProgramUsageMessage(
      "Serves the claimcheck.v1.ClaimCheck gRPC API.\n"
      "Usage: claimcheck_server [--listen=HOST:PORT] [--data_dir=DIR | "
      "--store=redis://HOST:PORT[,HOST:PORT...]] [--auth_token_file=FILE] [FLAGS]");
  absl::FlagsUsageConfig config;
  const auto ours = [](absl::string_view file) {
    return absl::EndsWith(file, "services/server_main.cc");
  };
  config.contains_help_flags = ours;
  config.contains_helpshort_flags = ours;
  config.version_string = [] {
    return absl::StrCat("claimcheck_server ", claimcheck::kClaimcheckVersion,
                        " (API claimcheck.v1)\n");
  };
  absl::SetFlagsUsageConfig(config);
}

int Fail(const absl::Status& status) {
  std::cerr << "claimcheck_server: " << status << "\n";
  return 2;
}

// The tokens of --auth_token_file, or none without it.
absl::StatusOr<std::optional<claimcheck::TokenTable>> ReadTokens() {
  const std::string path = absl::GetFlag(FLAGS_auth_token_file);
  if (path.empty()) return std::optional<claimcheck::TokenTable>();
  absl::StatusOr<claimcheck::TokenTable> table = claimcheck::TokenTable::ReadFile(path);
  if (!table.ok()) return table.status();
  return std::optional<claimcheck::TokenTable>(*std::move(table));
}

// The limits must be usable before anything starts: a zero limit would refuse every article.
absl::Status CheckLimitFlags() {
  for (const auto& [name, value] :
       {std::make_pair("--max_article_bytes", absl::GetFlag(FLAGS_max_article_bytes)),
        std::make_pair("--max_id_bytes", absl::GetFlag(FLAGS_max_id_bytes)),
        std::make_pair("--max_claims_per_article", absl::GetFlag(FLAGS_max_claims_per_article))}) {
    if (value <= 0) return absl::InvalidArgumentError(std::string(name) + " must be positive");
  }
  if (absl::GetFlag(FLAGS_max_watchers) < 0 || absl::GetFlag(FLAGS_max_watchers_per_token) < 0) {
    return absl::InvalidArgumentError("--max_watchers* must not be negative");
  }
  return absl::OkStatus();
}

claimcheck::ServiceOptions ServiceOptionsFromFlags() {
  claimcheck::ServiceOptions options;
  options.max_article_bytes = static_cast<size_t>(absl::GetFlag(FLAGS_max_article_bytes));
  options.max_id_bytes = static_cast<size_t>(absl::GetFlag(FLAGS_max_id_bytes));
  options.max_claims_per_article =
      static_cast<size_t>(absl::GetFlag(FLAGS_max_claims_per_article));
  options.max_watchers = static_cast<size_t>(absl::GetFlag(FLAGS_max_watchers));
  options.max_watchers_per_token = static_cast<size_t>(absl::GetFlag(FLAGS_max_watchers_per_token));
  return options;
}

absl::StatusOr<std::unique_ptr<claimcheck::ClaimStore>> OpenStore() {
  claimcheck::StoreOptions options;
  options.backend = absl::GetFlag(FLAGS_store);
  options.redis.key_prefix = absl::GetFlag(FLAGS_redis_key_prefix);
  options.redis.replicas_acked = absl::GetFlag(FLAGS_redis_wait_replicas);
  options.redis.replica_timeout = absl::Milliseconds(absl::GetFlag(FLAGS_redis_wait_ms));
  options.data_dir = absl::GetFlag(FLAGS_data_dir);
  if (options.backend != "memory" && !options.data_dir.empty()) {
    return absl::InvalidArgumentError(
        "--data_dir is the memory store's; a Redis Cluster keeps its own data (--store=memory "
        "with --data_dir, or --store=redis://... without)");
  }
  if (options.redis.replicas_acked < 0 || absl::GetFlag(FLAGS_redis_wait_ms) <= 0) {
    return absl::InvalidArgumentError(
        "--redis_wait_replicas must not be negative and --redis_wait_ms must be positive");
  }
  options.recover_truncate = absl::GetFlag(FLAGS_recover_truncate);
  options.snapshot_every = absl::GetFlag(FLAGS_snapshot_every);
  return claimcheck::ClaimStore::Open(options);
}

// SIGTERM and SIGINT only write a byte to signal_pipe; WaitForStopSignal() reads it.
absl::Status InstallSignalHandlers() {
  if (pipe2(signal_pipe, O_CLOEXEC) != 0) {
    return absl::InternalError("cannot create the signal pipe");
  }
  struct sigaction action = {};
  action.sa_handler = OnSignal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGTERM, &action, nullptr);
  sigaction(SIGINT, &action, nullptr);
  signal(SIGPIPE, SIG_IGN);
  return absl::OkStatus();
}

void WaitForStopSignal() {
  char byte;
  while (read(signal_pipe[0], &byte, 1) < 0 && errno == EINTR) {
  }
}

// Builds and starts the server on --listen; *port is the port it got (--listen may say 0).
absl::StatusOr<std::unique_ptr<grpc::Server>> StartServer(
    const std::string& listen, const std::shared_ptr<grpc::ServerCredentials>& credentials,
    claimcheck::ClaimCheckService* service, int* port) {
  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();
  grpc::ServerBuilder builder;
  builder.AddListeningPort(listen, credentials, port);
  builder.SetMaxReceiveMessageSize(TransportLimit(absl::GetFlag(FLAGS_max_article_bytes)));
  builder.RegisterService(service);
  std::vector<std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>> interceptors;
  interceptors.push_back(std::make_unique<claimcheck::MalformedRequestInterceptorFactory>());
  builder.experimental().SetInterceptorCreators(std::move(interceptors));
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  if (server == nullptr || *port == 0) {
    return absl::UnavailableError("cannot listen on " + listen);
  }
  // The standard health service answers for the server ("") and for the API by its name.
  server->GetHealthCheckService()->SetServingStatus(claimcheck::v1::ClaimCheck::service_full_name(),
                                                     true);
  return server;
}

// Stops accepting, ends watch streams, lets in-flight calls finish within the grace period,
// then flushes the store: 0 when everything acknowledged is on disk.
int DrainAndFlush(grpc::Server& server, claimcheck::ClaimCheckService& service,
                  claimcheck::ClaimStore& store) {
  std::cerr << "claimcheck_server: stopping" << std::endl;
  server.GetHealthCheckService()->Shutdown();  // NOT_SERVING: balancers stop sending calls
  service.BeginShutdown();
  server.Shutdown(std::chrono::system_clock::now() +
                  std::chrono::milliseconds(absl::GetFlag(FLAGS_shutdown_grace_ms)));
  server.Wait();
  if (absl::Status flushed = store.Flush(); !flushed.ok()) {
    std::cerr << "claimcheck_server: flush failed: " << flushed << std::endl;
    return 1;
  }
  std::cerr << "claimcheck_server: stopped" << std::endl;
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  ConfigureUsage();
  absl::ParseCommandLine(argc, argv);

  absl::StatusOr<std::optional<claimcheck::TokenTable>> tokens = ReadTokens();
  if (!tokens.ok()) return Fail(tokens.status());
  const bool has_tokens = tokens->has_value();
  const std::string listen = absl::GetFlag(FLAGS_listen);
  if (absl::Status s = claimcheck::CheckListenPolicy(listen, has_tokens,
                                                     absl::GetFlag(FLAGS_allow_insecure));
      !s.ok()) {
    return Fail(s);
  }
  if (absl::Status s = CheckLimitFlags(); !s.ok()) return Fail(s);
  absl::StatusOr<std::shared_ptr<grpc::ServerCredentials>> credentials = Credentials();
  if (!credentials.ok()) return Fail(credentials.status());

  std::string lexicon_dir = absl::GetFlag(FLAGS_lexicon_dir);
  if (lexicon_dir.empty()) lexicon_dir = claimcheck::DefaultLexiconDir();
  absl::StatusOr<std::unique_ptr<claimcheck::ClaimExtractor>> extractor =
      claimcheck::ClaimExtractor::Create(lexicon_dir);
  if (!extractor.ok()) return Fail(extractor.status());
  absl::StatusOr<std::unique_ptr<claimcheck::ClaimStore>> store = OpenStore();
  if (!store.ok()) return Fail(store.status());
  claimcheck::ClaimCheckService service(extractor->get(), store->get(), *std::move(tokens),
                                        ServiceOptionsFromFlags());
  if (absl::Status s = InstallSignalHandlers(); !s.ok()) return Fail(s);

  const std::string warning = claimcheck::ListenWarning(
      listen, has_tokens, !absl::GetFlag(FLAGS_tls_cert).empty());
  if (!warning.empty()) std::cerr << "claimcheck_server: " << warning << std::endl;
  int port = 0;
  absl::StatusOr<std::unique_ptr<grpc::Server>> server =
      StartServer(listen, *credentials, &service, &port);
  if (!server.ok()) return Fail(server.status());
  const std::string host = listen.substr(0, listen.rfind(':'));
  // One write: std::cerr is unbuffered, and a test that reads the line while it is half written
  // would take "127.0.0.1:" for the address (gRPC reads it as port 0).
  std::cerr << absl::StrCat("claimcheck_server listening on ", host, ":", port, "\n") << std::flush;

  WaitForStopSignal();
  return DrainAndFlush(**server, service, **store);
}
