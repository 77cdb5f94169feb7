//! The list a page at a time: search and sort in SQLite over the lines the app made, lines kept in
//! step with every change, lines made for rows stored before they existed, and one unreadable
//! row that stays one marked row.

use super::tests::{dir, line, ok, t, template};
use super::*;

/// A store with `n` assessments named "Klant 000" … for clients "Zorggroep Ëindhoven 000" …,
/// created one second apart (so the newest is the last).
fn filled(name: &str, n: u32) -> Store {
    let mut s = Store::open(&dir(name).join("db.sqlite")).unwrap();
    for i in 0..n {
        let mut a = template();
        a.organisation.name = format!("Zorggroep Ëindhoven {i:03}");
        let mut l = line(&a);
        l.verdict_rank = i64::from(i % 4);
        l.date = Some(format!("2026-01-{:02}", 1 + i % 28));
        s.create(&format!("Klant {i:03}"), &a, t(i), &l).unwrap();
    }
    s
}

fn names(p: &Page) -> Vec<&str> {
    p.rows.iter().map(|r| r.name.as_str()).collect()
}

#[test]
fn pages_are_sorted_and_searched_in_sqlite() {
    let s = filled("pages", 30);
    let p = s.page("", ListSort::Updated, 0, 10).unwrap();
    assert_eq!((p.total, p.all, p.rows.len()), (30, 30, 10));
    assert_eq!(p.rows[0].name, "Klant 029", "most recent first");
    assert_eq!(p.rows[0].client, "Zorggroep Ëindhoven 029");
    assert_eq!(p.rows[0].date.as_deref(), Some("2026-01-02"));
    let next = s.page("", ListSort::Updated, 10, 10).unwrap();
    assert_eq!(next.rows[0].name, "Klant 019");
    let last = s.page("", ListSort::Updated, 25, 10).unwrap();
    assert_eq!(
        names(&last),
        [
            "Klant 004",
            "Klant 003",
            "Klant 002",
            "Klant 001",
            "Klant 000"
        ]
    );

    // Every word, case and accents ignored, in client or name.
    let found = s.page("eindhoven 02", ListSort::Name, 0, 50).unwrap();
    assert_eq!((found.total, found.all), (11, 30), "002 and 020 to 029");
    assert_eq!(names(&found)[..3], ["Klant 002", "Klant 020", "Klant 021"]);
    assert_eq!(
        s.page("ZORGGROEP  klant 007", ListSort::Name, 0, 5)
            .unwrap()
            .total,
        1
    );
    assert_eq!(s.page("nergens", ListSort::Name, 0, 5).unwrap().total, 0);
    // SQL's wildcards are text like any other.
    assert_eq!(s.page("%", ListSort::Name, 0, 5).unwrap().total, 0);
    assert_eq!(s.page("_", ListSort::Name, 0, 5).unwrap().total, 0);

    let by_verdict = s.page("", ListSort::Verdict, 0, 3).unwrap();
    assert_eq!(names(&by_verdict), ["Klant 027", "Klant 023", "Klant 019"]);
    let by_date = s.page("", ListSort::Date, 0, 2).unwrap();
    assert_eq!(by_date.rows[0].date.as_deref(), Some("2026-01-28"));
    let by_client = s.page("", ListSort::Client, 0, 1).unwrap();
    assert_eq!(by_client.rows[0].client, "Zorggroep Ëindhoven 000");
}

#[test]
fn lines_follow_every_change() {
    let mut s = filled("follow", 3);
    let id = s.page("klant 000", ListSort::Name, 0, 1).unwrap().rows[0].id;
    s.set(
        id,
        "/organisation/name",
        "Huisartsenpost Oost".into(),
        t(10),
        &ok,
    )
    .unwrap();
    let p = s.page("huisartsenpost", ListSort::Updated, 0, 5).unwrap();
    assert_eq!(p.rows.len(), 1);
    assert_eq!(p.rows[0].client, "Huisartsenpost Oost");
    assert_eq!(s.page("", ListSort::Updated, 0, 1).unwrap().rows[0].id, id);
    s.rename(id, "Oost 2027", t(11)).unwrap();
    assert_eq!(s.page("oost 2027", ListSort::Name, 0, 5).unwrap().total, 1);
    assert_eq!(s.page("klant 000", ListSort::Name, 0, 5).unwrap().total, 0);
    let copy = s.duplicate(id, "Sjabloon", t(12), &line).unwrap();
    let p = s.page("sjabloon", ListSort::Name, 0, 5).unwrap();
    assert_eq!((p.rows[0].id, p.rows[0].client.as_str()), (copy, ""));
    s.delete(copy).unwrap();
    assert_eq!(s.page("", ListSort::Name, 0, 10).unwrap().total, 3);
    assert_eq!(
        s.same_answers(id, &s.get(id).unwrap()).unwrap(),
        None,
        "no other has these answers"
    );
    let other = s.page("klant 001", ListSort::Name, 0, 1).unwrap().rows[0].id;
    let mut same = s.get(other).unwrap();
    let twin = s.create("Tweeling", &same, t(13), &line(&same)).unwrap();
    assert_eq!(
        s.same_answers(twin, &same).unwrap().as_deref(),
        Some("Klant 001")
    );
    same.description = "anders".into();
    assert_eq!(s.same_answers(twin, &same).unwrap(), None);
}

/// Rows stored before lines existed (a database of schema 3), and one that this version cannot
/// read: the app is handed each with what it reads, makes lines, and the unreadable one stays
/// one row of the list, without facts.
#[test]
fn old_rows_get_lines_and_one_unreadable_row_stays_one_row() {
    let d = dir("stale");
    let path = d.join("db.sqlite");
    {
        let conn = Connection::open(&path).unwrap();
        for (i, sql) in MIGRATIONS.iter().enumerate().take(3) {
            conn.execute_batch(sql).unwrap();
            conn.pragma_update(None, "user_version", i as u32 + 1)
                .unwrap();
        }
        let good = dpia_assessment::to_json(&template());
        let newer = good.replace(
            &format!("\"version\": {}", dpia_assessment::CURRENT_VERSION),
            "\"version\": 99",
        );
        assert_ne!(good, newer);
        for (name, data) in [("Een", &good), ("Nieuwer", &newer), ("Twee", &good)] {
            conn.execute(
                "INSERT INTO assessments (name, data, created_at, updated_at) VALUES (?1, ?2, '2026-11-01T10:00:00.000Z', '2026-11-01T10:00:00.000Z')",
                [name, data],
            )
            .unwrap();
        }
    }
    let mut s = Store::open(&path).unwrap();
    assert_eq!(
        s.page("", ListSort::Updated, 0, 10).unwrap().total,
        0,
        "no lines yet"
    );
    let stale = s.stale_lines("app 1").unwrap();
    assert_eq!(stale.len(), 3);
    let bad = stale.iter().find(|(_, r)| r.is_err()).unwrap();
    let err = bad.1.as_ref().unwrap_err();
    assert_eq!((bad.0, err.code()), (2, "store_unreadable"), "{err}");
    assert!(matches!(
        err,
        StoreError::Unreadable {
            id: 2,
            error: FileError::Newer { found: 99, .. }
        }
    ));
    let lines: Vec<(i64, Line)> = stale
        .iter()
        .map(|(id, r)| {
            let l = match r {
                Ok(a) => line(a),
                Err(_) => Line::default(),
            };
            (
                *id,
                Line {
                    made_by: "app 1".into(),
                    ..l
                },
            )
        })
        .collect();
    s.set_lines(&lines).unwrap();
    assert!(s.stale_lines("app 1").unwrap().is_empty());
    assert_eq!(
        s.stale_lines("app 2").unwrap().len(),
        3,
        "another version remakes them"
    );
    let p = s.page("", ListSort::Name, 0, 10).unwrap();
    assert_eq!(names(&p), ["Een", "Nieuwer", "Twee"]);
    assert!(p.rows[1].facts.is_none() && p.rows[0].facts.is_some());
    // The readable ones are all there for the screens that read every assessment.
    assert_eq!(s.all().unwrap().len(), 2);
    // Opening or changing the unreadable one says why, and changes nothing.
    assert_eq!(s.get(2).unwrap_err().code(), "store_unreadable");
    let e = s.set(2, "/description", "x".into(), t(1), &ok).unwrap_err();
    assert_eq!(e.code(), "store_unreadable", "{e}");
    assert_eq!(s.line_facts().unwrap().len(), 3);
}

/// The cases of the UI's search before it moved into SQLite (`ui/src/lib/search.test.ts`).
#[test]
fn search_matches_client_or_name_any_case_without_accents_every_word() {
    let mut s = Store::open(&dir("search-cases").join("db.sqlite")).unwrap();
    let mut ids = Vec::new();
    for (client, name, at) in [
        ("Ziekenhuis Rijnoever", "BI en heropnamemodel", 1),
        ("Thuiszorg De Linde", "Zorguren", 20),
        ("Café Ëlan", "Kassa", 0),
    ] {
        let mut a = template();
        a.organisation.name = client.into();
        ids.push(s.create(name, &a, t(at), &line(&a)).unwrap());
    }
    let found = |q: &str| -> Vec<i64> {
        let p = s.page(q, ListSort::Updated, 0, 10).unwrap();
        let mut v: Vec<i64> = p.rows.iter().map(|r| r.id).collect();
        v.sort();
        v
    };
    assert_eq!(found(""), ids);
    assert_eq!(found("ZIEKEN"), [ids[0]]);
    assert_eq!(found("zorguren"), [ids[1]]);
    assert_eq!(found("cafe elan"), [ids[2]]);
    assert_eq!(found("linde zorg"), [ids[1]]);
    assert!(found("nothing").is_empty());
    // Newest change first.
    let order: Vec<i64> = s
        .page("", ListSort::Updated, 0, 10)
        .unwrap()
        .rows
        .iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(order, [ids[1], ids[0], ids[2]]);
}
