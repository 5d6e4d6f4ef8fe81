//! Server configuration: a TOML file, then `CYBERINDEX_*` environment variables, then command-line
//! options. A secret can also come from a file named by `CYBERINDEX_<NAME>_FILE`, so it never has
//! to sit in the environment or the config file. The database URL is a [`DatabaseUrl`], whose
//! password is redacted wherever the configuration is printed, logged, serialised or audited.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use secrecy::SecretString;
use serde::{Deserialize, Serialize};

/// The whole configuration. `Debug` never shows secrets.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Data directory: the SQLite database and the evidence files live here.
    pub data: PathBuf,
    /// Database URL; default `sqlite://DATA/cyberindex.db`.
    pub db: Option<DatabaseUrl>,
    /// Address to listen on.
    pub listen: SocketAddr,
    /// The address users reach the server at (links in emails, the CSRF origin check).
    pub public_url: String,
    /// Largest evidence file accepted, in bytes.
    pub max_upload_bytes: u64,
    /// Roles that must use two-factor authentication.
    pub require_totp: Vec<String>,
    /// Days a session lasts.
    pub session_days: u32,
    /// Days an invitation link stays valid.
    pub invitation_days: u32,
    /// Where the shipped frameworks are, for creating editions.
    pub frameworks: PathBuf,
    /// Whether the demonstration banner is shown (set by `serve --demo`).
    pub demo: bool,
    /// Outgoing mail; without it, messages wait in the outbox for an admin to read.
    pub smtp: Option<Smtp>,
    /// Trust `X-Forwarded-For` for client addresses (only behind a reverse proxy you run).
    pub trust_forwarded_for: bool,
    /// Wait before the first webhook retry, in milliseconds; it doubles with each attempt.
    pub webhook_retry_ms: u64,
    /// Exceptions to the webhook destinations refused by default (loopback, private, link-local,
    /// metadata): host names, addresses or CIDR blocks, such as `["hooks.internal", "10.1.2.0/24"]`.
    pub webhook_allowed_hosts: Vec<String>,
    /// Seconds a client has to send a request's headers before the connection is closed.
    pub header_read_timeout_secs: u64,
    /// Seconds a request may take, from its headers to the handler's response (uploads
    /// included); slower requests get 408.
    pub request_timeout_secs: u64,
    /// Seconds a kept-alive connection may stay idle between requests.
    pub idle_timeout_secs: u64,
    /// Connections served at once; further clients wait to be accepted.
    pub max_connections: usize,
    /// A separate address for `/metrics` (such as `127.0.0.1:9464`), served only there, without
    /// sign-in: bind it where only your Prometheus reaches. Unset: `/metrics` is on the main
    /// address, for administrators only (a session or an admin's API token).
    pub metrics_listen: Option<SocketAddr>,
    /// How `cyberindex serve` writes its log: `text` (for people) or `json` (one object a line).
    pub log_format: LogFormat,
    /// Where evidence files are kept: unset for the data directory's `evidence/` folder, or an
    /// S3-compatible bucket as `s3://BUCKET/PREFIX`, reached with [`Config::evidence_s3`].
    pub evidence_store: Option<String>,
    /// How to reach the S3 evidence store (endpoint, region, credentials); what it leaves out
    /// comes from the standard `AWS_*` variables. Secrets are never serialised or shown.
    pub evidence_s3: cyberindex_blobs::S3Settings,
    /// The CIRT directory's limits and whether it fetches teams' security.txt files.
    pub directory: DirectorySettings,
    /// What the programme publishes of CIRT maturity assessments.
    pub maturity: MaturitySettings,
    /// The public results site's page cache.
    pub public: PublicSettings,
}

/// The `[maturity]` section: what the programme publishes of teams' maturity assessments.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MaturitySettings {
    /// `tier` (the default): the public site shows the tier of a team's latest signed-off
    /// assessment when the team has agreed to it; `nothing`: no maturity result is published,
    /// whatever teams choose. Parameter levels, notes and evidence are never published.
    pub publish: MaturityPublish,
}

/// What the programme publishes of maturity assessments (`maturity.publish`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MaturityPublish {
    /// The tier, for teams that agree.
    #[default]
    Tier,
    /// Nothing.
    Nothing,
}

/// The `[public]` section: the memory the public site's page cache may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PublicSettings {
    /// Bytes of rendered public pages and files kept in memory, compressed copies included
    /// (`public/caching.rs`); `0` keeps none.
    pub cache_bytes: u64,
}

impl Default for PublicSettings {
    fn default() -> Self {
        Self {
            cache_bytes: 256 * 1024 * 1024,
        }
    }
}

impl PublicSettings {
    /// The smallest cache accepted, apart from `0` (a cache that holds no page is a mistake).
    pub const MIN_BYTES: u64 = 1024 * 1024;

    fn check(&self) -> Result<(), String> {
        if self.cache_bytes != 0 && self.cache_bytes < Self::MIN_BYTES {
            return Err(format!(
                "public.cache_bytes is {}: it must be 0 (no cache) or at least {} (1 MiB)",
                self.cache_bytes,
                Self::MIN_BYTES
            ));
        }
        Ok(())
    }
}

/// The `[directory]` section: when a team's entry counts as stale, and whether the server may
/// fetch teams' `security.txt` files from their websites.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DirectorySettings {
    /// Days an RFC 2350 "last updated" date may be old before the team is flagged.
    pub rfc2350_max_age_days: u32,
    /// Days before a key's expiry that the team is flagged.
    pub key_warning_days: u32,
    /// Days the last acknowledged reachability check may be old.
    pub check_max_age_days: u32,
    /// Fetch `https://HOST/.well-known/security.txt` for each website of a team when a
    /// reachability check of the team starts (and on request on the team's page). Off by default:
    /// the server then makes no request to teams' websites, and only imported files count.
    pub fetch_security_txt: bool,
}

impl Default for DirectorySettings {
    fn default() -> Self {
        Self {
            rfc2350_max_age_days: 365,
            key_warning_days: 30,
            check_max_age_days: 90,
            fetch_security_txt: false,
        }
    }
}

impl DirectorySettings {
    /// The longest limit accepted, in days (ten years).
    pub const MAX_DAYS: u32 = 3650;

    /// The staleness policy these settings give.
    pub fn policy(&self) -> cyberindex_directory::staleness::Policy {
        use time::Duration;
        cyberindex_directory::staleness::Policy {
            rfc2350_max_age: Duration::days(self.rfc2350_max_age_days.into()),
            key_warning: Duration::days(self.key_warning_days.into()),
            check_max_age: Duration::days(self.check_max_age_days.into()),
        }
    }

    fn check(&self) -> Result<(), String> {
        for (key, value) in [
            ("rfc2350_max_age_days", self.rfc2350_max_age_days),
            ("key_warning_days", self.key_warning_days),
            ("check_max_age_days", self.check_max_age_days),
        ] {
            if !(1..=Self::MAX_DAYS).contains(&value) {
                return Err(format!(
                    "directory.{key} is {value}: it must be from 1 to {} days",
                    Self::MAX_DAYS
                ));
            }
        }
        Ok(())
    }
}

/// The log's format (`log_format`, `--log-format`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Human-readable lines, coloured on a terminal.
    #[default]
    Text,
    /// One JSON object a line, with the request's span (its id, method and route).
    Json,
}

impl std::str::FromStr for LogFormat {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "text" => Ok(Self::Text),
            "json" => Ok(Self::Json),
            _ => Err(format!("`{s}` is not a log format: use text or json")),
        }
    }
}

/// A database URL that keeps its password to itself (as atuin's settings do): `Debug`,
/// `Display` and `Serialize` (so the `config.loaded` audit entry too) show it with the password
/// in the user-info (`user:PASSWORD@`) and any `password=` query parameter replaced by `****`.
/// Only [`DatabaseUrl::expose`] gives the URL as written, to open the database with.
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct DatabaseUrl(String);

impl DatabaseUrl {
    pub fn new(url: impl Into<String>) -> Self {
        Self(url.into())
    }

    /// The URL as written, password included: only for opening the database.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The URL with its passwords replaced by `****`.
    pub fn redacted(&self) -> String {
        let url = &self.0;
        let Some(scheme_end) = url.find("://").map(|i| i + 3) else {
            return url.clone();
        };
        let rest = &url[scheme_end..];
        let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let (authority, tail) = rest.split_at(authority_end);
        let authority = match authority.rsplit_once('@') {
            Some((userinfo, host)) => match userinfo.split_once(':') {
                Some((user, _password)) => format!("{user}:****@{host}"),
                None => authority.to_string(),
            },
            None => authority.to_string(),
        };
        let tail = match tail.split_once('?') {
            Some((path, query)) => {
                let (query, fragment) = match query.split_once('#') {
                    Some((q, f)) => (q, Some(f)),
                    None => (query, None),
                };
                let query: Vec<String> = query
                    .split('&')
                    .map(|pair| match pair.split_once('=') {
                        Some((key, _)) if key.eq_ignore_ascii_case("password") => {
                            format!("{key}=****")
                        }
                        _ => pair.to_string(),
                    })
                    .collect();
                let fragment = fragment.map(|f| format!("#{f}")).unwrap_or_default();
                format!("{path}?{}{fragment}", query.join("&"))
            }
            None => tail.to_string(),
        };
        format!("{}{authority}{tail}", &url[..scheme_end])
    }
}

impl std::fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "DatabaseUrl({:?})", self.redacted())
    }
}

impl std::fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.redacted())
    }
}

impl Serialize for DatabaseUrl {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.redacted())
    }
}

/// SMTP settings.
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Smtp {
    pub host: String,
    #[serde(default = "default_smtp_port")]
    pub port: u16,
    pub username: Option<String>,
    #[serde(skip_serializing)]
    pub password: Option<SecretString>,
    pub from: String,
    /// `starttls` (default), `tls` or `none` (only for a relay on the same machine).
    #[serde(default = "default_security")]
    pub security: String,
}

fn default_smtp_port() -> u16 {
    587
}

fn default_security() -> String {
    "starttls".into()
}

impl std::fmt::Debug for Smtp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Smtp")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("username", &self.username)
            .field("password", &self.password.as_ref().map(|_| "[redacted]"))
            .field("from", &self.from)
            .field("security", &self.security)
            .finish()
    }
}

impl Default for Config {
    fn default() -> Self {
        Self {
            data: PathBuf::from("cyberindex-data"),
            db: None,
            listen: "127.0.0.1:8080".parse().expect("valid address"),
            public_url: "http://127.0.0.1:8080".into(),
            max_upload_bytes: 50 * 1024 * 1024,
            require_totp: Vec::new(),
            session_days: 14,
            invitation_days: 14,
            frameworks: PathBuf::from("frameworks"),
            demo: false,
            smtp: None,
            trust_forwarded_for: false,
            webhook_retry_ms: 30_000,
            webhook_allowed_hosts: Vec::new(),
            header_read_timeout_secs: 10,
            request_timeout_secs: 300,
            idle_timeout_secs: 60,
            max_connections: 512,
            metrics_listen: None,
            log_format: LogFormat::Text,
            evidence_store: None,
            evidence_s3: cyberindex_blobs::S3Settings::default(),
            directory: DirectorySettings::default(),
            maturity: MaturitySettings::default(),
            public: PublicSettings::default(),
        }
    }
}

/// Options given on the command line; they win over the file and the environment.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Overrides {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub db: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub listen: Option<SocketAddr>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub demo: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub log_format: Option<LogFormat>,
}

impl Config {
    /// Loads the configuration: defaults, then `file` (when given), then `CYBERINDEX_*`
    /// variables (`CYBERINDEX_SMTP__HOST` for nested keys), then `*_FILE` secrets, then `overrides`.
    pub fn load(file: Option<&Path>, overrides: &Overrides) -> anyhow::Result<Self> {
        let mut figment = Figment::from(Serialized::defaults(Config::default()));
        if let Some(file) = file {
            if !file.exists() {
                anyhow::bail!("configuration file {} does not exist", file.display());
            }
            figment = figment.merge(Toml::file(file));
        }
        figment = figment.merge(
            Env::prefixed("CYBERINDEX_")
                .split("__")
                // Keys keep the variable's case here (`EVIDENCE_S3.SECRET_ACCESS_KEY_FILE`).
                .filter(|k| !k.as_str().to_ascii_lowercase().ends_with("_file")),
        );
        if let Ok(path) = std::env::var("CYBERINDEX_SMTP__PASSWORD_FILE") {
            let secret = std::fs::read_to_string(&path).map_err(|e| {
                anyhow::anyhow!("cannot read CYBERINDEX_SMTP__PASSWORD_FILE ({path}): {e}")
            })?;
            figment = figment.merge((
                "smtp.password",
                secret.trim_end_matches(['\n', '\r']).to_string(),
            ));
        }
        if let Ok(path) = std::env::var("CYBERINDEX_EVIDENCE_S3__SECRET_ACCESS_KEY_FILE") {
            let secret = std::fs::read_to_string(&path).map_err(|e| {
                anyhow::anyhow!(
                    "cannot read CYBERINDEX_EVIDENCE_S3__SECRET_ACCESS_KEY_FILE ({path}): {e}"
                )
            })?;
            figment = figment.merge((
                "evidence_s3.secret_access_key",
                secret.trim_end_matches(['\n', '\r']).to_string(),
            ));
        }
        figment = figment.merge(Serialized::defaults(overrides));
        let mut config: Config = figment
            .extract()
            .map_err(|e| anyhow::anyhow!("invalid configuration: {e}"))?;
        config.public_url = config.public_url.trim_end_matches('/').to_string();
        for role in &config.require_totp {
            role.parse::<cyberindex_store::Role>()
                .map_err(|e| anyhow::anyhow!("invalid configuration: require_totp: {e}"))?;
        }
        crate::service::webhooks::Destinations::new(&config.webhook_allowed_hosts)
            .map_err(|e| anyhow::anyhow!("invalid configuration: {e}"))?;
        for (key, value) in [
            ("header_read_timeout_secs", config.header_read_timeout_secs),
            ("request_timeout_secs", config.request_timeout_secs),
            ("idle_timeout_secs", config.idle_timeout_secs),
            ("max_connections", config.max_connections as u64),
        ] {
            if value == 0 {
                anyhow::bail!("invalid configuration: {key} must be at least 1");
            }
        }
        config
            .directory
            .check()
            .map_err(|e| anyhow::anyhow!("invalid configuration: {e}"))?;
        config
            .public
            .check()
            .map_err(|e| anyhow::anyhow!("invalid configuration: {e}"))?;
        if let Some(metrics) = config.metrics_listen
            && metrics == config.listen
            && metrics.port() != 0
        {
            anyhow::bail!(
                "invalid configuration: metrics_listen ({metrics}) must differ from listen: it is a second address, for Prometheus only"
            );
        }
        if let Some(location) = &config.evidence_store {
            cyberindex_blobs::parse_location(location)
                .map_err(|e| anyhow::anyhow!("invalid configuration: {e}"))?;
            config
                .evidence_s3
                .check()
                .map_err(|e| anyhow::anyhow!("invalid configuration: {e}"))?;
        }
        Ok(config)
    }

    /// The database URL, password included: only for opening the database.
    pub fn db_url(&self) -> String {
        self.db.as_ref().map_or_else(
            || format!("sqlite://{}", self.data.join("cyberindex.db").display()),
            |db| db.expose().to_string(),
        )
    }

    /// Records the configuration in force in the audit trail (`config.loaded`). Secrets are never
    /// serialised: the SMTP password is skipped and the database URL's password redacted.
    pub async fn record(&self, store: &cyberindex_store::Store) -> cyberindex_store::Result<()> {
        store
            .record(
                &cyberindex_store::AuditEvent::new(None, "config.loaded")
                    .object("configuration")
                    .after(self),
            )
            .await
    }

    /// The local evidence directory (`DATA/evidence`): where evidence files are stored unless
    /// `evidence_store` names a bucket. Everything else reads and writes files through
    /// [`Config::evidence`].
    pub fn evidence_dir(&self) -> PathBuf {
        self.data.join("evidence")
    }

    /// The evidence store: `evidence_store` when set, else [`Config::evidence_dir`]. Uploads to a
    /// bucket wait in `DATA/uploads` until they are kept.
    pub fn evidence(&self) -> anyhow::Result<cyberindex_blobs::Blobs> {
        cyberindex_blobs::Blobs::open(
            self.evidence_store.as_deref(),
            &self.evidence_s3,
            &self.evidence_dir(),
            &self.data.join("uploads"),
        )
        .map_err(|e| anyhow::anyhow!("invalid configuration: {e}"))
    }

    /// Whether cookies must be `Secure` (the public address is HTTPS).
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_smtp_password() {
        let smtp = Smtp {
            host: "mail".into(),
            port: 587,
            username: Some("u".into()),
            password: Some(SecretString::from("hunter2")),
            from: "a@b".into(),
            security: "starttls".into(),
        };
        let text = format!("{smtp:?}");
        assert!(
            !text.contains("hunter2") && text.contains("[redacted]"),
            "{text}"
        );
    }

    #[test]
    fn the_database_password_is_redacted_wherever_the_url_is_shown() {
        let url = DatabaseUrl::new(
            "postgres://cyber:s3cr%40t:x@db.example.org:5432/cyberindex?sslmode=require&password=other#f",
        );
        let shown =
            "postgres://cyber:****@db.example.org:5432/cyberindex?sslmode=require&password=****#f";
        assert_eq!(url.redacted(), shown);
        assert_eq!(url.to_string(), shown);
        assert_eq!(format!("{url:?}"), format!("DatabaseUrl({shown:?})"));
        assert_eq!(serde_json::to_string(&url).unwrap(), format!("{shown:?}"));
        assert!(url.expose().contains("s3cr%40t:x@") && url.expose().contains("password=other"));
        // Without a password there is nothing to hide.
        for plain in [
            "sqlite:///var/lib/cyberindex/cyberindex.db",
            "sqlite://cyberindex-data/cyberindex.db?mode=rwc",
            "postgres://cyber@db.example.org/cyberindex",
            "postgres:///cyberindex?host=/run/postgresql",
        ] {
            assert_eq!(DatabaseUrl::new(plain).redacted(), plain);
        }
        let config = Config {
            db: Some(url),
            ..Config::default()
        };
        let json = serde_json::to_string(&config).unwrap();
        let debug = format!("{config:?}");
        for text in [json, debug] {
            assert!(!text.contains("s3cr") && !text.contains("other"), "{text}");
            assert!(text.contains("cyber:****@db.example.org"), "{text}");
        }
    }

    #[tokio::test]
    async fn a_database_password_never_reaches_the_audit_trail() {
        let dir =
            std::env::temp_dir().join(format!("cyberindex-config-audit-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        // The URL comes in as `--db` does; the store is opened elsewhere (PostgreSQL is not
        // supported yet), so the entry is recorded in a SQLite store beside it.
        let config = Config::load(
            None,
            &Overrides {
                db: Some("postgres://cyber:secret@db.example.org/cyberindex".into()),
                ..Overrides::default()
            },
        )
        .unwrap();
        assert_eq!(
            config.db_url(),
            "postgres://cyber:secret@db.example.org/cyberindex"
        );
        let store =
            cyberindex_store::Store::open(&format!("sqlite://{}", dir.join("audit.db").display()))
                .await
                .unwrap();
        config.record(&store).await.unwrap();
        let entries = store
            .audit(&cyberindex_store::AuditFilter::default())
            .await
            .unwrap();
        let entry = entries
            .iter()
            .find(|e| e.action == "config.loaded")
            .unwrap();
        let text = format!("{entry:?}");
        assert!(!text.contains("secret"), "{text}");
        assert!(
            text.contains("postgres://cyber:****@db.example.org/cyberindex"),
            "{text}"
        );
        store.close().await;
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn directory_limits_come_from_the_file_and_bad_ones_are_named() {
        let dir =
            std::env::temp_dir().join(format!("cyberindex-config-dir-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("cyberindex.toml");
        std::fs::write(
            &file,
            "[directory]\nrfc2350_max_age_days = 730\nkey_warning_days = 60\nfetch_security_txt = true\n",
        )
        .unwrap();
        let config = Config::load(Some(&file), &Overrides::default()).unwrap();
        assert_eq!(config.directory.rfc2350_max_age_days, 730);
        assert_eq!(config.directory.check_max_age_days, 90);
        assert!(config.directory.fetch_security_txt);
        let policy = config.directory.policy();
        assert_eq!(policy.rfc2350_max_age, time::Duration::days(730));
        assert_eq!(policy.key_warning, time::Duration::days(60));
        assert_eq!(Config::default().directory.policy(), Default::default());

        std::fs::write(&file, "[directory]\ncheck_max_age_days = 0\n").unwrap();
        let err = Config::load(Some(&file), &Overrides::default())
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("directory.check_max_age_days is 0: it must be from 1 to 3650 days"),
            "{err}"
        );
        std::fs::write(&file, "[directory]\nrfc2350_age = 5\n").unwrap();
        let err = Config::load(Some(&file), &Overrides::default())
            .unwrap_err()
            .to_string();
        assert!(err.contains("rfc2350_age"), "{err}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_public_page_cache_is_bounded_by_a_checked_key() {
        let dir =
            std::env::temp_dir().join(format!("cyberindex-config-public-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("cyberindex.toml");
        assert_eq!(Config::default().public.cache_bytes, 256 * 1024 * 1024);
        for (text, outcome) in [
            ("[public]\ncache_bytes = 0\n", Ok(0)),
            ("[public]\ncache_bytes = 268435456\n", Ok(268_435_456)),
            (
                "[public]\ncache_bytes = 1000\n",
                Err(
                    "public.cache_bytes is 1000: it must be 0 (no cache) or at least 1048576 (1 MiB)",
                ),
            ),
            ("[public]\ncache_bytes = \"64MB\"\n", Err("cache_bytes")),
            ("[public]\ncache_size = 5\n", Err("cache_size")),
        ] {
            std::fs::write(&file, text).unwrap();
            match (Config::load(Some(&file), &Overrides::default()), outcome) {
                (Ok(config), Ok(bytes)) => assert_eq!(config.public.cache_bytes, bytes, "{text}"),
                (Err(e), Err(needle)) => {
                    let e = format!("{e:#}");
                    assert!(e.contains(needle), "{text}: {e}");
                }
                (got, want) => panic!("{text}: {got:?} but {want:?}"),
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
