//! The dateline.

use crate::document::Dateline;
use crate::text::TextModel;

/// The release's dateline, when it has one.
pub fn find(model: &TextModel<'_>) -> Option<Dateline> {
    let _ = model;
    None
}
