//! Snapshot tests of whole Documents: every bundled example release and
//! every fixture, serialised exactly as `pressparse convert` writes them.
//! Review changes with `cargo insta review`; CI runs with `INSTA_UPDATE=no`.

use std::fs;

fn snapshot(path: &std::path::Path) {
    let text = fs::read_to_string(path).expect("fixture is UTF-8");
    let id = path.file_stem().and_then(|s| s.to_str()).unwrap_or("input");
    let doc = pressparse::Extractor::default().extract_with_id(&text, id);
    let json = doc.to_json_pretty(&text);
    insta::with_settings!({
        snapshot_path => "../snapshots",
        prepend_module_to_snapshot => false,
        omit_expression => true,
    }, {
        insta::assert_snapshot!(id, json);
    });
}

#[test]
fn example_releases() {
    insta::glob!("../examples/releases", "*.txt", snapshot);
}

#[test]
fn layout_fixtures() {
    insta::glob!("fixtures", "*.txt", snapshot);
}
