//! The `pressparse` console script's entry point.
//!
//! `python/pressparse/__main__.py` calls `_cli_main(sys.argv)`, which runs
//! `crate::cli::main_with_interrupt`, the same code as the Rust binary, so
//! there is one CLI implementation.
//!
//! Signals stay Python's: the run goes on in a thread of its own while this
//! one waits with the GIL released and, a few times a second, lets Python
//! run its signal handlers. When one raises (`KeyboardInterrupt` on
//! Ctrl-C), the run is asked to stop at the next document boundary, its
//! temporary files are removed, and the exception goes on to the caller. No
//! handler is installed in the interpreter, so calling this from a program
//! changes nothing there.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::thread;
use std::time::Duration;

use pyo3::exceptions::PyKeyboardInterrupt;
use pyo3::prelude::*;

use crate::cli::{main_with_interrupt, Interrupt, SIGINT, SIGTERM};

/// Exit code when the CLI panicked (the panic message is already on stderr).
const PANIC_EXIT: i32 = 101;

/// How often pending Python signals are checked while the run goes on.
const POLL: Duration = Duration::from_millis(50);

/// Run the command-line tool with ``argv`` (``argv[0]`` is the program
/// name) and return its exit code. The GIL is released while it runs; an
/// exception raised by a signal handler (``KeyboardInterrupt``) stops the
/// run cleanly and is raised again once it has stopped.
#[pyfunction]
#[pyo3(name = "_cli_main")]
pub(crate) fn cli_main(py: Python<'_>, argv: Vec<String>) -> PyResult<i32> {
    let interrupt = Interrupt::new();
    let finished = Arc::new(Finished::default());
    let run = {
        let interrupt = interrupt.clone();
        let finished = Arc::clone(&finished);
        move || {
            let code = catch_unwind(AssertUnwindSafe(|| main_with_interrupt(argv, &interrupt))).unwrap_or(PANIC_EXIT);
            finished.set(code);
        }
    };
    let worker = thread::Builder::new().name("pressparse-cli".to_owned()).spawn(run)?;
    loop {
        match wait(py, &finished) {
            Some(code) => {
                let _ = worker.join();
                return Ok(code);
            }
            // Only a panic escaping `catch_unwind` ends the thread unheard.
            None if worker.is_finished() => return Ok(finished.wait().unwrap_or(PANIC_EXIT)),
            None => {
                if let Err(e) = py.check_signals() {
                    interrupt.request(if e.is_instance_of::<PyKeyboardInterrupt>(py) { SIGINT } else { SIGTERM });
                    stop(py, &finished);
                    return Err(e);
                }
            }
        }
    }
}

/// The run's exit code, set once by its thread.
#[derive(Default)]
struct Finished {
    code: Mutex<Option<i32>>,
    set: Condvar,
}

impl Finished {
    fn set(&self, code: i32) {
        *self.code.lock().unwrap_or_else(PoisonError::into_inner) = Some(code);
        self.set.notify_all();
    }

    /// The exit code, or `None` while the run goes on after waiting [`POLL`].
    fn wait(&self) -> Option<i32> {
        let code = self.code.lock().unwrap_or_else(PoisonError::into_inner);
        let (code, _) =
            self.set.wait_timeout_while(code, POLL, |c| c.is_none()).unwrap_or_else(PoisonError::into_inner);
        *code
    }
}

/// The run's exit code, or `None` when it is still running after [`POLL`]
/// (waited for with the GIL released).
fn wait(py: Python<'_>, finished: &Finished) -> Option<i32> {
    py.detach(|| finished.wait())
}

/// Wait for an interrupted run to clean up and stop. A second signal stops
/// the waiting (a run blocked reading a terminal cannot stop by itself);
/// the process is then on its way out anyway.
fn stop(py: Python<'_>, finished: &Finished) {
    while wait(py, finished).is_none() {
        if py.check_signals().is_err() {
            return;
        }
    }
}
