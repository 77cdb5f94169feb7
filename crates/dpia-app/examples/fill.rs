//! Makes a database of many assessments (copies of the scenarios) for measuring the list:
//! `cargo run --release -p dpia-app --example fill -- PATH [COUNT]` (default 5000). The file
//! must not exist yet.

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: fill PATH [COUNT]");
        std::process::exit(2);
    };
    let count: usize = args.next().map_or(5000, |c| c.parse().expect("a count"));
    let path = std::path::PathBuf::from(path);
    if path.exists() {
        eprintln!("{}: exists; choose a new file", path.display());
        std::process::exit(2);
    }
    let mut app = dpia_app::App::open(&path);
    if let Some(e) = app.app_state().error {
        eprintln!("{}", e.message);
        std::process::exit(1);
    }
    let start = std::time::Instant::now();
    match dpia_app::sample::fill(&mut app, count, chrono::Utc::now()) {
        Ok(ids) => eprintln!(
            "{}: {} assessments in {:.1} s",
            path.display(),
            ids.len(),
            start.elapsed().as_secs_f64()
        ),
        Err(e) => {
            eprintln!("{}", e.message);
            std::process::exit(1);
        }
    }
}
