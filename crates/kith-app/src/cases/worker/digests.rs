//! The daily digests of the news on people's cases: for councillors (their wards' and their own cases) and anyone
//! who chose to hear of their cases' news in a digest, unless they chose otherwise.

use chrono::{Duration, NaiveTime, TimeZone};
use chrono_tz::Europe::London;
use kith_store::cases::Reach;
use kith_store::outbox::OutgoingEmail;

use crate::accounts::preferences::{CASE_NEWS, delivery_of};
use crate::cases::notices;
use crate::{App, Result};

/// When councillors' digests go out, London time.
pub const DIGEST_HOUR: u32 = 7;

/// Each councillor's digest of the last day's news on their cases, once a day from 7am.
pub async fn digests(app: &App) -> Result<u64> {
    let now = app.now();
    let local = now.with_timezone(&London);
    let Some(seven) = NaiveTime::from_hms_opt(DIGEST_HOUR, 0, 0) else { return Ok(0) };
    if local.time() < seven {
        return Ok(0);
    }
    let today = local.date_naive();
    let since = London
        .from_local_datetime(&(today - Duration::days(1)).and_time(seven))
        .earliest()
        .map_or(now - Duration::days(1), |t| t.to_utc());
    let mut sent = 0;
    let councillors = app.store.councillors().await?;
    let mut readers: Vec<(kith_store::cases::Councillor, Reach)> = Vec::new();
    for c in councillors.iter() {
        let reach = Reach { wards: c.wards.clone(), raised_by: Some(c.user_id), ..Reach::default() };
        readers.push((c.clone(), reach));
    }
    // Anyone else who chose the digest hears of the cases they raised.
    for u in app.store.users_choosing(CASE_NEWS, &["digest", "both"]).await? {
        if !councillors.iter().any(|c| c.user_id == u.user_id) {
            let reach = Reach { raised_by: Some(u.user_id), ..Reach::default() };
            let who = kith_store::cases::Councillor { user_id: u.user_id, email: u.email, name: u.name, wards: vec![] };
            readers.push((who, reach));
        }
    }
    for (c, reach) in readers {
        if !delivery_of(app, c.user_id, CASE_NEWS).await?.in_digest() {
            continue;
        }
        let activity = app.store.recent_activity(&reach, since, 100).await?;
        if activity.is_empty() {
            continue;
        }
        let mut body = format!("Good morning {},\n\nNews on your cases since 7am yesterday:\n", c.name);
        let mut seen = std::collections::HashSet::new();
        for a in &activity {
            if seen.insert(a.reference.clone()) {
                body.push_str(&format!(
                    "\n- {}: {} (now {}) {}",
                    a.reference,
                    a.summary,
                    a.state.words(),
                    notices::link(app, &a.reference)
                ));
            }
        }
        body.push_str(&format!("\n\nAll your cases: {}/cases\n", app.settings.public_url.trim_end_matches('/')));
        let subject = format!("Your cases: {} with news", seen.len());
        let email = OutgoingEmail::new(&c.email, &subject, &body, now);
        if app.store.send_digest(c.user_id, today, &email).await? {
            sent += 1;
        }
    }
    Ok(sent)
}
