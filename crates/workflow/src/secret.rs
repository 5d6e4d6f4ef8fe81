//! Single-use secrets (links, sessions, API tokens): made at random, kept only as a hash.

use base64::Engine;
use sha2::{Digest, Sha256};

/// A new random secret of 256 bits, URL-safe.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the operating system provides randomness");
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// The stored form of a secret.
pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}
