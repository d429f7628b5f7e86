//! Date mentions and the release's own date.

use jiff::civil::Date;

use crate::document::{DateMention, Dateline};
use crate::text::TextModel;

/// Dates found in a release, with the release's own date.
#[derive(Debug, Clone, Default)]
pub struct DateResult {
    /// Every date mention, in text order.
    pub mentions: Vec<DateMention>,
    /// The release's own date (ISO partial).
    pub published: Option<String>,
}

/// Find every date mention.
pub fn extract(model: &TextModel<'_>, dateline: Option<&Dateline>, reference: Option<Date>) -> DateResult {
    let _ = (model, dateline, reference);
    DateResult::default()
}

/// Parse `s` when it is exactly one date expression; the ISO partial value.
pub fn parse_standalone(s: &str) -> Option<String> {
    let _ = s;
    None
}
