//! The maximal assessment shared by the benchmark and the profiling examples: every service,
//! category, subject group, characteristic and option of the embedded statement.

use dpia_assessment::Assessment;

pub fn maximal() -> Assessment {
    let mut a = dpia_golden::maximal(&dpia_statement::Statement::embedded());
    a.organisation.name = "Maximaal Zorg en Handel B.V.".into();
    a
}
