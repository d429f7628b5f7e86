//! Parallelism switch: rayon is turned off in a child process forked after
//! rayon's pool started (Dask and Spark fork their workers), because the
//! pool's threads do not survive a fork.

use std::sync::atomic::{AtomicBool, Ordering};

static ENABLED: AtomicBool = AtomicBool::new(true);

/// True when batches may run in parallel.
pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// Turn parallel batches on or off for this process.
///
/// ```
/// pressparse::parallel::set_enabled(false);
/// assert!(!pressparse::parallel::enabled());
/// pressparse::parallel::set_enabled(true);
/// ```
pub fn set_enabled(on: bool) {
    ENABLED.store(on, Ordering::Relaxed);
}
