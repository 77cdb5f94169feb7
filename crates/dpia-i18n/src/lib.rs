//! Every user-visible string: Fluent messages from `locales/{nl,en}/dpia.ftl`, locale-aware dates
//! and numbers, and the wording of triggers, flags, risks, questions and errors.

mod describe;
mod messages;

pub use describe::adoption::{open_point, requirement};
pub use describe::arrange::arrangement;
pub use describe::errors::{file_error, reason, statement_error, syntax};
pub use describe::findings::{
    flag_detail, flag_title, large_scale_rule, not_hit, open_question, reasons,
    sub_processor_reason, verdict_reasons, verdict_shown, verdict_text,
};
pub use describe::io::{every_io_problem, io_problem};
pub use describe::risks::{
    cause, consequence, controller_measure, controller_measure_why, does, hold, measure_name,
    no_risks, residual_reasoning, residual_why, risk_description, risk_harm, risk_title,
    risk_title_of, statement_measure, why,
};
pub use describe::services::{service_legend, service_letters, service_list, service_list_in};
pub use describe::text::{
    and_list, capitalised, category_for, category_for_in_sentence, category_in_sentence,
    lower_first,
};
pub use describe::triggers::{trigger, triggers, triggers_in, triggers_lettered};
pub use describe::values::{
    action_status, ai_area, art9_ground, bsn_statute, category, category_help, certificate,
    characteristic, characteristic_help, classification, client_role, criterion, criterion_name,
    criterion_number, doc_status, entry, environment, lawful_basis, level, location, map_visual,
    option, option_answer, risk_status, sector, service, severity, source, sources, subject,
    uavg_criminal, uavg_exception, vendor_role, verdict,
};
pub use dpia_statement::Lang;
pub use messages::{Arg, Messages, FTL_EN, FTL_NL, MISSING_MARK};
