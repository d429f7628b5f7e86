//! The headline.

use crate::text::TextModel;

/// The release's headline, when one can be identified.
pub fn find(model: &TextModel<'_>) -> Option<String> {
    model
        .content_blocks()
        .take(6)
        .find(|(_, b)| b.is_heading() && model.block_text(b).split_whitespace().count() >= 3)
        .map(|(_, b)| model.block_text(b).to_owned())
}
