//! Places in the statement (`StatementRef`) and the look-ups the rules and documents ask of a
//! statement.

use super::*;
use serde::{Deserialize, Serialize};

/// A reference to a place in the statement, for source markers in documents.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case", tag = "kind", content = "number")]
pub enum StatementRef {
    /// A numbered item of part 1.
    Item(u32),
    /// A standard clause of part 2, as (article, sub) e.g. (7, 2).
    Clause(u32, u32),
}

impl StatementRef {
    /// "7.2" → `Clause(7, 2)`.
    pub fn clause(number: &str) -> Option<StatementRef> {
        let (a, b) = number.split_once('.')?;
        Some(StatementRef::Clause(a.parse().ok()?, b.parse().ok()?))
    }
}

impl Statement {
    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.list.iter().find(|s| s.id == id)
    }

    /// The name of a service in `lang`, or the id when the statement has no such service.
    pub fn service_name(&self, id: &str, lang: Lang) -> String {
        self.service(id)
            .map_or_else(|| id.to_string(), |s| s.name.get(lang).to_string())
    }

    pub fn option(&self, id: &str) -> Option<&ProcessorOption> {
        self.options.iter().find(|o| o.id == id)
    }

    /// The (first) option with this generic effect, if the statement has one.
    pub fn option_with(&self, effect: OptionEffect) -> Option<&ProcessorOption> {
        self.options_with(effect).next()
    }

    /// Every option with this generic effect.
    pub fn options_with(&self, effect: OptionEffect) -> impl Iterator<Item = &ProcessorOption> {
        self.options
            .iter()
            .filter(move |o| o.effect == Some(effect))
    }

    /// Whether a service has a trait (false for an id the statement does not have).
    pub fn service_has(&self, id: &str, t: ServiceTrait) -> bool {
        self.service(id).is_some_and(|s| s.traits.contains(&t))
    }

    pub fn sub_processor(&self, id: &str) -> Option<&SubProcessor> {
        self.sub_processors.list.iter().find(|s| s.id == id)
    }

    pub fn map_visual(&self, id: &str) -> Option<&MapVisual> {
        self.map_visuals
            .as_ref()?
            .visuals
            .iter()
            .find(|s| s.id == id)
    }

    pub fn clause(&self, number: &str) -> Option<&Clause> {
        self.clauses.list.iter().find(|c| c.number == number)
    }

    /// The standard clauses about a topic, as references, in statement order.
    pub fn clauses_about(&self, topic: ClauseTopic) -> Vec<StatementRef> {
        self.clauses
            .list
            .iter()
            .filter(|c| c.topic == Some(topic))
            .filter_map(|c| StatementRef::clause(&c.number))
            .collect()
    }

    pub fn measure(&self, id: &str) -> Option<&Measure> {
        self.measures.iter().find(|m| m.id == id)
    }

    /// The certificate for a norm, if the processor has one.
    pub fn certificate_for(&self, norm: Norm) -> Option<&Certificate> {
        self.certifications
            .list
            .iter()
            .find(|c| c.norm == Some(norm))
    }

    /// The certificate that expires first.
    pub fn earliest_certificate_expiry(&self) -> Option<&Certificate> {
        self.certifications
            .list
            .iter()
            .min_by_key(|c| c.valid_until)
    }

    /// Processor name and version, e.g. "KPI Solutions B.V. 06-2025".
    pub fn label(&self) -> String {
        format!("{} {}", self.processor.name, self.version.version)
    }

    /// The printed item number of a section (`None` for an optional section that is absent).
    pub fn section_item(&self, section: Section) -> Option<u32> {
        Some(match section {
            Section::Processor => self.processor.item,
            Section::Version => self.version.item,
            Section::Changes => self.changes.as_ref()?.item,
            Section::Services => self.services.item,
            Section::DataFlow => self.data_flow.item,
            Section::Role => self.role.item,
            Section::IntendedUse => self.intended_use.item,
            Section::PrivacyByDesign => self.privacy_by_design.item,
            Section::StandardClausesUsed => self.standard_clauses_used.item,
            Section::Locations => self.locations.item,
            Section::MapVisuals => self.map_visuals.as_ref()?.item,
            Section::SubProcessors => self.sub_processors.item,
            Section::Deletion => self.deletion.item,
            Section::Security => self.security.item,
            Section::Isms => self.isms.as_ref()?.item,
            Section::Certifications => self.certifications.item,
            Section::Breach => self.breach.item,
        })
    }

    /// Where a measure stands, as a reference for source markers.
    pub fn measure_source(&self, m: &Measure) -> Option<StatementRef> {
        match (&m.section, &m.service, &m.clause) {
            (Some(s), None, None) => self.section_item(*s).map(StatementRef::Item),
            (None, Some(id), None) => self.service(id).map(|s| StatementRef::Item(s.item)),
            (None, None, Some(c)) => StatementRef::clause(c),
            _ => None,
        }
    }

    /// The measures that address a risk (its causes or consequences), each with what it does, in
    /// statement order.
    pub fn measures_for<'a>(
        &'a self,
        risk: &'a str,
    ) -> impl Iterator<Item = (&'a Measure, &'a Addressing)> + 'a {
        self.measures.iter().flat_map(move |m| {
            m.addresses
                .iter()
                .filter(move |x| x.risk == risk)
                .map(move |x| (m, x))
        })
    }

    /// Every quoted passage of part 1 about a topic, with the item it stands in.
    pub fn passages_about(&self, topic: Topic) -> Vec<(StatementRef, &Passage)> {
        let sections = [
            (self.privacy_by_design.item, &self.privacy_by_design.texts),
            (self.locations.item, &self.locations.texts),
            (self.security.item, &self.security.texts),
        ];
        sections
            .into_iter()
            .flat_map(|(item, texts)| {
                texts
                    .iter()
                    .filter(move |p| p.about.contains(&topic))
                    .map(move |p| (StatementRef::Item(item), p))
            })
            .collect()
    }

    /// Sub-processors whose data may leave the EU/EEA.
    pub fn outside_eea(&self) -> impl Iterator<Item = &SubProcessor> {
        self.sub_processors
            .list
            .iter()
            .filter(|s| s.location != Location::EuEea)
    }
}
