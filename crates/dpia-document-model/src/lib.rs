//! The format-neutral document model shared by the content builders and the renderers.

pub mod clean;
mod model;
pub mod sample;

pub use model::*;
