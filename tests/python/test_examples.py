"""The Python examples and the package README's code run."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO


def test_quotes_table_example(tmp_path: Path) -> None:
    release = tmp_path / "release-1.txt"
    release.write_text("“We will win,” said Jane Doe.\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(REPO / "examples" / "python" / "quotes_table.py"), str(release)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["release-1\tdirect\tJane Doe\tWe will win,"]


@pytest.mark.parametrize("readme_path", ["python/README.md", "README.md"])
def test_readme_python_blocks_run(monkeypatch: pytest.MonkeyPatch, readme_path: str) -> None:
    monkeypatch.chdir(REPO)  # the README's paths are relative to the repository
    readme = (REPO / readme_path).read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.DOTALL)
    assert blocks
    for block in blocks:
        exec(compile(block, readme_path, "exec"), {})


def test_notebook_example_draws_the_chart(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib", reason="the notebook needs the [plot] extra")
    pytest.importorskip("pandas", reason="the notebook needs the [pandas] extra")
    out = tmp_path / "top-speakers.png"
    proc = subprocess.run(
        [sys.executable, str(REPO / "examples" / "python" / "notebook.py"), str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    n = len(list((REPO / "examples" / "releases").glob("*.txt")))
    assert f"{n} releases from examples/releases" in proc.stdout
    assert "Top speakers" in proc.stdout
    assert "Top demand targets" in proc.stdout
    assert out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
