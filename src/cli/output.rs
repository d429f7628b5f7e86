//! Output files written atomically: under a temporary name in the target's
//! folder, moved into place only when complete, and never over an existing
//! file unless the user asked for it.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::Error;

/// The error for an output file that exists and may not be replaced.
pub(super) fn refuse_existing(target: &Path, overwrite: bool) -> Result<(), Error> {
    if !overwrite && fs::symlink_metadata(target).is_ok() {
        return Err(exists(target));
    }
    Ok(())
}

fn exists(target: &Path) -> Error {
    Error::io(target, io::Error::new(io::ErrorKind::AlreadyExists, "already exists (use --overwrite to replace it)"))
}

/// A file being written under a temporary name beside its target. It
/// becomes the target only through [`AtomicFile::commit`]; dropped before
/// that (an error, an interrupt), the temporary file is removed and the
/// target is untouched.
pub(super) struct AtomicFile {
    target: PathBuf,
    tmp: PathBuf,
    overwrite: bool,
    /// `None` once committed.
    file: Option<BufWriter<File>>,
    /// The temporary file is now the target: nothing to remove.
    placed: bool,
}

impl AtomicFile {
    /// Start writing `target`, refused when it exists and `overwrite` is false.
    pub(super) fn create(target: &Path, overwrite: bool) -> Result<Self, Error> {
        refuse_existing(target, overwrite)?;
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
        let file = File::create(&tmp).map_err(|e| Error::io(target, e))?;
        Ok(AtomicFile { target: target.to_path_buf(), tmp, overwrite, file: Some(BufWriter::new(file)), placed: false })
    }

    /// Flush, sync and move the file into place.
    pub(super) fn commit(mut self) -> Result<(), Error> {
        let result = match self.file.take() {
            Some(file) => finish(file).and_then(|()| place(&self.tmp, &self.target, self.overwrite)),
            None => Ok(()),
        };
        self.placed = result.is_ok();
        result.map_err(|e| {
            if e.kind() == io::ErrorKind::AlreadyExists {
                exists(&self.target)
            } else {
                Error::io(&self.target, e)
            }
        })
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.file.as_mut().ok_or_else(|| io::Error::other("already committed"))?.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.file.as_mut().ok_or_else(|| io::Error::other("already committed"))?.write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file.as_mut().map_or(Ok(()), Write::flush)
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        // No temporary file outlives this value, whatever stopped it.
        if !self.placed {
            self.file = None;
            let _ = fs::remove_file(&self.tmp);
        }
    }
}

fn finish(file: BufWriter<File>) -> io::Result<()> {
    let file = file.into_inner().map_err(io::IntoInnerError::into_error)?;
    file.sync_all()
}

/// Move the complete temporary file to `target`. Without `overwrite` a hard
/// link claims the name, and fails if it is taken (even by a file that
/// appeared since the check at the start); where links are not supported,
/// a check and a rename do.
fn place(tmp: &Path, target: &Path, overwrite: bool) -> io::Result<()> {
    if overwrite {
        return fs::rename(tmp, target);
    }
    match fs::hard_link(tmp, target) {
        Ok(()) => {
            let _ = fs::remove_file(tmp);
            Ok(())
        }
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        Err(_) if fs::symlink_metadata(target).is_ok() => Err(io::ErrorKind::AlreadyExists.into()),
        Err(_) => fs::rename(tmp, target),
    }
}

/// Write `bytes` to `target` atomically (see [`AtomicFile`]), creating its
/// folder when missing.
pub(super) fn write_atomically(target: &Path, bytes: &[u8], overwrite: bool) -> Result<(), Error> {
    if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    let mut file = AtomicFile::create(target, overwrite)?;
    file.write_all(bytes).map_err(|e| Error::io(target, e))?;
    file.commit()
}
