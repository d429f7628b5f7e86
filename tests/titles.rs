//! Title exact match over the project's own annotated releases
//! (`tests/gold_titles.tsv`, annotated by reading each release).

mod common;

#[test]
fn title_exact_match_at_least_ninety_percent() {
    let set = common::load(include_str!("gold_titles.tsv"));
    assert!(set.len() >= 30, "too few annotated releases: {}", set.len());
    let mut ok = 0;
    let mut misses = Vec::new();
    for a in &set {
        let got = pressparse::extract(&a.text).title;
        if got == a.gold {
            ok += 1;
        } else {
            misses.push(format!("{}: gold={:?} got={:?}", a.file, a.gold, got));
        }
    }
    let acc = f64::from(ok) / set.len() as f64;
    eprintln!("title exact match: {ok}/{} = {acc:.3}", set.len());
    for m in &misses {
        eprintln!("  {m}");
    }
    assert!(acc >= 0.9, "title exact match {acc:.3} < 0.9");
}
