//! The command-line tool, run as a subprocess.
#![cfg(feature = "cli")]
// The names checked are the ones this tool writes, in exactly this case.
#![allow(clippy::case_sensitive_file_extension_comparisons)]

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

/// A fresh, empty scratch folder for one test.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("pressparse-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// The `id` of each JSON line in `stdout`, in order.
fn ids_of(stdout: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("JSON")["id"].as_str().unwrap_or("").to_owned())
        .collect()
}

/// Names in `dir`, sorted.
fn names(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A folder of `copies` × the bundled example releases: enough work that a
/// signal sent when the first output appears arrives long before the end.
fn big_folder(name: &str, copies: usize) -> (std::path::PathBuf, usize) {
    let dir = scratch(name);
    let releases: Vec<_> = std::fs::read_dir("examples/releases")
        .expect("examples")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    for copy in 0..copies {
        for release in &releases {
            let stem = release.file_stem().expect("stem").to_string_lossy();
            std::fs::copy(release, dir.join(format!("{copy:04}-{stem}.txt"))).expect("copy");
        }
    }
    (dir, copies * releases.len())
}

/// Send `signal` (as the `kill` command names it) to the child.
#[cfg(unix)]
fn signal(child: &std::process::Child, signal: &str) {
    let status = Command::new("kill").arg(format!("-{signal}")).arg(child.id().to_string()).status().expect("kill");
    assert!(status.success());
}

/// Wait until `ready` holds or the child has exited (then the test's
/// assertions on its exit status say what went wrong).
fn wait_until(child: &mut std::process::Child, ready: impl Fn() -> bool) {
    while !ready() && child.try_wait().expect("try_wait").is_none() {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

#[cfg(unix)]
#[test]
fn interrupted_convert_leaves_only_complete_files() {
    let (input, total) = big_folder("sigint-in", 120);
    let out_dir = scratch("sigint-out");
    let mut child =
        bin().arg("convert").arg(&input).arg(&out_dir).stderr(std::process::Stdio::piped()).spawn().expect("spawns");
    wait_until(&mut child, || names(&out_dir).iter().any(|n| n.ends_with(".json")));
    signal(&child, "INT");
    let out = child.wait_with_output().expect("runs");
    assert_eq!(out.status.code(), Some(130), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("interrupted"));
    let written = names(&out_dir);
    assert!(!written.is_empty() && written.len() < total, "{} of {total}", written.len());
    for name in &written {
        assert!(name.ends_with(".json") && !name.starts_with('.'), "left behind: {name}");
        let json = std::fs::read_to_string(out_dir.join(name)).expect("read");
        let v: serde_json::Value = serde_json::from_str(&json).expect("complete JSON");
        assert_eq!(format!("{}.json", v["id"].as_str().expect("id")), *name);
    }
    std::fs::remove_dir_all(&input).ok();
    std::fs::remove_dir_all(&out_dir).ok();
}

#[cfg(unix)]
#[test]
fn interrupted_extract_to_file_leaves_the_old_file_and_no_temporary_file() {
    let (input, _) = big_folder("sigterm-in", 120);
    let out_dir = scratch("sigterm-out");
    let file = out_dir.join("all.jsonl");
    std::fs::write(&file, "old\n").expect("write");
    let mut child = bin()
        .args(["extract", "--overwrite", "-o"])
        .arg(&file)
        .arg(&input)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawns");
    // The temporary file grows as lines are written: wait for the first.
    wait_until(&mut child, || {
        names(&out_dir)
            .iter()
            .any(|n| n.ends_with(".tmp") && std::fs::metadata(out_dir.join(n)).is_ok_and(|m| m.len() > 0))
    });
    signal(&child, "TERM");
    let out = child.wait_with_output().expect("runs");
    assert_eq!(out.status.code(), Some(143), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(names(&out_dir), ["all.jsonl"]);
    assert_eq!(std::fs::read_to_string(&file).expect("read"), "old\n");
    std::fs::remove_dir_all(&input).ok();
    std::fs::remove_dir_all(&out_dir).ok();
}

#[test]
fn convert_replaces_files_only_when_asked() {
    let out_dir = scratch("overwrite");
    let first = bin().arg("convert").arg("examples/releases").arg(&out_dir).output().expect("runs");
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    let kept = out_dir.join("doj-001.json");
    std::fs::write(&kept, "mine\n").expect("write");
    let count = names(&out_dir).len();

    let again = bin().arg("convert").arg("examples/releases").arg(&out_dir).output().expect("runs");
    assert_eq!(again.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&again.stderr);
    // One error per file, each naming it; the batch went on past each.
    assert_eq!(stderr.lines().filter(|l| l.contains("already exists")).count(), count, "{stderr}");
    assert!(stderr.contains("doj-001.json") && stderr.contains("senate-001.json"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&kept).expect("read"), "mine\n");
    assert_eq!(names(&out_dir).len(), count);

    for flag in ["--overwrite", "--force"] {
        std::fs::write(&kept, "mine\n").expect("write");
        let forced = bin().arg("convert").arg(flag).arg("examples/releases").arg(&out_dir).output().expect("runs");
        assert!(forced.status.success(), "{}", String::from_utf8_lossy(&forced.stderr));
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&kept).expect("read")).expect("replaced with JSON");
        assert_eq!(v["id"], "doj-001");
        assert_eq!(names(&out_dir).len(), count, "no temporary files");
    }
    std::fs::remove_dir_all(&out_dir).ok();
}

#[test]
fn extract_to_file_is_atomic_and_never_replaces_unasked() {
    let dir = scratch("extract-o");
    let file = dir.join("releases.jsonl");
    let stdout = bin().args(["extract", "examples/releases"]).output().expect("runs");
    let written = bin().args(["extract", "-o"]).arg(&file).arg("examples/releases").output().expect("runs");
    assert!(written.status.success(), "{}", String::from_utf8_lossy(&written.stderr));
    assert!(written.stdout.is_empty());
    assert_eq!(std::fs::read(&file).expect("read"), stdout.stdout);

    std::fs::write(&file, "mine\n").expect("write");
    let refused = bin().args(["extract", "--output"]).arg(&file).arg("examples/releases").output().expect("runs");
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("releases.jsonl: already exists"));
    assert_eq!(std::fs::read_to_string(&file).expect("read"), "mine\n");

    let forced =
        bin().args(["extract", "--overwrite", "-o"]).arg(&file).arg("examples/releases").output().expect("runs");
    assert!(forced.status.success());
    assert_eq!(std::fs::read(&file).expect("read"), stdout.stdout);
    assert_eq!(names(&dir), ["releases.jsonl"], "no temporary files");

    // A folder that does not exist: an error naming the file, nothing written.
    let nowhere = dir.join("missing").join("x.jsonl");
    let failed = bin().args(["extract", "-o"]).arg(&nowhere).arg("examples/releases").output().expect("runs");
    assert_eq!(failed.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&failed.stderr).contains("x.jsonl"));
    assert_eq!(names(&dir), ["releases.jsonl"]);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_folder_of_bad_files_names_each_and_extracts_the_good_one() {
    let dir = scratch("bad-files");
    std::fs::write(dir.join("good.txt"), "“We won,” said Ann Lee on April 20, 2018.").expect("write");
    // A gzip header: bytes, not text.
    std::fs::write(dir.join("binary.txt"), b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcb\x48\xcd").expect("write");
    std::fs::write(dir.join("latin1.txt"), b"Caf\xe9 society, said the mayor.").expect("write");
    let unreadable = dir.join("locked.txt");
    std::fs::write(&unreadable, "Locked away.").expect("write");
    #[cfg(unix)]
    let expect_locked = {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&unreadable, std::fs::Permissions::from_mode(0o000)).expect("chmod");
        // A link back to its own folder is not followed, so the walk ends.
        std::os::unix::fs::symlink(&dir, dir.join("loop")).expect("symlink");
        // Root reads it anyway: then it is a good file.
        std::fs::read(&unreadable).is_err()
    };
    #[cfg(not(unix))]
    let expect_locked = false;
    let out = bin().arg("extract").arg(&dir).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.lines().any(|l| l.contains("binary.txt") && l.contains("invalid UTF-8")), "{stderr}");
    assert!(stderr.lines().any(|l| l.contains("latin1.txt") && l.contains("invalid UTF-8")), "{stderr}");
    assert_eq!(stderr.contains("locked.txt"), expect_locked, "{stderr}");
    let ids = ids_of(&out.stdout);
    if expect_locked {
        assert_eq!(ids, ["good"]);
    } else {
        assert_eq!(ids, ["good", "locked"]);
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn nested_folders_are_walked_in_sorted_order() {
    let dir = scratch("nested");
    for path in ["b/z.txt", "a/y.txt", "a.txt", "c.htm", "a/sub/x.txt", "notes.md"] {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, "The talks ended on April 20, 2018.").expect("write");
    }
    let out = bin().arg("extract").arg(&dir).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let ids = ids_of(&out.stdout);
    assert_eq!(ids, ["x", "y", "a", "z", "c"]);
    std::fs::remove_dir_all(&dir).ok();
}

#[cfg(unix)]
#[test]
fn names_that_are_not_utf8_are_walked_in_byte_order() {
    use std::os::unix::ffi::OsStrExt;
    let dir = scratch("byte-names");
    for name in [&b"b.txt"[..], b"\xff.txt", b"a.txt", b"\xfe\xfe.txt"] {
        std::fs::write(dir.join(std::ffi::OsStr::from_bytes(name)), "The talks ended on April 20, 2018.")
            .expect("write");
    }
    let out = bin().arg("extract").arg(&dir).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let ids = ids_of(&out.stdout);
    assert_eq!(ids, ["a", "b", "\u{fffd}\u{fffd}", "\u{fffd}"]);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn inputs_over_the_size_limit_are_refused_by_name_and_records_cut_at_the_record_limit() {
    let dir = scratch("limits");
    std::fs::write(dir.join("big.txt"), "The talks ended on April 20, 2018. ".repeat(100)).expect("write");
    std::fs::write(dir.join("small.txt"), "On April 20, 2018 and May 1, 2019 and June 2, 2020.").expect("write");
    let out = bin().args(["extract", "--max-input-bytes", "1000"]).arg(&dir).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.lines().any(|l| l.contains("big.txt") && l.contains("3500")), "{stderr}");
    let lines: Vec<serde_json::Value> =
        String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).expect("JSON")).collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["id"], "small");
    assert!(lines[0].get("truncated").is_none());

    let cut = bin().args(["extract", "--max-records", "2"]).arg(dir.join("small.txt")).output().expect("runs");
    assert!(cut.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&cut.stdout).expect("JSON");
    assert_eq!(doc["dates"].as_array().map(Vec::len), Some(2));
    assert_eq!(doc["truncated"], true);

    let unlimited = bin().args(["extract", "--max-input-bytes", "0"]).arg(dir.join("big.txt")).output().expect("runs");
    assert!(unlimited.status.success());
    std::fs::remove_dir_all(&dir).ok();
}
