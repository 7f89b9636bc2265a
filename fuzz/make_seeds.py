#!/usr/bin/env python3
"""Writes fuzz/corpus/service_fuzzer/: sessions of serialized requests in service_fuzzer's framing
([method byte][length, 2 bytes little-endian][request bytes]). Requests are written in protobuf
text format and encoded with `protoc --encode`, so no generated Python code is needed.

    fuzz/make_service_seeds.py        # from the repository root
"""
import os
import struct
import subprocess

METHODS = {  # method byte -> request message, in service_fuzzer.cc's order
    0: "ExtractClaimsRequest", 1: "IngestArticleRequest", 2: "CheckArticleRequest",
    3: "ListConflictsRequest", 4: "QueryClaimsRequest", 5: "DeleteArticleRequest",
    6: "GetStatsRequest",
}
EXTRACT, INGEST, CHECK, CONFLICTS, QUERY, DELETE, STATS = range(7)


def encode(method, text):
    return subprocess.run(
        ["protoc", "-Iproto", "--encode=claimcheck.v1." + METHODS[method],
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
    "extract_bad_input": [
        (EXTRACT, article("", "5 morts")),
        (EXTRACT, 'article { id: "x" language: "de" text: "12 killed" }'),
        (INGEST, 'article { id: "x" text: "\\377\\376 broken UTF-8" }'),
        (INGEST, article("x", "")),
    ],
}

out_dir = "fuzz/corpus/service_fuzzer"
os.makedirs(out_dir, exist_ok=True)
for name, calls in SESSIONS.items():
    with open(os.path.join(out_dir, name), "wb") as out:
        for method, text in calls:
            payload = encode(method, text)
            out.write(struct.pack("<BH", method, len(payload)) + payload)
