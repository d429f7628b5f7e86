//! One folder's entries that a walk visits, sorted by name, stored compactly.
//!
//! A walk must hold the names of a folder to visit them in sorted order, so
//! a folder of 100 000 files costs 100 000 names: the one part of a run that
//! grows with the folder. The names therefore share one buffer, with 16
//! bytes of bookkeeping each (about 27 bytes a file instead of about 56 for
//! one allocation per name).

use std::ffi::OsStr;
use std::fs;
use std::io;
use std::path::Path;

use super::input::is_release_file;
use crate::Error;

/// The sorted entries of one folder.
#[derive(Default)]
pub(super) struct Listing {
    /// The UTF-8 names, end to end.
    text: String,
    /// Names that are not UTF-8 (rare), each on its own.
    other: Vec<Box<OsStr>>,
    /// The entries in order.
    order: Vec<Slot>,
}

/// One entry: where its name is, and whether it is a folder to walk.
#[derive(Clone, Copy)]
pub(super) struct Slot {
    name: Name,
    /// A real folder (a link to one is not).
    pub(super) is_dir: bool,
}

#[derive(Clone, Copy)]
enum Name {
    /// `text[start..start + len]`.
    Text { start: u32, len: u32 },
    /// `other[i]`.
    Other(u32),
}

impl Listing {
    /// Read `dir`: its real folders, and its release files by extension.
    /// The type read with each entry does not follow links, so a link to a
    /// folder is not walked (a link cycle would never end).
    pub(super) fn read(dir: &Path) -> Result<Self, Error> {
        let mut listing = Listing::default();
        for entry in fs::read_dir(dir).map_err(|e| Error::io(dir, e))? {
            let entry = entry.map_err(|e| Error::io(dir, e))?;
            let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
            let name = entry.file_name();
            if is_dir || is_release_file(Path::new(&name)) {
                let name = listing.store(name.as_os_str()).ok_or_else(|| {
                    Error::io(dir, io::Error::new(io::ErrorKind::OutOfMemory, "too many entries to list"))
                })?;
                listing.order.push(Slot { name, is_dir });
            }
        }
        let mut order = std::mem::take(&mut listing.order);
        order.sort_unstable_by(|a, b| listing.name(*a).cmp(listing.name(*b)));
        order.shrink_to_fit();
        listing.order = order;
        listing.text.shrink_to_fit();
        Ok(listing)
    }

    /// Keep `name`; `None` past 4 GiB of names.
    fn store(&mut self, name: &OsStr) -> Option<Name> {
        if let Some(s) = name.to_str() {
            let start = u32::try_from(self.text.len()).ok()?;
            let len = u32::try_from(s.len()).ok()?;
            start.checked_add(len)?;
            self.text.push_str(s);
            return Some(Name::Text { start, len });
        }
        let i = u32::try_from(self.other.len()).ok()?;
        self.other.push(name.into());
        Some(Name::Other(i))
    }

    /// The `i`th entry in sorted order.
    pub(super) fn get(&self, i: usize) -> Option<Slot> {
        self.order.get(i).copied()
    }

    /// The name of `slot`.
    pub(super) fn name(&self, slot: Slot) -> &OsStr {
        match slot.name {
            Name::Text { start, len } => OsStr::new(&self.text[start as usize..(start + len) as usize]),
            Name::Other(i) => &self.other[i as usize],
        }
    }
}
