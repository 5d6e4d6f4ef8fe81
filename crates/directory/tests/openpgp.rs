//! OpenPGP: reading the fixture keys (tests/fixtures/openpgp, test keys, not secret), verifying
//! clear-signed texts and signing them.

mod common;

use std::path::Path;

use cyberindex_directory::openpgp::{
    self, KeyInfo, SignatureStatus, clear_sign, read_key, read_keys, verify_cleartext,
};
use time::OffsetDateTime;
use time::macros::{date, datetime};

const PASSPHRASE: &str = "test passphrase, not secret";
const NOW: OffsetDateTime = datetime!(2026-06-01 12:00 UTC);

const VALID: &str = "7074406DB98CF311C06DB26DF326BD69BEA6DFAA";
const EXPIRES_2030: &str = "A6FB0B3AA0956C0B0D3A93DDE73F101B0E9F54D0";
const EXPIRED: &str = "4CEA95309C1C3FF238309A885E81824BD257BEBE";
const RENEWED: &str = "73A08A7702CCE88B9FDB2C886E4D8805551EFF89";

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/openpgp")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn key(name: &str) -> KeyInfo {
    read_key(&fixture(&format!("{name}.pub.asc"))).unwrap()
}

fn known() -> Vec<KeyInfo> {
    vec![key("valid"), key("expires_2030"), key("expired")]
}

#[test]
fn keys_give_fingerprint_dates_and_user_ids() {
    // (file, fingerprint, created, expires, first user ID)
    let cases = [
        (
            "valid",
            VALID,
            date!(2025 - 01 - 15),
            None,
            "valid@example.org",
        ),
        (
            "expires_2030",
            EXPIRES_2030,
            date!(2025 - 01 - 15),
            Some(date!(2030 - 01 - 15)),
            "expires2030@example.org",
        ),
        (
            "expired",
            EXPIRED,
            date!(2022 - 01 - 01),
            Some(date!(2024 - 01 - 01)),
            "expired@example.org",
        ),
        // Two self-signatures: the newest one (2028) counts, not the first one (2025-12-31).
        (
            "renewed",
            RENEWED,
            date!(2025 - 01 - 15),
            Some(date!(2028 - 01 - 15)),
            "renewed@example.org",
        ),
    ];
    for (name, fingerprint, created, expires, uid) in cases {
        let info = key(name);
        assert_eq!(info.fingerprint, fingerprint, "{name}");
        assert_eq!(
            cyberindex_directory::model::normalise_fingerprint(&info.fingerprint).as_deref(),
            Some(fingerprint)
        );
        assert_eq!(info.created, created, "{name}");
        assert_eq!(info.expires, expires, "{name}");
        assert_eq!(info.user_ids.len(), 1, "{name}");
        assert!(
            info.user_ids[0].contains(uid),
            "{name}: {:?}",
            info.user_ids
        );
        assert_eq!(info.algorithm, "Ed25519");
        assert!(info.can_sign, "{name}");
        assert!(
            info.armored
                .starts_with("-----BEGIN PGP PUBLIC KEY BLOCK-----")
        );
        // The re-armored key reads back the same.
        assert_eq!(read_key(&info.armored).unwrap(), info);
    }
}

#[test]
fn a_block_of_several_keys_gives_the_first_or_all() {
    let text = fixture("two_keys.pub.asc");
    assert_eq!(read_key(&text).unwrap().fingerprint, VALID);
    let all: Vec<String> = read_keys(&text)
        .unwrap()
        .into_iter()
        .map(|k| k.fingerprint)
        .collect();
    assert_eq!(all, [VALID, EXPIRES_2030]);
}

#[test]
fn a_secret_key_is_refused_and_never_echoed() {
    let secret = fixture("valid.sec.asc");
    let err = read_key(&secret).unwrap_err();
    assert_eq!(err.code, "secret_key");
    assert!(err.message.contains("secret"), "{err}");
    // Nothing of the armored block is in the message or the debug output.
    let body_line = secret.lines().nth(2).unwrap();
    for shown in [err.to_string(), format!("{err:?}")] {
        assert!(!shown.contains(body_line), "{shown}");
        assert!(!shown.contains("BEGIN PGP"), "{shown}");
    }
}

#[test]
fn bad_key_texts_are_errors_not_panics() {
    let cases = [
        ("", "not_armored"),
        ("hello", "not_armored"),
        (
            "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nAAAA\n-----END PGP PUBLIC KEY BLOCK-----\n",
            "key_unreadable",
        ),
    ];
    for (text, code) in cases {
        assert_eq!(read_key(text).unwrap_err().code, code, "{text:?}");
    }
    // A damaged key: one character of the base64 changed.
    let mut damaged = fixture("valid.pub.asc");
    let i = damaged.find("mDME").unwrap() + 10;
    damaged.replace_range(i..i + 1, if &damaged[i..i + 1] == "A" { "B" } else { "A" });
    assert!(read_key(&damaged).is_err());
}

fn signed(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/security_txt_signed")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn verification_outcomes() {
    let keys = known();
    let good = verify_cleartext(&signed("good.txt"), &keys, NOW);
    let SignatureStatus::Good { signer } = &good.status else {
        panic!("{good:?}")
    };
    assert_eq!(signer.fingerprint, VALID);
    assert_eq!(signer.signed_at, Some(datetime!(2026-05-01 10:00 UTC)));
    assert!(
        good.signed_text
            .as_deref()
            .unwrap()
            .starts_with("# Example national CIRT")
    );
    assert!(!good.signed_text.as_deref().unwrap().contains('\r'));

    let crlf = verify_cleartext(&signed("good_crlf.txt"), &keys, NOW);
    assert!(crlf.is_good(), "{crlf:?}");
    assert_eq!(crlf.signed_text, good.signed_text);

    let dashed = verify_cleartext(&signed("dash_escaped.txt"), &keys, NOW);
    assert!(dashed.is_good(), "{dashed:?}");
    assert!(dashed.signed_text.unwrap().ends_with("\n-- end of file"));

    let altered = verify_cleartext(&signed("altered.txt"), &keys, NOW);
    assert!(
        matches!(&altered.status, SignatureStatus::Bad { signer } if signer.fingerprint == VALID),
        "{altered:?}"
    );

    let unknown = verify_cleartext(&signed("unknown_key.txt"), &keys, NOW);
    assert_eq!(
        unknown.status,
        SignatureStatus::UnknownKey {
            issuer: RENEWED.into()
        }
    );

    let expired = verify_cleartext(&signed("expired_key.txt"), &keys, NOW);
    let SignatureStatus::KeyExpired {
        signer,
        expired_at,
        at_signing,
    } = &expired.status
    else {
        panic!("{expired:?}")
    };
    assert_eq!(signer.fingerprint, EXPIRED);
    assert_eq!(expired_at.date(), date!(2024 - 01 - 01));
    assert!(!at_signing, "signed in 2023, while the key was valid");
    // Before the key expired, the same signature is good.
    assert!(
        verify_cleartext(
            &signed("expired_key.txt"),
            &keys,
            datetime!(2023-07-01 0:00 UTC)
        )
        .is_good()
    );

    let none = verify_cleartext("Contact: mailto:a@example.org\n", &keys, NOW);
    assert_eq!(none.status, SignatureStatus::Unsigned);
    assert_eq!(none.signed_text, None);

    let broken = verify_cleartext(
        "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\nhello\n-----BEGIN PGP SIGNATURE-----\n\nabc\n-----END PGP SIGNATURE-----\n",
        &keys,
        NOW,
    );
    assert_eq!(broken.status, SignatureStatus::Unreadable);
}

#[test]
fn sign_then_verify() {
    let text =
        "Contact: mailto:cert@example.org\n-- a dashed line\nExpires: 2027-01-01T00:00:00Z\n";
    let out = clear_sign(text, &fixture("valid.sec.asc"), PASSPHRASE, NOW).unwrap();
    assert!(
        out.starts_with("-----BEGIN PGP SIGNED MESSAGE-----\n"),
        "{out}"
    );
    assert!(out.contains("\n- -- a dashed line\n"), "{out}");
    let v = verify_cleartext(&out, &known(), NOW);
    let SignatureStatus::Good { signer } = &v.status else {
        panic!("{v:?}")
    };
    assert_eq!(signer.signed_at, Some(NOW));
    assert_eq!(v.signed_text.as_deref(), Some(text.trim_end_matches('\n')));
    // Changing one character breaks it.
    let altered = out.replace("cert@example.org", "cery@example.org");
    assert!(matches!(
        verify_cleartext(&altered, &known(), NOW).status,
        SignatureStatus::Bad { .. }
    ));
}

#[test]
fn signing_errors_are_clear_and_leak_nothing() {
    let text = "hello\n";
    let cases = [
        (
            fixture("valid.sec.asc"),
            "wrong passphrase",
            "wrong_passphrase",
        ),
        (fixture("valid.pub.asc"), PASSPHRASE, "not_secret_key"),
        ("just text".to_string(), PASSPHRASE, "not_secret_key"),
        (fixture("expired.sec.asc"), PASSPHRASE, "key_expired"),
        (fixture("cert_only.sec.asc"), PASSPHRASE, "key_cannot_sign"),
        (
            "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nAAAA\n-----END PGP PRIVATE KEY BLOCK-----\n"
                .to_string(),
            PASSPHRASE,
            "secret_key_unreadable",
        ),
    ];
    for (key, passphrase, code) in cases {
        let err = clear_sign(text, &key, passphrase, NOW).unwrap_err();
        assert_eq!(err.code, code, "{err}");
        assert!(err.message.ends_with('.'), "{err}");
        for shown in [err.to_string(), format!("{err:?}")] {
            assert!(!shown.contains(passphrase), "{shown}");
            for line in key.lines().skip(2).filter(|l| l.len() > 8) {
                assert!(!shown.contains(line), "{shown}");
            }
        }
    }
    // A key made in 2025 cannot sign in 2024.
    let err = clear_sign(
        text,
        &fixture("valid.sec.asc"),
        PASSPHRASE,
        datetime!(2024-01-01 0:00 UTC),
    )
    .unwrap_err();
    assert_eq!(err.code, "key_not_yet_valid");
}

#[test]
fn findings_of_each_outcome() {
    let keys = known();
    let codes = |name: &str| -> Vec<&'static str> {
        verify_cleartext(&signed(name), &keys, NOW)
            .findings(Some(1), None)
            .into_iter()
            .map(|f| f.code)
            .collect()
    };
    assert_eq!(codes("good.txt"), ["signature_ok"]);
    assert_eq!(codes("altered.txt"), ["signature_bad"]);
    assert_eq!(codes("unknown_key.txt"), ["signature_unknown_key"]);
    assert_eq!(codes("expired_key.txt"), ["signature_key_expired"]);
    let _ = openpgp::strip_cleartext_armour("");
}

#[test]
fn a_team_key_from_armour_and_its_validation() {
    use cyberindex_directory::model::Key;

    let k = Key::from_armored(
        &fixture("expires_2030.pub.asc"),
        Some("https://cert.example.gh/pgp.asc".into()),
    )
    .unwrap();
    assert_eq!(k.fingerprint, EXPIRES_2030);
    assert_eq!(k.created, Some(date!(2025 - 01 - 15)));
    assert_eq!(k.expires, Some(date!(2030 - 01 - 15)));
    assert!(
        k.armored
            .as_deref()
            .unwrap()
            .starts_with("-----BEGIN PGP PUBLIC KEY BLOCK-----")
    );

    let mut team = common::full_team();
    team.keys = vec![common::public(k.clone())];
    assert_eq!(team.validate(), vec![]);

    // Old JSON without `armored` still reads, and a key without it writes none.
    let json = serde_json::to_value(&team).unwrap();
    assert!(json["keys"][0]["value"]["armored"].is_string());
    let mut old = json.clone();
    old["keys"][0]["value"]
        .as_object_mut()
        .unwrap()
        .remove("armored");
    let back: cyberindex_directory::Team = serde_json::from_value(old).unwrap();
    assert_eq!(back.keys[0].value.armored, None);
    assert!(!serde_json::to_string(&back).unwrap().contains("armored"));

    // A second key whose record disagrees with its armour, and a third that is a secret key.
    let mut wrong = k.clone();
    wrong.fingerprint = VALID.into();
    let mut dates = Key::from_armored(&fixture("valid.pub.asc"), None).unwrap();
    dates.expires = Some(date!(2027 - 01 - 01));
    let mut secret = dates.clone();
    secret.expires = None;
    secret.armored = Some(fixture("valid.sec.asc"));
    team.keys.extend([wrong, dates, secret].map(common::public));
    let problems = team.validate();
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        ["keys[1].armored", "keys[2].expires", "keys[3].armored"],
        "{problems:#?}"
    );
    assert!(problems[0].message.contains(EXPIRES_2030), "{problems:#?}");
    assert!(problems[2].message.contains("secret"), "{problems:#?}");
    for p in &problems {
        assert!(!p.message.contains("BEGIN PGP"), "{p:?}");
    }

    // The public view drops a hidden key with its armour.
    team.keys.truncate(1);
    team.keys[0].visibility = cyberindex_directory::Visibility::Restricted;
    let public = team.view(cyberindex_directory::Visibility::Public);
    assert!(
        !serde_json::to_string(&public)
            .unwrap()
            .contains(&k.armored.clone().unwrap()[40..80])
    );
}

#[test]
fn generated_security_txt_signed_verifies() {
    use cyberindex_directory::security_txt;
    let team = common::full_team();
    let text = security_txt::generate_signed(
        &team,
        NOW,
        "https://cert.example.gh/.well-known/security.txt",
        time::Duration::days(180),
        None,
        &fixture("valid.sec.asc"),
        PASSPHRASE,
    )
    .unwrap();
    let parsed = security_txt::parse(&text);
    let codes: Vec<_> = security_txt::validate_with_keys(&parsed, &known(), NOW)
        .into_iter()
        .map(|f| f.code)
        .collect();
    assert_eq!(codes, ["signature_ok"]);
}
