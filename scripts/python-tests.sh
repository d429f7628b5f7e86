#!/usr/bin/env bash
# Build the Python package and run its checks, from a fresh machine with
# Rust and Python >= 3.10 present:
#   scripts/python-tests.sh            # debug build (fast to compile)
#   PRESSPARSE_RELEASE=1 scripts/python-tests.sh   # optimised build
# Creates .venv (if missing), installs maturin and the extras (test, pandas,
# arrow, polars, plot, dask, spark: the tests that need one skip without it, so CI
# installs them all), builds the extension into the venv with `maturin
# develop`, then runs pytest (tests, the package's doctests, the Dask recipe
# on a two-process LocalCluster, the PySpark recipe in local mode, the
# notebook example), mypy.stubtest,
# mypy --strict and ruff.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
# shellcheck disable=SC1091
. .venv/bin/activate
export PIP_DISABLE_PIP_VERSION_CHECK=1
python -m pip install -q --upgrade pip
python -m pip install -q "maturin>=1.9,<2" "pytest>=8" "mypy>=1.11" "ruff>=0.6"

release=()
if [ "${PRESSPARSE_RELEASE:-0}" = 1 ]; then
  release=(--release)
fi
# PySpark (the [spark] extra, ~450 MB) and its ~20 s local-mode test can be
# left out with PRESSPARSE_SPARK=0; the test skips without it.
extras=test,pandas,arrow,polars,plot,dask
if [ "${PRESSPARSE_SPARK:-1}" = 1 ]; then
  extras=$extras,spark
fi
maturin develop -q --extras "$extras" "${release[@]}"

status=0
run() {
  echo "+ $*"
  "$@" || status=1
}
run python -m pytest -q tests/python python/pressparse --doctest-modules
run python -m mypy.stubtest pressparse._pressparse
run python -m mypy --strict tests/python benches/bench.py
if [ -d examples/python ]; then
  run python -m mypy --strict examples/python
fi
run ruff check python tests/python examples/python benches
run ruff format --check python tests/python examples/python benches
exit $status
