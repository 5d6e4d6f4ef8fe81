//! The country master list (`data/countries.csv`): ISO 3166-1 codes, names in the six UN
//! languages, ITU and UN M49 regions, and LDC/SIDS/LLDC flags.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;

use crate::RowError;

/// One country of the master list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Country {
    pub alpha2: String,
    pub alpha3: String,
    pub numeric: String,
    pub name_en: String,
    pub name_fr: String,
    pub name_es: String,
    pub name_ar: String,
    pub name_zh: String,
    pub name_ru: String,
    pub itu_region: String,
    pub m49_region: String,
    pub m49_subregion: String,
    pub ldc: bool,
    pub sids: bool,
    pub lldc: bool,
}

impl Country {
    /// The short name in a UN language, falling back to English.
    pub fn name(&self, lang: &str) -> &str {
        match lang {
            "fr" => &self.name_fr,
            "es" => &self.name_es,
            "ar" => &self.name_ar,
            "zh" => &self.name_zh,
            "ru" => &self.name_ru,
            _ => &self.name_en,
        }
    }
}

const HEADER: [&str; 15] = [
    "alpha2",
    "alpha3",
    "numeric",
    "name_en",
    "name_fr",
    "name_es",
    "name_ar",
    "name_zh",
    "name_ru",
    "itu_region",
    "m49_region",
    "m49_subregion",
    "ldc",
    "sids",
    "lldc",
];
const ITU_REGIONS: [&str; 6] = [
    "Africa",
    "Americas",
    "Arab States",
    "Asia-Pacific",
    "CIS",
    "Europe",
];

/// Parses a country list in the `data/countries.csv` layout, reporting every bad row.
pub fn parse(text: &str) -> Result<Vec<Country>, Vec<RowError>> {
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let mut errors = Vec::new();
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(str::to_string).collect(),
        Err(e) => return Err(vec![RowError::file(format!("unreadable CSV header: {e}"))]),
    };
    if header != HEADER {
        return Err(vec![RowError::new(
            1,
            None,
            "the header is not the country-list header",
            format!("use exactly: {}", HEADER.join(",")),
        )]);
    }
    let mut countries: Vec<Country> = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let row = i + 2;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                errors.push(RowError::new(
                    row,
                    None,
                    format!("unreadable row: {e}"),
                    "check quoting and the number of fields",
                ));
                continue;
            }
        };
        let f = |k: usize| record.get(k).unwrap_or("").trim().to_string();
        let flag = |k: usize, errors: &mut Vec<RowError>| match record.get(k) {
            Some("1") => true,
            Some("0") => false,
            other => {
                errors.push(RowError::new(
                    row,
                    Some(HEADER[k]),
                    format!("`{}` is not 0 or 1", other.unwrap_or("")),
                    "write 1 or 0",
                ));
                false
            }
        };
        let country = Country {
            alpha2: f(0),
            alpha3: f(1),
            numeric: f(2),
            name_en: f(3),
            name_fr: f(4),
            name_es: f(5),
            name_ar: f(6),
            name_zh: f(7),
            name_ru: f(8),
            itu_region: f(9),
            m49_region: f(10),
            m49_subregion: f(11),
            ldc: flag(12, &mut errors),
            sids: flag(13, &mut errors),
            lldc: flag(14, &mut errors),
        };
        if country.alpha3.len() != 3 || !country.alpha3.chars().all(|c| c.is_ascii_uppercase()) {
            errors.push(RowError::new(
                row,
                Some("alpha3"),
                format!("`{}` is not an ISO 3166-1 alpha-3 code", country.alpha3),
                "write three capital letters",
            ));
        }
        if !ITU_REGIONS.contains(&country.itu_region.as_str()) {
            errors.push(RowError::new(
                row,
                Some("itu_region"),
                format!("unknown ITU region `{}`", country.itu_region),
                format!("use one of: {}", ITU_REGIONS.join(", ")),
            ));
        }
        if let Some(first) = countries.iter().position(|c| c.alpha3 == country.alpha3) {
            errors.push(RowError::new(
                row,
                Some("alpha3"),
                format!(
                    "duplicate country `{}` (first on row {})",
                    country.alpha3,
                    first + 2
                ),
                "list each country once",
            ));
        }
        countries.push(country);
    }
    if errors.is_empty() {
        Ok(countries)
    } else {
        Err(errors)
    }
}

/// The master list shipped with cyberindex, compiled into the binary.
pub fn builtin() -> &'static [Country] {
    static LIST: OnceLock<Vec<Country>> = OnceLock::new();
    LIST.get_or_init(|| {
        parse(include_str!("../../../data/countries.csv"))
            .expect("data/countries.csv is checked by the test suite")
    })
}

/// A country's short name in a UN language, or the code itself when the master list does not
/// have it.
pub fn name_of(alpha3: &str, lang: &str) -> String {
    by_alpha3(alpha3).map_or_else(|| alpha3.to_string(), |c| c.name(lang).to_string())
}

/// Finds a country by alpha-3 code.
pub fn by_alpha3(alpha3: &str) -> Option<&'static Country> {
    static INDEX: OnceLock<HashMap<&'static str, &'static Country>> = OnceLock::new();
    INDEX
        .get_or_init(|| builtin().iter().map(|c| (c.alpha3.as_str(), c)).collect())
        .get(alpha3)
        .copied()
}

/// Folds text for matching: decomposed, without combining marks and lower-cased, so that
/// "cote d'ivoire" finds "Côte d'Ivoire" and "ÉTATS" finds "États".
pub fn fold(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// How well a country matches a search, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Match {
    /// The ISO alpha-2 or alpha-3 code, or a name, exactly.
    Exact,
    /// A name, or a word of a name, starts with the query.
    Prefix,
    /// A name contains the query.
    Contains,
}

impl Country {
    /// The names in the six UN languages.
    pub fn names(&self) -> [&str; 6] {
        [
            &self.name_ar,
            &self.name_zh,
            &self.name_en,
            &self.name_fr,
            &self.name_ru,
            &self.name_es,
        ]
    }

    /// How this country matches a query already [folded](fold), if it does: by ISO code, or by
    /// its name in any of the six UN languages.
    pub fn matches(&self, folded: &str) -> Option<Match> {
        let folded = folded.trim();
        if folded.is_empty() {
            return None;
        }
        if folded == fold(&self.alpha3) || folded == fold(&self.alpha2) {
            return Some(Match::Exact);
        }
        let names = self.names().map(fold);
        if names.iter().any(|n| n == folded) {
            return Some(Match::Exact);
        }
        let word_start = |n: &String| {
            n.starts_with(folded)
                || n.match_indices(folded).any(|(i, _)| {
                    n[..i]
                        .chars()
                        .next_back()
                        .is_some_and(|c| !c.is_alphanumeric())
                })
        };
        if names.iter().any(word_start) {
            return Some(Match::Prefix);
        }
        names
            .iter()
            .any(|n| n.contains(folded))
            .then_some(Match::Contains)
    }
}

/// The countries among `list` that match `query`, best match first, then in `list` order.
pub fn search<'a>(list: impl IntoIterator<Item = &'a Country>, query: &str) -> Vec<&'a Country> {
    let folded = fold(query);
    let mut found: Vec<(Match, usize, &Country)> = list
        .into_iter()
        .enumerate()
        .filter_map(|(i, c)| c.matches(&folded).map(|m| (m, i, c)))
        .collect();
    found.sort_by_key(|(m, i, _)| (*m, *i));
    found.into_iter().map(|(_, _, c)| c).collect()
}
