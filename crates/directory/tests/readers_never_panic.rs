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
