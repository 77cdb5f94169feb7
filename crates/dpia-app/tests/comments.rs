//! The review round in the app: the FG comments on a question and a risk, replies, resolves
//! one; the view says what each is about, who and when, and that an answer changed since; the
//! history has every change; the reviewer is remembered; the DOCX carries the open comment as a
//! Word comment; a DOCX the reviewer edited (and LibreOffice saved again) brings its comments in
//! from Word, and importing the same assessment again offers to take over its new comments
//! instead of making a copy (or makes a copy when asked). Refusals are worded in both languages.

use dpia_app::{App, Part, Purpose};
use serde_json::json;
use std::path::Path;

mod support;
use support::{dir, list, now, offset, repo, today};

fn import(app: &mut App, path: &Path) -> dpia_app::ImportView {
    let token = app.grant(Purpose::Import, path.to_path_buf()).token;
    support::import(app, &token).unwrap()
}

#[test]
fn comment_reply_resolve_and_the_docx_carries_the_open_one() {
    let d = dir("comments");
    let mut app = App::open(&d.join("db.sqlite"));
    let id = import(&mut app, &repo("tests/scenarios/hospital.dpia.json")).id;
    app.assessments_set(
        id,
        "/controller/necessity",
        json!("Sturing op wachttijden"),
        today(),
        now(),
    )
    .unwrap();
    let add = |app: &mut App, target: &str, text: &str| {
        app.comments_add(id, target, text, "Fenna de Graaf", "FG", today(), now())
            .unwrap()
    };
    add(&mut app, "/controller/necessity", "Waarom is dit nodig?");
    let v = add(&mut app, "risk:unauthorised_access", "Is MFA overal aan?");
    assert_eq!(v.open_comments, 2);
    // (target, part, label id, label argument) for each comment.
    let expected = [
        (
            "/controller/necessity",
            Part::Controller,
            "ui-controller-necessity",
            None,
        ),
        (
            "risk:unauthorised_access",
            Part::Risks,
            "ui-comment-risk",
            Some("number"),
        ),
    ];
    for (c, (target, part, label, arg)) in v.comments.iter().zip(expected) {
        assert_eq!(
            (c.target.as_str(), c.part, c.label_id.as_str()),
            (target, part, label)
        );
        if let Some(arg) = arg {
            assert!(c.label_args.contains_key(arg), "{c:?}");
        }
        assert_eq!(c.author, "Fenna de Graaf (FG)");
        assert!(c.open && !c.from_word && !c.answer_changed, "{c:?}");
    }
    let risk_comment = v.comments[1].id.clone();
    app.comments_reply(
        id,
        &risk_comment,
        "Ja, sinds mei.",
        "Jan",
        "CISO",
        today(),
        now(),
    )
    .unwrap();
    // The last author is remembered.
    assert_eq!(app.reviewer().unwrap().name, "Jan");
    let v = app
        .comments_resolve(id, &risk_comment, true, today(), now())
        .unwrap();
    assert_eq!(v.open_comments, 1);
    let c = &v.comments[1];
    assert_eq!((c.open, c.resolved_by.as_str()), (false, "Jan (CISO)"));
    assert_eq!(c.replies[0].author, "Jan (CISO)");
    // Reopened and resolved again: both in the history.
    app.comments_resolve(id, &risk_comment, false, today(), now())
        .unwrap();
    app.comments_resolve(id, &risk_comment, true, today(), now())
        .unwrap();
    let history = app.assessments_history(id).unwrap();
    let comment_changes = history
        .iter()
        .filter(|h| h.field.starts_with("/comments/"))
        .count();
    assert_eq!(
        comment_changes, 6,
        "2 added, 1 reply, 3 resolve/reopen: one line each"
    );
    // The answer changes: the comment stays and says so.
    let v = app
        .assessments_set(
            id,
            "/controller/necessity",
            json!("Iets anders"),
            today(),
            now(),
        )
        .unwrap();
    assert!(v.comments[0].answer_changed);

    // The DOCX carries the open comment as a Word comment on the answer.
    let out = d.join("starter.docx");
    let token = app.grant(Purpose::Save, out.clone()).token;
    app.documents_export(id, "starter", "docx", "nl", &token, today(), offset())
        .unwrap()
        .write()
        .unwrap();
    let word = dpia_docx::read_comments(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(word.len(), 1, "{word:?}");
    assert_eq!(word[0].text, "Waarom is dit nodig?");
    assert_eq!(
        word[0].place,
        Some(dpia_docx::Place::Tag("/controller/necessity".into()))
    );
    // Importing that DOCX again: the same assessment, so a merge is offered, with nothing new
    // and no answers differing.
    let view = import(&mut app, &out);
    let merge = view.merge.expect("a merge is offered");
    assert_eq!((view.id, merge.new_comments), (id, 0));
    assert!(merge.differing.is_empty(), "{:?}", merge.differing);
}

#[test]
fn word_comments_come_in_and_a_second_import_offers_the_merge() {
    let d = dir("comments-word");
    let mut app = App::open(&d.join("db.sqlite"));
    let fixture = repo("tests/documents/hospital.review.libreoffice.docx");
    let first = import(&mut app, &fixture);
    assert!(first.merge.is_none());
    assert_eq!(first.comments_taken, 2, "the CISO's comment and the reply");
    let v = app.assessments_view(first.id, today()).unwrap();
    let from_word: Vec<_> = v.comments.iter().filter(|c| c.from_word).collect();
    assert!(
        from_word
            .iter()
            .any(|c| c.target == "/controller/proportionality" && c.author == "Jan Jansen (CISO)"),
        "{from_word:#?}"
    );
    // The same file again: a merge is offered (nothing new), nothing is imported yet.
    let second = import(&mut app, &fixture);
    let merge = second.merge.expect("merge offered");
    assert_eq!((second.id, merge.new_comments), (first.id, 0));
    assert_eq!(list(&app).len(), 1);
    // Taking over changes nothing; asking for a copy makes one with an id of its own.
    let taken = app.assessments_import_merge(true, today(), now()).unwrap();
    assert_eq!((taken.id, taken.comments_taken), (first.id, 0));
    let _ = import(&mut app, &fixture);
    let copy = app.assessments_import_merge(false, today(), now()).unwrap();
    assert_ne!(copy.id, first.id);
    assert_eq!(list(&app).len(), 2);
    let a = app.assessments_view(copy.id, today()).unwrap().assessment;
    assert!(!a.id.is_empty() && a.id != "hospital-review");
    // Nothing pending any more.
    let err = app
        .assessments_import_merge(true, today(), now())
        .unwrap_err();
    assert_eq!(err.code, "import_nothing");
}

#[test]
fn refusals_are_worded_in_both_languages() {
    for lang in ["nl", "en"] {
        let d = dir(&format!("comments-refused-{lang}"));
        let mut app = App::open(&d.join("db.sqlite"));
        let l = app.parse_lang(lang).unwrap();
        app.set_lang(l).unwrap();
        let id = import(&mut app, &repo("tests/scenarios/hospital.dpia.json")).id;
        let cases = [
            (
                app.comments_add(id, "", "  ", "Fenna", "", today(), now()),
                "comment_empty",
            ),
            (
                app.comments_add(id, "", "Tekst", " ", "", today(), now()),
                "comment_author",
            ),
            (
                app.comments_resolve(id, "nope", true, today(), now()),
                "comment_unknown",
            ),
        ];
        for (result, code) in cases {
            let err = result.unwrap_err();
            assert_eq!(err.code, code);
            assert!(
                !err.message.is_empty() && !err.message.contains("error-"),
                "{err:?}"
            );
        }
    }
}

#[test]
fn a_merge_takes_over_the_resolution_and_replies_of_a_comment_both_have() {
    let d = dir("comments-merge-resolved");
    let mut app = App::open(&d.join("db.sqlite"));
    let id = import(&mut app, &repo("tests/scenarios/hospital.dpia.json")).id;
    let v = app
        .comments_add(
            id,
            "/controller/necessity",
            "Waarom is dit nodig?",
            "Fenna de Graaf",
            "FG",
            today(),
            now(),
        )
        .unwrap();
    // A copy of the file in which the CISO replied and the FG resolved the comment.
    let mut copy = v.assessment.clone();
    let c = &mut copy.comments[0];
    c.replies.push(dpia_assessment::Reply {
        id: "r-ciso".into(),
        author: "Jan Jansen".into(),
        role: "CISO".into(),
        at: now(),
        text: "Zie het projectplan.".into(),
        origin: dpia_assessment::CommentOrigin::App,
    });
    c.status = dpia_assessment::CommentStatus::Resolved;
    c.resolved_by = "Fenna de Graaf (FG)".into();
    c.resolved_at = Some(now());
    let path = d.join("copy.dpia.json");
    std::fs::write(&path, dpia_assessment::to_json(&copy)).unwrap();
    let view = import(&mut app, &path);
    let merge = view.merge.expect("a merge is offered");
    assert_eq!(
        (view.id, merge.new_comments),
        (id, 2),
        "the reply and the resolution"
    );
    let taken = app.assessments_import_merge(true, today(), now()).unwrap();
    assert_eq!((taken.id, taken.comments_taken), (id, 2));
    let v = app.assessments_view(id, today()).unwrap();
    let c = &v.comments[0];
    assert!(!c.open);
    assert_eq!(c.resolved_by, "Fenna de Graaf (FG)");
    assert!(!c.resolved_at.is_empty());
    assert_eq!(c.replies.len(), 1);
    assert_eq!(v.open_comments, 0);
    assert_eq!(v.assessment.comments, copy.comments);
}
