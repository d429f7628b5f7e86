"""benches/bench.py runs end to end on a tiny workload and reports every
figure of issue 7 (the real run is by hand, on an optimised build)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import REPO


def test_bench_reports_every_figure() -> None:
    pytest.importorskip("pyarrow", reason="the to_arrow figure needs the [arrow] extra")
    proc = subprocess.run(
        [
            sys.executable,
            str(REPO / "benches" / "bench.py"),
            "--corpus",
            str(REPO / "examples" / "releases"),
            "--repeat",
            "1",
            "--min-mb",
            "0",
            "--arrow-docs",
            "200",
            "--stream-mb",
            "0.3",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    for figure in [
        "extract_many, 2 threads vs 1",
        "Python overhead over the Rust pipeline",
        "to_arrow / extraction, 200 docs",
        "peak RSS streaming 0 MB",
    ]:
        assert figure in out, out
    assert "failed" not in out
