# %% [markdown]
# # Who speaks in these press releases, and whom do they call on?
#
# A notebook-style walk through pressparse for data work: read a folder of
# releases, extract them, turn the records into pandas tables, and chart
# the top speakers and demand targets. Run it as a script
# (`python examples/python/notebook.py [OUT.png]`) or cell by cell (the
# `# %%` markers) in VS Code, Spyder or Jupyter with jupytext.
#
# Needs the extras `pandas` and `plot`:
# `pip install 'pressparse[pandas,plot]'`.

# %%
from __future__ import annotations

import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # draw to a file; no display needed

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.ticker import MaxNLocator

import pressparse

try:
    REPO = Path(__file__).resolve().parents[2]
except NameError:  # a notebook has no __file__: run it from the repository
    REPO = Path.cwd()
RELEASES = REPO / "examples" / "releases"
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].endswith(".png") else None
OUT = OUT or REPO / "docs" / "top-speakers.png"

# %% [markdown]
# ## Read and extract
# `read_dir` yields `(id, text)` pairs in sorted order (the id is the file
# name without `.txt`); `extract_stream` extracts them in parallel batches
# and yields Documents in the same order, in bounded memory.

# %%
docs = list(pressparse.extract_stream(pressparse.read_dir(RELEASES)))
print(f"{len(docs)} releases from {RELEASES.relative_to(REPO)}")

# %% [markdown]
# ## Tables
# One DataFrame per record kind, each row keyed by `doc_id`. Quotes carry
# their speaker's name, role and organisation as columns.

# %%
frames = pressparse.to_frames(docs)
documents: pd.DataFrame = frames["documents"]
quotes: pd.DataFrame = frames["quotes"]
demands: pd.DataFrame = frames["demands"]
print(documents[["doc_id", "published", "n_quotes", "n_demands", "n_dates"]].to_string(index=False))

# %% [markdown]
# ## Top speakers
# Quotes per speaker, with the organisation the release names.

# %%
speakers = (
    quotes.dropna(subset=["speaker_name"])
    .fillna({"speaker_organization": ""})
    .groupby(["speaker_name", "speaker_organization"])
    .size()
    .rename("quotes")
    .sort_values(ascending=False, kind="stable")
    .head(10)
    .reset_index()
)
print("\nTop speakers")
print(speakers.to_string(index=False) if len(speakers) else "(no attributed quotes)")

# %% [markdown]
# ## Demand targets
# Who is called on to act, most often first.

# %%
targets = (
    demands["target"]
    .dropna()
    .value_counts()
    .rename_axis("target")
    .rename("demands")
    .head(10)
    .reset_index()
)
print("\nTop demand targets")
print(targets.to_string(index=False) if len(targets) else "(no demands)")

# %% [markdown]
# ## Chart
# Two bar charts side by side, saved to `docs/top-speakers.png`.


# %%
def bars(ax: Axes, labels: list[str], counts: list[int], title: str, empty: str) -> None:
    """Horizontal bars, largest on top; a note when there is nothing to draw."""
    ax.set_title(title)
    if not counts:
        ax.text(0.5, 0.5, empty, ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return
    ax.barh(labels[::-1], counts[::-1], color="#4c72b0")
    ax.set_xlabel("count")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))


def label(name: str, organization: str) -> str:
    return f"{name} ({organization})" if organization else name


fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.5), layout="constrained")
bars(
    left,
    [
        label(n, o)
        for n, o in zip(speakers["speaker_name"], speakers["speaker_organization"], strict=True)
    ],
    [int(n) for n in speakers["quotes"]],
    "Quotes per speaker",
    "no attributed quotes",
)
bars(
    right,
    [str(t) for t in targets["target"]],
    [int(n) for n in targets["demands"]],
    "Demands per target",
    "no demands",
)
fig.suptitle(f"pressparse on {len(docs)} bundled releases")
OUT.parent.mkdir(parents=True, exist_ok=True)
fig.savefig(OUT, dpi=100)
print(f"\nchart saved to {OUT}")
