"""The Dask recipe of docs/scale-out.md runs: a dask.bag over the bundled
releases on a LocalCluster of two worker processes gives the same Documents
as extract_many, and the tables concatenate to those of the whole batch.

Needs the ``[dask]`` test extra (``dask[bag]`` and ``distributed``);
scripts/python-tests.sh installs it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

import pressparse

from conftest import REPO

db = pytest.importorskip("dask.bag", reason="dask is not installed (pip install 'dask[bag]')")
distributed = pytest.importorskip(
    "distributed", reason="distributed is not installed (pip install distributed)"
)
cloudpickle = pytest.importorskip("cloudpickle")

RELEASES = REPO / "examples" / "releases"
TIMEOUT = 60  # seconds for one computation

# The workers are fresh processes that cannot import this test module:
# ship its functions by value, as a script's own functions are.
cloudpickle.register_pickle_by_value(sys.modules[__name__])


def extract_partition(paths: Iterable[Path]) -> list[pressparse.Document]:
    """One partition of file paths -> its Documents, read and extracted on
    the worker (one thread: Dask already runs one task per worker)."""
    pairs = list(pressparse.iter_files(paths))
    ids = [i for i, _ in pairs]
    return pressparse.extract_many([t for _, t in pairs], ids=ids, threads=1)


def worker_pid(_: Iterable[Path]) -> list[int]:
    return [os.getpid()]


def compute(client: Any, collection: Any) -> Any:
    """``collection.compute()``, failing instead of hanging if a task is lost."""
    return client.compute(collection).result(timeout=TIMEOUT)


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def test_dask_bag_matches_extract_many(client: Any) -> None:
    paths = sorted(RELEASES.glob("*.txt"))
    assert len(paths) >= 5
    bag = db.from_sequence(paths, npartitions=4)
    docs = compute(client, bag.map_partitions(extract_partition))

    expected = pressparse.extract_many(
        [p.read_text(encoding="utf-8") for p in paths], ids=[p.stem for p in paths]
    )
    assert [d.id for d in docs] == [p.stem for p in paths]
    assert docs == expected

    # the work ran in the worker processes, not here
    pids = set(compute(client, bag.map_partitions(worker_pid)))
    assert pids
    assert os.getpid() not in pids

    # per-partition tables concatenate to the tables of the whole batch
    parts = bag.map_partitions(extract_partition).map_partitions(
        lambda ds: [pressparse.to_columns(ds)]
    )
    merged: dict[str, dict[str, list[object]]] = {}
    for cols in compute(client, parts):
        for table, columns in cols.items():
            for name, values in columns.items():
                merged.setdefault(table, {}).setdefault(name, []).extend(values)
    assert merged == pressparse.to_columns(expected)
