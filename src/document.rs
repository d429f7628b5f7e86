//! The records of SPEC.md: [`Document`] and everything it holds.
//!
//! Field names and JSON keys are exactly those of the specification. Spans
//! are byte offsets in Rust; [`Document::to_char_offsets`] turns them into
//! the code-point offsets that JSON and Python use, and
//! [`Document::to_json`] does that for you.

use serde::{Deserialize, Serialize};

use crate::span::{OffsetConverter, Span};

/// Everything pressparse read from one press release.
///
/// ```
/// let doc = pressparse::extract("“We are ready,” said Jane Doe, director at Acme.");
/// assert_eq!(doc.quotes.len(), 1);
/// assert_eq!(doc.speakers[0].name, "Jane Doe");
/// let json = doc.to_json("“We are ready,” said Jane Doe, director at Acme.");
/// assert!(json.contains("\"speakers\""));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Document {
    /// Caller-given id, or the file stem in batch mode.
    pub id: Option<String>,
    /// The headline, when one can be identified.
    pub title: Option<String>,
    /// The dateline ("(New York) –", "WASHINGTON, D.C. —").
    pub dateline: Option<Dateline>,
    /// The release's own date as an ISO partial date.
    pub published: Option<String>,
    /// Everyone to whom a quote is attributed.
    pub speakers: Vec<Speaker>,
    /// Direct and indirect speech.
    pub quotes: Vec<Quote>,
    /// Calls on a party to act.
    pub demands: Vec<Demand>,
    /// Every date expression.
    pub dates: Vec<DateMention>,
    /// Counts of signers or represented parties.
    pub signatories: Vec<SignatoryCount>,
    /// Spans of page chrome that are not part of the release.
    pub boilerplate: Vec<Span>,
    /// The count of signers of the release's own letter or statement: the
    /// largest count that signed or endorsed it, looked for in the headline
    /// and first paragraphs first; counts of people represented only when
    /// nothing signed (the rule is in [`crate::extract::signatories`]).
    pub signatory_total: Option<SignatoryCount>,
    /// The text the spans index, when it is not the input as given: for
    /// HTML input, the text derived from the markup; for bytes decoded
    /// lossily by [`crate::Extractor::extract_bytes`] that replaced invalid
    /// UTF-8, the decoded text.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub text: Option<String>,
    /// True when records may be missing because a limit was reached: a
    /// record list (or a speaker's mentions) was cut at
    /// [`crate::ExtractorBuilder::max_records`], or the input was cut at
    /// [`crate::ExtractorBuilder::max_input_bytes`] by
    /// [`crate::Extractor::extract`] (the fallible entry points refuse such
    /// an input instead). Left out of JSON when false, so output without
    /// truncation is unchanged.
    ///
    /// ```
    /// let ex = pressparse::Extractor::builder().max_records(Some(2)).build()?;
    /// let text = "In 2001, 2002 and 2003 the minister spoke.";
    /// let doc = ex.extract(text);
    /// assert_eq!(doc.dates.len(), 2);
    /// assert!(doc.truncated);
    /// assert!(doc.to_json(text).contains("\"truncated\":true"));
    /// assert!(!pressparse::extract(text).to_json(text).contains("truncated"));
    /// # Ok::<(), pressparse::Error>(())
    /// ```
    #[serde(skip_serializing_if = "is_false", default)]
    pub truncated: bool,
}

/// serde's test for leaving `truncated` out.
#[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if passes a reference
fn is_false(b: &bool) -> bool {
    !*b
}

/// A dateline: where (and sometimes when) the release was issued.
///
/// ```
/// let doc = pressparse::extract("GENEVA (26 June 2023) – The council met today.");
/// let dl = doc.dateline.unwrap();
/// assert_eq!(dl.location, "GENEVA");
/// assert_eq!(dl.date.as_deref(), Some("2023-06-26"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dateline {
    /// The place, as written ("New York", "WASHINGTON, D.C.").
    pub location: String,
    /// The date in the dateline, as an ISO partial date.
    pub date: Option<String>,
    /// The whole dateline, including its dash.
    pub span: Span,
}

/// Whether a speaker is a person or an organisation (documents count as
/// organisations, per SPEC.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named or described person.
    Person,
    /// An organisation, a group, or a document ("the letter").
    Organization,
}

/// A person or organisation to whom speech is attributed.
///
/// ```
/// let doc = pressparse::extract("“Act now,” said Brad Adams, Asia director at Human Rights Watch.");
/// let s = &doc.speakers[0];
/// assert_eq!(s.role.as_deref(), Some("Asia director"));
/// assert_eq!(s.organization.as_deref(), Some("Human Rights Watch"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// Index of this speaker in [`Document::speakers`].
    pub id: usize,
    /// The fullest form of the name used in the text.
    pub name: String,
    /// Person or organisation.
    pub kind: SpeakerKind,
    /// Role or title ("Asia director"), when the text gives one.
    pub role: Option<String>,
    /// Organisation ("Human Rights Watch"), when the text gives one.
    pub organization: Option<String>,
    /// Every span where the speaker is named.
    pub mentions: Vec<Span>,
}

/// Direct (in quotation marks) or indirect (reported) speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words inside quotation marks.
    Direct,
    /// Reported speech: a content clause after a speech verb.
    Indirect,
}

/// A quotation and who said it.
///
/// `confidence` reflects how the quote was attributed: an explicit cue in
/// the same sentence scores highest, a quote continuing the previous one
/// next, a pronoun speaker lower, and an unattributed quote lowest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// What is inside the marks (direct) or the content clause (indirect).
    pub text: String,
    /// Where `text` is.
    pub span: Span,
    /// Direct or indirect.
    pub kind: QuoteKind,
    /// Index into [`Document::speakers`], or `None` when the text does not
    /// say who spoke.
    pub speaker: Option<usize>,
    /// The speech verb or phrase as written.
    pub cue: Option<String>,
    /// How sure the attribution is, from 0 to 1 (written to JSON as the
    /// shortest decimal: `0.95`, not `0.949999988079071`).
    #[serde(serialize_with = "shortest_f32")]
    pub confidence: f32,
}

/// A call on a party to act.
///
/// ```
/// let doc = pressparse::extract("The government should release all political prisoners, the group said.");
/// let d = &doc.demands[0];
/// assert_eq!(d.target.as_deref(), Some("The government"));
/// assert_eq!(d.cue.as_deref(), Some("should"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Demand {
    /// The whole demand clause.
    pub text: String,
    /// Where `text` is.
    pub span: Span,
    /// Who makes the demand, as written.
    pub actor: Option<String>,
    /// The party asked to act, as written.
    pub target: Option<String>,
    /// What the target is asked to do, without the cue.
    pub action: String,
    /// The cue ("should", "urges", "calls on") as written.
    pub cue: Option<String>,
}

/// Whether a date carries its own calendar reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateKind {
    /// "April 20, 2018", "2014", "May 22".
    Absolute,
    /// "today", "last week", "yesterday".
    Relative,
}

/// How precise a date value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Grain {
    /// "2018".
    Year,
    /// "2018-04".
    Month,
    /// "2018-04-20".
    Day,
}

/// A date expression.
///
/// ```
/// let doc = pressparse::extract("The talks ended on April 20, 2018.");
/// assert_eq!(doc.dates[0].value.as_deref(), Some("2018-04-20"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    /// The expression as written.
    pub text: String,
    /// Where `text` is.
    pub span: Span,
    /// ISO partial date ("2018", "2018-04", "2018-04-20"), or `None` when it
    /// cannot be resolved.
    pub value: Option<String>,
    /// Absolute or relative.
    pub kind: DateKind,
    /// The precision of `value` (or of the expression, when `value` is null).
    pub grain: Option<Grain>,
    /// Other readings of an ambiguous date ("4/5/2018").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternates: Vec<String>,
}

/// How a signatory count is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// "52 organizations".
    Exact,
    /// "more than", "over".
    MoreThan,
    /// "at least".
    AtLeast,
    /// "some", "around", "nearly", "approximately".
    About,
    /// "up to", "fewer than", "less than".
    UpTo,
}

/// How many parties sign or stand behind a letter, statement or petition.
///
/// ```
/// let doc = pressparse::extract("The letter is signed by 52 organizations.");
/// let s = &doc.signatories[0];
/// assert_eq!((s.count, s.unit.as_str()), (52, "organizations"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignatoryCount {
    /// The count with its qualifier and unit, as written.
    pub text: String,
    /// Where `text` is.
    pub span: Span,
    /// The number.
    pub count: u64,
    /// Exact, more than, at least, about, up to.
    pub qualifier: Qualifier,
    /// The noun counted, as written.
    pub unit: String,
}

/// Serialise an `f32` as the `f64` of its shortest decimal form.
#[allow(clippy::trivially_copy_pass_by_ref)] // serde's serialize_with passes a reference
fn shortest_f32<S: serde::Serializer>(v: &f32, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(v.to_string().parse::<f64>().unwrap_or(f64::from(*v)))
}

impl Document {
    /// A copy whose spans are code-point offsets into `input` instead of
    /// byte offsets: what JSON and Python use. `input` must be the text the
    /// document was extracted from (for HTML input, [`Document::text`]).
    ///
    /// ```
    /// let text = "«Bonjour», a déclaré Marie.";
    /// let doc = pressparse::extract(text).to_char_offsets(text);
    /// let q = &doc.quotes[0];
    /// let chars: Vec<char> = text.chars().collect();
    /// let sliced: String = chars[q.span.start..q.span.end].iter().collect();
    /// assert_eq!(sliced, q.text);
    /// ```
    #[must_use]
    pub fn to_char_offsets(&self, input: &str) -> Document {
        let conv = OffsetConverter::new(self.text.as_deref().unwrap_or(input));
        let mut doc = self.clone();
        doc.map_spans(|s| conv.span(s));
        doc
    }

    /// Apply `f` to every span of the document: the one list of where spans
    /// live, shared by the offset conversion and the byte-order-mark shift.
    pub(crate) fn map_spans(&mut self, mut f: impl FnMut(Span) -> Span) {
        if let Some(d) = &mut self.dateline {
            d.span = f(d.span);
        }
        for s in &mut self.speakers {
            for m in &mut s.mentions {
                *m = f(*m);
            }
        }
        for q in &mut self.quotes {
            q.span = f(q.span);
        }
        for d in &mut self.demands {
            d.span = f(d.span);
        }
        for d in &mut self.dates {
            d.span = f(d.span);
        }
        for s in &mut self.signatories {
            s.span = f(s.span);
        }
        if let Some(s) = &mut self.signatory_total {
            s.span = f(s.span);
        }
        for b in &mut self.boilerplate {
            *b = f(*b);
        }
    }

    /// Cut every record list, and every speaker's mentions, to at most
    /// `max` entries, in their order, and set [`Document::truncated`] when
    /// anything was cut. A quote whose speaker was cut keeps no speaker, so
    /// speaker indexes stay valid.
    pub(crate) fn cap_records(&mut self, max: usize) {
        let mut cut = false;
        let mut cap = |len: usize| {
            cut |= len > max;
            len.min(max)
        };
        self.speakers.truncate(cap(self.speakers.len()));
        for s in &mut self.speakers {
            s.mentions.truncate(cap(s.mentions.len()));
        }
        self.quotes.truncate(cap(self.quotes.len()));
        self.demands.truncate(cap(self.demands.len()));
        self.dates.truncate(cap(self.dates.len()));
        self.signatories.truncate(cap(self.signatories.len()));
        self.boilerplate.truncate(cap(self.boilerplate.len()));
        let speakers = self.speakers.len();
        for q in &mut self.quotes {
            if q.speaker.is_some_and(|s| s >= speakers) {
                q.speaker = None;
            }
        }
        self.truncated |= cut;
    }

    /// One line of JSON with code-point spans, as SPEC.md defines it.
    pub fn to_json(&self, input: &str) -> String {
        serde_json::to_string(&self.to_char_offsets(input)).unwrap_or_default()
    }

    /// Pretty-printed JSON with code-point spans, keys in SPEC.md's field
    /// order, and short arrays (spans) on one line: stable output to keep
    /// under snapshot tests.
    pub fn to_json_pretty(&self, input: &str) -> String {
        serde_json::to_value(self.to_char_offsets(input)).map(|v| crate::pretty::to_string(&v)).unwrap_or_default()
    }
}
