//! Translation: every user-facing string is a Fluent message in `locales/<lang>/main.ftl`.
//! English is the reference; a message missing in another language falls back to English.

use std::borrow::Cow;
use std::collections::HashMap;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The six UN languages in the order the UN uses, each named in its own script.
pub const LANGUAGES: [(&str, &str); 6] = [
    ("ar", "عربي"),
    ("zh", "中文"),
    ("en", "English"),
    ("fr", "Français"),
    ("ru", "Русский"),
    ("es", "Español"),
];

/// The language of a request, and the translator for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tr {
    pub lang: &'static str,
}

impl Tr {
    pub fn new(code: &str) -> Self {
        let lang = LANGUAGES
            .iter()
            .find(|(c, _)| *c == code)
            .map_or("en", |(c, _)| c);
        Self { lang }
    }

    fn id(&self) -> LanguageIdentifier {
        self.lang.parse().expect("the six language codes parse")
    }

    /// The message `key`.
    pub fn t(&self, key: &str) -> String {
        LOCALES.lookup(&self.id(), key)
    }

    /// The message `key` with named arguments.
    pub fn ta(&self, key: &str, args: &[(&str, &str)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .map(|(k, v)| (Cow::Owned(k.to_string()), FluentValue::from(v.to_string())))
            .collect();
        LOCALES.lookup_with_args(&self.id(), key, &args)
    }

    /// The message `key` with a number (plural rules apply: Arabic has six forms).
    pub fn tn(&self, key: &str, name: &str, n: impl Count) -> String {
        let mut args: HashMap<Cow<'static, str>, FluentValue<'_>> = HashMap::new();
        args.insert(Cow::Owned(name.to_string()), FluentValue::from(n.count()));
        LOCALES.lookup_with_args(&self.id(), key, &args)
    }

    /// The message `key` with a count named `name` (which picks the plural form) and named text
    /// arguments.
    pub fn tna(&self, key: &str, name: &str, n: impl Count, args: &[(&str, &str)]) -> String {
        let mut map: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .map(|(k, v)| (Cow::Owned(k.to_string()), FluentValue::from(v.to_string())))
            .collect();
        map.insert(Cow::Owned(name.to_string()), FluentValue::from(n.count()));
        LOCALES.lookup_with_args(&self.id(), key, &map)
    }

    /// Text direction for the `dir` attribute.
    pub fn dir(&self) -> &'static str {
        if self.lang == "ar" { "rtl" } else { "ltr" }
    }

    /// A text of the framework in this language, or English.
    pub fn pick<'a>(&self, texts: &'a cyberindex_engine::Texts) -> &'a str {
        texts
            .get(self.lang)
            .or_else(|| texts.get("en"))
            .map_or("", String::as_str)
    }

    /// A text of the framework in this language, or English, isolated for display: see [`Bidi`].
    pub fn bidi(&self, texts: &cyberindex_engine::Texts) -> Bidi {
        Bidi::new(self.pick(texts), !self.has(texts))
    }

    /// Whether the framework has this text in this language (so that the page can mark English
    /// fallbacks with `lang="en"`).
    pub fn has(&self, texts: &cyberindex_engine::Texts) -> bool {
        texts.contains_key(self.lang)
    }
}

/// Text that may run in another direction than the page (a framework text, an edition name, a
/// fallback to English on an Arabic page): it displays as `<bdi>`, with `lang="en"` when it is an
/// English fallback, so that "?Does national law…" reads as "Does national law…?" on
/// right-to-left pages and screen readers switch voice. The text is escaped; use it only as
/// element content, never inside an attribute (use [`Bidi::text`] there).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bidi {
    text: String,
    english_fallback: bool,
}

impl Bidi {
    pub fn new(text: impl Into<String>, english_fallback: bool) -> Self {
        Self {
            text: text.into(),
            english_fallback,
        }
    }

    /// The plain text, for attributes and sorting.
    pub fn text(&self) -> &str {
        &self.text
    }
}

impl std::fmt::Display for Bidi {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.english_fallback {
            "<bdi lang=\"en\">"
        } else {
            "<bdi>"
        })?;
        write!(
            f,
            "{}",
            askama::filters::escape(&self.text, askama::filters::Html)
                .map_err(|_| std::fmt::Error)?
        )?;
        f.write_str("</bdi>")
    }
}

impl askama::filters::HtmlSafe for Bidi {}

/// A number that plural rules can select on; templates pass counts by reference.
pub trait Count {
    fn count(self) -> i64;
}

macro_rules! count {
    ($($t:ty),*) => {$(
        impl Count for $t {
            fn count(self) -> i64 {
                i64::try_from(self).unwrap_or(i64::MAX)
            }
        }
        impl Count for &$t {
            fn count(self) -> i64 {
                i64::try_from(*self).unwrap_or(i64::MAX)
            }
        }
    )*};
}
count!(i32, i64, u32, usize);

/// A message for people, in no language yet: a Fluent message id and its arguments. Pages
/// render it in the reader's language ([`Render`]); `Display` renders it in English, for logs,
/// the command line and API error bodies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Msg {
    pub fn new(key: &'static str) -> Self {
        Self {
            key,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }
}

impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(Tr::new("en")))
    }
}

/// A [`Msg`] from a message id and `name = value` arguments.
#[macro_export]
macro_rules! msg {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Msg {
            key: $key,
            args: vec![$((stringify!($name), ($value).to_string())),*],
        }
    };
}

/// Renders a message that carries no language yet in a reader's language.
pub trait Render {
    fn render(&self, tr: Tr) -> String;
}

/// An argument of a [`Msg`] that is itself a message key, translated when the message is
/// rendered (a status or an action named inside a sentence).
pub fn key_arg(key: &'static str) -> String {
    format!("{KEY_ARG}{key}")
}

const KEY_ARG: char = '\u{1}';

impl Render for Msg {
    fn render(&self, tr: Tr) -> String {
        let values: Vec<String> = self
            .args
            .iter()
            .map(|(_, v)| match v.strip_prefix(KEY_ARG) {
                Some(key) => tr.t(key),
                None => v.clone(),
            })
            .collect();
        let args: Vec<(&str, &str)> = self
            .args
            .iter()
            .zip(&values)
            .map(|((k, _), v)| (*k, v.as_str()))
            .collect();
        tr.ta(self.key, &args)
    }
}

/// The language chosen by the `lang` cookie, else by `Accept-Language`, else English.
impl<S: Send + Sync> FromRequestParts<S> for Tr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        if let Some(code) = crate::auth::cookie(&parts.headers, "lang") {
            return Ok(Tr::new(&code));
        }
        let accept = parts
            .headers
            .get(axum::http::header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let mut best: Option<(&'static str, f32)> = None;
        for part in accept.split(',') {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next().unwrap_or("").trim().to_ascii_lowercase();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q=").and_then(|q| q.parse().ok()))
                .unwrap_or(1.0);
            let primary = tag.split('-').next().unwrap_or("");
            if let Some((code, _)) = LANGUAGES.iter().find(|(c, _)| *c == primary)
                && best.is_none_or(|(_, bq)| q > bq)
            {
                best = Some((code, q));
            }
        }
        Ok(Tr {
            lang: best.map_or("en", |(c, _)| c),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_english_message() {
        let english = include_str!("../locales/en/main.ftl");
        let keys: Vec<&str> = english
            .lines()
            .filter(|l| !l.starts_with(['#', ' ', '.', '*', '[']) && l.contains(" ="))
            .map(|l| l.split(" =").next().unwrap())
            .collect();
        assert!(keys.len() > 50, "{} messages", keys.len());
        for (code, _) in LANGUAGES {
            let path = format!("{}/locales/{code}/main.ftl", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let missing: Vec<&&str> = keys
                .iter()
                .filter(|k| !text.lines().any(|l| l.starts_with(&format!("{k} ="))))
                .collect();
            assert!(
                missing.is_empty(),
                "{code} lacks {} messages, e.g. {:?}",
                missing.len(),
                &missing[..missing.len().min(5)]
            );
        }
    }

    #[test]
    fn plurals_follow_each_language() {
        let en = Tr::new("en");
        assert_eq!(en.tn("questions-count", "count", 1), "1 question");
        assert_eq!(en.tn("questions-count", "count", 3), "3 questions");
    }
}
