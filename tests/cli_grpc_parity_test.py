"""The same bytes through the command line and through gRPC give the same claims and flags.

The server reads what a client sends with the pipeline the CLI uses (article/article_pipeline.h):
a newsroom tool that sends the text of examples/01 and 02 without published_at must see the
Konotop revision that `claimcheck check` shows. The CLI runs in-process (`check`); the server is
the real binary, fed by Debian's grpcio as an outside client would. Ids: a .txt is sent under its
file name (what the CLI gives a file named on its own), a .md with an empty id (its front matter
url then names it on both paths).

The seed articles (../shared/corpus/seeds), decomposed, must give the claims they give as written
(their "De\u0301fense" still the Russian ministry, ru.mod); without ../shared that test is skipped,
saying so.

Run by cli_grpc_parity_test.sh under /usr/bin/python3 (the interpreter that has grpcio).
"""
import json
import os
import subprocess
import sys
import unicodedata
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import python_client_test as e2e  # noqa: E402  (generates the stubs, starts servers)
from google.protobuf import json_format  # noqa: E402

pb = e2e.pb
EXAMPLES = os.path.join(e2e.RUNFILES, "examples")
CLI = os.path.join(e2e.RUNFILES, "tools/claimcheck")
# Every field the two paths must agree on; `id`s name the articles alike on both.
FIELDS = ("id", "article_id", "number_span", "quantity", "metric", "subject", "subject_text",
          "subject_side", "location", "source", "sentence", "language", "published_at",
          "earlier_report", "figure_key", "part_of_claim_id", "article_title", "article_url",
          "article_outlet", "flags")


# ../shared (the seed articles) beside the project, found through the runfiles' source links.
SEEDS = os.path.join(os.path.dirname(os.path.dirname(os.path.realpath(
    os.path.join(EXAMPLES, "01_konotop_frappe.txt")))), os.pardir, "shared", "corpus", "seeds")


def example_paths(*prefixes):
    names = sorted(n for n in os.listdir(EXAMPLES) if n != "README.md")
    return [os.path.join(EXAMPLES, n) for n in names if n.startswith(prefixes)]


def comparable(claim):
    return {k: claim.get(k) for k in FIELDS}


class CliGrpcParityTest(unittest.TestCase):
    def setUp(self):
        self.server = e2e.Server("--max_article_bytes=65536")
        self.stub = self.server.stub

    def tearDown(self):
        self.server.stop()

    def through_cli(self, paths):
        run = subprocess.run([CLI, "check", "--format=jsonl", "--fail_on=none"] + paths,
                             capture_output=True, check=True)
        return [comparable(json.loads(line)) for line in run.stdout.decode().splitlines()]

    def through_grpc(self, paths):
        """Ingests every file's bytes as they are, then each again: the second answer carries the
        flags as they stand once all are in, as `claimcheck check` reports them."""
        articles = []
        for path in paths:
            with open(path, "rb") as f:
                text = f.read().decode("utf-8")
            name = os.path.basename(path)
            articles.append(pb.Article(id="" if name.endswith(".md") else name, text=text))
        writer = e2e.auth(e2e.WRITER)
        answers = [self.stub.IngestArticle(pb.IngestArticleRequest(article=a), metadata=writer)
                   for a in articles]
        for answer in answers:
            self.assertEqual(answer.date.source, pb.DATE_SOURCE_HEADER if not answer.article_id
                             .startswith("http") else pb.DATE_SOURCE_FRONT_MATTER,
                             answer.article_id)
        claims = []
        for a in articles:
            again = self.stub.IngestArticle(pb.IngestArticleRequest(article=a), metadata=writer)
            self.assertFalse(again.changed)
            claims += [comparable(json.loads(json_format.MessageToJson(
                c, preserving_proto_field_name=True, including_default_value_fields=True)))
                for c in again.claims]
        return claims

    def assertSameClaims(self, cli, grpc_claims):
        self.assertEqual(len(cli), len(grpc_claims))
        for mine, theirs in zip(cli, grpc_claims):
            self.assertEqual(mine, theirs)

    def test_konotop_revision_without_published_at(self):
        paths = example_paths("01", "02")
        cli = self.through_cli(paths)
        self.assertSameClaims(cli, self.through_grpc(paths))
        kinds = {f["kind"] for c in cli for f in c["flags"]}
        self.assertIn("REVISION", kinds)

    def test_every_example(self):
        paths = example_paths("0")
        self.assertGreaterEqual(len(paths), 6)
        cli = self.through_cli(paths)
        self.assertSameClaims(cli, self.through_grpc(paths))
        kinds = {f["kind"] for c in cli for f in c["flags"]}
        self.assertTrue({"REVISION", "CONFLICT"} <= kinds, kinds)

    def nfd_copies(self, paths):
        """Copies of `paths` in TMP, decomposed (NFD) and after a byte-order mark."""
        copies = []
        for path in paths:
            with open(path, encoding="utf-8") as f:
                text = "\ufeff" + unicodedata.normalize("NFD", f.read())
            copy = os.path.join(e2e.TMP, os.path.basename(path))
            with open(copy, "w", encoding="utf-8") as f:
                f.write(text)
            copies.append(copy)
        return copies

    def assertSameReading(self, variant_claims, written_claims):
        """The claims of the decomposed copies are those of the articles as written."""
        self.assertEqual(len(variant_claims), len(written_claims))
        for variant, original in zip(variant_claims, written_claims):
            for key in ("quantity", "metric", "subject", "source", "location", "flags"):
                self.assertEqual(json.loads(unicodedata.normalize("NFC", json.dumps(
                    variant[key], ensure_ascii=False))), original[key], key)
            self.assertEqual(unicodedata.normalize("NFC", variant["sentence"]),
                             original["sentence"])

    @unittest.skipUnless(os.path.isdir(SEEDS), "SKIPPED: the seed articles are not there "
                         "(../shared is not beside the project)")
    def test_seed_articles_in_nfd(self):
        written = sorted(os.path.join(SEEDS, n) for n in os.listdir(SEEDS) if n.endswith(".txt"))
        copies = self.nfd_copies(written)
        decomposed = "De\u0301fense"
        texts = []
        for copy in copies:
            with open(copy, encoding="utf-8") as f:
                texts.append(f.read())
        self.assertTrue(any(decomposed in text for text in texts))
        variant_claims = self.through_cli(copies)
        self.assertSameReading(variant_claims, self.through_cli(written))
        self.assertIn("ru.mod", {(c["source"] or {}).get("canonical_id") for c in variant_claims})

    def test_decomposed_text_with_a_byte_order_mark(self):
        """NFD with a BOM: on both paths the same claims as the text as written, spans on the
        bytes received."""
        paths = self.nfd_copies(example_paths("01", "02"))
        cli = self.through_cli(paths)
        self.assertSameClaims(cli, self.through_grpc(paths))
        self.assertSameReading(cli, self.through_cli(example_paths("01", "02")))
        for claim in cli:
            with open(os.path.join(e2e.TMP, claim["article_id"]) if not claim["article_id"]
                      .startswith("http") else paths[1], "rb") as f:
                data = f.read()
            span = data[claim["number_span"]["start"]:claim["number_span"]["end"]].decode()
            self.assertIn(unicodedata.normalize("NFC", span), claim["quantity"]["text"])


if __name__ == "__main__":
    unittest.main()
