//! Line-breaking tests: widths, hyphenation, linear time, styles, controls and bidi order.

use super::*;
use crate::text::{Face, ANSWER_SPAN};

fn ts() -> &'static Typesetter {
    Typesetter::get().unwrap()
}

fn joined(lines: &[Line]) -> String {
    lines
        .iter()
        .flat_map(|l| l.runs.iter().map(|r| &*r.text))
        .collect()
}

fn strip(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '\u{AD}')
        .collect()
}

/// The width a line claims is the width of the glyphs it draws (but for the space that
/// may end a broken line), and no line is wider than its box.
fn check(lines: &[Line], w: f32) {
    for l in lines {
        assert!(l.width <= w + 0.05, "{} > {w}", l.width);
        let n = l.runs.len();
        let shown = |i: usize, r: &Run| match r.text.strip_suffix(' ') {
            Some(t) if i + 1 == n => t.len(),
            _ => r.text.len(),
        };
        let drawn: f32 = l
            .runs
            .iter()
            .enumerate()
            .flat_map(|(i, r)| {
                let end = shown(i, r) as u32;
                r.glyphs
                    .iter()
                    .filter(move |g| g.start < end)
                    .map(|g| g.advance * r.style.size)
            })
            .sum();
        assert!((drawn - l.width).abs() < 0.05, "{drawn} vs {}", l.width);
        let measured: f32 = l
            .runs
            .iter()
            .enumerate()
            .map(|(i, r)| width(ts(), &r.text[..shown(i, r)], &r.style))
            .sum();
        assert!(
            (measured - l.width).abs() < 0.05,
            "{measured} vs {}",
            l.width
        );
    }
}

#[test]
fn a_line_broken_between_words_keeps_the_space_in_its_text_not_its_width() {
    let st = Style::new(Face::Regular, 10.0);
    let without = width(ts(), "Boekhouders Achterhoek", &st);
    let lines = wrap(
        ts(),
        &Rich::plain("Boekhouders Achterhoek B.V.", st),
        without + 5.0,
        Lang::Nl,
    );
    let texts: Vec<String> = lines
        .iter()
        .map(|l| joined(std::slice::from_ref(l)))
        .collect();
    assert_eq!(texts, ["Boekhouders Achterhoek ", "B.V."]);
    assert!((lines[0].width - without).abs() < 0.01);
    assert!((lines[0].runs[0].width - without).abs() < 0.01);
    check(&lines, without + 5.0);
}

#[test]
fn no_line_is_wider_than_the_box() {
    let st = Style::new(Face::Regular, 10.0);
    let word = "Gegevensbeschermingseffectbeoordeling".repeat(9);
    let text = format!("Een {word} en nog wat woorden om te wrappen, AVG-office");
    for w in [20.0, 50.0, 100.0, 300.0] {
        let lines = wrap(ts(), &Rich::plain(&text, st), w, Lang::Nl);
        check(&lines, w);
        assert_eq!(strip(&joined(&lines)), strip(&text));
    }
}

#[test]
fn long_compounds_are_hyphenated_not_cut() {
    let st = Style::new(Face::Regular, 10.0);
    let lines = wrap(
        ts(),
        &Rich::plain("De gegevensbeschermingseffectbeoordeling", st),
        80.0,
        Lang::Nl,
    );
    assert!(lines.len() >= 2);
    assert!(
        lines[..lines.len() - 1].iter().skip(1).all(|l| l
            .runs
            .last()
            .unwrap()
            .text
            .ends_with('\u{AD}')),
        "{:?}",
        lines
            .iter()
            .map(|l| joined(std::slice::from_ref(l)))
            .collect::<Vec<_>>()
    );
}

/// A 50,000-character word, hyphenatable or not, wraps in linear time: in a debug build this
/// used to take 40 s; now well under a second (the limit leaves room for a loaded machine).
#[test]
fn a_50000_character_word_wraps_fast() {
    let st = Style::new(Face::Regular, 10.0);
    let words = [
        "a".repeat(50_000),
        dpia_document_model::sample::huge_word(),
        "aZ3kQ9x".repeat(50_000 / 7),
    ];
    for word in &words {
        let t = std::time::Instant::now();
        let lines = wrap(ts(), &Rich::plain(word, st), 120.0, Lang::Nl);
        let took = t.elapsed();
        assert!(
            took.as_secs_f32() < 3.0,
            "{took:?} for {} chars",
            word.len()
        );
        assert!(lines.len() > 100);
        check(&lines, 120.0);
        assert_eq!(strip(&joined(&lines)), strip(word));
    }
}

#[test]
fn styles_inside_a_word_survive_splitting() {
    let mut r = Rich::new();
    r.push("Verwerkings", Style::new(Face::Bold, 10.0));
    r.push(
        "verantwoordelijkheid".repeat(5).as_str(),
        Style::new(Face::Regular, 10.0),
    );
    let lines = wrap(ts(), &r, 60.0, Lang::Nl);
    let first = &lines[0].runs[0];
    assert_eq!(first.style.face, Face::Bold);
    assert!(lines.iter().all(|l| l.width <= 60.05 && !l.runs.is_empty()));
    check(&lines, 60.0);
}

#[test]
fn control_and_private_characters_are_replaced_and_bidi_controls_dropped() {
    let st = Style::new(Face::Regular, 10.0);
    let lines = wrap(
        ts(),
        &Rich::plain(
            "a\u{0}b\u{1B}c\u{7} d\u{202E}e\u{2066}f \u{E000}\u{FEFF}",
            st,
        ),
        500.0,
        Lang::Nl,
    );
    assert_eq!(
        joined(&lines),
        "a\u{FFFD}b\u{FFFD}c\u{FFFD} def \u{FFFD}\u{FFFD}"
    );
}

#[test]
fn right_to_left_words_are_drawn_in_visual_order_and_kept_in_logical_order() {
    let st = Style::new(Face::Regular, 10.0);
    let lines = wrap(ts(), &Rich::plain("a שלום עולם b", st), 500.0, Lang::En);
    let runs = &lines[0].runs;
    let texts: Vec<&str> = runs.iter().map(|r| &*r.text).collect();
    assert_eq!(texts, ["a ", "שלום עולם", " b"]);
    let rtl = &runs[1];
    assert!(rtl.rtl && !runs[0].rtl);
    // Left to right on the page: the last letter of the last word first.
    let first = rtl.glyphs.first().unwrap();
    assert_eq!(&rtl.text[first.start as usize..first.end as usize], "ם");
    assert!(rtl.glyphs.windows(2).all(|w| w[0].start >= w[1].end));
    assert!(runs[1].x > runs[0].x && runs[2].x > runs[1].x);
}

#[test]
fn an_arabic_answer_is_shaped_and_isolated() {
    let st = Style::new(Face::Regular, 10.0);
    let mut r = Rich::plain("Klant: ", st);
    r.push("مستشفى الأمل", st.span(ANSWER_SPAN));
    r.push(".", st);
    let lines = wrap(ts(), &r, 500.0, Lang::Nl);
    let texts: Vec<&str> = lines[0].runs.iter().map(|r| &*r.text).collect();
    assert_eq!(texts, ["Klant: ", "مستشفى الأمل", "."]);
    let arabic = &lines[0].runs[1];
    assert!(arabic.rtl);
    // Shaped: joined forms, not the letters' own glyphs.
    let own: Vec<u16> = "مستشفى الأمل"
        .chars()
        .filter_map(|c| ts().regular.shaper.glyph_index(c).map(|g| g.0))
        .collect();
    assert!(
        arabic
            .glyphs
            .iter()
            .filter(|g| !own.contains(&g.id))
            .count()
            >= 5
    );
    check(&lines, 500.0);
}
