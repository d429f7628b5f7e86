//! Stopping a run cleanly: a shared flag that a signal (or the Python
//! binding) sets, and that the batch reads at each document boundary.

use std::io;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

pub use signal_hook::consts::{SIGINT, SIGTERM};

/// A request to stop a run at the next document boundary.
///
/// Clones share one flag. A run that sees it set starts no new file,
/// removes its temporary files and returns `128 + signal` (130 for SIGINT).
///
/// ```
/// use pressparse::cli::{Interrupt, SIGINT};
///
/// let interrupt = Interrupt::new();
/// assert_eq!(interrupt.exit_status(), None);
/// interrupt.clone().request(SIGINT);
/// assert_eq!(interrupt.exit_status(), Some(130));
/// ```
#[derive(Debug, Clone, Default)]
pub struct Interrupt {
    /// Set by the first signal; also arms the immediate exit on a second one.
    requested: Arc<AtomicBool>,
    /// The signal's number (0 when none was given).
    signal: Arc<AtomicUsize>,
}

impl Interrupt {
    /// A flag nobody has set yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// The process's flag, set by SIGINT (Ctrl-C) and SIGTERM. A second
    /// such signal, while the first is being handled, exits at once with
    /// `128 + signal`: the way out when a run cannot reach a document
    /// boundary (a blocking read of a terminal). The handlers are installed
    /// once per process and chain to any handler installed before them; the
    /// flag, once set, stays set for the life of the process.
    pub fn from_signals() -> io::Result<Self> {
        static PROCESS: Mutex<Option<Interrupt>> = Mutex::new(None);
        let mut process = PROCESS.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(interrupt) = &*process {
            return Ok(interrupt.clone());
        }
        let interrupt = Interrupt::new();
        for signal in [SIGINT, SIGTERM] {
            // Registered first, the exit reads the flag before this signal
            // sets it: only a second signal exits.
            signal_hook::flag::register_conditional_shutdown(signal, 128 + signal, Arc::clone(&interrupt.requested))?;
            signal_hook::flag::register_usize(signal, Arc::clone(&interrupt.signal), signal.unsigned_abs() as usize)?;
            signal_hook::flag::register(signal, Arc::clone(&interrupt.requested))?;
        }
        *process = Some(interrupt.clone());
        Ok(interrupt)
    }

    /// Ask the run to stop, as if `signal` had arrived.
    pub fn request(&self, signal: i32) {
        self.signal.store(signal.unsigned_abs() as usize, Ordering::SeqCst);
        self.requested.store(true, Ordering::SeqCst);
    }

    /// Has a stop been requested?
    pub fn is_requested(&self) -> bool {
        self.requested.load(Ordering::SeqCst)
    }

    /// `128 + signal` once a stop was requested: 130 for SIGINT, 143 for
    /// SIGTERM, and 130 when no signal number was given.
    pub fn exit_status(&self) -> Option<i32> {
        if !self.is_requested() {
            return None;
        }
        let signal = i32::try_from(self.signal.load(Ordering::SeqCst)).unwrap_or(0);
        Some(128 + if signal > 0 { signal } else { SIGINT })
    }
}
