"""Print who said what in press releases: one tab-separated row per quote.

    python examples/python/quotes_table.py release1.txt release2.txt

The batch runs on all cores; a release that fails is reported on stderr and
the others still print.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pressparse


def main(paths: list[str]) -> int:
    texts = [Path(p).read_text(encoding="utf-8") for p in paths]
    ids = [Path(p).stem for p in paths]
    status = 0
    for name, result in zip(
        paths, pressparse.extract_many(texts, ids=ids, on_error="collect"), strict=True
    ):
        if isinstance(result, pressparse.PressParseError):
            print(f"{name}: {result}", file=sys.stderr)
            status = 1
            continue
        for quote in result.quotes:
            speaker = quote.speaker.name if quote.speaker else "?"
            print(f"{result.id}\t{quote.kind}\t{speaker}\t{quote.text}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
