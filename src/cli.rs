//! The `pressparse` command-line tool (feature `cli`). The binary in
//! `src/bin/pressparse.rs` and the Python console script both call
//! [`main_with_args`], so there is one implementation.
//!
//! - `pressparse extract PATH...` prints one Document per line (JSON Lines),
//!   `id` = file stem, in a stable order (arguments in order, directories
//!   walked recursively in sorted order, reading `*.txt`, `*.html` and
//!   `*.htm`). `-` reads standard input. Web pages (`*.html`, `*.htm`, or
//!   every input with `--html`) go through [`crate::Extractor::extract_html`];
//!   their Documents carry the derived `text` that their spans index.
//! - `pressparse convert IN_DIR OUT_DIR` writes one pretty JSON file per
//!   input (`OUT_DIR/<relative path>.json`), atomically (temporary file, then
//!   rename), with a stable key order: made to be kept under snapshot tests.
//!
//! A file that cannot be read or is not UTF-8 gets a one-line error on
//! standard error naming it; every other file is still processed, and the
//! exit status is 1 at the end. `--lossy` decodes invalid UTF-8 with
//! replacement characters instead. A progress bar is drawn on standard error
//! when it is a terminal and the batch has more than one file.

use std::fs;
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand};
use rayon::prelude::*;

use crate::{Document, Error, Extractor};

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
}

/// One input: where it comes from and its id.
#[derive(Debug, Clone)]
struct Input {
    /// `None` for standard input.
    path: Option<PathBuf>,
    id: String,
    /// Path relative to the input folder (for `convert`).
    relative: PathBuf,
}

impl Input {
    /// Files named `*.html` / `*.htm` are HTML pages.
    fn is_html_file(&self) -> bool {
        self.path.as_ref().is_some_and(|p| has_extension(p, &["html", "htm"]))
    }
}

impl Input {
    fn name(&self) -> String {
        self.path.as_ref().map_or_else(|| "<stdin>".to_owned(), |p| p.display().to_string())
    }
}

/// Run the tool with `args` (the first is the program name). Returns the
/// process exit status: 0 on success, 1 when any input failed, 2 on usage
/// errors.
pub fn main_with_args(args: Vec<String>) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    match run(cli) {
        Ok(failed) => i32::from(failed),
        Err(e) => {
            eprintln!("pressparse: {e}");
            2
        }
    }
}

fn run(cli: Cli) -> Result<bool, Error> {
    match cli.command {
        Command::Extract { paths, options } => {
            let mut inputs = Vec::new();
            let mut failed = false;
            for p in &paths {
                if p.as_os_str() == "-" {
                    inputs.push(Input { path: None, id: "stdin".to_owned(), relative: PathBuf::from("stdin") });
                } else if let Err(e) = collect(p, p, &mut inputs) {
                    eprintln!("pressparse: {e}");
                    failed = true;
                }
            }
            let extractor = build_extractor(&options)?;
            let stdout = io::stdout();
            let mut out = io::BufWriter::new(stdout.lock());
            let ok = process(&inputs, &options, &extractor, |input, text, doc| {
                writeln!(out, "{}", doc.to_json(text)).map_err(|e| Error::io(input.name(), e))
            })?;
            out.flush().map_err(|e| Error::io("<stdout>", e))?;
            Ok(failed || !ok)
        }
        Command::Convert { in_dir, out_dir, options } => {
            if !in_dir.is_dir() {
                return Err(Error::io(&in_dir, io::Error::new(io::ErrorKind::NotFound, "not a directory")));
            }
            let mut inputs = Vec::new();
            collect(&in_dir, &in_dir, &mut inputs)?;
            let extractor = build_extractor(&options)?;
            let ok = process(&inputs, &options, &extractor, |input, text, doc| {
                let target = out_dir.join(&input.relative).with_extension("json");
                let mut json = doc.to_json_pretty(text);
                json.push('\n');
                write_atomically(&target, json.as_bytes())
            })?;
            Ok(!ok)
        }
    }
}

fn build_extractor(options: &Options) -> Result<Extractor, Error> {
    let mut b = Extractor::builder();
    if let Some(d) = &options.reference_date {
        b = b.reference_date(d.clone());
    }
    b.build()
}

fn has_extension(path: &Path, exts: &[&str]) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| exts.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

/// Is this a file the tool reads when it walks a directory? Releases as
/// plain text (`.txt`) or as web pages (`.html`, `.htm`).
fn is_release_file(path: &Path) -> bool {
    has_extension(path, &["txt", "html", "htm"])
}

/// Add `path` (a file, or a directory walked recursively in sorted order).
fn collect(root: &Path, path: &Path, out: &mut Vec<Input>) -> Result<(), Error> {
    let meta = fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.is_dir() {
        let mut entries: Vec<PathBuf> =
            fs::read_dir(path).map_err(|e| Error::io(path, e))?.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() || is_release_file(&p) {
                collect(root, &p, out)?;
            }
        }
    } else {
        let id = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let relative = path
            .strip_prefix(root)
            .ok()
            .filter(|r| !r.as_os_str().is_empty())
            .map_or_else(|| PathBuf::from(path.file_name().unwrap_or(path.as_os_str())), Path::to_path_buf);
        out.push(Input { path: Some(path.to_path_buf()), id, relative });
    }
    Ok(())
}

fn read_input(input: &Input, lossy: bool) -> Result<String, Error> {
    let mut bytes = Vec::new();
    match &input.path {
        None => {
            io::stdin().read_to_end(&mut bytes).map_err(|e| Error::io("<stdin>", e))?;
        }
        Some(p) => bytes = fs::read(p).map_err(|e| Error::io(p, e))?,
    }
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) if lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => Err(Error::invalid_utf8(e.utf8_error().valid_up_to()).with_input(&input.name())),
    }
}

/// Read and extract the inputs in parallel chunks (bounded memory), then
/// hand each document to `emit` in input order. Returns false when any
/// input failed.
fn process<F>(inputs: &[Input], options: &Options, extractor: &Extractor, mut emit: F) -> Result<bool, Error>
where
    F: FnMut(&Input, &str, &Document) -> Result<(), Error>,
{
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads.unwrap_or(0))
        .build()
        .map_err(|e| Error::invalid_option("threads", e.to_string()))?;
    let bar = (!options.quiet && inputs.len() > 1 && io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(inputs.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} files {elapsed_precise} eta {eta}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let mut ok = true;
    for chunk in inputs.chunks(256) {
        let results: Vec<Result<(String, Document), Error>> = pool.install(|| {
            chunk
                .par_iter()
                .map(|input| {
                    let text = read_input(input, options.lossy)?;
                    let doc = if options.html || input.is_html_file() {
                        extractor.extract_html_guarded(&text)
                    } else {
                        extractor.extract_guarded(&text)
                    }
                    .map_err(|e| e.with_input(&input.name()))?;
                    Ok((text, doc))
                })
                .collect()
        });
        for (input, result) in chunk.iter().zip(results) {
            match result {
                Ok((text, mut doc)) => {
                    doc.id = Some(input.id.clone());
                    if let Err(e) = emit(input, &text, &doc) {
                        eprintln!("pressparse: {e}");
                        ok = false;
                    }
                }
                Err(e) => {
                    if let Some(bar) = &bar {
                        bar.suspend(|| eprintln!("pressparse: {e}"));
                    } else {
                        eprintln!("pressparse: {e}");
                    }
                    ok = false;
                }
            }
            if let Some(bar) = &bar {
                bar.inc(1);
            }
        }
    }
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    Ok(ok)
}

/// Write `bytes` to `target` through a temporary file in the same folder and
/// a rename, so that readers never see a half-written file.
fn write_atomically(target: &Path, bytes: &[u8]) -> Result<(), Error> {
    let dir = target.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        fs::rename(&tmp, target)
    })();
    result.map_err(|e| {
        let _ = fs::remove_file(&tmp);
        Error::io(target, e)
    })
}
