//! The one way Kith writes an enum whose values are stored and sent as stable text keys: `keyed_enum!` gives the
//! enum, `ALL` in declaration order (the derived order too), `as_str` (the key), `TryFrom<&str>` (the key read
//! back, with a complaint naming what was expected) and serde by the key. Crate-private: `lib.rs` declares this
//! module first, with `#[macro_use]`, so every module below it can use the macro.

macro_rules! keyed_enum {
    ($(#[$doc:meta])* $name:ident, $what:literal { $($(#[$vdoc:meta])* $variant:ident = $key:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vdoc])* $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $key),+
                }
            }
        }

        impl TryFrom<&str> for $name {
            type Error = String;

            fn try_from(text: &str) -> Result<Self, Self::Error> {
                Self::ALL.iter().copied().find(|v| v.as_str() == text).ok_or_else(|| format!("not {}: {text:?}", $what))
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = <String as ::serde::Deserialize>::deserialize(deserializer)?;
                $name::try_from(text.as_str()).map_err(::serde::de::Error::custom)
            }
        }
    };
}
