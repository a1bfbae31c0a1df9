//! A directory import in Kith's CSV template (`kith import directory --file services.csv`): any bytes are rows or
//! refused with their line, and every row is read or refused by column; nothing panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(rows) = kith_app::directory::import::csv_rows(bytes, "services.csv") {
        for (_, row) in rows {
            let _ = row.parse();
        }
    }
});
