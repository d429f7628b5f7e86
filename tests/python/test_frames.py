"""Tables of records: plain dicts always; pandas, Arrow and polars when
installed."""

from __future__ import annotations

import pytest

import pressparse

from conftest import SAMPLE


def test_to_records(built: pressparse.Document) -> None:
    other = pressparse.extract("Nothing here.", id="empty")
    rows = pressparse.to_records([built, other], "quotes")
    assert [r["doc_id"] for r in rows] == ["built", "built"]
    assert rows[0]["speaker_name"] == "김정은"
    assert SAMPLE[rows[0]["start"] : rows[0]["end"]] == rows[0]["text"]
    assert "span" not in rows[0]
    speakers = pressparse.to_records([built], "speakers")
    assert speakers[0]["mentions"] == 1
    dates = pressparse.to_records([built], "dates")
    assert [d["alternates"] for d in dates] == [[], ["2018-20-04"]]
    with pytest.raises(ValueError, match="kind must be one of"):
        pressparse.to_records([built], "nope")  # type: ignore[arg-type]


def test_to_pandas(built: pressparse.Document) -> None:
    pytest.importorskip("pandas")
    df = pressparse.to_pandas([built], "signatories")
    assert list(df["count"]) == [52]


def test_to_arrow(built: pressparse.Document) -> None:
    pytest.importorskip("pyarrow")
    table = pressparse.to_arrow([built], "dates")
    assert table.num_rows == 2


def test_to_polars(built: pressparse.Document) -> None:
    pytest.importorskip("polars")
    df = pressparse.to_polars([built], "demands")
    assert df["target"].to_list() == ["The government"]
