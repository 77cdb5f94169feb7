//! Dutch compounds that the hyphenation patterns split in the wrong place: they break only at
//! their compound boundaries ("verwerkings-verantwoordelijke", never "…verantwoordelij-ke").
//!
//! Typographic data, not domain knowledge: the long words of a DPIA that are set in narrow table
//! columns. A word is matched whole, lower-cased, also with a plural or inflected ending.

/// Each compound with its parts; the boundaries between the parts are its only breaks.
const NL: &[&[&str]] = &[
    &["verwerkings", "verantwoordelijke"],
    &["verwerkings", "verantwoordelijken"],
    &["gegevens", "beschermings", "effect", "beoordeling"],
    &["gegevens", "bescherming"],
    &["persoons", "gegevens"],
    &["gezondheids", "gegevens"],
    &["verzuim", "gegevens"],
    &["burger", "service", "nummer"],
    &["ontwikkel", "werkzaamheden"],
    &["beheer", "werkzaamheden"],
    &["ondernemings", "raad"],
    &["verwerkers", "overeenkomst"],
    &["standaard", "contract", "bepalingen"],
    &["sub", "verwerker"],
    &["sub", "verwerkers"],
    &["doorgifte", "toets"],
    &["bewaar", "termijnen"],
    &["bewaar", "termijn"],
    &["verwerkings", "locaties"],
    &["rechts", "grond"],
    &["informatie", "beveiliging"],
];

/// The byte offsets of the compound boundaries in `word` (letters only), if it is a listed
/// compound.
pub(crate) fn boundaries(word: &str) -> Option<Vec<usize>> {
    let lower = word.to_lowercase();
    if lower.len() != word.len() {
        return None;
    }
    NL.iter().find_map(|parts| {
        (parts.concat() == lower).then(|| {
            parts
                .iter()
                .scan(0, |at, p| {
                    *at += p.len();
                    Some(*at)
                })
                .take(parts.len() - 1)
                .collect()
        })
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_controller_breaks_between_its_parts() {
        assert_eq!(
            super::boundaries("verwerkingsverantwoordelijke"),
            Some(vec![11])
        );
        assert_eq!(
            super::boundaries("Verwerkingsverantwoordelijke"),
            Some(vec![11])
        );
        assert_eq!(super::boundaries("verwerking"), None);
    }
}
