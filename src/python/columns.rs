//! Columnar tables of records, for pandas, Arrow and polars.
//!
//! `_columns(docs)` walks the Documents once and fills, per table, one
//! Python list per column: no dict is built per record, so
//! `pyarrow.table(columns)` (or `pandas.DataFrame`, `polars.DataFrame`)
//! converts each column in one call. `frames.py` holds the column types
//! and the public functions. Enum names are interned strings and each
//! Document's id is one string shared by all its rows.

use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyList, PyString};
use pyo3::{intern, IntoPyObjectExt};

use super::convert::f32_as_json;
use super::document::PyDocument;
use super::error::wrong_type;
use crate::{DateKind, Document, Grain, Qualifier, QuoteKind, SignatoryCount, SpeakerKind};

/// Column names of every table, in order. `frames.py` pairs each with its
/// type; a Python test checks that both agree.
const DOCUMENTS: [&str; 17] = [
    "doc_id",
    "title",
    "published",
    "dateline_location",
    "dateline_date",
    "dateline_start",
    "dateline_end",
    "signatory_total",
    "signatory_total_qualifier",
    "signatory_total_unit",
    "n_speakers",
    "n_quotes",
    "n_demands",
    "n_dates",
    "n_signatories",
    "n_boilerplate",
    "truncated",
];
const SPEAKERS: [&str; 7] = ["doc_id", "speaker_id", "name", "kind", "role", "organization", "n_mentions"];
const QUOTES: [&str; 11] = [
    "doc_id",
    "kind",
    "text",
    "start",
    "end",
    "speaker_id",
    "speaker_name",
    "speaker_role",
    "speaker_organization",
    "cue",
    "confidence",
];
const DEMANDS: [&str; 8] = ["doc_id", "text", "start", "end", "actor", "target", "action", "cue"];
const DATES: [&str; 8] = ["doc_id", "text", "start", "end", "value", "kind", "grain", "alternates"];
const SIGNATORIES: [&str; 7] = ["doc_id", "text", "start", "end", "count", "qualifier", "unit"];

/// One table being filled: a vector per column, pushed a row at a time.
struct Table<'py, const N: usize> {
    names: [&'static str; N],
    columns: [Vec<Bound<'py, PyAny>>; N],
}

impl<'py, const N: usize> Table<'py, N> {
    fn new(names: [&'static str; N]) -> Self {
        Table { names, columns: std::array::from_fn(|_| Vec::new()) }
    }

    /// Append one row; the values are in the order of `names`.
    fn push(&mut self, row: [Bound<'py, PyAny>; N]) {
        for (column, value) in self.columns.iter_mut().zip(row) {
            column.push(value);
        }
    }

    /// `{name: list}` in column order.
    fn into_dict(self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        for (name, values) in self.names.into_iter().zip(self.columns) {
            dict.set_item(name, PyList::new(py, values)?)?;
        }
        Ok(dict)
    }
}

/// Python values for the cells: `None`, strings, numbers.
struct Cells<'py> {
    py: Python<'py>,
}

impl<'py> Cells<'py> {
    fn none(&self) -> Bound<'py, PyAny> {
        self.py.None().into_bound(self.py)
    }

    fn str(&self, s: &str) -> Bound<'py, PyAny> {
        PyString::new(self.py, s).into_any()
    }

    fn opt_str(&self, s: Option<&str>) -> Bound<'py, PyAny> {
        s.map_or_else(|| self.none(), |s| self.str(s))
    }

    fn int<T: IntoPyObjectExt<'py>>(&self, n: T) -> PyResult<Bound<'py, PyAny>> {
        n.into_bound_py_any(self.py)
    }

    fn opt_int<T: IntoPyObjectExt<'py>>(&self, n: Option<T>) -> PyResult<Bound<'py, PyAny>> {
        n.map_or_else(|| Ok(self.none()), |n| self.int(n))
    }

    fn bool(&self, b: bool) -> Bound<'py, PyAny> {
        PyBool::new(self.py, b).to_owned().into_any()
    }

    fn float(&self, x: f64) -> Bound<'py, PyAny> {
        PyFloat::new(self.py, x).into_any()
    }
}

/// The enum names of SPEC.md (the serde names), each interned once per
/// process, without going through JSON.
fn speaker_kind(py: Python<'_>, k: SpeakerKind) -> Bound<'_, PyAny> {
    match k {
        SpeakerKind::Person => intern!(py, "person"),
        SpeakerKind::Organization => intern!(py, "organization"),
    }
    .clone()
    .into_any()
}

fn quote_kind(py: Python<'_>, k: QuoteKind) -> Bound<'_, PyAny> {
    match k {
        QuoteKind::Direct => intern!(py, "direct"),
        QuoteKind::Indirect => intern!(py, "indirect"),
    }
    .clone()
    .into_any()
}

fn date_kind(py: Python<'_>, k: DateKind) -> Bound<'_, PyAny> {
    match k {
        DateKind::Absolute => intern!(py, "absolute"),
        DateKind::Relative => intern!(py, "relative"),
    }
    .clone()
    .into_any()
}

fn grain(py: Python<'_>, g: Grain) -> Bound<'_, PyAny> {
    match g {
        Grain::Year => intern!(py, "year"),
        Grain::Month => intern!(py, "month"),
        Grain::Day => intern!(py, "day"),
    }
    .clone()
    .into_any()
}

fn qualifier(py: Python<'_>, q: Qualifier) -> Bound<'_, PyAny> {
    match q {
        Qualifier::Exact => intern!(py, "exact"),
        Qualifier::MoreThan => intern!(py, "more_than"),
        Qualifier::AtLeast => intern!(py, "at_least"),
        Qualifier::About => intern!(py, "about"),
        Qualifier::UpTo => intern!(py, "up_to"),
    }
    .clone()
    .into_any()
}

/// The six tables, filled one Document at a time.
struct Tables<'py> {
    c: Cells<'py>,
    documents: Table<'py, 17>,
    speakers: Table<'py, 7>,
    quotes: Table<'py, 11>,
    demands: Table<'py, 8>,
    dates: Table<'py, 8>,
    signatories: Table<'py, 7>,
}

impl<'py> Tables<'py> {
    fn new(py: Python<'py>) -> Self {
        Tables {
            c: Cells { py },
            documents: Table::new(DOCUMENTS),
            speakers: Table::new(SPEAKERS),
            quotes: Table::new(QUOTES),
            demands: Table::new(DEMANDS),
            dates: Table::new(DATES),
            signatories: Table::new(SIGNATORIES),
        }
    }

    fn add(&mut self, d: &Document) -> PyResult<()> {
        let c = &self.c;
        let id = c.opt_str(d.id.as_deref());
        let dl = d.dateline.as_ref();
        let total: Option<&SignatoryCount> = d.signatory_total.as_ref();
        self.documents.push([
            id.clone(),
            c.opt_str(d.title.as_deref()),
            c.opt_str(d.published.as_deref()),
            c.opt_str(dl.map(|l| l.location.as_str())),
            c.opt_str(dl.and_then(|l| l.date.as_deref())),
            c.opt_int(dl.map(|l| l.span.start))?,
            c.opt_int(dl.map(|l| l.span.end))?,
            c.opt_int(total.map(|s| s.count))?,
            total.map_or_else(|| c.none(), |s| qualifier(c.py, s.qualifier)),
            c.opt_str(total.map(|s| s.unit.as_str())),
            c.int(d.speakers.len())?,
            c.int(d.quotes.len())?,
            c.int(d.demands.len())?,
            c.int(d.dates.len())?,
            c.int(d.signatories.len())?,
            c.int(d.boilerplate.len())?,
            c.bool(d.truncated),
        ]);
        for s in &d.speakers {
            self.speakers.push([
                id.clone(),
                c.int(s.id)?,
                c.str(&s.name),
                speaker_kind(c.py, s.kind),
                c.opt_str(s.role.as_deref()),
                c.opt_str(s.organization.as_deref()),
                c.int(s.mentions.len())?,
            ]);
        }
        for q in &d.quotes {
            let speaker = q.speaker.and_then(|i| d.speakers.get(i));
            self.quotes.push([
                id.clone(),
                quote_kind(c.py, q.kind),
                c.str(&q.text),
                c.int(q.span.start)?,
                c.int(q.span.end)?,
                c.opt_int(q.speaker)?,
                c.opt_str(speaker.map(|s| s.name.as_str())),
                c.opt_str(speaker.and_then(|s| s.role.as_deref())),
                c.opt_str(speaker.and_then(|s| s.organization.as_deref())),
                c.opt_str(q.cue.as_deref()),
                c.float(f32_as_json(q.confidence)),
            ]);
        }
        for m in &d.demands {
            self.demands.push([
                id.clone(),
                c.str(&m.text),
                c.int(m.span.start)?,
                c.int(m.span.end)?,
                c.opt_str(m.actor.as_deref()),
                c.opt_str(m.target.as_deref()),
                c.str(&m.action),
                c.opt_str(m.cue.as_deref()),
            ]);
        }
        for t in &d.dates {
            self.dates.push([
                id.clone(),
                c.str(&t.text),
                c.int(t.span.start)?,
                c.int(t.span.end)?,
                c.opt_str(t.value.as_deref()),
                date_kind(c.py, t.kind),
                t.grain.map_or_else(|| c.none(), |g| grain(c.py, g)),
                PyList::new(c.py, &t.alternates)?.into_any(),
            ]);
        }
        for s in &d.signatories {
            self.signatories.push([
                id.clone(),
                c.str(&s.text),
                c.int(s.span.start)?,
                c.int(s.span.end)?,
                c.int(s.count)?,
                qualifier(c.py, s.qualifier),
                c.str(&s.unit),
            ]);
        }
        Ok(())
    }

    fn into_dict(self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let out = PyDict::new(py);
        out.set_item("documents", self.documents.into_dict(py)?)?;
        out.set_item("speakers", self.speakers.into_dict(py)?)?;
        out.set_item("quotes", self.quotes.into_dict(py)?)?;
        out.set_item("demands", self.demands.into_dict(py)?)?;
        out.set_item("dates", self.dates.into_dict(py)?)?;
        out.set_item("signatories", self.signatories.into_dict(py)?)?;
        Ok(out)
    }
}

/// The records of ``docs`` (an iterable of :class:`Document`) as six
/// tables, each ``{column name: list}``: ``documents``, ``speakers``,
/// ``quotes``, ``demands``, ``dates``, ``signatories``. Use
/// :func:`pressparse.to_columns` (the public name) or the frame helpers.
#[pyfunction]
#[pyo3(name = "_columns", signature = (docs, /))]
pub(crate) fn columns<'py>(py: Python<'py>, docs: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyDict>> {
    let mut tables = Tables::new(py);
    for (i, item) in docs.try_iter()?.enumerate() {
        let item = item?;
        let doc = item.cast::<PyDocument>().map_err(|_| wrong_type(&format!("docs[{i}]"), "Document", &item))?;
        tables.add(doc.get().inner())?;
    }
    tables.into_dict(py)
}

#[cfg(test)]
mod tests {
    use super::super::convert::enum_str;
    use super::*;

    fn same<T: serde::Serialize>(name: &Bound<'_, PyAny>, value: &T) {
        assert_eq!(name.extract::<String>().ok(), Some(enum_str(value)));
    }

    #[test]
    fn enum_names_are_the_serde_names() {
        Python::initialize();
        Python::attach(|py| {
            for k in [SpeakerKind::Person, SpeakerKind::Organization] {
                same(&speaker_kind(py, k), &k);
            }
            for k in [QuoteKind::Direct, QuoteKind::Indirect] {
                same(&quote_kind(py, k), &k);
            }
            for k in [DateKind::Absolute, DateKind::Relative] {
                same(&date_kind(py, k), &k);
            }
            for g in [Grain::Year, Grain::Month, Grain::Day] {
                same(&grain(py, g), &g);
            }
            for q in [Qualifier::Exact, Qualifier::MoreThan, Qualifier::AtLeast, Qualifier::About, Qualifier::UpTo] {
                same(&qualifier(py, q), &q);
            }
        });
    }
}
