#!/usr/bin/env python3
"""Writes the binary seed corpora, from messages written in protobuf text format and encoded with
`protoc --encode` (no generated Python code needed):
  fuzz/corpus/service_fuzzer/         sessions of requests: [method byte][length, 2 bytes LE][bytes]
  fuzz/corpus/store_recovery_fuzzer/  log records: [type byte][length, 2 bytes LE][payload], the
                                      payload as store/store_record.cc encodes it

    fuzz/make_seeds.py        # from the repository root
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
    return encode_message(METHODS[method], text)


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
    with open(os.path.join(out_dir, name), "wb") as out:
        for record_type, payload in records:
            out.write(struct.pack("<BH", record_type, len(payload)) + payload)
