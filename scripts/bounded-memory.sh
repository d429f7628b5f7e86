#!/usr/bin/env bash
# Peak memory of the CLI on huge folders (issue 8: "a directory with
# 100 000 files streams in bounded memory"). Not run in CI: it writes about
# 1 GB and takes minutes.
#
#   scripts/bounded-memory.sh                 # builds target/release/pressparse
#   scripts/bounded-memory.sh path/to/pressparse
#   SIZES="1000 10000" scripts/bounded-memory.sh
#
# For each size it fills one folder with that many small releases (copies
# of the corpus releases under 3 000 bytes, cycled; ../shared/corpus/dev,
# or CORPUS=...), then runs `extract DIR > /dev/null` and
# `convert DIR OUT` under /usr/bin/time -v and prints the peak resident set
# size of each. Flat figures across sizes mean memory does not grow with
# the number of files.
set -euo pipefail
cd "$(dirname "$0")/.."

corpus=${CORPUS:-../shared/corpus/dev}
sizes=${SIZES:-"10000 100000"}
threads=${THREADS:-2}

if [ $# -ge 1 ]; then
  bin=$1
else
  cargo build --release --quiet --features cli --bin pressparse
  bin=target/release/pressparse
fi
if [ ! -x /usr/bin/time ]; then
  echo "installing GNU time (/usr/bin/time)" >&2
  apt-get install -y -qq time >/dev/null
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/pressparse-memory.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Fill $1 with $2 copies of the small releases (Python: 100 000 cp
# processes would take longer than the runs).
fill() {
  python3 - "$corpus" "$1" "$2" <<'PY'
import pathlib, sys
corpus, out, n = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
small = [p.read_bytes() for p in sorted(corpus.glob("*.txt")) if p.stat().st_size < 3000]
if not small:
    sys.exit(f"no releases under 3000 bytes in {corpus}")
out.mkdir(parents=True)
for i in range(n):
    (out / f"r{i:06d}.txt").write_bytes(small[i % len(small)])
PY
}

# Run "$@" under /usr/bin/time -v; print "peak_kB wall_s".
measure() {
  local log=$work/time.log
  /usr/bin/time -v -o "$log" "$@" >/dev/null 2>"$work/stderr" || {
    echo "failed: $* (see below)" >&2
    cat "$work/stderr" >&2
    exit 1
  }
  local kb wall
  kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
  echo "$kb $wall"
}

# report FILES COMMAND PEAK_KB WALL
report() {
  awk -v n="$1" -v c="$2" -v kb="$3" -v w="$4" 'BEGIN { printf "%-8s %-8s %14.1f %12s\n", n, c, kb / 1024, w }'
}

echo "binary: $bin ($("$bin" --version)), threads: $threads"
printf '%-8s %-8s %14s %12s\n' files command "peak RSS (MB)" "wall"
for n in $sizes; do
  dir=$work/in-$n
  fill "$dir" "$n"
  # $res is "PEAK_KB WALL", split into two arguments on purpose.
  res=$(measure "$bin" extract --quiet --threads "$threads" "$dir")
  # shellcheck disable=SC2086
  report "$n" extract $res
  res=$(measure "$bin" convert --quiet --threads "$threads" "$dir" "$work/out-$n")
  # shellcheck disable=SC2086
  report "$n" convert $res
  if [ "$(find "$work/out-$n" -name '*.json' | wc -l)" -ne "$n" ]; then
    echo "convert wrote $(find "$work/out-$n" -name '*.json' | wc -l) files, expected $n" >&2
    exit 1
  fi
  rm -rf "$dir" "$work/out-$n"
done
