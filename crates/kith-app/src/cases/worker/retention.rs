//! Retention: personal details leave closed cases once their kind's retention period has passed.

use chrono::Duration;
use kith_core::cases::CaseKind;

use crate::{App, Result};

/// How long personal details in closed cases are kept unless an administrator sets otherwise: two years.
pub const DEFAULT_RETENTION_DAYS: i32 = 730;

/// Removes personal details from cases closed longer ago than their kind's retention period.
pub async fn retention(app: &App) -> Result<u64> {
    let now = app.now();
    let set = app.store.retention().await?;
    let mut redacted = 0;
    for kind in CaseKind::ALL {
        let days = set.iter().find(|(k, _)| *k == kind).map_or(DEFAULT_RETENTION_DAYS, |(_, d)| *d);
        redacted += app.store.redact_closed(kind, now - Duration::days(i64::from(days)), now).await?;
    }
    if redacted > 0 {
        let audit = crate::Actor { user_id: None, label: "kith (worker)".into(), ip: None }.entry(
            now,
            "cases.redacted",
            "cases",
            "",
            serde_json::json!({ "cases": redacted }),
        );
        app.store.record(&audit).await?;
    }
    Ok(redacted)
}
