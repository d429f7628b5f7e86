//! The command-line tool, run as a subprocess.
#![cfg(feature = "cli")]

use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_pressparse"))
}

#[test]
fn extract_prints_one_line_per_file_in_stable_order() {
    let out = bin().args(["extract", "examples/releases"]).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).expect("UTF-8");
    let ids: Vec<String> = stdout
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("JSON")["id"].as_str().unwrap_or("").to_owned())
        .collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
    assert!(ids.contains(&"hrw-north-korea-letter".to_owned()));
}

#[test]
fn bad_files_are_named_and_the_rest_processed() {
    let dir = std::env::temp_dir().join(format!("pressparse-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("a.txt"), "“Yes,” said Ann Lee.").expect("write");
    std::fs::write(dir.join("b.txt"), b"\xff\xfe not UTF-8").expect("write");
    let out = bin().arg("extract").arg(&dir).arg(dir.join("missing.txt")).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("b.txt") && stderr.contains("invalid UTF-8"), "{stderr}");
    assert!(stderr.contains("missing.txt"), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);

    let lossy = bin().arg("extract").arg("--lossy").arg(dir.join("b.txt")).output().expect("runs");
    assert!(lossy.status.success());
    assert!(String::from_utf8_lossy(&lossy.stdout).contains("\"id\":\"b\""));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn stdin_is_read_with_dash() {
    use std::io::Write;
    let mut child = bin()
        .args(["extract", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawns");
    child.stdin.take().expect("stdin").write_all("The talks ended on April 20, 2018.".as_bytes()).expect("write");
    let out = child.wait_with_output().expect("runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["id"], "stdin");
}

#[test]
fn convert_writes_pretty_files_matching_snapshots() {
    let out_dir = std::env::temp_dir().join(format!("pressparse-convert-{}", std::process::id()));
    let out = bin().arg("convert").arg("examples/releases").arg(&out_dir).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let written = std::fs::read_to_string(out_dir.join("hrw-north-korea-letter.json")).expect("written");
    let text = std::fs::read_to_string("examples/releases/hrw-north-korea-letter.txt").expect("read");
    let doc = pressparse::Extractor::default().extract_with_id(&text, "hrw-north-korea-letter");
    assert_eq!(written, doc.to_json_pretty(&text) + "\n");
    // No temporary files are left behind.
    assert!(std::fs::read_dir(&out_dir).expect("dir").all(|e| !e
        .expect("e")
        .file_name()
        .to_string_lossy()
        .ends_with(".tmp")));
    std::fs::remove_dir_all(&out_dir).ok();
}

#[test]
fn bad_reference_date_is_a_usage_error() {
    let out = bin().args(["extract", "--reference-date", "yesterday", "examples/releases"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("reference_date"));
}

#[test]
fn html_pages_are_read_as_html() {
    let dir = std::env::temp_dir().join(format!("pressparse-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let page = "<html><body><nav><a href='/'>Home</a></nav><article><h1>Court Rules</h1>\
                <p>&ldquo;Justice was done,&rdquo; said Ann Lee.</p></article></body></html>";
    std::fs::write(dir.join("page.html"), page).expect("write");
    let out = bin().arg("extract").arg(&dir).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let text = v["text"].as_str().expect("derived text");
    assert!(text.contains("“Justice was done,” said Ann Lee.") && !text.contains("Home"), "{text}");
    // The same page on standard input with --html.
    let mut child = bin()
        .args(["extract", "--html", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawns");
    std::io::Write::write_all(&mut child.stdin.take().expect("stdin"), page.as_bytes()).expect("write");
    let out = child.wait_with_output().expect("runs");
    let w: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(w["text"], v["text"]);
    std::fs::remove_dir_all(&dir).ok();
}
