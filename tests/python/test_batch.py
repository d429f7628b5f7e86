"""Batches: order, ids, errors, thread pools, threads and fork."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

import pressparse
from pressparse import _pressparse

from conftest import SAMPLE, TEXTS, corpus_texts


def test_order_and_ids() -> None:
    texts = [f"Release number {i}: the minister spoke. {t}" for i, t in enumerate(TEXTS * 5)]
    ids = [f"doc-{i}" for i in range(len(texts))]
    docs = pressparse.extract_many(texts, ids=ids)
    assert [d.id for d in docs] == ids
    assert docs == [pressparse.extract(t, id=i) for t, i in zip(texts, ids, strict=True)]


def test_ids_may_be_none_and_inputs_any_iterable() -> None:
    docs = pressparse.extract_many((t for t in ["a", "b", "c"]), ids=("x", None, "z"))
    assert [d.id for d in docs] == ["x", None, "z"]
    assert pressparse.extract_many([]) == []
    assert pressparse.extract_many(["only"])[0] == pressparse.extract("only")


@pytest.mark.parametrize("threads", [1, 2, 3, None])
def test_threads(threads: int | None) -> None:
    texts = [SAMPLE, *TEXTS] * 3
    assert pressparse.extract_many(texts, threads=threads) == [pressparse.extract(t) for t in texts]


def test_extractor_extract_many_uses_its_options() -> None:
    ex = pressparse.Extractor(reference_date="2024-05-06")
    texts = ["The minister spoke today.", "Nothing."]
    assert ex.extract_many(texts, ids=["a", "b"], threads=2) == [
        ex.extract(texts[0], id="a"),
        ex.extract(texts[1], id="b"),
    ]


def test_on_error_collect_returns_documents() -> None:
    results = pressparse.extract_many(TEXTS, on_error="collect")
    assert len(results) == len(TEXTS)
    assert all(isinstance(r, pressparse.Document) for r in results)


def test_corpus_batch_equals_serial() -> None:
    corpus = corpus_texts()[:60]
    if not corpus:
        pytest.skip("no corpus on this machine")
    texts = [t for _, t in corpus]
    assert pressparse.extract_many(texts, threads=2) == [pressparse.extract(t) for t in texts]


def test_thread_pool_stress() -> None:
    texts = [SAMPLE, *TEXTS, *(t for _, t in corpus_texts()[:20])]
    expected = [pressparse.extract(t, id=str(i)) for i, t in enumerate(texts)]
    ex = pressparse.Extractor()
    jobs = [(i % len(texts)) for i in range(400)]

    def one(i: int) -> pressparse.Document:
        if i % 3 == 0:
            return ex.extract(texts[i], id=str(i))
        if i % 3 == 1:
            return pressparse.extract_many([texts[i]], ids=[str(i)])[0]
        return pressparse.extract(texts[i], id=str(i))

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(one, jobs))
    assert results == [expected[i] for i in jobs]


def test_concurrent_batches() -> None:
    texts = [SAMPLE, *TEXTS] * 4
    expected = [pressparse.extract(t) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(pressparse.extract_many, texts, threads=2) for _ in range(8)]
        for f in futures:
            assert f.result() == expected


def test_gil_is_released() -> None:
    # While a batch runs in Rust, a Python thread keeps counting. With the
    # GIL held it could count only for one switch interval (5 ms) at most.
    ticks = 0
    done = threading.Event()

    def tick() -> None:
        nonlocal ticks
        while not done.is_set():
            ticks += 1

    t = threading.Thread(target=tick)
    t.start()
    try:
        before = ticks
        time.sleep(0.1)  # sleep releases the GIL: the counter's full speed
        rate = (ticks - before) / 0.1
        n = 1
        while True:  # grow the batch until it runs long enough to tell
            texts = ["“Hello,” said Ann Lee. " * 4000] * (8 * n)
            start = time.perf_counter()
            before = ticks
            pressparse.extract_many(texts)
            during = ticks - before
            elapsed = time.perf_counter() - start
            if elapsed > 0.25 or n >= 64:
                break
            n *= 2
    finally:
        done.set()
        t.join()
    assert elapsed > 0.1
    assert during > 0.05 * rate * elapsed, (during, rate, elapsed)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork()")
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_fork_disables_parallelism_in_child() -> None:
    texts = [SAMPLE, *TEXTS]
    expected = [d.to_json() for d in pressparse.extract_many(texts)]  # starts rayon's pool
    assert _pressparse._parallelism_enabled()
    pid = os.fork()
    if pid == 0:  # child: must not hang on the parent's dead pool
        code = 1
        try:
            ok = not _pressparse._parallelism_enabled()
            got = [d.to_json() for d in pressparse.extract_many(texts, threads=2)]
            code = 0 if ok and got == expected else 1
        finally:
            sys.stdout.flush()
            os._exit(code)
    deadline = time.monotonic() + 120
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            pytest.fail("the forked child hung")
        time.sleep(0.05)
    assert os.waitstatus_to_exitcode(status) == 0
    assert _pressparse._parallelism_enabled()
