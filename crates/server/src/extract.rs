//! Request bodies that pages and the API both read, so neither imports the other's handler
//! modules: the evidence form (multipart, streamed to a temporary file) and attaching what it
//! carried to an answer. Also what several pages take from a request: the client address that
//! keys rate limits (with the per-account limit), and the `next` redirect target, checked to
//! stay on the site.

use axum::extract::Multipart;
use cyberindex_store::{Evidence, EvidenceKind, NewEvidence};
use serde::Deserialize;

use crate::error::{AppError, AppResult};
use crate::scope::CountryWrite;
use crate::service::evidence::{PendingUpload, StoredFile, store_upload};
use crate::state::AppState;
use crate::{auth, ratelimit};

/// Evidence details other than the file itself.
#[derive(Debug, Default, Clone, serde::Deserialize, utoipa::ToSchema)]
pub struct EvidenceFields {
    /// What the document is, e.g. "Cybercrime Act 2021, articles 4–9".
    pub title: String,
    /// A link to the evidence (instead of a file).
    #[serde(default)]
    pub url: Option<String>,
    /// Language code of the document (ar, zh, en, fr, ru, es or other).
    #[serde(default)]
    pub language: String,
    /// Date of the document, YYYY-MM-DD.
    #[serde(default)]
    pub issued_on: String,
    /// Whether the evidence may be published; confidential otherwise.
    #[serde(default)]
    pub public: bool,
}

/// Checks the fields and builds the evidence record; exactly one of `url` and `file`.
pub fn build(
    question: &str,
    fields: EvidenceFields,
    file: Option<StoredFile>,
) -> AppResult<NewEvidence> {
    let title = fields.title.trim().to_string();
    if title.is_empty() || title.chars().count() > 300 {
        return Err(AppError::bad("title", crate::msg!("error-evidence-title")));
    }
    let language = fields.language.trim().to_string();
    if !language.is_empty()
        && !["ar", "zh", "en", "fr", "ru", "es", "other"].contains(&language.as_str())
    {
        return Err(AppError::bad(
            "language",
            crate::msg!("error-evidence-language"),
        ));
    }
    let issued_on = fields.issued_on.trim().to_string();
    if !issued_on.is_empty() && !cyberindex_answers::is_date(&issued_on) {
        return Err(AppError::bad("issued_on", crate::msg!("error-date-format")));
    }
    let url = fields
        .url
        .map(|u| u.trim().to_string())
        .filter(|u| !u.is_empty());
    let kind = match (url, file) {
        (Some(_), Some(_)) => {
            return Err(AppError::bad("url", crate::msg!("error-link-or-file")));
        }
        (None, None) => {
            return Err(AppError::bad(
                "file",
                crate::msg!("error-link-or-file-missing"),
            ));
        }
        (Some(url), None) if !cyberindex_answers::is_url(&url) || url.len() > 2000 => {
            return Err(AppError::bad("url", crate::msg!("error-link-scheme")));
        }
        (Some(url), None) => EvidenceKind::Url { url },
        (None, Some(f)) => EvidenceKind::File {
            sha256: f.sha256,
            file_name: f.file_name,
            media_type: f.media_type,
            size: f.size,
        },
    };
    Ok(NewEvidence {
        question_id: question.to_string(),
        kind,
        title,
        language,
        issued_on,
        public: fields.public,
    })
}

/// Checks the fields, writes the evidence record, and only then keeps the uploaded file.
pub async fn attach(
    state: &AppState,
    write: &CountryWrite,
    question: &str,
    fields: EvidenceFields,
    file: Option<PendingUpload>,
) -> AppResult<Evidence> {
    let record = build(question, fields, file.as_ref().map(|f| f.file.clone()))?;
    let evidence = write.add_evidence(&state.store, &record).await?;
    if let Some(file) = file {
        file.keep().await?;
    }
    Ok(evidence)
}

/// Reads a multipart form that may carry one file: the file is streamed to a temporary file as
/// it comes in (`store_upload`: size, type by content, no markup) and every other field is
/// handed to `text_field` by name, which refuses a name it does not know. At most one file part
/// is taken, and nothing is kept until the caller's record is written
/// ([`PendingUpload::keep`]), so any refusal leaves nothing on disk. Evidence of an answer, of
/// a maturity parameter and an establishment deliverable are all read here.
pub async fn read_upload_form(
    state: &AppState,
    mut multipart: Multipart,
    mut text_field: impl FnMut(&str, String) -> AppResult<()>,
) -> AppResult<Option<PendingUpload>> {
    let mut file = None;
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| AppError::bad("file", crate::msg!("error-form-unreadable", detail = e)))?
    {
        let name = field.name().unwrap_or("").to_string();
        if name == "file" {
            if field.file_name().unwrap_or("").is_empty() {
                continue; // the file input was left empty
            }
            if file.is_some() {
                return Err(AppError::bad(
                    "file",
                    crate::msg!("error-evidence-one-file"),
                ));
            }
            file = Some(store_upload(&state.evidence, field, state.config.max_upload_bytes).await?);
            continue;
        }
        let text = field
            .text()
            .await
            .map_err(|e| AppError::bad(&name, crate::msg!("error-form-unreadable", detail = e)))?;
        text_field(&name, text)?;
    }
    Ok(file)
}

/// Reads a multipart evidence form of an answer ([`read_upload_form`]); the upload is kept only
/// by [`attach`].
pub async fn read_multipart(
    state: &AppState,
    multipart: Multipart,
) -> AppResult<(EvidenceFields, Option<PendingUpload>)> {
    let mut fields = EvidenceFields::default();
    let file = read_upload_form(state, multipart, |name, text| {
        match name {
            "title" => fields.title = text,
            "url" => fields.url = Some(text),
            "language" => fields.language = text,
            "issued_on" => fields.issued_on = text,
            "public" => fields.public = matches!(text.as_str(), "1" | "true" | "on"),
            other => {
                return Err(AppError::bad(
                    other,
                    crate::msg!("error-evidence-field-unknown", field = other),
                ));
            }
        }
        Ok(())
    })
    .await?;
    Ok((fields, file))
}

/// The client address, used to key rate limits: the peer address, or the first
/// `X-Forwarded-For` entry when the server is configured to trust it.
#[derive(Debug, Clone)]
pub struct ClientKey(pub String);

impl axum::extract::FromRequestParts<AppState> for ClientKey {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        if state.config.trust_forwarded_for
            && let Some(forwarded) = parts
                .headers
                .get("x-forwarded-for")
                .and_then(|v| v.to_str().ok())
        {
            return Ok(ClientKey(
                forwarded.split(',').next().unwrap_or("").trim().to_string(),
            ));
        }
        let peer = parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .map(|c| c.0.ip().to_string());
        Ok(ClientKey(peer.unwrap_or_else(|| "local".to_string())))
    }
}

impl ClientKey {
    /// Takes one attempt at `action` under `rule`, or refuses with 429. The bucket is shared by
    /// every instance on the database.
    pub async fn limit(
        &self,
        state: &AppState,
        action: &str,
        rule: ratelimit::Rule,
    ) -> AppResult<()> {
        shared_limit(state, &format!("{}:{action}", self.0), rule).await
    }
}

/// Takes one attempt at `action` for the account named by `email` (normalised, whether or not
/// it exists), from any address, or refuses with 429. Shared by every instance.
pub async fn limit_account(
    state: &AppState,
    action: &str,
    email: &str,
    rule: ratelimit::Rule,
) -> AppResult<()> {
    let key = format!("account:{}:{action}", auth::account_key(email));
    shared_limit(state, &key, rule).await
}

/// One attempt for `key`: from this instance's bucket first, then from the database's bucket,
/// which every instance shares (behind several instances a client gets one allowance, not one
/// per instance). The local bucket has the same rule, so an attempt it refuses would be refused
/// anyway; checking it first keeps a flood of refused attempts in memory, away from the write
/// lock that answer saves queue on.
async fn shared_limit(state: &AppState, key: &str, rule: ratelimit::Rule) -> AppResult<()> {
    if !state.limiter.allow(key, rule) {
        return Err(AppError::TooManyRequests);
    }
    let now = cyberindex_store::now_ms();
    if state
        .store
        .take_attempt(key, rule.burst, rule.per_minute, now)
        .await?
    {
        Ok(())
    } else {
        Err(AppError::TooManyRequests)
    }
}

#[derive(Debug, Deserialize)]
pub struct Next {
    #[serde(default)]
    pub(crate) next: String,
    /// `reset` after a password reset, `totp` after too many wrong codes: the page explains.
    #[serde(default)]
    pub(crate) done: String,
}

impl Next {
    pub fn next(&self) -> &str {
        &self.next
    }
}

/// Where to go after signing in, the second factor or choosing a language: `next` when it is a
/// path on this site, else `/`. It must start with a single `/` and hold only visible ASCII
/// without backslashes; percent-decoded (repeatedly), it must hold no control character or
/// backslash and not start with `//`; and it must resolve against the public URL to the public
/// URL's own origin.
pub fn safe_next(public_url: &str, next: &str) -> String {
    fn decode(s: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(s.len());
        let mut i = 0;
        while i < s.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            match (
                s[i],
                s.get(i + 1).copied().and_then(hex),
                s.get(i + 2).copied().and_then(hex),
            ) {
                (b'%', Some(hi), Some(lo)) => {
                    out.push(u8::try_from(hi * 16 + lo).unwrap_or(0));
                    i += 3;
                }
                (b, _, _) => {
                    out.push(b);
                    i += 1;
                }
            }
        }
        out
    }
    let plain = next.starts_with('/')
        && !next.starts_with("//")
        && next.bytes().all(|b| b.is_ascii_graphic() && b != b'\\');
    if !plain {
        return "/".to_string();
    }
    // Decoded until nothing changes (a few rounds at most), so that encoding hides nothing.
    let mut bytes = next.as_bytes().to_vec();
    let mut settled = false;
    for _ in 0..4 {
        let decoded = decode(&bytes);
        if decoded.starts_with(b"//") || decoded.iter().any(|b| b.is_ascii_control() || *b == b'\\')
        {
            return "/".to_string();
        }
        if decoded == bytes {
            settled = true;
            break;
        }
        bytes = decoded;
    }
    if !settled {
        return "/".to_string();
    }
    let Ok(base) = reqwest::Url::parse(public_url) else {
        return "/".to_string();
    };
    match base.join(next) {
        Ok(target) if target.origin() == base.origin() && target.path().starts_with('/') => {
            next.to_string()
        }
        _ => "/".to_string(),
    }
}

/// Percent-encodes a query value.
pub fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn safe_next_keeps_only_paths_on_the_site() {
        let base = "https://index.example.org";
        for next in [
            "/\t/evil.example",
            "//evil.example",
            "/\\evil",
            "/\\\\evil.example",
            "https://evil.example/",
            "/%5Cevil.example",
            "/%2F/evil.example",
            "/%09/evil.example",
            "",
            "editions",
            "/é",
            "/ x",
            "/%0a",
            "/%7F",
            "/%%5C",
        ] {
            assert_eq!(safe_next(base, next), "/", "{next:?}");
        }
        for next in [
            "/",
            "/editions",
            "/results/e2026/1/?c=KEN,FRA#map",
            "/a%20b",
        ] {
            assert_eq!(safe_next(base, next), next);
        }
    }
}
