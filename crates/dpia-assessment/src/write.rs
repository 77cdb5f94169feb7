//! Atomic writes that never harm another file, on Linux, macOS and Windows: a temporary file
//! with a random name, created exclusively in the target's folder, flushed to disk, then
//! renamed over the target in one step.
//!
//! - No clobbering without a race: without `overwrite` the rename itself refuses an existing
//!   file (`renameat2(RENAME_NOREPLACE)` or link-then-unlink on Unix; `MoveFileExW` without
//!   `MOVEFILE_REPLACE_EXISTING` on Windows), not only the check before it.
//! - Durable: the file is flushed before the rename. On Unix the folder is flushed after it
//!   (the rename is on disk only then). Windows has no folder flush: the rename is made with
//!   `MOVEFILE_WRITE_THROUGH` and NTFS journals it (SQLite relies on the same).
//! - Permissions: on Unix a new file gets `0666` minus the process's umask, like any program's
//!   files (so `umask 022` gives `0644` and a shared folder's readers can open exports). A
//!   replaced file gets the same, not the old file's mode.
//! - A read-only file is never replaced (on every system, though Unix's rename would allow it),
//!   and on Windows a file another program holds open is reported as such.
//! - Windows: paths longer than 260 characters work (the rename gets a `\\?\` path), and a
//!   name Windows forbids (`CON`, `a?b`, a trailing dot) is refused before anything is made.

use crate::file::FileError;
use crate::problem::IoProblem;
use std::io::Write;
use std::path::{Path, PathBuf};

/// At most this many bytes of the target's name go into the temporary file's name, so a long
/// target name (up to the usual 255) leaves room for the prefix and the random part.
const TEMP_NAME_PART_BYTES: usize = 100;

/// Writes `bytes` to `path` atomically (see the module documentation). Refuses to replace an
/// existing file unless `overwrite` is set, and a read-only one even then. Never removes or
/// changes a file it did not create; on error its own temporary file is removed and nothing
/// else is touched.
pub fn write_atomic(path: &Path, bytes: &[u8], overwrite: bool) -> Result<(), FileError> {
    let file = path.display().to_string();
    let fail = |problem: IoProblem| FileError::Write {
        file: file.clone(),
        problem,
    };
    if path.is_dir() {
        return Err(fail(IoProblem::IsFolder));
    }
    let name = path
        .file_name()
        .ok_or_else(|| fail(IoProblem::NoFileName))?
        .to_string_lossy()
        .into_owned();
    if cfg!(windows) && crate::file_name::windows_forbids(&name) {
        return Err(fail(IoProblem::NameNotAllowed { name }));
    }
    let existing = std::fs::symlink_metadata(path).ok();
    if existing.is_some() && !overwrite {
        return Err(FileError::Exists { file });
    }
    if existing.is_some_and(|m| m.is_file() && m.permissions().readonly()) {
        return Err(fail(IoProblem::ReadOnly));
    }
    let dir = folder_of(path);
    if !dir.is_dir() {
        return Err(fail(IoProblem::NoFolder {
            folder: dir.display().to_string(),
        }));
    }
    // `tempfile` creates exclusively (O_EXCL / CREATE_NEW) under a random name and retries on a
    // clash, so a stranger's file of any name is never opened, truncated or removed; dropping
    // it removes only our file.
    let prefix = format!(".{}.", cut(&name, TEMP_NAME_PART_BYTES));
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Passed to open(2), which applies the umask: the mode any other program's file gets.
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder
        .tempfile_in(&dir)
        .map_err(|e| fail(IoProblem::from_io(&e)))?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| fail(IoProblem::from_io(&e)))?;
    match platform::persist(tmp, path, overwrite) {
        Ok(()) => {}
        Err(Persist::Exists) => return Err(FileError::Exists { file }),
        Err(Persist::Failed(problem)) => return Err(fail(problem)),
    }
    platform::flush_folder(&dir).map_err(|e| fail(IoProblem::NotFlushed { os: e.to_string() }))
}

/// `path` as Windows' extended-length path (`\\?\C:\…`, `\\?\UNC\server\…`), which Win32
/// takes beyond 260 characters, for the calls that do not add the prefix themselves
/// (MoveFileExW, SQLite); `.`, `..` and `/` are resolved first, as the prefix turns that off.
/// On other systems `path` as it is.
pub fn extended_length_path(path: &Path) -> std::io::Result<PathBuf> {
    #[cfg(windows)]
    return platform::extended_length_path(path);
    #[cfg(not(windows))]
    return Ok(path.to_path_buf());
}

/// The folder a file lives in (`.` for a bare file name).
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The longest prefix of `s` of at most `max` bytes that ends on a character boundary.
fn cut(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Why the final rename did not happen; our temporary file is gone either way.
enum Persist {
    /// The target exists (only without `overwrite`).
    Exists,
    Failed(IoProblem),
}

#[cfg(unix)]
mod platform {
    use super::{IoProblem, Persist};
    use std::path::Path;

    pub(super) fn persist(
        tmp: tempfile::NamedTempFile,
        target: &Path,
        overwrite: bool,
    ) -> Result<(), Persist> {
        let persisted = if overwrite {
            tmp.persist(target)
        } else {
            // rename(RENAME_NOREPLACE), or link-then-unlink: refuses a file that appeared meanwhile.
            tmp.persist_noclobber(target)
        };
        // The error owns our temporary file; dropping it removes it.
        persisted.map(drop).map_err(|e| match e.error.kind() {
            std::io::ErrorKind::AlreadyExists => Persist::Exists,
            _ => Persist::Failed(IoProblem::from_io(&e.error)),
        })
    }

    /// The rename is durable only once the folder's entry is on disk.
    pub(super) fn flush_folder(dir: &Path) -> std::io::Result<()> {
        std::fs::File::open(dir).and_then(|d| d.sync_all())
    }
}

#[cfg(windows)]
mod platform {
    use super::{IoProblem, Persist};
    use std::os::windows::ffi::OsStrExt;
    use std::path::{Path, PathBuf};
    use windows_sys::Win32::Storage::FileSystem::{
        MoveFileExW, MOVEFILE_REPLACE_EXISTING, MOVEFILE_WRITE_THROUGH,
    };

    // Win32 error codes MoveFileExW gives for a target that exists.
    const ERROR_FILE_EXISTS: i32 = 80;
    const ERROR_ALREADY_EXISTS: i32 = 183;
    const ERROR_ACCESS_DENIED: i32 = 5;

    pub(super) fn persist(
        tmp: tempfile::NamedTempFile,
        target: &Path,
        overwrite: bool,
    ) -> Result<(), Persist> {
        // Our handle is closed first (a closed file moves under any sharing rules), and
        // `keep` clears the FILE_ATTRIBUTE_TEMPORARY that tempfile set, which the written file
        // must not carry; from here on we remove our temporary file ourselves if the move fails.
        let from = tmp
            .into_temp_path()
            .keep()
            .map_err(|e| Persist::Failed(IoProblem::from_io(&e.error)))?;
        let moved = wide(&from).and_then(|from_w| {
            let to_w = wide(target)?;
            let mut flags = MOVEFILE_WRITE_THROUGH;
            if overwrite {
                flags |= MOVEFILE_REPLACE_EXISTING;
            }
            // SAFETY: both are NUL-terminated UTF-16 strings that outlive the call.
            if unsafe { MoveFileExW(from_w.as_ptr(), to_w.as_ptr(), flags) } == 0 {
                Err(std::io::Error::last_os_error())
            } else {
                Ok(())
            }
        });
        moved.map_err(|e| {
            // Only our own, randomly named, exclusively created file.
            let _ = std::fs::remove_file(&from);
            match e.raw_os_error() {
                Some(ERROR_FILE_EXISTS | ERROR_ALREADY_EXISTS) => Persist::Exists,
                // A file that became read-only meanwhile.
                Some(ERROR_ACCESS_DENIED)
                    if std::fs::metadata(target).is_ok_and(|m| m.permissions().readonly()) =>
                {
                    Persist::Failed(IoProblem::ReadOnly)
                }
                // Windows says "access denied" when another program holds the target open
                // without sharing it for deletion (Word does): ask the file which it is.
                Some(ERROR_ACCESS_DENIED) if held_open(target) => {
                    Persist::Failed(IoProblem::InUse { os: e.to_string() })
                }
                _ => Persist::Failed(IoProblem::from_io(&e)),
            }
        })
    }

    /// Whether another program holds `path` open so that it cannot be deleted or replaced:
    /// opening it for deletion, sharing everything, fails with a sharing violation then.
    fn held_open(path: &Path) -> bool {
        use std::os::windows::fs::OpenOptionsExt;
        const DELETE: u32 = 0x0001_0000;
        const SHARE_ALL: u32 = 0x1 | 0x2 | 0x4;
        const ERROR_SHARING_VIOLATION: i32 = 32;
        std::fs::OpenOptions::new()
            .access_mode(DELETE)
            .share_mode(SHARE_ALL)
            .open(path)
            .is_err_and(|e| e.raw_os_error() == Some(ERROR_SHARING_VIOLATION))
    }

    /// Windows has no flush for a folder (opening one as a file is refused); the rename was
    /// made with MOVEFILE_WRITE_THROUGH.
    pub(super) fn flush_folder(_dir: &Path) -> std::io::Result<()> {
        Ok(())
    }

    /// The path as a NUL-terminated extended-length path, for MoveFileExW.
    fn wide(path: &Path) -> std::io::Result<Vec<u16>> {
        Ok(extended_length_path(path)?
            .as_os_str()
            .encode_wide()
            .chain(std::iter::once(0))
            .collect())
    }

    /// See [`super::extended_length_path`].
    pub(super) fn extended_length_path(path: &Path) -> std::io::Result<PathBuf> {
        use std::os::windows::ffi::OsStringExt;
        let absolute = std::path::absolute(path)?;
        let text: Vec<u16> = absolute.as_os_str().encode_wide().collect();
        let backslash = u16::from(b'\\');
        let prefix: &str = if text.starts_with(&[backslash, backslash]) {
            // Already `\\?\…` or `\\.\…`, or a UNC path `\\server\share\…`.
            let verbatim = text.get(2..4) == Some(&[u16::from(b'?'), backslash])
                || text.get(2..4) == Some(&[u16::from(b'.'), backslash]);
            if verbatim {
                ""
            } else {
                "\\\\?\\UNC"
            }
        } else {
            "\\\\?\\"
        };
        let skip = if prefix == "\\\\?\\UNC" { 1 } else { 0 };
        let wide: Vec<u16> = prefix
            .encode_utf16()
            .chain(text.into_iter().skip(skip))
            .collect();
        Ok(PathBuf::from(std::ffi::OsString::from_wide(&wide)))
    }

    #[cfg(test)]
    mod tests {
        use super::extended_length_path;
        use std::path::Path;

        fn text(p: &str) -> String {
            extended_length_path(Path::new(p))
                .unwrap()
                .to_string_lossy()
                .into_owned()
        }

        #[test]
        fn paths_become_extended_length_paths() {
            assert_eq!(text(r"C:\a\b.pdf"), r"\\?\C:\a\b.pdf");
            assert_eq!(text("C:/a/./x/../b.pdf"), r"\\?\C:\a\b.pdf");
            assert_eq!(text(r"\\server\share\b.pdf"), r"\\?\UNC\server\share\b.pdf");
            assert_eq!(text(r"\\?\C:\a\b.pdf"), r"\\?\C:\a\b.pdf");
        }
    }
}

#[cfg(test)]
mod tests;
