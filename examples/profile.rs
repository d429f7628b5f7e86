//! Time the text model and each extractor over a folder of releases, for
//! profiling (`cargo run --release --example profile -- DIR [ROUNDS]
//! [PASSES]`). PASSES is a comma-separated choice among `model`, `tokens`,
//! `hits`, `title`, `dateline`, `dates`, `quotes`, `demands`, `signatories` and
//! `all` (default: every pass), so that a profiler can be pointed at one.
//!
//! The `tokens` line times the sentence tokens every extractor reading
//! words shares; they are made once per model, so the extractor lines
//! after it (which reuse the same models) do not include them.
#![allow(clippy::print_stdout)]

use std::time::Instant;

use pressparse::text::TextModel;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "examples/releases".to_owned());
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(5);
    let passes = args.next().unwrap_or_default();
    let run = |name: &str| passes.is_empty() || passes.split(',').any(|p| p == name);
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        if entry.path().extension().is_some_and(|e| e == "txt") {
            if let Ok(t) = std::fs::read_to_string(entry.path()) {
                texts.push(t);
            }
        }
    }
    // The first call builds every lexicon and automaton (once per process).
    let t0 = Instant::now();
    std::hint::black_box(pressparse::extract("“Warm-up,” she said on May 1, 2024."));
    println!("{:<14} {:8.1} ms", "first call", t0.elapsed().as_secs_f64() * 1e3);
    let mb = texts.iter().map(String::len).sum::<usize>() as f64 * rounds as f64 / 1e6;
    let time = |name: &str, f: &dyn Fn(&str)| {
        if !run(name) {
            return;
        }
        let t0 = Instant::now();
        for _ in 0..rounds {
            for t in &texts {
                f(t);
            }
        }
        let s = t0.elapsed().as_secs_f64();
        println!("{name:<14} {:8.1} MB/s  ({:.3} s)", mb / s, s);
    };
    time("model", &|t| {
        std::hint::black_box(TextModel::new(t));
    });
    // Fresh models for each round: their sentence tokens are made once per
    // model, so only a new model makes them again.
    if run("tokens") {
        let rounds_of_models: Vec<Vec<TextModel<'_>>> =
            (0..rounds).map(|_| texts.iter().map(|t| TextModel::new(t)).collect()).collect();
        let t0 = Instant::now();
        for models in &rounds_of_models {
            for m in models {
                std::hint::black_box(m.tokenize_all());
            }
        }
        let s = t0.elapsed().as_secs_f64();
        println!("{:<14} {:8.1} MB/s  ({:.3} s)", "tokens", mb / s, s);
    }
    let models: Vec<TextModel<'_>> = texts.iter().map(|t| TextModel::new(t)).collect();
    let time_m = |name: &str, f: &dyn Fn(&TextModel<'_>)| {
        if !run(name) {
            return;
        }
        let t0 = Instant::now();
        for _ in 0..rounds {
            for m in &models {
                f(m);
            }
        }
        let s = t0.elapsed().as_secs_f64();
        println!("{name:<14} {:8.1} MB/s  ({:.3} s)", mb / s, s);
    };
    // The lexicon hits, found anew each time (the models keep the first).
    time_m("hits", &|m| {
        std::hint::black_box(m.count_lexicon_hits());
    });
    time_m("title", &|m| {
        std::hint::black_box(pressparse::extract::title::find(m));
    });
    time_m("dateline", &|m| {
        std::hint::black_box(pressparse::extract::dateline::find(m));
    });
    time_m("dates", &|m| {
        std::hint::black_box(pressparse::extract::dates::extract(m, None, None));
    });
    time_m("quotes", &|m| {
        std::hint::black_box(pressparse::extract::quotes::extract(m));
    });
    time_m("demands", &|m| {
        std::hint::black_box(pressparse::extract::demands::extract(m, &[], &[]));
    });
    time_m("signatories", &|m| {
        std::hint::black_box(pressparse::extract::signatories::extract(m));
    });
    time("all", &|t| {
        std::hint::black_box(pressparse::extract(t));
    });
}
