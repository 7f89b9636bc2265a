"""End-to-end from Python: Debian's grpcio drives the real claimcheck_server as an outside
newsroom tool would. Stubs are generated at test time from the .proto into TEST_TMPDIR.

Run by python_client_test.sh under /usr/bin/python3 (the interpreter that has grpcio).
"""
import os
import re
import subprocess
import sys
import tempfile
import time
import unittest

import grpc

RUNFILES = os.path.join(os.environ["TEST_SRCDIR"], "claimcheck")
TMP = os.environ.get("TEST_TMPDIR", tempfile.gettempdir())
WRITER, READER = "py-writer", "py-reader"


sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import grpc_stubs  # noqa: E402

pb, pb_grpc = grpc_stubs.load(os.path.join(RUNFILES, "proto"), TMP)


def testdata(name):
    with open(os.path.join(RUNFILES, "tests/testdata", name), encoding="utf-8") as f:
        return f.read()


class Server:
    """The real server binary on a free loopback port."""

    def __init__(self, *flags):
        tokens = os.path.join(TMP, "py-tokens")
        with open(tokens, "w") as f:
            f.write("# python test\n%s writer\n%s reader\n" % (WRITER, READER))
        self.stderr_path = os.path.join(TMP, "py-server-%d.stderr" % time.monotonic_ns())
        self.stderr = open(self.stderr_path, "w")
        self.proc = subprocess.Popen(
            [os.path.join(RUNFILES, "services/claimcheck_server"), "--listen=127.0.0.1:0",
             "--lexicon_dir=" + os.path.join(RUNFILES, "extractors/lexicons"),
             "--auth_token_file=" + tokens, "--max_article_bytes=8192"] + list(flags),
            stderr=self.stderr)
        deadline = time.time() + 30
        while time.time() < deadline:
            with open(self.stderr_path) as f:
                m = re.search(r"listening on (\S+:\d+)\n", f.read())  # the whole line
            if m:
                self.address = m.group(1)
                break
            if self.proc.poll() is not None:
                raise RuntimeError("server exited: " + open(self.stderr_path).read())
            time.sleep(0.02)
        else:
            raise RuntimeError("server never listened")
        self.channel = grpc.insecure_channel(self.address)
        self.stub = pb_grpc.ClaimCheckStub(self.channel)

    def stop(self):
        self.channel.close()
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        self.stderr.close()


def auth(token):
    return (("authorization", "Bearer " + token),)


def article(name):
    """As the CLI sends it: the ` date YYYY-MM-DD` header gives published_at, without which an
    article is compared only with itself."""
    text = testdata(name)
    result = pb.Article(id=name, text=text)
    m = re.match(r" date (\d{4}-\d{2}-\d{2})", text)
    if m:
        result.published_at.FromJsonString(m.group(1) + "T00:00:00Z")
    return result


class PythonClientTest(unittest.TestCase):
    def setUp(self):
        self.server = Server()
        self.stub = self.server.stub

    def tearDown(self):
        self.server.stop()

    def code_of(self, call, *args, **kwargs):
        with self.assertRaises(grpc.RpcError) as raised:
            call(*args, **kwargs)
        return raised.exception.code()

    def test_auth(self):
        self.assertEqual(self.code_of(self.stub.GetStats, pb.GetStatsRequest()),
                         grpc.StatusCode.UNAUTHENTICATED)
        request = pb.IngestArticleRequest(article=article("makiivka_ru_63.txt"))
        self.assertEqual(self.code_of(self.stub.IngestArticle, request, metadata=auth(READER)),
                         grpc.StatusCode.PERMISSION_DENIED)
        self.assertEqual(self.stub.GetStats(pb.GetStatsRequest(), metadata=auth(READER)).articles, 0)

    def test_health_needs_no_token(self):
        check = self.server.channel.unary_unary("/grpc.health.v1.Health/Check")
        # HealthCheckResponse{status: SERVING}: field 1, varint 1.
        self.assertEqual(check(b"", timeout=10), b"\x08\x01")

    def test_idempotent_ingest_and_check_stores_nothing(self):
        request = pb.IngestArticleRequest(article=article("makiivka_ru_89.txt"))
        first = self.stub.IngestArticle(request, metadata=auth(WRITER))
        self.assertTrue(first.changed)
        self.assertGreater(len(first.claims), 0)
        again = self.stub.IngestArticle(request, metadata=auth(WRITER))
        self.assertFalse(again.changed)

        before = self.stub.GetStats(pb.GetStatsRequest(), metadata=auth(READER))
        checked = self.stub.CheckArticle(
            pb.CheckArticleRequest(article=article("makiivka_ua_400.txt")), metadata=auth(READER))
        self.assertGreater(len(checked.claims), 0)
        after = self.stub.GetStats(pb.GetStatsRequest(), metadata=auth(READER))
        self.assertEqual((before.articles, before.claims), (after.articles, after.claims))

    def test_bulk_stream_then_conflicts_and_delete(self):
        names = ["makiivka_ru_63.txt", "makiivka_ru_89.txt", "makiivka_ua_400.txt"]
        requests = (pb.IngestArticleRequest(article=article(n)) for n in names)
        acked = [r.article_id for r in self.stub.IngestArticles(requests, metadata=auth(WRITER))]
        self.assertEqual(acked, names)
        conflicts = self.stub.ListConflicts(pb.ListConflictsRequest(), metadata=auth(READER))
        self.assertGreater(len(conflicts.figures), 0)
        self.stub.DeleteArticle(pb.DeleteArticleRequest(article_id=names[2]), metadata=auth(WRITER))
        self.assertEqual(
            self.code_of(self.stub.DeleteArticle, pb.DeleteArticleRequest(article_id=names[2]),
                         metadata=auth(WRITER)),
            grpc.StatusCode.NOT_FOUND)
        left = self.stub.QueryClaims(pb.QueryClaimsRequest(article_id=names[2]),
                                     metadata=auth(READER))
        self.assertEqual([c for c in left.claims if c.article_id == names[2]], [])

    def test_bad_input_then_still_serving(self):
        empty_id = pb.IngestArticleRequest(article=pb.Article(text="12 morts"))
        self.assertEqual(self.code_of(self.stub.IngestArticle, empty_id, metadata=auth(WRITER)),
                         grpc.StatusCode.INVALID_ARGUMENT)
        too_big = pb.IngestArticleRequest(article=pb.Article(id="big", text="x" * 9000))
        self.assertEqual(self.code_of(self.stub.IngestArticle, too_big, metadata=auth(WRITER)),
                         grpc.StatusCode.INVALID_ARGUMENT)
        # Bytes that are not a protobuf message at all, then an Article whose text is Latin-1.
        raw = self.server.channel.unary_unary("/claimcheck.v1.ClaimCheck/IngestArticle")
        for payload in (b"\xff\xfe\xfd garbage \x00\x01", b"\x0a\x0b\x0a\x01x\x12\x06caf\xe9!!"):
            with self.assertRaises(grpc.RpcError) as raised:
                raw(payload, metadata=auth(WRITER), timeout=10)
            self.assertEqual(raised.exception.code(), grpc.StatusCode.INVALID_ARGUMENT)
        stats = self.stub.GetStats(pb.GetStatsRequest(), metadata=auth(READER))
        self.assertEqual(stats.articles, 0)
        ok = self.stub.IngestArticle(pb.IngestArticleRequest(article=article("kyiv_drones.md")),
                                     metadata=auth(WRITER))
        self.assertTrue(ok.changed)

    def test_stream_names_the_message_that_does_not_parse(self):
        good = pb.IngestArticleRequest(article=article("makiivka_ru_63.txt")).SerializeToString()
        latin1 = b"\x0a\x0b\x0a\x01x\x12\x06caf\xe9!!"
        raw = self.server.channel.stream_stream("/claimcheck.v1.ClaimCheck/IngestArticles")
        replies = []
        with self.assertRaises(grpc.RpcError) as raised:
            for reply in raw(iter([good, latin1, good]), metadata=auth(WRITER), timeout=10):
                replies.append(reply)
        self.assertEqual(raised.exception.code(), grpc.StatusCode.INVALID_ARGUMENT)
        self.assertIn("message #2", raised.exception.details())
        self.assertEqual(len(replies), 1)
        stats = self.stub.GetStats(pb.GetStatsRequest(), metadata=auth(READER))
        self.assertEqual(stats.articles, 1)


if __name__ == "__main__":
    unittest.main()
