"""Crash consistency, in the style of SQLite's and LevelDB's crash tests.

A real claimcheck_server with a data_dir takes writes (ingests, replacements, deletes) from
several clients at once and is killed with SIGKILL at random moments: while it logs, while it
writes a snapshot (it snapshots every few writes), and while it flushes at shutdown (SIGTERM,
then SIGKILL a moment later). After each kill it is restarted and every article is compared with
what the clients were told: an acknowledged write must be there, an unacknowledged one may or
may not be, nothing else may appear.

Between rounds a copy of its files is damaged in each way a crash cannot explain (a flipped bit
in a record length, a log cut in the middle, zeros from the middle to the end, a lost SNAPSHOT, a
lost LOG, a flipped bit in the snapshot): the server must refuse to start, saying DATA_LOSS and
naming the file, and leave the files exactly as they were; restarted with --recover_truncate on
that copy it must start with nothing but states the clients were once told about.

    crash_test.py --server=PATH --lexicons=DIR --proto=DIR [--kills=N] [--seed=S] [--workers=W]
                  [--data=DIR]

Prints what happened and a summary line; exits 1 on any loss or wrong outcome.
"""
import argparse
import hashlib
import os
import random
import re
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import threading
import time

import grpc

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import grpc_stubs  # noqa: E402

TOKEN = "crash-writer"
ARTICLES_PER_WORKER = 24
LOG_HEADER_BYTES = 1024  # store/record_log.h


class Server:
    """claimcheck_server on a free loopback port, or the reason it did not start."""

    def __init__(self, args, data_dir, *flags):
        self.stderr_path = os.path.join(args.scratch, "server-%d.stderr" % time.monotonic_ns())
        with open(self.stderr_path, "w") as err:
            self.proc = subprocess.Popen(
                [args.server, "--listen=127.0.0.1:0", "--lexicon_dir=" + args.lexicons,
                 "--auth_token_file=" + args.tokens, "--data_dir=" + data_dir,
                 "--snapshot_every=%d" % args.snapshot_every] + list(flags), stderr=err)
        # (a later --snapshot_every in `flags` wins: absl keeps the last)
        self.address = None
        deadline = time.time() + 60
        while time.time() < deadline:
            m = re.search(r"listening on (\S+:\d+)\n", self.stderr())  # the whole line
            if m:
                self.address = m.group(1)
                break
            if self.proc.poll() is not None:
                return
            time.sleep(0.02)
        else:
            raise RuntimeError("server never listened: " + self.stderr())
        self.channel = grpc.insecure_channel(self.address)
        self.stub = args.pb_grpc.ClaimCheckStub(self.channel)

    def stderr(self):
        with open(self.stderr_path, errors="replace") as f:
            return f.read()

    def kill(self, how):
        if how == "flush":  # SIGKILL while the shutdown flush writes its snapshot
            self.proc.send_signal(signal.SIGTERM)
            time.sleep(random.uniform(0, 0.05))
        self.proc.kill()
        self.proc.wait()
        self.channel.close()


class Model:
    """What the clients were told: per article, its acknowledged value (None: deleted), every
    value it was ever acknowledged with, and the write in flight when the server died."""

    def __init__(self):
        self.value = {}
        self.history = {}
        self.pending = {}  # article id -> value (None: a delete) sent but not acknowledged
        self.acknowledged = 0
        self.lock = threading.Lock()


# Without figures: makes each record, and so each snapshot, long enough for kills to land in one.
FILLER = ("Les secours sont restés sur place toute la nuit, et les habitants du quartier ont "
          "été relogés dans une école voisine en attendant la fin des vérifications. ") * 12


def text_for(value):
    return "Selon la police, %d civils ont été blessés à Kharkiv ce mardi. %s" % (value, FILLER)


def worker(args, stub, model, w, rng, stop):
    pb = args.pb
    metadata = (("authorization", "Bearer " + TOKEN),)
    while not stop.is_set():
        article_id = "w%d/%d" % (w, rng.randrange(ARTICLES_PER_WORKER))
        with model.lock:
            current = model.value.get(article_id)
        if current is not None and rng.random() < 0.15:
            value = None
        else:
            value = (current or 10) + 1 + rng.randrange(5)
        with model.lock:
            model.pending[article_id] = value
        try:
            if value is None:
                stub.DeleteArticle(pb.DeleteArticleRequest(article_id=article_id),
                                   metadata=metadata, timeout=20)
            else:
                article = pb.Article(id=article_id, text=text_for(value))
                article.published_at.FromJsonString("2023-01-04T00:00:00Z")
                stub.IngestArticle(pb.IngestArticleRequest(article=article),
                                   metadata=metadata, timeout=20)
        except grpc.RpcError as error:
            if not (value is None and error.code() == grpc.StatusCode.NOT_FOUND):
                return  # the server died: this write stays pending
        with model.lock:
            del model.pending[article_id]
            model.value[article_id] = value
            model.history.setdefault(article_id, set()).add(value)
            model.acknowledged += 1


def stored_values(args, stub):
    """article id -> the value of its one claim, for every article the server holds."""
    values, token = {}, ""
    metadata = (("authorization", "Bearer " + TOKEN),)
    while True:
        page = stub.QueryClaims(args.pb.QueryClaimsRequest(page_size=1000, page_token=token),
                                metadata=metadata, timeout=60)
        for claim in page.claims:
            values[claim.article_id] = int(claim.quantity.value)
        token = page.next_page_token
        if not token:
            return values


def verify(args, stub, model):
    """Compares the restarted server with the model; resolves the writes in flight. Returns the
    number of acknowledged writes missing and of states never written."""
    stored = stored_values(args, stub)
    losses = phantoms = 0
    with model.lock:
        for article_id in set(model.value) | set(stored) | set(model.pending):
            got = stored.get(article_id)
            allowed = {model.value.get(article_id)}
            if article_id in model.pending:
                allowed.add(model.pending[article_id])
            if got in allowed:
                model.value[article_id] = got
                model.history.setdefault(article_id, set()).add(got)
                continue
            if got is None or got in model.history.get(article_id, ()):
                losses += 1  # an acknowledged write is missing, or an older one came back
            else:
                phantoms += 1
            print("MISMATCH %s: stored %s, acknowledged %s" % (article_id, got, allowed))
        model.pending.clear()
    return losses, phantoms


def snapshot_interrupted(data_dir):
    """True when the kill stopped a snapshot: its temporary file, or its new empty log, is left."""
    names = os.listdir(data_dir)
    logs = sorted(int(n[4:]) for n in names if re.fullmatch(r"LOG-\d+", n))
    return "SNAPSHOT.tmp" in names or len(logs) > 1


def crash_round(args, data_dir, model, rng):
    # Snapshots every few writes in some rounds, so that kills land in them too.
    server = Server(args, data_dir, "--snapshot_every=%d" % rng.choice([3, args.snapshot_every]))
    if server.address is None:
        raise RuntimeError("server refused its own files:\n" + server.stderr())
    stop = threading.Event()
    threads = [threading.Thread(target=worker,
                                args=(args, server.stub, model, w, random.Random(rng.random()),
                                      stop))
               for w in range(args.workers)]
    for t in threads:
        t.start()
    time.sleep(rng.uniform(0.2, 1.5))
    how = rng.choice(["log", "log", "flush"])
    server.kill(how)
    stop.set()
    for t in threads:
        t.join()
    return how, snapshot_interrupted(data_dir)


def files_digest(data_dir):
    digest = hashlib.sha256()
    for root, _, files in sorted(os.walk(data_dir)):
        for name in sorted(files):
            if name == "LOCK":
                continue
            path = os.path.join(root, name)
            digest.update(path.encode())
            with open(path, "rb") as f:
                digest.update(f.read())
    return digest.hexdigest()


def record_offsets(path):
    """Where each record of a log or snapshot starts (store/record_log.h)."""
    with open(path, "rb") as f:
        data = f.read()
    offsets, at = [], LOG_HEADER_BYTES
    while at + 9 <= len(data):
        (length,) = struct.unpack_from("<I", data, at + 4)
        if at + 9 + length > len(data):
            break
        offsets.append(at)
        at += 9 + length
    return offsets


def current_log(data_dir):
    """The log SNAPSHOT names (its first record holds the generation)."""
    path = os.path.join(data_dir, "SNAPSHOT")
    with open(path, "rb") as f:
        data = f.read()
    (length,) = struct.unpack_from("<I", data, LOG_HEADER_BYTES + 4)
    generation = data[LOG_HEADER_BYTES + 9:LOG_HEADER_BYTES + 9 + length].decode()
    return os.path.join(data_dir, "LOG-" + generation)


def patch(path, offset, new_bytes):
    with open(path, "r+b") as f:
        f.seek(offset)
        f.write(new_bytes)


def damage(kind, data_dir, rng):
    """Damages a copy of the files; returns the file named, or None when there is too little to
    damage that way (fewer than two log records)."""
    log = current_log(data_dir)
    records = record_offsets(log)
    snapshot = os.path.join(data_dir, "SNAPSHOT")
    if kind in ("length", "cut", "zeros") and len(records) < 2:
        return None
    victim = records[rng.randrange(len(records) - 1)] if len(records) >= 2 else None
    if kind == "length":
        with open(log, "rb") as f:
            f.seek(victim + 7)
            high = f.read(1)[0]
        patch(log, victim + 7, bytes([high ^ (1 << rng.randrange(8))]))
    elif kind == "cut":
        os.truncate(log, victim + rng.randrange(1, 9))
    elif kind == "zeros":
        size = os.path.getsize(log)
        patch(log, victim, bytes(size - victim))
    elif kind == "snapshot_lost":
        os.remove(snapshot)
        return snapshot
    elif kind == "log_lost":
        os.remove(log)
        return log
    elif kind == "snapshot_bit":
        offsets = record_offsets(snapshot)
        at = rng.randrange(offsets[0], os.path.getsize(snapshot))
        with open(snapshot, "rb") as f:
            f.seek(at)
            byte = f.read(1)[0]
        patch(snapshot, at, bytes([byte ^ (1 << rng.randrange(8))]))
        return snapshot
    return log


DAMAGES = ["length", "cut", "zeros", "snapshot_lost", "log_lost", "snapshot_bit"]


def damage_round(args, data_dir, model, kind, rng):
    """Returns (refused as it should, recovered only acknowledged states); None if skipped."""
    copy = data_dir + ".damaged"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(data_dir, copy)
    named = damage(kind, copy, rng)
    if named is None:
        shutil.rmtree(copy)
        return None
    before = files_digest(copy)
    server = Server(args, copy)
    refused = (server.address is None and server.proc.returncode != 0 and
               "DATA_LOSS" in server.stderr() and named in server.stderr() and
               files_digest(copy) == before)
    if server.address is not None:
        server.kill("log")
    if not refused:
        print("NOT REFUSED (%s): %s" % (kind, server.stderr()[-600:]))
    salvage = Server(args, copy, "--recover_truncate")
    honest = salvage.address is not None
    if honest:
        with model.lock:
            history = {k: set(v) for k, v in model.history.items()}
            for k, value in model.pending.items():
                history.setdefault(k, set()).add(value)
        for article_id, value in stored_values(args, salvage.stub).items():
            if value not in history.get(article_id, ()):
                honest = False
                print("SALVAGE INVENTED %s = %s" % (article_id, value))
        salvage.kill("log")
    else:
        print("SALVAGE FAILED (%s): %s" % (kind, salvage.stderr()[-600:]))
    shutil.rmtree(copy)
    return refused, honest


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--server", required=True)
    parser.add_argument("--lexicons", required=True)
    parser.add_argument("--proto", required=True)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--snapshot_every", type=int, default=20)
    parser.add_argument("--data", default=None, help="scratch folder (default: a new temp dir)")
    args = parser.parse_args()
    args.scratch = args.data or tempfile.mkdtemp(prefix="claimcheck-crash-")
    args.pb, args.pb_grpc = grpc_stubs.load(args.proto, args.scratch)
    args.tokens = os.path.join(args.scratch, "tokens")
    with open(args.tokens, "w") as f:
        f.write("%s writer\n" % TOKEN)
    data_dir = os.path.join(args.scratch, "data")
    shutil.rmtree(data_dir, ignore_errors=True)
    rng = random.Random(args.seed)
    print("seed %d, %d workers, a snapshot every %d writes" %
          (args.seed, args.workers, args.snapshot_every))

    model = Model()
    kills = {"log": 0, "flush": 0}
    in_snapshot = losses = phantoms = 0
    damages = {kind: [0, 0, 0] for kind in DAMAGES}  # tried, refused, salvage honest
    for k in range(args.kills):
        how, interrupted = crash_round(args, data_dir, model, rng)
        kills[how] += 1
        in_snapshot += interrupted
        kind = DAMAGES[k % len(DAMAGES)]
        outcome = damage_round(args, data_dir, model, kind, rng)
        if outcome is not None:
            damages[kind][0] += 1
            damages[kind][1] += outcome[0]
            damages[kind][2] += outcome[1]
        server = Server(args, data_dir)
        if server.address is None:
            print("RESTART REFUSED after a kill:\n" + server.stderr())
            return 1
        lost, invented = verify(args, server.stub, model)
        losses += lost
        phantoms += invented
        server.kill("log")

    for kind, (tried, refused, honest) in damages.items():
        print("damage %-13s tried %3d, refused with DATA_LOSS %3d, --recover_truncate kept only "
              "acknowledged states %3d" % (kind, tried, refused, honest))
    bad_damage = sum(t - r + t - h for t, r, h in damages.values())
    print("kills %d (%d while logging, %d during the shutdown flush; %d stopped a snapshot), "
          "writes acknowledged %d, lost %d, invented %d, damage outcomes wrong %d" %
          (sum(kills.values()), kills["log"], kills["flush"], in_snapshot, model.acknowledged,
           losses, phantoms, bad_damage))
    if args.data is None:
        shutil.rmtree(args.scratch, ignore_errors=True)
    return 1 if losses or phantoms or bad_damage else 0


if __name__ == "__main__":
    sys.exit(main())
