//! One extractor per record kind, each reading the shared [`TextModel`].
//!
//! The order matters only where one record feeds another: the title and
//! dateline come first, dates next (the release's own date anchors relative
//! dates), then speakers and quotes, then demands (whose actor may be the
//! speaker of the enclosing quote), then signatory counts.

pub mod dateline;
pub mod dates;
pub mod demands;
pub mod quotes;
pub mod signatories;
pub mod title;

use jiff::civil::Date;

use crate::document::Document;
use crate::span::Span;
use crate::text::TextModel;

/// Run every extractor over a model.
pub(crate) fn run(model: &TextModel<'_>, reference_date: Option<Date>) -> Document {
    let title = title::find(model);
    let dateline = dateline::find(model);
    let dates = dates::extract(model, dateline.as_ref(), reference_date);
    let (speakers, quotes) = quotes::extract(model);
    let demands = demands::extract(model, &speakers, &quotes);
    let (signatories, signatory_total) = signatories::extract(model);
    Document {
        id: None,
        title,
        dateline,
        published: dates.published,
        speakers,
        quotes,
        demands,
        dates: dates.mentions,
        signatories,
        boilerplate: boilerplate_spans(model),
        signatory_total,
        text: None,
        truncated: false,
    }
}

/// The boilerplate blocks as spans, with runs of adjacent boilerplate blocks
/// merged into one span (markers included).
fn boilerplate_spans(model: &TextModel<'_>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut last_block = usize::MAX;
    for (i, b) in model.blocks.iter().enumerate() {
        if !b.boilerplate {
            continue;
        }
        let span = b.marker.map_or(b.span, |m| Span::new(m.start, b.span.end));
        match out.last_mut() {
            Some(prev) if last_block + 1 == i => prev.end = span.end,
            _ => out.push(span),
        }
        last_block = i;
    }
    out
}
