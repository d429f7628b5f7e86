"""Benchmark the Python package: every figure of issue 7, from one run.

    python benches/bench.py [--corpus DIR] [--repeat N] [--min-mb MB]
                            [--arrow-docs N] [--full] [--stream-mb MB] [--dates]

Build the extension optimised first (``PRESSPARSE_RELEASE=1
scripts/python-tests.sh`` or ``maturin develop --release``). The machines
are shared and noisy, so each figure is a ratio of two timings taken in the
same run (best of ``--repeat``), reported against its target:

- ``extract_many`` on two threads against one thread (target >= 1.8x), and a
  thread pool of ``extract`` calls against serial calls;
- the Python overhead: ``extract_many(threads=1)`` (spans converted, Python
  objects built) against the Rust pipeline alone
  (``_pressparse._extract_rust_only``, which builds nothing for Python)
  (target <= 15%);
- ``to_arrow`` for ``--arrow-docs`` (100 000) Documents, the corpus repeated,
  against the time to extract them (target <= 1x); the extraction time is
  the corpus batch scaled linearly (``--full`` extracts them all instead);
- the peak resident memory of ``read_dir`` + ``extract_stream`` over
  ``--stream-mb`` (1000) MB of text, the corpus read again and again through
  a generator, measured in a fresh process (target < 200 MB);
- with ``--dates``: pressparse against ``dateparser.search_dates`` and
  ``datefinder.find_dates`` on the gold releases of ../shared/gold/dev: speed,
  and agreement with the gold dates under score.py's ``date_ok`` matching
  (install dateparser and datefinder for this; they are not dependencies).

Targets, not assertions: the script always exits 0 after a full run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any

import pressparse
from pressparse import _pressparse

HERE = Path(__file__).resolve().parent.parent
SHARED = HERE.parent / "shared"


def load(corpus: Path) -> tuple[list[str], list[str]]:
    pairs = list(pressparse.read_dir(corpus))
    return [i for i, _ in pairs], [t for _, t in pairs]


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


class Report:
    """The figures of issue 7 with their targets, printed together at the end."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, bool | None]] = []

    def add(self, name: str, value: str, target: str, ok: bool | None) -> None:
        self.rows.append((name, value, target, ok))

    def print(self) -> None:
        print("\n== issue 7 figures ==")
        for name, value, target, ok in self.rows:
            mark = "" if ok is None else ("met" if ok else "NOT MET")
            print(f"{name:<44} {value:>12}   target {target:<10} {mark}")


def throughput(texts: list[str], mb: float, min_mb: float, repeat: int, report: Report) -> float:
    """Serial, thread pool, extract_many on 1 and 2 threads, Rust alone.
    Returns the time of extract_many on two threads over the corpus once."""
    # At least `min_mb` per timing, so that one run is long enough to measure.
    reps = max(1, round(min_mb / mb))
    texts, mb = texts * reps, mb * reps
    print(f"timings over the corpus x{reps} ({mb:.1f} MB), best of {repeat}:")
    t_serial = best_of(repeat, lambda: [pressparse.extract(t) for t in texts])
    with ThreadPoolExecutor(max_workers=2) as pool:
        t_pool = best_of(repeat, lambda: list(pool.map(pressparse.extract, texts)))
    t_one = best_of(repeat, lambda: pressparse.extract_many(texts, threads=1))
    t_two = best_of(repeat, lambda: pressparse.extract_many(texts, threads=2))
    t_rust = best_of(repeat, lambda: _pressparse._extract_rust_only(texts, threads=1))
    print(f"extract, one call per text:          {mb / t_serial:8.2f} MB/s")
    print(f"extract, pool of 2 threads:          {mb / t_pool:8.2f} MB/s")
    print(f"extract_many threads=1:              {mb / t_one:8.2f} MB/s")
    print(f"extract_many threads=2:              {mb / t_two:8.2f} MB/s")
    print(f"Rust pipeline alone, 1 thread:       {mb / t_rust:8.2f} MB/s")
    speedup = t_one / t_two
    overhead = (t_one - t_rust) / t_rust * 100
    report.add("extract_many, 2 threads vs 1", f"{speedup:.2f}x", ">= 1.8x", speedup >= 1.8)
    report.add("thread pool of extract (2) vs serial", f"{t_serial / t_pool:.2f}x", "", None)
    report.add(
        "Python overhead over the Rust pipeline", f"{overhead:+.1f}%", "<= 15%", overhead <= 15
    )
    return t_two / reps


def arrow(texts: list[str], t_corpus: float, n_docs: int, full: bool, report: Report) -> None:
    """to_arrow for n_docs Documents (the corpus repeated) vs their extraction."""
    if importlib.util.find_spec("pyarrow") is None:
        print("to_arrow: pyarrow not installed, skipped")
        return
    docs = pressparse.extract_many(texts)
    reps = -(-n_docs // len(docs))
    many = (docs * reps)[:n_docs]
    if full:
        all_texts = (texts * reps)[:n_docs]
        t0 = time.perf_counter()
        pressparse.extract_many(all_texts, threads=2)
        t_extract = time.perf_counter() - t0
        how = "measured"
    else:
        t_extract = t_corpus * n_docs / len(texts)
        how = "scaled from the corpus"
    t0 = time.perf_counter()
    tables = pressparse.to_arrow(many)
    t_arrow = time.perf_counter() - t0
    rows = sum(t.num_rows for t in tables.values())
    t0 = time.perf_counter()
    pressparse.to_columns(many)
    t_cols = time.perf_counter() - t0
    print(
        f"to_arrow, {n_docs} documents ({rows} rows): {t_arrow:.2f} s "
        f"(columns in Rust {t_cols:.2f} s); extracting them on 2 threads: "
        f"{t_extract:.2f} s ({how})"
    )
    ratio = t_arrow / t_extract
    report.add(f"to_arrow / extraction, {n_docs} docs", f"{ratio:.3f}x", "<= 1x", ratio <= 1)


def peak_rss_mb() -> float:
    """This process's peak resident set size (VmHWM) in MB. Not ru_maxrss,
    which a child inherits from the parent that forked it."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def stream_child(corpus: Path, mb: float) -> None:
    """In a fresh process: stream `mb` MB through read_dir + extract_stream
    and print one JSON line with the peak RSS."""
    base = peak_rss_mb()
    size = 0

    def repeated() -> Iterator[tuple[str, str]]:
        nonlocal size
        k = 0
        while size < mb * 1e6:
            for i, text in pressparse.read_dir(corpus):
                yield f"{k}/{i}", text
                size += len(text.encode("utf-8"))
            k += 1

    t0 = time.perf_counter()
    docs = records = 0
    for doc in pressparse.extract_stream(repeated()):
        docs += 1
        records += len(doc.dates) + len(doc.quotes) + len(doc.demands)
    elapsed = time.perf_counter() - t0
    peak = peak_rss_mb()
    out = {"base_mb": base, "peak_mb": peak, "docs": docs, "mb": size / 1e6, "s": elapsed}
    print(json.dumps(out))


def stream(corpus: Path, mb: float, report: Report) -> None:
    proc = subprocess.run(
        [sys.executable, __file__, "--corpus", str(corpus), "--stream-child", str(mb)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        print(proc.stderr, file=sys.stderr)
        report.add("peak RSS streaming", "failed", "< 200 MB", False)
        return
    r = json.loads(proc.stdout.strip().splitlines()[-1])
    print(
        f"streaming {r['mb']:.0f} MB ({r['docs']} documents) through read_dir + "
        f"extract_stream: {r['s']:.1f} s ({r['mb'] / r['s']:.1f} MB/s), peak RSS "
        f"{r['peak_mb']:.0f} MB (after imports {r['base_mb']:.0f} MB)"
    )
    peak = r["peak_mb"]
    report.add(f"peak RSS streaming {mb:.0f} MB", f"{peak:.0f} MB", "< 200 MB", peak < 200)


# --- dates: pressparse against dateparser and datefinder -------------------


def score_module() -> ModuleType | None:
    path = SHARED / "tools" / "score.py"
    spec = importlib.util.spec_from_file_location("pressparse_score", path)
    if not path.is_file() or spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def compare_dates(repeat: int, report: Report) -> None:
    """Speed and agreement with the gold dates, per tool, on the gold texts."""
    score = score_module()
    gold_dir = SHARED / "gold" / "dev"
    if score is None or not gold_dir.is_dir():
        print("--dates: ../shared/gold/dev and ../shared/tools/score.py are needed")
        return
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))]
    texts = [(SHARED / g["text_file"]).read_text(encoding="utf-8") for g in golds]
    bases = [_base_date(g.get("published")) for g in golds]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    def run_pressparse() -> list[list[dict[str, Any]]]:
        out = []
        for text, base in zip(texts, bases, strict=True):
            ref = base.date().isoformat() if base else None
            out.append(pressparse.extract(text, reference_date=ref).to_dict()["dates"])
        return out

    tools: list[tuple[str, Callable[[], list[list[dict[str, Any]]]], int]] = [
        ("pressparse (whole pipeline)", run_pressparse, repeat)
    ]
    try:
        from dateparser.search import search_dates  # type: ignore[import-untyped,import-not-found,unused-ignore]

        def run_dateparser() -> list[list[dict[str, Any]]]:
            out = []
            for text, base in zip(texts, bases, strict=True):
                settings = {"RELATIVE_BASE": base} if base else {}
                found = search_dates(text, languages=["en"], settings=settings) or []
                out.append([{"text": s, "value": d.date().isoformat()} for s, d in found])
            return out

        tools.append(("dateparser.search_dates", run_dateparser, 1))
    except ImportError:
        print("dateparser not installed, skipped")
    try:
        import datefinder  # type: ignore[import-untyped,import-not-found,unused-ignore]

        def run_datefinder() -> list[list[dict[str, Any]]]:
            out = []
            for text, base in zip(texts, bases, strict=True):
                found = datefinder.find_dates(text, source=True, base_date=base)
                out.append([{"text": s, "value": d.date().isoformat()} for d, s in found])
            return out

        tools.append(("datefinder.find_dates", run_datefinder, 1))
    except ImportError:
        print("datefinder not installed, skipped")

    print(f"\ndates on the {len(golds)} gold releases ({mb:.2f} MB), matched as score.py does:")
    t_pp = None
    for name, fn, n in tools:
        preds = fn()
        elapsed = best_of(n, fn)
        t_pp = t_pp or elapsed
        p, r, f = _date_prf(score, golds, preds)
        speed = f"{mb / elapsed:8.3f} MB/s"
        rel = "" if elapsed == t_pp else f"  (pressparse {elapsed / t_pp:.0f}x faster)"
        print(f"  {name:<28} {speed}  P {p:.2f}  R {r:.2f}  F1 {f:.2f}{rel}")
        report.add(f"dates F1 vs gold, {name.split()[0]}", f"{f:.2f}", "", None)
        if elapsed != t_pp:
            report.add(
                f"pressparse speed vs {name.split('.')[0]}", f"{elapsed / t_pp:.0f}x", "", None
            )


def _base_date(published: str | None) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(published) if published and len(published) == 10 else None
    except ValueError:
        return None


def _date_prf(
    score: ModuleType, golds: list[dict[str, Any]], preds: list[list[dict[str, Any]]]
) -> tuple[float, float, float]:
    """score.py's date tally: same optional rule, same date_ok matching."""
    tally = score.Tally()
    for gold, pred in zip(golds, preds, strict=True):
        gdt = [dict(d, optional=d.get("optional", d.get("value") is None)) for d in gold["dates"]]
        score.tally(
            tally,
            gdt,
            pred,
            score.date_ok,
            lambda a, b: score.tok_f1(a.get("text"), b.get("text")),
            ok_optional=lambda a, b: score.date_ok(dict(a, value=b.get("value")), b),
        )
    p, r, f = tally.prf()
    return float(p), float(r), float(f)


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    default = SHARED / "corpus" / "dev"
    ap.add_argument(
        "--corpus",
        type=Path,
        default=default if default.is_dir() else HERE / "examples" / "releases",
    )
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--min-mb", type=float, default=3, help="repeat the corpus to this size")
    ap.add_argument("--arrow-docs", type=int, default=100_000)
    ap.add_argument("--full", action="store_true", help="extract all --arrow-docs documents")
    ap.add_argument("--stream-mb", type=float, default=1000)
    ap.add_argument("--dates", action="store_true", help="compare with dateparser, datefinder")
    ap.add_argument("--stream-child", type=float, help=argparse.SUPPRESS)
    a = ap.parse_args()

    if a.stream_child is not None:
        stream_child(a.corpus, a.stream_child)
        return

    _, texts = load(a.corpus)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"pressparse {pressparse.__version__}; {os.cpu_count()} cores")
    print(f"corpus: {len(texts)} releases, {mb:.2f} MB from {a.corpus}")
    report = Report()
    t_two = throughput(texts, mb, a.min_mb, a.repeat, report)
    arrow(texts, t_two, a.arrow_docs, a.full, report)
    stream(a.corpus, a.stream_mb, report)
    if a.dates:
        compare_dates(a.repeat, report)
    report.print()


if __name__ == "__main__":
    main()
