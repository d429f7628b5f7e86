"""Turn press releases into typed records.

pressparse reads one press release (plain text) and returns a
:class:`Document`: its speakers, direct and indirect quotes with their
attribution, demands (who calls on whom to do what), dates, signatory counts
of joint letters, the dateline, the title and the page chrome to ignore.
Spans are ``(start, end)`` code-point offsets, so ``text[start:end]`` is the
record's text.

>>> import pressparse
>>> doc = pressparse.extract("Skip to main content\\n\\nThe minister spoke.", id="r1")
>>> doc.id, isinstance(doc, pressparse.Document)
('r1', True)
>>> [d.id for d in pressparse.extract_many(["One.", "Two."], ids=["a", "b"])]
['a', 'b']

The work runs in Rust without holding the GIL; :func:`extract_many` runs a
batch on all cores. Errors are :class:`PressParseError`, a ``ValueError``.
"""

from __future__ import annotations

import os

from pressparse._pressparse import (
    Dateline,
    DateMention,
    Demand,
    Document,
    Extractor,
    PressParseError,
    Quote,
    SignatoryCount,
    Speaker,
    __version__,
    _disable_parallelism,
    extract,
    extract_html,
    extract_many,
)
from pressparse.frames import to_arrow, to_pandas, to_polars, to_records

__all__ = [
    "DateMention",
    "Dateline",
    "Demand",
    "Document",
    "Extractor",
    "PressParseError",
    "Quote",
    "SignatoryCount",
    "Speaker",
    "__version__",
    "extract",
    "extract_html",
    "extract_many",
    "to_arrow",
    "to_pandas",
    "to_polars",
    "to_records",
]

# rayon's worker threads do not survive fork(); Dask, Spark and
# multiprocessing fork their workers, so a forked child runs batches serially.
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_disable_parallelism)
