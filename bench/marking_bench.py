"""Cost of marking and verifying, size per mode, and fingerprint lookup at 1M records.

    PYTHONPATH=. python bench/marking_bench.py [--rows 1000000] [--quick]

Prints numbers; asserts nothing (targets: compact mark <= 0.5 ms per message).
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import re
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gateway.context import GenerationContext  # noqa: E402
from gateway.keys import ApiKey  # noqa: E402
from gateway.marking import fingerprint as fp  # noqa: E402
from gateway.marking.config import MarkingConfig  # noqa: E402
from gateway.marking.mark import insert_mark, make_mark, normalise  # noqa: E402
from gateway.marking.service import MarkingService  # noqa: E402
from gateway.marking.stage import MarkingStage  # noqa: E402
from gateway.marking.verify import verify_text  # noqa: E402
from gateway.models_config import ModelRoute  # noqa: E402
from gateway.pipeline.stages import Channel, Pipeline  # noqa: E402

EMAIL = (
    "Dear Anna,\n\nthank you for your order of the Spring Glow Serum. It is on its way and should "
    "arrive by Friday. Our spring collection also has a new night cream that pairs well with the "
    "serum; as a loyal customer you can try it with 15% off until the end of the month. If "
    "anything is not right, just reply to this message and our team will sort it out.\n\n"
    "Warm regards,\nThe Acme Customer Team"
)
SMS = "Hi Anna, your Spring Glow Serum ships today and arrives Friday. Reply STOP to opt out."


def timeit(fn, n: int) -> float:
    """Median CPU microseconds per call over 5 rounds of n calls (CPU time, not wall time:
    the bench machine is shared, and what we want is what one message costs a core)."""
    rounds = []
    for _ in range(5):
        t = time.process_time()
        for _ in range(n):
            fn()
        rounds.append((time.process_time() - t) / n * 1e6)
    return statistics.median(rounds)


_KEY = ApiKey("k", "bench", frozenset({"generate"}), "default", "sha256:x")
_ROUTE = ModelRoute.model_construct(alias="m")  # type: ignore[call-arg]


def _ctx(channel: str | None) -> GenerationContext:
    return GenerationContext(endpoint="chat.completions", key=_KEY, requested_model="m",
                             route=_ROUTE, channel=channel)


async def _stage_once(stage: MarkingStage, text: str, channel: str | None,
                      pieces: int = 1) -> str:
    ctx = _ctx(channel)
    flow = Pipeline([stage]).start(ctx)
    await flow.run_input({"messages": []})
    session = flow.open_output()
    size = max(1, len(text) // pieces)
    out = [await session.feed(Channel(0), text[i:i + size]) for i in range(0, len(text), size)]
    out.append(await session.finish(Channel(0)))
    return "".join(out)


def bench_costs(service: MarkingService, quick: bool) -> None:
    n = 200 if quick else 2000
    gid = "chatcmpl-" + uuid.uuid4().hex
    key = service.key
    marked = insert_mark(EMAIL, make_mark(key, gid, EMAIL))
    import os

    print(f"== cost per message (CPU time, median of 5 rounds; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores) ==")
    print(f"compact mark (hash + Ed25519 sign + encode), email: "
          f"{timeit(lambda: insert_mark(EMAIL, make_mark(key, gid, EMAIL)), n):8.1f} us")
    print(f"compact verify (find + signature + text hash), email: "
          f"{timeit(lambda: verify_text(marked, service.public_keys), n):8.1f} us")
    print(f"fingerprint (SimHash words + 2-shingles), email:       "
          f"{timeit(lambda: fp.simhash(EMAIL), n):8.1f} us")
    for mode, channel in (("compact", None), ("compact", "email"), ("c2pa", None)):
        cfg = MarkingConfig(invisible=mode)  # type: ignore[arg-type]
        stage = MarkingStage(service, service.index(), forced=cfg)
        loop = asyncio.new_event_loop()
        us = timeit(lambda: loop.run_until_complete(_stage_once(stage, EMAIL, channel)),
                    n // 4 if mode == "c2pa" else n)
        stream_us = timeit(lambda: loop.run_until_complete(_stage_once(stage, EMAIL, channel, 80)),
                           n // 8 if mode == "c2pa" else n // 4)
        loop.close()
        print(f"whole output stage, mode={mode:<7} channel={channel or '-':<5}: {us:8.1f} us "
              f"non-stream, {stream_us:8.1f} us as an 80-chunk stream")
    c2 = service.c2pa()
    wrapper = c2.wrapper(EMAIL, gid)
    print(f"c2pa embed (c2patxt, Ed25519), email:                   "
          f"{timeit(lambda: c2.wrapper(EMAIL, gid), n // 10):8.1f} us")
    print(f"c2pa verify, email:                                     "
          f"{timeit(lambda: verify_text(EMAIL + wrapper, service.public_keys), n // 10):8.1f} us")


def bench_sizes(service: MarkingService) -> None:
    print("\n== size cost per message ==")
    print(f"{'mode':<28} {'code points':>11} {'UTF-8 bytes':>11} {'UTF-16 units':>12}")
    gid = "chatcmpl-" + uuid.uuid4().hex
    rows = []
    for name, text in (("sms", SMS), ("email", EMAIL), ("email x10", EMAIL * 10)):
        compact = insert_mark(text, make_mark(service.key, gid, text))[len(text):]
        c2pa = service.c2pa().wrapper(text, gid)
        rows += [(f"compact ({name})", compact), (f"c2pa ({name})", c2pa)]
    for label, extra in rows:
        print(f"{label:<28} {len(extra):>11} {len(extra.encode()):>11} "
              f"{len(extra.encode('utf-16-le')) // 2:>12}")
    print(f"(for scale: the SMS itself is {len(SMS)} characters; the email {len(EMAIL)})")


def _features_3(text: str) -> list[str]:
    words = re.findall(r"\w+", normalise(text).casefold())
    return [" ".join(words[i:i + 3]) for i in range(max(1, len(words) - 2))]


def _simhash(items: list[str]) -> int:
    d = b"".join(hashlib.blake2b(s.encode(), digest_size=8).digest() for s in items)
    bits = np.unpackbits(np.frombuffer(d, dtype=np.uint8).reshape(-1, 8), axis=1)
    return int.from_bytes(np.packbits((bits.sum(axis=0) * 2 > len(items)).astype(np.uint8))
                          .tobytes(), "big")


def bench_features() -> None:
    import random

    from faker import Faker

    fake = Faker("en_US")
    Faker.seed(1)
    rng = random.Random(1)
    docs = [" ".join(f"{fake.catch_phrase()} {fake.bs()} for {fake.company()} in {fake.city()}."
                     for _ in range(5)) for _ in range(80)]
    print("\n== fingerprint features: 2 words replaced vs unrelated texts (hamming bits) ==")
    for name, feats in (("word 3-shingles", _features_3), ("words + 2-shingles", fp.shingles)):
        edits, far = [], []
        for a, b in zip(docs[:40], docs[40:]):
            words = a.split()
            for _ in range(2):
                words[rng.randrange(len(words))] = rng.choice(["banana", "kiwi", "plum"])
            edits.append(fp.hamming(_simhash(feats(a)), _simhash(feats(" ".join(words)))))
            far.append(fp.hamming(_simhash(feats(a)), _simhash(feats(b))))
        print(f"{name:<20} edited: mean {statistics.mean(edits):4.1f} max {max(edits):2d}   "
              f"unrelated: min {min(far):2d} mean {statistics.mean(far):4.1f}")


def bench_lookup(rows: int, quick: bool) -> None:
    print(f"\n== fingerprint lookup, SQLite banded index, {rows:,} stored ==")
    with tempfile.TemporaryDirectory() as tmp:
        index = fp.SqliteFingerprintIndex(Path(tmp) / "fp.sqlite")
        db = index._conn()
        for i in range(4):
            db.execute(f"DROP INDEX fp_b{i}")  # bulk load first, index after: much faster
        rng = np.random.default_rng(7)
        t = time.perf_counter()
        batch = 200_000
        for start in range(0, rows, batch):
            n = min(batch, rows - start)
            fps = rng.integers(0, 2**63, size=n, dtype=np.uint64) * 2 + \
                rng.integers(0, 2, size=n, dtype=np.uint64)
            signed = fps.view(np.int64)
            bands = [((fps >> np.uint64(16 * b)) & np.uint64(0xFFFF)).astype(np.int64)
                     for b in range(4)]
            db.execute("BEGIN")
            db.executemany("INSERT INTO fingerprints VALUES (?, ?, ?, ?, ?, ?)", zip(
                (f"chatcmpl-{start + i:032x}" for i in range(n)), signed.tolist(),
                bands[0].tolist(), bands[1].tolist(), bands[2].tolist(), bands[3].tolist()))
            db.execute("COMMIT")
        load = time.perf_counter() - t
        t = time.perf_counter()
        for i in range(4):
            db.execute(f"CREATE INDEX fp_b{i} ON fingerprints(b{i})")
        build = time.perf_counter() - t
        size = (Path(tmp) / "fp.sqlite").stat().st_size
        print(f"bulk insert {load:.1f} s, index build {build:.1f} s, file {size / 1e6:.0f} MB")
        target = fp.simhash(EMAIL)
        index.add("wanted", target)
        words = EMAIL.split()
        words[5], words[40] = "banana", "kiwi"
        probes = [fp.simhash(" ".join(words))] + [int(x) for x in rng.integers(
            0, 2**63, size=50 if quick else 300, dtype=np.uint64)]
        print(f"edited email is {fp.hamming(target, probes[0])} bits from the stored one")
        for probe_bits in (False, True):
            times, found, cands = [], None, 0
            for q in probes:
                t = time.perf_counter()
                res = index.query(q, 10, probe=probe_bits)
                times.append((time.perf_counter() - t) * 1000)
                if q == probes[0]:
                    found = res[:1]
            times.sort()
            label = "exact bands + 1-bit probes" if probe_bits else "exact bands only"
            print(f"{label:<27}: p50 {times[len(times) // 2]:6.2f} ms  "
                  f"p99 {times[int(len(times) * 0.99) - 1]:6.2f} ms  edited copy -> {found}")
            del cands


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        service = MarkingService(Path(tmp))
        bench_costs(service, args.quick)
        bench_sizes(service)
    bench_features()
    bench_lookup(args.rows, args.quick)


if __name__ == "__main__":
    main()
