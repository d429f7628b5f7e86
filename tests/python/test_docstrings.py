"""Every example in the extension's docstrings runs (the pure-Python
modules' doctests run with ``pytest --doctest-modules python/pressparse``)."""

from __future__ import annotations

import doctest

import pytest

from pressparse import _pressparse

_TESTS = [
    t for t in doctest.DocTestFinder().find(_pressparse, "pressparse._pressparse") if t.examples
]


def test_examples_are_found() -> None:
    names = {t.name.rsplit(".", 1)[-1] for t in _TESTS}
    assert {"extract", "extract_many", "Document", "Extractor", "Quote", "Speaker"} <= names


@pytest.mark.parametrize("test", _TESTS, ids=[t.name for t in _TESTS])
def test_docstring_example(test: doctest.DocTest) -> None:
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    out: list[str] = []
    result = runner.run(test, out=out.append)
    assert result.failed == 0, "".join(out)
