"""Benchmark the Python API against the pure-Rust pipeline, in one run.

    python benches/bench.py [--corpus DIR] [--repeat N] [--dates]

Reports, as ratios measured in the same process (the machines are shared
and noisy, so absolute figures matter less than ratios):

- single-thread throughput of ``pressparse.extract`` (MB/s);
- ``extract_many`` on all cores against one thread;
- the Python overhead: ``extract_many(threads=1)`` (building Python objects)
  against the Rust pipeline alone (``_pressparse._extract_rust_only``, which
  extracts without converting anything to Python);
- ``to_arrow`` time against extraction time, when pyarrow is installed;
- with ``--dates``: pressparse's dates against ``dateparser.search_dates``
  and ``datefinder`` (optional; install them for the benchmark only).
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path
from typing import Callable

import pressparse
from pressparse import _pressparse


def load(corpus: Path) -> list[str]:
    files = sorted(corpus.glob("*.txt"))
    return [f.read_text(encoding="utf-8") for f in files]


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    here = Path(__file__).resolve().parent.parent
    default = here.parent / "shared" / "corpus" / "dev"
    ap.add_argument(
        "--corpus",
        type=Path,
        default=default if default.is_dir() else here / "examples" / "releases",
    )
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument(
        "--dates",
        action="store_true",
        help="compare date extraction with dateparser and datefinder",
    )
    a = ap.parse_args()

    texts = load(a.corpus)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"corpus: {len(texts)} releases, {mb:.2f} MB from {a.corpus}")

    t_single = best_of(a.repeat, lambda: [pressparse.extract(t) for t in texts])
    t_many1 = best_of(a.repeat, lambda: pressparse.extract_many(texts, threads=1))
    cores = os.cpu_count() or 1
    t_many = best_of(a.repeat, lambda: pressparse.extract_many(texts, threads=cores))
    print(f"extract (one call per text, 1 thread): {mb / t_single:8.2f} MB/s")
    print(f"extract_many threads=1:                {mb / t_many1:8.2f} MB/s")
    print(
        f"extract_many threads={cores}:                {mb / t_many:8.2f} MB/s  ({t_many1 / t_many:.2f}x one thread)"
    )

    rust_only = getattr(_pressparse, "_extract_rust_only", None)
    if rust_only is not None:
        t_rust = best_of(a.repeat, lambda: rust_only(texts))
        overhead = (t_many1 - t_rust) / t_rust * 100
        print(
            f"Rust pipeline alone (1 thread):        {mb / t_rust:8.2f} MB/s  (Python overhead {overhead:+.1f}%)"
        )

    docs = pressparse.extract_many(texts)
    to_arrow = getattr(pressparse, "to_arrow", None)
    if to_arrow is not None:
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            print("to_arrow: pyarrow not installed, skipped")
        else:
            t_arrow = best_of(a.repeat, lambda: to_arrow(docs))
            print(
                f"to_arrow for {len(docs)} documents: {t_arrow * 1e3:.1f} ms ({t_arrow / t_many:.2f}x extraction time)"
            )

    if a.dates:
        compare_dates(texts, mb, a.repeat)


def compare_dates(texts: list[str], mb: float, repeat: int) -> None:
    """Time pressparse's dates against dateparser and datefinder (optional)."""
    t_pp = best_of(repeat, lambda: [pressparse.extract(t).dates for t in texts])
    print(f"pressparse (whole pipeline, dates included): {mb / t_pp:8.2f} MB/s")
    try:
        import datefinder  # type: ignore[import-not-found]

        t_df = best_of(1, lambda: [list(datefinder.find_dates(t)) for t in texts])
        print(
            f"datefinder.find_dates:                       {mb / t_df:8.2f} MB/s  (pressparse {t_df / t_pp:.0f}x faster)"
        )
    except ImportError:
        print("datefinder not installed, skipped")
    try:
        from dateparser.search import search_dates  # type: ignore[import-not-found]

        t_dp = best_of(1, lambda: [search_dates(t) for t in texts])
        print(
            f"dateparser.search_dates:                     {mb / t_dp:8.2f} MB/s  (pressparse {t_dp / t_pp:.0f}x faster)"
        )
    except ImportError:
        print("dateparser not installed, skipped")


if __name__ == "__main__":
    main()
