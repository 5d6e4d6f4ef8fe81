//! Typed access to a spanned TOML table that records every problem instead of stopping at the
//! first: unknown keys (with a suggestion), wrong types, missing required keys.

use std::ops::Range;

use cyberindex_engine::Texts;
use cyberindex_engine::model::LANGUAGES;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::Diagnostic;

pub type Span = Range<usize>;

/// A table being read, with the name used in messages (`question LEG1.1`) and the span of its
/// header.
pub struct Fields<'a, 'i> {
    pub table: &'a DeTable<'i>,
    pub what: String,
    pub span: Span,
}

impl<'a, 'i> Fields<'a, 'i> {
    pub fn new(table: &'a DeTable<'i>, what: impl Into<String>, span: Span) -> Self {
        Self {
            table,
            what: what.into(),
            span,
        }
    }

    fn get(&self, key: &str) -> Option<&'a Spanned<DeValue<'i>>> {
        self.table.get(key)
    }

    /// The span of a key's value, or the table's span.
    pub fn span_of(&self, key: &str) -> Span {
        self.get(key).map_or(self.span.clone(), |v| v.span())
    }

    /// Reports every key not in `allowed`.
    pub fn only(&self, allowed: &[&str], errors: &mut Vec<Diagnostic>) {
        for (key, _) in self.table.iter() {
            if !allowed.contains(&key.get_ref().as_ref()) {
                let help = match closest(key.get_ref(), allowed) {
                    Some(s) => format!("did you mean `{s}`? Allowed keys: {}", allowed.join(", ")),
                    None => format!("allowed keys: {}", allowed.join(", ")),
                };
                errors.push(Diagnostic::new(
                    key.span(),
                    format!("unknown key `{}` in {}", key.get_ref(), self.what),
                    help,
                ));
            }
        }
    }

    fn wrong_type(&self, key: &str, expected: &str, errors: &mut Vec<Diagnostic>) {
        let value = self.get(key).expect("called on a present key");
        errors.push(Diagnostic::new(
            value.span(),
            format!(
                "`{key}` in {} must be {expected}, not {}",
                self.what,
                value.get_ref().type_str()
            ),
            format!("write `{key}` as {expected}"),
        ));
    }

    fn required(&self, key: &str, example: &str, errors: &mut Vec<Diagnostic>) {
        errors.push(Diagnostic::new(
            self.span.clone(),
            format!("{} has no `{key}`", self.what),
            format!("add `{key} = {example}`"),
        ));
    }

    /// A string value, with its span.
    pub fn string(&self, key: &str, errors: &mut Vec<Diagnostic>) -> Option<(String, Span)> {
        let value = self.get(key)?;
        match value.get_ref().as_str() {
            Some(s) => Some((s.to_string(), value.span())),
            None => {
                self.wrong_type(key, "a string", errors);
                None
            }
        }
    }

    /// A required string.
    pub fn required_string(
        &self,
        key: &str,
        example: &str,
        errors: &mut Vec<Diagnostic>,
    ) -> Option<(String, Span)> {
        if self.get(key).is_none() {
            self.required(key, example, errors);
            return None;
        }
        self.string(key, errors)
    }

    /// A number (integer or float), finite.
    pub fn number(&self, key: &str, errors: &mut Vec<Diagnostic>) -> Option<(f64, Span)> {
        let value = self.get(key)?;
        match number(value.get_ref()) {
            Some(x) if x.is_finite() => Some((x, value.span())),
            Some(_) => {
                errors.push(Diagnostic::new(
                    value.span(),
                    format!("`{key}` in {} must be a finite number", self.what),
                    format!("write `{key}` as a number such as 1 or 0.5"),
                ));
                None
            }
            None => {
                self.wrong_type(key, "a number", errors);
                None
            }
        }
    }

    /// A required number.
    pub fn required_number(
        &self,
        key: &str,
        example: &str,
        errors: &mut Vec<Diagnostic>,
    ) -> Option<(f64, Span)> {
        if self.get(key).is_none() {
            self.required(key, example, errors);
            return None;
        }
        self.number(key, errors)
    }

    /// A non-negative integer.
    pub fn integer(&self, key: &str, errors: &mut Vec<Diagnostic>) -> Option<(u32, Span)> {
        let value = self.get(key)?;
        let parsed = value
            .get_ref()
            .as_integer()
            .and_then(|i| i64::from_str_radix(i.as_str(), i.radix()).ok())
            .and_then(|i| u32::try_from(i).ok());
        if parsed.is_none() {
            self.wrong_type(key, "a whole number ≥ 0", errors);
        }
        parsed.map(|p| (p, value.span()))
    }

    /// A boolean.
    pub fn boolean(&self, key: &str, errors: &mut Vec<Diagnostic>) -> Option<bool> {
        let value = self.get(key)?;
        let b = value.get_ref().as_bool();
        if b.is_none() {
            self.wrong_type(key, "true or false", errors);
        }
        b
    }

    /// A sub-table.
    pub fn table(
        &self,
        key: &str,
        errors: &mut Vec<Diagnostic>,
    ) -> Option<(&'a DeTable<'i>, Span)> {
        let value = self.get(key)?;
        match value.get_ref().as_table() {
            Some(t) => Some((t, value.span())),
            None => {
                self.wrong_type(key, "a table", errors);
                None
            }
        }
    }

    /// An array.
    pub fn array(
        &self,
        key: &str,
        errors: &mut Vec<Diagnostic>,
    ) -> Option<(&'a [Spanned<DeValue<'i>>], Span)> {
        let value = self.get(key)?;
        match value.get_ref().as_array() {
            Some(a) => Some((a, value.span())),
            None => {
                self.wrong_type(key, "an array", errors);
                None
            }
        }
    }

    /// Texts keyed by language (`label = { en = "…", fr = "…" }`). With `english_required`, a
    /// missing table or a missing `en` is an error.
    pub fn texts(&self, key: &str, english_required: bool, errors: &mut Vec<Diagnostic>) -> Texts {
        let mut texts = Texts::new();
        let Some(value) = self.get(key) else {
            if english_required {
                errors.push(Diagnostic::new(
                    self.span.clone(),
                    format!("{} has no English `{key}`", self.what),
                    format!("add `{key}.en = \"…\"`"),
                ));
            }
            return texts;
        };
        let Some(table) = value.get_ref().as_table() else {
            self.wrong_type(
                key,
                "a table of texts by language, such as { en = \"…\" }",
                errors,
            );
            return texts;
        };
        for (lang, text) in table.iter() {
            let lang_name = lang.get_ref().as_ref();
            if !LANGUAGES.contains(&lang_name) {
                errors.push(Diagnostic::new(
                    lang.span(),
                    format!("unknown language `{lang_name}` in `{key}` of {}", self.what),
                    "use one of the six UN languages: ar, zh, en, fr, ru, es",
                ));
                continue;
            }
            match text.get_ref().as_str() {
                Some(s) if !s.trim().is_empty() => {
                    texts.insert(lang_name.to_string(), s.trim().to_string());
                }
                Some(_) => errors.push(Diagnostic::new(
                    text.span(),
                    format!("`{key}.{lang_name}` of {} is empty", self.what),
                    "write the text, or remove the key",
                )),
                None => errors.push(Diagnostic::new(
                    text.span(),
                    format!("`{key}.{lang_name}` of {} must be a string", self.what),
                    "write the text in quotes",
                )),
            }
        }
        if english_required && !texts.contains_key("en") {
            errors.push(Diagnostic::new(
                value.span(),
                format!("{} has no English `{key}`", self.what),
                format!(
                    "add `{key}.en = \"…\"`: English is required, other languages are optional"
                ),
            ));
        }
        texts
    }
}

/// A TOML integer or float as f64.
pub fn number(value: &DeValue<'_>) -> Option<f64> {
    if let Some(i) = value.as_integer() {
        return i64::from_str_radix(i.as_str(), i.radix())
            .ok()
            .map(|i| i as f64);
    }
    value
        .as_float()
        .and_then(|f| f.as_str().replace('_', "").parse::<f64>().ok())
}

/// The allowed word closest to `word`, if it is close enough to be a likely typo.
pub fn closest<'s>(word: &str, allowed: &[&'s str]) -> Option<&'s str> {
    allowed
        .iter()
        .map(|a| (edit_distance(word, a), *a))
        .filter(|(d, a)| *d <= 2.max(a.len() / 3))
        .min()
        .map(|(_, a)| a)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = (previous + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(current + 1);
            previous = current;
        }
    }
    row[b.len()]
}
