//! Dateline location accuracy over the project's own annotated releases
//! (`tests/gold_datelines.tsv`): a release without a dateline must yield
//! none, one with a dateline must yield its location (whitespace-normalised).

mod common;

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn dateline_location_accuracy_at_least_ninety_five_percent() {
    let set = common::load(include_str!("gold_datelines.tsv"));
    assert!(set.len() >= 30, "too few annotated releases: {}", set.len());
    let mut ok = 0;
    let mut misses = Vec::new();
    for a in &set {
        let got = pressparse::extract(&a.text).dateline.map(|d| norm(&d.location));
        let gold = a.gold.as_deref().map(norm);
        if got == gold {
            ok += 1;
        } else {
            misses.push(format!("{}: gold={gold:?} got={got:?}", a.file));
        }
    }
    let acc = f64::from(ok) / set.len() as f64;
    eprintln!("dateline location accuracy: {ok}/{} = {acc:.3}", set.len());
    for m in &misses {
        eprintln!("  {m}");
    }
    assert!(acc >= 0.95, "dateline location accuracy {acc:.3} < 0.95");
}
