//! The Dutch documents read as Dutch (issue 18): our own sentences hold no English words. Quotes of
//! the statement (quote blocks, the facts annex, the sub-processors' roles, anything between
//! quotation marks), the client's answers and source markers are left out: there English may
//! stand as the statement or the client wrote it. Product names the statement gives in one
//! language only (the map visuals) are names, not English.

use chrono::NaiveDate;
use dpia_document_model::{Block, Document, Inline};
use dpia_documents::{build, Kind};
use dpia_i18n::{Lang, Messages};
use std::path::{Path, PathBuf};

fn repo(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(p)
}

/// English words and phrases that have no place in a Dutch sentence of ours.
const ENGLISH: &[&str] = &[
    " the ",
    " and ",
    " of the ",
    " with ",
    " which ",
    " should ",
    " must ",
    "at rest",
    "in transit",
    "awareness",
    "security",
    "controller",
    "data subject",
    "to be completed",
    "items of",
    "assessment",
    "none",
];

/// Our own words in a document: every block but quotes, without the answers, notes and source
/// markers, and without the annexes that quote the statement.
fn own_words(doc: &Document, m: &Messages) -> Vec<String> {
    let quoting = [m.get("doc-annex-facts"), m.get("doc-annex-sub-processors")];
    let mut out = Vec::new();
    let mut skip = false;
    let take = |content: &[Inline], out: &mut Vec<String>| {
        let text: String = content
            .iter()
            .map(|i| match i {
                Inline::Text(s) | Inline::Strong(s) | Inline::Placeholder(s) => s.as_str(),
                Inline::Ref { text, .. } => text.as_str(),
                Inline::Answer(_) | Inline::Field { .. } | Inline::Note(_) | Inline::Source(_) => {
                    " "
                }
            })
            .collect();
        out.push(unquoted(&text));
    };
    for b in &doc.blocks {
        match b {
            Block::Heading { level: 1, text, .. } => {
                skip = quoting.contains(text);
                out.push(text.clone());
            }
            _ if skip => {}
            Block::Heading { text, .. } => out.push(text.clone()),
            Block::Paragraph { content } | Block::Callout { content, .. } => {
                take(content, &mut out)
            }
            Block::Bullets { items } => items.iter().for_each(|i| take(i, &mut out)),
            Block::Table { table } => table
                .rows
                .iter()
                .flatten()
                .for_each(|c| take(&c.content, &mut out)),
            _ => {}
        }
    }
    out
}

/// The text without what stands between quotation marks (names and quotes of the statement).
fn unquoted(s: &str) -> String {
    let mut out = String::new();
    let mut closing: Option<char> = None;
    for c in s.chars() {
        match closing {
            Some(end) if c == end => closing = None,
            Some(_) => {}
            None => match c {
                '„' => closing = Some('”'),
                '"' => closing = Some('"'),
                '‘' => closing = Some('’'),
                _ => out.push(c),
            },
        }
    }
    out
}

#[test]
fn dutch_documents_hold_no_english_words_of_ours() {
    let date = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let m = Messages::new(Lang::Nl);
    let mut dir: Vec<PathBuf> = std::fs::read_dir(repo("tests/scenarios"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".dpia.json"))
        .collect();
    dir.sort();
    let mut found = Vec::new();
    for path in &dir {
        let a = dpia_assessment::load(path).unwrap();
        let st = dpia_golden::statement_for(&a);
        for kind in [Kind::Starter, Kind::Summary] {
            let doc = build(kind, &st, &a, Lang::Nl, date);
            let names: Vec<String> = st
                .map_visuals
                .iter()
                .flat_map(|x| x.visuals.iter().map(|v| v.name.to_lowercase()))
                .collect();
            for line in own_words(&doc, &m) {
                let mut padded = format!(" {} ", line.to_lowercase());
                for name in &names {
                    padded = padded.replace(name.as_str(), " ");
                }
                for w in ENGLISH {
                    if padded.contains(w) {
                        found.push(format!(
                            "{} ({kind:?}): `{}` in: {line}",
                            path.file_name().unwrap().to_string_lossy(),
                            w.trim()
                        ));
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// A space after every colon of ours (issue 18: `bijlage "Open punten":In te vullen`), in both
/// languages; web addresses ("https://") and numbers ("art. 7:454", "NEN 7510-1:2017") are no
/// sentences.
#[test]
fn every_colon_of_ours_is_followed_by_a_space() {
    let date = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let mut dir: Vec<PathBuf> = std::fs::read_dir(repo("tests/scenarios"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".dpia.json"))
        .collect();
    dir.sort();
    let mut found = Vec::new();
    for lang in [Lang::Nl, Lang::En] {
        let m = Messages::new(lang);
        for path in &dir {
            let a = dpia_assessment::load(path).unwrap();
            let st = dpia_golden::statement_for(&a);
            for kind in [Kind::Starter, Kind::Summary] {
                let doc = build(kind, &st, &a, lang, date);
                for line in own_words(&doc, &m) {
                    let chars: Vec<char> = line.chars().collect();
                    for (i, w) in chars.windows(2).enumerate() {
                        let url = line[..line.char_indices().nth(i).map_or(0, |(b, _)| b)]
                            .ends_with("http")
                            || line[..line.char_indices().nth(i).map_or(0, |(b, _)| b)]
                                .ends_with("https");
                        if w[0] == ':' && w[1].is_alphabetic() && !url {
                            found.push(format!(
                                "{} {lang:?} ({kind:?}): {line}",
                                path.file_name().unwrap().to_string_lossy()
                            ));
                            break;
                        }
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}
