//! Speakers and their direct and indirect quotes.

use crate::document::{Quote, Speaker};
use crate::text::TextModel;

/// Find speakers and quotes.
pub fn extract(model: &TextModel<'_>) -> (Vec<Speaker>, Vec<Quote>) {
    let _ = model;
    (Vec::new(), Vec::new())
}
