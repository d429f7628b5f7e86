//! Demands: who calls on whom to do what.

pub(crate) mod words;

use crate::document::{Demand, Quote, Speaker};
use crate::text::TextModel;

/// Find demands.
pub fn extract(model: &TextModel<'_>, speakers: &[Speaker], quotes: &[Quote]) -> Vec<Demand> {
    let _ = (model, speakers, quotes);
    Vec::new()
}
