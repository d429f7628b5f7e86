"""Read releases from files and extract them as a stream, in bounded memory.

The readers yield ``(id, text)`` pairs one file (or line) at a time:

- :func:`read_dir`: the files of a folder matching a pattern, recursively,
  in sorted order; the id is the path relative to the folder, without its
  suffix (``"doj-001"``, ``"2024/doj-001"``);
- :func:`iter_files`: the given files, in the given order; the id is the
  file's stem;
- :func:`iter_jsonl`: a JSON Lines file of ``{"id": ..., "text": ...}``
  objects, in file order.

:func:`extract_stream` turns such pairs into Documents in input order,
extracting ``batch_size`` releases at a time on all cores while the next
batch is read, so memory stays bounded whatever the size of the input.

Bad inputs (a file that cannot be read, text that is not UTF-8, a JSON
line without a ``text``) follow ``on_error``, the same in every function:

- ``"raise"`` (default): raise the error (``OSError``,
  ``UnicodeDecodeError``, ``ValueError``) when the stream reaches it;
- ``"skip"``: leave the input out with a ``UserWarning`` naming it;
- ``"collect"``: the readers yield ``(id, PressParseError)`` in place of
  ``(id, text)``, the error's message naming the file (and line) and its
  ``__cause__`` holding the original error; :func:`extract_stream` yields
  that error in place of the Document, as ``extract_many(...,
  on_error="collect")`` does.

>>> import pressparse, tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "b.txt").write_text("“We will win,” said Jane Doe.", encoding="utf-8")
>>> _ = (folder / "a.txt").write_text("The minister spoke.", encoding="utf-8")
>>> [doc.id for doc in pressparse.extract_stream(pressparse.read_dir(folder))]
['a', 'b']
"""

from __future__ import annotations

import datetime
import fnmatch
import json
import os
import warnings
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Literal, TypeAlias, overload

from pressparse._pressparse import Document, Extractor, PressParseError

OnError: TypeAlias = Literal["raise", "skip", "collect"]
StrPath: TypeAlias = str | os.PathLike[str]
# (id, text) from files, whose id is always a string; from JSON Lines,
# whose lines may have no id; and either with errors collected.
Pair: TypeAlias = tuple[str, str]
MaybePair: TypeAlias = tuple[str, str | PressParseError]
LinePair: TypeAlias = tuple[str | None, str]
MaybeLinePair: TypeAlias = tuple[str | None, str | PressParseError]

_ON_ERROR = ("raise", "skip", "collect")


def _check_on_error(on_error: str) -> None:
    if on_error not in _ON_ERROR:
        raise ValueError(f"on_error must be one of {', '.join(_ON_ERROR)}, not {on_error!r}")


def _failed(on_error: str, where: str, exc: Exception) -> PressParseError | None:
    """What a bad input becomes: raised, skipped (None) or an error to yield."""
    if on_error == "raise":
        raise exc
    if on_error == "skip":
        warnings.warn(f"pressparse skipped {where}: {exc}", UserWarning, stacklevel=4)
        return None
    err = PressParseError(f"{where}: {exc}")
    err.__cause__ = exc
    return err


def _read_text(path: Path) -> str:
    """The file's text, decoded as UTF-8 (a leading byte-order mark dropped)."""
    return path.read_bytes().decode("utf-8-sig")


def _read(path: Path, pair_id: str, on_error: str) -> Iterator[MaybePair]:
    try:
        text: str | PressParseError = _read_text(path)
    except (OSError, UnicodeError) as exc:
        # UnicodeError: a text that is not UTF-8, or a path that the file
        # system encoding cannot encode (a lone surrogate in a str path).
        err = _failed(on_error, str(path), exc)
        if err is None:
            return
        text = err
    yield pair_id, text


def _walk(root: Path, folder: Path, pattern: str, recursive: bool) -> Iterator[Path]:
    """Matching files under ``folder`` in the order of ``sorted()`` on their
    paths, holding one directory listing per level."""
    with os.scandir(folder) as it:
        entries = sorted(it, key=lambda e: e.name)
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            if recursive:
                yield from _walk(root, Path(entry.path), pattern, recursive)
        elif fnmatch.fnmatchcase(entry.name, pattern) and not entry.is_dir():
            # a file, or a link to one (a broken link is a file we cannot read)
            yield Path(entry.path)


def _rel_id(root: Path, path: Path) -> str:
    return path.relative_to(root).with_suffix("").as_posix()


@overload
def read_dir(
    path: StrPath,
    *,
    pattern: str = "*.txt",
    recursive: bool = True,
    on_error: Literal["raise", "skip"] = "raise",
) -> Generator[Pair, None, None]: ...
@overload
def read_dir(
    path: StrPath, *, pattern: str = "*.txt", recursive: bool = True, on_error: Literal["collect"]
) -> Generator[MaybePair, None, None]: ...
def read_dir(
    path: StrPath, *, pattern: str = "*.txt", recursive: bool = True, on_error: OnError = "raise"
) -> Generator[Pair, None, None] | Generator[MaybePair, None, None]:
    """Yield ``(id, text)`` for every file under ``path`` whose name matches
    ``pattern`` (``fnmatch``, case-sensitive), in the order of ``sorted()``
    on their paths; with ``recursive=True`` (default) subfolders are read
    too (symbolic links to folders are not followed). The id is the path
    relative to ``path`` without its suffix, with ``/`` separators. One
    file is in memory at a time; ``on_error`` is described in this module's
    help. ``path`` must be a folder (``NotADirectoryError`` otherwise,
    raised at once).

    >>> import pressparse, tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> (folder / "2024").mkdir()
    >>> _ = (folder / "2024" / "b.txt").write_text("Two.", encoding="utf-8")
    >>> _ = (folder / "a.txt").write_text("One.", encoding="utf-8")
    >>> list(pressparse.read_dir(folder))
    [('2024/b', 'Two.'), ('a', 'One.')]
    """
    _check_on_error(on_error)
    root = Path(path)
    if not root.is_dir():
        raise NotADirectoryError(f"not a folder: {root}")

    def pairs() -> Generator[MaybePair, None, None]:
        for file in _walk(root, root, pattern, recursive):
            yield from _read(file, _rel_id(root, file), on_error)

    return pairs()


@overload
def iter_files(
    paths: Iterable[StrPath], *, on_error: Literal["raise", "skip"] = "raise"
) -> Generator[Pair, None, None]: ...
@overload
def iter_files(
    paths: Iterable[StrPath], *, on_error: Literal["collect"]
) -> Generator[MaybePair, None, None]: ...
def iter_files(
    paths: Iterable[StrPath], *, on_error: OnError = "raise"
) -> Generator[Pair, None, None] | Generator[MaybePair, None, None]:
    """Yield ``(stem, text)`` for each file of ``paths``, in the order given
    (pass ``sorted(paths)`` for a stable order from a glob), reading one
    file at a time; ``on_error`` is described in this module's help.

    >>> import pressparse, tempfile, pathlib
    >>> file = pathlib.Path(tempfile.mkdtemp()) / "release-1.txt"
    >>> _ = file.write_text("One.", encoding="utf-8")
    >>> list(pressparse.iter_files([file]))
    [('release-1', 'One.')]
    """
    _check_on_error(on_error)
    if isinstance(paths, (str, bytes, os.PathLike)):
        raise TypeError(f"paths must be an iterable of paths, not {type(paths).__name__}")

    def pairs() -> Generator[MaybePair, None, None]:
        for p in paths:
            file = Path(p)
            yield from _read(file, file.stem, on_error)

    return pairs()


@overload
def iter_jsonl(
    path: StrPath, *, on_error: Literal["raise", "skip"] = "raise"
) -> Generator[LinePair, None, None]: ...
@overload
def iter_jsonl(
    path: StrPath, *, on_error: Literal["collect"]
) -> Generator[MaybeLinePair, None, None]: ...
def iter_jsonl(
    path: StrPath, *, on_error: OnError = "raise"
) -> Generator[LinePair, None, None] | Generator[MaybeLinePair, None, None]:
    """Yield ``(id, text)`` for each line of a JSON Lines file, one line in
    memory at a time. Each line is an object with a string ``"text"`` and
    an optional ``"id"`` (a number becomes a string; missing or null is
    None); blank lines are ignored. A line that is not UTF-8, not JSON, or
    has no string ``text`` follows ``on_error`` (see this module's help);
    the file itself must exist (``FileNotFoundError`` otherwise, raised
    at once).

    >>> import pressparse, tempfile, pathlib
    >>> file = pathlib.Path(tempfile.mkdtemp()) / "releases.jsonl"
    >>> _ = file.write_text('{"id": "a", "text": "One."}\\n{"id": 7, "text": "Two."}\\n')
    >>> list(pressparse.iter_jsonl(file))
    [('a', 'One.'), ('7', 'Two.')]
    """
    _check_on_error(on_error)
    file = Path(path)
    if not file.is_file():
        raise FileNotFoundError(f"no such file: {file}")

    def pairs() -> Generator[MaybeLinePair, None, None]:
        with file.open("rb") as handle:
            for lineno, raw in enumerate(handle, 1):
                if not raw.strip():
                    continue
                where = f"{file}:{lineno}"
                pair_id: str | None = None
                try:
                    line = raw.rstrip(b"\r\n").decode("utf-8-sig" if lineno == 1 else "utf-8")
                    obj = json.loads(line)
                    if not isinstance(obj, dict):
                        raise ValueError("a line must be a JSON object")
                    raw_id = obj.get("id")
                    pair_id = None if raw_id is None else str(raw_id)
                    text = obj.get("text")
                    if not isinstance(text, str):
                        raise ValueError('"text" must be a string')
                except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError too
                    err = _failed(on_error, where, exc)
                    if err is not None:
                        yield pair_id, err
                    continue
                yield pair_id, text

    return pairs()


Item: TypeAlias = tuple[str | None, str | BaseException] | str


@overload
def extract_stream(
    pairs: Iterable[Item],
    *,
    batch_size: int = 256,
    threads: int | None = None,
    reference_date: str | datetime.date | None = None,
    on_error: Literal["raise", "skip"] = "raise",
) -> Generator[Document, None, None]: ...
@overload
def extract_stream(
    pairs: Iterable[Item],
    *,
    batch_size: int = 256,
    threads: int | None = None,
    reference_date: str | datetime.date | None = None,
    on_error: Literal["collect"],
) -> Generator[Document | PressParseError, None, None]: ...
def extract_stream(
    pairs: Iterable[Item],
    *,
    batch_size: int = 256,
    threads: int | None = None,
    reference_date: str | datetime.date | None = None,
    on_error: OnError = "raise",
) -> Generator[Document, None, None] | Generator[Document | PressParseError, None, None]:
    """Extract ``(id, text)`` pairs (or bare texts, whose id is None) and
    yield one Document per input, in input order.

    The input is read ``batch_size`` items at a time; each batch is
    extracted by ``extract_many`` on ``threads`` threads (default: all
    cores) while the next batch is read, so at most about three batches are
    in memory. ``reference_date`` is as for :class:`Extractor`. A pair
    whose text is an exception (from a reader with ``on_error="collect"``)
    or an input that fails to extract follows ``on_error``: ``"raise"``
    (default) raises it once the inputs before it were yielded, ``"skip"``
    leaves it out with a ``UserWarning``, ``"collect"`` yields the
    exception in its place.

    >>> import pressparse
    >>> pairs = ((f"r{i}", "The minister spoke.") for i in range(1000))
    >>> docs = pressparse.extract_stream(pairs, batch_size=100)
    >>> [d.id for d in docs][-2:]
    ['r998', 'r999']
    >>> [d.id for d in pressparse.extract_stream(["First.", ("b", "Second.")])]
    [None, 'b']
    """
    _check_on_error(on_error)
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    if threads is not None and threads < 1:
        raise ValueError("threads must be at least 1")
    extractor = Extractor(reference_date=reference_date)
    return _stream(extractor, iter(pairs), batch_size, threads, on_error)


_Result: TypeAlias = Document | BaseException


def _batches(
    items: Iterator[Item], size: int
) -> Iterator[list[tuple[str | None, str | BaseException]]]:
    batch: list[tuple[str | None, str | BaseException]] = []
    for n, item in enumerate(items):
        if isinstance(item, str):
            pair: tuple[str | None, str | BaseException] = (None, item)
        elif isinstance(item, tuple) and len(item) == 2:
            pair = item
            if not isinstance(pair[1], (str, BaseException)):
                raise TypeError(f"item {n}: text must be str, not {type(pair[1]).__name__}")
        else:
            raise TypeError(f"item {n} must be a str or an (id, text) pair, not {item!r:.40}")
        batch.append(pair)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _extract_batch(
    extractor: Extractor, batch: list[tuple[str | None, str | BaseException]], threads: int | None
) -> list[_Result]:
    texts = [t for _, t in batch if isinstance(t, str)]
    ids = [i for i, t in batch if isinstance(t, str)]
    done = iter(extractor.extract_many(texts, ids=ids, threads=threads, on_error="collect"))
    return [next(done) if isinstance(t, str) else t for _, t in batch]


def _stream(
    extractor: Extractor,
    items: Iterator[Item],
    batch_size: int,
    threads: int | None,
    on_error: str,
) -> Generator[Document | PressParseError, None, None]:
    # One worker thread runs a batch in Rust (without the GIL) while this
    # generator reads the next one; then the finished batch is yielded.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pressparse") as pool:
        pending: Future[list[_Result]] | None = None
        try:
            for batch in _batches(items, batch_size):
                running = pool.submit(_extract_batch, extractor, batch, threads)
                if pending is not None:
                    yield from _emit(pending.result(), on_error)
                pending = running
            if pending is not None:
                yield from _emit(pending.result(), on_error)
                pending = None
        finally:
            if pending is not None:
                pending.cancel()


def _emit(results: list[_Result], on_error: str) -> Iterator[Document | PressParseError]:
    for result in results:
        if isinstance(result, Document):
            yield result
        elif on_error == "raise":
            raise result
        elif on_error == "skip":
            warnings.warn(f"pressparse skipped an input: {result}", UserWarning, stacklevel=3)
        elif isinstance(result, PressParseError):
            yield result
        else:
            err = PressParseError(str(result))
            err.__cause__ = result
            yield err
