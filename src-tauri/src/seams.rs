//! Stand-ins for the native dialogs, for the end-to-end tests only: `DPIA_HELPER_SAVE_DIR` (the
//! save dialog answers "this folder, the suggested name", replacing without asking) and
//! `DPIA_HELPER_OPEN_FILE` (the open dialog answers this file). Compiled in only with the
//! `e2e-seams` feature, which `scripts/test.sh` enables and the release builds (`scripts/run.sh`,
//! `scripts/package-deb.sh`) do not: a shipped binary ignores these variables.

use std::path::PathBuf;

/// The save dialog's stand-in answer, if the seam is compiled in and set.
#[cfg(feature = "e2e-seams")]
pub fn save_file(default_name: &str) -> Option<PathBuf> {
    let dir = std::env::var_os("DPIA_HELPER_SAVE_DIR")?;
    // Only the suggested file name: the page cannot pick the folder, not even through the seam.
    let name = std::path::Path::new(default_name).file_name()?;
    Some(PathBuf::from(dir).join(name))
}

/// The open dialog's stand-in answer, if the seam is compiled in and set.
#[cfg(feature = "e2e-seams")]
pub fn open_file() -> Option<PathBuf> {
    std::env::var_os("DPIA_HELPER_OPEN_FILE").map(PathBuf::from)
}

#[cfg(not(feature = "e2e-seams"))]
pub fn save_file(_default_name: &str) -> Option<PathBuf> {
    None
}

#[cfg(not(feature = "e2e-seams"))]
pub fn open_file() -> Option<PathBuf> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seam_variables_work_only_with_the_e2e_seams_feature() {
        std::env::set_var("DPIA_HELPER_SAVE_DIR", "/tmp/seam");
        std::env::set_var("DPIA_HELPER_OPEN_FILE", "/etc/passwd");
        if cfg!(feature = "e2e-seams") {
            assert_eq!(save_file("a.pdf"), Some(PathBuf::from("/tmp/seam/a.pdf")));
            assert_eq!(
                save_file("../../etc/a.pdf"),
                Some(PathBuf::from("/tmp/seam/a.pdf"))
            );
            assert_eq!(open_file(), Some(PathBuf::from("/etc/passwd")));
        } else {
            // A release build: the variables are ignored and the native dialogs are used.
            assert_eq!(save_file("a.pdf"), None);
            assert_eq!(open_file(), None);
        }
    }
}
