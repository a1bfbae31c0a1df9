//! The demo city's service standards: the four every city starts with, published a year ago so each has a year of
//! measured performance on the ward pages.

use chrono::Duration;
use kith_core::cases::CaseKind;
use serde_json::json;
use uuid::Uuid;

use crate::agreements::AgreementForm;
use crate::{Actor, App, AppError, Result};

/// The standards every city starts with in its demo.
fn standards() -> Vec<AgreementForm> {
    let f = |title: &str, kind: &str, measure: &str, target: &str, period: &str| AgreementForm {
        title: title.into(),
        kind: kind.into(),
        measure: measure.into(),
        target_percent: target.into(),
        period: period.into(),
        ..AgreementForm::default()
    };
    vec![
        f(
            "85% of member enquiries resolved within their target",
            "member_enquiry",
            "resolved_within_target",
            "85",
            "month",
        ),
        f(
            "95% of member enquiries acknowledged within 2 working days",
            "member_enquiry",
            "acknowledged_within_target",
            "95",
            "month",
        ),
        f(
            "80% of reported problems fixed within their target",
            "service_request",
            "resolved_within_target",
            "80",
            "month",
        ),
        f("90% of referrals answered within 2 working days", "referral", "acknowledged_within_target", "90", "quarter"),
    ]
}

/// Publishes the demo's standards.
pub(super) async fn publish(app: &App, actor: &Actor) -> Result<()> {
    for form in standards() {
        publish_standard(app, actor, &form).await?;
    }
    Ok(())
}

async fn publish_standard(app: &App, actor: &Actor, form: &AgreementForm) -> Result<()> {
    let agreement = kith_core::agreements::Agreement {
        id: Uuid::now_v7(),
        series: Uuid::now_v7(),
        version: 1,
        ward: None,
        kind: CaseKind::parse(&form.kind).ok_or_else(|| AppError::Internal("a demo standard's kind".into()))?,
        category: None,
        measure: kith_core::agreements::Measure::parse(&form.measure)
            .ok_or_else(|| AppError::Internal("a demo standard's measure".into()))?,
        target_percent: form.target_percent.parse().unwrap_or(80),
        period: kith_core::agreements::Period::parse(&form.period).unwrap_or(kith_core::agreements::Period::Month),
        team: None,
        title: form.title.clone(),
        published_at: app.now() - Duration::days(365),
        superseded_at: None,
    };
    let audit = actor.entry(app.now(), "agreement.published", "agreement", agreement.series, json!({ "version": 1 }));
    app.store.publish_agreement(&agreement, &audit).await?;
    Ok(())
}
