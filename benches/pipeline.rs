#![allow(missing_docs)]
//! Whole-pipeline throughput (MB/s, decimal: the unit of the target) over the dev corpus, per pass, and on
//! one 1 MB, 10 MB and 100 MB input to show that time grows linearly with
//! size, next to a `grep -c said` line count over the same 10 MB.
//!
//! ```text
//! cargo bench --bench pipeline            # all groups
//! cargo bench --bench pipeline -- corpus  # one group
//! cargo bench --bench pipeline -- linearity
//! ```
//! The corpus is read from `../shared/corpus/dev` when present, else from
//! `examples/releases`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use pressparse::text::TextModel;

fn corpus() -> Vec<String> {
    for dir in ["../shared/corpus/dev", "examples/releases"] {
        if let Ok(entries) = std::fs::read_dir(dir) {
            let mut paths: Vec<_> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect();
            paths.sort();
            let texts: Vec<String> = paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect();
            if !texts.is_empty() {
                return texts;
            }
        }
    }
    vec!["“We will act,” said Jane Doe.".to_owned()]
}

/// One big input of about `bytes` bytes made of whole releases.
fn big_input(texts: &[String], bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 10_000);
    while out.len() < bytes {
        for t in texts {
            out.push_str(t);
            out.push_str("\n\n");
            if out.len() >= bytes {
                break;
            }
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let texts = corpus();
    let total: usize = texts.iter().map(String::len).sum();
    // No input size limit: the linearity group reads 100 MB, above the
    // default limit (which would otherwise cut the input and the work).
    let extractor =
        pressparse::Extractor::builder().max_input_bytes(None).build().unwrap_or_else(|e| panic!("extractor: {e}"));

    let mut g = c.benchmark_group("corpus");
    g.sample_size(10).measurement_time(Duration::from_secs(4)).throughput(Throughput::BytesDecimal(total as u64));
    g.bench_function("extract", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(extractor.extract(black_box(t)));
            }
        });
    });
    g.bench_function("text_model", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(TextModel::new(black_box(t)));
            }
        });
    });
    let models: Vec<TextModel<'_>> = texts.iter().map(|t| TextModel::new(t)).collect();
    // The one pass for the lexicons that dates, demands and signatory
    // counts read, found anew each time; the passes below find it once per
    // model, on first use, so their figures leave it out.
    g.bench_function("lexicon_hits", |b| {
        b.iter(|| {
            for m in &models {
                black_box(m.count_lexicon_hits());
            }
        });
    });
    g.bench_function("dates_pass", |b| {
        b.iter(|| {
            for m in &models {
                black_box(pressparse::extract::dates::extract(m, None, None));
            }
        });
    });
    g.bench_function("quotes_pass", |b| {
        b.iter(|| {
            for m in &models {
                black_box(pressparse::extract::quotes::extract(m));
            }
        });
    });
    g.finish();

    // One session measures pressparse at 1, 10 and 100 MB and a plain
    // `grep -c said` line loop over the same bytes, so that throughput can
    // be given as a ratio to it.
    let mut g = c.benchmark_group("linearity");
    g.sample_size(10).measurement_time(Duration::from_secs(6));
    let big = big_input(&texts, 100_000_000);
    for mb in [1usize, 10, 100] {
        let input = &big[..boundary(&big, mb * 1_000_000)];
        g.throughput(Throughput::BytesDecimal(input.len() as u64));
        if mb == 100 {
            // About ten seconds an iteration: the minimum of ten samples.
            g.measurement_time(Duration::from_secs(1)).warm_up_time(Duration::from_millis(1));
        }
        g.bench_function(format!("extract_{mb}MB"), |b| b.iter(|| black_box(extractor.extract(black_box(input)))));
        if mb == 10 {
            g.bench_function("grep_c_said_10MB", |b| b.iter(|| black_box(grep_count(black_box(input), "said"))));
        }
    }
    g.finish();
}

/// What `grep -c said` computes: the number of lines containing `needle`.
fn grep_count(text: &str, needle: &str) -> usize {
    text.lines().filter(|l| l.contains(needle)).count()
}

/// The last line end at or before `at`, so that a cut input ends cleanly.
fn boundary(text: &str, at: usize) -> usize {
    if at >= text.len() {
        return text.len();
    }
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

criterion_group!(benches, bench);
criterion_main!(benches);
