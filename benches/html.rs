#![allow(missing_docs)]
//! HTML input throughput (MB/s of markup) over the fixture pages in
//! `tests/fixtures/html`: parsing to derived text alone, and the whole
//! extraction. Compare with trafilatura using `benches/html_bench.py`.
//!
//! ```text
//! cargo bench --features html --bench html
//! ```

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use pressparse::html::HtmlDocument;

fn pages() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/html");
    let mut paths: Vec<_> =
        std::fs::read_dir(dir).map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
    paths.retain(|p: &std::path::PathBuf| p.extension().is_some_and(|e| e == "html"));
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect()
}

fn bench(c: &mut Criterion) {
    let pages = pages();
    let total: usize = pages.iter().map(String::len).sum();
    let extractor = pressparse::Extractor::default();
    let mut g = c.benchmark_group("html");
    g.sample_size(10).measurement_time(Duration::from_secs(4)).throughput(Throughput::BytesDecimal(total as u64));
    g.bench_function("parse", |b| {
        b.iter(|| {
            for p in &pages {
                black_box(HtmlDocument::parse(black_box(p)));
            }
        });
    });
    g.bench_function("extract_html", |b| {
        b.iter(|| {
            for p in &pages {
                black_box(extractor.extract_html(black_box(p)));
            }
        });
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
