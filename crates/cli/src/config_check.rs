//! `cyberindex config check`: reads the configuration as `serve` would, then tries each thing it
//! names (the data folder, the database, the evidence bucket, the SMTP server, the addresses to listen on, the
//! frameworks folder) without changing any of them, and prints one line per key: `ok`, `warn` or
//! `FAIL`, the key, and what was found. Exits with 1 when any line is `FAIL`.
//!
//! Nothing is written: the database is opened with one read-only connection and not migrated,
//! the data folder and the bucket are probed with a file that is removed at once, no mail is sent, and the
//! addresses are released as soon as they are bound. Secrets are never printed: the database URL
//! shows `****` for its password, and the SMTP password is not shown at all.

use std::net::SocketAddr;
use std::path::Path;
use std::time::Duration;

use cyberindex_server::Overrides;
use cyberindex_server::config::{Config, DatabaseUrl};
use cyberindex_server::mail::Mailer;
use cyberindex_store::Store;

use crate::install::Installation;

/// How long one check may take (a database or SMTP server that does not answer).
const TIMEOUT: Duration = Duration::from_secs(10);

/// The outcome of one check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Level {
    Ok,
    Warn,
    Fail,
}

/// One printed line: the key it is about and what was found.
#[derive(Debug)]
struct Finding {
    level: Level,
    key: &'static str,
    text: String,
}

fn ok(key: &'static str, text: impl Into<String>) -> Finding {
    Finding {
        level: Level::Ok,
        key,
        text: text.into(),
    }
}

fn warn(key: &'static str, text: impl Into<String>) -> Finding {
    Finding {
        level: Level::Warn,
        key,
        text: text.into(),
    }
}

fn fail(key: &'static str, text: impl Into<String>) -> Finding {
    Finding {
        level: Level::Fail,
        key,
        text: text.into(),
    }
}

pub fn run(install: &Installation) -> anyhow::Result<()> {
    let source = match &install.config {
        Some(file) => format!("{} and CYBERINDEX_* variables", file.display()),
        None => "the defaults and CYBERINDEX_* variables (no --config file)".to_string(),
    };
    println!("Checking the configuration from {source}");
    // A configuration that does not read names its key itself (figment's error says which).
    let config = install.config(Overrides::default())?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let findings = runtime.block_on(check(&config));
    let width = findings.iter().map(|f| f.key.len()).max().unwrap_or(0);
    for f in &findings {
        let level = match f.level {
            Level::Ok => "ok  ",
            Level::Warn => "warn",
            Level::Fail => "FAIL",
        };
        println!("  {level}  {:width$}  {}", f.key, f.text);
    }
    let failed = findings.iter().filter(|f| f.level == Level::Fail).count();
    let warned = findings.iter().filter(|f| f.level == Level::Warn).count();
    if failed > 0 {
        Err(crate::input::InputError(format!(
            "{failed} problem(s) to fix before `cyberindex serve` can work with this configuration ({warned} warning(s))\n"
        ))
        .into())
    } else {
        println!("No problems ({warned} warning(s)).");
        Ok(())
    }
}

/// Every check, in the order of the configuration reference.
async fn check(config: &Config) -> Vec<Finding> {
    let mut findings = vec![data(&config.data)];
    findings.push(database(config).await);
    if config.evidence_store.is_some() {
        findings.push(evidence_store(config).await);
    }
    findings.push(listen("listen", config.listen));
    if let Some(metrics) = config.metrics_listen {
        findings.push(listen("metrics_listen", metrics));
    }
    findings.push(public_url(&config.public_url));
    findings.push(frameworks(&config.frameworks));
    findings.push(crosswalk(&config.frameworks));
    findings.push(smtp(config).await);
    findings
}

/// The data folder exists (or can be made) and takes a file.
fn data(dir: &Path) -> Finding {
    let shown = dir.display();
    if let Err(e) = std::fs::create_dir_all(dir) {
        return fail("data", format!("{shown} cannot be created: {e}"));
    }
    let probe = dir.join(format!(".config-check-{}", std::process::id()));
    match std::fs::write(&probe, b"config check") {
        Ok(()) => {
            let _ = std::fs::remove_file(&probe);
            ok("data", format!("{shown} is writable"))
        }
        Err(e) => fail("data", format!("{shown} is not writable: {e}")),
    }
}

/// The bucket named by `evidence_store` answers and takes a write (a small object, removed at
/// once: the same probe as `/readyz`).
async fn evidence_store(config: &Config) -> Finding {
    let blobs = match config.evidence() {
        Ok(blobs) => blobs,
        Err(e) => return fail("evidence_store", format!("{e:#}")),
    };
    match tokio::time::timeout(TIMEOUT, blobs.probe()).await {
        Ok(Ok(())) => ok("evidence_store", format!("{blobs} takes a write")),
        Ok(Err(e)) => fail("evidence_store", e),
        Err(_) => fail(
            "evidence_store",
            format!("{blobs} did not answer within {} s", TIMEOUT.as_secs()),
        ),
    }
}

/// The database answers, and its migrations are this build's or older.
async fn database(config: &Config) -> Finding {
    let url = config.db_url();
    let shown = DatabaseUrl::new(url.clone()).redacted();
    if let Some(path) = url.strip_prefix("sqlite://")
        && !path.starts_with(':')
    {
        let file = Path::new(path.split('?').next().unwrap_or(path));
        if !file.exists() {
            return ok(
                "db",
                format!("{shown}: the file does not exist yet; the first start creates it"),
            );
        }
    }
    let probe = match tokio::time::timeout(TIMEOUT, Store::probe(&url)).await {
        Err(_) => {
            return fail(
                "db",
                format!("{shown}: no answer within {} seconds", TIMEOUT.as_secs()),
            );
        }
        Ok(Err(e)) => return fail("db", format!("{shown}: {e}")),
        Ok(Ok(probe)) => probe,
    };
    match probe.migrations {
        None => ok(
            "db",
            format!(
                "{shown}: {}, an empty database; the first start creates the tables",
                probe.server
            ),
        ),
        Some(m) if m.current() => ok(
            "db",
            format!("{shown}: {}, migrations current", probe.server),
        ),
        Some(m) if m.unknown.is_empty() && m.changed.is_empty() => warn(
            "db",
            format!(
                "{shown}: {}, {m}: the next start applies them (take a backup first)",
                probe.server
            ),
        ),
        Some(m) => fail(
            "db",
            format!(
                "{shown}: {}, {m}: this database was migrated by another version of cyberindex, which this one cannot serve",
                probe.server
            ),
        ),
    }
}

/// The address can be bound now (it is released at once).
fn listen(key: &'static str, address: SocketAddr) -> Finding {
    match std::net::TcpListener::bind(address) {
        Ok(_) => ok(key, format!("{address} is free")),
        Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => warn(
            key,
            format!("{address} is in use (by a running cyberindex, or by another program)"),
        ),
        Err(e) => fail(key, format!("{address} cannot be bound: {e}")),
    }
}

/// An absolute http(s) address; HTTPS unless the host is this machine.
fn public_url(url: &str) -> Finding {
    let Some((scheme, rest)) = url.split_once("://") else {
        return fail(
            "public_url",
            format!("`{url}` is not an address: write it as https://index.example.org"),
        );
    };
    let host = rest.split(['/', ':']).next().unwrap_or("");
    if host.is_empty() || !matches!(scheme, "http" | "https") {
        return fail(
            "public_url",
            format!("`{url}` is not an http:// or https:// address with a host"),
        );
    }
    let local = matches!(host, "localhost" | "127.0.0.1" | "[::1]");
    match (scheme, local) {
        ("https", _) => ok("public_url", format!("{url}: cookies are marked Secure")),
        (_, true) => ok("public_url", format!("{url}: this machine only")),
        _ => warn(
            "public_url",
            format!(
                "{url} is not HTTPS: passwords and session cookies would cross the network in clear; put a TLS proxy in front (docs/deploy.md)"
            ),
        ),
    }
}

/// The folder of frameworks offered when creating an edition, and how many of them read.
fn frameworks(dir: &Path) -> Finding {
    let shown = dir.display();
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            return warn(
                "frameworks",
                format!(
                    "{shown} cannot be read ({e}): only the built-in frameworks are offered when creating an edition"
                ),
            );
        }
    };
    let (mut good, mut bad) = (0, Vec::new());
    for entry in entries.flatten() {
        let path = entry.path();
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if path.extension().is_none_or(|e| e != "toml") || name.ends_with(".uncertainty.toml") {
            continue;
        }
        match std::fs::read_to_string(&path)
            .ok()
            .and_then(|text| cyberindex_framework::read(&text).ok())
        {
            Some(_) => good += 1,
            None => bad.push(name.into_owned()),
        }
    }
    if !bad.is_empty() {
        bad.sort();
        fail(
            "frameworks",
            format!(
                "{shown}: {} {} not read: `cyberindex check FILE` lists the errors",
                bad.join(", "),
                if bad.len() == 1 { "does" } else { "do" }
            ),
        )
    } else if good == 0 {
        warn(
            "frameworks",
            format!(
                "{shown} holds no framework: only the built-in ones are offered when creating an edition"
            ),
        )
    } else {
        ok("frameworks", format!("{shown}: {good} framework(s) read"))
    }
}

/// The crosswalk from CIRT maturity to the national index reads and fits both frameworks.
fn crosswalk(dir: &Path) -> Finding {
    match cyberindex_server::maturity::prefill::check_files(dir) {
        Ok(found) => ok("crosswalk", found),
        Err(problems) => fail("crosswalk", problems),
    }
}

/// The SMTP server takes a connection and the login, as sending would.
async fn smtp(config: &Config) -> Finding {
    let Some(smtp) = &config.smtp else {
        return warn(
            "smtp",
            "not configured: messages wait on the admin's Outbox page, and password resets reach no one",
        );
    };
    let shown = format!("{}:{} (security: {})", smtp.host, smtp.port, smtp.security);
    let mailer = match Mailer::new(Some(smtp)) {
        Ok(mailer) => mailer,
        Err(e) => return fail("smtp", e.to_string()),
    };
    let login = if smtp.username.is_some() {
        "greeting and login accepted"
    } else {
        "greeting accepted (no username: no login)"
    };
    match tokio::time::timeout(TIMEOUT, mailer.test_connection()).await {
        Err(_) => fail(
            "smtp",
            format!("{shown}: no answer within {} seconds", TIMEOUT.as_secs()),
        ),
        // lettre's message already ends with its cause; `{:#}` would repeat it.
        Ok(Err(e)) => fail("smtp", format!("{shown}: {e}")),
        Ok(Ok(_)) => ok("smtp", format!("{shown}: {login}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_url_levels() {
        for (url, level) in [
            ("https://index.example.org", Level::Ok),
            ("http://127.0.0.1:8080", Level::Ok),
            ("http://localhost:8080", Level::Ok),
            ("http://index.example.org", Level::Warn),
            ("index.example.org", Level::Fail),
            ("ftp://index.example.org", Level::Fail),
            ("https://", Level::Fail),
        ] {
            assert_eq!(public_url(url).level, level, "{url}");
        }
    }
}
