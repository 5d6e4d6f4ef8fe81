//! The rule for new passwords: long enough, and not one that attackers try first.
//!
//! Length alone lets `password1234` and `qwertyqwerty` through, and those fall to the first
//! minutes of any guessing attack. So a new password is also refused when it is one of the 10,000
//! most common passwords (`data/common-passwords.txt`, the head of the frequency-ordered list that
//! zxcvbn-ts ships; source and checksum in `data/README.md`), when it is one of them with digits
//! or symbols added before or after, and when it repeats a short pattern. Each refusal has its own
//! message, so the user learns why and what to do instead.

use std::collections::HashSet;
use std::sync::LazyLock;

/// The fewest characters a password may have.
pub const MIN_CHARS: usize = 12;

static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../data/common-passwords.txt")
        .lines()
        .filter(|l| !l.is_empty())
        .collect()
});

/// Why a new password is refused, as a Fluent message key; `None` when it is acceptable.
pub fn problem(password: &str) -> Option<&'static str> {
    if password.chars().count() < MIN_CHARS {
        return Some("password-too-short");
    }
    let lower = password.to_lowercase();
    if COMMON.contains(lower.as_str()) {
        return Some("password-common");
    }
    let padding = |c: char| c.is_ascii_digit() || c.is_ascii_punctuation() || c.is_whitespace();
    let core = lower.trim_matches(padding);
    if !core.is_empty() && core != lower && COMMON.contains(core) {
        return Some("password-common-variant");
    }
    if repetitive(&lower) {
        return Some("password-repetitive");
    }
    None
}

/// True when the text is a shorter unit written again and again (`abcabcabcabc`), or uses fewer
/// than four different characters (`aaaaaaaaaaab`).
fn repetitive(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let distinct: HashSet<char> = chars.iter().copied().collect();
    if distinct.len() < 4 {
        return true;
    }
    (1..=chars.len() / 2)
        .filter(|unit| chars.len().is_multiple_of(*unit))
        .any(|unit| chars.chunks(unit).all(|c| c == &chars[..unit]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_holds_ten_thousand_passwords() {
        assert_eq!(COMMON.len(), 10_000);
        assert!(COMMON.contains("123456") && COMMON.contains("password"));
    }

    #[test]
    fn each_refusal_says_why() {
        let cases = [
            ("short", Some("password-too-short")),
            ("1qaz2wsx3edc", Some("password-common")),
            ("QWERTY123456", Some("password-common")),
            ("password1234", Some("password-common-variant")),
            ("!!!dragon2024!!!", Some("password-common-variant")),
            ("Superman2026!", Some("password-common-variant")),
            ("abcabcabcabc", Some("password-repetitive")),
            ("aaaaaaaaaaab", Some("password-repetitive")),
            ("a password for the test", None),
            ("correct horse battery", None),
            ("tortoise lamp 1983 harbour", None),
        ];
        for (password, expected) in cases {
            assert_eq!(problem(password), expected, "{password}");
        }
    }
}
