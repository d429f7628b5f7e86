"""Errors: TypeError for wrong argument types, PressParseError (a
ValueError) for everything pressparse itself rejects."""

from __future__ import annotations

import datetime
import pickle
from typing import Any

import pytest

import pressparse


def test_error_class() -> None:
    assert issubclass(pressparse.PressParseError, ValueError)
    assert pressparse.PressParseError.__module__ == "pressparse"
    err = pressparse.PressParseError("boom")
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is pressparse.PressParseError
    assert str(again) == "boom"


@pytest.mark.parametrize("bad", [b"bytes", None, 42, ["a list"]])
def test_text_must_be_str(bad: Any) -> None:
    with pytest.raises(TypeError, match=r"text must be str, not"):
        pressparse.extract(bad)
    with pytest.raises(TypeError, match=r"text must be str, not"):
        pressparse.Extractor().extract(bad)


def test_type_error_names_the_type() -> None:
    with pytest.raises(TypeError, match=r"^text must be str, not bytes$"):
        pressparse.extract(b"x")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^text must be str, not NoneType$"):
        pressparse.extract(None)  # type: ignore[arg-type]


def test_text_is_positional_only_and_options_keyword_only() -> None:
    with pytest.raises(TypeError):
        pressparse.extract(text="x")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        pressparse.extract("x", "id")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        pressparse.Extractor("2024-01-01")  # type: ignore[call-arg]


@pytest.mark.parametrize("bad", ["not a date", "2024-13-01", "2023-02-29", ""])
def test_bad_reference_date(bad: str) -> None:
    with pytest.raises(pressparse.PressParseError, match="reference_date"):
        pressparse.Extractor(reference_date=bad)
    with pytest.raises(pressparse.PressParseError, match="reference_date"):
        pressparse.extract("x", reference_date=bad)
    with pytest.raises(ValueError, match="reference_date"):
        pressparse.extract_many(["x"], reference_date=bad)


def test_reference_date_types() -> None:
    assert pressparse.Extractor(reference_date=datetime.date(2024, 2, 29)).reference_date == (
        "2024-02-29"
    )
    dt = datetime.datetime(2024, 3, 1, 23, 59)
    assert pressparse.Extractor(reference_date=dt).reference_date == "2024-03-01"
    assert pressparse.Extractor(reference_date=None).reference_date is None
    with pytest.raises(TypeError, match=r"reference_date must be str or datetime\.date, not int"):
        pressparse.Extractor(reference_date=20240101)  # type: ignore[arg-type]


def test_batch_argument_errors() -> None:
    with pytest.raises(TypeError, match=r"texts must be an iterable of str, not str"):
        pressparse.extract_many("one text")
    with pytest.raises(TypeError, match=r"texts\[1\] must be str, not bytes"):
        pressparse.extract_many(["ok", b"bad"])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        pressparse.extract_many(5)  # type: ignore[call-overload]
    with pytest.raises(ValueError, match="got 1 ids for 2 texts"):
        pressparse.extract_many(["a", "b"], ids=["x"])
    with pytest.raises(TypeError, match=r"ids\[0\] must be str"):
        pressparse.extract_many(["a"], ids=[3])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="on_error"):
        pressparse.extract_many(["a"], on_error="ignore")  # type: ignore[call-overload]
    with pytest.raises(ValueError, match="threads"):
        pressparse.extract_many(["a"], threads=0)
    with pytest.raises(OverflowError):
        pressparse.extract_many(["a"], threads=-1)


def test_odd_inputs_never_fail() -> None:
    odd = [
        "",
        "\x00",
        "“",
        "”" * 50,
        "«»" * 20,
        "\ud7ff" + "a" * 3,
        "\n" * 1000,
        "said said said, said.",
        "🙂 “emoji quote 🙂,” said 🙂.",
        "a" * 100_000,
    ]
    for text in odd:
        doc = pressparse.extract(text)
        assert doc.to_dict() is not None


def test_lone_surrogate_is_a_pressparse_error() -> None:
    # Not encodable as UTF-8: a PressParseError naming its code-point
    # offset, never a UnicodeEncodeError from inside the binding (more in
    # test_hardening.py).
    with pytest.raises(pressparse.PressParseError, match="lone surrogate at code point 4"):
        pressparse.extract("bad \udc80 surrogate")
