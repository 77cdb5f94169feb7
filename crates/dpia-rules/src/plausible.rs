//! Answers that are possible but unlikely, to be checked rather than refused: a number of data
//! subjects of zero, or more than there are people on earth.

use dpia_assessment::Assessment;
use dpia_statement::Statement;
use serde::Serialize;

/// More people than live on earth (about 8.2 billion in 2025, UN World Population Prospects),
/// rounded up.
pub const WORLD_POPULATION: u64 = 8_300_000_000;

/// Why a number of data subjects looks wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Implausible {
    /// Zero people, for a service that carries personal data.
    Zero,
    /// More people than live on earth.
    MoreThanPeople,
}

/// Whether a number of data subjects looks wrong.
pub fn estimate(n: u64) -> Option<Implausible> {
    match n {
        0 => Some(Implausible::Zero),
        n if n > WORLD_POPULATION => Some(Implausible::MoreThanPeople),
        _ => None,
    }
}

/// The used services with personal data whose number of data subjects looks wrong, in the
/// statement's order.
pub fn estimates<'a>(st: &'a Statement, a: &'a Assessment) -> Vec<(&'a str, Implausible)> {
    a.used_services_in(st)
        .into_iter()
        .filter(|(_, u)| u.has_data())
        .filter_map(|(id, u)| Some((id, estimate(u.data_subjects_estimate?)?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_and_more_than_people_on_earth_are_implausible() {
        assert_eq!(estimate(0), Some(Implausible::Zero));
        assert_eq!(estimate(1), None);
        assert_eq!(estimate(250_000), None);
        assert_eq!(estimate(WORLD_POPULATION), None);
        assert_eq!(
            estimate(1_000_000_000_000),
            Some(Implausible::MoreThanPeople)
        );
    }
}
