//! The client's answers (an assessment) and the versioned `.dpia.json` file they travel in.

/// Defines an id enum: snake_case ids for serde and the JSON Schema, `ALL`, `id()` and `FromStr`.
macro_rules! id_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident = $id:literal,)* }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, schemars::JsonSchema, ts_rs::TS)]
        pub enum $name {
            $($(#[$vm])* #[serde(rename = $id)] $variant,)*
        }
        impl $name {
            /// Every id, in the order users see them.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];
            /// The stable id as written in files.
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id,)* }
            }
        }
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.id())
            }
        }
        // By hand (not derived) so that map keys are read as strings, which lets error paths
        // name the key (`services.reports…`) instead of `?`.
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct Ids;
                impl<'de> serde::de::Visitor<'de> for Ids {
                    type Value = $name;
                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        write!(f, "one of: {}", [$($id,)*].join(", "))
                    }
                    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<$name, E> {
                        s.parse().map_err(|_| E::unknown_variant(s, &[$($id,)*]))
                    }
                }
                d.deserialize_str(Ids)
            }
        }
        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                match s {
                    $($id => Ok($name::$variant),)*
                    other => Err(format!("unknown {} `{}`", stringify!($name), other)),
                }
            }
        }
    };
}

mod file;
mod file_name;
mod locate;
mod model;
mod problem;
mod v1;
mod write;

pub use dpia_reason::{Expected, Found, Reason, Syntax};
pub use file::*;
pub use file_name::{portable_file_name, windows_forbids, MAX_PROPOSED_NAME_BYTES};
pub use model::*;
pub use problem::IoProblem;
pub use write::{extended_length_path, write_atomic};
