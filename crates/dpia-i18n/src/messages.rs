//! Fluent bundles per language, with number and date formatting that Fluent lacks.

use chrono::{Datelike, NaiveDate};
use dpia_statement::Lang;
// The concurrent bundle is Send + Sync, so the app can keep its messages behind its shared lock.
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub const FTL_NL: &str = include_str!("../../../locales/nl/dpia.ftl");
pub const FTL_EN: &str = include_str!("../../../locales/en/dpia.ftl");

/// Wraps a message id that has no translation, so tests can find it in any output.
pub const MISSING_MARK: char = '⟦';

/// An argument for a message: text or a number (numbers select plural forms).
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Number(n as i64)
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Number(n.into())
    }
}

/// The messages of one language.
pub struct Messages {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "Messages({})", self.lang.code())
    }
}

impl Messages {
    pub fn new(lang: Lang) -> Messages {
        let (source, id) = match lang {
            Lang::Nl => (FTL_NL, "nl"),
            Lang::En => (FTL_EN, "en"),
        };
        let resource = FluentResource::try_new(source.to_string())
            .expect("the locale files are checked by the tests");
        let langid: unic_langid::LanguageIdentifier = id.parse().expect("valid language id");
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // No U+2068/U+2069 around placeables: they show as boxes in PDFs and pollute copied text.
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .expect("message ids are unique (checked by the tests)");
        Messages { lang, bundle }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// A message without arguments.
    pub fn get(&self, id: &str) -> String {
        self.fmt(id, &[])
    }

    /// A message with arguments. A missing id gives `⟦id⟧`, which the tests look for.
    pub fn fmt(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return format!("{MISSING_MARK}{id}⟧");
        };
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(s) => fargs.set(*name, FluentValue::from(s.as_str())),
                Arg::Number(n) => fargs.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fargs), &mut errors);
        if errors.is_empty() {
            text.into_owned()
        } else {
            format!("{MISSING_MARK}{id}: {errors:?}⟧")
        }
    }

    /// "28 november 2026" / "28 November 2026".
    pub fn date(&self, d: NaiveDate) -> String {
        const NL: [&str; 12] = [
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ];
        const EN: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let months = match self.lang {
            Lang::Nl => NL,
            Lang::En => EN,
        };
        format!("{} {} {}", d.day(), months[d.month0() as usize], d.year())
    }

    /// Thousands grouped: "12.500" / "12,500".
    pub fn number(&self, n: u64) -> String {
        let sep = match self.lang {
            Lang::Nl => '.',
            Lang::En => ',',
        };
        let digits = n.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(sep);
            }
            out.push(c);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_numbers_per_language() {
        let nl = Messages::new(Lang::Nl);
        let en = Messages::new(Lang::En);
        let d = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        assert_eq!(nl.date(d), "28 november 2026");
        assert_eq!(en.date(d), "28 November 2026");
        assert_eq!(nl.number(12500), "12.500");
        assert_eq!(en.number(1234567), "1,234,567");
        assert_eq!(en.number(999), "999");
    }

    #[test]
    fn plurals_and_no_isolation_marks() {
        let en = Messages::new(Lang::En);
        let one = en.fmt("reason-dpa", &[("count", 1usize.into())]);
        let two = en.fmt("reason-dpa", &[("count", 2usize.into())]);
        assert!(one.starts_with("One item"), "{one}");
        // Sentences do not start with a number (drafting rule of the documents).
        assert!(
            two.contains(", 2 items apply;") && !two.starts_with('2'),
            "{two}"
        );
        assert!(!two.contains('\u{2068}'));
        assert!(en.get("no-such-id").starts_with(MISSING_MARK));
    }
}
