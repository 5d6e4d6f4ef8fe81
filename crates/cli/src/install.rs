//! Commands that work on an installation: `serve`, `user add`, `token create`, `edition …`.
//! They all take the same `--data`, `--db` and `--config` options, and work while the server runs
//! (SQLite in WAL mode lets several processes use the database).

use std::path::PathBuf;

use anyhow::Context;
use clap::Args;
use cyberindex_server::service::accounts::{self, new_user};
use cyberindex_server::{AppState, Config, Overrides};
use cyberindex_workflow::edition::{EditionForm, check};

use crate::input::InputError;

/// Where the installation is.
#[derive(Debug, Clone, Args)]
pub struct Installation {
    /// Data directory (database and evidence files).
    #[arg(long, env = "CYBERINDEX_DATA")]
    pub data: Option<PathBuf>,
    /// Database URL, such as sqlite://cyberindex-data/cyberindex.db.
    #[arg(long, env = "CYBERINDEX_DB")]
    pub db: Option<String>,
    /// Configuration file (TOML).
    #[arg(long, env = "CYBERINDEX_CONFIG")]
    pub config: Option<PathBuf>,
}

impl Installation {
    fn config(&self, overrides: Overrides) -> anyhow::Result<Config> {
        Config::load(
            self.config.as_deref(),
            &Overrides {
                data: self.data.clone(),
                db: self.db.clone(),
                ..overrides
            },
        )
    }
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")
}

async fn state(config: Config) -> anyhow::Result<AppState> {
    std::fs::create_dir_all(&config.data)
        .with_context(|| format!("cannot create the data directory {}", config.data.display()))?;
    let store = cyberindex_store::Store::open(&config.db_url()).await?;
    AppState::new(store, config)
}

pub fn serve(
    install: &Installation,
    listen: Option<std::net::SocketAddr>,
    public_url: Option<String>,
    demo: bool,
) -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn".into()),
        )
        .init();
    let config = install.config(Overrides {
        listen,
        public_url,
        demo: demo.then_some(true),
        ..Default::default()
    })?;
    runtime()?.block_on(cyberindex_server::serve(config))
}

fn user_error(e: cyberindex_server::error::AppError) -> anyhow::Error {
    match e {
        cyberindex_server::error::AppError::BadRequest { message, .. } => {
            InputError(format!("error: {message}\n")).into()
        }
        other => anyhow::anyhow!("{other}"),
    }
}

pub fn user_add(
    install: &Installation,
    email: &str,
    role: &str,
    country: Option<&str>,
    observe: &[String],
    name: &str,
) -> anyhow::Result<()> {
    let config = install.config(Overrides::default())?;
    let new = new_user(email, name, role, country.unwrap_or(""), &observe.join(","))
        .map_err(user_error)?;
    runtime()?.block_on(async {
        let state = state(config).await?;
        let (user, link) = accounts::invite(&state, &new, None)
            .await
            .map_err(user_error)?;
        println!(
            "Created {} ({}{}).",
            user.email,
            user.role,
            user.country.map(|c| format!(", {c}")).unwrap_or_default()
        );
        println!("Invitation link (works once): {link}");
        state.store.close().await;
        Ok(())
    })
}

pub fn token_create(install: &Installation, email: &str, name: &str) -> anyhow::Result<()> {
    let config = install.config(Overrides::default())?;
    runtime()?.block_on(async {
        let state = state(config).await?;
        let user = state
            .store
            .user_by_email(email)
            .await?
            .ok_or_else(|| InputError(format!("error: there is no user {email}\n")))?;
        let token = accounts::create_token(&state, &user, name)
            .await
            .map_err(user_error)?;
        println!("{token}");
        eprintln!(
            "API token for {email}: use it as `Authorization: Bearer TOKEN`. It is shown only now."
        );
        state.store.close().await;
        Ok(())
    })
}

/// `audit verify`: walks the hash chain; an error names the first bad entry.
pub fn audit_verify(install: &Installation, expect_head: Option<&str>) -> anyhow::Result<()> {
    let expected = expect_head.map(parse_head).transpose()?;
    let config = install.config(Overrides::default())?;
    runtime()?.block_on(async {
        let store = cyberindex_store::Store::open(&config.db_url()).await?;
        let result = check_chain(&store, expected.as_ref()).await;
        store.close().await;
        let (entries, head) = result?;
        match expected {
            Some((_, hash)) => println!(
                "audit trail intact: {entries} entries, last hash {head}; it extends the expected head {hash}"
            ),
            None => println!("audit trail intact: {entries} entries, last hash {head}"),
        }
        Ok(())
    })
}

/// `audit head`: verifies the trail, then prints its head as `ID:HASH`.
pub fn audit_head(install: &Installation) -> anyhow::Result<()> {
    let config = install.config(Overrides::default())?;
    runtime()?.block_on(async {
        let store = cyberindex_store::Store::open(&config.db_url()).await?;
        let result = async {
            check_chain(&store, None).await?;
            Ok::<_, anyhow::Error>(store.audit_head().await?)
        }
        .await;
        store.close().await;
        match result? {
            Some((id, hash)) => println!("{id}:{hash}"),
            None => println!("0:{}", cyberindex_store::audit::GENESIS),
        }
        Ok(())
    })
}

/// A head as `audit head` prints it (`ID:HASH`) or the hash alone.
fn parse_head(text: &str) -> anyhow::Result<(Option<i64>, String)> {
    let text = text.trim();
    let (id, hash) = match text.split_once(':') {
        Some((id, hash)) => (
            Some(id.parse::<i64>().map_err(|_| {
                InputError(format!(
                    "error: --expect-head `{text}`: the part before `:` must be an entry number\n"
                ))
            })?),
            hash,
        ),
        None => (None, text),
    };
    if hash.len() != 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(InputError(format!(
            "error: --expect-head `{text}`: expected ID:HASH as `cyberindex audit head` prints it, with a SHA-256 hash of 64 hexadecimal digits\n"
        ))
        .into());
    }
    Ok((id, hash.to_ascii_lowercase()))
}

/// Verifies the chain and, when given, that it still holds the expected head; returns the
/// number of entries and the last hash.
async fn check_chain(
    store: &cyberindex_store::Store,
    expected: Option<&(Option<i64>, String)>,
) -> anyhow::Result<(u64, String)> {
    let (entries, head) = match store.verify_audit().await? {
        Ok(verified) => verified,
        Err(problem) => {
            return Err(InputError(format!(
                "error: the audit trail does not verify: {problem}\n"
            ))
            .into());
        }
    };
    if let Some((id, hash)) = expected {
        let found = if hash.as_str() == cyberindex_store::audit::GENESIS {
            Some(0)
        } else {
            store.audit_entry_with_hash(hash).await?
        };
        match (found, id) {
            (Some(found), Some(id)) if found != *id => {
                return Err(InputError(format!(
                    "error: the audit trail does not match the expected head: the hash {hash} is entry {found} here, not entry {id}\n"
                ))
                .into());
            }
            (Some(_), _) => {}
            (None, _) => {
                return Err(InputError(format!(
                    "error: the audit trail does not contain the expected head {}{hash}: the chain was rewritten (or the head comes from another installation); the trail now has {entries} entries ending in {head}\n",
                    id.map(|i| format!("{i}:")).unwrap_or_default()
                ))
                .into());
            }
        }
    }
    Ok((entries, head))
}

/// `publish`: publishes an edition (with `--edition`) and/or writes the static site (`--static`).
pub fn publish(
    install: &Installation,
    edition: Option<&str>,
    note: &str,
    licence: Option<String>,
    out: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    if edition.is_none() && out.is_none() {
        return Err(InputError(
            "error: say what to do: --edition EDITION to publish, --static OUT to write the site, or both\n"
                .into(),
        )
        .into());
    }
    let config = install.config(Overrides::default())?;
    let demo = config.demo;
    let evidence_dir = config.evidence_dir();
    runtime()?.block_on(async {
        let state = state(config).await?;
        // Pages made from demonstration data say so, as on the server.
        let demo = demo
            || state
                .store
                .edition(cyberindex_server::service::demo::EDITION)
                .await
                .is_ok();
        if let Some(edition) = edition {
            let request = cyberindex_server::service::publish::PublishRequest {
                change_note: note.to_string(),
                licence: licence.unwrap_or_else(|| {
                    cyberindex_server::service::publish::DEFAULT_LICENCE.to_string()
                }),
            };
            let meta = cyberindex_server::service::publish::publish(&state, edition, &request, None)
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            println!(
                "published {} version {}: {} countries",
                meta.edition, meta.version, meta.countries
            );
        }
        if let Some(out) = out {
            let started = std::time::Instant::now();
            let loaded = cyberindex_server::public::export::load(&state.store).await?;
            let report =
                cyberindex_server::public::export::write(&loaded, out, &evidence_dir, demo)?;
            println!(
                "wrote {} files ({} pages, {} country profiles, {:.1} MB) for {} editions ({} versions) to {} in {:.1} s",
                report.files,
                report.pages,
                report.profiles,
                report.bytes as f64 / 1e6,
                report.editions,
                report.versions,
                out.display(),
                started.elapsed().as_secs_f64()
            );
        }
        state.store.close().await;
        Ok(())
    })
}

/// `analyse --edition`: the framework frozen into an edition and its validated responses'
/// accepted answers, read back as an answer file.
pub fn edition_answers(
    install: &Installation,
    edition: &str,
) -> anyhow::Result<(cyberindex_engine::Framework, cyberindex_answers::AnswerFile)> {
    let config = install.config(Overrides::default())?;
    runtime()?.block_on(async {
        let store = cyberindex_store::Store::open(&config.db_url()).await?;
        let stored = store
            .edition(edition)
            .await
            .map_err(|_| InputError(format!("error: there is no edition `{edition}`\n")))?;
        let framework = cyberindex_framework::read(&stored.framework_source)
            .map_err(|_| anyhow::anyhow!("the framework frozen into {edition} no longer reads"))?;
        let (answers, _, countries) =
            cyberindex_server::service::publish::validated(&store, &framework, edition)
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?;
        store.close().await;
        if countries < 2 {
            return Err(InputError(format!(
                "error: edition `{edition}` has {countries} validated responses; the analysis needs at least two\n"
            ))
            .into());
        }
        let meta = cyberindex_publish::Meta {
            edition: cyberindex_publish::results::EditionRef {
                id: stored.id.clone(),
                name: stored.name.clone(),
            },
            publication: cyberindex_publish::results::PublicationRef {
                version: 0,
                published_at: String::new(),
                change_note: String::new(),
            },
            licence: String::new(),
        };
        let csv = cyberindex_publish::results::answers_csv(&meta, &framework, &answers);
        let file = cyberindex_publish::results::read_answers(&framework, &csv).map_err(|e| {
            anyhow::anyhow!("the validated answers do not read back: {}", e[0])
        })?;
        Ok((framework, file))
    })
}

/// What `edition create` takes.
#[derive(Debug, Clone, Args)]
pub struct EditionArgs {
    /// Edition id, such as 2026.
    #[arg(long)]
    pub id: String,
    #[arg(long)]
    pub name: String,
    #[arg(long, short)]
    pub framework: PathBuf,
    /// Opening date, YYYY-MM-DD.
    #[arg(long)]
    pub opens: String,
    /// Deadline, YYYY-MM-DD.
    #[arg(long)]
    pub deadline: String,
    /// `all`, or ISO 3166-1 alpha-3 codes separated by commas.
    #[arg(long, default_value = "all")]
    pub countries: String,
    /// Pre-fill answers from this earlier edition; countries must confirm them.
    #[arg(long)]
    pub carry_forward_from: Option<String>,
}

pub fn edition_create(install: &Installation, args: &EditionArgs) -> anyhow::Result<()> {
    let (id, name, framework, opens, deadline, countries) = (
        &args.id,
        &args.name,
        &args.framework,
        &args.opens,
        &args.deadline,
        &args.countries,
    );
    let carry_forward_from = args.carry_forward_from.as_deref();
    let config = install.config(Overrides::default())?;
    let source = std::fs::read_to_string(framework)
        .with_context(|| format!("cannot read framework file {}", framework.display()))?;
    let form = EditionForm {
        id: id.into(),
        name: name.into(),
        framework: framework.display().to_string(),
        opens_on: opens.into(),
        deadline: deadline.into(),
        countries: countries.into(),
        carry_forward_from: String::new(),
    };
    let edition = check(&form, Some((framework.display().to_string(), source))).map_err(
        |(errors, diagnostics)| {
            let mut text: String = errors.iter().map(|e| format!("error: {e}\n")).collect();
            text.push_str(&diagnostics);
            InputError(text)
        },
    )?;
    runtime()?.block_on(async {
        let state = state(config).await?;
        // Checked before anything is created, so a wrong name creates nothing.
        if let Some(from) = carry_forward_from
            && state.store.edition(from).await.is_err()
        {
            return Err(InputError(format!("error: there is no edition `{from}` to carry answers forward from\n")).into());
        }
        let created = state
            .store
            .create_edition(&edition, None)
            .await
            .map_err(|e| user_error(e.into()))?;
        println!(
            "Created edition {} ({}) with {} countries, framework {} {}.",
            created.id,
            created.name,
            created.countries.len(),
            created.framework_id,
            created.framework_version
        );
        if let Some(from) = carry_forward_from {
            let carried = cyberindex_server::service::editions::carry_forward(&state, from, &created.id, None)
                .await
                .map_err(user_error)?;
            println!("Carried {carried} answers forward from edition {from}; each country must confirm them.");
        }
        state.store.close().await;
        Ok(())
    })
}

pub fn edition_list(install: &Installation) -> anyhow::Result<()> {
    let config = install.config(Overrides::default())?;
    runtime()?.block_on(async {
        let state = state(config).await?;
        for e in state.store.editions().await? {
            println!(
                "{}\t{}\t{} {}\t{} – {}\t{} countries{}",
                e.id,
                e.name,
                e.framework_id,
                e.framework_version,
                e.opens_on,
                e.deadline,
                e.countries.len(),
                if e.archived_at.is_some() {
                    "\tarchived"
                } else {
                    ""
                }
            );
        }
        state.store.close().await;
        Ok(())
    })
}
