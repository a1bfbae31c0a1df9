//! Kith's domain: the values and rules of neighbourhood working, free of I/O and of any framework.
//!
//! Values that cross the edge of the system (postcodes, ward codes, email addresses) are parsed into newtypes
//! here, so that inside Kith they are trusted. A capability keeps the same module name in every crate.

#[macro_use]
mod keyed;

pub mod accounts;
pub mod agreements;
pub mod assets;
pub mod calendar;
pub mod cases;
pub mod channel;
pub mod clock;
pub mod directory;
pub mod forums;
pub mod grants;
pub mod intelligence;
pub mod network;
pub mod people;
pub mod places;
pub mod timebank;
pub mod totp;
pub mod translations;
pub mod volunteering;

pub use clock::{Clock, ManualClock, OffsetClock, SystemClock};
