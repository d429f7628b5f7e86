"""The package surface: exports, version, typing marker, console script."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib import metadata, resources

import pressparse
from pressparse import _pressparse


def test_public_names() -> None:
    assert sorted(pressparse.__all__) == sorted(
        [
            "DateMention", "Dateline", "Demand", "Document", "Extractor",
            "PressParseError", "Quote", "SignatoryCount", "Speaker", "__version__",
            "extract", "extract_bytes", "extract_html", "extract_many", "extract_stream",
            "iter_files", "iter_jsonl", "read_dir", "to_arrow", "to_columns", "to_frames",
            "to_pandas", "to_polars", "to_records",
        ]
    )  # fmt: skip
    for name in pressparse.__all__:
        assert hasattr(pressparse, name), name
    assert pressparse.Quote is _pressparse.Quote
    assert pressparse.Quote.__module__ == "pressparse._pressparse"


def test_version() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+.*", pressparse.__version__)
    assert metadata.version("pressparse") == pressparse.__version__


def test_typed() -> None:
    files = resources.files("pressparse")
    assert files.joinpath("py.typed").is_file()
    assert files.joinpath("_pressparse.pyi").is_file()


def test_console_script_entry_point() -> None:
    (ep,) = [e for e in metadata.entry_points(group="console_scripts") if e.name == "pressparse"]
    assert ep.value == "pressparse.__main__:main"


def test_cli_help_runs_the_rust_cli() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "pressparse", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "pressparse" in proc.stdout.lower()
    assert "usage" in proc.stdout.lower()


def test_cli_main_returns_exit_code() -> None:
    # A file that does not exist is an error exit, not an exception.
    code = _pressparse._cli_main(["pressparse", "/nonexistent/release.txt"])
    assert isinstance(code, int)
    assert code != 0


def test_help_is_readable() -> None:
    """Every public name has a docstring, and help() renders without error."""
    import pydoc

    for name in pressparse.__all__:
        obj = getattr(pressparse, name)
        if name == "__version__":
            continue
        assert (obj.__doc__ or "").strip(), name
        text = pydoc.plain(pydoc.render_doc(obj))
        assert len(text) > 80, name
    for module, names in [
        (pressparse.frames, ["to_columns", "to_frames", "to_records"]),
        (pressparse.stream, ["read_dir", "iter_files", "iter_jsonl", "extract_stream"]),
    ]:
        text = pydoc.plain(pydoc.render_doc(module))
        assert all(f"{n}(" in text for n in names), module


def test_import_needs_no_optional_dependency() -> None:
    """pandas, pyarrow, polars, matplotlib and dask are extras: importing and
    extracting never loads them."""
    code = (
        "import sys, pressparse\n"
        "docs = list(pressparse.extract_stream(['It happened in 2014.']))\n"
        "pressparse.to_columns(docs)\n"
        "print(sorted(m for m in ('pandas', 'pyarrow', 'polars', 'matplotlib', 'dask')"
        " if m in sys.modules))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
