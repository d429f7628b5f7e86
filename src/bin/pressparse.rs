//! The `pressparse` command-line tool; see [`pressparse::cli`].

fn main() {
    std::process::exit(pressparse::cli::main_with_args(std::env::args().collect()));
}
