"""Spans are code-point offsets: ``text[start:end]`` is the record's text,
for every record kind, in non-ASCII text."""

from __future__ import annotations

import pytest

import pressparse

from conftest import SAMPLE, TEXTS, check_spans, corpus_texts


def test_built_document_spans(built: pressparse.Document) -> None:
    # 2 quotes + 1 demand + 2 dates + 1 count + total + dateline + 2 mentions + 2 chrome
    assert check_spans(SAMPLE, built) == 12


def test_built_document_is_not_ascii() -> None:
    # Byte and code-point offsets really differ in SAMPLE.
    assert len(SAMPLE.encode()) > len(SAMPLE) + 10


@pytest.mark.parametrize("text", [SAMPLE, *TEXTS])
def test_extracted_spans(text: str) -> None:
    check_spans(text, pressparse.extract(text))


def test_extracted_boilerplate_after_non_ascii() -> None:
    text = "Café Été 김정은\n\nSkip to main content\n\n“Yes,” she said.\n\nShare this"
    doc = pressparse.extract(text)
    assert doc.boilerplate, "no boilerplate found"
    assert check_spans(text, doc) >= 1
    assert any(text[a:b].startswith("Skip to main content") for a, b in doc.boilerplate)


def test_corpus_spans() -> None:
    corpus = corpus_texts()
    if not corpus:
        pytest.skip("no corpus on this machine")
    docs = pressparse.extract_many([t for _, t in corpus], ids=[i for i, _ in corpus])
    checked = sum(check_spans(t, d) for (_, t), d in zip(corpus, docs, strict=True))
    assert checked > len(corpus)
