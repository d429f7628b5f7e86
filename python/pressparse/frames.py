"""Tables of records from many Documents: columns, pandas, Arrow, polars.

Six tables, one per record kind, every row keyed by ``doc_id`` (the
Document's id):

- ``documents``: one row per Document (title, published date, dateline,
  signatory total, how many records of each kind it has, and whether
  a limit truncated it);
- ``speakers``: ``speaker_id`` is the speaker's index in its Document;
- ``quotes``: with the speaker's ``speaker_id``, ``speaker_name``,
  ``speaker_role`` and ``speaker_organization`` as columns;
- ``demands``, ``dates`` (``alternates`` is a list of strings) and
  ``signatories``.

Spans are ``start`` and ``end`` code-point columns, so
``text[start:end]`` is the record's text. The columns are built in Rust, one
list per column (no dict per record), and handed to pyarrow, pandas or
polars in one call per column, with fixed column types so that an empty
table has the same schema as a full one.

>>> import pressparse
>>> doc = pressparse.Document.from_json(
...     '{"id": "r1", "speakers": [], "quotes": [], "demands": [], "dates": ['
...     '{"text": "2014", "span": [10, 14], "value": "2014", "kind": "absolute",'
...     ' "grain": "year"}], "signatories": [], "boilerplate": []}')
>>> cols = pressparse.to_columns([doc])
>>> cols["dates"]["doc_id"], cols["dates"]["value"], cols["dates"]["start"]
(['r1'], ['2014'], [10])
>>> cols["documents"]["n_dates"]
[1]

pandas, pyarrow and polars are optional: install the extra of the same
name (``pip install 'pressparse[pandas]'``, ``[arrow]``, ``[polars]``).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any, Literal

from pressparse._pressparse import Document, _columns

TableName = Literal["documents", "speakers", "quotes", "demands", "dates", "signatories"]
RecordKind = Literal["speakers", "quotes", "demands", "dates", "signatories"]
Backend = Literal["pandas", "arrow", "polars"]

# Column types, in column order: "str", "int", "float", "bool", "list[str]"; a
# trailing "?" marks a column that may hold None. The column names are
# those that Rust fills (a test checks that both agree).
SCHEMA: dict[str, tuple[tuple[str, str], ...]] = {
    "documents": (
        ("doc_id", "str?"),
        ("title", "str?"),
        ("published", "str?"),
        ("dateline_location", "str?"),
        ("dateline_date", "str?"),
        ("dateline_start", "int?"),
        ("dateline_end", "int?"),
        ("signatory_total", "int?"),
        ("signatory_total_qualifier", "str?"),
        ("signatory_total_unit", "str?"),
        ("n_speakers", "int"),
        ("n_quotes", "int"),
        ("n_demands", "int"),
        ("n_dates", "int"),
        ("n_signatories", "int"),
        ("n_boilerplate", "int"),
        ("truncated", "bool"),
    ),
    "speakers": (
        ("doc_id", "str?"),
        ("speaker_id", "int"),
        ("name", "str"),
        ("kind", "str"),
        ("role", "str?"),
        ("organization", "str?"),
        ("n_mentions", "int"),
    ),
    "quotes": (
        ("doc_id", "str?"),
        ("kind", "str"),
        ("text", "str"),
        ("start", "int"),
        ("end", "int"),
        ("speaker_id", "int?"),
        ("speaker_name", "str?"),
        ("speaker_role", "str?"),
        ("speaker_organization", "str?"),
        ("cue", "str?"),
        ("confidence", "float"),
    ),
    "demands": (
        ("doc_id", "str?"),
        ("text", "str"),
        ("start", "int"),
        ("end", "int"),
        ("actor", "str?"),
        ("target", "str?"),
        ("action", "str"),
        ("cue", "str?"),
    ),
    "dates": (
        ("doc_id", "str?"),
        ("text", "str"),
        ("start", "int"),
        ("end", "int"),
        ("value", "str?"),
        ("kind", "str"),
        ("grain", "str?"),
        ("alternates", "list[str]"),
    ),
    "signatories": (
        ("doc_id", "str?"),
        ("text", "str"),
        ("start", "int"),
        ("end", "int"),
        ("count", "int"),
        ("qualifier", "str"),
        ("unit", "str"),
    ),
}


def to_columns(docs: Iterable[Document]) -> dict[str, dict[str, list[Any]]]:
    """The records of ``docs`` as six tables of columns: ``{table: {column:
    list}}``, with the tables and columns described in this module's help.
    Needs nothing but pressparse; a ``TypeError`` names any item of ``docs``
    that is not a :class:`Document` (such as an error collected by
    ``extract_many(..., on_error="collect")``).

    >>> import pressparse
    >>> docs = pressparse.extract_many(["First.", "Second."], ids=["a", "b"])
    >>> pressparse.to_columns(docs)["documents"]["doc_id"]
    ['a', 'b']
    >>> list(pressparse.to_columns(docs))
    ['documents', 'speakers', 'quotes', 'demands', 'dates', 'signatories']
    """
    columns: dict[str, dict[str, list[Any]]] = _columns(docs)
    return columns


def to_records(docs: Iterable[Document], kind: TableName) -> list[dict[str, Any]]:
    """One dict per row of the table ``kind``, with the columns of
    :func:`to_columns`; handy for small batches and JSON. Prefer the
    frame helpers for large ones.

    >>> import pressparse
    >>> docs = pressparse.extract_many(["One.", "Two."], ids=["a", "b"])
    >>> [row["doc_id"] for row in pressparse.to_records(docs, "documents")]
    ['a', 'b']
    """
    if kind not in SCHEMA:
        raise ValueError(f"kind must be one of {', '.join(SCHEMA)}, not {kind!r}")
    table = to_columns(docs)[kind]
    names = list(table)
    return [dict(zip(names, row, strict=True)) for row in zip(*table.values(), strict=True)]


def to_frames(docs: Iterable[Document], *, backend: Backend = "pandas") -> dict[str, Any]:
    """The six tables of :func:`to_columns` as pandas DataFrames (default),
    pyarrow Tables (``backend="arrow"``) or polars DataFrames
    (``backend="polars"``), in a dict keyed by table name. The backend must
    be installed (``pip install 'pressparse[pandas]'``); an unknown one is
    a ``ValueError``.

    >>> import pressparse
    >>> docs = pressparse.extract_many(["On April 20, 2018, the minister spoke."], ids=["a"])
    >>> frames = pressparse.to_frames(docs)
    >>> frames["dates"][["doc_id", "text", "value", "start", "end"]]
      doc_id            text       value  start  end
    0      a  April 20, 2018  2018-04-20      3   17
    >>> pressparse.to_frames([], backend="excel")
    Traceback (most recent call last):
    ...
    ValueError: backend must be one of pandas, arrow, polars, not 'excel'
    """
    build = _BACKENDS.get(backend)
    if build is None:
        raise ValueError(f"backend must be one of {', '.join(_BACKENDS)}, not {backend!r}")
    module = importlib.import_module(_MODULES[backend])
    return {name: build(module, name, cols) for name, cols in to_columns(docs).items()}


def to_pandas(docs: Iterable[Document]) -> dict[str, Any]:
    """``to_frames(docs, backend="pandas")``: a dict of ``pandas.DataFrame``.
    Integer columns that may hold None are pandas' nullable ``Int64``.

    >>> import pressparse
    >>> quotes = pressparse.to_pandas([])["quotes"]
    >>> quotes.dtypes[["start", "speaker_id", "confidence"]].astype(str).to_dict()
    {'start': 'int64', 'speaker_id': 'Int64', 'confidence': 'float64'}
    """
    return to_frames(docs, backend="pandas")


def to_arrow(docs: Iterable[Document]) -> dict[str, Any]:
    """``to_frames(docs, backend="arrow")``: a dict of ``pyarrow.Table``
    with fixed column types (strings, ``int64``, ``float64``,
    ``list<string>``), the same for an empty input.

    >>> import pressparse
    >>> docs = pressparse.extract_many(["It happened in 2014."], ids=["a"])
    >>> dates = pressparse.to_arrow(docs)["dates"]
    >>> dates.num_rows, str(dates.schema.field("alternates").type)
    (1, 'list<item: string>')
    """
    return to_frames(docs, backend="arrow")


def to_polars(docs: Iterable[Document]) -> dict[str, Any]:
    """``to_frames(docs, backend="polars")``: a dict of ``polars.DataFrame``.

    >>> import pressparse
    >>> docs = pressparse.extract_many(["It happened in 2014."], ids=["a"])
    >>> pressparse.to_polars(docs)["dates"]["value"].to_list()
    ['2014']
    """
    return to_frames(docs, backend="polars")


def _arrow(pa: Any, name: str, cols: dict[str, list[Any]]) -> Any:
    types = {
        "str": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "list[str]": pa.list_(pa.string()),
    }
    schema = pa.schema(
        [pa.field(col, types[t.rstrip("?")], nullable=t.endswith("?")) for col, t in SCHEMA[name]]
    )
    return pa.table(cols, schema=schema)


def _pandas(pd: Any, name: str, cols: dict[str, list[Any]]) -> Any:
    # Strings and lists are left to pandas (object, or pandas 3's str).
    dtypes = {
        "int": "int64",
        "int?": "Int64",
        "float": "float64",
        "float?": "float64",
        "bool": "bool",
    }
    return pd.DataFrame({col: pd.Series(cols[col], dtype=dtypes.get(t)) for col, t in SCHEMA[name]})


def _polars(pl: Any, name: str, cols: dict[str, list[Any]]) -> Any:
    types = {
        "str": pl.String,
        "int": pl.Int64,
        "float": pl.Float64,
        "bool": pl.Boolean,
        "list[str]": pl.List(pl.String),
    }
    return pl.DataFrame(cols, schema={col: types[t.rstrip("?")] for col, t in SCHEMA[name]})


_BACKENDS = {"pandas": _pandas, "arrow": _arrow, "polars": _polars}
_MODULES = {"pandas": "pandas", "arrow": "pyarrow", "polars": "polars"}
