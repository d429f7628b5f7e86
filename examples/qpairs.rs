//! Debug: print blocks and quote pairs of one file.
#![allow(clippy::print_stdout)]
fn main() {
    for arg in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&arg).unwrap_or_default();
        let m = pressparse::text::TextModel::new(&text);
        for (i, b) in m.blocks.iter().enumerate() {
            println!(
                "B{i} {:?} bp={} cap={} | {}",
                b.kind,
                b.boilerplate,
                b.caption,
                m.block_text(b).chars().take(80).collect::<String>().replace('\n', " ")
            );
            for q in m.quotes_in(b) {
                println!(
                    "   Q cont={} open={:?} close={:?} | {}",
                    q.continued,
                    q.open.is_some(),
                    q.close.is_some(),
                    m.slice(q.inner).chars().take(60).collect::<String>().replace('\n', " ")
                );
            }
        }
    }
}
