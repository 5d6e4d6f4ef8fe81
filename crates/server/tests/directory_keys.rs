//! OpenPGP in the directory's pages (issue 16): a team's key is read from the key itself, the
//! secretariat signs the team's RFC 2350 with a secret key given for one request (never echoed,
//! never kept), the signature verifies with the team's public key, and the signed file imports
//! back.

use crate::common;

use common::TestApp;
use reqwest::Method;

const FIXTURES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../directory/tests/fixtures/openpgp"
);
const PASSPHRASE: &str = "test passphrase, not secret";

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{FIXTURES}/{name}")).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_rfc_2350_is_signed_with_a_key_given_once_and_verifies() {
    let app = TestApp::new().await;
    let now = time::OffsetDateTime::now_utc();
    let (mut team, _) = cyberindex_demo::directory::teams(&[("KEN", "Kenya")], now, 1)
        .into_iter()
        .next()
        .unwrap();
    let public = fixture("valid.pub.asc");
    let key = cyberindex_directory::Key::from_armored(&public, None).unwrap();
    team.keys = vec![cyberindex_directory::Field::public(
        key.clone(),
        cyberindex_directory::Provenance::new(cyberindex_directory::Source::Manual, now),
    )];
    cyberindex_workflow::directory::save_team(&app.state.store, &team, None, None)
        .await
        .unwrap();
    let path = format!("/directory/teams/{}/rfc2350/sign", team.id);

    // Only the secretariat signs.
    let r = app
        .page(Method::GET, &path, "focal-ken")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let r = app.page(Method::GET, &path, "admin").send().await.unwrap();
    assert_eq!(r.status(), 200);

    // A wrong passphrase: refused in words, and neither the key nor the passphrase comes back.
    let secret = fixture("valid.sec.asc");
    let body_line = secret.lines().find(|l| l.len() > 40).unwrap().to_string();
    let r = app
        .page(Method::POST, &path, "admin")
        .form(&[
            ("secret_key", secret.as_str()),
            ("passphrase", "not the passphrase at all"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("Not signed:"), "{html}");
    assert!(!html.contains("not the passphrase at all"));
    assert!(!html.contains(&body_line), "the secret key came back");

    // The right one: a clear-signed text that verifies with the team's public key.
    let r = app
        .page(Method::POST, &path, "admin")
        .form(&[("secret_key", secret.as_str()), ("passphrase", PASSPHRASE)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let signed = r.text().await.unwrap();
    assert!(
        signed.starts_with("-----BEGIN PGP SIGNED MESSAGE-----"),
        "{signed}"
    );
    let info = cyberindex_directory::openpgp::read_key(&public).unwrap();
    let verification = cyberindex_directory::openpgp::verify_cleartext(&signed, &[info], now);
    assert!(verification.is_good(), "{verification:?}");
    // The signed text reads back as the same public record.
    let (draft, _) = cyberindex_directory::rfc2350::parse(&signed);
    assert_eq!(
        draft.official_name.as_deref(),
        Some(team.official_name.value.as_str())
    );
    assert_eq!(draft.keys.len(), 1);
    assert_eq!(draft.keys[0].fingerprint, key.fingerprint);

    // A secret key pasted where a team's public key belongs is refused by the record's check.
    let mut leaky = team.clone();
    leaky.keys[0].value.armored = Some(secret.clone());
    let problems = cyberindex_workflow::directory::check_team(&leaky);
    assert!(
        problems.iter().any(|(path, _)| path == "keys[0].armored"),
        "{problems:?}"
    );
    assert!(problems.iter().all(|(_, m)| !m.contains(&body_line)));
}
