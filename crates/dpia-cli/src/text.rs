//! Plain-text output of the CLI: screening, risks and the statement, in one language.

use dpia_assessment::Assessment;
use dpia_i18n::{self as words, Messages};
use dpia_rules::{Risk, Screening};
use dpia_statement::{Statement, StatementRef};
use std::fmt::Write;

fn heading(out: &mut String, title: &str) {
    let _ = writeln!(out, "\n{title}\n{}", "-".repeat(title.chars().count()));
}

pub fn screening(m: &Messages, st: &Statement, a: &Assessment, s: &Screening) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} — {}", m.get("app-name"), a.organisation.name);
    let _ = writeln!(out, "{}: {}", m.get("cli-statement"), st.label());
    heading(
        &mut out,
        &format!("{}: {}", m.get("cli-verdict"), words::verdict(m, s.verdict)),
    );
    for r in words::reasons(m, s) {
        let _ = writeln!(out, "- {r}");
    }
    heading(&mut out, &m.get("cli-hits"));
    if s.hits.is_empty() {
        let _ = writeln!(out, "{}", m.get("cli-none"));
    }
    let mut large_scale = false;
    for h in &s.hits {
        let _ = writeln!(out, "- {}", words::criterion(m, h.criterion));
        let _ = writeln!(
            out,
            "    {}: {}",
            m.get("cli-because"),
            words::triggers(m, st, &h.triggers)
        );
        large_scale |= h.triggers.iter().any(|t| {
            matches!(
                t,
                dpia_rules::Trigger::Estimate { .. } | dpia_rules::Trigger::Sector { .. }
            )
        });
    }
    if large_scale {
        let _ = writeln!(out, "  ({})", words::large_scale_rule(m));
    }
    heading(&mut out, &m.get("cli-not-hit"));
    for part in words::not_hit(m, s).split("; ") {
        let _ = writeln!(out, "- {part}");
    }
    heading(&mut out, &m.get("cli-flags"));
    if s.flags.is_empty() {
        let _ = writeln!(out, "{}", m.get("cli-none"));
    }
    for f in &s.flags {
        let _ = writeln!(
            out,
            "- [{}] {}",
            words::severity(m, f.severity),
            words::flag_title(m, st, f)
        );
        let _ = writeln!(out, "    {}", words::flag_detail(m, st, f));
        let _ = writeln!(
            out,
            "    {}: {}",
            m.get("cli-because"),
            words::triggers(m, st, &f.triggers)
        );
        if !f.sources.is_empty() {
            let _ = writeln!(out, "    ({})", words::sources(m, &f.sources));
        }
    }
    heading(&mut out, &m.get("cli-sub-processors"));
    if s.sub_processors.is_empty() {
        let _ = writeln!(out, "{}", m.get("cli-none"));
    }
    for p in &s.sub_processors {
        if let Some(sub) = st.sub_processor(&p.id) {
            let _ = writeln!(
                out,
                "- {} ({}, {}): {}",
                sub.name,
                words::location(m, sub.location),
                words::source(m, StatementRef::Item(st.sub_processors.item)),
                words::sub_processor_reason(m, p.reason)
            );
        }
    }
    if !s.map_recipients.is_empty() {
        heading(&mut out, &m.get("cli-map-recipients"));
        for r in &s.map_recipients {
            let _ = writeln!(
                out,
                "- {}: {} — {}",
                words::map_visual(st, r.visual),
                r.vendors.join(", "),
                words::vendor_role(m, r.role)
            );
        }
    }
    heading(&mut out, &m.get("cli-open-questions"));
    if s.open_questions.is_empty() {
        let _ = writeln!(out, "{}", m.get("cli-none"));
    }
    for q in &s.open_questions {
        let _ = writeln!(out, "- {}", words::open_question(m, q));
    }
    heading(&mut out, &m.get("cli-dates"));
    let d = &s.dates;
    let _ = writeln!(
        out,
        "- {}: {}",
        m.get("cli-date-assessment"),
        m.date(d.assessment)
    );
    let _ = writeln!(
        out,
        "- {}: {}",
        m.get("cli-date-valid-from"),
        m.date(d.statement_valid_from)
    );
    let _ = writeln!(out, "- {}: {}", m.get("cli-date-review"), m.date(d.review));
    if let Some(t) = d.termination_deadline {
        let _ = writeln!(out, "- {}: {}", m.get("cli-date-termination"), m.date(t));
    }
    for c in &st.certifications.list {
        let _ = writeln!(out, "- {}", dpia_i18n::certificate(m, c));
    }
    out
}

pub fn risks(m: &Messages, st: &Statement, risks: &[Risk]) -> String {
    let mut out = String::new();
    heading(&mut out, &m.get("cli-risks"));
    if risks.is_empty() {
        let _ = writeln!(out, "{}", m.get("cli-no-risks"));
    }
    for (i, r) in risks.iter().enumerate() {
        let _ = writeln!(out, "\nR{}. {}", i + 1, words::risk_title(m, r.id));
        let _ = writeln!(out, "    {}", words::risk_description(m, r.id));
        let _ = writeln!(
            out,
            "    {}: {}",
            m.get("cli-because"),
            words::triggers(m, st, &r.triggers)
        );
        let _ = writeln!(
            out,
            "    {}: {} × {} = {}",
            m.get("cli-risk-before"),
            words::level(m, r.likelihood),
            words::level(m, r.impact),
            words::level(m, r.level)
        );
        let _ = writeln!(
            out,
            "    {}: {}",
            m.get("cli-risk-measures"),
            words::sources(m, &r.measures)
        );
        let _ = writeln!(
            out,
            "    {}: {}",
            m.get("cli-risk-controller"),
            words::risk_controller(m, r.id)
        );
        let _ = writeln!(
            out,
            "    {}: {} × {} = {}",
            m.get("cli-risk-after"),
            words::level(m, r.residual_likelihood),
            words::level(m, r.residual_impact),
            words::level(m, r.residual_level)
        );
        if r.prior_consultation {
            let _ = writeln!(out, "    ! {}", m.get("cli-prior-consultation"));
        }
    }
    out
}

pub fn statement(m: &Messages, st: &Statement) -> String {
    let lang = m.lang();
    let mut out = String::new();
    let item = |n: u32| words::source(m, StatementRef::Item(n));
    let p = &st.processor;
    heading(
        &mut out,
        &format!("{} ({})", m.get("cli-statement-processor"), item(p.item)),
    );
    let _ = writeln!(
        out,
        "{}, {} — KvK {}",
        p.name, p.address, p.chamber_of_commerce
    );
    let c = &p.privacy_contact;
    let _ = writeln!(
        out,
        "{}: {} ({}), {}, {}",
        m.get("cli-statement-contact"),
        c.name,
        c.role.get(lang),
        c.email,
        c.phone
    );
    heading(
        &mut out,
        &format!(
            "{} ({})",
            m.get("cli-statement-version"),
            item(st.version.item)
        ),
    );
    let _ = writeln!(
        out,
        "{} — {}",
        st.version.version,
        m.date(st.version.valid_from)
    );
    let _ = writeln!(out, "{}", st.version.text.get(lang));
    if let Some(d) = &st.version.discrepancy {
        let _ = writeln!(
            out,
            "{}: {}",
            m.get("cli-statement-discrepancy"),
            d.get(lang)
        );
    }
    let _ = writeln!(
        out,
        "[{}] {}",
        item(st.changes.item),
        st.changes.text.get(lang)
    );
    for s in &st.services.list {
        heading(
            &mut out,
            &format!("{} {} ({})", s.letter, s.name.get(lang), item(s.item)),
        );
        let _ = writeln!(out, "{}", s.description.get(lang));
    }
    let facts: [(&str, u32, &dpia_statement::Text); 5] = [
        ("data_flow", st.data_flow.item, &st.data_flow.text),
        ("role", st.role.item, &st.role.text),
        ("intended_use", st.intended_use.item, &st.intended_use.text),
        ("health", st.intended_use.item, &st.intended_use.health_data),
        ("isms", st.isms.item, &st.isms.text),
    ];
    for (_, n, text) in facts {
        let _ = writeln!(out, "\n[{}] {}", item(n), text.get(lang));
    }
    let _ = writeln!(out);
    for k in &st.intended_use.data_kinds {
        let _ = writeln!(out, "  • {}", k.get(lang));
    }
    let _ = writeln!(out);
    for x in &st.privacy_by_design.measures {
        let _ = writeln!(
            out,
            "[{}] {}",
            item(st.privacy_by_design.item),
            x.text.get(lang)
        );
    }
    let _ = writeln!(
        out,
        "[{}] {}",
        item(st.locations.item),
        st.locations.structural.get(lang)
    );
    let _ = writeln!(
        out,
        "[{}] {}",
        item(st.locations.item),
        st.locations.temporary.get(lang)
    );
    for x in &st.locations.measures {
        let _ = writeln!(out, "[{}] {}", item(st.locations.item), x.text.get(lang));
    }
    let _ = writeln!(
        out,
        "[{}] {}",
        item(st.map_visuals.item),
        st.map_visuals.text.get(lang)
    );
    for v in &st.map_visuals.visuals {
        let _ = writeln!(out, "  • {}: {}", v.name, v.vendors.join(", "));
    }
    let _ = writeln!(
        out,
        "[{}] {}",
        item(st.map_visuals.item),
        st.map_visuals.client_tenant_rule.get(lang)
    );
    for s in &st.sub_processors.list {
        let _ = writeln!(
            out,
            "[{}] {} {} — {}: {}",
            item(st.sub_processors.item),
            s.letter,
            s.name,
            words::location(m, s.location),
            s.condition_text.get(lang)
        );
    }
    let _ = writeln!(
        out,
        "[{}] {}",
        item(st.deletion.item),
        st.deletion.text.get(lang)
    );
    for x in &st.security.measures {
        let _ = writeln!(out, "[{}] {}", item(st.security.item), x.text.get(lang));
    }
    for c in &st.certifications.list {
        let _ = writeln!(
            out,
            "[{}] {}",
            item(st.certifications.item),
            dpia_i18n::certificate(m, c)
        );
    }
    let _ = writeln!(
        out,
        "[{}] {}",
        item(st.breach.item),
        st.breach.text.get(lang)
    );
    let _ = writeln!(out, "\n{}", st.clauses.version.get(lang));
    for c in &st.clauses.list {
        let _ = writeln!(out, "[{}] {}", c.number, c.text.get(lang));
    }
    out
}
