//! Files the CLI writes get the mode the process's umask allows, like any program's files, so
//! colleagues can read an export in a shared folder (`umask 022` → 0644, `umask 027` → 0640).
//! Unix only: Windows has no modes; a written file takes its folder's access rules there.
#![cfg(unix)]

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

/// Runs `dpia ARGS…` under `umask MASK` (a shell sets it, as a user's login would).
fn dpia_with_umask(mask: &str, args: &[&str]) {
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("umask {mask} && exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_dpia"))
        .args(args)
        .output()
        .expect("sh runs");
    assert!(
        out.status.success(),
        "dpia {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[test]
fn written_files_get_the_mode_the_umask_allows() {
    let dir = std::env::temp_dir().join(format!("dpia-cli-umask-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let hospital =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/scenarios/hospital.dpia.json");
    let hospital = hospital.to_str().unwrap();
    for (mask, expected) in [("022", 0o644), ("027", 0o640), ("077", 0o600)] {
        let new = dir.join(format!("new-{mask}.dpia.json"));
        dpia_with_umask(mask, &["new", "--out", new.to_str().unwrap()]);
        assert_eq!(
            mode(&new),
            expected,
            "new under umask {mask}: {:o}",
            mode(&new)
        );
        let pdf = dir.join(format!("report-{mask}.pdf"));
        let pdf_s = pdf.to_str().unwrap();
        dpia_with_umask(
            mask,
            &["report", hospital, "--format", "pdf", "--out", pdf_s],
        );
        assert_eq!(
            mode(&pdf),
            expected,
            "report under umask {mask}: {:o}",
            mode(&pdf)
        );
        // Replacing keeps to the umask too, not to the replaced file's mode.
        std::fs::set_permissions(&pdf, std::fs::Permissions::from_mode(0o600)).unwrap();
        dpia_with_umask(
            mask,
            &[
                "summary", hospital, "--format", "md", "--out", pdf_s, "--force",
            ],
        );
        assert_eq!(
            mode(&pdf),
            expected,
            "replaced under umask {mask}: {:o}",
            mode(&pdf)
        );
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
