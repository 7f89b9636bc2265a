"""The html report is valid HTML whatever the articles hold: html5lib (Debian's python3-html5lib)
parses it in strict mode, which raises on the first parse error, and every id is unique and every
link inside the page lands somewhere. Run on the examples, on the test articles, and on hostile
articles: markup, quotes and control characters in the text, the title and the file name.

Run by html_validity_test.sh under /usr/bin/python3.
"""
import json
import os
import subprocess
import unittest

import html5lib

RUNFILES = os.path.join(os.environ["TEST_SRCDIR"], "claimcheck")
TMP = os.environ["TEST_TMPDIR"]
CLI = os.path.join(RUNFILES, "tools/claimcheck")


def report(*inputs, command="check"):
    result = subprocess.run([CLI, command, "--format=html"] + list(inputs),
                            capture_output=True, timeout=120, cwd=RUNFILES)
    if result.returncode not in (0, 1):
        raise AssertionError("claimcheck: %s" % result.stderr.decode(errors="replace"))
    return result.stdout


def hostile_articles():
    folder = os.path.join(TMP, "hostile")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, 'a&b "<i>quoted".txt'), "w", encoding="utf-8") as f:
        f.write(" date 2024-05-01\n<script>alert(1)</script> Le ministère a annoncé que 12 "
                "personnes avaient été tuées à Kharkiv & 3 blessées.\x01\x0c\x1b\x00\x7f "
                "« guillemets » ' \" ]]> <!-- --> \ufdd0\n")
    with open(os.path.join(folder, "wire.jsonl"), "w", encoding="utf-8") as f:
        f.write(json.dumps({
            "id": "x\"><svg onload=alert(2)>", "title": "</title><script>alert(3)</script>",
            "url": "javascript:alert(4)", "outlet": "<b>Wire</b>",
            "publishedAt": "2024-05-02T00:00:00Z",
            "text": "Le gouverneur a déclaré que 25 personnes avaient été tuées à Kharkiv."}) + "\n")
    return folder


class HtmlValidityTest(unittest.TestCase):
    def check(self, page):
        parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
        document = parser.parse(page)  # raises html5lib.html5parser.ParseError
        self.assertEqual(parser.errors, [])
        ids = [e.get("id") for e in document.iter() if e.get("id") is not None]
        self.assertEqual(len(ids), len(set(ids)), "duplicate ids")
        for link in document.iter("a"):
            href = link.get("href") or ""
            if href.startswith("#"):
                self.assertIn(href[1:], ids, "a link to nowhere: %s" % href)
            else:
                self.assertTrue(href.startswith(("http://", "https://")), href)
        # Nothing from an article became markup: the page holds its own one script only.
        self.assertEqual(len(list(document.iter("script"))), 1)
        for tag in ("img", "b", "i", "iframe", "link"):
            self.assertEqual(list(document.iter(tag)), [], tag)
        return document

    def test_examples(self):
        self.check(report("examples"))

    def test_test_articles(self):
        self.check(report("tests/testdata"))

    def test_extract(self):
        self.check(report("examples", command="extract"))

    def test_hostile_articles(self):
        document = self.check(report(hostile_articles()))
        text = "".join(document.find(".//section[@id='articles']").itertext())
        self.assertIn("<script>alert(1", text)  # shown as text, as written
        self.assertIn("\ufffd", text)  # the control characters, replaced
        marks = [m for m in document.iter("mark") if "claim" in m.get("class", "")]
        self.assertGreaterEqual(len(marks), 2)


if __name__ == "__main__":
    unittest.main(verbosity=2)
