//! The open standards Kith speaks, as mappings between them and Kith's own types: Open Referral UK (HSDS 3.0, UK
//! profile) for the directory's open data and API, iCalendar for sessions, Open311 GeoReport v2 for service
//! requests, GEXF for the stakeholder network, and the 360Giving Data Standard for the small grants awarded. No I/O
//! and no HTTP: the web layer serves what these produce.

pub mod atom;
pub mod directory_csv;
pub mod gexf;
pub mod ical;
pub mod json_text;
pub mod open311;
pub mod oruk;
pub mod oruk_in;
pub mod threesixtygiving;
