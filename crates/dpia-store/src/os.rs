//! What the store asks the operating system (besides `folder`): a file's identity (to tell
//! the WAL file SQLite writes from one another program put in its place), how much room is left
//! on a disk, and which process holds the lock on a database.

use std::path::Path;

/// Which file a path names: device and inode (Unix) or the creation time (elsewhere). Another
/// file put in the place of one keeps its name but not its identity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FileId(u64, u64);

/// A file's identity and size, or `None` when it does not exist.
pub(crate) fn identity(path: &Path) -> Option<(FileId, u64)> {
    let meta = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    let id = {
        use std::os::unix::fs::MetadataExt;
        FileId(meta.dev(), meta.ino())
    };
    #[cfg(windows)]
    let id = {
        use std::os::windows::fs::MetadataExt;
        FileId(meta.creation_time(), 0)
    };
    #[cfg(not(any(unix, windows)))]
    let id = FileId(0, 0);
    Some((id, meta.len()))
}

/// Whether the disk holding `folder` has (nearly) no room left: less than 1 MiB for this user.
#[cfg(unix)]
pub(crate) fn disk_full(folder: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let Ok(c) = std::ffi::CString::new(folder.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: `c` is a valid NUL-terminated string; `st` is written by the call.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    if unsafe { libc::statvfs(c.as_ptr(), &mut st) } != 0 {
        return false;
    }
    // Root may also use the blocks reserved for it.
    let blocks = if unsafe { libc::geteuid() } == 0 {
        st.f_bfree as u64
    } else {
        st.f_bavail as u64
    };
    blocks.saturating_mul(st.f_frsize as u64) < 1 << 20
}

#[cfg(not(unix))]
pub(crate) fn disk_full(_folder: &Path) -> bool {
    false
}

/// Who holds the lock on a database file that SQLite found locked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Holder {
    /// Another DPIA Helper (of another user, or another build: the single-instance plugin
    /// sends a second start of the same app to the first window).
    DpiaHelper { pid: u32 },
    /// Another program, by the name the system gives it.
    Program { pid: u32, name: String },
    /// The system does not say (other systems than Linux, a file on a network share).
    Unknown,
}

/// SQLite's lock bytes (`PENDING_BYTE` and what follows, see `os_unix.c`).
#[cfg(target_os = "linux")]
const LOCK_BYTES: std::ops::Range<u64> = 0x4000_0000..0x4000_0000 + 512;

/// Who holds a lock on SQLite's lock bytes of `db`, from `/proc/locks` (the file is not opened:
/// closing a descriptor of it would drop this process's own locks on it).
#[cfg(target_os = "linux")]
pub(crate) fn lock_holder(db: &Path) -> Holder {
    use std::os::unix::fs::MetadataExt;
    let Ok(meta) = std::fs::metadata(db) else {
        return Holder::Unknown;
    };
    let Ok(locks) = std::fs::read_to_string("/proc/locks") else {
        return Holder::Unknown;
    };
    let (major, minor) = (libc::major(meta.dev()), libc::minor(meta.dev()));
    let me = std::process::id();
    for line in locks.lines() {
        // "1: POSIX  ADVISORY  WRITE 4242 fd:01:1234567 1073741824 1073742335" (a blocked
        // request starts with "->" and has one field more).
        let fields: Vec<&str> = line.split_whitespace().filter(|f| *f != "->").collect();
        if fields.len() < 8 {
            continue;
        }
        let Ok(pid) = fields[4].parse::<u32>() else {
            continue;
        };
        let mut dev = fields[5].split(':');
        let (Some(maj), Some(min), Some(ino)) = (dev.next(), dev.next(), dev.next()) else {
            continue;
        };
        let same_file = u32::from_str_radix(maj, 16).ok() == Some(major)
            && u32::from_str_radix(min, 16).ok() == Some(minor)
            && ino.parse::<u64>().ok() == Some(meta.ino());
        let start = fields[6].parse::<u64>().unwrap_or(0);
        let end = match fields[7] {
            "EOF" => u64::MAX,
            n => n.parse::<u64>().unwrap_or(u64::MAX),
        };
        if !same_file || pid == me || end < LOCK_BYTES.start || start >= LOCK_BYTES.end {
            continue;
        }
        let name = std::fs::read_to_string(format!("/proc/{pid}/comm"))
            .map(|n| n.trim().to_string())
            .unwrap_or_default();
        return if is_dpia_helper(&name) {
            Holder::DpiaHelper { pid }
        } else {
            Holder::Program { pid, name }
        };
    }
    Holder::Unknown
}

#[cfg(not(target_os = "linux"))]
pub(crate) fn lock_holder(_db: &Path) -> Holder {
    Holder::Unknown
}

/// Whether a process name (as `/proc/<pid>/comm` gives it) is the app's binary.
#[cfg(target_os = "linux")]
fn is_dpia_helper(name: &str) -> bool {
    name == "dpia-helper"
}
