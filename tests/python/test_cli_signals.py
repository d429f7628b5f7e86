"""Ctrl-C and SIGTERM stop ``python -m pressparse`` cleanly: the Rust CLI
sees the interrupt through Python's own handlers, removes its temporary
files, and the process exits with 128 + signal."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

RELEASES = Path(__file__).resolve().parents[2] / "examples" / "releases"


def big_folder(root: Path, copies: int = 120) -> tuple[Path, int]:
    """``copies`` x the example releases: far more work than the moment
    between the first output and the signal."""
    folder = root / "in"
    folder.mkdir()
    releases = sorted(RELEASES.glob("*.txt"))
    for copy in range(copies):
        for release in releases:
            shutil.copyfile(release, folder / f"{copy:04d}-{release.name}")
    return folder, copies * len(releases)


def spawn(*args: str) -> subprocess.Popen[str]:
    # A shell without job control starts background children with SIGINT
    # ignored, and Python keeps it so: give the child the default back.
    return subprocess.Popen(
        [sys.executable, "-m", "pressparse", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def wait_until(proc: subprocess.Popen[str], ready: Callable[[], bool]) -> None:
    """Wait until ``ready()`` or the process has exited (then the test's
    assertions on its exit status say what went wrong)."""
    while not ready() and proc.poll() is None:
        time.sleep(0.005)


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_signal_stops_convert_between_files(tmp_path: Path, signum: int, status: int) -> None:
    folder, total = big_folder(tmp_path)
    out = tmp_path / "out"
    proc = spawn("convert", str(folder), str(out))
    wait_until(proc, lambda: out.is_dir() and any(out.glob("*.json")))
    proc.send_signal(signum)
    _, stderr = proc.communicate(timeout=300)
    assert proc.returncode == status, stderr
    assert "Traceback" not in stderr, stderr
    names = sorted(p.name for p in out.iterdir())
    assert names
    assert len(names) < total
    for name in names:
        assert name.endswith(".json"), name
        assert not name.startswith("."), name
        doc = json.loads((out / name).read_text(encoding="utf-8"))
        assert f"{doc['id']}.json" == name


def test_ctrl_c_leaves_extract_output_untouched(tmp_path: Path) -> None:
    folder, _ = big_folder(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "all.jsonl"
    target.write_text("old\n", encoding="utf-8")

    def writing() -> bool:
        return any(p.name.endswith(".tmp") and p.stat().st_size > 0 for p in out.iterdir())

    proc = spawn("extract", "--overwrite", "-o", str(target), str(folder))
    wait_until(proc, writing)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 130, stderr
    assert [p.name for p in out.iterdir()] == ["all.jsonl"]
    assert target.read_text(encoding="utf-8") == "old\n"
