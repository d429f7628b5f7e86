"""Tables of records: columns built in Rust; pandas, Arrow and polars when
installed."""

from __future__ import annotations

import json
from typing import Any

import pytest

import pressparse
from pressparse.frames import SCHEMA, TableName

from conftest import SAMPLE, TEXTS, built_dict, corpus_texts

TABLES: list[TableName] = ["documents", "speakers", "quotes", "demands", "dates", "signatories"]


def test_rust_columns_match_the_schema(built: pressparse.Document) -> None:
    for docs in ([], [built]):
        cols = pressparse.to_columns(docs)
        assert list(cols) == TABLES == list(SCHEMA)
        for name, table in cols.items():
            assert list(table) == [c for c, _ in SCHEMA[name]], name


def test_columns_of_a_built_document(built: pressparse.Document) -> None:
    other = pressparse.Document.from_json(json.dumps(dict(built_dict(), id="other", quotes=[])))
    cols = pressparse.to_columns([built, other])
    quotes = cols["quotes"]
    assert quotes["doc_id"] == ["built", "built"]
    assert quotes["speaker_id"] == [0, 1]
    assert quotes["speaker_name"] == ["김정은", "the group"]
    assert quotes["speaker_role"] == ["director", None]
    assert quotes["speaker_organization"] == ["Café Été", None]
    assert quotes["confidence"] == [0.9, 0.75]
    for text, start, end in zip(quotes["text"], quotes["start"], quotes["end"], strict=True):
        assert SAMPLE[start:end] == text
    assert cols["speakers"]["doc_id"] == ["built", "built", "other", "other"]
    assert cols["speakers"]["n_mentions"] == [1, 1, 1, 1]
    assert cols["dates"]["alternates"] == [[], ["2018-20-04"]] * 2
    assert cols["dates"]["grain"] == ["day"] * 4
    assert cols["signatories"]["qualifier"] == ["exact"] * 2
    docs = cols["documents"]
    assert docs["doc_id"] == ["built", "other"]
    assert docs["n_quotes"] == [2, 0]
    assert docs["dateline_location"] == ["GENEVA", "GENEVA"]
    assert docs["signatory_total"] == [52, 52]
    assert docs["signatory_total_qualifier"] == ["more_than", "more_than"]
    assert docs["n_boilerplate"] == [2, 2]


def test_quote_without_speaker_and_document_without_id() -> None:
    data = {
        "speakers": [],
        "quotes": [
            {
                "text": "Hi",
                "span": [1, 3],
                "kind": "direct",
                "speaker": None,
                "cue": None,
                "confidence": 0.25,
            }
        ],
        "demands": [],
        "dates": [],
        "signatories": [],
        "boilerplate": [],
    }
    cols = pressparse.to_columns([pressparse.Document.from_json(json.dumps(data))])
    q = cols["quotes"]
    assert (q["doc_id"], q["speaker_id"], q["speaker_name"], q["cue"]) == (
        [None],
        [None],
        [None],
        [None],
    )
    assert cols["documents"]["dateline_start"] == [None]


def _expected_rows(doc: dict[str, Any], table: str) -> list[dict[str, Any]]:
    """The rows of ``table`` for one document, derived from its JSON."""
    i = doc["id"]
    if table == "documents":
        dl, tot = doc["dateline"] or {}, doc["signatory_total"] or {}
        return [
            {
                "doc_id": i,
                "title": doc["title"],
                "published": doc["published"],
                "dateline_location": dl.get("location"),
                "dateline_date": dl.get("date"),
                "dateline_start": dl.get("span", [None, None])[0],
                "dateline_end": dl.get("span", [None, None])[1],
                "signatory_total": tot.get("count"),
                "signatory_total_qualifier": tot.get("qualifier"),
                "signatory_total_unit": tot.get("unit"),
                **{f"n_{k}": len(doc[k]) for k in [*TABLES[1:], "boilerplate"]},
                "truncated": doc.get("truncated", False),
            }
        ]
    rows = []
    for rec in doc[table]:
        row = {"doc_id": i, **rec}
        if "span" in row:
            row["start"], row["end"] = row.pop("span")
        if table == "speakers":
            row["speaker_id"] = row.pop("id")
            row["n_mentions"] = len(row.pop("mentions"))
        if table == "quotes":
            sid = row.pop("speaker")
            sp = doc["speakers"][sid] if sid is not None else {}
            row["speaker_id"] = sid
            row["speaker_name"] = sp.get("name")
            row["speaker_role"] = sp.get("role")
            row["speaker_organization"] = sp.get("organization")
        if table == "dates":
            row.setdefault("alternates", [])
        rows.append(row)
    return rows


def test_records_agree_with_to_dict(built: pressparse.Document) -> None:
    corpus = corpus_texts()[:40]
    texts = [SAMPLE, *TEXTS, *(t for _, t in corpus)]
    docs = [built, *pressparse.extract_many(texts, ids=[str(i) for i in range(len(texts))])]
    data = [d.to_dict() for d in docs]
    for table in TABLES:
        expected = [row for d in data for row in _expected_rows(d, table)]
        assert pressparse.to_records(docs, table) == expected, table


def test_to_records_kind_and_types(built: pressparse.Document) -> None:
    with pytest.raises(ValueError, match="kind must be one of"):
        pressparse.to_records([built], "nope")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"docs\[1\] must be Document, not str"):
        pressparse.to_columns([built, "text"])  # type: ignore[list-item]
    assert pressparse.to_records([], "quotes") == []
    # any iterable of Documents, consumed once
    assert len(pressparse.to_records(iter([built, built]), "dates")) == 4


def test_errors_collected_by_extract_many_are_rejected() -> None:
    err = pressparse.PressParseError("boom")
    with pytest.raises(TypeError, match="must be Document, not PressParseError"):
        pressparse.to_columns([err])  # type: ignore[list-item]


def test_unknown_backend() -> None:
    with pytest.raises(ValueError, match="backend must be one of"):
        pressparse.to_frames([], backend="excel")  # type: ignore[arg-type]


def test_to_pandas(built: pressparse.Document) -> None:
    pd = pytest.importorskip("pandas")
    frames = pressparse.to_frames([built])
    assert list(frames) == TABLES
    quotes = frames["quotes"]
    assert isinstance(quotes, pd.DataFrame)
    assert list(quotes["speaker_name"]) == ["김정은", "the group"]
    assert str(quotes["speaker_id"].dtype) == "Int64"
    assert str(quotes["start"].dtype) == "int64"
    assert list(frames["signatories"]["count"]) == [52]
    empty = pressparse.to_pandas([])
    assert list(empty["quotes"].columns) == [c for c, _ in SCHEMA["quotes"]]
    assert str(empty["quotes"]["start"].dtype) == "int64"


def test_to_arrow(built: pressparse.Document) -> None:
    pa = pytest.importorskip("pyarrow")
    tables = pressparse.to_arrow([built])
    assert list(tables) == TABLES
    dates = tables["dates"]
    assert dates.num_rows == 2
    assert dates.schema.field("alternates").type == pa.list_(pa.string())
    assert dates.column("alternates").to_pylist() == [[], ["2018-20-04"]]
    # the schema does not depend on the data: an empty table has the same
    empty = pressparse.to_arrow([])
    for name in TABLES:
        assert empty[name].schema == tables[name].schema, name
        assert empty[name].num_rows == 0
    assert tables["quotes"].schema.field("speaker_id").type == pa.int64()
    assert tables["quotes"].column("speaker_role").to_pylist() == ["director", None]


def test_to_polars(built: pressparse.Document) -> None:
    pl = pytest.importorskip("polars")
    frames = pressparse.to_polars([built])
    assert frames["demands"]["target"].to_list() == ["The government"]
    assert frames["dates"].schema["alternates"] == pl.List(pl.String)
    assert pressparse.to_polars([])["quotes"].schema == frames["quotes"].schema
