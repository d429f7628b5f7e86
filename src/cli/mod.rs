//! The `pressparse` command-line tool (feature `cli`). The binary in
//! `src/bin/pressparse.rs` and the Python console script both run
//! [`main_with_interrupt`], so there is one implementation.
//!
//! - `pressparse extract PATH...` prints one Document per line (JSON Lines),
//!   `id` = file stem, in a stable order (arguments in order, directories
//!   walked recursively in sorted order, reading `*.txt`, `*.html` and
//!   `*.htm`). `-` reads standard input. Web pages (`*.html`, `*.htm`, or
//!   every input with `--html`) go through [`crate::Extractor::extract_html`];
//!   their Documents carry the derived `text` that their spans index.
//!   `-o FILE` writes the lines to `FILE` instead, atomically: `FILE`
//!   appears, complete, only when the run ends without being interrupted.
//! - `pressparse convert IN_DIR OUT_DIR` writes one pretty JSON file per
//!   input (`OUT_DIR/<relative path>.json`), atomically (temporary file, then
//!   rename), with a stable key order: made to be kept under snapshot tests.
//!
//! Neither command replaces an existing file unless `--overwrite` (or
//! `--force`) is given: `convert` fails that one input, naming the file, and
//! goes on; `extract -o` refuses to start.
//!
//! A file that cannot be read or is not UTF-8 gets a one-line error on
//! standard error naming it; every other file is still processed, and the
//! exit status is 1 at the end. `--lossy` decodes invalid UTF-8 with
//! replacement characters instead (through [`crate::decode_utf8_owned`], the
//! library's one decoder). A file longer than `--max-input-bytes` (default
//! 64 MiB, `0` for no limit) is refused by its size before it is read; a
//! Document whose record lists reach `--max-records` (default 10 000) is cut
//! and carries `"truncated": true`. A progress count is drawn on standard
//! error when it is a terminal and the batch may have more than one file.
//!
//! Folders are walked lazily and processed in chunks, so memory stays flat
//! however many files a folder holds. Ctrl-C (SIGINT) or SIGTERM stops the
//! run at the next document boundary: no new file is started, temporary
//! files are removed, only complete outputs remain, and the exit status is
//! 130 (SIGINT) or 143 (SIGTERM). A second signal exits at once.

mod batch;
mod input;
mod interrupt;
mod listing;
mod output;
mod walk;

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand};

use self::batch::{Batch, EmitError, Outcome};
use self::output::{refuse_existing, write_atomically, AtomicFile};
use self::walk::Walk;
use crate::{Error, Extractor};

pub use self::interrupt::{Interrupt, SIGINT, SIGTERM};

/// Command-line arguments.
#[derive(Debug, Parser)]
#[command(name = "pressparse", version, about = "Turn press releases into typed records (JSON).")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print one JSON Document per line for each input file.
    Extract {
        /// Files, directories (searched recursively) or `-` for standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Write the JSON Lines to FILE (atomically: it appears complete or not at all).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        #[command(flatten)]
        options: Options,
    },
    /// Write one pretty-printed JSON file per input file of `IN_DIR` into `OUT_DIR`.
    Convert {
        /// Folder of releases (searched recursively).
        in_dir: PathBuf,
        /// Folder for the JSON files (created when missing).
        out_dir: PathBuf,
        #[command(flatten)]
        options: Options,
    },
}

#[derive(Debug, Args)]
#[allow(clippy::struct_excessive_bools)] // each is one command-line switch
struct Options {
    /// Decode invalid UTF-8 with replacement characters instead of failing the file.
    #[arg(long)]
    lossy: bool,
    /// Resolve relative dates against this date (YYYY-MM-DD) when a release states none.
    #[arg(long, value_name = "DATE")]
    reference_date: Option<String>,
    /// Worker threads (default: all cores).
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Never draw a progress bar.
    #[arg(long)]
    quiet: bool,
    /// Read every input as HTML (files ending in .html or .htm always are).
    #[arg(long)]
    html: bool,
    /// Refuse inputs longer than this many bytes (0: no limit).
    #[arg(long, value_name = "BYTES", default_value_t = Extractor::DEFAULT_MAX_INPUT_BYTES)]
    max_input_bytes: usize,
    /// Keep at most this many entries in each record list of a Document,
    /// marking it `"truncated": true` when cut (0: no limit).
    #[arg(long, value_name = "N", default_value_t = Extractor::DEFAULT_MAX_RECORDS)]
    max_records: usize,
    /// Replace output files that already exist.
    #[arg(long, visible_alias = "force")]
    overwrite: bool,
}

/// Run the tool with `args` (the first is the program name) as the process's
/// main: SIGINT and SIGTERM stop it cleanly (see [`Interrupt::from_signals`]).
/// Returns the process exit status: 0 on success, 1 when any input or
/// output failed, 2 on usage errors, 130 or 143 when interrupted.
pub fn main_with_args(args: Vec<String>) -> i32 {
    match Interrupt::from_signals() {
        Ok(interrupt) => main_with_interrupt(args, &interrupt),
        Err(e) => {
            eprintln!("pressparse: cannot handle signals: {e}");
            2
        }
    }
}

/// Run the tool with `args`, stopping cleanly when `interrupt` is set
/// (from another thread: the Python console script sets it on
/// `KeyboardInterrupt`). Returns the exit status, as [`main_with_args`].
///
/// ```
/// use pressparse::cli::{main_with_interrupt, Interrupt};
///
/// let args = ["pressparse", "extract", "/no/such/release.txt"].map(String::from).to_vec();
/// assert_eq!(main_with_interrupt(args, &Interrupt::new()), 1);
/// ```
pub fn main_with_interrupt(args: Vec<String>, interrupt: &Interrupt) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    match run(cli, interrupt) {
        Ok(Outcome::Done { failed }) => i32::from(failed),
        Ok(Outcome::Stopped) => 1,
        Ok(Outcome::Interrupted) => {
            eprintln!("pressparse: interrupted");
            interrupt.exit_status().unwrap_or(128 + SIGINT)
        }
        Err(e) => {
            eprintln!("pressparse: {e}");
            2
        }
    }
}

fn run(cli: Cli, interrupt: &Interrupt) -> Result<Outcome, Error> {
    match cli.command {
        Command::Extract { paths, output, options } => {
            let extractor = build_extractor(&options)?;
            let many = paths.len() > 1 || paths.iter().any(|p| p.is_dir());
            let batch = Batch { extractor: &extractor, options: &options, interrupt, many };
            match output {
                None => extract_to_stdout(&batch, paths),
                Some(file) => extract_to_file(&batch, paths, &file),
            }
        }
        Command::Convert { in_dir, out_dir, options } => {
            if !in_dir.is_dir() {
                return Err(Error::io(&in_dir, io::Error::new(io::ErrorKind::NotFound, "not a directory")));
            }
            let extractor = build_extractor(&options)?;
            let batch = Batch { extractor: &extractor, options: &options, interrupt, many: true };
            let target = |input: &input::Input| out_dir.join(&input.relative).with_extension("json");
            batch.run(
                Walk::new(vec![in_dir.clone()]),
                |input| refuse_existing(&target(input), options.overwrite),
                |input, text, doc| {
                    let mut json = doc.to_json_pretty(text);
                    json.push('\n');
                    write_atomically(&target(input), json.as_bytes(), options.overwrite).map_err(EmitError::Input)
                },
            )
        }
    }
}

fn extract_to_stdout(batch: &Batch<'_>, paths: Vec<PathBuf>) -> Result<Outcome, Error> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let outcome =
        batch.run(Walk::new(paths), |_| Ok(()), |_, text, doc| write_line(&mut out, "<stdout>", text, doc))?;
    // Whatever stopped the run, the lines already written are complete.
    match out.flush() {
        Ok(()) => Ok(outcome),
        // A reader that stopped early (`| head`) is not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(outcome),
        Err(e) => {
            eprintln!("pressparse: <stdout>: {e}");
            Ok(Outcome::Stopped)
        }
    }
}

fn extract_to_file(batch: &Batch<'_>, paths: Vec<PathBuf>, file: &Path) -> Result<Outcome, Error> {
    let mut out = match AtomicFile::create(file, batch.options.overwrite) {
        Ok(out) => out,
        Err(e) => {
            eprintln!("pressparse: {e}");
            return Ok(Outcome::Stopped);
        }
    };
    let name = file.display().to_string();
    let outcome = batch.run(Walk::new(paths), |_| Ok(()), |_, text, doc| write_line(&mut out, &name, text, doc))?;
    match outcome {
        Outcome::Done { .. } => match out.commit() {
            Ok(()) => Ok(outcome),
            Err(e) => {
                eprintln!("pressparse: {e}");
                Ok(Outcome::Stopped)
            }
        },
        // Dropping `out` removes the temporary file; `file` is untouched.
        Outcome::Interrupted | Outcome::Stopped => Ok(outcome),
    }
}

/// One JSON line; a failed write stops the batch, since every later line
/// would fail the same way. A closed pipe stops it quietly.
fn write_line(out: &mut impl Write, name: &str, text: &str, doc: &crate::Document) -> Result<(), EmitError> {
    writeln!(out, "{}", doc.to_json(text)).map_err(|e| {
        if e.kind() == io::ErrorKind::BrokenPipe {
            EmitError::Closed
        } else {
            EmitError::Fatal(Error::io(name, e))
        }
    })
}

fn build_extractor(options: &Options) -> Result<Extractor, Error> {
    let no_limit_if_zero = |n: usize| (n > 0).then_some(n);
    let mut b = Extractor::builder()
        .lossy(options.lossy)
        .max_input_bytes(no_limit_if_zero(options.max_input_bytes))
        .max_records(no_limit_if_zero(options.max_records));
    if let Some(d) = &options.reference_date {
        b = b.reference_date(d.clone());
    }
    b.build()
}
