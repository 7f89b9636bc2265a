"""The html report as a browser renders it: headless Chromium loads `claimcheck check
--format=html` of the examples and of the test articles, and the rendered DOM must show every
claim highlighted exactly once, a chart for every contested figure, a pop-up on hover, a sortable
summary, and nothing fetched from anywhere. A screenshot of the examples is kept as an output.

Run by html_report_test.sh under /usr/bin/python3 (the interpreter with Debian's html5lib).
"""
import json
import os
import struct
import subprocess
import sys
import unittest
import zlib

import html5lib

RUNFILES = os.path.join(os.environ["TEST_SRCDIR"], "claimcheck")
TMP = os.environ["TEST_TMPDIR"]
OUTPUTS = os.environ.get("TEST_UNDECLARED_OUTPUTS_DIR", TMP)
CLI = os.path.join(RUNFILES, "tools/claimcheck")
CHROMIUM = "/usr/bin/chromium"
CONTESTING = {"CONFLICT", "REVISION", "INCONSISTENT"}

# Runs in the page once it has loaded; the test adds it to a copy of the report, never to the
# report itself. It measures what the browser drew and plays a reader's hover and click.
MEASURE = r"""
<script>
window.addEventListener("load", function () {
  var out = {marks: [], charts: [], resources: performance.getEntriesByType("resource").length};
  document.querySelectorAll("mark.claim").forEach(function (m) {
    var box = m.getBoundingClientRect(), style = getComputedStyle(m);
    out.marks.push({id: m.getAttribute("data-claim-id"), flags: m.getAttribute("data-flags"),
                    width: box.width, height: box.height, visible: style.visibility,
                    background: style.backgroundColor, border: style.borderBottomStyle,
                    tag: (m.querySelector(".tag") || {}).textContent || ""});
  });
  document.querySelectorAll("figure.chart").forEach(function (f) {
    var box = f.querySelector("svg").getBoundingClientRect();
    var ids = Array.prototype.map.call(f.querySelectorAll("g.mark"),
                                       function (g) { return g.getAttribute("data-claim-id"); });
    out.charts.push({key: f.getAttribute("data-figure-key"), width: box.width,
                     height: box.height, claims: ids});
  });
  var first = document.querySelector("mark.claim.w-conflict, mark.claim.w-revision");
  first.dispatchEvent(new MouseEvent("mouseover", {bubbles: true}));
  var pop = document.getElementById("pop");
  out.pop = {shown: !pop.hidden && pop.getBoundingClientRect().height > 0, text: pop.textContent};
  var table = document.getElementById("articles-table");
  var claimsHeader = table.tHead.rows[0].cells[2].querySelector("button");
  claimsHeader.click(); claimsHeader.click();  // ascending, then descending
  out.sorted = Array.prototype.map.call(table.tBodies[0].rows,
                                        function (r) { return Number(r.cells[2].textContent); });
  var pre = document.createElement("pre");
  pre.id = "measured";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
</script>
"""


def chromium(*args):
    """Headless Chromium, isolated: its own empty profile, no network services of its own."""
    profile = os.path.join(TMP, "profile-%d" % len(os.listdir(TMP)))
    os.makedirs(profile)
    env = dict(os.environ, HOME=TMP)
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=5000"]
        + list(args),
        capture_output=True, env=env, timeout=120)
    if result.returncode != 0:
        raise AssertionError("chromium failed: %s" % result.stderr.decode(errors="replace")[-2000:])
    return result.stdout.decode("utf-8")


def claimcheck(fmt, *inputs):
    # From the runfiles, so article ids read "examples/01_konotop_frappe.txt".
    result = subprocess.run([CLI, "check", "--format=" + fmt, "--fail_on=none"] + list(inputs),
                            capture_output=True, timeout=120, cwd=RUNFILES)
    if result.returncode != 0:
        raise AssertionError("claimcheck: %s" % result.stderr.decode(errors="replace"))
    return result.stdout.decode("utf-8")


def png_pixels(path):
    """(width, height, rows of bytes) of an 8-bit RGB or RGBA PNG, as Chromium writes them."""
    with open(path, "rb") as f:
        data = f.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", chunk[:10])
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    assert depth == 8 and color in (2, 6), (depth, color)
    bpp = 3 if color == 2 else 4
    raw, stride, rows, prev = zlib.decompress(idat), width * bpp, [], bytearray(width * bpp)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b, c = prev[x], (prev[x - bpp] if x >= bpp else 0)
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


class RenderedReport:
    """One report: what claimcheck says in JSON lines, and what Chromium drew of the html."""

    def __init__(self, name, *inputs):
        self.claims = [json.loads(line) for line in claimcheck("jsonl", *inputs).splitlines()]
        self.html_path = os.path.join(TMP, name + ".html")
        with open(self.html_path, "w", encoding="utf-8") as f:
            f.write(claimcheck("html", *inputs))
        measured_path = os.path.join(TMP, name + ".measured.html")
        with open(self.html_path, encoding="utf-8") as f:
            page = f.read()
        with open(measured_path, "w", encoding="utf-8") as f:
            f.write(page.replace("</body>", MEASURE + "</body>"))
        dom = html5lib.parse(chromium("--dump-dom", "file://" + measured_path),
                             namespaceHTMLElements=False)
        measured = dom.find(".//pre[@id='measured']")
        assert measured is not None, "the page's script did not run"
        self.measured = json.loads(measured.text)

    def contested(self):
        """figure key -> ids of the claims filed under it, for every contested figure."""
        keys = {f["figure_key"] for c in self.claims for f in c["flags"]
                if f["kind"] in CONTESTING}
        return {k: {c["id"] for c in self.claims if c["figure_key"] == k} for k in keys}


class HtmlReportInChromiumTest(unittest.TestCase):
    def check_every_claim_highlighted_once(self, report):
        marks = report.measured["marks"]
        self.assertEqual(sorted(m["id"] for m in marks), sorted(c["id"] for c in report.claims))
        for mark in marks:
            self.assertGreater(mark["width"] * mark["height"], 0, mark)
            self.assertEqual(mark["visible"], "visible", mark)
            if mark["flags"]:
                # Coloured, and named in words for print and for readers without colour.
                self.assertNotEqual(mark["background"], "rgba(0, 0, 0, 0)", mark)
                self.assertTrue(mark["tag"].split(" ")[0] in mark["flags"].split(), mark)
            else:
                self.assertEqual(mark["border"], "dotted", mark)

    def check_every_contested_figure_charted(self, report):
        contested = report.contested()
        self.assertTrue(contested, "the test articles hold no contested figure")
        charts = {c["key"]: c for c in report.measured["charts"]}
        self.assertEqual(set(charts), set(contested))
        for key, ids in contested.items():
            chart = charts[key]
            self.assertGreater(chart["width"] * chart["height"], 100 * 100, chart)
            self.assertGreaterEqual(len(chart["claims"]), 2, chart)
            self.assertTrue(ids <= set(chart["claims"]), (key, ids, chart["claims"]))

    def check_reader_interactions(self, report):
        self.assertEqual(report.measured["resources"], 0, "the page loaded something")
        self.assertTrue(report.measured["pop"]["shown"], "no pop-up on hover")
        self.assertIn("Flags", report.measured["pop"]["text"])
        self.assertEqual(report.measured["sorted"], sorted(report.measured["sorted"], reverse=True))

    def test_examples(self):
        report = RenderedReport("examples", "examples")
        self.check_every_claim_highlighted_once(report)
        self.check_every_contested_figure_charted(report)
        self.check_reader_interactions(report)
        print("examples: %d claims highlighted, %d contested figures charted (%s)" % (
            len(report.measured["marks"]), len(report.measured["charts"]),
            ", ".join("%s: %d marks" % (c["key"], len(c["claims"]))
                      for c in report.measured["charts"])))

        screenshot = os.path.join(OUTPUTS, "examples.png")
        chromium("--window-size=1200,1600", "--hide-scrollbars", "--screenshot=" + screenshot,
                 "file://" + report.html_path)
        width, height, bpp, rows = png_pixels(screenshot)
        self.assertEqual((width, height), (1200, 1600))
        colours = {row[x:x + 3] for row in rows[::7] for x in range(0, width * bpp, 7 * bpp)}
        # A blank or failed page has a handful of colours; text, flags and charts have hundreds.
        self.assertGreater(len(colours), 200, "the screenshot looks empty")

    def test_makiivka(self):
        # 63, then 89, against about 400: a conflict and a revision in one figure.
        report = RenderedReport("makiivka", "tests/testdata")
        self.check_every_claim_highlighted_once(report)
        self.check_every_contested_figure_charted(report)
        self.check_reader_interactions(report)


def setUpModule():
    if not os.path.exists(CHROMIUM):
        raise AssertionError("%s is missing: run tools/setup.sh" % CHROMIUM)


if __name__ == "__main__":
    unittest.main(verbosity=2)
