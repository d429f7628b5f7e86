"""Tables of records from many Documents: plain dicts, pandas, Arrow, polars.

Each row is one record's ``to_dict()`` with the Document's id first as
``doc_id``; spans become ``start`` and ``end`` columns. Quotes also carry
the speaker's name as ``speaker_name``.

>>> import pressparse
>>> doc = pressparse.Document.from_json(
...     '{"id": "r1", "speakers": [], "quotes": [], "demands": [], "dates": ['
...     '{"text": "2014", "span": [10, 14], "value": "2014", "kind": "absolute",'
...     ' "grain": "year"}], "signatories": [], "boilerplate": []}')
>>> (row,) = pressparse.to_records([doc], "dates")
>>> row["doc_id"], row["text"], row["value"], row["start"], row["end"]
('r1', '2014', '2014', 10, 14)

The pandas, Arrow and polars helpers need the extras of the same names
(``pip install pressparse[pandas]``).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any, Literal

from pressparse._pressparse import Document

RecordKind = Literal["speakers", "quotes", "demands", "dates", "signatories"]
_KINDS: tuple[str, ...] = ("speakers", "quotes", "demands", "dates", "signatories")


def to_records(docs: Iterable[Document], kind: RecordKind) -> list[dict[str, Any]]:
    """One dict per record of ``kind`` across ``docs``, in order."""
    if kind not in _KINDS:
        raise ValueError(f"kind must be one of {', '.join(_KINDS)}, not {kind!r}")
    rows: list[dict[str, Any]] = []
    for doc in docs:
        data = doc.to_dict()
        speakers = data["speakers"]
        for record in data[kind]:
            row: dict[str, Any] = {"doc_id": data["id"]}
            span = record.pop("span", None)
            mentions = record.pop("mentions", None)
            row.update(record)
            if span is not None:
                row["start"], row["end"] = span
            if mentions is not None:
                row["mentions"] = len(mentions)
            if kind == "dates":
                row.setdefault("alternates", [])
            if kind == "quotes":
                sid = record.get("speaker")
                row["speaker_name"] = None if sid is None else speakers[sid]["name"]
            rows.append(row)
    return rows


def to_pandas(docs: Iterable[Document], kind: RecordKind) -> Any:
    """A ``pandas.DataFrame`` of :func:`to_records` (needs ``pandas``)."""
    return importlib.import_module("pandas").DataFrame.from_records(to_records(docs, kind))


def to_arrow(docs: Iterable[Document], kind: RecordKind) -> Any:
    """A ``pyarrow.Table`` of :func:`to_records` (needs ``pyarrow``)."""
    return importlib.import_module("pyarrow").Table.from_pylist(to_records(docs, kind))


def to_polars(docs: Iterable[Document], kind: RecordKind) -> Any:
    """A ``polars.DataFrame`` of :func:`to_records` (needs ``polars``)."""
    return importlib.import_module("polars").DataFrame(to_records(docs, kind))
