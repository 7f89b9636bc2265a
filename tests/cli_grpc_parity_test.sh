#!/bin/sh
# Runs the CLI/gRPC parity test under Debian's interpreter, the one with grpcio.
exec /usr/bin/python3 "$TEST_SRCDIR/claimcheck/tests/cli_grpc_parity_test.py" "$@"
