//! JSON text written straight into a buffer, for the one response that is worth it: a page of `/api/oruk/services`,
//! answered thousands of times a second. The rest of Kith serializes with serde; this writes the same text (the
//! tests compare the two), with strings scanned eight bytes at a time, since almost nothing in a directory's
//! text needs escaping.

use std::fmt::Write as _;

use chrono::{DateTime, Datelike, Timelike, Utc};
use uuid::Uuid;

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Whether any of the eight bytes is below `n` (for `n` up to 128), by the usual word-at-a-time test.
fn any_below(word: u64, n: u8) -> bool {
    word.wrapping_sub(ONES * u64::from(n)) & !word & HIGHS != 0
}

fn any_equal(word: u64, byte: u8) -> bool {
    any_below(word ^ (ONES * u64::from(byte)), 1)
}

/// Whether any of the eight bytes needs escaping in a JSON string: a control character, a quote or a backslash.
fn needs_escaping(word: u64) -> bool {
    any_below(word, 0x20) || any_equal(word, b'"') || any_equal(word, b'\\')
}

/// How serde_json escapes a byte, if it does.
fn escape(byte: u8) -> Option<&'static str> {
    Some(match byte {
        b'"' => "\\\"",
        b'\\' => "\\\\",
        b'\n' => "\\n",
        b'\r' => "\\r",
        b'\t' => "\\t",
        0x08 => "\\b",
        0x0c => "\\f",
        0x00..=0x1f => "",
        _ => return None,
    })
}

/// Appends `text` as a JSON string, quoted and escaped exactly as serde_json does.
pub fn string(out: &mut String, text: &str) {
    out.reserve(text.len() + 2);
    out.push('"');
    let bytes = text.as_bytes();
    let (mut run, mut at) = (0, 0);
    while at < bytes.len() {
        if let Some(chunk) = bytes.get(at..at + 8) {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            if !needs_escaping(word) {
                at += 8;
                continue;
            }
        }
        let byte = bytes[at];
        if let Some(escaped) = escape(byte) {
            // Every byte that is escaped is ASCII, so `run..at` and what follows are whole characters.
            out.push_str(&text[run..at]);
            if escaped.is_empty() {
                let _ = write!(out, "\\u{:04x}", byte);
            } else {
                out.push_str(escaped);
            }
            run = at + 1;
        }
        at += 1;
    }
    out.push_str(&text[run..]);
    out.push('"');
}

pub fn uuid(out: &mut String, id: Uuid) {
    let mut buffer = Uuid::encode_buffer();
    out.push('"');
    out.push_str(id.hyphenated().encode_lower(&mut buffer));
    out.push('"');
}

/// Appends a time as the standard writes it (RFC 3339 in UTC, to the second: `2026-03-02T09:00:00Z`).
pub fn time(out: &mut String, t: DateTime<Utc>) {
    let n = t.naive_utc();
    if let Ok(year) = u32::try_from(n.year())
        && year <= 9999
    {
        out.push('"');
        digits(out, year, 4);
        for (separator, value) in
            [('-', n.month()), ('-', n.day()), ('T', n.hour()), (':', n.minute()), (':', n.second())]
        {
            out.push(separator);
            digits(out, value, 2);
        }
        out.push_str("Z\"");
    } else {
        string(out, &t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true));
    }
}

/// Appends `value` in decimal, with leading zeros to `width` digits.
fn digits(out: &mut String, value: u32, width: u32) {
    let value = u64::from(value);
    let mut place = 10u64.pow(width.saturating_sub(1));
    while place * 10 <= value {
        place *= 10;
    }
    while place > 0 {
        out.push(char::from(b'0' + (value / place % 10) as u8));
        place /= 10;
    }
}

/// An object's fields, written in order with the commas between them.
pub struct Object<'a> {
    out: &'a mut String,
    first: bool,
}

impl<'a> Object<'a> {
    pub fn begin(out: &'a mut String) -> Self {
        out.push('{');
        Self { out, first: true }
    }

    /// Starts a field and returns the buffer to write its value into.
    pub fn key(&mut self, name: &str) -> &mut String {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        self.out.push('"');
        self.out.push_str(name);
        self.out.push_str("\":");
        self.out
    }

    pub fn string(&mut self, name: &str, value: &str) {
        string(self.key(name), value);
    }

    pub fn uuid(&mut self, name: &str, value: Uuid) {
        uuid(self.key(name), value);
    }

    pub fn number(&mut self, name: &str, value: usize) {
        match u32::try_from(value) {
            Ok(small) => digits(self.key(name), small, 1),
            Err(_) => {
                let _ = write!(self.key(name), "{value}");
            }
        }
    }

    pub fn boolean(&mut self, name: &str, value: bool) {
        self.key(name).push_str(if value { "true" } else { "false" });
    }

    pub fn end(self) {
        self.out.push('}');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_exactly_as_serde_json_escapes_them() {
        let mut cases: Vec<String> = [
            "",
            "plain",
            "Lunch club for over-60s, every Tuesday at the library",
            "a \"quoted\" word",
            "back\\slash",
            "tab\there, newline\nthere, return\r, bell\u{7}, nul\0, escape\u{1b}, unit\u{1f}, delete\u{7f}",
            "\u{8}\u{c}",
            "Urdu: اردو, Bengali: বাংলা, Polish: zażółć gęślą jaźń, emoji: 🍲☕",
            "ends with a quote\"",
            "\"starts with one",
            "seven b",
            "eight by",
            "exactly sixteen.",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        // Every byte that could need escaping, at every offset within a word.
        for byte in (0u8..0x20).chain([b'"', b'\\', b'/', 0x7f]) {
            for at in 0..10 {
                let mut text = "x".repeat(at);
                text.push(char::from(byte));
                text.push_str("yyyyyyyyy");
                cases.push(text);
            }
        }
        for case in cases {
            let mut ours = String::new();
            string(&mut ours, &case);
            assert_eq!(ours, serde_json::to_string(&case).unwrap(), "{case:?}");
        }
    }

    #[test]
    fn numbers_are_written_in_decimal() {
        for n in [0usize, 7, 10, 99, 100, 12_345, u32::MAX as usize, u32::MAX as usize + 1, usize::MAX] {
            let mut out = String::new();
            let mut object = Object::begin(&mut out);
            object.number("n", n);
            object.end();
            assert_eq!(out, format!("{{\"n\":{n}}}"));
        }
    }

    #[test]
    fn times_are_written_as_rfc_3339_in_utc_to_the_second() {
        use chrono::TimeZone;
        for t in [
            Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap(),
            Utc.with_ymd_and_hms(1999, 12, 31, 23, 59, 59).unwrap(),
            Utc.with_ymd_and_hms(207, 1, 2, 3, 4, 5).unwrap(),
            Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap() + chrono::Duration::milliseconds(1_500),
        ] {
            let mut ours = String::new();
            time(&mut ours, t);
            assert_eq!(ours, format!("\"{}\"", t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)));
        }
    }
}
