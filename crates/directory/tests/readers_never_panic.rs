//! The readers take any text: arbitrary strings and line soups made of pieces that look like
//! headings, fields, numbers and signatures never make them panic, and every finding they
//! return points at a line that exists.

use cyberindex_directory::{rfc2350, security_txt};
use proptest::prelude::*;
use time::macros::datetime;

const PIECES: [&str; 18] = [
    "-----BEGIN PGP SIGNED MESSAGE-----",
    "-----BEGIN PGP SIGNATURE-----",
    "-----END PGP SIGNATURE-----",
    "Hash: SHA512",
    "- Contact: mailto:a@b.example",
    "Expires: 2026-13-45T99:00:00Z",
    "Contact:",
    "2.7 E-mail",
    "### 2.8",
    "1.",
    "+ (12) 3",
    "+44 (0)20 7946 0000 (",
    "Fingerprint: 0123 4567 89AB",
    "AS 1/2 AS",
    "3.2 Constituency",
    "x@y.z (contact",
    "\u{feff}",
    "ﺍﻟﻔﺮﻳﻖ：مثال (٢٠٢٤)",
];

fn line_count(text: &str) -> usize {
    text.strip_prefix('\u{feff}')
        .unwrap_or(text)
        .lines()
        .count()
        .max(1)
}

fn check(text: &str) -> Result<(), TestCaseError> {
    let now = datetime!(2026-06-01 12:00 UTC);
    let lines = line_count(text) + 1;
    for f in security_txt::validate(&security_txt::parse(text), now) {
        prop_assert!(f.line.is_none_or(|l| l >= 1 && l <= lines), "{f}");
        prop_assert!(!f.message.is_empty());
    }
    let (_, findings) = rfc2350::parse(text);
    for f in findings {
        prop_assert!(f.line.is_none_or(|l| l >= 1 && l <= lines), "{f}");
    }
    Ok(())
}

proptest! {
    #[test]
    fn arbitrary_text(text in "\\PC*(\r?\n\\PC*){0,8}") {
        check(&text)?;
    }

    #[test]
    fn line_soup(pieces in proptest::collection::vec(proptest::sample::select(PIECES.to_vec()), 0..20), crlf in any::<bool>()) {
        let text = pieces.join(if crlf { "\r\n" } else { "\n" });
        check(&text)?;
    }
}

/// The OpenPGP readers take any text too: `read_key` and `verify_cleartext` return an error or a
/// status, never a panic, for arbitrary strings, line soups, and real fixtures (test keys, not
/// secret) with one character changed, removed or a line cut.
mod openpgp_readers {
    use cyberindex_directory::openpgp::{self, KeyInfo};
    use cyberindex_directory::{rfc2350, security_txt};
    use proptest::prelude::*;
    use time::macros::datetime;

    const KEY: &str = include_str!("fixtures/openpgp/valid.pub.asc");
    const SECRET: &str = include_str!("fixtures/openpgp/valid.sec.asc");
    const SIGNED: &str = include_str!("fixtures/security_txt_signed/good.txt");

    fn keys() -> Vec<KeyInfo> {
        vec![openpgp::read_key(KEY).unwrap()]
    }

    fn check(text: &str, keys: &[KeyInfo]) -> Result<(), TestCaseError> {
        let now = datetime!(2026-06-01 12:00 UTC);
        if let Err(e) = openpgp::read_key(text) {
            prop_assert!(!e.message.is_empty());
        }
        let _ = openpgp::read_keys(text);
        let v = openpgp::verify_cleartext(text, keys, now);
        let _ = v.findings(Some(1), Some((now, 2)));
        let _ = security_txt::validate_with_keys(&security_txt::parse(text), keys, now);
        let _ = rfc2350::parse_with_keys(text, keys, now);
        let _ = openpgp::strip_cleartext_armour(text);
        Ok(())
    }

    /// `base` with the character at `at` (modulo its length) replaced, removed or doubled.
    fn mutate(base: &str, at: usize, how: u8, with: char) -> String {
        let chars: Vec<char> = base.chars().collect();
        let at = at % chars.len();
        let mut out: Vec<char> = chars.clone();
        match how % 3 {
            0 => out[at] = with,
            1 => {
                out.remove(at);
            }
            _ => out.truncate(at),
        }
        out.into_iter().collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        #[test]
        fn arbitrary_text(text in "\\PC*(\r?\n\\PC*){0,8}") {
            check(&text, &keys())?;
        }

        #[test]
        fn armour_soup(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "-----BEGIN PGP SIGNED MESSAGE-----",
                "-----BEGIN PGP SIGNATURE-----",
                "-----END PGP SIGNATURE-----",
                "-----BEGIN PGP PUBLIC KEY BLOCK-----",
                "-----END PGP PUBLIC KEY BLOCK-----",
                "-----BEGIN PGP PRIVATE KEY BLOCK-----",
                "Hash: SHA512",
                "Hash: MD5, SHA999",
                "",
                "- -x",
                "iHUEARYKAB0WIQQAAAAAAAAAAAAAAAAAAAAAAAAAAAUCaQAAAAAACgkQAAAAAAAA",
                "mDMEZ4d5EBYJKwYBBAHaRw8BAQdApR69w/7f95gZ5SFXh9tKe+FvxH8bchzCfJzu",
                "=AbCd",
                "Contact: mailto:a@b.example",
            ]), 0..16),
            crlf in any::<bool>(),
        ) {
            let text = pieces.join(if crlf { "\r\n" } else { "\n" });
            check(&text, &keys())?;
        }

        #[test]
        fn damaged_fixtures(which in 0usize..3, at in any::<usize>(), how in any::<u8>(), with in any::<char>()) {
            let base = [KEY, SECRET, SIGNED][which];
            let text = mutate(base, at, how, with);
            check(&text, &keys())?;
            // A damaged secret key never signs by accident with a wrong message.
            if which == 1 {
                let _ = openpgp::clear_sign("x", &text, "test passphrase, not secret", datetime!(2026-06-01 12:00 UTC));
            }
        }
    }
}
