//! OpenPGP keys and clear-signed texts, with the [`pgp`] crate (rPGP, pure Rust).
//!
//! - [`read_key`] reads an ASCII-armored **public** key: its fingerprint, creation date, expiry
//!   (from the key's newest valid self-signature), user IDs and algorithm. A secret key given by
//!   mistake is refused without being read further, and nothing of it is kept or echoed.
//! - [`verify_cleartext`] checks a clear-signed text (a `security.txt`, an RFC 2350 file) against
//!   the team's known keys as of `now`, and returns the signed text.
//! - [`clear_sign`] clear-signs a text with a secret key and passphrase that a team gives for
//!   that one call; neither is stored.
//!
//! Like the rest of the crate this module does no IO and never asks the clock: `now` is an
//! argument. Verification uses no randomness. Signing with a version 6 key needs a random salt,
//! taken from the operating system (`getrandom`) inside [`clear_sign`] only; version 4 keys (what
//! GnuPG makes) need none.
//!
//! Every error is an [`OpenPgpError`]: a stable code and an English sentence that never contains
//! key material or a passphrase. The `pgp` crate's own error texts are never passed on, since
//! they may quote the input.
//!
//! Note for callers that log: `pgp` 0.19 writes the raw bytes of a secret key it parses to the
//! `log` facade at `debug` level (target `pgp::packet::secret_key_parser`). A program that routes
//! `log` records into its logs must keep the `pgp` target at `warn` or above.

use std::fmt;

use pgp::composed::{
    ArmorOptions, CleartextSignedMessage, Deserializable, DetachedSignature, SignedPublicKey,
    SignedSecretKey,
};
use pgp::packet::{Signature, SignatureConfig, SignatureType, Subpacket, SubpacketData};
use pgp::types::{KeyDetails, KeyVersion, Password, PublicParams, SigningKey, Tag, Timestamp};
use serde::Serialize;
use time::{Date, OffsetDateTime, UtcOffset};

use crate::finding::{Finding, Severity};

const BEGIN_SIGNED: &str = "-----BEGIN PGP SIGNED MESSAGE-----";
const BEGIN_SIGNATURE: &str = "-----BEGIN PGP SIGNATURE-----";
const END_SIGNATURE: &str = "-----END PGP SIGNATURE-----";
const BEGIN_PUBLIC: &str = "-----BEGIN PGP PUBLIC KEY BLOCK-----";
const BEGIN_PRIVATE: &str = "-----BEGIN PGP PRIVATE KEY BLOCK-----";

/// Why a key could not be read or a text could not be signed: a stable code and a sentence.
///
/// The message is plain English, safe to show and to log: it never quotes the key, the text or
/// the passphrase it was given.
#[derive(Clone, PartialEq, Eq, Serialize)]
pub struct OpenPgpError {
    /// A stable machine code such as `secret_key` or `wrong_passphrase`; never reworded.
    pub code: &'static str,
    /// A plain English sentence.
    pub message: String,
}

impl OpenPgpError {
    fn new(code: &'static str, message: impl Into<String>) -> Self {
        OpenPgpError {
            code,
            message: message.into(),
        }
    }
}

// Written by hand so that no future field can carry key material into a debug log.
impl fmt::Debug for OpenPgpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "OpenPgpError({}: {})", self.code, self.message)
    }
}

impl fmt::Display for OpenPgpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for OpenPgpError {}

/// What [`read_key`] read from a public key.
#[derive(Clone, PartialEq, Eq, Serialize)]
pub struct KeyInfo {
    /// Upper-case hexadecimal without spaces, as [`crate::model::normalise_fingerprint`] writes
    /// it: 40 digits for a version 4 key, 64 for a version 6 key.
    pub fingerprint: String,
    /// The key's creation time, in UTC.
    pub created_at: OffsetDateTime,
    /// The day of [`KeyInfo::created_at`].
    pub created: Date,
    /// When the key expires, from the key-expiration subpacket of the primary key's newest valid
    /// self-signature; `None` if that signature sets no expiry.
    pub expires_at: Option<OffsetDateTime>,
    /// The day of [`KeyInfo::expires_at`].
    pub expires: Option<Date>,
    /// The user IDs (`Name (comment) <address>`), in key order; ones that are not UTF-8 are
    /// left out.
    pub user_ids: Vec<String>,
    /// The primary key's algorithm, such as `Ed25519`, `RSA` or `ECDSA P-256`.
    pub algorithm: String,
    /// Whether the primary key or a subkey may make signatures.
    pub can_sign: bool,
    /// The key alone, armored again: no other keys, no comments from the input.
    pub armored: String,
    #[serde(skip)]
    key: SignedPublicKey,
}

impl fmt::Debug for KeyInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KeyInfo")
            .field("fingerprint", &self.fingerprint)
            .field("created", &self.created)
            .field("expires", &self.expires)
            .field("user_ids", &self.user_ids)
            .field("algorithm", &self.algorithm)
            .field("can_sign", &self.can_sign)
            .finish_non_exhaustive()
    }
}

impl KeyInfo {
    /// Whether the key has expired at `at`.
    pub fn expired_at(&self, at: OffsetDateTime) -> bool {
        self.expires_at.is_some_and(|e| e <= at)
    }

    /// The first user ID, or the fingerprint when there is none: how to name the key to a person.
    pub fn label(&self) -> String {
        match self.user_ids.first() {
            Some(uid) => format!("{} ({uid})", self.fingerprint),
            None => self.fingerprint.clone(),
        }
    }
}

/// Reads the first key of an ASCII-armored public key block.
///
/// A block with several keys (a keyring export) gives its first key; [`read_keys`] gives them
/// all. A secret key is refused with the code `secret_key`, before anything of it is parsed.
pub fn read_key(armored: &str) -> Result<KeyInfo, OpenPgpError> {
    read_keys(armored)?.into_iter().next().ok_or_else(no_key)
}

/// Reads every key of an ASCII-armored public key block, in order. Fails if any key in it
/// cannot be read, or if there is none.
pub fn read_keys(armored: &str) -> Result<Vec<KeyInfo>, OpenPgpError> {
    if armored.contains(BEGIN_PRIVATE) {
        return Err(secret_key_given());
    }
    let start = armored.find(BEGIN_PUBLIC).ok_or_else(|| {
        OpenPgpError::new(
            "not_armored",
            format!(
                "The text is not an ASCII-armored OpenPGP public key: it has no `{BEGIN_PUBLIC}` line."
            ),
        )
    })?;
    let (keys, _) =
        SignedPublicKey::from_string_many(&armored[start..]).map_err(|_| key_unreadable())?;
    let mut out = Vec::new();
    for key in keys {
        let key = key.map_err(|_| key_unreadable())?;
        out.push(key_info(key)?);
    }
    if out.is_empty() {
        return Err(no_key());
    }
    Ok(out)
}

fn secret_key_given() -> OpenPgpError {
    OpenPgpError::new(
        "secret_key",
        "This is a secret (private) OpenPGP key. Give the public key only: the secret key was \
         not read, kept or shown, and it should be replaced if it was shared by mistake.",
    )
}

fn key_unreadable() -> OpenPgpError {
    OpenPgpError::new(
        "key_unreadable",
        "The OpenPGP public key block could not be read: it is damaged or incomplete.",
    )
}

fn no_key() -> OpenPgpError {
    OpenPgpError::new("no_key", "The OpenPGP public key block holds no key.")
}

fn key_info(key: SignedPublicKey) -> Result<KeyInfo, OpenPgpError> {
    let fingerprint = hex_upper(key.fingerprint().as_bytes());
    let created_at = at(key.created_at());
    let Some(self_sig) = newest_self_signature(&key) else {
        return Err(OpenPgpError::new(
            "key_not_self_signed",
            format!(
                "The OpenPGP key {fingerprint} has no valid self-signature, so its user IDs and \
                 expiry cannot be trusted."
            ),
        ));
    };
    let expires_at = expiry(created_at, self_sig);
    let can_sign = may_sign(self_sig, key.algorithm())
        || key.public_subkeys.iter().any(|sub| {
            newest_binding(&key, sub).is_some_and(|sig| may_sign(sig, sub.key.algorithm()))
        });
    let user_ids = key
        .details
        .users
        .iter()
        .filter_map(|u| u.id.as_str().map(str::to_string))
        .collect();
    let armored = key
        .to_armored_string(ArmorOptions::default())
        .map_err(|_| key_unreadable())?;
    Ok(KeyInfo {
        fingerprint,
        created: created_at.date(),
        created_at,
        expires: expires_at.map(OffsetDateTime::date),
        expires_at,
        user_ids,
        algorithm: algorithm_name(key.primary_key.public_params()),
        can_sign,
        armored,
        key,
    })
}

fn hex_upper(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02X}")).collect()
}

fn at(t: Timestamp) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(i64::from(t.as_secs()))
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
        .to_offset(UtcOffset::UTC)
}

fn created_of(sig: &Signature) -> u32 {
    sig.created().map_or(0, Timestamp::as_secs)
}

/// The primary key's newest self-signature that verifies: a direct-key signature or a user ID
/// certification made by the key itself.
fn newest_self_signature(key: &SignedPublicKey) -> Option<&Signature> {
    let primary = &key.primary_key;
    let direct = key
        .details
        .direct_signatures
        .iter()
        .filter(|sig| sig.typ() == Some(SignatureType::Key) && sig.verify_key(primary).is_ok());
    let certifications = key.details.users.iter().flat_map(|user| {
        user.signatures.iter().filter(move |sig| {
            sig.is_certification()
                && sig
                    .verify_certification(primary, Tag::UserId, &user.id)
                    .is_ok()
        })
    });
    direct
        .chain(certifications)
        .max_by_key(|sig| created_of(sig))
}

/// A subkey's newest binding signature that verifies.
fn newest_binding<'a>(
    key: &SignedPublicKey,
    sub: &'a pgp::composed::SignedPublicSubKey,
) -> Option<&'a Signature> {
    sub.signatures
        .iter()
        .filter(|sig| {
            sig.typ() == Some(SignatureType::SubkeyBinding)
                && sig
                    .verify_subkey_binding(&key.primary_key, &sub.key)
                    .is_ok()
        })
        .max_by_key(|sig| created_of(sig))
}

/// When a key (created at `created`) expires, by a self-signature or binding signature.
fn expiry(created: OffsetDateTime, sig: &Signature) -> Option<OffsetDateTime> {
    let secs = sig.key_expiration_time()?.as_secs();
    // Zero means "never", as RFC 9580 §5.2.3.13 says.
    (secs != 0).then(|| created + time::Duration::seconds(i64::from(secs)))
}

/// Whether a key may sign: its key flags say so, or, when the signature has no key flags
/// subpacket (old keys), its algorithm can.
fn may_sign(sig: &Signature, algorithm: pgp::crypto::public_key::PublicKeyAlgorithm) -> bool {
    let has_flags = sig.config().is_some_and(|c| {
        c.hashed_subpackets()
            .any(|p| matches!(p.data, SubpacketData::KeyFlags(_)))
    });
    if has_flags {
        sig.key_flags().sign()
    } else {
        algorithm.can_sign()
    }
}

fn algorithm_name(params: &PublicParams) -> String {
    use pgp::types::EcdsaPublicParams;
    match params {
        PublicParams::RSA(_) => "RSA".into(),
        PublicParams::DSA(_) => "DSA".into(),
        PublicParams::ECDSA(EcdsaPublicParams::P256 { .. }) => "ECDSA P-256".into(),
        PublicParams::ECDSA(EcdsaPublicParams::P384 { .. }) => "ECDSA P-384".into(),
        PublicParams::ECDSA(EcdsaPublicParams::P521 { .. }) => "ECDSA P-521".into(),
        PublicParams::ECDSA(EcdsaPublicParams::Secp256k1 { .. }) => "ECDSA secp256k1".into(),
        PublicParams::ECDSA(_) => "ECDSA".into(),
        PublicParams::ECDH(_) => "ECDH".into(),
        PublicParams::Elgamal(_) => "Elgamal".into(),
        PublicParams::EdDSALegacy(_) | PublicParams::Ed25519(_) => "Ed25519".into(),
        PublicParams::Ed448(_) => "Ed448".into(),
        PublicParams::X25519(_) => "X25519".into(),
        PublicParams::X448(_) => "X448".into(),
        _ => "unknown".into(),
    }
}

/// Who made a signature, as far as a known key tells.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Signer {
    /// The fingerprint of the team key (the primary key, also when a subkey signed).
    pub fingerprint: String,
    /// The first user ID of the key, if any.
    pub user_id: Option<String>,
    /// When the signature says it was made.
    pub signed_at: Option<OffsetDateTime>,
    /// When the key that signed expires (the earlier of the primary key and the signing subkey).
    pub key_expires_at: Option<OffsetDateTime>,
}

impl Signer {
    fn label(&self) -> String {
        match &self.user_id {
            Some(uid) => format!("{} ({uid})", self.fingerprint),
            None => self.fingerprint.clone(),
        }
    }
}

/// What [`verify_cleartext`] found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum SignatureStatus {
    /// The text has no `-----BEGIN PGP SIGNED MESSAGE-----` line.
    Unsigned,
    /// The text is signed, but the envelope or the signature block cannot be read.
    Unreadable,
    /// Signed by a known key that was valid when it signed and still is at `now`.
    Good { signer: Signer },
    /// Signed in the name of a known key, but the signature does not match the text: the text
    /// was changed after signing, or the signature is forged or damaged.
    Bad { signer: Signer },
    /// Signed by a key that is not among the known keys: `issuer` is its fingerprint (or, for
    /// signatures that carry only that, its 16-digit key ID), upper-case hexadecimal.
    UnknownKey { issuer: String },
    /// The signature matches, but the key had expired when it signed (`at_signing`) or has
    /// expired by `now`.
    KeyExpired {
        signer: Signer,
        expired_at: OffsetDateTime,
        at_signing: bool,
    },
}

/// The result of checking a clear-signed text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Verification {
    pub status: SignatureStatus,
    /// The signed text, dash-unescaped, with `\n` line endings and without the white space at
    /// line ends that the signature does not cover; `None` when the text is not signed or its
    /// envelope cannot be read.
    pub signed_text: Option<String>,
}

impl Verification {
    /// Whether the signature is good: a known key, valid now, and the text unchanged.
    pub fn is_good(&self) -> bool {
        matches!(self.status, SignatureStatus::Good { .. })
    }

    /// The findings for this verification, with stable codes: `signature_ok` (info),
    /// `signature_bad`, `signature_key_expired`, `signature_unreadable` (errors),
    /// `signature_unknown_key` and `key_expires_before_file` (warnings). `line` is the line of
    /// the signed-message header; `file_expires` is the file's own expiry and its line, when it
    /// has one, to warn when the key expires first. An unsigned text gives no finding here.
    pub fn findings(
        &self,
        line: Option<usize>,
        file_expires: Option<(OffsetDateTime, usize)>,
    ) -> Vec<Finding> {
        let at = line.map(|n| format!("line {n}: ")).unwrap_or_default();
        let mut out = Vec::new();
        match &self.status {
            SignatureStatus::Unsigned => {}
            SignatureStatus::Unreadable => out.push(Finding::new(
                "signature_unreadable",
                Severity::Error,
                line,
                format!(
                    "{at}the OpenPGP signature cannot be read, so nothing in the file is proven"
                ),
            )),
            SignatureStatus::Good { signer } => {
                out.push(Finding::new(
                    "signature_ok",
                    Severity::Info,
                    line,
                    format!(
                        "{at}the file is signed by the team's key {}, and the signature is good",
                        signer.label()
                    ),
                ));
                if let (Some(key_expires), Some((file_expires, n))) =
                    (signer.key_expires_at, file_expires)
                    && key_expires < file_expires
                {
                    out.push(Finding::new(
                        "key_expires_before_file",
                        Severity::Warning,
                        Some(n),
                        format!(
                            "line {n}: the signing key {} expires on {}, before the file does ({}); \
                             from then on the signature no longer vouches for the file",
                            signer.fingerprint,
                            day(key_expires),
                            day(file_expires)
                        ),
                    ));
                }
            }
            SignatureStatus::Bad { signer } => out.push(Finding::new(
                "signature_bad",
                Severity::Error,
                line,
                format!(
                    "{at}BAD signature: the file claims to be signed by {}, but the signature does \
                     not match the text; it was changed after signing or the signature is forged",
                    signer.label()
                ),
            )),
            SignatureStatus::UnknownKey { issuer } => out.push(Finding::new(
                "signature_unknown_key",
                Severity::Warning,
                line,
                format!(
                    "{at}the file is signed by the key {issuer}, which is not one of the team's \
                     keys, so the signature cannot be checked"
                ),
            )),
            SignatureStatus::KeyExpired {
                signer,
                expired_at,
                at_signing,
            } => out.push(Finding::new(
                "signature_key_expired",
                Severity::Error,
                line,
                if *at_signing {
                    format!(
                        "{at}the file was signed by the key {} after the key expired on {}",
                        signer.label(),
                        day(*expired_at)
                    )
                } else {
                    format!(
                        "{at}the file is signed by the key {}, which expired on {}; sign it again \
                         with a current key",
                        signer.label(),
                        day(*expired_at)
                    )
                },
            )),
        }
        out
    }
}

fn day(t: OffsetDateTime) -> Date {
    t.to_offset(UtcOffset::UTC).date()
}

/// Checks a clear-signed text against `keys` as of `now`.
///
/// Text before the `-----BEGIN PGP SIGNED MESSAGE-----` line (a byte order mark, say) and after
/// the signature block is ignored here; a caller that cares reports it (the `security.txt`
/// reader does). Line endings may be LF or CRLF. When several signatures are present, the best
/// outcome counts (good, then expired key, then bad, then unknown key).
pub fn verify_cleartext(text: &str, keys: &[KeyInfo], now: OffsetDateTime) -> Verification {
    let Some(envelope) = envelope(text) else {
        return Verification {
            status: if has_begin(text) {
                SignatureStatus::Unreadable
            } else {
                SignatureStatus::Unsigned
            },
            signed_text: None,
        };
    };
    let Ok((message, _)) = CleartextSignedMessage::from_string(envelope) else {
        return unreadable();
    };
    let normalised = message.signed_text();
    let status = verify_signatures(message.signatures(), &normalised, keys, now);
    Verification {
        status,
        signed_text: Some(normalised.replace("\r\n", "\n")),
    }
}

/// Checks an armored signature block against text already taken out of its clear-signed
/// envelope and dash-unescaped (as [`crate::security_txt::Signature`] keeps it): lines joined
/// with `\n`, without the line break before the signature block.
pub fn verify_signed_text(
    signed_text: &str,
    signature_block: &str,
    keys: &[KeyInfo],
    now: OffsetDateTime,
) -> Verification {
    let Ok((signatures, _)) = DetachedSignature::from_string_many(signature_block) else {
        return unreadable();
    };
    let Ok(signatures) = signatures
        .map(|s| s.map(|s| s.signature))
        .collect::<Result<Vec<_>, _>>()
    else {
        return unreadable();
    };
    if signatures.is_empty() {
        return unreadable();
    }
    let normalised: Vec<&str> = signed_text
        .split('\n')
        .map(|l| {
            l.strip_suffix('\r')
                .unwrap_or(l)
                .trim_end_matches([' ', '\t'])
        })
        .collect();
    let status = verify_signatures(&signatures, &normalised.join("\r\n"), keys, now);
    Verification {
        status,
        signed_text: Some(normalised.join("\n")),
    }
}

fn unreadable() -> Verification {
    Verification {
        status: SignatureStatus::Unreadable,
        signed_text: None,
    }
}

fn lines_of(text: &str) -> impl Iterator<Item = (usize, &str)> {
    // (byte offset of the line, the line without its end)
    let mut offset = 0;
    text.split_inclusive('\n').map(move |l| {
        let start = offset;
        offset += l.len();
        (start, l.trim_end_matches(['\n', '\r']))
    })
}

fn has_begin(text: &str) -> bool {
    lines_of(text).any(|(_, l)| l.trim_end() == BEGIN_SIGNED)
}

/// The clear-signed envelope: from the header line to the end of the signature block.
fn envelope(text: &str) -> Option<&str> {
    let mut begin = None;
    for (start, line) in lines_of(text) {
        let line = line.trim_end();
        match begin {
            None if line == BEGIN_SIGNED => begin = Some(start),
            Some(b) if line == END_SIGNATURE => {
                return Some(&text[b..start + line.len()]);
            }
            _ => {}
        }
    }
    None
}

/// The text with a clear-signed envelope blanked out: the header, the `Hash:` lines and the
/// signature block become empty lines and dash-escaped lines lose their `- `, so that line
/// numbers stay those of the file. A text without an envelope is returned as it is.
pub fn strip_cleartext_armour(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    #[derive(PartialEq)]
    enum State {
        Before,
        Headers,
        Body,
        Signature,
        After,
    }
    let mut state = State::Before;
    if !has_begin(text) {
        return text.to_string();
    }
    for raw in text.split_inclusive('\n') {
        let line = raw.trim_end_matches(['\n', '\r']);
        let end = &raw[line.len()..];
        let trimmed = line.trim_end();
        let keep: &str = match state {
            State::Before if trimmed == BEGIN_SIGNED => {
                state = State::Headers;
                ""
            }
            State::Headers => {
                if trimmed.is_empty() {
                    state = State::Body;
                }
                ""
            }
            State::Body if trimmed == BEGIN_SIGNATURE => {
                state = State::Signature;
                ""
            }
            State::Body => line.strip_prefix("- ").unwrap_or(line),
            State::Signature => {
                if trimmed == END_SIGNATURE {
                    state = State::After;
                }
                ""
            }
            State::Before | State::After => line,
        };
        out.push_str(keep);
        out.push_str(end);
    }
    out
}

fn verify_signatures(
    signatures: &[Signature],
    normalised: &str,
    keys: &[KeyInfo],
    now: OffsetDateTime,
) -> SignatureStatus {
    let mut best: Option<(u8, SignatureStatus)> = None;
    for sig in signatures {
        let status = verify_one(sig, normalised, keys, now);
        let rank = match status {
            SignatureStatus::Good { .. } => 4,
            SignatureStatus::KeyExpired { .. } => 3,
            SignatureStatus::Bad { .. } => 2,
            SignatureStatus::UnknownKey { .. } => 1,
            SignatureStatus::Unsigned | SignatureStatus::Unreadable => 0,
        };
        if best.as_ref().is_none_or(|(r, _)| rank > *r) {
            best = Some((rank, status));
        }
    }
    best.map_or(SignatureStatus::Unreadable, |(_, s)| s)
}

fn verify_one(
    sig: &Signature,
    normalised: &str,
    keys: &[KeyInfo],
    now: OffsetDateTime,
) -> SignatureStatus {
    let fingerprints: Vec<String> = sig
        .issuer_fingerprint()
        .iter()
        .map(|f| hex_upper(f.as_bytes()))
        .collect();
    let key_ids: Vec<String> = sig
        .issuer_key_id()
        .iter()
        .map(|k| hex_upper(k.as_ref()))
        .collect();
    let issued_by = |fp: &str, key_id: &str| {
        fingerprints.iter().any(|f| f == fp) || key_ids.iter().any(|k| k == key_id)
    };
    let signed_at = sig.created().map(at);
    for info in keys {
        let key = &info.key;
        let primary_fp = hex_upper(key.fingerprint().as_bytes());
        let signer = |key_expires_at| Signer {
            fingerprint: info.fingerprint.clone(),
            user_id: info.user_ids.first().cloned(),
            signed_at,
            key_expires_at,
        };
        if issued_by(&primary_fp, &hex_upper(key.legacy_key_id().as_ref())) {
            let ok = sig.verify(&key.primary_key, normalised.as_bytes()).is_ok();
            return judge(ok, signer(info.expires_at), now);
        }
        for sub in &key.public_subkeys {
            let sub_fp = hex_upper(sub.key.fingerprint().as_bytes());
            if issued_by(&sub_fp, &hex_upper(sub.key.legacy_key_id().as_ref())) {
                let ok = sig.verify(&sub.key, normalised.as_bytes()).is_ok();
                let sub_expires =
                    newest_binding(key, sub).and_then(|b| expiry(at(sub.key.created_at()), b));
                let expires = match (info.expires_at, sub_expires) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                };
                return judge(ok, signer(expires), now);
            }
        }
    }
    let issuer = fingerprints
        .into_iter()
        .next()
        .or_else(|| key_ids.into_iter().next())
        .unwrap_or_else(|| "(none named)".to_string());
    SignatureStatus::UnknownKey { issuer }
}

fn judge(verifies: bool, signer: Signer, now: OffsetDateTime) -> SignatureStatus {
    if !verifies {
        return SignatureStatus::Bad { signer };
    }
    if let Some(expired_at) = signer.key_expires_at {
        let at_signing = signer.signed_at.is_some_and(|s| s >= expired_at);
        if at_signing || expired_at <= now {
            return SignatureStatus::KeyExpired {
                signer,
                expired_at,
                at_signing,
            };
        }
    }
    SignatureStatus::Good { signer }
}

/// Clear-signs `text` with a secret key and its passphrase, given for this one call.
///
/// The signature is made at `now`. The text's final line break, if any, is not part of the
/// signed text (as with `gpg --clearsign`), so the result reads back as the same lines. The
/// key is used and dropped: nothing of it or of the passphrase is kept, logged by this crate or
/// put in an error. Errors: `not_secret_key`, `secret_key_unreadable`, `wrong_passphrase`,
/// `key_cannot_sign`, `key_expired`, `key_not_yet_valid`, `signing_failed`.
///
/// For a version 6 key the signature's salt comes from the operating system's random source;
/// version 4 keys need no randomness.
pub fn clear_sign(
    text: &str,
    secret_armored: &str,
    passphrase: &str,
    now: OffsetDateTime,
) -> Result<String, OpenPgpError> {
    let Some(start) = secret_armored.find(BEGIN_PRIVATE) else {
        return Err(if secret_armored.contains(BEGIN_PUBLIC) {
            OpenPgpError::new(
                "not_secret_key",
                "This is a public OpenPGP key; signing needs the secret key that belongs to it.",
            )
        } else {
            OpenPgpError::new(
                "not_secret_key",
                format!(
                    "The text is not an ASCII-armored OpenPGP secret key: it has no \
                     `{BEGIN_PRIVATE}` line."
                ),
            )
        });
    };
    let secret = SignedSecretKey::from_string(&secret_armored[start..])
        .map(|(k, _)| k)
        .map_err(|_| {
            OpenPgpError::new(
                "secret_key_unreadable",
                "The OpenPGP secret key could not be read: it is damaged or incomplete.",
            )
        })?;
    let public = key_info(secret.to_public_key())?;
    let fingerprint = public.fingerprint.clone();
    let now_utc = now.to_offset(UtcOffset::UTC);
    if public.created_at > now_utc {
        return Err(OpenPgpError::new(
            "key_not_yet_valid",
            format!(
                "The key {fingerprint} was created on {}, after the signing time; check the \
                 server's clock or the key.",
                public.created
            ),
        ));
    }
    if let Some(expires) = public.expires_at
        && expires <= now_utc
    {
        return Err(OpenPgpError::new(
            "key_expired",
            format!(
                "The key {fingerprint} expired on {}; extend its expiry or sign with a current key.",
                day(expires)
            ),
        ));
    }
    let password = Password::from(passphrase);
    let unlocked = secret
        .primary_key
        .unlock(&password, |_, _| Ok(()))
        .is_ok_and(|inner| inner.is_ok());
    if !unlocked {
        return Err(OpenPgpError::new(
            "wrong_passphrase",
            format!("The passphrase does not unlock the secret key {fingerprint}."),
        ));
    }
    let primary_sig = newest_self_signature(&public.key);
    let primary_signs = primary_sig.is_some_and(|s| may_sign(s, secret.algorithm()));
    let cannot_sign = || {
        OpenPgpError::new(
            "key_cannot_sign",
            format!(
                "The key {fingerprint} is not allowed to make signatures (its key flags do not \
                 include signing, and no current subkey may sign)."
            ),
        )
    };
    let body = text
        .strip_suffix("\r\n")
        .or_else(|| text.strip_suffix('\n'))
        .unwrap_or(text);
    let signed = if primary_signs {
        sign_with(body, &secret.primary_key, &password, now_utc)?
    } else {
        let sub = secret.secret_subkeys.iter().find(|sub| {
            let public_sub = sub.signed_public_key();
            newest_binding(&public.key, &public_sub).is_some_and(|b| {
                may_sign(b, sub.key.algorithm())
                    && expiry(at(sub.key.created_at()), b).is_none_or(|e| e > now_utc)
            })
        });
        let Some(sub) = sub else {
            return Err(cannot_sign());
        };
        let unlocked = sub
            .key
            .unlock(&password, |_, _| Ok(()))
            .is_ok_and(|inner| inner.is_ok());
        if !unlocked {
            return Err(OpenPgpError::new(
                "wrong_passphrase",
                format!("The passphrase does not unlock the signing subkey of {fingerprint}."),
            ));
        }
        sign_with(body, &sub.key, &password, now_utc)?
    };
    Ok(signed)
}

fn sign_with(
    body: &str,
    key: &impl SigningKey,
    password: &Password,
    now: OffsetDateTime,
) -> Result<String, OpenPgpError> {
    let failed = || {
        OpenPgpError::new(
            "signing_failed",
            "The text could not be signed with this key (its algorithm or version is not supported here).",
        )
    };
    let created = u32::try_from(now.unix_timestamp()).map_err(|_| failed())?;
    let mut config = match key.version() {
        KeyVersion::V4 => SignatureConfig::v4(SignatureType::Text, key.algorithm(), key.hash_alg()),
        KeyVersion::V6 => {
            let hash = key.hash_alg();
            let mut salt = vec![0u8; hash.salt_len().ok_or_else(failed)?];
            getrandom::fill(&mut salt).map_err(|_| failed())?;
            SignatureConfig::v6_with_salt(SignatureType::Text, key.algorithm(), hash, salt)
        }
        _ => return Err(failed()),
    };
    config.hashed_subpackets = vec![
        Subpacket::regular(SubpacketData::SignatureCreationTime(Timestamp::from_secs(
            created,
        )))
        .map_err(|_| failed())?,
        Subpacket::regular(SubpacketData::IssuerFingerprint(key.fingerprint()))
            .map_err(|_| failed())?,
    ];
    if key.version() <= KeyVersion::V4 {
        config.unhashed_subpackets = vec![
            Subpacket::regular(SubpacketData::IssuerKeyId(key.legacy_key_id()))
                .map_err(|_| failed())?,
        ];
    }
    let message = CleartextSignedMessage::new(body, config, key, password).map_err(|_| failed())?;
    message
        .to_armored_string(ArmorOptions::default())
        .map_err(|_| failed())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    const EXPIRED_SECRET: &str = include_str!("../tests/fixtures/openpgp/expired.sec.asc");
    const EXPIRED_PUBLIC: &str = include_str!("../tests/fixtures/openpgp/expired.pub.asc");

    #[test]
    fn a_signature_made_after_the_key_expired_says_so() {
        // `clear_sign` refuses an expired key, so sign below it, at a time after expiry.
        let (secret, _) = SignedSecretKey::from_string(EXPIRED_SECRET).unwrap();
        let password = Password::from("test passphrase, not secret");
        let signed_at = datetime!(2025-03-01 0:00 UTC);
        let text = sign_with("late\n", &secret.primary_key, &password, signed_at).unwrap();
        let keys = [read_key(EXPIRED_PUBLIC).unwrap()];
        let v = verify_cleartext(&text, &keys, datetime!(2025-03-02 0:00 UTC));
        let SignatureStatus::KeyExpired {
            at_signing,
            expired_at,
            ..
        } = v.status
        else {
            panic!("{v:?}")
        };
        assert!(at_signing);
        assert_eq!(expired_at.date(), time::macros::date!(2024 - 01 - 01));
        let findings = v.findings(Some(1), None);
        assert_eq!(findings[0].code, "signature_key_expired");
        assert!(
            findings[0].message.contains("after the key expired"),
            "{findings:?}"
        );
    }

    #[test]
    fn armour_is_blanked_line_for_line() {
        let text = "-----BEGIN PGP SIGNED MESSAGE-----\r\nHash: SHA256\r\n\r\n1. One\r\n- -dash\r\n-----BEGIN PGP SIGNATURE-----\r\n\r\nabc\r\n-----END PGP SIGNATURE-----\r\n";
        let out = strip_cleartext_armour(text);
        assert_eq!(out, "\r\n\r\n\r\n1. One\r\n-dash\r\n\r\n\r\n\r\n\r\n");
        assert_eq!(strip_cleartext_armour("plain\n- item\n"), "plain\n- item\n");
    }
}
