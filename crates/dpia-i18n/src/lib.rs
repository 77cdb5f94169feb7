//! Every user-visible string: Fluent messages from `locales/{nl,en}/dpia.ftl`, locale-aware dates
//! and numbers, and the wording of triggers, flags, risks, questions and errors.

mod describe;
mod io;
mod messages;

pub use describe::*;
pub use dpia_statement::Lang;
pub use io::{every_io_problem, io_problem};
pub use messages::{Arg, Messages, FTL_EN, FTL_NL, MISSING_MARK};
