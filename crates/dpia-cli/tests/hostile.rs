//! Hostile documents stay bounded: every file of `tests/hostile/` (made by
//! `tests/hostile/make.py`), and a few legal-size ones generated here (too large to commit), is
//! validated by the `dpia` binary in a child process, as a user would run it; the harness
//! measures that process from outside — wall time, and peak memory (`ru_maxrss` from `wait4`,
//! Unix only) — and checks each against a ceiling and the outcome against `NAME.expected` ("ok"
//! or the stable error code).
//!
//! Ceilings: 2 s and 200 MB per file in a release build (`cargo test --release -p dpia-cli
//! --test hostile`); in the debug build of a plain `cargo test`, 10 s and 200 MB. The
//! memory ceiling is what catches the old bugs in either build (lopdf took 1.2 GB on the
//! N=100 object-stream bomb and died past 4.5 GB on N=1000; a 250 MB `.dpia.json` took 510 MB),
//! and 10 s still catches a reader that hangs. Run with `--nocapture` to see the figures.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

fn repo(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(p)
}

/// A child's exit code, peak memory in bytes (where measured), standard output and error.
type Exit = (Option<i32>, Option<u64>, (Vec<u8>, Vec<u8>));

/// What the run of one file cost and gave.
struct Run {
    outcome: String,
    wall: Duration,
    /// Peak resident memory in bytes, where it can be measured.
    peak: Option<u64>,
}

const MAX_MEMORY: u64 = 200_000_000;

fn max_wall() -> Duration {
    Duration::from_secs(if cfg!(debug_assertions) { 10 } else { 2 })
}

/// `dpia --json validate FILE` in a child process, killed after 60 s.
fn run(file: &Path) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dpia"));
    cmd.args(["--json", "validate"])
        .arg(file)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    reset_peak();
    let start = Instant::now();
    let child = cmd.spawn().expect("dpia runs");
    let (status, peak, output) = wait_measured(child);
    let wall = start.elapsed();
    let outcome = if status == Some(0) {
        "ok".to_string()
    } else {
        let v: serde_json::Value = serde_json::from_slice(&output.0).unwrap_or_else(|_| {
            panic!(
                "{}: exit {status:?}, no JSON error (stderr: {})",
                file.display(),
                String::from_utf8_lossy(&output.1)
            )
        });
        assert!(
            output.1.is_empty(),
            "{}: nothing on stderr with --json (a panic?): {}",
            file.display(),
            String::from_utf8_lossy(&output.1)
        );
        v["error"]["code"].as_str().unwrap_or("?").to_string()
    };
    Run {
        outcome,
        wall,
        peak,
    }
}

/// Waits for the child with `wait4`, which reports that one child's peak resident set size
/// (`RUSAGE_CHILDREN` would mix in every child reaped before). Unix only: elsewhere only the
/// time and outcome are checked.
#[cfg(unix)]
fn wait_measured(mut child: std::process::Child) -> Exit {
    use std::io::Read;
    let pid = child.id() as libc::pid_t;
    // Drain the pipes on threads so a chatty child never blocks on a full pipe.
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut v = Vec::new();
        out.read_to_end(&mut v).ok();
        v
    });
    let err = std::thread::spawn(move || {
        let mut v = Vec::new();
        err.read_to_end(&mut v).ok();
        v
    });
    let start = Instant::now();
    let mut status: libc::c_int = 0;
    // SAFETY: rusage is plain old data; zeroed is a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: wait4 on our own child's pid with valid pointers to locals.
        let r = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
        if r == pid {
            break;
        }
        assert!(r == 0, "wait4 failed: {}", std::io::Error::last_os_error());
        if start.elapsed() > Duration::from_secs(60) {
            child.kill().ok();
            // SAFETY: as above; reaps the killed child.
            unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
            panic!("still running after 60 s: killed");
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    let code = libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status));
    // ru_maxrss is in kilobytes on Linux (bytes on macOS).
    let kb = if cfg!(target_os = "macos") { 1 } else { 1024 };
    let peak = u64::try_from(usage.ru_maxrss).ok().map(|v| v * kb);
    (code, peak, (out.join().unwrap(), err.join().unwrap()))
}

/// Resets this process's own peak resident set size to its current size (Linux 4.0 on). A
/// child is started with `vfork` semantics, and at its `exec` the kernel folds the peak of the
/// memory it shared (ours) into the child's `ru_maxrss`: without the reset, the memory this
/// test used to write a large input would be counted as the reader's.
/// Best effort: where /proc cannot be written, the figures include this test's own peak
/// (some 50 MB while it writes the large inputs), far below the ceiling.
fn reset_peak() {
    #[cfg(target_os = "linux")]
    if let Err(e) = std::fs::write("/proc/self/clear_refs", "5") {
        eprintln!("cannot reset the peak RSS ({e}): figures include the test's own peak");
    }
}

#[cfg(not(unix))]
fn wait_measured(child: std::process::Child) -> Exit {
    let o = child.wait_with_output().unwrap();
    (o.status.code(), None, (o.stdout, o.stderr))
}

/// Runs a file, prints its figures and checks them and its outcome.
fn check(name: &str, file: &Path, expected: &str, failures: &mut Vec<String>) {
    let r = run(file);
    let peak = r
        .peak
        .map_or("-".to_string(), |p| format!("{:.0} MB", p as f64 / 1e6));
    println!(
        "{name:<32} {:>8.0} ms {peak:>8}  {}",
        r.wall.as_secs_f64() * 1000.0,
        r.outcome
    );
    if r.outcome != expected {
        failures.push(format!("{name}: {} (expected {expected})", r.outcome));
    }
    if r.wall > max_wall() {
        failures.push(format!("{name}: {:?} (ceiling {:?})", r.wall, max_wall()));
    }
    if let Some(p) = r.peak.filter(|p| *p > MAX_MEMORY) {
        failures.push(format!("{name}: peak {p} bytes (ceiling {MAX_MEMORY})"));
    }
}

#[test]
fn every_committed_hostile_file_is_read_within_the_ceilings() {
    let dir = repo("tests/hostile");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let n = p.to_string_lossy();
            n.ends_with(".pdf") || n.ends_with(".docx") || n.ends_with(".dpia.json")
        })
        .collect();
    files.sort();
    assert!(files.len() >= 15, "{files:?}");
    let mut failures = Vec::new();
    for file in &files {
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        let stem = match name.strip_suffix(".dpia.json") {
            Some(s) => s,
            None => name.rsplit_once('.').map_or(name.as_str(), |(s, _)| s),
        };
        let expected = std::fs::read_to_string(dir.join(format!("{stem}.expected")))
            .unwrap_or_else(|_| panic!("{stem}.expected is missing"));
        check(&name, file, expected.trim(), &mut failures);
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// Inputs that only hurt at full size, written to a temporary folder one at a time: a 250 MB
/// `.dpia.json` (sparse), a DOCX whose directory lists 3,000,000 entries (159 MB), a PDF of
/// 5,000,000 tiny objects (245 MB) and a PDF whose page tree fans out 2000 × 2000 (24 MB).
#[test]
fn legal_size_hostile_files_are_read_within_the_ceilings() {
    let dir = std::env::temp_dir().join(format!("dpia-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut failures = Vec::new();
    type Make = fn(&Path);
    let cases: [(&str, Make, &str); 4] = [
        ("big.dpia.json", big_json, "file_too_large"),
        (
            "zip-3m-entries.docx",
            zip_3m_entries,
            "docx_too_many_entries",
        ),
        ("many-tiny-objects-big.pdf", tiny_objects_big, "ok"),
        (
            "page-tree-2000x2000.pdf",
            page_tree_2000,
            "pdf_too_many_objects",
        ),
    ];
    for (name, make, expected) in cases {
        let path = dir.join(name);
        make(&path);
        check(name, &path, expected, &mut failures);
        std::fs::remove_file(&path).ok();
    }
    std::fs::remove_dir_all(&dir).ok();
    assert!(failures.is_empty(), "{failures:#?}");
}

fn writer(path: &Path) -> std::io::BufWriter<std::fs::File> {
    std::io::BufWriter::with_capacity(1 << 20, std::fs::File::create(path).unwrap())
}

/// 250 MB: the start of a JSON object, then zeros (a sparse file: no disk used).
fn big_json(path: &Path) {
    let f = std::fs::File::create(path).unwrap();
    std::io::Write::write_all(&mut &f, b"{\"format\": \"dpia-helper/assessment\", ").unwrap();
    f.set_len(250_000_000).unwrap();
}

/// A zip whose central directory lists 3,000,000 entries (zip64 end record), each pointing at
/// one empty local file.
fn zip_3m_entries(path: &Path) {
    use std::io::Write;
    let mut w = writer(path);
    let local: &[u8] = b"PK\x03\x04\x14\0\0\0\0\0\0\0\x21\0\0\0\0\0\0\0\0\0\0\0\0\0\x01\0\0\0a";
    w.write_all(local).unwrap();
    let n: u64 = 3_000_000;
    let mut cd_size = 0u64;
    for i in 0..n {
        let name = format!("{i:07}");
        let mut e = Vec::with_capacity(46 + 7);
        e.extend_from_slice(b"PK\x01\x02\x14\0\x14\0\0\0\0\0\0\0\x21\0");
        e.extend_from_slice(&[0; 12]); // crc, sizes
        e.extend_from_slice(&(name.len() as u16).to_le_bytes());
        e.extend_from_slice(&[0; 12]); // extra, comment, disk, attributes
        e.extend_from_slice(&0u32.to_le_bytes()); // local header offset
        e.extend_from_slice(name.as_bytes());
        w.write_all(&e).unwrap();
        cd_size += e.len() as u64;
    }
    let cd_offset = local.len() as u64;
    let zip64_at = cd_offset + cd_size;
    let mut z = Vec::new();
    z.extend_from_slice(b"PK\x06\x06");
    z.extend_from_slice(&44u64.to_le_bytes());
    z.extend_from_slice(&[45, 0, 45, 0]);
    z.extend_from_slice(&[0; 8]);
    for v in [n, n, cd_size, cd_offset] {
        z.extend_from_slice(&v.to_le_bytes());
    }
    z.extend_from_slice(b"PK\x06\x07\0\0\0\0");
    z.extend_from_slice(&zip64_at.to_le_bytes());
    z.extend_from_slice(&1u32.to_le_bytes());
    z.extend_from_slice(b"PK\x05\x06\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0");
    w.write_all(&z).unwrap();
    w.flush().unwrap();
}

/// The hospital's exchange file in the name tree of a PDF that also holds 5,000,000 tiny
/// objects (245 MB with its cross-reference table, under the 256 MiB limit).
fn tiny_objects_big(path: &Path) {
    use std::io::Write;
    let json = std::fs::read(repo("tests/scenarios/hospital.dpia.json")).unwrap();
    let mut w = writer(path);
    let mut at = 0u64;
    let mut offsets = Vec::with_capacity(5_000_010);
    let put = |w: &mut std::io::BufWriter<std::fs::File>,
               bytes: &[u8],
               offsets: &mut Vec<u64>,
               at: &mut u64| {
        offsets.push(*at);
        w.write_all(bytes).unwrap();
        *at += bytes.len() as u64;
    };
    w.write_all(b"%PDF-1.7\n").unwrap();
    at += 9;
    let head: [&[u8]; 3] = [
        b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(hospital.dpia.json) 3 0 R] >> >> >>\nendobj\n",
        b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n",
        b"3 0 obj\n<< /Type /Filespec /F (hospital.dpia.json) /EF << /F 4 0 R >> >>\nendobj\n",
    ];
    for h in head {
        put(&mut w, h, &mut offsets, &mut at);
    }
    let mut s = format!(
        "4 0 obj\n<< /Type /EmbeddedFile /Length {} >>\nstream\n",
        json.len()
    )
    .into_bytes();
    s.extend_from_slice(&json);
    s.extend_from_slice(b"\nendstream\nendobj\n");
    put(&mut w, &s, &mut offsets, &mut at);
    let total = 5_000_000u32;
    let mut line = Vec::with_capacity(32);
    for n in 5..5 + total {
        line.clear();
        writeln!(line, "{n} 0 obj\n{n}\nendobj").unwrap();
        put(&mut w, &line, &mut offsets, &mut at);
    }
    write!(w, "xref\n0 {}\n0000000000 65535 f \n", offsets.len() + 1).unwrap();
    for o in &offsets {
        writeln!(w, "{o:010} 00000 n ").unwrap();
    }
    write!(
        w,
        "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{at}\n%%EOF\n",
        offsets.len() + 1
    )
    .unwrap();
    w.flush().unwrap();
}

/// A page tree of 2000 nodes with 2000 kids each (four million pages, all one page object):
/// 24 MB, no attachment.
fn page_tree_2000(path: &Path) {
    use std::io::Write;
    let mut w = writer(path);
    let mut offsets = Vec::new();
    w.write_all(b"%PDF-1.7\n").unwrap();
    let mut at = 9u64;
    let mut put = |w: &mut std::io::BufWriter<std::fs::File>, bytes: &[u8]| {
        offsets.push(at);
        w.write_all(bytes).unwrap();
        at += bytes.len() as u64;
    };
    put(
        &mut w,
        b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
    );
    let kids: String = (0..2000).map(|i| format!("{} 0 R ", 4 + i)).collect();
    put(
        &mut w,
        format!("2 0 obj\n<< /Type /Pages /Kids [{kids}] /Count 4000000 >>\nendobj\n").as_bytes(),
    );
    put(
        &mut w,
        b"3 0 obj\n<< /Type /Page /Parent 4 0 R >>\nendobj\n",
    );
    let leaf: String = "3 0 R ".repeat(2000);
    for i in 0..2000 {
        let n = 4 + i;
        put(
            &mut w,
            format!(
                "{n} 0 obj\n<< /Type /Pages /Parent 2 0 R /Kids [{leaf}] /Count 2000 >>\nendobj\n"
            )
            .as_bytes(),
        );
    }
    let count = offsets.len();
    write!(w, "xref\n0 {}\n0000000000 65535 f \n", count + 1).unwrap();
    for o in &offsets {
        writeln!(w, "{o:010} 00000 n ").unwrap();
    }
    write!(
        w,
        "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{at}\n%%EOF\n",
        count + 1
    )
    .unwrap();
    w.flush().unwrap();
}
