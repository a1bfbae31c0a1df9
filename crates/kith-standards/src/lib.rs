//! The open standards Kith speaks, as mappings between them and Kith's own types: Open Referral UK (HSDS 3.0, UK
//! profile) for the directory's open data and API, and iCalendar for sessions. No I/O and no HTTP: the web layer
//! serves what these produce.

pub mod directory_csv;
pub mod ical;
pub mod oruk;
pub mod oruk_in;
