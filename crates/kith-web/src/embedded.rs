//! The templates, translations and built assets, embedded in the binary by `build.rs` (so a `kith` binary is the
//! whole web application, and a file on disk never changes what it serves).

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
