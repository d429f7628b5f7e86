"""JSON, dicts, pickle, equality and repr: all from the one serde model."""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

import pytest

import pressparse

from conftest import SAMPLE, TEXTS, built_dict, records


def test_to_dict_matches_json(built: pressparse.Document) -> None:
    assert built.to_dict() == json.loads(built.to_json())
    assert built.to_dict() == json.loads(built.to_json(pretty=True))
    assert "\n" in built.to_json(pretty=True)
    assert "\n" not in built.to_json()
    for rec in records(built):
        assert rec.to_dict() == json.loads(rec.to_json()), rec


@pytest.mark.parametrize("text", [SAMPLE, *TEXTS])
def test_extracted_to_dict_matches_json(text: str) -> None:
    doc = pressparse.extract(text, id="x")
    assert doc.to_dict() == json.loads(doc.to_json())
    for rec in records(doc):
        assert rec.to_dict() == json.loads(rec.to_json())


def test_dict_is_spec_json(built: pressparse.Document) -> None:
    # What went in through from_json comes out unchanged (the input is in
    # canonical form: keys in SPEC order, empty alternates left out).
    assert built.to_dict() == built_dict()
    assert list(built.to_dict()) == [
        "id", "title", "dateline", "published", "speakers", "quotes", "demands",
        "dates", "signatories", "boilerplate", "signatory_total",
    ]  # fmt: skip


def test_attributes_match_dict(built: pressparse.Document) -> None:
    d = built_dict()
    q = built.quotes[0]
    assert (q.text, q.kind, q.speaker_id, q.cue) == ("We will win,", "direct", 0, "said")
    assert q.confidence == d["quotes"][0]["confidence"] == 0.9
    assert q.span == tuple(d["quotes"][0]["span"])
    assert q.speaker is not None
    assert q.speaker.name == "김정은"
    assert built.quotes[1].speaker == built.speakers[1]
    s = built.speakers[0]
    assert (s.id, s.kind, s.role, s.organization) == (0, "person", "director", "Café Été")
    assert s.mentions == [tuple(m) for m in d["speakers"][0]["mentions"]]
    dm = built.dates[1]
    assert (dm.value, dm.kind, dm.grain, dm.alternates) == (
        "2018-04-20",
        "absolute",
        "day",
        ["2018-20-04"],
    )
    assert built.dates[0].alternates == []
    total = built.signatory_total
    assert total is not None
    assert (total.count, total.qualifier) == (52, "more_than")
    dl = built.dateline
    assert dl is not None
    assert (dl.location, dl.date) == ("GENEVA", "2023-06-26")
    dem = built.demands[0]
    assert (dem.actor, dem.target, dem.action, dem.cue) == (
        "the group",
        "The government",
        "release all detainees",
        "should",
    )
    assert built.boilerplate == [tuple(b) for b in d["boilerplate"]]
    assert (built.id, built.title, built.published) == ("built", None, "2023-06-26")


def _roundtrips(obj: Any) -> None:
    for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
        again = pickle.loads(pickle.dumps(obj, protocol=proto))
        assert type(again) is type(obj)
        assert again == obj
        assert repr(again) == repr(obj)
    assert copy.deepcopy(obj) == obj
    assert copy.copy(obj) == obj


def test_pickle_document_and_records(built: pressparse.Document) -> None:
    _roundtrips(built)
    kinds = set()
    for rec in records(built):
        _roundtrips(rec)
        kinds.add(type(rec).__name__)
    assert kinds == {
        "Speaker", "Quote", "Demand", "DateMention", "SignatoryCount", "Dateline",
    }  # fmt: skip
    # A pickled quote keeps its speaker without its Document.
    q = pickle.loads(pickle.dumps(built.quotes[0]))
    assert q.speaker is not None
    assert q.speaker.name == "김정은"


@pytest.mark.parametrize("text", [SAMPLE, *TEXTS])
def test_pickle_extracted(text: str) -> None:
    doc = pressparse.extract(text, id="p")
    _roundtrips(doc)
    for rec in records(doc):
        _roundtrips(rec)


def test_pickle_extractor() -> None:
    for ex in (pressparse.Extractor(), pressparse.Extractor(reference_date="2024-02-29")):
        _roundtrips(ex)
        assert pickle.loads(pickle.dumps(ex)).reference_date == ex.reference_date


def test_equality(built: pressparse.Document) -> None:
    again = pressparse.Document.from_json(built.to_json())
    assert again == built
    assert again is not built
    assert built.quotes[0] == again.quotes[0]
    assert built.quotes[0] != built.quotes[1]
    assert built.speakers[0] != built.speakers[1]
    assert built != pressparse.extract(SAMPLE)
    assert built != "not a document"
    assert pressparse.Extractor() != pressparse.Extractor(reference_date="2024-01-01")
    with pytest.raises(TypeError):
        hash(built)


def test_from_json_rejects_bad_documents(built: pressparse.Document) -> None:
    d = built_dict()
    d["quotes"][0]["speaker"] = 7
    with pytest.raises(pressparse.PressParseError, match="speaker"):
        pressparse.Document.from_json(json.dumps(d))
    d = built_dict()
    d["speakers"][1]["id"] = 5
    with pytest.raises(pressparse.PressParseError, match="id"):
        pressparse.Document.from_json(json.dumps(d))
    with pytest.raises(pressparse.PressParseError, match="invalid document json"):
        pressparse.Document.from_json("{not json")
    with pytest.raises(pressparse.PressParseError):
        pressparse.Document.from_json('{"quotes": "no"}')


def test_repr_is_short_and_constructor_like(built: pressparse.Document) -> None:
    assert repr(built) == (
        "Document(id='built', title=None, speakers=2, quotes=2, demands=1, dates=2, "
        "signatories=1, boilerplate=2)"
    )
    start = SAMPLE.index("We will win,")
    assert repr(built.quotes[0]) == (
        "Quote(kind='direct', text='We will win,', speaker='김정은', cue='said', "
        f"span=({start}, {start + 12}))"
    )
    assert repr(built.speakers[0]) == (
        "Speaker(id=0, name='김정은', kind='person', role='director', "
        "organization='Café Été', mentions=1)"
    )
    long = repr(built.quotes[1])
    assert "The government should release all det..." in long
    assert len(long) < 140
    assert repr(built.dateline).startswith("Dateline(location='GENEVA', date='2023-06-26', span=(")
    assert repr(built.signatories[0]).startswith(
        "SignatoryCount(count=52, qualifier='exact', unit='organizations', span=("
    )
    assert repr(built.dates[0]).startswith(
        "DateMention(text='26 June 2023', value='2023-06-26', kind='absolute', grain='day'"
    )
    assert repr(built.demands[0]).startswith("Demand(target='The government', action=")
    assert repr(pressparse.Extractor()) == "Extractor(reference_date=None)"


def test_records_are_frozen(built: pressparse.Document) -> None:
    q = built.quotes[0]
    with pytest.raises(AttributeError):
        q.text = "changed"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        built.id = "other"  # type: ignore[misc]
    built.quotes.clear()  # a fresh list: the Document is unchanged
    assert len(built.quotes) == 2
