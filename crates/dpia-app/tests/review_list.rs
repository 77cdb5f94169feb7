//! What the review list needs from the view: a general comment (on the whole assessment) is
//! added like any other, listed under "general" (part `Other`) and recorded in the history;
//! every comment says whether it is the remembered reviewer's own ("mine"), also the one just
//! added, and that follows the reviewer the app remembers.

use dpia_app::{App, Part, Purpose};

mod support;
use support::{dir, now, repo, today};

#[test]
fn a_general_comment_is_listed_recorded_and_mine_follows_the_reviewer() {
    let d = dir("review-list");
    let mut app = App::open(&d.join("db.sqlite"));
    let token = app
        .grant(
            Purpose::Import,
            repo("tests/scenarios/hospital.dpia.json").to_path_buf(),
        )
        .token;
    let id = support::import(&mut app, &token).unwrap().id;

    // The FG's general comment: no target, shown as "general", hers at once.
    let v = app
        .comments_add(
            id,
            "",
            "Graag ook de bewaartermijnen nalopen.",
            "Fenna de Graaf",
            "FG",
            today(),
            now(),
        )
        .unwrap();
    let c = &v.comments[0];
    assert_eq!(
        (c.target.as_str(), c.part, c.label_id.as_str()),
        ("", Part::Other, "ui-comment-general")
    );
    assert!(c.open && c.mine, "{c:?}");

    // The CISO comments on a risk: now his is mine and hers is not.
    let v = app
        .comments_add(
            id,
            "risk:unauthorised_access",
            "MFA staat aan.",
            "Jan",
            "CISO",
            today(),
            now(),
        )
        .unwrap();
    let mine: Vec<bool> = v.comments.iter().map(|c| c.mine).collect();
    assert_eq!(mine, [false, true]);
    // The same in a view read afresh.
    let v = app.assessments_view(id, today()).unwrap();
    let mine: Vec<bool> = v.comments.iter().map(|c| c.mine).collect();
    assert_eq!(mine, [false, true]);

    // The general comment is in the history, as an added comment.
    let history = app.assessments_history(id).unwrap();
    let general = history
        .iter()
        .find(|h| h.field == "/comments/0")
        .expect("the general comment is in the history");
    assert_eq!(
        (general.step, general.label_id.as_str()),
        (Part::Other, "ui-history-comment")
    );
    assert_eq!(general.event, dpia_app::HistoryEvent::Added);
}
