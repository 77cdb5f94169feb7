//! Why a file could not be read or written, worded in the user's language; the operating
//! system's own message (in the system's language) follows in quotes, never mid-sentence.

use crate::messages::Messages;
use dpia_assessment::IoProblem;

/// The reason part of "cannot read/write the file: …".
pub fn io_problem(m: &Messages, p: &IoProblem) -> String {
    let os = |id: &str, os: &str| m.fmt(id, &[("os", os.into())]);
    match p {
        IoProblem::IsFolder => m.get("io-is-folder"),
        IoProblem::NoFolder { folder } => m.fmt("io-no-folder", &[("folder", folder.into())]),
        IoProblem::NoFileName => m.get("io-no-file-name"),
        IoProblem::NameNotAllowed { name } => {
            m.fmt("io-name-not-allowed", &[("name", name.into())])
        }
        IoProblem::NotFound { os: text } => os("io-not-found", text),
        IoProblem::ReadOnly => m.get("io-read-only"),
        IoProblem::InUse { os: text } => os("io-in-use", text),
        IoProblem::Denied { os: text } => os("io-denied", text),
        IoProblem::DiskFull { os: text } => os("io-disk-full", text),
        IoProblem::TooLong { os: text } => os("io-too-long", text),
        IoProblem::NotFlushed { os: text } => os("io-not-flushed", text),
        IoProblem::Other { os: text } => os("io-other", text),
    }
}

/// One of each problem, for the tests that check every message exists in both languages.
pub fn every_io_problem() -> Vec<IoProblem> {
    let os = || "(os error 5)".to_string();
    vec![
        IoProblem::IsFolder,
        IoProblem::NoFolder {
            folder: "C:\\map".into(),
        },
        IoProblem::NoFileName,
        IoProblem::NameNotAllowed { name: "CON".into() },
        IoProblem::NotFound { os: os() },
        IoProblem::ReadOnly,
        IoProblem::InUse { os: os() },
        IoProblem::Denied { os: os() },
        IoProblem::DiskFull { os: os() },
        IoProblem::TooLong { os: os() },
        IoProblem::NotFlushed { os: os() },
        IoProblem::Other { os: os() },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use dpia_statement::Lang;

    #[test]
    fn every_problem_is_worded_in_both_languages_with_the_system_text_quoted() {
        for lang in [Lang::Nl, Lang::En] {
            let m = Messages::new(lang);
            for p in every_io_problem() {
                let text = io_problem(&m, &p);
                assert!(
                    !text.contains(crate::MISSING_MARK),
                    "{lang:?} {p:?}: {text}"
                );
                if format!("{p:?}").contains("os:") {
                    assert!(text.contains("\"(os error 5)\""), "{lang:?} {p:?}: {text}");
                }
            }
        }
        let nl = Messages::new(Lang::Nl);
        let e = dpia_assessment::FileError::Write {
            file: "h.pdf".into(),
            problem: IoProblem::Denied {
                os: "Access denied. (os error 5)".into(),
            },
        };
        assert_eq!(
            crate::file_error(&nl, &e),
            "h.pdf: het bestand kan niet worden geschreven: geen toegang \
             (melding van het systeem: \"Access denied. (os error 5)\")"
        );
    }
}
