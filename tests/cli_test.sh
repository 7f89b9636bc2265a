#!/bin/bash
# End-to-end for the claimcheck CLI: exit codes, the three formats, and the --server commands
# against the real server binary.
set -u
R="$TEST_SRCDIR/claimcheck"
CLI="$R/tools/claimcheck"
DATA="$R/tests/testdata"
T="$TEST_TMPDIR"
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
expect_exit() {  # expect_exit CODE DESCRIPTION -- COMMAND...
  local want=$1 what=$2; shift 3
  "$@" >"$T/out" 2>"$T/err"
  local got=$?
  [ "$got" -eq "$want" ] || fail "$what: exit $got, want $want; stderr: $(head -c 500 "$T/err")"
}

# In-process check: the test articles hold a conflict (63/89 vs about 400) and a revision.
expect_exit 1 "check finds the conflict" -- "$CLI" check "$DATA"
grep -q "conflict" "$T/out" || fail "text summary names no conflict"
grep -q "»63«" "$T/out" || fail "text report does not mark the number in its sentence"
grep -q $'\033' "$T/out" && fail "colour codes written to a file"
expect_exit 0 "--fail_on=none" -- "$CLI" check --fail_on=none "$DATA"
expect_exit 1 "--fail_on=REVISION" -- "$CLI" check --fail_on=REVISION "$DATA/makiivka_ru_63.txt" "$DATA/makiivka_ru_89.txt"
expect_exit 0 "one article alone has nothing to contradict" -- "$CLI" check "$DATA/kyiv_drones.md"

# JSON lines: every line a Claim with the fields DESIGN.md lists, spans pointing at the number.
expect_exit 1 "check --format=jsonl" -- "$CLI" check --format=jsonl "$DATA"
/usr/bin/python3 - "$T/out" "$DATA" <<'PY' || fail "jsonl output is not what DESIGN.md promises"
import json, os, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
assert lines, "no claims"
# An article's id: its path relative to the folder named, or its front matter's url.
files = {n: open(os.path.join(sys.argv[2], n), "rb").read() for n in os.listdir(sys.argv[2])}
def text_of(article_id):
    if article_id in files:
        return files[article_id]
    [text] = [t for t in files.values() if b"url: " + article_id.encode() + b"\n" in t]
    return text
for line in lines:
    c = json.loads(line)
    for key in ("id", "article_id", "number_span", "quantity", "metric", "subject", "sentence"):
        assert key in c, key
    text = text_of(c["article_id"])
    span = text[c["number_span"]["start"]:c["number_span"]["end"]].decode()
    assert span and span in c["quantity"]["text"], (span, c["quantity"])
kinds = {f["kind"] for l in lines for f in json.loads(l)["flags"]}
assert "CONFLICT" in kinds, kinds
PY

# JUnit: well-formed, one testcase per article.
expect_exit 1 "check --format=junit" -- "$CLI" check --format=junit "$DATA"
/usr/bin/python3 -c "
import sys, xml.etree.ElementTree as ET
suite = ET.parse('$T/out').getroot()
assert len(suite.findall('testcase')) == 4, len(suite.findall('testcase'))
assert suite.findall('testcase/failure'), 'no failure'
" || fail "junit output"

# grep's manners: stdin, --quiet, --version, --flagged, --color and NO_COLOR.
expect_exit 1 "check - reads stdin" -- sh -c "\"$CLI\" check --format=jsonl - \"$DATA/makiivka_ua_400.txt\" < \"$DATA/makiivka_ru_63.txt\""
grep -q '"article_id":"stdin"' "$T/out" || fail "no claim of the article read from stdin"
expect_exit 1 "--quiet keeps the exit code" -- "$CLI" check --quiet "$DATA"
[ -s "$T/out" ] && fail "--quiet printed: $(head -c 200 "$T/out")"
expect_exit 0 "--version" -- "$CLI" --version
grep -q "^claimcheck [0-9]" "$T/out" || fail "--version printed: $(cat "$T/out")"
expect_exit 1 "--flagged" -- "$CLI" check --format=jsonl --flagged "$DATA"
flagged=$(wc -l < "$T/out")
"$CLI" check --format=jsonl "$DATA" > "$T/all.jsonl"
[ "$flagged" -gt 0 ] && [ "$flagged" -lt "$(wc -l < "$T/all.jsonl")" ] || fail "--flagged kept $flagged lines"
grep -q '"flags":\[\]' "$T/out" && fail "--flagged printed a claim without a flag"
expect_exit 1 "--color=always" -- "$CLI" check --color=always "$DATA"
grep -q $'\033\[' "$T/out" || fail "--color=always wrote no colour"
# On a terminal (script gives one), colour unless NO_COLOR is set.
script -qec "\"$CLI\" check \"$DATA\"" /dev/null > "$T/tty.out" 2>&1
grep -q $'\033\[31m' "$T/tty.out" || fail "no colour on a terminal"
NO_COLOR=1 script -qec "\"$CLI\" check \"$DATA\"" /dev/null > "$T/tty.out" 2>&1
grep -q $'\033\[31m' "$T/tty.out" && fail "colour on a terminal despite NO_COLOR"

# A batch survives a bad file: a Latin-1 draft among good ones is named, skipped, and the rest is
# reported; the exit code is 2.
mkdir -p "$T/drafts"
cp "$DATA"/*.txt "$T/drafts/"
printf ' date 2023-01-03\nLe minist\xe8re a annonc\xe9 que 12 soldats avaient \xe9t\xe9 tu\xe9s.\n' > "$T/drafts/latin1.txt"
expect_exit 2 "check with a Latin-1 file" -- "$CLI" check "$T/drafts"
grep -q "latin1.txt: skipped: .*UTF-8" "$T/err" || fail "Latin-1 file not named: $(cat "$T/err")"
grep -q "makiivka_ua_400.txt  (" "$T/out" || fail "the good files were not reported"
grep -q "1 conflict.*1 input skipped" "$T/out" || fail "summary: $(tail -1 "$T/out")"
expect_exit 2 "junit with a Latin-1 file" -- "$CLI" check --format=junit "$T/drafts"
/usr/bin/python3 -c "
import sys, xml.etree.ElementTree as ET
suite = ET.parse('$T/out').getroot()
assert suite.get('errors') == '1', suite.attrib
errors = [c.get('name') for c in suite.findall('testcase') if c.find('error') is not None]
assert len(errors) == 1 and errors[0].endswith('latin1.txt'), errors
assert len(suite.findall('testcase')) == 4, len(suite.findall('testcase'))
assert suite.findall('testcase/failure'), 'the conflict is still reported'
" || fail "junit has no <error> for the Latin-1 file"

# A file of a folder that cannot be read (a .jsonl line that is not an Article) is named and the
# folder's other files are still read.
mkdir -p "$T/mixed"
cp "$DATA/makiivka_ru_63.txt" "$DATA/makiivka_ua_400.txt" "$T/mixed/"
printf '{"id": "a", "text": 12 broken\n' > "$T/mixed/a_broken.jsonl"
expect_exit 2 "check a folder with a broken .jsonl" -- "$CLI" check --format=jsonl "$T/mixed"
grep -q "a_broken.jsonl: skipped: .*a_broken.jsonl:1" "$T/err" || fail "broken .jsonl not named: $(cat "$T/err")"
grep -q '"kind":"CONFLICT"' "$T/out" || fail "the folder's other files were not checked"

# Bad usage and unreadable input: exit 2 with a message.
expect_exit 2 "missing file" -- "$CLI" check "$T/no-such-file.txt"
grep -q "no-such-file" "$T/err" || fail "missing file not named"
printf '{"id": "a", "text": 12 broken\n' > "$T/bad.jsonl"
expect_exit 2 "bad jsonl" -- "$CLI" extract "$T/bad.jsonl"
grep -q "bad.jsonl:1" "$T/err" || fail "bad jsonl line not named"
expect_exit 2 "unknown flag" -- "$CLI" check --frobnicate "$DATA"

# A symbolic link loop in a folder is named and skipped, not a crash (it was an uncaught
# filesystem_error: exit 134); the folder's other articles are still read.
mkdir -p "$T/looped"
cp "$DATA/makiivka_ru_63.txt" "$T/looped/"
ln -sfn loop.txt "$T/looped/loop.txt"
expect_exit 2 "folder with a symlink loop (named, skipped, the rest reported)" -- "$CLI" extract --format=jsonl "$T/looped"
grep -q "loop.txt" "$T/err" || fail "the symlink loop is not named: $(cat "$T/err")"
grep -q "makiivka_ru_63.txt" "$T/out" || fail "the folder's article was not read"

# Input size: a file over --max_input_bytes is refused with a message, and a FIFO fed from
# /dev/zero is read only that far, not until memory runs out.
expect_exit 2 "file over --max_input_bytes" -- "$CLI" extract --max_input_bytes=100 "$DATA/makiivka_ru_63.txt"
grep -q "more than 100 bytes.*--max_input_bytes" "$T/err" || fail "the input limit is not named: $(cat "$T/err")"
mkfifo "$T/endless.txt"
cat /dev/zero > "$T/endless.txt" 2>/dev/null &
feeder=$!
expect_exit 2 "endless FIFO" -- timeout 60 "$CLI" extract --max_input_bytes=1048576 "$T/endless.txt"
grep -q "more than 1048576 bytes" "$T/err" || fail "the endless FIFO: $(cat "$T/err")"
kill "$feeder" 2>/dev/null; wait "$feeder" 2>/dev/null
expect_exit 2 "no command" -- "$CLI"
for c in extract check ingest conflicts; do
  expect_exit 0 "$c --help" -- "$CLI" $c --help
  grep -q "Usage: claimcheck $c" "$T/out" || fail "$c --help"
done

# The server's own help lists its flags.
"$R/services/claimcheck_server" --help > "$T/out" 2>&1
grep -q -- "--max_article_bytes" "$T/out" || fail "claimcheck_server --help: $(head -c 300 "$T/out")"
grep -q "No flags matched" "$T/out" && fail "claimcheck_server --help matched no flags"
"$R/services/claimcheck_server" --version > "$T/out" 2>&1
grep -q "^claimcheck_server [0-9]" "$T/out" || fail "claimcheck_server --version: $(cat "$T/out")"

# Against a running server, with tokens.
printf 'cli-w writer\ncli-r reader\n' > "$T/tokens"
"$R/services/claimcheck_server" --listen=127.0.0.1:0 --auth_token_file="$T/tokens" \
  --lexicon_dir="$R/extractors/lexicons" 2>"$T/server.err" &
server=$!
for _ in $(seq 300); do grep -qE "listening on [^ ]+:[0-9]+$" "$T/server.err" && break; sleep 0.05; done
addr=$(sed -n 's/.*listening on \([^ ]*\).*/\1/p' "$T/server.err")
[ -n "$addr" ] || fail "server did not start: $(cat "$T/server.err")"

expect_exit 2 "ingest without token" -- "$CLI" ingest --server="$addr" "$DATA"
grep -q "UNAUTHENTICATED\|token" "$T/err" || fail "no-token error unclear: $(cat "$T/err")"
expect_exit 1 "ingest raises the conflict" -- "$CLI" ingest --server="$addr" --token=cli-w "$DATA/makiivka_ru_63.txt" "$DATA/makiivka_ua_400.txt"
CLAIMCHECK_TOKEN=cli-w expect_exit 0 "ingest again changes nothing" -- "$CLI" ingest --server="$addr" "$DATA/makiivka_ru_63.txt"
grep -q "unchanged" "$T/out" || fail "re-ingest not reported unchanged"
expect_exit 1 "check --server sees the stored figure" -- "$CLI" check --server="$addr" --token=cli-r "$DATA/makiivka_ru_89.txt"
# The html page of a check against the server charts the stored claims it was compared with.
expect_exit 1 "check --server --format=html" -- "$CLI" check --server="$addr" --token=cli-r --format=html "$DATA/makiivka_ru_89.txt"
/usr/bin/python3 - "$T/out" <<'PY' || fail "check --server --format=html: no chart of the stored claims"
import sys, html5lib
page = html5lib.parse(open(sys.argv[1], encoding="utf-8").read(), namespaceHTMLElements=False)
charts = page.findall(".//figure[@class='chart']")
assert charts, "no chart"
charted = {g.get("data-claim-id") for c in charts for g in c.iter("{http://www.w3.org/2000/svg}g")
           if g.get("class") == "mark"}
assert any("makiivka_ua_400.txt" in i for i in charted), charted  # stored, not checked
assert page.find(".//section[@id='record']") is not None, "no claims on record"
PY
expect_exit 0 "conflicts lists it, which is no failure" -- "$CLI" conflicts --server="$addr" --token=cli-r
grep -q "Makiivka\|makiivka" "$T/out" || fail "conflicts output: $(cat "$T/out")"
expect_exit 1 "conflicts --fail_on=CONFLICT" -- "$CLI" conflicts --server="$addr" --token=cli-r --fail_on=CONFLICT
expect_exit 0 "conflicts --fail_on=INCONSISTENT" -- "$CLI" conflicts --server="$addr" --token=cli-r --fail_on=INCONSISTENT

# The Latin-1 draft against the server: named and skipped, the rest checked, JUnit says so.
expect_exit 2 "check --server with a Latin-1 file" -- "$CLI" check --server="$addr" --token=cli-r --format=junit "$T/drafts"
grep -q "latin1.txt: skipped: .*UTF-8" "$T/err" || fail "check --server: Latin-1 not named: $(cat "$T/err")"
/usr/bin/python3 -c "
import xml.etree.ElementTree as ET
suite = ET.parse('$T/out').getroot()
assert suite.get('errors') == '1' and len(suite.findall('testcase')) == 4, suite.attrib
" || fail "check --server junit: $(cat "$T/out")"
# A long live blog whose answer outgrows gRPC's default 4 MB message limit.
for _ in $(seq 5000); do
  echo "Le gouverneur a déclaré que 12 civils avaient été tués à Kherson et 25 blessés."
done > "$T/long_blog.txt"
expect_exit 0 "check --server on a 400 KB article" -- "$CLI" check --server="$addr" --token=cli-r --format=jsonl --fail_on=none "$T/long_blog.txt"
expect_exit 2 "unreachable server" -- "$CLI" conflicts --server=127.0.0.1:1 --deadline=2

# Ids do not depend on the folder the command runs from: the same folder ingested from inside it
# and from its parent stores nothing twice.
mkdir -p "$T/desk/wire"
cp "$DATA/makiivka_ru_89.txt" "$DATA/kyiv_drones.md" "$T/desk/wire/"
(cd "$T/desk/wire" && CLAIMCHECK_TOKEN=cli-w "$CLI" ingest --server="$addr" --fail_on=none . ) \
  >"$T/out" 2>"$T/err" || fail "ingest from inside the folder: $(cat "$T/err")"
(cd "$T/desk" && CLAIMCHECK_TOKEN=cli-w "$CLI" ingest --server="$addr" --fail_on=none wire) \
  >"$T/out" 2>"$T/err" || fail "ingest from the parent folder: $(cat "$T/err")"
grep -q "2 articles sent, 0 changed" "$T/out" || fail "the same articles were stored again: $(cat "$T/out")"

# An article without any date is named on stderr: it is compared only with itself.
printf 'Les autorités ont compté 12 morts.\n' > "$T/undated.txt"
expect_exit 0 "undated article" -- "$CLI" check "$T/undated.txt"
grep -q "warning: $T/undated.txt: no date" "$T/err" || fail "undated article not named: $(cat "$T/err")"

# Two files of one name, each named on its own, would share the id "x.txt": the second is named
# and skipped rather than silently replacing the first.
mkdir -p "$T/same/a" "$T/same/b"
cp "$DATA/makiivka_ru_63.txt" "$T/same/a/x.txt"
cp "$DATA/makiivka_ru_89.txt" "$T/same/b/x.txt"
expect_exit 2 "two files of one name" -- "$CLI" extract --format=jsonl "$T/same/a/x.txt" "$T/same/b/x.txt"
grep -q "$T/same/b/x.txt: skipped: its article id 'x.txt' is also that of $T/same/a/x.txt" "$T/err" \
  || fail "the second x.txt was not named: $(cat "$T/err")"
grep -q '"article_id":"x.txt"' "$T/out" || fail "the first x.txt was not read"
expect_exit 0 "their folder" -- "$CLI" extract --format=jsonl "$T/same"
# ingest goes on past an article the server refuses (over --max_article_bytes) and one that is
# not UTF-8, names both, and stores the rest.
mkdir -p "$T/batch"
cp "$DATA/kyiv_drones.md" "$DATA/makiivka_ru_89.txt" "$T/drafts/latin1.txt" "$T/batch/"
head -c 1200000 /dev/zero | tr '\0' 'a' > "$T/batch/big.txt"
expect_exit 2 "ingest past bad files" -- "$CLI" ingest --server="$addr" --token=cli-w "$T/batch"
grep -q "big.txt: skipped: .*max_article_bytes" "$T/err" || fail "oversized file not named with the limit: $(cat "$T/err")"
grep -q "latin1.txt: skipped: .*UTF-8" "$T/err" || fail "ingest: Latin-1 file not named: $(cat "$T/err")"
grep -qE "example.org/wire/drones: 2 claims, (stored|unchanged)" "$T/out" || fail "ingest stopped at the bad file: $(cat "$T/out")"
grep -qE "makiivka_ru_89.txt: .* claims, (stored|unchanged)" "$T/out" || fail "ingest stopped at the bad file: $(cat "$T/out")"
grep -q "2 skipped" "$T/out" || fail "ingest summary: $(tail -1 "$T/out")"

kill -TERM "$server"
wait "$server" || fail "server exit code $? after SIGTERM"

# TLS: a certificate made here for 127.0.0.1; the CLI trusts it with --tls_ca and nothing else.
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=localhost" \
  -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
  -keyout "$T/tls.key" -out "$T/tls.crt" >/dev/null 2>&1 || fail "openssl could not make a certificate"
"$R/services/claimcheck_server" --listen=127.0.0.1:0 --auth_token_file="$T/tokens" \
  --tls_cert="$T/tls.crt" --tls_key="$T/tls.key" \
  --lexicon_dir="$R/extractors/lexicons" 2>"$T/tls_server.err" &
tls_server=$!
for _ in $(seq 300); do grep -qE "listening on [^ ]+:[0-9]+$" "$T/tls_server.err" && break; sleep 0.05; done
tls_addr=$(sed -n 's/.*listening on \([^ ]*\).*/\1/p' "$T/tls_server.err")
[ -n "$tls_addr" ] || fail "TLS server did not start: $(cat "$T/tls_server.err")"
expect_exit 1 "ingest over TLS" -- "$CLI" ingest --server="$tls_addr" --token=cli-w --tls_ca="$T/tls.crt" "$DATA/makiivka_ru_63.txt" "$DATA/makiivka_ua_400.txt"
expect_exit 1 "check over TLS" -- "$CLI" check --server="$tls_addr" --token=cli-r --tls_ca="$T/tls.crt" "$DATA/makiivka_ru_89.txt"
expect_exit 2 "plaintext client refused by a TLS server" -- "$CLI" conflicts --server="$tls_addr" --token=cli-r --deadline=3
kill -TERM "$tls_server"
wait "$tls_server" || fail "TLS server exit code $? after SIGTERM"

[ "$failures" -eq 0 ] && echo "PASS" || exit 1
