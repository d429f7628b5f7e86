"""Throughput of the Python binding: serial calls, a thread pool of calls,
and extract_many (rayon), from one run, reported as ratios.

    python benches/python_bench.py [FILE.txt ...]   # default: ../shared/corpus/dev

Targets, not assertions: build with `maturin develop --release` first.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pressparse


def _load(args: list[str]) -> list[str]:
    paths = [Path(a) for a in args]
    if not paths:
        corpus = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"
        paths = sorted(corpus.glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def _time(label: str, fn: Callable[[], object], size: int, repeat: int = 3) -> float:
    best = min(_once(fn) for _ in range(repeat))
    print(f"{label:<28} {best * 1000:9.1f} ms  {size / best / 1e6:7.2f} MB/s")
    return best


def _once(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main(args: list[str]) -> int:
    texts = _load(args)
    if not texts:
        print("no input files", file=sys.stderr)
        return 1
    size = sum(len(t.encode()) for t in texts)
    print(f"{len(texts)} releases, {size / 1e6:.2f} MB")
    serial = _time("extract, one by one", lambda: [pressparse.extract(t) for t in texts], size)
    with ThreadPoolExecutor() as pool:
        pooled = _time(
            "extract, thread pool", lambda: list(pool.map(pressparse.extract, texts)), size
        )
    batch = _time("extract_many", lambda: pressparse.extract_many(texts), size)
    print(f"speed-up over serial: thread pool {serial / pooled:.2f}x, batch {serial / batch:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
