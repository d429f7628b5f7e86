"""Readers of files and JSON Lines, and extraction as a stream: order, ids,
bad inputs under each ``on_error``, bounded read-ahead."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import pressparse

from conftest import REPO, SAMPLE, TEXTS

RELEASES = REPO / "examples" / "releases"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """b.txt, a.txt, sub/c.txt, sub/deeper/d.txt, an a.md that the pattern
    must skip, and z.txt with a byte-order mark."""
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "b.txt").write_text("Bee.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Ay.", encoding="utf-8")
    (tmp_path / "a.md").write_text("not a release", encoding="utf-8")
    (tmp_path / "sub" / "c.txt").write_text("Sea.", encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "d.txt").write_text("Dee.", encoding="utf-8")
    (tmp_path / "z.txt").write_bytes("\ufeffZed – é.".encode())
    return tmp_path


def _add_bad_files(folder: Path) -> None:
    (folder / "bad-utf8.txt").write_bytes(b"caf\xe9 au lait")
    (folder / "broken-link.txt").symlink_to(folder / "nowhere.txt")


def test_read_dir_sorted_recursive_with_relative_ids(folder: Path) -> None:
    pairs = list(pressparse.read_dir(folder))
    assert pairs == [
        ("a", "Ay."),
        ("b", "Bee."),
        ("sub/c", "Sea."),
        ("sub/deeper/d", "Dee."),
        ("z", "Zed – é."),  # the byte-order mark is not part of the text
    ]
    files = sorted(p for p in folder.rglob("*.txt"))
    assert [i for i, _ in pairs] == [
        p.relative_to(folder).with_suffix("").as_posix() for p in files
    ]


def test_read_dir_options(folder: Path) -> None:
    assert [i for i, _ in pressparse.read_dir(folder, recursive=False)] == ["a", "b", "z"]
    assert list(pressparse.read_dir(str(folder), pattern="*.md")) == [("a", "not a release")]
    with pytest.raises(NotADirectoryError):
        pressparse.read_dir(folder / "a.txt")
    with pytest.raises(ValueError, match="on_error must be one of"):
        pressparse.read_dir(folder, on_error="ignore")  # type: ignore[call-overload]


def test_read_dir_is_lazy(folder: Path) -> None:
    pairs = pressparse.read_dir(folder)
    assert next(pairs) == ("a", "Ay.")
    (folder / "b.txt").write_text("Changed.", encoding="utf-8")  # not read yet
    assert next(pairs) == ("b", "Changed.")


def test_read_dir_bad_files_raise(folder: Path) -> None:
    _add_bad_files(folder)
    with pytest.raises(UnicodeDecodeError):
        list(pressparse.read_dir(folder))
    (folder / "bad-utf8.txt").unlink()
    with pytest.raises(FileNotFoundError):
        list(pressparse.read_dir(folder))


def test_read_dir_bad_files_skip(folder: Path) -> None:
    _add_bad_files(folder)
    with pytest.warns(UserWarning, match="skipped") as record:
        ids = [i for i, _ in pressparse.read_dir(folder, on_error="skip")]
    assert ids == ["a", "b", "sub/c", "sub/deeper/d", "z"]
    messages = sorted(str(w.message) for w in record)
    assert "bad-utf8.txt" in messages[0]
    assert "broken-link.txt" in messages[1]


def test_read_dir_bad_files_collect(folder: Path) -> None:
    _add_bad_files(folder)
    pairs = list(pressparse.read_dir(folder, on_error="collect"))
    assert [i for i, _ in pairs] == [
        "a",
        "b",
        "bad-utf8",
        "broken-link",
        "sub/c",
        "sub/deeper/d",
        "z",
    ]
    bad = dict(pairs)
    utf8, link = bad["bad-utf8"], bad["broken-link"]
    assert isinstance(utf8, pressparse.PressParseError)
    assert isinstance(utf8.__cause__, UnicodeDecodeError)
    assert "bad-utf8.txt" in str(utf8)
    assert isinstance(link, pressparse.PressParseError)
    assert isinstance(link.__cause__, FileNotFoundError)


def test_iter_files_keeps_the_given_order(folder: Path) -> None:
    paths: list[str | Path] = [folder / "b.txt", str(folder / "sub" / "c.txt"), folder / "a.txt"]
    assert list(pressparse.iter_files(paths)) == [("b", "Bee."), ("c", "Sea."), ("a", "Ay.")]
    missing = folder / "missing.txt"
    with pytest.raises(FileNotFoundError):
        list(pressparse.iter_files([missing]))
    with pytest.warns(UserWarning, match="missing.txt"):
        assert list(pressparse.iter_files([missing, paths[0]], on_error="skip")) == [("b", "Bee.")]
    ((i, err),) = list(pressparse.iter_files([missing], on_error="collect"))
    assert i == "missing"
    assert isinstance(err, pressparse.PressParseError)


def _jsonl(tmp_path: Path, lines: list[bytes]) -> Path:
    path = tmp_path / "releases.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def test_iter_jsonl(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path,
        [
            json.dumps({"id": "a", "text": "One.", "extra": 1}).encode(),
            b"",
            json.dumps({"id": 7, "text": "Tw\u00f6."}, ensure_ascii=False).encode(),
            json.dumps({"text": "No id."}).encode(),
        ],
    )
    assert list(pressparse.iter_jsonl(path)) == [("a", "One."), ("7", "Twö."), (None, "No id.")]
    with pytest.raises(FileNotFoundError):
        pressparse.iter_jsonl(tmp_path / "none.jsonl")


def test_iter_jsonl_bad_lines(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path,
        [
            b'{"id": "ok", "text": "Fine."}',
            b'{"id": "cut", "text": "unterminated',
            b'{"id": "no-text"}',
            b'["not", "an", "object"]',
            b'{"id": "latin1", "text": "caf\xe9"}',
            b'{"id": "last", "text": "Also fine."}',
        ],
    )
    with pytest.raises(ValueError, match="Unterminated string"):
        list(pressparse.iter_jsonl(path))
    with pytest.warns(UserWarning, match=r"releases\.jsonl:\d"):
        good = list(pressparse.iter_jsonl(path, on_error="skip"))
    assert good == [("ok", "Fine."), ("last", "Also fine.")]
    pairs = list(pressparse.iter_jsonl(path, on_error="collect"))
    assert [i for i, _ in pairs] == ["ok", None, "no-text", None, None, "last"]
    errors = [t for _, t in pairs if not isinstance(t, str)]
    assert len(errors) == 4
    assert all(isinstance(e, pressparse.PressParseError) for e in errors)
    assert [str(e).split(": ", 1)[0].rsplit(":", 1)[1] for e in errors] == ["2", "3", "4", "5"]
    assert isinstance(errors[3].__cause__, UnicodeDecodeError)


def test_extract_stream_equals_extract_many() -> None:
    pairs = list(pressparse.read_dir(RELEASES))
    assert len(pairs) >= 5
    ids, texts = zip(*pairs, strict=True)
    expected = pressparse.extract_many(list(texts), ids=list(ids))
    for batch_size, threads in [(1, 1), (2, 2), (256, None)]:
        got = list(pressparse.extract_stream(iter(pairs), batch_size=batch_size, threads=threads))
        assert got == expected, (batch_size, threads)


def test_extract_stream_bare_texts_and_reference_date() -> None:
    docs = list(pressparse.extract_stream([*TEXTS, ("s", SAMPLE)], batch_size=4))
    assert docs == [*pressparse.extract_many(TEXTS), pressparse.extract(SAMPLE, id="s")]
    (doc,) = pressparse.extract_stream(["The minister spoke today."], reference_date="2024-05-06")
    assert doc == pressparse.extract("The minister spoke today.", reference_date="2024-05-06")


def test_extract_stream_reads_ahead_a_bounded_amount() -> None:
    produced = 0

    def source() -> Iterator[tuple[str, str]]:
        nonlocal produced
        for i in itertools.count():
            produced += 1
            yield str(i), "The minister spoke on April 20, 2018."

    stream = pressparse.extract_stream(source(), batch_size=10)
    first = list(itertools.islice(stream, 25))
    assert [d.id for d in first] == [str(i) for i in range(25)]
    assert produced <= 50  # the batch being yielded, the one running, one read
    stream.close()  # stops the endless source without hanging


def test_extract_stream_errors_follow_on_error(folder: Path) -> None:
    _add_bad_files(folder)
    collected = list(
        pressparse.extract_stream(
            pressparse.read_dir(folder, on_error="collect"), on_error="collect"
        )
    )
    kinds = [type(d).__name__ for d in collected]
    assert kinds == ["Document"] * 2 + ["PressParseError"] * 2 + ["Document"] * 3
    assert [d.id for d in collected if isinstance(d, pressparse.Document)] == [
        "a",
        "b",
        "sub/c",
        "sub/deeper/d",
        "z",
    ]
    with pytest.warns(UserWarning, match="skipped an input"):
        skipped = list(
            pressparse.extract_stream(
                pressparse.read_dir(folder, on_error="collect"), on_error="skip"
            )
        )
    assert len(skipped) == 5
    seen: list[str | None] = []

    def consume() -> None:
        stream = pressparse.extract_stream(
            pressparse.read_dir(folder, on_error="collect"), batch_size=1
        )
        seen.extend(doc.id for doc in stream)

    with pytest.raises(pressparse.PressParseError, match="bad-utf8"):
        consume()
    assert seen == ["a", "b"]  # everything before the bad file was yielded


def test_extract_stream_checks_arguments() -> None:
    with pytest.raises(ValueError, match="batch_size"):
        pressparse.extract_stream([], batch_size=0)
    with pytest.raises(ValueError, match="threads"):
        pressparse.extract_stream([], threads=0)
    with pytest.raises(ValueError, match="on_error"):
        pressparse.extract_stream([], on_error="ignore")  # type: ignore[call-overload]
    with pytest.raises(TypeError, match=r"item 0 must be a str or an \(id, text\) pair"):
        list(pressparse.extract_stream([("a", "b", "c")]))  # type: ignore[list-item]
    with pytest.raises(TypeError, match="item 1: text must be str, not bytes"):
        list(pressparse.extract_stream([("a", "ok"), ("b", b"bytes")]))  # type: ignore[list-item]


def test_read_dir_of_the_bundled_releases_matches_the_files() -> None:
    files = sorted(RELEASES.glob("*.txt"))
    assert list(pressparse.read_dir(RELEASES)) == [
        (p.stem, p.read_text(encoding="utf-8")) for p in files
    ]
