//! How to reach an S3-compatible evidence store: the `evidence_store` location
//! (`s3://bucket/prefix`) and the `[evidence_s3]` settings. What a setting leaves out comes from
//! the standard `AWS_*` environment variables (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`,
//! `AWS_SESSION_TOKEN`, `AWS_REGION`, `AWS_ENDPOINT`, `AWS_ALLOW_HTTP`, …), read by
//! `object_store`'s `AmazonS3Builder::from_env`.

use object_store::aws::AmazonS3Builder;
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

/// The `[evidence_s3]` settings. `Debug` and `Serialize` never show the secret key or the session
/// token, so neither reaches a log or the `config.loaded` audit entry.
#[derive(Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct S3Settings {
    /// The service's address, such as `https://s3.example.org`; unset: AWS.
    pub endpoint: Option<String>,
    /// The region, such as `eu-west-1` (unset: `AWS_REGION`, else `us-east-1`).
    pub region: Option<String>,
    /// The access key id (unset: `AWS_ACCESS_KEY_ID`).
    pub access_key_id: Option<String>,
    /// The secret access key (unset: `AWS_SECRET_ACCESS_KEY`); best given as a file through
    /// `CYBERINDEX_EVIDENCE_S3__SECRET_ACCESS_KEY_FILE`.
    #[serde(skip_serializing)]
    pub secret_access_key: Option<SecretString>,
    /// A session token for temporary credentials (unset: `AWS_SESSION_TOKEN`).
    #[serde(skip_serializing)]
    pub session_token: Option<SecretString>,
    /// Allow `http://` endpoints (only for a service on the same machine or a private network).
    pub allow_http: bool,
}

impl std::fmt::Debug for S3Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let hidden = |s: &Option<SecretString>| s.as_ref().map(|_| "[redacted]");
        f.debug_struct("S3Settings")
            .field("endpoint", &self.endpoint)
            .field("region", &self.region)
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &hidden(&self.secret_access_key))
            .field("session_token", &hidden(&self.session_token))
            .field("allow_http", &self.allow_http)
            .finish()
    }
}

/// A configuration of the evidence store that cannot work, saying which key is wrong.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("evidence_store: {0}")]
    Location(String),
    #[error("evidence_s3: {0}")]
    Settings(String),
    #[error("evidence_s3: the S3 client could not be set up: {0}")]
    Build(String),
    #[error("the evidence directory cannot be used: {0}")]
    Local(String),
}

/// The bucket and prefix of an `s3://bucket/prefix` location (the prefix without slashes at
/// either end; empty for the whole bucket).
pub fn parse_location(location: &str) -> Result<(String, String), SettingsError> {
    let bad = |why: &str| {
        SettingsError::Location(format!(
            "`{}` {why}; write s3://BUCKET or s3://BUCKET/PREFIX",
            location.split('@').next_back().unwrap_or("")
        ))
    };
    let rest = location
        .trim()
        .strip_prefix("s3://")
        .ok_or_else(|| bad("is not an s3:// address"))?;
    let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
    if bucket.contains('@') || bucket.contains(':') {
        // Credentials never go in the address: they would be shown wherever it is.
        return Err(SettingsError::Location(
            "credentials do not belong in the address: use evidence_s3.access_key_id and the secret key's file, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY".into(),
        ));
    }
    let bucket_ok = (3..=63).contains(&bucket.len())
        && bucket
            .bytes()
            .all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'.' | b'-'));
    if !bucket_ok {
        return Err(bad(
            "does not name a bucket (3 to 63 lower-case letters, digits, dots and hyphens)",
        ));
    }
    let prefix = prefix.trim_matches('/');
    let plain = prefix.is_empty()
        || (!prefix.contains(['?', '#', '\\'])
            && prefix
                .split('/')
                .all(|p| !p.is_empty() && p != "." && p != ".."));
    if !plain {
        return Err(bad("has a prefix that is not a plain folder name"));
    }
    Ok((bucket.to_string(), prefix.to_string()))
}

impl S3Settings {
    /// The S3 client's builder: the `AWS_*` variables, then these settings over them.
    pub(crate) fn builder(&self) -> AmazonS3Builder {
        let mut builder = AmazonS3Builder::from_env();
        if let Some(endpoint) = &self.endpoint {
            builder = builder.with_endpoint(endpoint);
        }
        if let Some(region) = &self.region {
            builder = builder.with_region(region);
        }
        if let Some(id) = &self.access_key_id {
            builder = builder.with_access_key_id(id);
        }
        if let Some(secret) = &self.secret_access_key {
            builder = builder.with_secret_access_key(secret.expose_secret());
        }
        if let Some(token) = &self.session_token {
            builder = builder.with_token(token.expose_secret());
        }
        if self.allow_http {
            builder = builder.with_allow_http(true);
        }
        builder
    }

    /// Checks what can be checked without the network: an endpoint that is a URL, and a key id
    /// and secret given together.
    pub fn check(&self) -> Result<(), SettingsError> {
        if let Some(endpoint) = &self.endpoint {
            let scheme_ok = endpoint.starts_with("https://")
                || (endpoint.starts_with("http://") && self.allow_http);
            if !scheme_ok {
                return Err(SettingsError::Settings(format!(
                    "endpoint `{endpoint}` must start with https:// (http:// only with allow_http = true)"
                )));
            }
        }
        if self.access_key_id.is_some() != self.secret_access_key.is_some() {
            return Err(SettingsError::Settings(
                "access_key_id and secret_access_key go together: give both, or neither (then AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are used)".into(),
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_name_a_bucket_and_a_prefix_and_never_credentials() {
        for (location, expected) in [
            ("s3://evidence", ("evidence", "")),
            ("s3://evidence/", ("evidence", "")),
            (
                "s3://cyber-index.eu/prod/files/",
                ("cyber-index.eu", "prod/files"),
            ),
        ] {
            let (bucket, prefix) = parse_location(location).unwrap();
            assert_eq!((bucket.as_str(), prefix.as_str()), expected, "{location}");
        }
        for (location, says) in [
            ("/var/lib/evidence", "is not an s3:// address"),
            ("s3://AB", "does not name a bucket"),
            ("s3://evidence/a//b", "not a plain folder name"),
            ("s3://evidence/../b", "not a plain folder name"),
            ("s3://KEY:pa55word@evidence/p", "credentials do not belong"),
        ] {
            let error = parse_location(location).unwrap_err().to_string();
            assert!(error.starts_with("evidence_store: "), "{error}");
            assert!(error.contains(says), "{location}: {error}");
            assert!(!error.contains("pa55word"), "{error}");
        }
    }

    #[test]
    fn secrets_are_never_shown_or_serialised() {
        let settings = S3Settings {
            endpoint: Some("https://s3.example.org".into()),
            access_key_id: Some("AKIDEXAMPLE".into()),
            secret_access_key: Some(SecretString::from("wJalrXUtnFEMI")),
            session_token: Some(SecretString::from("FwoGZXIvYXdzE")),
            ..S3Settings::default()
        };
        let debug = format!("{settings:?}");
        let json = serde_json::to_string(&settings).unwrap();
        for text in [&debug, &json] {
            assert!(
                !text.contains("wJalrXUtnFEMI") && !text.contains("FwoGZXIvYXdzE"),
                "{text}"
            );
            assert!(text.contains("AKIDEXAMPLE"), "{text}");
        }
        settings.check().unwrap();
        let half = S3Settings {
            secret_access_key: None,
            ..settings.clone()
        };
        assert!(
            half.check()
                .unwrap_err()
                .to_string()
                .contains("go together")
        );
        let http = S3Settings {
            endpoint: Some("http://127.0.0.1:9000".into()),
            ..settings
        };
        assert!(http.check().unwrap_err().to_string().contains("allow_http"));
    }
}
