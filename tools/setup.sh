#!/usr/bin/env bash
# Installs every Debian package that claimcheck's build, tests and tools need.
# Safe to run again; when everything is already installed it only checks and returns.
set -euo pipefail

packages=(
  bazel-bootstrap bazel-rules-java
  g++ pkg-config
  libgrpc++-dev protobuf-compiler-grpc libprotobuf-dev protobuf-compiler
  libabsl-dev libre2-dev libicu-dev libgtest-dev libgmock-dev libbenchmark-dev libgoogle-perftools-dev
  python3 python3-grpcio python3-grpc-tools
  # The html report's tests: a real browser renders it, a strict parser reads it.
  chromium fonts-dejavu-core python3-html5lib
  clang libclang-rt-14-dev clang-tidy
  # tools/code_shape.py finds functions and their lengths with ctags.
  universal-ctags
  # The Redis Cluster backend (--store=redis://...): its client library, and the servers and
  # redis-cli its tests start a real cluster with.
  libhiredis-dev redis-server redis-tools
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "setup: installing ${missing[*]}" >&2
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
