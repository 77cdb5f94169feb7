//! Why a file could not be read or written, as data: `dpia-i18n` words it in the user's
//! language, and the operating system's own message (in the system's language) is kept apart
//! so that it can be shown quoted instead of glued into a sentence of another language.

/// What went wrong reading or writing a file. `os` is the system's message, verbatim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IoProblem {
    /// The path names a folder, not a file.
    IsFolder,
    /// The folder the file would go in does not exist.
    NoFolder { folder: String },
    /// The path ends without a file name (`..`, a root).
    NoFileName,
    /// Windows does not allow this name (a forbidden character, a trailing dot or space, a
    /// device name such as `CON`); see [`crate::windows_forbids`].
    NameNotAllowed { name: String },
    /// The file does not exist.
    NotFound { os: String },
    /// The existing file is read-only, so it is not replaced.
    ReadOnly,
    /// Another program has the file open and does not let it be replaced (Windows).
    InUse { os: String },
    /// The system refuses access (permissions, a protected folder, a read-only disk).
    Denied { os: String },
    /// The disk (or the user's quota) is full.
    DiskFull { os: String },
    /// The path or the name is longer than the system allows.
    TooLong { os: String },
    /// The file was written and renamed into place, but its folder could not be flushed to disk.
    NotFlushed { os: String },
    /// Anything else.
    Other { os: String },
}

impl IoProblem {
    /// Classifies an error of the operating system, keeping its message.
    pub fn from_io(e: &std::io::Error) -> IoProblem {
        let os = e.to_string();
        #[cfg(windows)]
        match e.raw_os_error() {
            // ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION, ERROR_USER_MAPPED_FILE
            Some(32 | 33 | 1224) => return IoProblem::InUse { os },
            // ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL, ERROR_DISK_QUOTA_EXCEEDED
            Some(39 | 112 | 1295) => return IoProblem::DiskFull { os },
            // ERROR_FILENAME_EXCED_RANGE, ERROR_BUFFER_OVERFLOW (a name over 255 characters)
            Some(206 | 111) => return IoProblem::TooLong { os },
            _ => {}
        }
        #[cfg(unix)]
        match e.raw_os_error() {
            Some(libc::ENOSPC | libc::EDQUOT) => return IoProblem::DiskFull { os },
            Some(libc::ENAMETOOLONG) => return IoProblem::TooLong { os },
            _ => {}
        }
        match e.kind() {
            std::io::ErrorKind::NotFound => IoProblem::NotFound { os },
            std::io::ErrorKind::PermissionDenied => IoProblem::Denied { os },
            _ => IoProblem::Other { os },
        }
    }
}

impl std::fmt::Display for IoProblem {
    /// Developer English; users get the wording of `dpia-i18n`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            IoProblem::IsFolder => write!(f, "it is a folder, not a file"),
            IoProblem::NoFolder { folder } => write!(f, "the folder {folder} does not exist"),
            IoProblem::NoFileName => write!(f, "the path has no file name"),
            IoProblem::NameNotAllowed { name } => {
                write!(f, "Windows does not allow the file name \"{name}\"")
            }
            IoProblem::NotFound { os } => write!(f, "the file does not exist: \"{os}\""),
            IoProblem::ReadOnly => write!(f, "the existing file is read-only; not replaced"),
            IoProblem::InUse { os } => write!(f, "another program has the file open: \"{os}\""),
            IoProblem::Denied { os } => write!(f, "access denied: \"{os}\""),
            IoProblem::DiskFull { os } => write!(f, "the disk is full: \"{os}\""),
            IoProblem::TooLong { os } => write!(f, "the path is too long: \"{os}\""),
            IoProblem::NotFlushed { os } => write!(
                f,
                "written, but the folder could not be flushed to disk: \"{os}\""
            ),
            IoProblem::Other { os } => write!(f, "\"{os}\""),
        }
    }
}
