"""The PySpark recipe of docs/scale-out.md runs in local mode: mapInArrow
gives the dates table, mapInPandas the Documents as JSON, both equal to
extract_many's. Spark's Python workers are forked by its daemon, so this
also runs pressparse in forked children.

Needs the ``[spark]`` extra and Java 17+; scripts/python-tests.sh installs
the extra (Java comes with the machine). About 40 s, most of it Spark
starting.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from typing import Any

import pytest

import pressparse
from pressparse.frames import SCHEMA

from conftest import REPO

if shutil.which("java") is None:
    pytest.skip("PySpark needs Java (17 or later) on PATH", allow_module_level=True)
pyspark_sql = pytest.importorskip(
    "pyspark.sql", reason="pyspark is not installed (pip install pyspark)"
)
pa = pytest.importorskip("pyarrow")
pd = pytest.importorskip("pandas")

RELEASES = REPO / "examples" / "releases"

# Spark's Python workers cannot import this test module: ship its
# functions by value, as a script's own functions are.
pytest.importorskip("pyspark.cloudpickle").register_pickle_by_value(sys.modules[__name__])

DATES_DDL = (
    "doc_id string, text string, start long, end long, value string, kind string,"
    " grain string, alternates array<string>"
)


def extract_dates(batches: Iterator[Any]) -> Iterator[Any]:
    """mapInArrow: record batches of (id, text) -> batches of the dates table."""
    extractor = pressparse.Extractor()
    for batch in batches:
        docs = extractor.extract_many(
            batch.column("text").to_pylist(), ids=batch.column("id").to_pylist(), threads=1
        )
        yield from pressparse.to_arrow(docs)["dates"].to_batches()


def extract_json(frames: Iterator[Any]) -> Iterator[Any]:
    """mapInPandas: frames of (id, text) -> frames of (id, Document JSON)."""
    for df in frames:
        docs = pressparse.extract_many(list(df["text"]), ids=list(df["id"]), threads=1)
        yield pd.DataFrame({"id": df["id"], "json": [d.to_json() for d in docs]})


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers use this venv
    session = (
        pyspark_sql.SparkSession.builder.master("local[2]")
        .appName("pressparse-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.mark.filterwarnings("ignore::FutureWarning")  # pyspark on pandas 3
def test_spark_map_in_arrow_and_pandas(spark: Any) -> None:
    pairs = list(pressparse.read_dir(RELEASES))
    expected = pressparse.extract_many([t for _, t in pairs], ids=[i for i, _ in pairs])
    df = spark.createDataFrame(pairs, "id string, text string")

    rows = df.mapInPandas(extract_json, "id string, json string").collect()
    docs = sorted((pressparse.Document.from_json(r.json) for r in rows), key=lambda d: d.id or "")
    assert docs == expected

    dates = df.mapInArrow(extract_dates, DATES_DDL).collect()
    want = pressparse.to_columns(expected)["dates"]
    assert sorted((r.doc_id, r.start, r.end, r.value, r.grain) for r in dates) == sorted(
        zip(want["doc_id"], want["start"], want["end"], want["value"], want["grain"], strict=True)
    )
    assert len(dates) == len(want["doc_id"])
    assert [c.split()[0] for c in DATES_DDL.split(",")] == [c for c, _ in SCHEMA["dates"]]
