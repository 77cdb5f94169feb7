//! The format-neutral document model shared by the content builders and the renderers.

pub mod clean;
pub mod hash;
mod model;
#[cfg(feature = "sample")]
pub mod sample;

pub use model::*;
