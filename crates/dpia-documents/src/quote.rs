//! Quoted statement text with a bracketed note after each of its internal cross-references
//! ("dienst B", "subverwerker b", "artikel 3"), saying what they refer to.

use dpia_document_model::Inline;
use dpia_i18n::Messages;
use dpia_statement::{Statement, StatementRef};

/// The text of a passage of statement item `at` (None: a standard clause), as inlines: the
/// statement's words unchanged, each cross-reference followed by an [`Inline::Note`].
pub fn quoted(m: &Messages, st: &Statement, at: Option<u32>, text: &str) -> Vec<Inline> {
    let lang = m.lang();
    // What a cross-reference may say and what it refers to; its note is worded only when found.
    enum Target<'a> {
        /// A service or sub-processor: its name and the item that describes it.
        Named(&'a str, u32),
        /// Another item of the statement.
        Item(u32),
    }
    let mut refs: Vec<(String, Target)> = Vec::new();
    // The words the statement uses for its services and sub-processors ("dienst", "product").
    let words = &st.reference_words;
    for s in &st.services.list {
        for word in words.services.get(lang) {
            let needle = format!("{word} {}", s.letter.to_uppercase());
            refs.push((needle, Target::Named(s.name.get(lang), s.item)));
        }
    }
    for s in &st.sub_processors.list {
        for word in words.sub_processors.get(lang) {
            let needle = format!("{word} {}", s.letter);
            refs.push((needle, Target::Named(&s.name, st.sub_processors.item)));
        }
    }
    if let Some(at) = at {
        for x in st.cross_refs.iter().filter(|x| x.at == at) {
            refs.push((x.text.get(lang).to_string(), Target::Item(x.item)));
        }
    }
    // (start, end, note)
    let mut found: Vec<(usize, usize, String)> = Vec::new();
    for (needle, target) in &refs {
        for (start, end) in whole(text, needle) {
            let note = match target {
                Target::Named(name, item) => m.fmt(
                    "xref-note",
                    &[
                        ("words", needle.as_str().into()),
                        ("name", (*name).into()),
                        (
                            "source",
                            dpia_i18n::source(m, StatementRef::Item(*item)).into(),
                        ),
                    ],
                ),
                Target::Item(item) => m.fmt(
                    "xref-note-item",
                    &[
                        ("words", needle.as_str().into()),
                        (
                            "source",
                            dpia_i18n::source(m, StatementRef::Item(*item)).into(),
                        ),
                    ],
                ),
            };
            found.push((start, end, note));
        }
    }
    found.sort_by_key(|(start, _, _)| *start);
    let mut out = Vec::new();
    let mut at_byte = 0;
    for (start, end, note) in found {
        if start < at_byte {
            continue; // overlapping match
        }
        out.push(Inline::Text(text[at_byte..end].to_string()));
        out.push(Inline::Note(note));
        at_byte = end;
    }
    if at_byte < text.len() || out.is_empty() {
        out.push(Inline::Text(text[at_byte..].to_string()));
    }
    out
}

/// Where `needle` occurs in `text` as whole words (not followed or preceded by a letter or
/// digit), as byte ranges.
fn whole(text: &str, needle: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if needle.is_empty() {
        return out;
    }
    let mut from = 0;
    while let Some(i) = text[from..].find(needle) {
        let start = from + i;
        let end = start + needle.len();
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            out.push((start, end));
        }
        from = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use dpia_i18n::Lang;

    fn notes(lang: Lang, at: Option<u32>, text: &str) -> Vec<String> {
        let m = Messages::new(lang);
        quoted(&m, &Statement::embedded(), at, text)
            .into_iter()
            .filter_map(|i| match i {
                Inline::Note(n) => Some(n),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn cross_references_get_a_note_saying_what_they_refer_to() {
        let n = notes(
            Lang::Nl,
            Some(10),
            "is dit een KPI Connector zoals in dienst B of D.",
        );
        assert_eq!(n.len(), 1, "{n:?}");
        assert!(
            n[0].contains("dienst B = KPI Connectoren") && n[0].contains("punt 6"),
            "{n:?}"
        );
        let n = notes(
            Lang::Nl,
            Some(11),
            "Met de beschreven producten in artikel 3, kunnen …",
        );
        assert_eq!(
            n,
            vec!["[artikel 3 = Data Pro Statement, punt 4]".to_string()]
        );
        let n = notes(Lang::En, Some(12), "locally and/or at sub-processor b.");
        assert!(n[0].contains("sub-processor b = N-iX LTD"), "{n:?}");
        // Not inside other words or numbers, and not the GDPR's articles.
        assert!(notes(Lang::Nl, Some(11), "artikel 33 en 34 Avg; dienstB").is_empty());
        assert!(notes(Lang::Nl, None, "artikel 3 van de clausules").is_empty());
    }
}
