//! SQL that both backends speak alike, written once. Each adapter stamps these implementations out for its own store
//! type; SQL that differs between the backends stays in the adapter's own modules.

pub(crate) mod accounts;
pub(crate) mod cases;
pub(crate) mod directory;
pub(crate) mod forums;
pub(crate) mod outbox;
