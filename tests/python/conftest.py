"""Shared inputs for the Python tests.

``SAMPLE`` mixes curly quotes, Korean and accented Latin so that byte and
code-point offsets differ everywhere. ``built_document`` is a Document whose
records are written here by hand (through ``Document.from_json``), so the
structural tests have one record of every kind even where the extractors
find nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import pressparse

SAMPLE = (
    "Skip to main content\n\n"
    "GENEVA (26 June 2023) – “We will win,” said 김정은, director at Café Été. "
    "The government should release all detainees, the group said.\n\n"
    "The letter is signed by 52 organizations on 20 avril 2018.\n\n"
    "Share this"
)

TEXTS = [
    "“We will win,” said Jane Doe.",
    "«Bonjour», a déclaré Marie Curie, présidente de l’association.",
    "Human Rights Watch said today that the government should free 김정은’s critics.",
    "(New York) – The letter is signed by more than 300 nongovernmental organizations.",
    "On April 20, 2018, and again in 2014, the minister spoke. 2018년 4월 20일.",
    "",
    "\n\n\n",
    "no punctuation at all just words",
    "“Unclosed quote from someone who never finishes",
]

REPO = Path(__file__).resolve().parents[2]


def corpus_texts() -> list[tuple[str, str]]:
    """(id, text) for every release in tests/fixtures and ../shared/corpus/dev
    that exists on this machine."""
    out: list[tuple[str, str]] = []
    for folder in (REPO / "tests" / "fixtures", REPO.parent / "shared" / "corpus" / "dev"):
        if folder.is_dir():
            for path in sorted(folder.glob("*.txt")):
                out.append((path.stem, path.read_text(encoding="utf-8")))
    return out


def _span(text: str, part: str, after: int = 0) -> list[int]:
    start = text.index(part, after)
    return [start, start + len(part)]


def built_dict() -> dict[str, Any]:
    """SPEC.md's JSON for SAMPLE, written by hand (code-point spans)."""
    t = SAMPLE
    return {
        "id": "built",
        "title": None,
        "dateline": {
            "location": "GENEVA",
            "date": "2023-06-26",
            "span": _span(t, "GENEVA (26 June 2023) –"),
        },
        "published": "2023-06-26",
        "speakers": [
            {
                "id": 0,
                "name": "김정은",
                "kind": "person",
                "role": "director",
                "organization": "Café Été",
                "mentions": [_span(t, "김정은")],
            },
            {
                "id": 1,
                "name": "the group",
                "kind": "organization",
                "role": None,
                "organization": None,
                "mentions": [_span(t, "the group")],
            },
        ],
        "quotes": [
            {
                "text": "We will win,",
                "span": _span(t, "We will win,"),
                "kind": "direct",
                "speaker": 0,
                "cue": "said",
                "confidence": 0.9,
            },
            {
                "text": "The government should release all detainees",
                "span": _span(t, "The government should release all detainees"),
                "kind": "indirect",
                "speaker": 1,
                "cue": "said",
                "confidence": 0.75,
            },
        ],
        "demands": [
            {
                "text": "The government should release all detainees",
                "span": _span(t, "The government should release all detainees"),
                "actor": "the group",
                "target": "The government",
                "action": "release all detainees",
                "cue": "should",
            }
        ],
        "dates": [
            {
                "text": "26 June 2023",
                "span": _span(t, "26 June 2023"),
                "value": "2023-06-26",
                "kind": "absolute",
                "grain": "day",
            },
            {
                "text": "20 avril 2018",
                "span": _span(t, "20 avril 2018"),
                "value": "2018-04-20",
                "kind": "absolute",
                "grain": "day",
                "alternates": ["2018-20-04"],
            },
        ],
        "signatories": [
            {
                "text": "52 organizations",
                "span": _span(t, "52 organizations"),
                "count": 52,
                "qualifier": "exact",
                "unit": "organizations",
            }
        ],
        "boilerplate": [_span(t, "Skip to main content"), _span(t, "Share this")],
        "signatory_total": {
            "text": "52 organizations",
            "span": _span(t, "52 organizations"),
            "count": 52,
            "qualifier": "more_than",
            "unit": "organizations",
        },
    }


@pytest.fixture
def built() -> pressparse.Document:
    """A Document with one or more records of every kind, indexing SAMPLE."""
    return pressparse.Document.from_json(json.dumps(built_dict()))


@pytest.fixture
def extracted() -> pressparse.Document:
    """What the extractors find in SAMPLE."""
    return pressparse.extract(SAMPLE, id="sample")


def records(doc: pressparse.Document) -> Iterator[Any]:
    """Every record object of a Document, of every kind."""
    yield from doc.speakers
    yield from doc.quotes
    yield from doc.demands
    yield from doc.dates
    yield from doc.signatories
    if doc.dateline is not None:
        yield doc.dateline
    if doc.signatory_total is not None:
        yield doc.signatory_total


def check_spans(text: str, doc: pressparse.Document) -> int:
    """Assert that every span of ``doc`` slices ``text`` as SPEC.md says;
    return how many spans were checked."""
    n = 0
    spanned: list[pressparse.Quote | pressparse.Demand | pressparse.DateMention] = [
        *doc.quotes,
        *doc.demands,
        *doc.dates,
    ]
    for rec in [*spanned, *doc.signatories]:
        start, end = rec.span
        assert text[start:end] == rec.text, (type(rec).__name__, rec)
        n += 1
    if doc.signatory_total is not None:
        start, end = doc.signatory_total.span
        assert text[start:end] == doc.signatory_total.text
        n += 1
    if doc.dateline is not None:
        start, end = doc.dateline.span
        assert doc.dateline.location in text[start:end]
        n += 1
    for speaker in doc.speakers:
        # A mention is the name, a short form of it ("Adams"), or an
        # unambiguous description ("the groups", "the senator").
        for start, end in speaker.mentions:
            mention = text[start:end]
            assert mention.strip(), (speaker, mention)
            assert mention == mention.strip(), (speaker, mention)
            n += 1
    for start, end in doc.boilerplate:
        assert 0 <= start < end <= len(text)
        assert text[start:end].strip(), (start, end)
        n += 1
    return n
