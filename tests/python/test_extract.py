"""What the extractors find, through the Python API.

These assert SPEC.md's behaviour on short, unambiguous releases; they need
the real extractors (they fail on a build whose extractors are stubs).
"""

from __future__ import annotations

import pytest

import pressparse


def test_direct_quote_and_speaker() -> None:
    text = "“We will win,” said Jane Doe."
    doc = pressparse.extract(text)
    quotes = [q for q in doc.quotes if q.kind == "direct"]
    assert len(quotes) == 1
    q = quotes[0]
    assert q.text == "We will win,"
    assert text[q.span[0] : q.span[1]] == q.text
    assert q.cue == "said"
    assert q.speaker is not None
    assert q.speaker.name == "Jane Doe"
    assert q.speaker.kind == "person"
    assert q.speaker_id == q.speaker.id
    assert doc.speakers[q.speaker.id] == q.speaker
    assert 0.0 < q.confidence <= 1.0


def test_speaker_role_and_organization() -> None:
    doc = pressparse.extract("“Act now,” said Brad Adams, Asia director at Human Rights Watch.")
    s = doc.speakers[0]
    assert (s.name, s.role, s.organization) == ("Brad Adams", "Asia director", "Human Rights Watch")


def test_non_ascii_quote_spans() -> None:
    text = "Le 김정은 dossier. «Bonjour à tous», a déclaré Marie Curie."
    doc = pressparse.extract(text)
    assert [q.text for q in doc.quotes if q.kind == "direct"] == ["Bonjour à tous"]
    q = doc.quotes[0]
    assert text[q.span[0] : q.span[1]] == "Bonjour à tous"


def test_dateline_demand_signatories() -> None:
    text = (
        "(New York) – The government should release all detainees, "
        "Human Rights Watch said today.\n\n"
        "The letter is signed by 52 organizations."
    )
    doc = pressparse.extract(text)
    assert doc.dateline is not None
    assert doc.dateline.location == "New York"
    assert any(d.target == "The government" and d.cue == "should" for d in doc.demands)
    counts = [(s.count, s.qualifier, s.unit) for s in doc.signatories]
    assert (52, "exact", "organizations") in counts


def test_dates_and_reference_date() -> None:
    doc = pressparse.extract("The talks ended on April 20, 2018.")
    assert [(d.text, d.value, d.kind, d.grain) for d in doc.dates] == [
        ("April 20, 2018", "2018-04-20", "absolute", "day")
    ]
    doc = pressparse.extract("The minister spoke today.", reference_date="2024-05-06")
    assert [(d.value, d.kind) for d in doc.dates] == [("2024-05-06", "relative")]


def test_boilerplate_is_found_and_sliced() -> None:
    text = "Skip to main content\n\nThe minister spoke about Café Été.\n\nShare this"
    doc = pressparse.extract(text)
    chrome = [text[a:b] for a, b in doc.boilerplate]
    assert any("Skip to main content" in c for c in chrome)
    assert all("minister" not in c for c in chrome)


def test_id_and_defaults() -> None:
    doc = pressparse.extract("Nothing to see here.", id="r-1")
    assert doc.id == "r-1"
    assert pressparse.extract("Nothing.").id is None
    assert doc.text is None
    assert isinstance(doc.speakers, list)


def test_extractor_class_matches_function() -> None:
    ex = pressparse.Extractor(reference_date="2024-05-06")
    assert ex.reference_date == "2024-05-06"
    text = "The minister spoke today, said Ann Lee."
    assert ex.extract(text, id="a") == pressparse.extract(text, id="a", reference_date="2024-05-06")
    assert pressparse.Extractor().reference_date is None


def test_extract_html_spans_index_the_derived_text() -> None:
    page = (
        "<html><head><title>Site | Court Rules</title></head>"
        "<body><nav><a>Home</a><a>News</a></nav>"
        "<article><h1>Court Rules on Tax Case</h1><p>&ldquo;Justice was done,&rdquo; said Ann Lee, "
        "director at Fair Courts.</p></article><footer>&copy; 2024</footer></body></html>"
    )
    doc = pressparse.extract_html(page, id="page")
    assert doc.id == "page"
    assert doc.text is not None
    assert "Home" not in doc.text
    assert doc.title == "Court Rules on Tax Case"
    (quote,) = doc.quotes
    assert doc.text[quote.span[0] : quote.span[1]] == quote.text == "Justice was done,"
    assert quote.speaker is not None
    assert quote.speaker.name == "Ann Lee"
    assert pressparse.Extractor().extract_html(page) == pressparse.extract_html(page)
    with pytest.raises(TypeError):
        pressparse.extract_html(page.encode())  # type: ignore[arg-type]
