//! The Python binding: the private extension module `pressparse._pressparse`
//! that the pure-Python package `pressparse` re-exports.
//!
//! Layout: `error` (the one place errors cross over), `convert` (spans,
//! enum names, JSON and dicts from the serde model), `speech` (`Speaker`,
//! `Quote`), `records` (`Demand`, `DateMention`, `SignatoryCount`,
//! `Dateline`), `document`, `input` (arguments to owned
//! Rust values), `extractor` (`Extractor`, `extract`, `extract_bytes`,
//! `extract_many`), `columns` (columnar tables for pandas, Arrow and
//! polars) and `cli`.
//! The core never mentions Python; nothing outside this folder does either.

mod cli;
mod columns;
mod convert;
mod document;
mod error;
mod extractor;
mod input;
mod records;
mod speech;

use pyo3::prelude::*;

/// Turn off parallel batches in this process. ``pressparse/__init__.py``
/// registers it with ``os.register_at_fork(after_in_child=...)``: rayon's
/// threads do not survive a fork, so a forked child runs batches serially.
#[pyfunction]
#[pyo3(name = "_disable_parallelism")]
fn disable_parallelism() {
    crate::parallel::set_enabled(false);
}

/// True when batches may run in parallel in this process.
#[pyfunction]
#[pyo3(name = "_parallelism_enabled")]
fn parallelism_enabled() -> bool {
    crate::parallel::enabled()
}

/// pressparse's extension module. Import from ``pressparse`` instead.
#[pymodule(gil_used = false)]
mod _pressparse {
    #[pymodule_export]
    use super::cli::cli_main;
    #[pymodule_export]
    use super::columns::columns;
    #[pymodule_export]
    use super::document::PyDocument;
    #[pymodule_export]
    use super::error::PressParseError;
    #[pymodule_export]
    use super::extractor::{extract, extract_bytes, extract_html, extract_many, extract_rust_only, PyExtractor};
    #[pymodule_export]
    use super::records::{PyDateMention, PyDateline, PyDemand, PySignatoryCount};
    #[pymodule_export]
    use super::speech::{PyQuote, PySpeaker};
    #[pymodule_export]
    use super::{disable_parallelism, parallelism_enabled};

    /// The package version.
    #[pymodule_export]
    #[allow(non_upper_case_globals)] // Python's name for it
    const __version__: &str = env!("CARGO_PKG_VERSION");
}
