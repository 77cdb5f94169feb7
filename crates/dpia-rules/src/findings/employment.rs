//! Employees' data: the works council's consent for HR reporting, analysis and monitoring of the
//! people working in the organisation (Wet op de ondernemingsraden, art. 27(1)(k) and (l)).

use super::*;
use dpia_assessment::{Assessment, Characteristic as C, SubjectGroup};

/// The works council flag: employees are among the people of a used service that carries
/// personal data. Consent is needed where the organisation has a works council (from 50 people,
/// WOR art. 2); the flag says so.
pub(super) fn flags(a: &Assessment) -> Vec<Flag> {
    let employees: Vec<Trigger> = a
        .used_services()
        .filter(|(_, u)| u.has_data() && u.subjects.contains(&SubjectGroup::Employees))
        .map(|(service, _)| Trigger::Subjects {
            service: service.to_string(),
            group: SubjectGroup::Employees,
        })
        .collect();
    if employees.is_empty() {
        return Vec::new();
    }
    let monitoring = triggers::characteristics(a, &[C::EmployeeMonitoring]);
    let mut t = employees;
    let is_monitoring = !monitoring.is_empty();
    t.extend(monitoring);
    vec![flag(
        FlagKind::WorksCouncil {
            monitoring: is_monitoring,
        },
        Severity::Warning,
        t,
        &[],
    )]
}
