#!/usr/bin/env python3
"""Writes the binary seed corpora and dictionaries, from messages written in protobuf text format
and encoded with `protoc --encode` (no generated Python code needed):
  fuzz/corpus/service_fuzzer/         sessions of requests: [method byte][length, 2 bytes LE][bytes]
                                      (method 7, IngestArticles: the bytes are framed messages)
  fuzz/corpus/stream_fuzzer/          [watch kinds][watchers] then framed IngestArticles messages
  fuzz/<target>.dict                  libFuzzer dictionaries: extreme timestamps and field sizes,
                                      encoded as they appear on the wire
  fuzz/corpus/store_recovery_fuzzer/  a mode byte, then log records: [type byte][length, 2 bytes
                                      LE][payload], the payload as store/store_record.cc encodes
                                      it (modes 0 and 1); or operations and damages (mode 2)

    fuzz/make_seeds.py        # from the repository root
"""
import os
import struct
import subprocess

METHODS = {  # method byte -> request message, in service_fuzzer.cc's order
    0: "ExtractClaimsRequest", 1: "IngestArticleRequest", 2: "CheckArticleRequest",
    3: "ListConflictsRequest", 4: "QueryClaimsRequest", 5: "DeleteArticleRequest",
    6: "GetStatsRequest", 7: None,
}
EXTRACT, INGEST, CHECK, CONFLICTS, QUERY, DELETE, STATS, STREAM = range(8)


def encode(method, text):
    if method == STREAM:  # a list of IngestArticleRequest texts, or raw bytes
        return framed(text)
    return encode_message(METHODS[method], text)


def framed(messages):
    data = b""
    for m in messages:
        payload = m if isinstance(m, bytes) else encode_message("IngestArticleRequest", m)
        data += struct.pack("<H", len(payload)) + payload
    return data


def encode_message(message, text):
    return subprocess.run(
        ["protoc", "-Iproto", "--encode=claimcheck.v1." + message,
         "proto/claimcheck/v1/claimcheck.proto"],
        input=text.encode(), check=True, capture_output=True).stdout


def article(article_id, text, seconds=1672790400):
    return ('article { id: "%s" text: "%s" published_at { seconds: %d } }'
            % (article_id, text, seconds))


SESSIONS = {
    "ingest_conflict_pages": [
        (INGEST, article("wire/1", "Le ministère a déclaré que 63 soldats ont été tués à Makiïvka.")),
        (INGEST, article("wire/2", "Selon Kyiv, 400 soldats russes ont été tués à Makiïvka.")),
        (INGEST, article("wire/3", "Le ministère a annoncé 89 soldats tués à Makiïvka.", 1672963200)),
        (CONFLICTS, "page_size: 1"),
        (CONFLICTS, 'page_token: "next"'),
        (QUERY, 'location: "Makiivka" page_size: 1'),
        (QUERY, 'page_token: "next"'),
        (STATS, ""),
    ],
    "check_and_delete": [
        (INGEST, article("en/1", "At least 35 drones were shot down, the governor said.")),
        (CHECK, article("en/2", "Officials said 40 drones were shot down overnight.")),
        (DELETE, 'article_id: "en/1"'),
        (DELETE, 'article_id: "missing"'),
        (QUERY, 'article_id: "en/1"'),
    ],
    "forged_tokens": [
        (QUERY, 'page_token: "AAAA" page_size: -5'),
        (CONFLICTS, 'page_token: "not a token" kinds: CONFLICT location: "Kyiv"'),
        (QUERY, 'since { seconds: -62135596801 } until { seconds: 253402300800 }'),
    ],
    "extreme_timestamps": [
        (INGEST, article("wire/1", "Le ministère a déclaré que 63 soldats ont été tués à Makiïvka.")),
        (CHECK, article("wire/2", "Selon Kyiv, 400 soldats ont été tués à Makiïvka.", -2**63)),
        (CHECK, article("wire/3", "Selon Kyiv, 400 soldats ont été tués à Makiïvka.", 2**63 - 1)),
        (INGEST, article("wire/4", "Selon Kyiv, 400 soldats ont été tués à Makiïvka.", 2**63 - 1)),
        (CHECK, 'article { id: "n" text: "12 morts" published_at { seconds: 0 nanos: -1 } }'),
        (QUERY, 'since { seconds: -9223372036854775808 }'),
    ],
    "long_fields": [
        (INGEST, article("x" * 2000, "Selon la police, 12 personnes ont été blessées à Lyon.")),
        (INGEST, 'article { id: "t" title: "%s" text: "3 morts" }' % ("T" * 3000)),
        (EXTRACT, article("y", "12 morts. " * 700)),
    ],
    "ingest_stream": [
        (STREAM, [article("s/1", "Le ministère a déclaré que 63 soldats ont été tués à Makiïvka."),
                  article("s/2", "Selon Kyiv, 400 soldats russes ont été tués à Makiïvka."),
                  b"\x0a\x0b\x0a\x01x\x12\x06caf\xe9!!",
                  article("s/3", "never read")]),
        (STATS, ""),
    ],
    "extract_bad_input": [
        (EXTRACT, article("", "5 morts")),
        (EXTRACT, 'article { id: "x" language: "de" text: "12 killed" }'),
        (INGEST, 'article { id: "x" text: "\\377\\376 broken UTF-8" }'),
        (INGEST, article("x", "")),
    ],
}

STREAM_SESSIONS = {  # name -> (kinds mask, watchers, messages)
    "two_watchers_conflict": (0, 2, [
        article("w/1", "Le ministère a déclaré que 63 soldats ont été tués à Makiïvka."),
        article("w/2", "Selon Kyiv, 400 soldats russes ont été tués à Makiïvka."),
        article("w/3", "Le ministère a annoncé 89 soldats tués à Makiïvka.", 1672963200)]),
    "third_watcher_refused": ((1 << 1) | (1 << 6), 3, [
        article("w/1", "Au moins 12 maisons ont été détruites à Bakhmut."),
        article("w/2", "Selon Kyiv, 400 soldats russes ont été tués à Makiïvka.")]),
    "bad_message_in_the_middle": (0, 1, [
        article("w/1", "At least 35 drones were shot down, the governor said."),
        b"\x0a\x0b\x0a\x01x\x12\x06caf\xe9!!",
        article("w/2", "never read")]),
    "limits": (0, 1, [
        article("w/1", "Officials said 40 drones were shot down overnight."),
        article("x" * 100, "12 morts"),
        article("w/2", "12 morts", 2**63 - 1)]),
}

out_dir = "fuzz/corpus/stream_fuzzer"
os.makedirs(out_dir, exist_ok=True)
for name, (kinds, watchers, messages) in STREAM_SESSIONS.items():
    with open(os.path.join(out_dir, name), "wb") as out:
        out.write(bytes([kinds, watchers]) + framed(messages))


def varint(n):
    n &= (1 << 64) - 1
    out = b""
    while True:
        byte, n = n & 0x7f, n >> 7
        out += bytes([byte | (0x80 if n else 0)])
        if not n:
            return out


def timestamp_field(tag, seconds, nanos=None):
    body = b"\x08" + varint(seconds) + (b"" if nanos is None else b"\x10" + varint(nanos))
    return bytes([tag]) + varint(len(body)) + body


# Values at and past the edges the API sets (years 1-9999, nanos in [0, 1e9)), and lengths past
# its limits, as whole fields: Article.published_at (field 5) and QueryClaims since (field 4).
EXTREME_SECONDS = [-2**63, 2**63 - 1, -1, -62135596800, -62135596801, 253402300799, 253402300800]
DICTIONARY = [timestamp_field(0x2a, s) for s in EXTREME_SECONDS] + [
    timestamp_field(0x22, s) for s in (-2**63, 2**63 - 1)] + [
    timestamp_field(0x2a, 0, n) for n in (-1, 10**9, 2**31 - 1)] + [
    varint(s) for s in EXTREME_SECONDS] + [
    b"\x0a" + varint(n) for n in (1024, 1025, 60 << 10)] + [  # id lengths
    b"\x12" + varint(n) for n in (8192, 8193, 1 << 20)]       # text lengths
for target in ("service_fuzzer", "stream_fuzzer"):
    with open("fuzz/%s.dict" % target, "w") as out:
        out.write("# Written by fuzz/make_seeds.py: extreme timestamps and field sizes.\n")
        for i, token in enumerate(DICTIONARY):
            out.write('t%d="%s"\n' % (i, "".join("\\x%02x" % b for b in token)))

out_dir = "fuzz/corpus/service_fuzzer"
os.makedirs(out_dir, exist_ok=True)
for name, calls in SESSIONS.items():
    with open(os.path.join(out_dir, name), "wb") as out:
        for method, text in calls:
            payload = encode(method, text)
            out.write(struct.pack("<BH", method, len(payload)) + payload)


# store_record.h: 1 ingest (length-prefixed Article, then each Claim), 2 delete (the article id).
INGEST_RECORD, DELETE_RECORD = 1, 2


def prefixed(message, text):
    data = encode_message(message, text)
    return struct.pack("<I", len(data)) + data


def claim(article_id, n, value, metric, place, source):
    return ('id: "%s#%d" article_id: "%s" number_span { start: 0 end: 2 } quantity { value: %d '
            'text: "%d" } metric: %s subject: "soldier" location { canonical: "%s" } '
            'source { canonical_id: "%s" } published_at { seconds: 1672790400 } figure_key: '
            '"soldier|%s|%s|2023-01-04"' % (article_id, n, article_id, value, value, metric, place,
                                            source, metric, place))


def ingest_record(article_id, claims):
    payload = prefixed("Article", 'id: "%s" text: "%s morts" published_at { seconds: 1672790400 }'
                       % (article_id, article_id))
    for c in claims:
        payload += prefixed("Claim", c)
    return (INGEST_RECORD, payload)


LOGS = {
    "two_conflicting_ingests": [
        ingest_record("a", [claim("a", 1, 63, "KILLED", "Makiivka", "ru.mod")]),
        ingest_record("b", [claim("b", 1, 400, "KILLED", "Makiivka", "ua.general_staff")]),
    ],
    "ingest_replace_delete": [
        ingest_record("a", [claim("a", 1, 63, "KILLED", "Makiivka", "ru.mod")]),
        ingest_record("a", [claim("a", 1, 89, "KILLED", "Makiivka", "ru.mod"),
                            claim("a", 2, 12, "WOUNDED", "Makiivka", "ru.mod")]),
        (DELETE_RECORD, b"a"),
        (DELETE_RECORD, b"never-stored"),
    ],
}

out_dir = "fuzz/corpus/store_recovery_fuzzer"
os.makedirs(out_dir, exist_ok=True)
for name, records in LOGS.items():
    for mode, format_name in ((0, "current"), (1, "old")):
        with open(os.path.join(out_dir, "%s_%s" % (name, format_name)), "wb") as out:
            out.write(bytes([mode]))
            for record_type, payload in records:
                out.write(struct.pack("<BH", record_type, len(payload)) + payload)

# Mode 2: a count of operations, the operations [op][value] (op % 4: 0, 1 ingest a new version of
# article value % 8, 2 delete it, 3 snapshot) then damages [kind][file][offset, 2 bytes LE]
# (kind & 7, mod 5: flip bit kind >> 5, cut, zeros to the end, delete, append (kind >> 3) + 1
# bytes; the file by index among the sorted files; the offset as a fraction of the file, out of
# 65536).
INGEST_OP, DELETE_OP, SNAPSHOT_OP = 0, 2, 3
FLIP, CUT, ZERO, REMOVE, APPEND = range(5)


def history(operations, damages):
    data = bytes([2, len(operations)])
    for op, value in operations:
        data += bytes([op, value])
    for kind, file_index, fraction in damages:
        data += struct.pack("<BBH", kind, file_index, int(fraction * 65535))
    return data


TEN_INGESTS = [(INGEST_OP, v) for v in range(10, 20)]
# Sorted files after a history: LOG-<g>, SNAPSHOT.
HISTORIES = {
    "flip_in_the_middle_of_the_log": history(TEN_INGESTS, [(FLIP | (3 << 5), 0, 0.5)]),
    "cut_the_log_in_half": history(TEN_INGESTS, [(CUT, 0, 0.5)]),
    "cut_inside_the_last_record": history(TEN_INGESTS, [(CUT, 0, 0.99)]),
    "zeros_from_the_middle": history(TEN_INGESTS, [(ZERO, 0, 0.4)]),
    "snapshot_lost": history(TEN_INGESTS[:5] + [(SNAPSHOT_OP, 0)] + TEN_INGESTS[5:],
                             [(REMOVE, 1, 0)]),
    "log_lost": history(TEN_INGESTS[:5] + [(SNAPSHOT_OP, 0)] + TEN_INGESTS[5:], [(REMOVE, 0, 0)]),
    "everything_lost": history(TEN_INGESTS, [(REMOVE, 0, 0), (REMOVE, 0, 0)]),
    "replace_delete_then_garbage": history(
        [(INGEST_OP, 1), (INGEST_OP, 9), (INGEST_OP, 17), (DELETE_OP, 1), (SNAPSHOT_OP, 0),
         (INGEST_OP, 25)], [(APPEND | (7 << 3), 0, 0.5)]),
    "flip_in_the_snapshot": history(TEN_INGESTS + [(SNAPSHOT_OP, 0)], [(FLIP, 1, 0.7)]),
    "flip_in_a_header_slot": history(TEN_INGESTS, [(FLIP | (2 << 5), 0, 0.01)]),
}
for name, data in HISTORIES.items():
    with open(os.path.join(out_dir, name), "wb") as out:
        out.write(data)
