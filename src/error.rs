//! Errors: an opaque [`Error`] around a non-exhaustive [`ErrorKind`].

use std::fmt;
use std::path::PathBuf;

/// A convenient result alias.
pub type Result<T> = std::result::Result<T, Error>;

/// An error from pressparse. Cheap to move (one box).
///
/// ```
/// let err = pressparse::Extractor::builder().reference_date("not a date").build().unwrap_err();
/// assert!(matches!(err.kind(), pressparse::ErrorKind::InvalidOption { .. }));
/// assert!(err.to_string().contains("reference_date"));
/// ```
#[derive(Debug)]
pub struct Error(Box<ErrorKind>);

/// What went wrong.
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is not valid UTF-8. `valid_up_to` is the byte offset of the
    /// first invalid sequence. Decoding with the `lossy` option
    /// ([`crate::ExtractorBuilder::lossy`]) replaces invalid sequences instead.
    InvalidUtf8 {
        /// Which input (a path or an id), when known.
        input: Option<String>,
        /// Bytes that were valid before the first invalid one.
        valid_up_to: usize,
    },
    /// A string holds a lone surrogate (U+D800 to U+DFFF), which UTF-8
    /// cannot encode. Rust strings never do; the strings of some hosts
    /// (Python's `"\ud800"`) can, and the binding reports them with this
    /// error unless asked to replace them.
    Surrogate {
        /// Which input (an id, or the argument's name), when known.
        input: Option<String>,
        /// Code-point offset of the first surrogate.
        offset: usize,
    },
    /// The input is longer than [`crate::ExtractorBuilder::max_input_bytes`].
    InputTooLarge {
        /// Which input (a path or an id), when known.
        input: Option<String>,
        /// The input's size in bytes.
        size: usize,
        /// The limit it exceeds.
        limit: usize,
    },
    /// A file could not be read or written.
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// An option passed to the builder is invalid.
    InvalidOption {
        /// The option's name.
        name: &'static str,
        /// Why it was rejected.
        reason: String,
    },
    /// An internal error: a bug in pressparse, caught so that the rest of a
    /// batch goes on. Please report it with the input.
    Internal {
        /// Which input, when known.
        input: Option<String>,
        /// What was caught.
        message: String,
    },
}

impl Error {
    /// The kind of error.
    pub fn kind(&self) -> &ErrorKind {
        &self.0
    }

    /// Consume the error and return its kind.
    pub fn into_kind(self) -> ErrorKind {
        *self.0
    }

    /// Name the input this error is about (a path or an id) when not yet named.
    #[must_use]
    pub fn with_input(mut self, name: &str) -> Self {
        match &mut *self.0 {
            ErrorKind::InvalidUtf8 { input, .. }
            | ErrorKind::Surrogate { input, .. }
            | ErrorKind::InputTooLarge { input, .. }
            | ErrorKind::Internal { input, .. }
                if input.is_none() =>
            {
                *input = Some(name.to_owned());
            }
            _ => {}
        }
        self
    }

    pub(crate) fn invalid_option(name: &'static str, reason: impl Into<String>) -> Self {
        Error(Box::new(ErrorKind::InvalidOption { name, reason: reason.into() }))
    }

    /// An I/O error about `path` (used by the CLI and the Python file readers).
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error(Box::new(ErrorKind::Io { path: path.into(), source }))
    }

    pub(crate) fn invalid_utf8(valid_up_to: usize) -> Self {
        Error(Box::new(ErrorKind::InvalidUtf8 { input: None, valid_up_to }))
    }

    /// A lone surrogate at code-point `offset` (used by the Python binding).
    pub fn surrogate(offset: usize) -> Self {
        Error(Box::new(ErrorKind::Surrogate { input: None, offset }))
    }

    pub(crate) fn input_too_large(size: usize, limit: usize) -> Self {
        Error(Box::new(ErrorKind::InputTooLarge { input: None, size, limit }))
    }

    /// The input this error is about, when known.
    pub fn input(&self) -> Option<&str> {
        match &*self.0 {
            ErrorKind::InvalidUtf8 { input, .. }
            | ErrorKind::Surrogate { input, .. }
            | ErrorKind::InputTooLarge { input, .. }
            | ErrorKind::Internal { input, .. } => input.as_deref(),
            ErrorKind::Io { .. } | ErrorKind::InvalidOption { .. } => None,
        }
    }

    pub(crate) fn internal(message: impl Into<String>) -> Self {
        Error(Box::new(ErrorKind::Internal { input: None, message: message.into() }))
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Self {
        Error(Box::new(kind))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(i) = self.input() {
            write!(f, "{i}: ")?;
        }
        match &*self.0 {
            ErrorKind::InvalidUtf8 { valid_up_to, .. } => {
                write!(f, "invalid UTF-8 at byte {valid_up_to} (the lossy option replaces invalid bytes)")
            }
            ErrorKind::Surrogate { offset, .. } => {
                write!(f, "lone surrogate at code point {offset} (the lossy option replaces it)")
            }
            ErrorKind::InputTooLarge { size, limit, .. } => {
                write!(f, "input is {size} bytes, over the limit of {limit} (max_input_bytes)")
            }
            ErrorKind::Io { path, source } => write!(f, "{}: {source}", path.display()),
            ErrorKind::InvalidOption { name, reason } => write!(f, "invalid {name}: {reason}"),
            ErrorKind::Internal { message, .. } => write!(f, "internal error (please report): {message}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &*self.0 {
            ErrorKind::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}
