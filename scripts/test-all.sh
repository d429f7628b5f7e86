#!/usr/bin/env bash
# Every test of the project, as CI runs it. Needs only a Rust toolchain and
# Python >= 3.10 on the machine; everything else comes from crates.io and PyPI.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}" INSTA_UPDATE=no
step() { printf '\n=== %s\n' "$*"; }

step "rustfmt"
rustup component add rustfmt clippy >/dev/null 2>&1 || true
cargo fmt --all -- --check

step "clippy (warnings are errors), every feature set"
cargo clippy --all-targets -- -D warnings
cargo clippy --all-targets --all-features -- -D warnings

step "API docs build without warnings (no links to private items)"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --all-features

step "default features pull in neither pyo3 nor the CLI's crates"
if cargo tree -e normal --prefix none | grep -E '^(pyo3|clap|indicatif|signal-hook|rayon|scraper|html5ever) '; then
  echo "default features must not depend on the crates listed above" >&2
  exit 1
fi

step "cargo test: no features"
cargo test
step "cargo test: python"
cargo test --features python --lib --tests
step "cargo test: all features"
cargo test --all-features

step "Python package: build, pytest, stubtest, mypy --strict, ruff"
bash scripts/python-tests.sh

echo
echo "all tests passed"
