//! The app's own settings file (the language), a small JSON file kept apart from any database, so
//! that the choice holds for every database and for the error screen of one that cannot be opened.

use dpia_i18n::Lang;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// What the settings file holds. Unknown keys (of a newer version) are ignored on reading.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
}

/// The settings in `path`; a missing or unreadable file is no settings (never an error: the app
/// then uses its defaults and writes the file on the next choice).
pub fn read(path: &Path) -> Settings {
    std::fs::read(path)
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default()
}

/// Writes the settings atomically, making the folder if needed.
pub fn write(path: &Path, settings: &Settings) -> Result<(), dpia_assessment::FileError> {
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let mut text = serde_json::to_string_pretty(settings).unwrap_or_else(|_| "{}".into());
    text.push('\n');
    dpia_assessment::write_atomic(path, text.as_bytes(), true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_tolerant_reading() {
        let dir = std::env::temp_dir().join(format!("dpia-settings-{}", std::process::id()));
        let path = dir.join("sub").join("settings.json");
        assert_eq!(read(&path), Settings::default(), "missing file: defaults");
        write(
            &path,
            &Settings {
                lang: Some(Lang::En),
            },
        )
        .unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "{\n  \"lang\": \"en\"\n}\n"
        );
        assert_eq!(read(&path).lang, Some(Lang::En));
        std::fs::write(&path, "{\"lang\": \"nl\", \"later\": 1}").unwrap();
        assert_eq!(read(&path).lang, Some(Lang::Nl), "unknown keys are ignored");
        std::fs::write(&path, "not json").unwrap();
        assert_eq!(read(&path), Settings::default());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
