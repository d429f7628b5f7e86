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

pub(super) fn read_input(input: &Input, lossy: bool) -> Result<String, Error> {
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
