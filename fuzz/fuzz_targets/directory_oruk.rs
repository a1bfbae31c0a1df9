//! A directory import from an Open Referral UK file or feed (`kith import directory --file feed.json` or `--url`):
//! any text is a document or refused, and every record in it is a service or refused with a reason; nothing panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    let now = chrono::Utc::now();
    if let Ok(values) = kith_app::directory::import::oruk_values(text, "feed.json") {
        for (_, value) in values {
            let _ = kith_standards::oruk_in::service(&value, now);
        }
    }
});
