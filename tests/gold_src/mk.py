"""Write tests/gold/<id>.json from a compact annotation (hand-made; see
README in this folder). Only speakers and quotes are annotated carefully;
title/dateline/published are best effort; demands, dates and signatories
are left empty (not annotated)."""
import json, sys, pathlib

def write(id, speakers, quotes, title=None, dateline=None, published=None):
    doc = {
        "id": id,
        "text_file": f"corpus/dev/{id}.txt",
        "title": title,
        "dateline": dateline,
        "published": published,
        "speakers": [
            dict(name=s[0], kind=s[1], role=s[2], organization=s[3], **(s[4] if len(s) > 4 else {}))
            for s in speakers
        ],
        "quotes": [
            dict(kind=q[0], speaker=q[1], cue=q[2], text=q[3], **(q[4] if len(q) > 4 else {}))
            for q in quotes
        ],
        "demands": [],
        "dates": [],
        "signatories": [],
        "boilerplate": [],
    }
    text = (pathlib.Path("/work/shared") / doc["text_file"]).read_text(encoding="utf-8")
    for q in doc["quotes"]:
        if q["text"] not in text:
            sys.exit(f"{id}: quote text not in file: {q['text'][:60]!r}")
    names = {s["name"] for s in doc["speakers"]}
    for q in doc["quotes"]:
        if q["speaker"] is not None and q["speaker"] not in names:
            sys.exit(f"{id}: unknown speaker {q['speaker']!r}")
    out = pathlib.Path(__file__).resolve().parent.parent / "gold" / f"{id}.json"
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
