//! The background worker. `kith serve` runs it in-process (one process is a whole city); at scale `kith worker`
//! runs it apart from `kith serve --no-worker` instances. Every sweep reads the time from the application's
//! clock, so tests move the clock and call `sweep` instead of sleeping.
//!
//! Sweeps are idempotent, so several workers against one store do no harm.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use kith_app::App;
use serde::Serialize;

mod mail;

/// What one sweep did.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize)]
pub struct SweepReport {
    pub expired_sessions_removed: u64,
    pub reminders_queued: u64,
    pub emails_sent: u64,
    pub emails_failed: u64,
    pub cases: kith_app::cases::worker::CaseSweep,
    /// Owners reminded of overdue forum actions (one email an owner).
    pub action_reminders: u64,
    /// Fund owners told of applications late for a decision (one email a fund).
    pub grant_escalations: u64,
    /// Applicants reminded that their end-of-grant return is due.
    pub grant_return_reminders: u64,
    /// Coordinators told of urgent requests still without a volunteer (one email a coordinator a ward).
    pub help_escalations: u64,
    /// Volunteers reminded of a task offered to them and not answered.
    pub offer_reminders: u64,
    /// Volunteers reminded of a DBS check running out.
    pub check_reminders: u64,
    /// Listings of assets of community value six months from their end, whose nominator and owner were told.
    pub listing_expiry_warnings: u64,
}

/// Does everything that is due now: expired sessions go, directory owners are reminded, case clocks are swept and
/// their notices composed, owners of overdue forum actions are reminded, fund owners hear of late grant
/// applications, and email goes out.
pub async fn sweep(app: &App) -> kith_app::Result<SweepReport> {
    let expired_sessions_removed = kith_app::accounts::purge_expired_sessions(app).await?;
    let freshness = kith_app::directory::freshness::remind_owners(app).await?;
    let cases = kith_app::cases::worker::sweep(app).await?;
    let action_reminders = kith_app::forums::remind_overdue(app).await?;
    let grant_escalations = kith_app::grants::worker::escalate_late(app).await?;
    let grant_return_reminders = kith_app::grants::worker::remind_returns(app).await?;
    let help_escalations = kith_app::volunteering::worker::escalate_unassigned(app).await?;
    let offer_reminders = kith_app::volunteering::worker::remind_offers(app).await?;
    let check_reminders = kith_app::volunteering::worker::remind_checks(app).await?;
    let listing_expiry_warnings = kith_app::assets::worker::warn_expiring(app).await? as u64;
    let (emails_sent, emails_failed) = mail::deliver(app).await?;
    Ok(SweepReport {
        expired_sessions_removed,
        reminders_queued: freshness.reminders_queued,
        emails_sent,
        emails_failed,
        cases,
        action_reminders,
        grant_escalations,
        grant_return_reminders,
        help_escalations,
        offer_reminders,
        check_reminders,
        listing_expiry_warnings,
    })
}

/// Sweeps every `interval` until `shutdown` completes. A failed sweep is logged and tried again next time.
pub async fn run(app: Arc<App>, interval: Duration, shutdown: impl Future<Output = ()>) {
    tracing::info!(interval_seconds = interval.as_secs(), "worker started");
    let mut ticks = tokio::time::interval(interval);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            _ = &mut shutdown => break,
            _ = ticks.tick() => match sweep(&app).await {
                Ok(report) if report != SweepReport::default() => tracing::info!(?report, "worker sweep"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "worker sweep failed"),
            },
        }
    }
    tracing::info!("worker stopped");
}
