//! The inputs of a run, found lazily: the arguments in order, each folder
//! walked depth first with every folder's entries sorted by name. Only the
//! entry names of the folders on the current path are held, never the whole
//! tree, so a folder of 100 000 files costs its names and nothing more.
//!
//! Symbolic links to folders met during a walk are not followed (a link
//! cycle would never end); links to files are read like files. A folder
//! that cannot be listed is one error in the stream, and the walk goes on.

use std::fs;
use std::path::PathBuf;

use super::input::Input;
use super::listing::Listing;
use crate::Error;

/// Iterator over the inputs named by the command-line arguments.
pub(super) struct Walk {
    args: std::vec::IntoIter<PathBuf>,
    /// The folder argument being walked.
    root: PathBuf,
    /// One frame per folder on the current path, deepest last.
    stack: Vec<Frame>,
}

/// A folder being walked: its entries, and the next one to visit.
struct Frame {
    dir: PathBuf,
    listing: Listing,
    next: usize,
}

impl Walk {
    /// Walk `args` in order; `-` stands for standard input.
    pub(super) fn new(args: Vec<PathBuf>) -> Self {
        Walk { args: args.into_iter(), root: PathBuf::new(), stack: Vec::new() }
    }

    /// Begin walking `dir`, or the error that stops it from being listed.
    fn enter(&mut self, dir: PathBuf) -> Result<(), Error> {
        let listing = Listing::read(&dir)?;
        self.stack.push(Frame { dir, listing, next: 0 });
        Ok(())
    }
}

impl Iterator for Walk {
    type Item = Result<Input, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(frame) = self.stack.last_mut() {
                let Some(entry) = frame.listing.get(frame.next) else {
                    self.stack.pop();
                    continue;
                };
                frame.next += 1;
                let path = frame.dir.join(frame.listing.name(entry));
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
