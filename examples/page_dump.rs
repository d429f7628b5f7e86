//! Print, per file, the title, the dateline, the blocks flagged as
//! boilerplate (B) or caption (C), and the first and last 12 kept blocks:
//! a reading aid for the page layer.
//!
//! ```text
//! cargo run -q --example page_dump -- [--all] ../shared/corpus/dev/*.txt
//! ```
#![allow(clippy::print_stdout)]

use std::path::Path;

use pressparse::text::TextModel;

fn short(s: &str) -> String {
    let one = s.replace('\n', " ⏎ ");
    if one.chars().count() > 110 {
        format!("{}…", one.chars().take(110).collect::<String>())
    } else {
        one
    }
}

fn main() {
    let ex = pressparse::Extractor::default();
    // "--all" prints every kept block, not only the first and last 12.
    let all = std::env::args().any(|a| a == "--all");
    for arg in std::env::args().skip(1).filter(|a| a != "--all") {
        let path = Path::new(&arg);
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        let doc = ex.extract(&text);
        let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        println!("=== {name}");
        println!("  TITLE: {:?}", doc.title);
        println!(
            "  DATELINE: {:?}",
            doc.dateline.as_ref().map(|d| (d.span.slice(&text), d.location.clone(), d.date.clone()))
        );
        let m = TextModel::new(&text);
        let kept: Vec<usize> = (0..m.blocks.len()).filter(|&k| !m.blocks[k].boilerplate).collect();
        for (k, b) in m.blocks.iter().enumerate() {
            let tag = if b.boilerplate {
                "B"
            } else if b.caption {
                "C"
            } else {
                let pos = kept.iter().position(|&x| x == k).unwrap_or(0);
                if all || pos < 12 || pos + 12 >= kept.len() {
                    " "
                } else {
                    continue;
                }
            };
            println!("  {tag} {k:3} {:?} {}", b.kind, short(m.block_text(b)));
        }
    }
}
