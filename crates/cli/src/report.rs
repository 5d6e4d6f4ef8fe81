//! `cyberindex report --edition E [--version N] [--country ISO3] [--lang L] -o FILE.pdf`: a
//! published edition's report, or one country's profile, as PDF, typeset by
//! `cyberindex_report` with the Noto fonts (the machine's, else the shipped ones) and the
//! server's messages in the reader's language.

use std::path::Path;

use cyberindex_publish::Site;
use cyberindex_report::{Fonts, LANGUAGES, ReportError, edition_pdf, profile_pdf};
use cyberindex_server::Overrides;
use cyberindex_server::i18n::Tr;
use cyberindex_store::StoreError;

use crate::input::{InputError, write_bytes};
use crate::install::{Installation, open, runtime};

/// What to print.
#[derive(Debug)]
pub struct Request<'a> {
    pub edition: &'a str,
    /// The version; the latest when `None`.
    pub version: Option<i64>,
    /// A country's profile; the edition report when `None`.
    pub country: Option<&'a str>,
    pub lang: &'a str,
    pub out: &'a Path,
}

pub fn run(install: &Installation, request: &Request) -> anyhow::Result<()> {
    if !LANGUAGES.contains(&request.lang) {
        return Err(InputError(format!(
            "error: unknown language `{}`: the languages are {}\n",
            request.lang,
            LANGUAGES.join(", ")
        ))
        .into());
    }
    let config = install.config(Overrides::default())?;
    let publication = runtime()?.block_on(async {
        let store = open(&config).await?;
        let result = load(&store, request).await;
        store.close().await;
        result
    })?;
    let site = Site::load(
        &publication.framework_source,
        &publication.results_json,
        &publication.answers_csv,
    )
    .map_err(|e| {
        anyhow::anyhow!(
            "publication {} version {} no longer loads: {e}",
            request.edition,
            publication.meta.version
        )
    })?;
    let country = request.country.map(str::to_ascii_uppercase);
    if let Some(country) = &country
        && site.unit(country).is_none()
    {
        return Err(InputError(format!(
            "error: {country} is not a country of {} version {}\n",
            request.edition, publication.meta.version
        ))
        .into());
    }
    let fonts = Fonts::discover().map_err(|e| InputError(format!("error: {e}\n")))?;
    let tr = Tr::new(request.lang);
    let labels = |key: &str, args: &[(&str, &str)]| tr.ta(key, args);
    let pdf = match &country {
        Some(country) => profile_pdf(&site, country, request.lang, &labels, &fonts),
        None => edition_pdf(&site, request.lang, &labels, &fonts),
    }
    .map_err(|e| match e {
        ReportError::Typeset(_) => anyhow::Error::from(e),
        other => InputError(format!("error: {other}\n")).into(),
    })?;
    write_bytes(request.out, &pdf)?;
    Ok(())
}

/// The publication asked for: the latest version, or the one named.
async fn load(
    store: &cyberindex_store::Store,
    request: &Request<'_>,
) -> anyhow::Result<cyberindex_store::Publication> {
    let edition = request.edition;
    if let Err(StoreError::NotFound(_)) = store.edition(edition).await {
        return Err(InputError(format!("error: there is no edition `{edition}`\n")).into());
    }
    let versions = store.publications(Some(edition)).await?;
    let Some(latest) = versions.first() else {
        return Err(InputError(format!("error: edition `{edition}` is not published\n")).into());
    };
    let version = request.version.unwrap_or(latest.version);
    match store.publication(edition, version).await {
        Err(StoreError::NotFound(_)) => Err(InputError(format!(
            "error: edition `{edition}` has no published version {version} (the latest is {})\n",
            latest.version
        ))
        .into()),
        other => Ok(other?),
    }
}
