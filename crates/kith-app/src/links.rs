//! Signed links: addresses Kith emails to people without an account (an owner confirming a directory entry, a
//! resident supporting a priority, a partner updating their actions). Each names what it is for and is signed
//! with a key kept in the store, so every instance makes and checks the same links and nobody can forge one.

use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

use crate::{App, AppError, Result};

/// The key for one purpose, made on first use and kept in the store.
pub async fn key(app: &App, purpose: &str) -> Result<Vec<u8>> {
    let mut fresh = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut fresh);
    let value = app.store.secret(purpose, &hex::encode(fresh)).await?;
    hex::decode(value).map_err(|_| AppError::Internal(format!("the {purpose} secret is not hex")))
}

fn mac(key: &[u8], message: &str) -> Hmac<Sha256> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes a key of any length");
    mac.update(message.as_bytes());
    mac
}

/// The first 128 bits of the message's HMAC, in hex.
pub fn sign(key: &[u8], message: &str) -> String {
    hex::encode(&mac(key, message).finalize().into_bytes()[..16])
}

/// Whether `signature` is the message's, compared in constant time so it cannot be guessed byte by byte.
pub fn genuine(key: &[u8], message: &str, signature: &str) -> bool {
    hex::decode(signature)
        .is_ok_and(|bytes| bytes.len() == 16 && mac(key, message).verify_truncated_left(&bytes).is_ok())
}

/// Compares two secrets in time that does not depend on where they differ (nor on their lengths: it compares their
/// hashes).
pub fn same_secret(a: &str, b: &str) -> bool {
    use sha2::Digest as _;
    let (a, b) = (Sha256::digest(a.as_bytes()), Sha256::digest(b.as_bytes()));
    a.iter().zip(b.iter()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_compare_equal_only_when_equal() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("abc", "abcd"));
    }

    #[test]
    fn a_signature_holds_only_for_its_message_and_key() {
        let s = sign(b"key", "support:1:abc");
        assert_eq!(s.len(), 32);
        assert!(genuine(b"key", "support:1:abc", &s));
        assert!(!genuine(b"key", "support:1:abd", &s));
        assert!(!genuine(b"other", "support:1:abc", &s));
        assert!(!genuine(b"key", "support:1:abc", "not hex"));
        assert!(!genuine(b"key", "support:1:abc", &s[..30]));
    }
}
