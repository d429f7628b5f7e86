#![allow(missing_docs)]
//! Whole-pipeline throughput (MB/s) over the dev corpus, per pass, and on
//! one 1 MB and one 10 MB input to show that time grows linearly with size.
//!
//! ```text
//! cargo bench --bench pipeline            # all groups
//! cargo bench --bench pipeline -- corpus  # one group
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
    let extractor = pressparse::Extractor::default();

    let mut g = c.benchmark_group("corpus");
    g.sample_size(10).measurement_time(Duration::from_secs(4)).throughput(Throughput::Bytes(total as u64));
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

    let mut g = c.benchmark_group("linearity");
    g.sample_size(10).measurement_time(Duration::from_secs(6));
    for mb in [1usize, 10] {
        let input = big_input(&texts, mb * 1_000_000);
        g.throughput(Throughput::Bytes(input.len() as u64));
        g.bench_function(format!("extract_{mb}MB"), |b| b.iter(|| black_box(extractor.extract(black_box(&input)))));
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
