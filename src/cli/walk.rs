//! The inputs of a run, found lazily: the arguments in order, each folder
//! walked depth first with every folder's entries sorted by name. Only the
//! entry names of the folders on the current path are held, never the whole
//! tree, so a folder of 100 000 files costs its names and nothing more.
//!
//! Symbolic links to folders met during a walk are not followed (a link
//! cycle would never end); links to files are read like files. A folder
//! that cannot be listed is one error in the stream, and the walk goes on.

use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};

use super::input::{is_release_file, Input};
use crate::Error;

/// Iterator over the inputs named by the command-line arguments.
pub(super) struct Walk {
    args: std::vec::IntoIter<PathBuf>,
    /// The folder argument being walked.
    root: PathBuf,
    /// One frame per folder on the current path, deepest last.
    stack: Vec<Frame>,
}

/// A folder being walked: its remaining entries, in order.
struct Frame {
    dir: PathBuf,
    entries: std::vec::IntoIter<Entry>,
}

/// A name to visit: boxed, since a folder of 100 000 files holds 100 000.
struct Entry {
    name: Box<OsStr>,
    is_dir: bool,
}

impl Walk {
    /// Walk `args` in order; `-` stands for standard input.
    pub(super) fn new(args: Vec<PathBuf>) -> Self {
        Walk { args: args.into_iter(), root: PathBuf::new(), stack: Vec::new() }
    }

    /// Begin walking `dir`, or the error that stops it from being listed.
    fn enter(&mut self, dir: PathBuf) -> Result<(), Error> {
        let entries = list(&dir)?;
        self.stack.push(Frame { dir, entries: entries.into_iter() });
        Ok(())
    }
}

impl Iterator for Walk {
    type Item = Result<Input, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(frame) = self.stack.last_mut() {
                let Some(entry) = frame.entries.next() else {
                    self.stack.pop();
                    continue;
                };
                let path = frame.dir.join(&*entry.name);
                if !entry.is_dir {
                    return Some(Ok(Input::file(&self.root, path)));
                }
                if let Err(e) = self.enter(path) {
                    return Some(Err(e));
                }
                continue;
            }
            let arg = self.args.next()?;
            if arg.as_os_str() == "-" {
                return Some(Ok(Input::stdin()));
            }
            match fs::metadata(&arg) {
                Err(e) => return Some(Err(Error::io(&arg, e))),
                Ok(meta) if meta.is_dir() => {
                    self.root.clone_from(&arg);
                    if let Err(e) = self.enter(arg) {
                        return Some(Err(e));
                    }
                }
                Ok(_) => return Some(Ok(Input::file(&arg, arg.clone()))),
            }
        }
    }
}

/// The entries of `dir` that a walk visits (real folders, and release
/// files by their extension), sorted by name.
fn list(dir: &Path) -> Result<Vec<Entry>, Error> {
    let mut entries = Vec::new();
    for entry in fs::read_dir(dir).map_err(|e| Error::io(dir, e))? {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        // The type read with the entry does not follow links: a link to a
        // folder is not a folder here.
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        let name = entry.file_name();
        if is_dir || is_release_file(Path::new(&name)) {
            entries.push(Entry { name: name.into_boxed_os_str(), is_dir });
        }
    }
    entries.sort_unstable_by(|a, b| a.name.cmp(&b.name));
    Ok(entries)
}
