//! Time-based one-time passwords, as authenticator apps make them (RFC 6238 over RFC 4226's HOTP): HMAC-SHA1 of the
//! number of 30-second steps since 1970, cut to 6 digits. A code is accepted in its own step and the one either side
//! (a phone's clock may be half a minute out), and the step it matched is returned so that the caller can refuse the
//! same code twice. Secrets are 20 random bytes, shown to people in base32 (RFC 4648), as the apps expect.

use hmac::{Hmac, Mac};
use sha1::Sha1;

/// Seconds in a step.
pub const STEP_SECONDS: i64 = 30;
/// Digits in a code.
pub const DIGITS: u32 = 6;
/// Bytes in a secret (160 bits, as RFC 4226 recommends).
pub const SECRET_BYTES: usize = 20;

/// The step an instant falls in.
pub fn step_at(unix_seconds: i64) -> i64 {
    unix_seconds.div_euclid(STEP_SECONDS)
}

/// HOTP (RFC 4226): the code for `counter`, with `digits` digits.
pub fn hotp(secret: &[u8], counter: u64, digits: u32) -> u32 {
    let mut mac = Hmac::<Sha1>::new_from_slice(secret).expect("HMAC takes a key of any length");
    mac.update(&counter.to_be_bytes());
    let hash = mac.finalize().into_bytes();
    let offset = usize::from(hash[19] & 0x0f);
    let binary = u32::from_be_bytes([hash[offset] & 0x7f, hash[offset + 1], hash[offset + 2], hash[offset + 3]]);
    binary % 10u32.pow(digits)
}

/// The 6-digit code for the step `unix_seconds` falls in.
pub fn code_at(secret: &[u8], unix_seconds: i64) -> u32 {
    hotp(secret, step_at(unix_seconds).max(0) as u64, DIGITS)
}

/// The step whose code `typed` is, at `unix_seconds` or a step either side; `None` if it is none of them. Spaces
/// and hyphens people type are ignored; anything but six digits is refused before any hashing.
pub fn matching_step(secret: &[u8], typed: &str, unix_seconds: i64) -> Option<i64> {
    let digits: String = typed.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
    if digits.len() != DIGITS as usize || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let code: u32 = digits.parse().ok()?;
    let now = step_at(unix_seconds);
    [now, now - 1, now + 1].into_iter().filter(|s| *s >= 0).find(|s| hotp(secret, *s as u64, DIGITS) == code)
}

const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// Base32 (RFC 4648) without padding, as authenticator apps take a secret.
pub fn base32(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(5) * 8);
    for chunk in bytes.chunks(5) {
        let mut buffer = [0u8; 5];
        buffer[..chunk.len()].copy_from_slice(chunk);
        let bits = buffer.iter().fold(0u64, |acc, b| (acc << 8) | u64::from(*b));
        let symbols = (chunk.len() * 8).div_ceil(5);
        for i in 0..symbols {
            out.push(char::from(ALPHABET[((bits >> (35 - i * 5)) & 0x1f) as usize]));
        }
    }
    out
}

/// Reads base32 written any way (any case, spaces, padding); `None` if it has another character.
pub fn from_base32(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 5 / 8);
    let (mut bits, mut held) = (0u64, 0u32);
    for c in text.chars().filter(|c| !matches!(c, ' ' | '=' | '-')) {
        let value = ALPHABET.iter().position(|a| char::from(*a) == c.to_ascii_uppercase())? as u64;
        bits = (bits << 5) | value;
        held += 5;
        if held >= 8 {
            held -= 8;
            out.push((bits >> held) as u8);
            bits &= (1 << held) - 1;
        }
    }
    Some(out)
}

/// The address an authenticator app reads from a QR code: `otpauth://totp/{issuer}:{account}?…`.
pub fn otpauth_uri(issuer: &str, account: &str, secret: &[u8]) -> String {
    let escape = |text: &str| -> String {
        text.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'@' => char::from(b).to_string(),
                _ => format!("%{b:02X}"),
            })
            .collect()
    };
    format!(
        "otpauth://totp/{}:{}?secret={}&issuer={}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
        escape(issuer),
        escape(account),
        base32(secret),
        escape(issuer)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238, Appendix B: the SHA-1 seed and its 8-digit codes.
    const SEED: &[u8] = b"12345678901234567890";

    #[test]
    fn the_rfcs_test_vectors_give_its_codes() {
        for (time, code) in [
            (59, 94287082),
            (1111111109, 7081804),
            (1111111111, 14050471),
            (1234567890, 89005924),
            (2000000000, 69279037),
            (20000000000, 65353130),
        ] {
            assert_eq!(hotp(SEED, step_at(time) as u64, 8), code, "at {time}");
        }
    }

    #[test]
    fn a_code_matches_its_step_and_the_next_and_last_but_no_further() {
        let at = 1_111_111_111;
        let typed = format!("{:06}", code_at(SEED, at));
        assert_eq!(matching_step(SEED, &typed, at), Some(step_at(at)));
        assert_eq!(matching_step(SEED, &typed, at + 30), Some(step_at(at)));
        assert_eq!(matching_step(SEED, &typed, at - 30), Some(step_at(at)));
        assert_eq!(matching_step(SEED, &typed, at + 90), None);
        let spaced = format!("{} {}", &typed[..3], &typed[3..]);
        assert_eq!(matching_step(SEED, &spaced, at), Some(step_at(at)));
        for refused in ["", "12345", "1234567", "12345a", "１２３４５６"] {
            assert_eq!(matching_step(SEED, refused, at), None, "{refused}");
        }
    }

    #[test]
    fn base32_is_rfc_4648_and_reads_back_whatever_case_and_spacing() {
        // RFC 4648, section 10.
        for (plain, encoded) in
            [("", ""), ("f", "MY"), ("fo", "MZXQ"), ("foo", "MZXW6"), ("foob", "MZXW6YQ"), ("fooba", "MZXW6YTB")]
        {
            assert_eq!(base32(plain.as_bytes()), encoded);
            assert_eq!(from_base32(&encoded.to_lowercase()), Some(plain.as_bytes().to_vec()));
        }
        assert_eq!(from_base32("MZXW 6YTB OI======"), Some(b"foobar".to_vec()));
        assert_eq!(from_base32("MZ1"), None);
        assert_eq!(base32(SEED), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }

    #[test]
    fn the_address_for_an_app_names_the_issuer_the_account_and_the_secret() {
        assert_eq!(
            otpauth_uri("Kith Birmingham", "ada@example.org", SEED),
            "otpauth://totp/Kith%20Birmingham:ada@example.org?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ\
             &issuer=Kith%20Birmingham&algorithm=SHA1&digits=6&period=30"
        );
    }
}
