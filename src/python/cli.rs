//! The `pressparse` console script's entry point.
//!
//! `python/pressparse/__main__.py` calls `_cli_main(sys.argv)`, which runs
//! `crate::cli::main_with_args`, the same code as the Rust binary, so there
//! is one CLI implementation. (In the `python` branch `src/cli.rs` is a
//! stand-in; the lead's CLI replaces it with the same signature.)

use std::panic::{catch_unwind, AssertUnwindSafe};

use pyo3::prelude::*;

/// Exit code when the CLI panicked (the panic message is already on stderr).
const PANIC_EXIT: i32 = 101;

/// Run the command-line tool with ``argv`` (``argv[0]`` is the program
/// name) and return its exit code. The GIL is released while it runs.
#[pyfunction]
#[pyo3(name = "_cli_main")]
pub(crate) fn cli_main(py: Python<'_>, argv: Vec<String>) -> i32 {
    py.detach(|| catch_unwind(AssertUnwindSafe(|| crate::cli::main_with_args(argv))).unwrap_or(PANIC_EXIT))
}
