"""Nothing crashes the interpreter: every public function with wrong types,
None, huge strings, lone surrogates, bad UTF-8, mismatched ids, and many
threads at once. Errors are TypeError (wrong type) or PressParseError
(everything pressparse rejects), naming the input."""

from __future__ import annotations

import inspect
import itertools
import os
import pickle
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

import pressparse

from conftest import SAMPLE, TEXTS, check_spans, corpus_texts

MB = 1024 * 1024
WRONG_TYPES: list[Any] = [42, None, [1, 2, 3], {"text": "x"}, 3.5, object()]

# Every public function that reads a text, called the way a user would.
TEXT_CALLS: dict[str, Callable[[Any], object]] = {
    "extract": lambda t: pressparse.extract(t),
    "extract_html": lambda t: pressparse.extract_html(t),
    "Extractor.extract": lambda t: pressparse.Extractor().extract(t),
    "Extractor.extract_html": lambda t: pressparse.Extractor().extract_html(t),
    "extract_many": lambda t: pressparse.extract_many([t]),
    "Extractor.extract_many": lambda t: pressparse.Extractor().extract_many([t]),
}
BYTES_CALLS: dict[str, Callable[[Any], object]] = {
    "extract_bytes": lambda b: pressparse.extract_bytes(b),
    "Extractor.extract_bytes": lambda b: pressparse.Extractor().extract_bytes(b),
}


@pytest.mark.parametrize("call", TEXT_CALLS.values(), ids=TEXT_CALLS.keys())
@pytest.mark.parametrize("bad", [*WRONG_TYPES, b"bytes"], ids=repr)
def test_wrong_types_are_type_errors(call: Callable[[Any], object], bad: Any) -> None:
    with pytest.raises(TypeError, match=r"must be str, not"):
        call(bad)


@pytest.mark.parametrize("call", BYTES_CALLS.values(), ids=BYTES_CALLS.keys())
@pytest.mark.parametrize("bad", [*WRONG_TYPES, "a str"], ids=repr)
def test_bytes_functions_refuse_other_types(call: Callable[[Any], object], bad: Any) -> None:
    with pytest.raises(TypeError, match=r"^data must be bytes, bytearray or memoryview, not "):
        call(bad)


@pytest.mark.parametrize("bad", WRONG_TYPES[:1] + WRONG_TYPES[2:], ids=repr)
def test_batch_and_option_types(bad: Any) -> None:
    if not isinstance(bad, dict):  # a dict is an iterable of its keys
        with pytest.raises(TypeError):
            pressparse.extract_many(bad)
    with pytest.raises(TypeError, match=r"texts\[1\] must be str"):
        pressparse.extract_many(["ok", bad])
    with pytest.raises(TypeError):
        pressparse.extract("x", id=bad)
    with pytest.raises(TypeError):
        pressparse.extract_many(["x"], on_error=bad)
    if not isinstance(bad, int):  # an int is a valid limit
        with pytest.raises(TypeError):
            pressparse.Extractor(max_records=bad)
    with pytest.raises(TypeError, match="json must be str"):
        pressparse.Document.from_json(bad)


def test_none_where_an_option_allows_it() -> None:
    # None is "not given" for ids, id, reference_date and the limits.
    text = "“Yes,” said Ann Lee. " * 3
    doc = pressparse.extract(
        text, id=None, reference_date=None, max_input_bytes=None, max_records=None
    )
    assert doc == pressparse.extract(text)
    assert pressparse.extract_many([text], ids=None) == [doc]
    assert pressparse.extract_many([text], ids=[None]) == [doc]


def test_options_are_checked() -> None:
    with pytest.raises(
        pressparse.PressParseError, match="invalid max_input_bytes: must be at least 1"
    ):
        pressparse.Extractor(max_input_bytes=0)
    with pytest.raises(pressparse.PressParseError, match="invalid max_records: must be at least 1"):
        pressparse.extract("x", max_records=0)
    with pytest.raises(OverflowError):
        pressparse.Extractor(max_input_bytes=-1)
    with pytest.raises(OverflowError):
        pressparse.extract_many(["x"], max_records=-1)
    with pytest.raises(ValueError, match="on_error must be 'raise' or 'collect'"):
        pressparse.extract_many(["x"], on_error="bad \udc80")  # type: ignore[call-overload]
    with pytest.raises(pressparse.PressParseError, match="reference_date"):
        pressparse.extract("x", reference_date="2024-01-0\ud800")


def test_extractor_options_round_trip() -> None:
    ex = pressparse.Extractor(lossy=True, max_input_bytes=1000, max_records=None)
    assert (ex.lossy, ex.max_input_bytes, ex.max_records) == (True, 1000, None)
    assert (
        repr(ex)
        == "Extractor(reference_date=None, lossy=True, max_input_bytes=1000, max_records=None)"
    )
    assert pickle.loads(pickle.dumps(ex)) == ex
    assert ex != pressparse.Extractor()
    default = pressparse.Extractor()
    assert (default.lossy, default.max_input_bytes, default.max_records) == (False, 64 * MB, 10_000)
    assert repr(default) == "Extractor(reference_date=None)"
    # The signatures show the same defaults as the extractor has.
    params = inspect.signature(pressparse.extract).parameters
    assert params["max_input_bytes"].default == default.max_input_bytes
    assert params["max_records"].default == default.max_records


# Lone surrogates: a str that UTF-8 cannot encode.


@pytest.mark.parametrize("call", TEXT_CALLS.values(), ids=TEXT_CALLS.keys())
def test_surrogates_are_pressparse_errors(call: Callable[[Any], object]) -> None:
    with pytest.raises(pressparse.PressParseError, match="lone surrogate at code point 4"):
        call("bad \ud800 text")


def test_surrogate_errors_name_the_input_and_offset() -> None:
    with pytest.raises(pressparse.PressParseError) as info:
        pressparse.extract("é€🙂 \udfff", id="r9")
    assert str(info.value) == "r9: lone surrogate at code point 4 (the lossy option replaces it)"
    assert isinstance(info.value, ValueError)
    with pytest.raises(
        pressparse.PressParseError, match=r"^ids\[1\] = 'y\\ud800': lone surrogate at code point 1"
    ):
        pressparse.extract_many(["a", "b"], ids=["x", "y\ud800"])
    with pytest.raises(pressparse.PressParseError, match=r"^id: lone surrogate at code point 0"):
        pressparse.extract("a", id="\ud800")
    with pytest.raises(pressparse.PressParseError, match=r"^json: lone surrogate"):
        pressparse.Document.from_json('{"id": "\ud800"}')


def test_lossy_replaces_each_surrogate_by_one_code_point() -> None:
    text = "\ud800 “We will win,” said Jane \udc00Doe. \ud83d\ude00"
    doc = pressparse.extract(text, lossy=True, id="r\ud800")
    assert doc.id == "r\ufffd"
    # One replacement per surrogate: spans index the caller's string.
    check_spans(text, doc)
    q = doc.quotes[0]
    assert text[q.span[0] : q.span[1]] == q.text == "We will win,"
    replaced = (
        text.replace("\ud800", "\ufffd").replace("\udc00", "\ufffd").replace("\ud83d", "\ufffd")
    )
    assert doc == pressparse.extract(replaced.replace("\ude00", "\ufffd"), id="r\ufffd")
    assert pressparse.Extractor(lossy=True).extract(text) == pressparse.extract(text, lossy=True)


def test_batches_go_on_past_bad_inputs() -> None:
    ex = pressparse.Extractor(max_input_bytes=1000)
    texts = [TEXTS[0], "bad \udc80", "x" * 1001, TEXTS[1]]
    results = ex.extract_many(texts, on_error="collect")
    assert results[0] == ex.extract(TEXTS[0])
    assert results[3] == ex.extract(TEXTS[1])
    assert isinstance(results[1], pressparse.PressParseError)
    assert (
        str(results[1]) == "texts[1]: lone surrogate at code point 4 (the lossy option replaces it)"
    )
    assert isinstance(results[2], pressparse.PressParseError)
    assert (
        str(results[2]) == "texts[2]: input is 1001 bytes, over the limit of 1000 (max_input_bytes)"
    )
    # Named by id when there are ids; "raise" raises the first after the batch.
    with pytest.raises(pressparse.PressParseError, match=r"^b: lone surrogate"):
        ex.extract_many(texts, ids=["a", "b", "c", "d"])
    # An id that UTF-8 cannot encode fails its own item only.
    results = ex.extract_many(["One.", "Two."], ids=["a", "caf\udce9"], on_error="collect")
    assert results[0] == ex.extract("One.", id="a")
    assert str(results[1]) == (
        "ids[1] = 'caf\\udce9': lone surrogate at code point 3 (the lossy option replaces it)"
    )
    # lossy=True reads the surrogate instead.
    lossy = pressparse.extract_many(texts[:2], lossy=True, on_error="collect")
    assert all(isinstance(r, pressparse.Document) for r in lossy)


def test_a_file_name_that_is_not_utf8_fails_alone(tmp_path: Path) -> None:
    # Python reads such a name with "surrogateescape": a lone surrogate.
    try:
        (tmp_path / os.fsdecode(b"caf\xe9.txt")).write_text("Two.", encoding="utf-8")
    except (OSError, UnicodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    out = list(pressparse.extract_stream(pressparse.read_dir(tmp_path), on_error="collect"))
    assert len(out) == 2
    assert isinstance(out[0], pressparse.Document)
    assert out[0].id == "a"
    assert isinstance(out[1], pressparse.PressParseError)
    assert "'caf\\udce9': lone surrogate at code point 3" in str(out[1])


def test_iter_files_paths() -> None:
    with pytest.raises(TypeError, match="paths must be an iterable of paths, not str"):
        pressparse.iter_files("release.txt")
    # A path the file system cannot encode follows on_error like any bad file.
    (pair,) = list(pressparse.iter_files(["bad-\ud800.txt"], on_error="collect"))
    assert pair[0] == "bad-\ud800"
    assert isinstance(pair[1], pressparse.PressParseError)
    assert isinstance(pair[1].__cause__, UnicodeEncodeError)


def test_extract_stream_collects_surrogates() -> None:
    pairs = [("a", TEXTS[0]), ("b", "bad \ud800"), ("c", TEXTS[1])]
    out = list(pressparse.extract_stream(pairs, on_error="collect"))
    assert isinstance(out[0], pressparse.Document)
    assert isinstance(out[2], pressparse.Document)
    assert isinstance(out[1], pressparse.PressParseError)
    assert "lone surrogate" in str(out[1])


# Bytes.


@pytest.mark.parametrize("kind", [bytes, bytearray, memoryview])
def test_bytes_like_inputs(kind: Callable[[bytes], Any]) -> None:
    data = SAMPLE.encode()
    doc = pressparse.extract_bytes(kind(data), id="s")
    assert doc == pressparse.extract(SAMPLE, id="s")
    assert doc.text is None
    check_spans(data.decode(), doc)
    assert pressparse.Extractor().extract_bytes(kind(data), id="s") == doc


def test_bad_utf8_names_the_offset() -> None:
    data = "“Hi,” said Ann Lee. ".encode() + b"\xe9t\xe9"
    offset = len("“Hi,” said Ann Lee. ".encode())
    message = f"r1: invalid UTF-8 at byte {offset} (the lossy option replaces invalid bytes)"
    with pytest.raises(pressparse.PressParseError) as info:
        pressparse.extract_bytes(data, id="r1")
    assert str(info.value) == message
    with pytest.raises(pressparse.PressParseError, match=f"at byte {offset}"):
        pressparse.Extractor().extract_bytes(memoryview(data))
    for bad, at in [(b"\xff", 0), (b"ab\xc3", 2), (b"ok \xed\xa0\x80", 3)]:
        with pytest.raises(pressparse.PressParseError, match=f"invalid UTF-8 at byte {at} "):
            pressparse.extract_bytes(bad)


def test_lossy_bytes_keep_the_decoded_text() -> None:
    data = b"\xff\xfe \xe2\x80\x9cWe will win,\xe2\x80\x9d said Jane Doe."
    doc = pressparse.extract_bytes(data, lossy=True)
    assert doc.text == data.decode("utf-8", "replace")
    check_spans(doc.text, doc)
    assert pressparse.Extractor(lossy=True).extract_bytes(bytearray(data)) == doc


def test_a_byte_order_mark_counts_as_one_code_point() -> None:
    text = "\ufeff" + SAMPLE
    doc = pressparse.extract_bytes(text.encode())
    assert doc == pressparse.extract(text)
    check_spans(text, doc)
    plain = pressparse.extract(SAMPLE)
    assert [q.span[0] for q in doc.quotes] == [q.span[0] + 1 for q in plain.quotes]


# Huge inputs and limits.


def test_huge_strings_hit_the_limit_not_the_machine() -> None:
    huge = "“We will win,” said Jane Doe. " * (50 * MB // 30)  # 50 MB of code points
    size = len(huge.encode())
    ex = pressparse.Extractor(max_input_bytes=MB)
    expected = f"r: input is {size} bytes, over the limit of {MB} (max_input_bytes)"
    for call in (ex.extract, ex.extract_html):
        with pytest.raises(pressparse.PressParseError) as info:
            call(huge, id="r")
        assert str(info.value) == expected
    with pytest.raises(pressparse.PressParseError, match="over the limit"):
        pressparse.extract_bytes(huge.encode(), max_input_bytes=MB)
    results = ex.extract_many([huge, "Fine."], on_error="collect")
    assert isinstance(results[0], pressparse.PressParseError)
    assert isinstance(results[1], pressparse.Document)
    # Over the default limit (64 MiB) too, without any option.
    bigger = "a" * (64 * MB + 1)
    with pytest.raises(pressparse.PressParseError, match="over the limit of 67108864"):
        pressparse.extract(bigger)
    with pytest.raises(pressparse.PressParseError, match="over the limit of 67108864"):
        pressparse.extract_bytes(memoryview(bigger.encode()))


def test_max_records_truncates() -> None:
    text = " ".join(f"On {d} May 2020 the minister spoke." for d in range(1, 29))
    full = pressparse.extract(text)
    assert len(full.dates) == 28
    assert not full.truncated
    doc = pressparse.extract(text, max_records=5)
    assert doc.truncated
    assert doc.dates == full.dates[:5]
    assert doc.to_dict()["truncated"] is True
    assert "truncated" not in full.to_dict()
    assert pressparse.Document.from_json(doc.to_json()) == doc
    assert repr(doc).endswith(", truncated=True)")
    assert pressparse.Extractor(max_records=5).extract_many([text]) == [doc]


def test_mismatched_ids() -> None:
    with pytest.raises(ValueError, match="got more ids than the 2 texts"):
        pressparse.extract_many(["a", "b"], ids=["x"] * 1_000_000)
    with pytest.raises(ValueError, match="got more ids than the 2 texts"):
        pressparse.extract_many(["a", "b"], ids=itertools.repeat("x"))  # endless
    with pytest.raises(ValueError, match="got 2 ids for 1000000 texts"):
        pressparse.extract_many(["a"] * 1_000_000, ids=["x", "y"])
    with pytest.raises(TypeError, match="ids must be a sequence of str or None, not str"):
        pressparse.extract_many(["a"], ids="a")


def test_many_threads_are_capped() -> None:
    texts = ["“Yes,” said Ann Lee.", "No."]
    assert pressparse.extract_many(texts, threads=1_000_000) == [
        pressparse.extract(t) for t in texts
    ]


# Threads.


def test_eight_threads_on_one_extractor() -> None:
    corpus = [t for _, t in corpus_texts()[:24]]
    texts = [SAMPLE, *TEXTS, *corpus, "bad \ud800"]
    ex = pressparse.Extractor(reference_date="2024-05-06", max_records=50)
    single = ex.extract_many(texts, on_error="collect", threads=1)
    singles = [ex.extract(t, id=str(i)) for i, t in enumerate(texts[:-1])]

    def job(i: int) -> list[Any]:
        if i % 2:
            return ex.extract_many(texts, on_error="collect")
        return [ex.extract(t, id=str(k)) for k, t in enumerate(texts[:-1])]

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(job, range(32)))
    for i, got in enumerate(results):
        if i % 2:
            assert got[:-1] == single[:-1]
            assert str(got[-1]) == str(single[-1])
        else:
            assert got == singles
