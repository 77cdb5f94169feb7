//! The live screening as the UI shows it: the verdict, the criteria hit with their triggers, flags,
//! sub-processors, map recipients and open questions, worded.

use super::*;

#[derive(Debug, Clone, Serialize, TS)]
pub struct HitView {
    /// e.g. `dpa-7`
    pub key: String,
    pub framework: Framework,
    pub title: String,
    pub triggers: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct FlagView {
    pub severity: Severity,
    pub severity_text: String,
    pub title: String,
    pub detail: String,
    pub triggers: String,
    pub sources: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct PartyView {
    pub name: String,
    pub detail: String,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct ScreeningView {
    /// `unknown` while the services and their data are not answered yet (then no verdict is
    /// shown, only that it is not known yet).
    pub verdict: VerdictState,
    pub verdict_text: String,
    pub provisional: bool,
    pub reasons: Vec<String>,
    /// The blocking findings' titles, shown with the verdict wherever it shows (the flags below
    /// give each in full).
    pub blocking: Vec<String>,
    pub hits: Vec<HitView>,
    pub not_hit: String,
    pub large_scale_rule: String,
    pub flags: Vec<FlagView>,
    pub sub_processors: Vec<PartyView>,
    pub map_recipients: Vec<PartyView>,
    pub open_questions: Vec<String>,
    pub review_date: String,
}

pub fn screening(m: &Messages, st: &Statement, s: &Screening) -> ScreeningView {
    let not_hit = words::not_hit(m, s);
    ScreeningView {
        verdict: s.verdict_state(),
        verdict_text: words::verdict_text(m, s),
        provisional: s.provisional,
        reasons: words::reasons(m, s),
        blocking: s
            .flags
            .iter()
            .filter(|f| f.severity == Severity::Blocking)
            .map(|f| words::flag_title(m, st, f))
            .collect(),
        hits: s
            .hits
            .iter()
            .map(|h| HitView {
                key: h.criterion.key(),
                framework: h.criterion.framework,
                title: words::criterion(m, h.criterion),
                triggers: words::triggers(m, st, &h.triggers),
            })
            .collect(),
        not_hit,
        large_scale_rule: words::large_scale_rule(m),
        flags: s
            .flags
            .iter()
            .map(|f| FlagView {
                severity: f.severity,
                severity_text: words::severity(m, f.severity),
                title: words::flag_title(m, st, f),
                detail: words::flag_detail(m, st, f),
                triggers: words::triggers(m, st, &f.triggers),
                sources: words::sources(m, &f.sources),
            })
            .collect(),
        sub_processors: s
            .sub_processors
            .iter()
            .filter_map(|p| st.sub_processor(&p.id).map(|sub| (p, sub)))
            .map(|(p, sub)| PartyView {
                name: sub.name.clone(),
                detail: words::location(m, sub.location),
                reason: words::sub_processor_reason(m, st, &p.reason),
            })
            .collect(),
        map_recipients: s
            .map_recipients
            .iter()
            .map(|r| PartyView {
                name: r.vendors.join(", "),
                detail: words::map_visual(st, &r.visual),
                reason: words::vendor_role(m, r.role),
            })
            .collect(),
        open_questions: s
            .open_questions
            .iter()
            .map(|q| words::open_question(m, st, q))
            .collect(),
        review_date: m.date(s.dates.review),
    }
}
