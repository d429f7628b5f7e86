// replaced by the lead's CLI
//! The command-line tool's logic, shared by `src/bin/pressparse.rs` and the
//! Python console script (`pressparse._pressparse._cli_main`).

use std::io::{Read, Write};
use std::path::Path;

/// Run the CLI on `args` (`args[0]` is the program name): print one JSON
/// Document per input file (stdin when none or `-`), id = file stem.
/// Returns the process exit code (0 ok, 1 an input failed, 2 stdout closed).
pub fn main_with_args(args: Vec<String>) -> i32 {
    let ex = crate::Extractor::default();
    let mut out = std::io::stdout().lock();
    let mut code = 0;
    let inputs: Vec<String> = args.into_iter().skip(1).collect();
    if inputs.iter().any(|a| a == "-h" || a == "--help") {
        let _ = writeln!(out, "Usage: pressparse [FILE]...\nPrint one JSON Document per file (stdin when none).");
        return 0;
    }
    let inputs = if inputs.is_empty() { vec!["-".to_owned()] } else { inputs };
    for arg in inputs {
        let mut text = String::new();
        let read = if arg == "-" {
            std::io::stdin().read_to_string(&mut text).map(|_| ())
        } else {
            std::fs::read_to_string(&arg).map(|t| text = t)
        };
        if let Err(e) = read {
            eprintln!("pressparse: {arg}: {e}");
            code = 1;
            continue;
        }
        let id = Path::new(&arg).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        if writeln!(out, "{}", ex.extract_with_id(&text, id).to_json(&text)).is_err() {
            return 2;
        }
    }
    code
}
