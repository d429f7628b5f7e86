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

Bytes go through :func:`extract_bytes` (strict UTF-8, or ``lossy=True``).
Limits keep one bad input from taking a service down: ``max_input_bytes``
(64 MiB by default) refuses longer input, ``max_records`` (10 000) cuts
record lists and sets ``Document.truncated``.

The work runs in Rust without holding the GIL; :func:`extract_many` runs a
batch on all cores. Wrong argument types raise ``TypeError``; everything
pressparse rejects (invalid UTF-8, lone surrogates, input over the limit,
invalid options) raises :class:`PressParseError`, a ``ValueError``, whose
message names the input's id.

For data work: :func:`read_dir`, :func:`iter_files` and :func:`iter_jsonl`
read releases as ``(id, text)`` pairs and :func:`extract_stream` extracts
them in parallel batches in bounded memory (module ``pressparse.stream``);
:func:`to_frames` turns Documents into six tables (documents, speakers,
quotes, demands, dates, signatories) for pandas, pyarrow or polars (module
``pressparse.frames``). Documents and the :class:`Extractor` pickle, so
Dask and Spark can ship them (see ``docs/scale-out.md``).
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
    extract_bytes,
    extract_html,
    extract_many,
)
from pressparse.frames import (
    to_arrow,
    to_columns,
    to_frames,
    to_pandas,
    to_polars,
    to_records,
)
from pressparse.stream import extract_stream, iter_files, iter_jsonl, read_dir

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
    "extract_bytes",
    "extract_html",
    "extract_many",
    "extract_stream",
    "iter_files",
    "iter_jsonl",
    "read_dir",
    "to_arrow",
    "to_columns",
    "to_frames",
    "to_pandas",
    "to_polars",
    "to_records",
]

# rayon's worker threads do not survive fork(); Dask, Spark and
# multiprocessing fork their workers, so a forked child runs batches serially.
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_disable_parallelism)
