//! Running a batch: inputs are taken from a lazy stream in chunks, each
//! chunk read and extracted in parallel, then handed on in input order. At
//! most one chunk of texts and Documents is held at a time, and an
//! [`Interrupt`] is honoured at every document boundary.

use std::io::{self, IsTerminal};

use rayon::prelude::*;

use super::input::{read_input, Input};
use super::interrupt::Interrupt;
use super::Options;
use crate::{Document, Error, Extractor};

/// Inputs read and extracted together before their results are emitted.
const CHUNK: usize = 256;

/// Why emitting one Document failed.
pub(super) enum EmitError {
    /// This input's output failed (an existing file, a full disk for one
    /// file): report it, go on with the rest.
    Input(Error),
    /// The output as a whole failed (standard output closed, the `-o` file
    /// unwritable): stop the batch.
    Fatal(Error),
    /// The reader of standard output went away (`| head`): stop quietly.
    Closed,
}

/// How a batch ended.
pub(super) enum Outcome {
    /// Every input was tried; `failed` when any of them failed.
    Done { failed: bool },
    /// Stopped by an interrupt; nothing after the last emitted Document was started.
    Interrupted,
    /// Stopped by a fatal output error (already reported).
    Stopped,
}

/// What a batch needs besides its inputs.
pub(super) struct Batch<'a> {
    pub(super) extractor: &'a Extractor,
    pub(super) options: &'a Options,
    pub(super) interrupt: &'a Interrupt,
    /// Draw a progress bar (when standard error is a terminal).
    pub(super) many: bool,
}

impl Batch<'_> {
    /// Read and extract `inputs`, handing each Document to `emit` in input
    /// order. `check` runs first for each input, in the workers: an error
    /// from it fails the input before it is read (an output that exists).
    pub(super) fn run<I, C, F>(&self, inputs: I, check: C, mut emit: F) -> Result<Outcome, Error>
    where
        I: Iterator<Item = Result<Input, Error>>,
        C: Fn(&Input) -> Result<(), Error> + Sync,
        F: FnMut(&Input, &str, &Document) -> Result<(), EmitError>,
    {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(self.options.threads.unwrap_or(0))
            .build()
            .map_err(|e| Error::invalid_option("threads", e.to_string()))?;
        let progress = Progress::new(!self.options.quiet && self.many);
        let mut inputs = inputs.fuse();
        let mut failed = false;
        loop {
            if self.interrupt.is_requested() {
                return Ok(Outcome::Interrupted);
            }
            let chunk: Vec<Result<Input, Error>> = inputs.by_ref().take(CHUNK).collect();
            if chunk.is_empty() {
                break;
            }
            let results: Vec<Option<Result<(String, Document), Error>>> =
                pool.install(|| chunk.par_iter().map(|item| self.extract(item.as_ref().ok()?, &check)).collect());
            for (item, result) in chunk.into_iter().zip(results) {
                if self.interrupt.is_requested() {
                    return Ok(Outcome::Interrupted);
                }
                let outcome = match (item, result) {
                    (Err(e), _) | (Ok(_), Some(Err(e))) => Err(EmitError::Input(e)),
                    (Ok(input), Some(Ok((text, mut doc)))) => {
                        doc.id = Some(input.id.clone());
                        emit(&input, &text, &doc)
                    }
                    // Skipped by an interrupt, which the next check returns on.
                    (Ok(_), None) => continue,
                };
                match outcome {
                    Ok(()) => {}
                    Err(EmitError::Input(e)) => {
                        progress.report(&e);
                        failed = true;
                    }
                    Err(EmitError::Fatal(e)) => {
                        progress.report(&e);
                        return Ok(Outcome::Stopped);
                    }
                    Err(EmitError::Closed) => return Ok(Outcome::Done { failed }),
                }
                progress.inc();
            }
        }
        Ok(Outcome::Done { failed })
    }

    /// Read and extract one input; `None` when an interrupt came first.
    fn extract<C>(&self, input: &Input, check: &C) -> Option<Result<(String, Document), Error>>
    where
        C: Fn(&Input) -> Result<(), Error>,
    {
        if self.interrupt.is_requested() {
            return None;
        }
        let run = || {
            check(input)?;
            let text = read_input(input, self.options.lossy, self.extractor.max_input_bytes())?;
            let doc = if self.options.html || input.is_html_file() {
                self.extractor.extract_html_guarded(&text)
            } else {
                self.extractor.extract_guarded(&text)
            }
            .map_err(|e| e.with_input(&input.name()))?;
            Ok((text, doc))
        };
        Some(run())
    }
}

/// A progress count on standard error, when it is a terminal.
struct Progress(Option<indicatif::ProgressBar>);

impl Progress {
    fn new(wanted: bool) -> Self {
        Progress((wanted && io::stderr().is_terminal()).then(|| {
            let bar = indicatif::ProgressBar::new_spinner();
            bar.set_style(
                indicatif::ProgressStyle::with_template("{spinner} {pos} files {elapsed_precise} ({per_sec})")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
            );
            bar
        }))
    }

    fn inc(&self) {
        if let Some(bar) = &self.0 {
            bar.inc(1);
        }
    }

    /// Print `error` on standard error without tearing the bar.
    fn report(&self, error: &Error) {
        match &self.0 {
            Some(bar) => bar.suspend(|| eprintln!("pressparse: {error}")),
            None => eprintln!("pressparse: {error}"),
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}
