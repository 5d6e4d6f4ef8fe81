//! Commands that work on an installation: `serve`, `user add`, `token create`, `edition …`,
//! `audit …` and `publish`. They all take the same `--data`, `--db` and `--config` options, and
//! work while the server runs (SQLite in WAL mode lets several processes use the database).
//!
//! Apart from `serve`, they open the store themselves and call the workflow crate, as the server
//! does: only `user add` makes a mailer, to send the invitation.

use std::path::PathBuf;

use anyhow::Context;
use clap::Args;
use cyberindex_engine::Framework;
use cyberindex_server::config::LogFormat;
use cyberindex_server::mail::{MailNotifier, Mailer};
use cyberindex_server::{Config, Overrides};
use cyberindex_store::Store;
use cyberindex_workflow::edition::{EditionForm, check};
use cyberindex_workflow::publish::{DEFAULT_LICENCE, PublishRequest};
use cyberindex_workflow::{ActionError, WorkflowError, accounts};

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
    pub(crate) fn config(&self, overrides: Overrides) -> anyhow::Result<Config> {
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

pub(crate) fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")
}

/// Opens the installation's store, creating the data directory if needed.
pub(crate) async fn open(config: &Config) -> anyhow::Result<Store> {
    std::fs::create_dir_all(&config.data)
        .with_context(|| format!("cannot create the data directory {}", config.data.display()))?;
    Ok(Store::open(&config.db_url()).await?)
}

/// An edition and the framework frozen into it.
async fn edition_framework(
    store: &Store,
    edition: &str,
) -> anyhow::Result<(cyberindex_store::Edition, Framework)> {
    let stored = store
        .edition(edition)
        .await
        .map_err(|_| InputError(format!("error: there is no edition `{edition}`\n")))?;
    let framework = cyberindex_framework::read(&stored.framework_source)
        .map_err(|_| anyhow::anyhow!("the framework frozen into {edition} no longer reads"))?;
    Ok((stored, framework))
}

pub fn serve(
    install: &Installation,
    listen: Option<std::net::SocketAddr>,
    public_url: Option<String>,
    demo: bool,
    log_format: Option<LogFormat>,
) -> anyhow::Result<()> {
    let config = install.config(Overrides {
        listen,
        public_url,
        demo: demo.then_some(true),
        log_format,
        ..Default::default()
    })?;
    cyberindex_server::ops::logs::init(config.log_format);
    runtime()?.block_on(cyberindex_server::serve(config))
}

/// A refusal the user can act on (a broken rule, a duplicate, an invalid request) is an
/// [`InputError`] with its English message; anything else is an error of its own.
fn user_error(e: impl Into<ActionError>) -> anyhow::Error {
    match e.into() {
        ActionError::Rule(e) => rule_error(e),
        ActionError::Store(
            e @ (cyberindex_store::StoreError::Duplicate(_)
            | cyberindex_store::StoreError::Invalid(_)),
        ) => InputError(format!("error: {e}\n")).into(),
        other => anyhow::anyhow!("{other}"),
    }
}

fn rule_error(e: WorkflowError) -> anyhow::Error {
    InputError(format!("error: {e}\n")).into()
}

pub fn user_add(
    install: &Installation,
    email: &str,
    role: &str,
    country: Option<&str>,
    observe: &[String],
    team: Option<&str>,
    name: &str,
) -> anyhow::Result<()> {
    let config = install.config(Overrides::default())?;
    let new = accounts::new_user(
        email,
        name,
        role,
        country.unwrap_or(""),
        &observe.join(","),
        team.unwrap_or(""),
    )
    .map_err(rule_error)?;
    let mailer = Mailer::new(config.smtp.as_ref())?;
    runtime()?.block_on(async {
        let store = open(&config).await?;
        let notifier = MailNotifier {
            store: &store,
            mailer: &mailer,
            public_url: &config.public_url,
        };
        let result = accounts::invite(&store, &notifier, &new, config.invitation_days, None).await;
        store.close().await;
        let (user, link) = result.map_err(user_error)?;
        println!(
            "Created {} ({}{}).",
            user.email,
            user.role,
            user.country.map(|c| format!(", {c}")).unwrap_or_default()
        );
        println!("Invitation link (works once): {link}");
        Ok(())
    })
}

pub fn token_create(install: &Installation, email: &str, name: &str) -> anyhow::Result<()> {
    let config = install.config(Overrides::default())?;
    runtime()?.block_on(async {
        let store = open(&config).await?;
        let result = async {
            let user = store
                .user_by_email(email)
                .await?
                .ok_or_else(|| InputError(format!("error: there is no user {email}\n")))?;
            accounts::create_token(&store, &user, name)
                .await
                .map_err(user_error)
        }
        .await;
        store.close().await;
        println!("{}", result?);
        eprintln!(
            "API token for {email}: use it as `Authorization: Bearer TOKEN`. It is shown only now."
        );
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
    let evidence = config.evidence()?;
    runtime()?.block_on(async {
        let store = open(&config).await?;
        let tiers = config.maturity.publish == cyberindex_server::config::MaturityPublish::Tier;
        let result =
            publish_and_export(&store, edition, note, licence, out, &evidence, demo, tiers).await;
        store.close().await;
        result
    })
}

#[allow(clippy::too_many_arguments)]
async fn publish_and_export(
    store: &Store,
    edition: Option<&str>,
    note: &str,
    licence: Option<String>,
    out: Option<&std::path::Path>,
    evidence: &cyberindex_blobs::Blobs,
    demo: bool,
    maturity_tiers: bool,
) -> anyhow::Result<()> {
    // Pages made from demonstration data say so, as on the server.
    let demo = demo || store.edition(cyberindex_server::DEMO_EDITION).await.is_ok();
    if let Some(edition) = edition {
        let request = PublishRequest {
            change_note: note.to_string(),
            licence: licence.unwrap_or_else(|| DEFAULT_LICENCE.to_string()),
        };
        let (_, framework) = edition_framework(store, edition).await?;
        let meta =
            cyberindex_workflow::publish::publish(store, &framework, edition, &request, None)
                .await
                .map_err(user_error)?;
        println!(
            "published {} version {}: {} countries",
            meta.edition, meta.version, meta.countries
        );
    }
    if let Some(out) = out {
        let started = std::time::Instant::now();
        let mut loaded = cyberindex_server::public::export::load(store).await?;
        // The programme's `[maturity] publish`: teams' consent alone does not publish a tier.
        if !maturity_tiers {
            loaded.maturity.clear();
        }
        let report = cyberindex_server::public::export::write(&loaded, out, evidence, demo).await?;
        println!(
            "wrote {} files ({} pages, {} country profiles, {} PDF reports, {:.1} MB) for {} editions ({} versions) to {} in {:.1} s",
            report.files,
            report.pages,
            report.profiles,
            report.pdfs,
            report.bytes as f64 / 1e6,
            report.editions,
            report.versions,
            out.display(),
            started.elapsed().as_secs_f64()
        );
    }
    Ok(())
}

/// `analyse --edition`: the framework frozen into an edition and its validated responses'
/// accepted answers, read back as an answer file.
pub fn edition_answers(
    install: &Installation,
    edition: &str,
) -> anyhow::Result<(cyberindex_engine::Framework, cyberindex_answers::AnswerFile)> {
    let config = install.config(Overrides::default())?;
    runtime()?.block_on(async {
        let store = Store::open(&config.db_url()).await?;
        let read = async {
            let (stored, framework) = edition_framework(&store, edition).await?;
            let validated = cyberindex_workflow::publish::validated(&store, &framework, edition)
                .await
                .map_err(user_error)?;
            Ok::<_, anyhow::Error>((stored, framework, validated))
        }
        .await;
        store.close().await;
        let (stored, framework, (answers, _, countries)) = read?;
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
                names: stored.names.clone(),
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
    /// The name in another UN language, as LANG=NAME (such as `fr=Indice 2026`); repeat for
    /// each language. `--name` is shown in every language without one.
    #[arg(long = "name-in", value_name = "LANG=NAME")]
    pub names: Vec<String>,
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
        names: args
            .names
            .iter()
            .map(|pair| match pair.split_once('=') {
                Some((lang, text)) => Ok((lang.trim().to_string(), text.to_string())),
                None => Err(InputError(format!(
                    "error: --name-in takes LANG=NAME, such as fr=Indice 2026, not `{pair}`\n"
                ))),
            })
            .collect::<Result<_, _>>()?,
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
        let store = open(&config).await?;
        let result = create_edition(&store, &edition, carry_forward_from).await;
        store.close().await;
        result
    })
}

async fn create_edition(
    store: &Store,
    edition: &cyberindex_store::NewEdition,
    carry_forward_from: Option<&str>,
) -> anyhow::Result<()> {
    // Checked before anything is created, so a wrong name creates nothing.
    if let Some(from) = carry_forward_from
        && store.edition(from).await.is_err()
    {
        return Err(InputError(format!(
            "error: there is no edition `{from}` to carry answers forward from\n"
        ))
        .into());
    }
    let created = store
        .create_edition(edition, None)
        .await
        .map_err(user_error)?;
    println!(
        "Created edition {} ({}) with {} countries, framework {} {}.",
        created.id,
        created.name,
        created.countries.len(),
        created.framework_id,
        created.framework_version
    );
    if let Some(from) = carry_forward_from {
        let (_, target) = edition_framework(store, &created.id).await?;
        let carried =
            cyberindex_workflow::carry::carry_forward(store, &target, from, &created.id, None)
                .await
                .map_err(user_error)?;
        println!(
            "Carried {carried} answers forward from edition {from}; each country must confirm them."
        );
    }
    Ok(())
}

pub fn edition_list(install: &Installation) -> anyhow::Result<()> {
    let config = install.config(Overrides::default())?;
    runtime()?.block_on(async {
        let store = open(&config).await?;
        let editions = store.editions().await;
        store.close().await;
        for e in editions? {
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
        Ok(())
    })
}
