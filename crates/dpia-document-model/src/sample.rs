//! A stress document with every block type and hostile text, for renderer tests.

use crate::model::*;
use chrono::NaiveDate;

/// Every block type; a 10,000-character paragraph; a 300-character word in a paragraph and in a
/// table cell; a 5-column table long enough to span pages; user text with markup, braces,
/// right-to-left script and emoji. `lang` is "nl" or "en".
pub fn stress(lang: &str) -> Document {
    let nl = lang == "nl";
    let hostile = "<script>alert(1)</script> R&D {$x} \"quoted\" *star* _under_ | pipe # hash \\ backslash שלום עולם 😀 ✓ Ærø ĳsselmeer";
    let long_word: String = "Gegevensbeschermingseffectbeoordeling".repeat(9)[..300].to_string();
    let long_paragraph: String = if nl {
        "De verwerkingsverantwoordelijke beoordeelt de noodzaak en evenredigheid van de verwerking, \
         rekening houdend met de aard, de omvang, de context en de doeleinden ervan. "
    } else {
        "The controller assesses the necessity and proportionality of the processing, taking into \
         account its nature, scope, context and purposes. "
    }
    .repeat(100)[..10_000]
        .to_string();
    let row = |i: usize| {
        vec![
            Cell::text(format!("R{i}")),
            Cell::inlines(vec![
                Inline::Text(if nl { "Onbevoegde toegang tot rapportages en het datawarehouse door te ruim gedeelde rechten" } else { "Unauthorised access to reports and the data warehouse through over-broad sharing" }.into()),
                Inline::Source(if nl { "statement item 17".into() } else { "statement item 17".into() }),
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
            },
            Block::Paragraph {
                content: vec![Inline::Text(long_paragraph)],
            },
            Block::Heading {
                level: 2,
                text: if nl {
                    "1.2 Een lang woord".into()
                } else {
                    "1.2 A long word".into()
                },
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
                },
            },
            Block::Heading {
                level: 2,
                text: if nl {
                    "2.1 Risicomatrix".into()
                } else {
                    "2.1 Risk matrix".into()
                },
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
                },
            },
            Block::Heading {
                level: 3,
                text: if nl {
                    "2.1.1 Kop vlak voor het einde".into()
                } else {
                    "2.1.1 Heading near the end".into()
                },
            },
            Block::Paragraph {
                content: vec![Inline::Text(hostile.into())],
            },
        ],
    }
}
