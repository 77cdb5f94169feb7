//! The maximal assessment shared by the benchmark and the profiling example: every service,
//! category, subject group, characteristic and option.

use chrono::NaiveDate;
use dpia_assessment::*;

pub fn maximal() -> Assessment {
    let mut a = Assessment::template(
        "KPI Solutions B.V.",
        "06-2025",
        NaiveDate::from_ymd_opt(2026, 11, 28),
    );
    a.organisation.name = "Maximaal Zorg en Handel B.V.".into();
    a.organisation.sector = Some(Sector::Hospital);
    a.description = "Alle diensten met alle soorten gegevens.".into();
    a.purposes = vec!["Sturing".into(), "Voorspelling".into()];
    for u in a.services.values_mut() {
        u.used = Some(true);
        u.categories = DataCategory::ALL.iter().copied().collect();
        u.subjects = SubjectGroup::ALL.iter().copied().collect();
        u.data_subjects_estimate = Some(1_000_000);
        u.source_systems = "EPD, HR, CRM, ERP".into();
    }
    a.characteristics = Some(Characteristic::ALL.iter().copied().collect());
    a.ai_act_area = Some(AiActArea::Employment);
    a.options = Options {
        time_travel: Some(true),
        snapshot: Some(true),
        map_visuals: Some(MapVisualId::ALL.iter().copied().collect()),
        datev_connector: Some(true),
        report_publication: Some(Tenant::Processor),
    };
    a
}
