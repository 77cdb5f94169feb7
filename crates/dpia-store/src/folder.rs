//! The database's place on disk, per operating system: may its folder be written, how SQLite
//! is given the path, and a new database private to its user.

use std::path::{Path, PathBuf};

/// The folder a database file lives in (`.` for a bare file name).
pub(crate) fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Whether this process may create and remove files in `dir` (as the kernel decides, so root
/// may write a folder without write bits).
#[cfg(unix)]
pub(crate) fn folder_writable(dir: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let Ok(c) = std::ffi::CString::new(dir.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: `c` is a valid NUL-terminated string that outlives the call.
    unsafe { libc::access(c.as_ptr(), libc::W_OK) == 0 }
}

/// Whether this process may create files in `dir`. Windows decides by the folder's access
/// rules (ACLs), not by its read-only attribute (which Explorer sets on folders such as
/// Documents to mark them customised, and which does not stop writing), so the folder is asked
/// by making a file in it: exclusively, under a name of its own, removed when closed.
#[cfg(windows)]
pub(crate) fn folder_writable(dir: &Path) -> bool {
    use std::os::windows::fs::OpenOptionsExt;
    const FILE_ATTRIBUTE_HIDDEN: u32 = 0x2;
    const FILE_ATTRIBUTE_TEMPORARY: u32 = 0x100;
    const FILE_FLAG_DELETE_ON_CLOSE: u32 = 0x0400_0000;
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    for attempt in 0..8u32 {
        let probe = dir.join(format!(
            ".dpia-helper-write-check-{}-{nanos}-{attempt}",
            std::process::id()
        ));
        match std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .attributes(FILE_ATTRIBUTE_HIDDEN | FILE_ATTRIBUTE_TEMPORARY)
            .custom_flags(FILE_FLAG_DELETE_ON_CLOSE)
            .open(&probe)
        {
            Ok(_) => return true,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(_) => return false,
        }
    }
    false
}

#[cfg(not(any(unix, windows)))]
pub(crate) fn folder_writable(dir: &Path) -> bool {
    std::fs::metadata(dir).is_ok_and(|m| !m.permissions().readonly())
}

/// The path and VFS SQLite opens the database with. Windows: SQLite passes a path to Win32 as
/// it is, and Win32 stops at 260 characters without the `\\?\` prefix, so a database deeper in
/// folders is opened by its extended-length path through SQLite's "win32-longpath" VFS (the
/// one that allows such lengths). Elsewhere the path itself with the default VFS.
pub(crate) fn sqlite_path(path: &Path) -> (PathBuf, Option<&'static str>) {
    if cfg!(windows) {
        if let Ok(long) = dpia_assessment::extended_length_path(path) {
            return (long, Some("win32-longpath"));
        }
    }
    (path.to_path_buf(), None)
}

/// A database this process has just made is readable by its user only (mode 0600, whatever
/// the umask), with its write-ahead log: it holds every client's answers, unlike an export,
/// which is meant to be shared. SQLite gives later side files the database's mode. An existing
/// database keeps the mode its owner gave it. Best effort: a file system without modes (a FAT
/// stick) keeps its own. Windows: the user's profile folder already keeps other users out (its
/// ACL), so nothing is changed there.
pub(crate) fn make_private(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mut wal = path.as_os_str().to_owned();
        wal.push("-wal");
        for file in [path.as_os_str(), wal.as_os_str()] {
            let _ = std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o600));
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}
