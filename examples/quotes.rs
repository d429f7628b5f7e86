//! Print the speakers and quotes pressparse finds in each file named on
//! the command line, one line each, to read the attribution rules at work:
//!
//! ```text
//! cargo run --example quotes -- ../shared/corpus/dev/owinfs-010.txt
//! ```
#![allow(clippy::print_stdout)]
fn main() {
    for arg in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&arg).unwrap_or_default();
        let doc = pressparse::extract(&text);
        for s in &doc.speakers {
            println!("SP {} | {:?} | {:?} | {:?} | {}", s.name, s.kind, s.role, s.organization, s.mentions.len());
        }
        for q in &doc.quotes {
            let sp = q.speaker.and_then(|i| doc.speakers.get(i)).map(|s| s.name.as_str());
            println!(
                "Q {:?} {:?} {:?} {} | {}",
                q.kind,
                sp,
                q.cue,
                q.confidence,
                q.text.chars().take(100).collect::<String>().replace('\n', " ")
            );
        }
    }
}
