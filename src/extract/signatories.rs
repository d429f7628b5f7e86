//! Signatory counts.

use crate::document::SignatoryCount;
use crate::text::TextModel;

/// Find signatory counts and the release's own total.
pub fn extract(model: &TextModel<'_>) -> (Vec<SignatoryCount>, Option<SignatoryCount>) {
    let _ = model;
    (Vec::new(), None)
}
