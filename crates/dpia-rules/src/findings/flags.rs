//! The flags beside the verdict: transfers, map vendors, options that bring in parties,
//! retention beyond the source, NEN 7510, the AI Act, certificates, automated decisions, the
//! client's role, the IAMA, the views of data subjects and the statement version.

use super::legal::basis_checks;
use super::*;
use crate::dates::Dates;
use dpia_assessment::{Assessment, Characteristic as C, Sector};
use dpia_statement::{ClauseTopic, Condition, Norm, OptionEffect, Statement};

pub fn flags(
    statement: &Statement,
    a: &Assessment,
    dates: &Dates,
    verdict: crate::Verdict,
) -> Vec<Flag> {
    use StatementRef::Item;
    let mut out = Vec::new();
    let item11 = Item(statement.intended_use.item);

    out.extend(legal_blockers(statement, a));
    let special_data = triggers::sensitive_categories(a);
    if !special_data.is_empty() && !statement.intended_use.special_data_possible {
        out.push(flag(
            FlagKind::StatementNotDesignedForSpecialData,
            Severity::Blocking,
            special_data,
            &[
                vec![item11],
                statement.clauses_about(ClauseTopic::SpecialDataDefault),
            ]
            .concat(),
        ));
    }

    let developed = triggers::developed_services(statement, a);
    let works_outside_eea = statement
        .outside_eea()
        .any(|s| s.condition == Condition::DevelopmentWork);
    if works_outside_eea && !developed.is_empty() {
        out.push(flag(
            FlagKind::TransferDevelopmentOutsideEea,
            Severity::Warning,
            developed,
            &[
                Item(statement.locations.item),
                Item(statement.sub_processors.item),
            ],
        ));
    }
    let visuals = triggers::map_visuals(statement, a);
    if let (false, Some(maps)) = (visuals.is_empty(), &statement.map_visuals) {
        let mut t = visuals.clone();
        if let Some((option, Some(dpia_assessment::OptionValue::Choice(c)))) =
            a.option_with(statement, OptionEffect::ReportEnvironment)
        {
            t.push(Trigger::OptionChoice {
                option: option.to_string(),
                choice: c.clone(),
            });
        }
        out.push(flag(
            FlagKind::TransferMapVisuals,
            Severity::Warning,
            visuals,
            &[Item(maps.item)],
        ));
        out.push(flag(
            FlagKind::MapVendorsRecipients,
            Severity::Warning,
            t,
            &[Item(maps.item)],
        ));
    }
    let personal = !triggers::personal_data_services(a).is_empty();
    for option in &statement.options {
        let brings_parties = statement.sub_processors.list.iter().any(|s| {
            s.condition
                == Condition::Option {
                    option: option.id.clone(),
                }
        });
        if brings_parties && a.chose(&option.id) && personal {
            out.push(flag(
                FlagKind::OptionSubProcessors {
                    option: option.id.clone(),
                },
                Severity::Info,
                vec![Trigger::Option {
                    option: option.id.clone(),
                }],
                &[Item(statement.sub_processors.item)],
            ));
        }
    }
    let retention: Vec<Trigger> = statement
        .options_with(OptionEffect::RetentionBeyondSource)
        .filter(|o| a.chose(&o.id))
        .map(|o| Trigger::Option {
            option: o.id.clone(),
        })
        .collect();
    if !retention.is_empty() && personal {
        let mut sources: Vec<StatementRef> = statement
            .options_with(OptionEffect::RetentionBeyondSource)
            .filter(|o| a.chose(&o.id))
            .map(|o| Item(o.item))
            .collect();
        sources.push(Item(statement.deletion.item));
        sources.sort();
        sources.dedup();
        out.push(flag(
            FlagKind::RetentionBeyondSource,
            Severity::Warning,
            retention,
            &sources,
        ));
    }
    let health = triggers::categories(a, |c| {
        matches!(c, DataCategory::Health | DataCategory::PatientNumbers)
    });
    let care = matches!(
        a.organisation.sector,
        Some(Sector::Hospital | Sector::GpPostCareGroup | Sector::CareProvider)
    );
    let care_with_health = !health.is_empty() && care;
    if care_with_health {
        let mut health = health;
        if let Some(sector) = a.organisation.sector {
            health.push(Trigger::Sector { sector });
        }
        out.push(flag(
            FlagKind::Nen7510,
            Severity::Info,
            health,
            &[Item(statement.certifications.item)],
        ));
    }
    out.extend(super::ai_act::flags(statement, a));
    out.extend(super::employment::flags(a));
    for cert in &statement.certifications.list {
        // NEN 7510 is an obligation of care providers: its expiry matters only to them.
        let relevant = cert.norm != Some(Norm::Nen7510) || care_with_health;
        if relevant && cert.valid_until < dates.review {
            out.push(flag(
                FlagKind::CertificateExpiresBeforeReview {
                    certificate: cert.id.clone(),
                    valid_until: cert.valid_until,
                },
                Severity::Warning,
                vec![Trigger::ReviewDate { date: dates.review }],
                &[Item(statement.certifications.item)],
            ));
        }
    }
    out.extend(
        basis_checks(statement, a)
            .into_iter()
            .filter(|f| f.severity != Severity::Blocking),
    );
    let government = matches!(
        a.organisation.sector,
        Some(Sector::Municipality | Sector::Government)
    );
    if a.has_characteristic(C::AutomatedDecisions) {
        let mut t = triggers::characteristics(a, &[C::AutomatedDecisions]);
        if let Some(sector) = a.organisation.sector {
            t.push(Trigger::Sector { sector });
        }
        out.push(flag(
            FlagKind::AutomatedDecisions { public: government },
            Severity::Warning,
            t,
            &[],
        ));
    }
    if a.client_is_processor() {
        // The client's customers are the controllers: their written authorisation for this
        // processor (GDPR Art. 28(2)) and their instructions (Art. 28(3)(a), 29) are to arrange.
        let sources = [
            statement.clauses_about(ClauseTopic::ClientMayBeProcessor),
            statement.clauses_about(ClauseTopic::Instructions),
            statement.clauses_about(ClauseTopic::SubProcessorAuthorisation),
        ]
        .concat();
        out.push(flag(
            FlagKind::ClientIsProcessor,
            Severity::Warning,
            vec![Trigger::ClientRole],
            &sources,
        ));
    }
    // The IAMA is recommended where no fundamental-rights impact assessment is a legal duty
    // (where it is, the FRIA flag names the IAMA as the way to do it).
    if government && super::ai_act::fria_duty(statement, a).is_none() {
        let mut t = triggers::ml_with_personal_data(statement, a);
        t.extend(triggers::characteristics(
            a,
            &[
                C::PredictionsAboutPeople,
                C::AutomatedDecisions,
                C::SignificantDecisions,
            ],
        ));
        if !t.is_empty() {
            if let Some(sector) = a.organisation.sector {
                t.push(Trigger::Sector { sector });
            }
            out.push(flag(FlagKind::Iama, Severity::Warning, t, &[]));
        }
    }
    let developed = triggers::developed_services(statement, a);
    if !developed.is_empty() {
        for sub in statement
            .outside_eea()
            .filter(|s| s.condition == Condition::DevelopmentWork && s.country.is_none())
        {
            out.push(flag(
                FlagKind::ThirdCountryUnknown {
                    sub_processor: sub.id.clone(),
                },
                Severity::Warning,
                developed.clone(),
                &[Item(statement.sub_processors.item)],
            ));
        }
    }
    if verdict == crate::Verdict::Required && a.controller.views.sought.is_none() {
        out.push(flag(
            FlagKind::ViewsOfDataSubjects,
            Severity::Info,
            vec![Trigger::MissingFollowUp {
                field: "controller.views.sought".into(),
            }],
            &[],
        ));
    }
    if a.statement.version != statement.version.version {
        out.push(flag(
            FlagKind::StatementVersionMismatch,
            Severity::Warning,
            vec![Trigger::StatementVersion {
                assessment: a.statement.version.clone(),
                statement: statement.version.version.clone(),
            }],
            &[Item(statement.version.item)],
        ));
    }
    out.sort_by(|x, y| (x.severity, &x.kind).cmp(&(y.severity, &y.kind)));
    out
}
