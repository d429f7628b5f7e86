//! One input of a run, and reading it.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::Error;

/// One input: where it comes from and its id.
#[derive(Debug, Clone)]
pub(super) struct Input {
    /// `None` for standard input.
    pub(super) path: Option<PathBuf>,
    /// The file stem (`stdin` for standard input).
    pub(super) id: String,
    /// Path relative to the folder argument it was found in (for `convert`).
    pub(super) relative: PathBuf,
}

impl Input {
    /// Standard input.
    pub(super) fn stdin() -> Self {
        Input { path: None, id: "stdin".to_owned(), relative: PathBuf::from("stdin") }
    }

    /// The file `path`, found under the argument `root` (itself when a file
    /// was named).
    pub(super) fn file(root: &Path, path: PathBuf) -> Self {
        let id = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let relative = path
            .strip_prefix(root)
            .ok()
            .filter(|r| !r.as_os_str().is_empty())
            .map_or_else(|| PathBuf::from(path.file_name().unwrap_or(path.as_os_str())), Path::to_path_buf);
        Input { path: Some(path), id, relative }
    }

    /// Files named `*.html` / `*.htm` are HTML pages.
    pub(super) fn is_html_file(&self) -> bool {
        self.path.as_ref().is_some_and(|p| has_extension(p, &["html", "htm"]))
    }

    /// The name errors use: the path, or `<stdin>`.
    pub(super) fn name(&self) -> String {
        self.path.as_ref().map_or_else(|| "<stdin>".to_owned(), |p| p.display().to_string())
    }
}

pub(super) fn has_extension(path: &Path, exts: &[&str]) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| exts.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

/// Is this a file the tool reads when it walks a directory? Releases as
/// plain text (`.txt`) or as web pages (`.html`, `.htm`).
pub(super) fn is_release_file(path: &Path) -> bool {
    has_extension(path, &["txt", "html", "htm"])
}

/// Read one input and decode it with the library's decoder (strict, or
/// lossy with `--lossy`). An input longer than `limit` bytes is refused
/// before it is read whole: a file by its size on disk, standard input after
/// `limit + 1` bytes, so a stray multi-gigabyte file costs no memory.
pub(super) fn read_input(input: &Input, lossy: bool, limit: Option<usize>) -> Result<String, Error> {
    let name = input.name();
    let too_large = |size: usize, limit: usize| Error::input_too_large(size, limit).with_input(&name);
    let mut bytes = Vec::new();
    match &input.path {
        None => read_capped(io::stdin().lock(), limit, &mut bytes).map_err(|e| Error::io("<stdin>", e))?,
        Some(p) => {
            let file = fs::File::open(p).map_err(|e| Error::io(p, e))?;
            let size = file.metadata().map_err(|e| Error::io(p, e))?.len();
            if let Some(limit) = limit {
                if size > limit as u64 {
                    return Err(too_large(usize::try_from(size).unwrap_or(usize::MAX), limit));
                }
            }
            read_capped(file, limit, &mut bytes).map_err(|e| Error::io(p, e))?;
        }
    }
    if let Some(limit) = limit {
        if bytes.len() > limit {
            return Err(too_large(bytes.len(), limit));
        }
    }
    crate::decode_utf8_owned(bytes, lossy).map_err(|e| e.with_input(&name))
}

/// Read `source` to its end, or to one byte past `limit` (enough to know it
/// is too long).
fn read_capped(source: impl Read, limit: Option<usize>, out: &mut Vec<u8>) -> io::Result<()> {
    let cap = limit.map_or(u64::MAX, |limit| limit as u64 + 1);
    source.take(cap).read_to_end(out).map(drop)
}
