//! Review comments in the file (version 4): they round-trip byte for byte, every older version
//! opens without them, and what is too much (too long a text, too many comments) or contradictory
//! (an id twice, a time that is no time) is refused naming the field and the limit.

use dpia_assessment::*;
use dpia_statement::Statement;

fn at(s: &str) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339(s).unwrap().into()
}

fn commented() -> Assessment {
    let mut a = Assessment::template(&Statement::embedded(), None);
    a.id = "0f3a9c2e7b1d4e5f8a6b9c0d1e2f3a4b".into();
    a.organisation.name = "Ziekenhuis Rijnoever".into();
    a.controller.necessity = "Nodig voor de sturing op wachttijden.".into();
    a.comments = vec![
        Comment {
            id: "c1".into(),
            target: "/controller/necessity".into(),
            author: "Fenna de Graaf".into(),
            role: "FG".into(),
            at: at("2026-12-02T10:15:00Z"),
            text: "Waarom is dit nodig?\nGraag met cijfers — and ‘quotes’ & <tags>.".into(),
            status: CommentStatus::Open,
            resolved_by: String::new(),
            resolved_at: None,
            replies: vec![Reply {
                id: "c2".into(),
                author: "Piet Jansen".into(),
                role: "projecteigenaar".into(),
                at: at("2026-12-03T08:00:00.250+01:00"),
                text: "Zie bijlage 2.".into(),
                origin: CommentOrigin::Word,
            }],
            origin: CommentOrigin::App,
            answer: a.answer_at("/controller/necessity"),
        },
        Comment {
            id: "c3".into(),
            target: "part:risks".into(),
            author: "Ali Yılmaz".into(),
            role: "CISO".into(),
            at: at("2026-12-02T11:00:00Z"),
            text: "مرحبا — versleuteling ontbreekt.".into(),
            status: CommentStatus::Resolved,
            resolved_by: "Fenna de Graaf".into(),
            resolved_at: Some(at("2026-12-04T09:30:00Z")),
            replies: vec![],
            origin: CommentOrigin::App,
            answer: None,
        },
    ];
    a
}

#[test]
fn comments_round_trip_byte_for_byte() {
    let a = commented();
    let json = to_json(&a);
    assert!(json.contains("\"version\": 4"));
    assert!(json.contains("\"id\": \"0f3a9c2e7b1d4e5f8a6b9c0d1e2f3a4b\""));
    let b = parse_for(&json, "c.dpia.json", &Statement::embedded()).unwrap();
    assert_eq!(a, b);
    assert_eq!(json, to_json(&b), "written again, the same bytes");
    // A time with an offset is kept as the same instant (written in UTC).
    assert_eq!(
        b.comments[0].replies[0].at.to_rfc3339(),
        "2026-12-03T07:00:00.250+00:00"
    );
    assert_eq!(b.comment_count(), 3);
    assert!(b.has_comment_id("c2") && !b.has_comment_id("c4"));
}

#[test]
fn the_answer_a_comment_was_made_on_is_kept() {
    let a = commented();
    assert_eq!(
        a.comments[0].answer,
        Some(serde_json::json!("Nodig voor de sturing op wachttijden."))
    );
    assert_eq!(
        a.answer_at("/controller/proportionality"),
        Some(serde_json::json!("")),
        "empty text is what the field holds"
    );
    assert_eq!(
        a.answer_at("/organisation/name"),
        Some(serde_json::json!("Ziekenhuis Rijnoever"))
    );
    assert_eq!(
        a.answer_at("/organisation/sector"),
        None,
        "null is no answer"
    );
    assert_eq!(a.answer_at("/no/such/field"), None);
}

#[test]
fn targets_are_read_from_their_text() {
    assert_eq!(Target::parse(""), Target::General);
    assert_eq!(
        Target::parse("/controller/necessity"),
        Target::Field("/controller/necessity")
    );
    assert_eq!(Target::parse("part:controller"), Target::Part("controller"));
    assert_eq!(
        Target::parse("risk:unauthorised_access"),
        Target::Risk("unauthorised_access")
    );
    assert_eq!(
        Target::parse("measure:pseudonymise"),
        Target::Measure("pseudonymise")
    );
    for odd in ["/", "part:", "risk: x", "paragraph:3", "necessity"] {
        assert_eq!(Target::parse(odd), Target::Unknown(odd), "{odd}");
    }
}

#[test]
fn a_file_without_id_writes_none() {
    let mut a = commented();
    a.id.clear();
    assert!(!to_json(&a).contains("\"id\": \"\""));
    assert_eq!(parse(&to_json(&a), "x").unwrap(), a);
}

/// `(path, reason)` of a refused file, with its position when the path is found.
fn refused(a: &Assessment) -> FileError {
    parse(&to_json(a), "review.dpia.json").unwrap_err()
}

#[test]
fn a_comment_text_over_the_limit_is_refused_naming_the_field_and_the_limit() {
    let mut a = commented();
    a.comments[1].text = "x".repeat(MAX_COMMENT_CHARS + 1);
    let err = refused(&a);
    match &err {
        FileError::Field {
            file, path, reason, ..
        } => {
            assert_eq!(file, "review.dpia.json");
            assert_eq!(path, "comments[1].text");
            assert_eq!(
                *reason,
                Reason::TooLong {
                    max: MAX_COMMENT_CHARS
                }
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(err.to_string().contains("10000 characters"), "{err}");
    // Exactly at the limit (counted in characters, not bytes) is fine.
    a.comments[1].text = "é".repeat(MAX_COMMENT_CHARS);
    assert!(parse(&to_json(&a), "x").is_ok());
    a.comments[0].replies[0].author = "a".repeat(MAX_COMMENT_CHARS + 1);
    assert!(
        matches!(refused(&a), FileError::Field { path, .. } if path == "comments[0].replies[0].author")
    );
}

#[test]
fn more_comments_than_the_limit_are_refused() {
    let mut a = commented();
    let one = a.comments[1].clone();
    // Replies count too: two comments with one reply are three.
    while a.comment_count() < MAX_COMMENTS {
        let mut c = one.clone();
        c.id = format!("n{}", a.comments.len());
        a.comments.push(c);
    }
    assert!(
        parse(&to_json(&a), "x").is_ok(),
        "exactly the limit is fine"
    );
    let mut c = one;
    c.id = "one-too-many".into();
    a.comments.push(c);
    let err = refused(&a);
    assert!(
        matches!(&err, FileError::Field { path, reason: Reason::TooMany { max: 1000 }, .. } if path == "comments"),
        "{err:?}"
    );
}

#[test]
fn ids_are_unique_and_times_are_times() {
    let mut a = commented();
    a.comments[1].id = "c2".into();
    assert!(matches!(
        refused(&a),
        FileError::Field { path, reason: Reason::DuplicateId { .. }, .. } if path == "comments[1].id"
    ));
    a.comments[1].id = " ".into();
    assert!(matches!(
        refused(&a),
        FileError::Field { path, reason: Reason::Empty, .. } if path == "comments[1].id"
    ));
    let json = to_json(&commented()).replacen("2026-12-02T10:15:00Z", "2 december", 1);
    let err = parse(&json, "t.dpia.json").unwrap_err();
    match err {
        FileError::Field { path, reason, .. } => {
            assert_eq!(path, "comments[0].at");
            assert_eq!(
                reason,
                Reason::NotATime {
                    text: "2 december".into()
                }
            );
        }
        other => panic!("{other:?}"),
    }
    let json = to_json(&commented()).replacen("\"status\": \"open\"", "\"status\": \"done\"", 1);
    assert!(parse(&json, "t")
        .unwrap_err()
        .to_string()
        .contains("comments[0].status"));
}

#[test]
fn a_file_of_a_newer_version_than_4_is_refused() {
    let json = to_json(&commented()).replacen("\"version\": 4", "\"version\": 5", 1);
    assert_eq!(parse(&json, "x").unwrap_err().code(), "file_newer");
}
