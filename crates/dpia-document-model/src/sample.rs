//! A stress document with every block type and hostile text, for renderer tests.

use crate::model::*;
use chrono::NaiveDate;

/// The hostile user text of [`stress`]: markup, braces, right-to-left script and emoji.
pub const HOSTILE: &str = "<script>alert(1)</script> R&D {$x} \"quoted\" *star* _under_ | pipe # hash \\ backslash שלום עולם 😀 ✓ Ærø ĳsselmeer";

/// An answer as a client might paste it: NUL, an ANSI escape sequence, BEL, a right-to-left
/// override and Hebrew.
pub const CONTROL_ANSWER: &str =
    "Ziekenhuis\u{0} Rijn\u{1B}[2Joever\u{7} \u{202E}lanigiro\u{202C} \u{2067}שלום\u{2069} B.V.";

/// Length of the unbroken word in [`stress`].
pub const HUGE_WORD_LEN: usize = 50_000;

/// The unbroken 50,000-character word of [`stress`] (letters and digits, no break point).
pub fn huge_word() -> String {
    let mut w = String::with_capacity(HUGE_WORD_LEN);
    let mut i = 0u32;
    while w.len() < HUGE_WORD_LEN {
        w.push_str("Verwerkingsregister");
        w.push_str(&(i % 10).to_string());
        i += 1;
    }
    w.truncate(HUGE_WORD_LEN);
    w
}

/// Every block and inline type; a 10,000-character paragraph; a 300-character word in a
/// paragraph and in a table cell; a 50,000-character unbroken word in an answer; a 5-column
/// table long enough to span pages; user text with markup, braces, right-to-left script,
/// emoji and control characters; long quotes with editorial notes; references to headings
/// (and one to a missing anchor); a table that must not be split; an attachment; answers with
/// their pointers, and review comments (on an answer, with replies; on a heading; nowhere).
/// `lang` is "nl" or "en".
pub fn stress(lang: &str) -> Document {
    let nl = lang == "nl";
    let hostile = HOSTILE;
    let long_word: String = "Gegevensbeschermingseffectbeoordeling".repeat(9)[..300].to_string();
    let long_paragraph: String = if nl {
        "De verwerkingsverantwoordelijke beoordeelt de noodzaak en evenredigheid van de verwerking, \
         rekening houdend met de aard, de omvang, de context en de doeleinden ervan. "
    } else {
        "The controller assesses the necessity and proportionality of the processing, taking into \
         account its nature, scope, context and purposes. "
    }
    .repeat(120)[..10_000]
        .to_string();
    let quote: String = if nl {
        "De Verwerker verwerkt de persoonsgegevens uitsluitend in opdracht van de \
         Verwerkingsverantwoordelijke en treft passende technische en organisatorische \
         maatregelen om de persoonsgegevens te beveiligen tegen verlies of onrechtmatige \
         verwerking. "
    } else {
        "The Processor processes the personal data only on the instructions of the Controller \
         and takes appropriate technical and organisational measures to secure the personal \
         data against loss or any form of unlawful processing. "
    }
    .repeat(12);
    let row = |i: usize| {
        vec![
            Cell::text(format!("R{i}")),
            Cell::inlines(vec![
                Inline::Text(if nl { "Onbevoegde toegang tot rapportages en het datawarehouse door te ruim gedeelde rechten" } else { "Unauthorised access to reports and the data warehouse through over-broad sharing" }.into()),
                Inline::Source("statement item 17".into()),
            ]),
            Cell::text(if nl { "middel" } else { "medium" }).toned(Tone::Medium),
            Cell::text(if nl { "hoog" } else { "high" }).toned(Tone::High),
            Cell::inlines(vec![Inline::Placeholder(if nl {
                "In te vullen door de verwerkingsverantwoordelijke".into()
            } else {
                "To be completed by the controller".into()
            })]),
        ]
    };
    let mut rows: Vec<Vec<Cell>> = (1..=40).map(row).collect();
    rows.insert(
        3,
        vec![
            Cell::text("R*"),
            Cell::text(long_word.clone()),
            Cell::text(hostile).toned(Tone::Low),
            Cell::text(""),
            Cell::text(long_paragraph[..600].to_string()),
        ],
    );
    rows.insert(
        5,
        vec![
            Cell::text("R÷"),
            Cell::inlines(vec![Inline::Answer(CONTROL_ANSWER.into())]),
            Cell::text("\u{202E}abc\u{0}\u{1B}\u{7}").toned(Tone::Low),
            Cell::inlines(vec![Inline::Answer("مرحبا بالعالم".into())]),
            Cell::inlines(vec![Inline::Ref {
                text: if nl {
                    "Risicomatrix".into()
                } else {
                    "Risk matrix".into()
                },
                target: "matrix".into(),
            }]),
        ],
    );
    let l = |s: &str| s.to_string();
    Document {
        meta: Meta {
            lang: lang.into(),
            title: if nl {
                "DPIA-aanzet — stresstest".into()
            } else {
                "DPIA starter — stress test".into()
            },
            subject: "DPIA".into(),
            author: "DPIA Helper".into(),
            date: NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
            id: "0123456789abcdef0123456789abcdef".into(),
            header: if nl {
                "DPIA Stresstest B.V. — concept".into()
            } else {
                "DPIA Stress Test B.V. — draft".into()
            },
            page_of: if nl {
                "Pagina {page} van {pages}".into()
            } else {
                "Page {page} of {pages}".into()
            },
            contents_title: if nl {
                "Inhoud".into()
            } else {
                "Contents".into()
            },
            page_ref: if nl {
                "blz. {page}".into()
            } else {
                "p. {page}".into()
            },
            attachment: Some(Attachment {
                file_name: "stress-test.dpia.json".into(),
                mime: "application/json".into(),
                description: if nl {
                    "De antwoorden van deze DPIA (uitwisselbestand)".into()
                } else {
                    "The answers of this DPIA (exchange file)".into()
                },
                data: format!(
                    "{{\"format\":\"dpia-helper/assessment\",\"version\":1,\"name\":{:?}}}\n",
                    hostile
                )
                .into_bytes(),
            }),
            attachment_note: if nl {
                "De antwoorden staan in de PDF- en Word-versie van dit document.".into()
            } else {
                "The answers are in the PDF and Word versions of this document.".into()
            },
            comments: comments(),
            comment_annex: Default::default(),
            heading_pages: Vec::new(),
        },
        blocks: vec![
            Block::Cover {
                title: if nl {
                    "DPIA-aanzet".into()
                } else {
                    "DPIA starter".into()
                },
                lines: vec![
                    l(hostile),
                    l("KPI Solutions B.V. — 06-2025"),
                    l("28-11-2026"),
                ],
            },
            Block::Contents,
            Block::PageBreak,
            Block::Heading {
                level: 1,
                text: if nl {
                    "1 Samenvatting".into()
                } else {
                    "1 Summary".into()
                },
                anchor: Some("summary".into()),
            },
            Block::Paragraph {
                content: vec![
                    Inline::Strong(if nl {
                        "DPIA verplicht. ".into()
                    } else {
                        "DPIA required. ".into()
                    }),
                    Inline::Text(hostile.into()),
                    Inline::Source("statement item 11".into()),
                ],
            },
            Block::Callout {
                tone: Tone::High,
                content: vec![
                    Inline::Strong(if nl {
                        "Blokkerend: ".into()
                    } else {
                        "Blocking: ".into()
                    }),
                    Inline::Text(if nl {
                        "BSN zonder wettelijke grondslag.".into()
                    } else {
                        "BSN without a statutory basis.".into()
                    }),
                ],
            },
            Block::Heading {
                level: 2,
                text: if nl {
                    "1.1 Een lange alinea".into()
                } else {
                    "1.1 A long paragraph".into()
                },
                anchor: None,
            },
            Block::Paragraph {
                content: vec![Inline::Text(long_paragraph.clone())],
            },
            Block::Heading {
                level: 2,
                text: if nl {
                    "1.2 Een lang woord".into()
                } else {
                    "1.2 A long word".into()
                },
                anchor: None,
            },
            Block::Paragraph {
                content: vec![Inline::Text(long_word)],
            },
            Block::Bullets {
                items: vec![
                    vec![
                        Inline::Text(if nl {
                            "Microsoft — EU/EER".into()
                        } else {
                            "Microsoft — EU/EEA".into()
                        }),
                        Inline::Source("statement item 15".into()),
                    ],
                    vec![Inline::Placeholder(if nl {
                        "In te vullen door de verwerkingsverantwoordelijke: grondslag".into()
                    } else {
                        "To be completed by the controller: legal basis".into()
                    })],
                    vec![Inline::Text(hostile.into())],
                ],
            },
            Block::Heading {
                level: 1,
                text: if nl {
                    "2 Risicoregister".into()
                } else {
                    "2 Risk register".into()
                },
                anchor: Some("risks".into()),
            },
            Block::Table {
                table: Table {
                    columns: vec![
                        Column {
                            title: "#".into(),
                            width: 6,
                        },
                        Column {
                            title: if nl { "Risico".into() } else { "Risk".into() },
                            width: 40,
                        },
                        Column {
                            title: if nl {
                                "Kans".into()
                            } else {
                                "Likelihood".into()
                            },
                            width: 12,
                        },
                        Column {
                            title: "Impact".into(),
                            width: 12,
                        },
                        Column {
                            title: if nl {
                                "Eigenaar".into()
                            } else {
                                "Owner".into()
                            },
                            width: 30,
                        },
                    ],
                    rows,
                    keep_together: false,
                },
            },
            Block::Heading {
                level: 2,
                text: if nl {
                    "2.1 Risicomatrix".into()
                } else {
                    "2.1 Risk matrix".into()
                },
                anchor: Some("matrix".into()),
            },
            Block::Matrix {
                matrix: Matrix {
                    caption: if nl {
                        "Vóór maatregelen".into()
                    } else {
                        "Before measures".into()
                    },
                    likelihood_label: if nl {
                        "Kans".into()
                    } else {
                        "Likelihood".into()
                    },
                    impact_label: "Impact".into(),
                    level_labels: if nl {
                        [l("laag"), l("middel"), l("hoog")]
                    } else {
                        [l("low"), l("medium"), l("high")]
                    },
                    cells: [
                        [vec![], vec!["R2".into(), "R10".into()], vec!["R4".into()]],
                        [
                            vec![],
                            vec!["R6".into()],
                            vec![
                                "R1".into(),
                                "R3".into(),
                                "R9".into(),
                                "R11".into(),
                                "R12".into(),
                                "R13".into(),
                            ],
                        ],
                        [vec![], vec!["R5".into(), "R7".into()], vec![]],
                    ],
                    tones: [
                        [Tone::Low, Tone::Low, Tone::Medium],
                        [Tone::Low, Tone::Medium, Tone::High],
                        [Tone::Medium, Tone::High, Tone::High],
                    ],
                    alt: if nl {
                        "Risicomatrix vóór maatregelen: kans hoog, impact middel: R5, R7; kans \
                         middel, impact hoog: R1, R3, R9, R11, R12, R13."
                            .into()
                    } else {
                        "Risk matrix before measures: likelihood high, impact medium: R5, R7; \
                         likelihood medium, impact high: R1, R3, R9, R11, R12, R13."
                            .into()
                    },
                },
            },
            Block::Heading {
                level: 3,
                text: if nl {
                    "2.1.1 Kop vlak voor het einde".into()
                } else {
                    "2.1.1 Heading near the end".into()
                },
                anchor: None,
            },
            Block::Paragraph {
                content: vec![Inline::Text(hostile.into())],
            },
            Block::PageBreak,
            Block::PageBreak,
            Block::Heading {
                level: 1,
                text: if nl {
                    "3 Citaten en verwijzingen".into()
                } else {
                    "3 Quotes and references".into()
                },
                anchor: Some("quotes".into()),
            },
            Block::Paragraph {
                content: vec![
                    Inline::Text(if nl { "Zie ".into() } else { "See ".into() }),
                    Inline::Ref {
                        text: if nl {
                            "2 Risicoregister".into()
                        } else {
                            "2 Risk register".into()
                        },
                        target: "risks".into(),
                    },
                    Inline::Text(if nl { " en ".into() } else { " and ".into() }),
                    Inline::Ref {
                        text: if nl {
                            "2.1 Risicomatrix".into()
                        } else {
                            "2.1 Risk matrix".into()
                        },
                        target: "matrix".into(),
                    },
                    Inline::Text(if nl {
                        "; een verwijzing zonder doel: ".into()
                    } else {
                        "; a reference without a target: ".into()
                    }),
                    Inline::Ref {
                        text: if nl {
                            "nergens".into()
                        } else {
                            "nowhere".into()
                        },
                        target: "no-such-anchor".into(),
                    },
                    Inline::Text(". ".into()),
                    Inline::Strong(if nl {
                        "Organisatie: ".into()
                    } else {
                        "Organisation: ".into()
                    }),
                    Inline::Answer(CONTROL_ANSWER.into()),
                    Inline::Source(if nl {
                        "antwoord van de klant".into()
                    } else {
                        "client's answer".into()
                    }),
                    Inline::Text(if nl { " Noodzaak: " } else { " Necessity: " }.into()),
                    Inline::Field {
                        text: CONTROL_ANSWER.into(),
                        pointer: "/controller/necessity".into(),
                    },
                    Inline::Text(" / ".into()),
                    Inline::Field {
                        text: "مرحبا بالعالم".into(),
                        pointer: "/controller/necessity".into(),
                    },
                ],
            },
            Block::Quote {
                content: vec![
                    Inline::Text(quote.clone()),
                    Inline::Note(if nl {
                        "[dienst B = KPI Connectoren, punt 6]".into()
                    } else {
                        "[service B = KPI Connectors, item 6]".into()
                    }),
                    Inline::Text(" ".into()),
                    Inline::Text(quote[..400].to_string()),
                    Inline::Source("statement item 12".into()),
                ],
            },
            Block::Quote {
                content: vec![
                    Inline::Text(if nl {
                        "Kort citaat met Hebreeuws: ".into()
                    } else {
                        "A short quote with Hebrew: ".into()
                    }),
                    Inline::Answer("שלום עולם".into()),
                    Inline::Note("[sic]".into()),
                ],
            },
            Block::Heading {
                level: 2,
                text: if nl {
                    "3.1 Een onafgebroken woord van 50.000 tekens".into()
                } else {
                    "3.1 An unbroken word of 50,000 characters".into()
                },
                anchor: Some("huge".into()),
            },
            Block::Paragraph {
                content: vec![Inline::Answer(huge_word())],
            },
            Block::Heading {
                level: 2,
                text: if nl {
                    "3.2 Ondertekening".into()
                } else {
                    "3.2 Sign-off".into()
                },
                anchor: Some("sign-off".into()),
            },
            Block::Paragraph {
                content: vec![Inline::Text(long_paragraph[..1_500].to_string())],
            },
            Block::Table {
                table: Table {
                    columns: vec![
                        Column {
                            title: if nl { "Rol".into() } else { "Role".into() },
                            width: 30,
                        },
                        Column {
                            title: if nl { "Naam".into() } else { "Name".into() },
                            width: 35,
                        },
                        Column {
                            title: if nl {
                                "Datum en handtekening".into()
                            } else {
                                "Date and signature".into()
                            },
                            width: 35,
                        },
                    ],
                    rows: [
                        if nl {
                            "Verwerkingsverantwoordelijke"
                        } else {
                            "Controller"
                        },
                        if nl {
                            "Functionaris gegevensbescherming"
                        } else {
                            "Data protection officer"
                        },
                        if nl {
                            "Informatiebeveiliging"
                        } else {
                            "Information security"
                        },
                        if nl { "Projectleider" } else { "Project lead" },
                        if nl {
                            "Ondernemingsraad"
                        } else {
                            "Works council"
                        },
                        if nl { "Verwerker" } else { "Processor" },
                    ]
                    .iter()
                    .map(|r| {
                        vec![
                            Cell::text(*r).toned(Tone::Header),
                            Cell::inlines(vec![Inline::Placeholder(if nl {
                                "In te vullen".into()
                            } else {
                                "To be completed".into()
                            })]),
                            Cell::text("\n\n"),
                        ]
                    })
                    .collect(),
                    keep_together: true,
                },
            },
            Block::PageBreak,
        ],
    }
}

/// Review comments of [`stress`]: on an answer (with two replies, control characters and
/// several lines), on a heading, and one whose place is not in the document.
fn comments() -> Vec<DocComment> {
    let c = |id: &str, pointer: Option<&str>, anchor: Option<&str>, text: &str| DocComment {
        id: id.into(),
        author: format!("{HOSTILE} (FG)"),
        initials: "FG".into(),
        date: "2026-12-02T10:15:00Z".into(),
        text: text.into(),
        pointer: pointer.map(Into::into),
        anchor: anchor.map(Into::into),
        replies: Vec::new(),
    };
    let mut first = c(
        "c1",
        Some("/controller/necessity"),
        Some("huge"),
        "Waarom is dit nodig?\nTweede regel\twith a tab & <markup> \u{0}\u{1B}[31m \u{202E}",
    );
    first.replies = vec![
        DocReply {
            id: "c2".into(),
            author: "Piet".into(),
            initials: "P".into(),
            date: "2026-12-03T08:00:00Z".into(),
            text: "Zie bijlage 2.".into(),
        },
        DocReply {
            id: "c3".into(),
            author: String::new(),
            initials: String::new(),
            date: "2026-12-03T09:00:00Z".into(),
            text: String::new(),
        },
    ];
    vec![
        first,
        c("c4", None, Some("huge"), "Over het lange woord."),
        c("c5", Some("/nowhere"), Some("no-such-anchor"), "Algemeen."),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stress_uses_every_block_and_inline_in_both_languages() {
        for lang in ["nl", "en"] {
            let doc = stress(lang);
            let mut blocks = std::collections::BTreeSet::new();
            let mut inlines = std::collections::BTreeSet::new();
            let mut note = |c: &[Inline]| {
                for i in c {
                    inlines.insert(format!("{i:?}").split('(').next().unwrap().to_string());
                    if let Inline::Ref { .. } = i {
                        inlines.insert("Ref".into());
                    }
                    if let Inline::Field { .. } = i {
                        inlines.insert("Field".into());
                    }
                }
            };
            for b in &doc.blocks {
                blocks.insert(
                    format!("{b:?}")
                        .split([' ', '{'])
                        .next()
                        .unwrap()
                        .to_string(),
                );
                match b {
                    Block::Paragraph { content }
                    | Block::Callout { content, .. }
                    | Block::Quote { content } => note(content),
                    Block::Bullets { items } => items.iter().for_each(|i| note(i)),
                    Block::Table { table } => {
                        table.rows.iter().flatten().for_each(|c| note(&c.content))
                    }
                    _ => {}
                }
            }
            for b in [
                "Cover",
                "Contents",
                "Heading",
                "Paragraph",
                "Bullets",
                "Table",
                "Matrix",
                "Callout",
                "Quote",
                "PageBreak",
            ] {
                assert!(blocks.contains(b), "{lang}: no {b}");
            }
            for i in [
                "Text",
                "Strong",
                "Source",
                "Placeholder",
                "Answer",
                "Note",
                "Ref",
                "Field",
            ] {
                assert!(inlines.contains(i), "{lang}: no {i}");
            }
            let text = doc.plain_text();
            assert!(text.contains(CONTROL_ANSWER));
            assert!(text.contains("[sic]"));
            assert!(text.contains(&huge_word()));
            assert_eq!(huge_word().len(), HUGE_WORD_LEN);
            assert!(doc.heading_by_anchor("matrix").is_some());
            assert!(doc.meta.attachment.is_some());
            assert!(doc.blocks.iter().any(|b| matches!(
                b,
                Block::Table { table } if table.keep_together
            )));
        }
    }
}
