//! Debug: print quotes and speakers of one file.
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
