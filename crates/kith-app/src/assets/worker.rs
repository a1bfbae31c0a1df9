//! The assets' worker job: six months before a listing ends, the nominator and the owner are told, so that the
//! asset can be nominated again and decided before it drops off the list. Each listing is warned once.

use kith_core::assets::acv::{RENEWAL_WARNING, rule_sets};
use serde_json::json;

use super::StoredNomination;
use super::acv::steps_of;
use crate::{Actor, App, Result};

/// Warns of every listing that ends within [`RENEWAL_WARNING`] and has not been warned; how many were.
pub async fn warn_expiring(app: &App) -> Result<usize> {
    let today = app.today();
    let sets = rule_sets();
    let names = super::names(app).await?;
    let mut warned = 0;
    for n in app.store.nominations().await? {
        if n.expiry_warned_on.is_some() {
            continue;
        }
        let Ok(clocks) = steps_of(&n).clocks(&sets) else { continue };
        let removed = n.reviewed.as_ref().is_some_and(|r| r.1 == "removed");
        let Some(ends) =
            clocks.listing_ends.filter(|ends| !removed && RENEWAL_WARNING.before(*ends) <= today && today < *ends)
        else {
            continue;
        };
        let asset = names.get(&n.asset_id).map(|a| a.0.as_str()).unwrap_or("The asset");
        let words = format!(
            "The listing of {asset} as an asset of community value (ACV-{}) ends on {}. To keep it listed, a community \
             group can nominate it again now: the council has eight weeks to decide a nomination.",
            n.number,
            ends.format("%-d %B %Y")
        );
        let at = app.now();
        let saved = StoredNomination { expiry_warned_on: Some(today), version: n.version + 1, ..n.clone() };
        let emails: Vec<_> = [&n.nominator_email, &n.owner_email]
            .into_iter()
            .flatten()
            .map(|to| {
                kith_store::outbox::OutgoingEmail::new(to, "Asset of community value: listing ends soon", &words, at)
            })
            .collect();
        let entry =
            Actor::command_line().entry(at, "acv.expiry_warned", "acv_nomination", n.id, json!({ "ends": ends }));
        match app.store.update_nomination(&saved, &entry, &emails).await {
            Ok(()) => warned += 1,
            // Changed meanwhile: the next sweep sees it afresh.
            Err(kith_store::StoreError::Conflict(_)) => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok(warned)
}
