#!/usr/bin/env bash
# Seed the fuzz corpora from the dev corpus, the bundled example releases
# and the test fixtures. Run from anywhere; the copies are not committed.
set -euo pipefail
cd "$(dirname "$0")"
# The dev corpus lives beside the crate, as ../shared from its root.
shared=../../shared/corpus/dev
for target in extract extract_bytes extract_html; do
    mkdir -p "corpus/$target"
done
for dir in "$shared" ../examples/releases ../tests/fixtures; do
    [ -d "$dir" ] || continue
    for f in "$dir"/*.txt; do
        cp "$f" corpus/extract/
        cp "$f" corpus/extract_bytes/
    done
done
# Pages and the texts derived from them both make good markup seeds.
cp ../tests/fixtures/html/* corpus/extract_html/
for f in "$shared"/*.txt; do
    cp "$f" corpus/extract_html/
done
for target in extract extract_bytes extract_html; do
    echo "corpus/$target: $(ls "corpus/$target" | wc -l) files"
done
