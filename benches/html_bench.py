#!/usr/bin/env python3
"""Throughput of pressparse's HTML input against trafilatura's ``extract``.

Both read the same pages (default: ``tests/fixtures/html/*.html``), each
repeated ``--rounds`` times, in one process, one page at a time:

    python benches/html_bench.py                       # Python binding vs trafilatura
    python benches/html_bench.py --cli target/release/pressparse
    python benches/html_bench.py --pages some/folder --rounds 20

``pressparse.extract_html(html)`` is timed when the Python package is
installed; with ``--cli PATH`` the Rust command line is timed on the folder
as well (``PATH extract --html FOLDER``, one process for the whole folder,
repeated ``--rounds`` times). trafilatura installs from PyPI
(``pip install trafilatura``). Prints pages/s and MB/s for each, and the
ratios to trafilatura.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load(folder: Path) -> list[tuple[str, str]]:
    pages = sorted(folder.glob("*.html"))
    if not pages:
        sys.exit(f"no .html files in {folder}")
    return [(p.name, p.read_text(encoding="utf-8", errors="replace")) for p in pages]


def time_calls(fn, pages: list[tuple[str, str]], rounds: int) -> float:
    fn(pages[0][1])  # warm up (imports, lazy tables)
    start = time.perf_counter()
    for _ in range(rounds):
        for _, html in pages:
            fn(html)
    return time.perf_counter() - start


def time_cli(cli: str, folder: Path, rounds: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        # Copy the pages so that only they are read.
        for p in folder.glob("*.html"):
            shutil.copy(p, tmp)
        cmd = [cli, "extract", "--html", "--quiet", "--threads", "1", tmp]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)  # warm up
        start = time.perf_counter()
        for _ in range(rounds):
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--pages", type=Path, default=ROOT / "tests" / "fixtures" / "html")
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--cli", help="path to the pressparse binary (times `extract --html FOLDER`)")
    args = ap.parse_args()

    pages = load(args.pages)
    n = len(pages) * args.rounds
    mb = sum(len(h.encode("utf-8")) for _, h in pages) * args.rounds / 1e6
    results: dict[str, float] = {}

    try:
        import trafilatura

        results["trafilatura.extract"] = time_calls(trafilatura.extract, pages, args.rounds)
    except ImportError:
        print("trafilatura is not installed (pip install trafilatura)", file=sys.stderr)

    try:
        import pressparse

        results["pressparse.extract_html"] = time_calls(pressparse.extract_html, pages, args.rounds)
    except (ImportError, AttributeError) as e:
        print(f"pressparse.extract_html unavailable: {e}", file=sys.stderr)

    if args.cli:
        results["pressparse CLI extract --html"] = time_cli(args.cli, args.pages, args.rounds)

    print(f"{len(pages)} pages x {args.rounds} rounds = {n} pages, {mb:.2f} MB")
    base = results.get("trafilatura.extract")
    for name, secs in results.items():
        ratio = (
            f"  {base / secs:6.1f}x trafilatura" if base and name != "trafilatura.extract" else ""
        )
        print(f"{name:32s} {secs:8.3f} s  {n / secs:9.1f} pages/s  {mb / secs:7.2f} MB/s{ratio}")


if __name__ == "__main__":
    main()
