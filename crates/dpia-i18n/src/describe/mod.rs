//! The wording of domain values and findings in one language, for the CLI, documents and the UI.
//!
//! Generic words (law, categories, criteria) come from Fluent; processor knowledge (service and
//! option names, sub-processors, vendors, questions about options) comes from the statement and
//! is passed into Fluent messages as arguments. One file per concern: `values`, `text`,
//! `services`, `triggers`, `findings`, `risks`, `adoption`, `arrange`, `errors`, `io` (why a file
//! cannot be read or written).

pub mod adoption;
pub mod arrange;
pub mod errors;
pub mod findings;
pub mod io;
pub mod risks;
pub mod services;
pub mod text;
pub mod triggers;
pub mod values;

use findings::*;
use services::*;
use text::*;
use triggers::*;
use values::*;
