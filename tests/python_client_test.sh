#!/bin/sh
# Runs the Python end-to-end test under Debian's interpreter, the one with grpcio and grpc_tools.
exec /usr/bin/python3 "$TEST_SRCDIR/claimcheck/tests/python_client_test.py" "$@"
