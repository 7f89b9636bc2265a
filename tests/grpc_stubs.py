"""Python stubs for the claimcheck API, generated at run time from the .proto, for the tests that
drive the real server from Python (python_client_test.py, crash_test.py).

    import grpc_stubs
    pb, pb_grpc = grpc_stubs.load(proto_root, out_dir)

Debian's python3-grpc-tools bundles protoc 3.6, which predates proto3 `optional`; the system
protoc (3.21, matching python3-protobuf) with grpc's Python plugin reads our .proto.
"""
import os
import subprocess
import sys


def load(proto_root, out_dir):
    """Generates claimcheck_pb2 and claimcheck_pb2_grpc under out_dir and imports them."""
    out = os.path.join(out_dir, "pystubs")
    os.makedirs(out, exist_ok=True)
    subprocess.run(
        ["/usr/bin/protoc", "-I" + proto_root, "-I/usr/include",
         "--plugin=protoc-gen-grpc_python=/usr/bin/grpc_python_plugin",
         "--python_out=" + out, "--grpc_python_out=" + out,
         os.path.join(proto_root, "claimcheck/v1/claimcheck.proto")],
        check=True)
    sys.path.insert(0, out)
    from claimcheck.v1 import claimcheck_pb2, claimcheck_pb2_grpc  # noqa: E402
    return claimcheck_pb2, claimcheck_pb2_grpc
