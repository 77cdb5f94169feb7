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
        &format!("{}: {}", m.get("cli-verdict"), words::verdict_text(m, s)),
    );
    for r in words::verdict_reasons(m, st, s) {
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
                words::sub_processor_reason(m, st, &p.reason)
            );
        }
    }
    if !s.map_recipients.is_empty() {
        heading(&mut out, &m.get("cli-map-recipients"));
        for r in &s.map_recipients {
            let _ = writeln!(
                out,
                "- {}: {} — {}",
                words::map_visual(st, &r.visual),
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
        let _ = writeln!(out, "- {}", words::open_question(m, st, q));
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

pub fn risks(m: &Messages, st: &Statement, a: &Assessment, risks: &[Risk]) -> String {
    let mut out = String::new();
    heading(&mut out, &m.get("cli-risks"));
    if risks.is_empty() {
        let _ = writeln!(out, "{}", words::no_risks(m, st, a));
    }
    for r in risks {
        let _ = writeln!(out, "\n{}. {}", r.number, words::risk_title(m, st, r));
        let _ = writeln!(out, "    {}", words::risk_description(m, st, r));
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
        for c in &r.causes {
            let _ = writeln!(
                out,
                "    {}: {}",
                m.get("cli-risk-cause"),
                words::cause(m, &r.id, c.id)
            );
            for x in &c.addressed_by {
                let _ = writeln!(
                    out,
                    "      + {} — {}",
                    words::measure_name(m, st, &x.by),
                    words::why(m, x)
                );
            }
            if !c.addressed() {
                let _ = writeln!(out, "      ! {}", m.get("doc-not-addressed"));
                for w in &c.would {
                    let _ = writeln!(out, "        → {}", words::controller_measure(m, w));
                }
            }
        }
        for x in &r.limits {
            let _ = writeln!(
                out,
                "    {}: {} — {}",
                m.get("doc-consequences-row"),
                words::measure_name(m, st, &x.by),
                words::why(m, x)
            );
        }
        let _ = writeln!(
            out,
            "    {}: {} × {} = {} ({})",
            m.get("cli-risk-after"),
            words::level(m, r.residual_likelihood),
            words::level(m, r.residual_impact),
            words::level(m, r.residual_level),
            m.get("doc-indicative")
        );
        for h in &r.holds {
            let _ = writeln!(out, "    {}", words::hold(m, *h));
        }
        if r.prior_consultation {
            let _ = writeln!(out, "    ! {}", m.get("cli-prior-consultation"));
        }
    }
    out
}

/// The statement's entries in statement order, each under its source marker.
pub fn statement(m: &Messages, st: &Statement) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}: {} — {}",
        m.get("cli-statement"),
        st.label(),
        m.date(st.version.valid_from)
    );
    if let Some(d) = &st.version.discrepancy {
        let _ = writeln!(
            out,
            "{}: {}",
            m.get("cli-statement-discrepancy"),
            d.get(m.lang())
        );
    }
    for e in dpia_statement::entries(st) {
        let (source, title, paragraphs) = words::entry(m, &e);
        if title.is_empty() {
            heading(&mut out, &source);
        } else {
            heading(&mut out, &format!("{source}: {title}"));
        }
        for p in paragraphs {
            let _ = writeln!(out, "{p}");
        }
    }
    out
}
