//! What the worker does for cases, one job a file: flags what is due soon and what has breached (`sla`), escalates
//! breaches to each team's manager (`escalation`), tells people of changes (`notices::notify_pending`), sends
//! councillors their daily digest (`digests`), and removes personal details from closed cases once their retention
//! period has passed (`retention`). Every job reads the time from the app's clock and is safe to run twice, or on
//! two workers at once.

mod digests;
mod escalation;
mod retention;
mod sla;

use serde::Serialize;

pub use digests::{DIGEST_HOUR, digests};
pub use escalation::escalate;
pub use retention::{DEFAULT_RETENTION_DAYS, retention};
pub use sla::sweep_sla;

use crate::cases::notices;
use crate::{App, Result};

#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize)]
pub struct CaseSweep {
    pub due_soon: u64,
    pub breached: u64,
    pub escalations: u64,
    pub notices: u64,
    pub digests: u64,
    pub redacted: u64,
}

/// Runs the cases' jobs in turn and says what each did.
pub async fn sweep(app: &App) -> Result<CaseSweep> {
    let mut report = CaseSweep::default();
    let sla = sweep_sla(app).await?;
    report.due_soon = sla.due_soon;
    report.breached = sla.breached;
    report.escalations = escalate(app).await?;
    report.notices = notices::notify_pending(app).await?;
    report.digests = digests(app).await?;
    report.redacted = retention(app).await?;
    Ok(report)
}
