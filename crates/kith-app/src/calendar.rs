//! The working-day calendar: the bank holidays that cases' clocks skip and the directory's opening hours close on.
//! Kith carries GOV.UK's England and Wales file; an administrator may replace it, and every instance reads the
//! replacement at start.

use std::sync::Arc;

use chrono::NaiveDate;
use kith_core::calendar::WorkingDays;
use kith_core::directory::BankHolidays;
use kith_store::Store;
use serde_json::Value;

use crate::accounts::Principal;
use crate::{Actor, App, AppError, Result};

/// The setting that holds a replaced bank holidays file.
pub const BANK_HOLIDAYS_SETTING: &str = "bank_holidays";

const BANK_HOLIDAYS: &[u8] = include_bytes!("../../../data/birmingham/bank-holidays.json");

/// England and Wales bank holidays from a file in GOV.UK's format.
pub fn bank_holidays_from_json(bytes: &[u8]) -> Result<BankHolidays> {
    let doc: Value = serde_json::from_slice(bytes)
        .map_err(|e| AppError::invalid("bank_holidays", format!("The bank holidays file is not JSON: {e}")))?;
    let events = doc["england-and-wales"]["events"]
        .as_array()
        .ok_or_else(|| AppError::invalid("bank_holidays", "The bank holidays file has no england-and-wales events"))?;
    let mut dates = Vec::new();
    for e in events {
        let text = e["date"].as_str().unwrap_or_default();
        let date = NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map_err(|_| AppError::invalid("bank_holidays", format!("{text:?} is not a date like 2026-12-25")))?;
        dates.push(date);
    }
    Ok(BankHolidays::new(dates))
}

/// The bank holidays Kith carries (GOV.UK's England and Wales list).
pub fn default_bank_holidays() -> Result<BankHolidays> {
    // A file that does not read is an error, never an empty calendar: every working-day clock would run through
    // Christmas without a word.
    bank_holidays_from_json(BANK_HOLIDAYS)
}

/// The bank holidays an administrator has given, or the file Kith carries.
pub(crate) async fn saved_bank_holidays(store: &dyn Store) -> Result<BankHolidays> {
    match store.setting(BANK_HOLIDAYS_SETTING).await? {
        Some(text) => bank_holidays_from_json(text.as_bytes()),
        None => default_bank_holidays(),
    }
}

/// The calendar as an administrator sees it before replacing it.
pub fn calendar(app: &App, principal: &Principal) -> Result<Arc<WorkingDays>> {
    // A cases administrator for the whole city: the calendar moves every case's clock.
    crate::cases::may_administer(app, principal)?;
    Ok(app.working_days())
}

/// Replaces the bank holidays with a file in GOV.UK's format, checked first; every instance reads it at start.
pub async fn replace_bank_holidays(app: &App, principal: &Principal, actor: &Actor, bytes: &[u8]) -> Result<usize> {
    // A cases administrator for the whole city: the calendar moves every case's clock.
    crate::cases::may_administer(app, principal)?;
    let holidays = bank_holidays_from_json(bytes)?;
    let count = holidays.len();
    let text = String::from_utf8_lossy(bytes);
    let audit = actor.entry(
        app.now(),
        "bank_holidays.replaced",
        "setting",
        BANK_HOLIDAYS_SETTING,
        serde_json::json!({ "dates": count }),
    );
    app.store.save_setting(BANK_HOLIDAYS_SETTING, &text, app.now(), &audit).await?;
    app.set_working_days(WorkingDays::new(holidays));
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_carried_bank_holidays_read_and_a_bad_file_is_an_error_not_an_empty_calendar() {
        let carried = default_bank_holidays().expect("the carried file reads");
        assert!(carried.contains(chrono::NaiveDate::from_ymd_opt(2026, 12, 25).unwrap()), "Christmas 2026");
        for bad in [&b"not json"[..], b"{}", br#"{"england-and-wales": {"events": [{"date": "25/12/2026"}]}}"#] {
            assert!(bank_holidays_from_json(bad).is_err(), "{}", String::from_utf8_lossy(bad));
        }
    }
}
