//! The cases' clocks: what is due by the end of the next working day is flagged due soon, what is past due breached.

use kith_core::calendar::{WorkingDays, end_of};

use crate::{App, Result};

/// Flags running cases due by the end of the next working day as due soon, and those past due as breached.
pub async fn sweep_sla(app: &App) -> Result<kith_store::cases::SlaSweep> {
    let now = app.now();
    let calendar = app.working_days();
    let soon = end_of(calendar.add(WorkingDays::local_date(now), 1));
    Ok(app.store.sweep_sla(now, soon).await?)
}
