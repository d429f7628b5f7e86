#!/usr/bin/env bash
# Score the current build against ../shared/gold/dev (and any extra gold
# folders given as arguments), printing per-document misses.
#   ./score.sh            # dev gold
#   ./score.sh tests/gold # the project's own annotated set
set -euo pipefail
cd "$(dirname "$0")"
shared=../shared
golds=("${@:-$shared/gold/dev}")
cargo build -q --example jsonl
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for gold in "${golds[@]}"; do
  files=$(python3 - "$gold" "$shared" <<'PY'
import json, sys, pathlib
gold, shared = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for g in sorted(gold.glob("*.json")):
    d = json.loads(g.read_text(encoding="utf-8"))
    tf = d.get("text_file")
    if tf:
        for base in (shared, pathlib.Path(".")):
            if (base / tf).is_file():
                print(base / tf); break
PY
)
  # shellcheck disable=SC2086
  target/debug/examples/jsonl $files > "$out"
  python3 "$shared/tools/score.py" --gold "$gold" --pred "$out" --texts "$shared/corpus/dev" --texts "$shared/samples" --per-doc
done
