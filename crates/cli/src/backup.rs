//! `cyberindex backup` and `cyberindex restore`: a whole installation (database and evidence
//! files) in one archive, taken while the server keeps serving, and put back into a fresh one.
//!
//! **The archive** is a tar file (gzip-compressed when its name ends in `.gz` or `.tgz`):
//! `manifest.json` first ([`Manifest`]: format, version, backend, time, audit head, and every
//! other entry with its size and SHA-256), then `database/cyberindex.db` (SQLite) or
//! `database/cyberindex.pgdump` (PostgreSQL, `pg_dump`'s custom format), then
//! `evidence/ab/abcd…`, one entry per evidence file the database refers to.
//!
//! **Consistency.** The database is captured first, as one snapshot: SQLite's `VACUUM INTO`
//! (which reads one snapshot while writers go on), then the audit head and the evidence list read
//! from that copy; on PostgreSQL a read transaction is held open while `pg_dump --snapshot` dumps
//! the very snapshot the audit head and evidence list were read in. Evidence files are named by
//! their content and never change, so copying the ones the snapshot refers to afterwards gives the
//! same files. A referenced file that is missing or damaged stops the backup, naming it: a backup
//! that could not restore its evidence is not written.
//!
//! **A restore writes nothing before it has checked everything**: the manifest, then every entry
//! streamed into a staging place beside the target while its size and SHA-256 are compared
//! with the manifest's, then (SQLite) the staged database's audit trail, which must verify and end
//! at the manifest's head. Only then are the files renamed into place. On PostgreSQL the dump is
//! loaded by `pg_restore` in one transaction, then the trail is checked the same way. A backup is
//! restored into the same kind of database only: to move it, restore it, then `db copy`.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::Context;
use cyberindex_server::Overrides;
use cyberindex_server::config::DatabaseUrl;
use cyberindex_store::Store;
use serde::{Deserialize, Serialize};

use cyberindex_blobs::Blobs;

use crate::checksum::{Reading, Tee};
use crate::evidence;
use crate::input::InputError;
use crate::install::Installation;

/// The archive format this version writes and reads.
pub const FORMAT: &str = "cyberindex-backup/1";
const MANIFEST: &str = "manifest.json";
const SQLITE_ENTRY: &str = "database/cyberindex.db";
const POSTGRES_ENTRY: &str = "database/cyberindex.pgdump";
const EVIDENCE_PREFIX: &str = "evidence/";
/// A manifest larger than this is not one (a million evidence files take about 150 MB).
const MANIFEST_LIMIT: u64 = 512 * 1024 * 1024;

/// What the archive holds, written first so that a restore can check everything against it.
#[derive(Debug, Serialize, Deserialize)]
pub struct Manifest {
    /// [`FORMAT`].
    pub format: String,
    /// The version of cyberindex that wrote the backup.
    pub cyberindex_version: String,
    /// `sqlite` or `postgres`.
    pub backend: String,
    /// When the database snapshot was taken (RFC 3339, UTC).
    pub created_at: String,
    /// The audit trail's head in the snapshot, as `cyberindex audit head` prints it.
    pub audit_head: String,
    /// Every other entry of the archive, in archive order.
    pub entries: Vec<Entry>,
}

/// One entry of the archive.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    pub path: String,
    pub size: u64,
    pub sha256: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    fn of(url: &str) -> Self {
        if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Self::Postgres
        } else {
            Self::Sqlite
        }
    }
    fn name(self) -> &'static str {
        match self {
            Self::Sqlite => "sqlite",
            Self::Postgres => "postgres",
        }
    }
    fn entry(self) -> &'static str {
        match self {
            Self::Sqlite => SQLITE_ENTRY,
            Self::Postgres => POSTGRES_ENTRY,
        }
    }
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")
}

/// The file of a `sqlite://PATH` URL.
fn sqlite_file(url: &str) -> PathBuf {
    PathBuf::from(
        url.trim_start_matches("sqlite://")
            .trim_start_matches("sqlite:")
            .split('?')
            .next()
            .unwrap_or_default(),
    )
}

fn head_text(head: &Option<(i64, String)>) -> String {
    match head {
        Some((id, hash)) => format!("{id}:{hash}"),
        None => format!("0:{}", cyberindex_store::audit::GENESIS),
    }
}

/// A folder or file removed when dropped, unless kept.
struct Scratch {
    path: PathBuf,
    keep: bool,
}

impl Scratch {
    fn new(path: PathBuf) -> Self {
        Self { path, keep: false }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if !self.keep {
            if self.path.is_dir() {
                let _ = std::fs::remove_dir_all(&self.path);
            } else {
                let _ = std::fs::remove_file(&self.path);
            }
        }
    }
}

// --- backup ---

/// `cyberindex backup --out FILE`.
pub fn backup(install: &Installation, out: &Path) -> anyhow::Result<()> {
    let config = install.config(Overrides::default())?;
    let url = DatabaseUrl::new(config.db_url());
    let backend = Backend::of(url.expose());
    let blobs = config.evidence()?;
    if out.exists() {
        return Err(InputError(format!(
            "error: {} already exists; a backup never overwrites a file: choose a new name, such as one with the date\n",
            out.display()
        ))
        .into());
    }
    let file_name = out
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .ok_or_else(|| InputError(format!("error: {} is not a file name\n", out.display())))?;
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if backend == Backend::Sqlite {
        let file = sqlite_file(url.expose());
        if !file.exists() {
            return Err(InputError(format!(
                "error: there is no database at {}: name the installation with --data DIR or --db URL\n",
                file.display()
            ))
            .into());
        }
    }
    let pid = std::process::id();
    let work = Scratch::new(parent.join(format!(".{file_name}.parts-{pid}")));
    std::fs::create_dir_all(&work.path)
        .with_context(|| format!("cannot create {}", work.path.display()))?;
    let database = work.path.join(match backend {
        Backend::Sqlite => "cyberindex.db",
        Backend::Postgres => "cyberindex.pgdump",
    });
    let created_at = cyberindex_workflow::publish::rfc3339(cyberindex_store::now_ms());
    let rt = runtime()?;
    let (head, referenced) = rt.block_on(async {
        let store = Store::open(url.expose())
            .await
            .map_err(|e| anyhow::anyhow!("cannot open the database {url}: {e}"))?;
        let result = snapshot(&store, backend, &url, &database).await;
        store.close().await;
        result
    })?;
    // Every file the snapshot refers to must be there before anything is archived.
    let mut entries = vec![Entry {
        path: backend.entry().to_string(),
        size: std::fs::metadata(&database)?.len(),
        sha256: {
            let mut reading = Reading::new(std::fs::File::open(&database)?);
            std::io::copy(&mut reading, &mut std::io::sink())?;
            reading.finish().1
        },
    }];
    let mut missing = Vec::new();
    for sha in &referenced {
        match rt.block_on(blobs.head(sha))? {
            Some(size) => entries.push(Entry {
                path: format!("{EVIDENCE_PREFIX}{}/{sha}", &sha[..2]),
                size,
                sha256: sha.clone(),
            }),
            None => missing.push(evidence_name(&blobs, sha)),
        }
    }
    if !missing.is_empty() {
        return Err(InputError(format!(
            "error: {} evidence file{} that the database refers to {} missing, so no backup was written:\n{}\nRestore {} from an older backup or from where the files came from, then back up again.\n",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            if missing.len() == 1 { "is" } else { "are" },
            missing.iter().map(|m| format!("  {m}\n")).collect::<String>(),
            if missing.len() == 1 { "it" } else { "them" },
        ))
        .into());
    }
    let manifest = Manifest {
        format: FORMAT.into(),
        cyberindex_version: env!("CARGO_PKG_VERSION").into(),
        backend: backend.name().into(),
        created_at,
        audit_head: head.clone(),
        entries,
    };
    let part = Scratch::new(parent.join(format!(".{file_name}.part-{pid}")));
    write_archive(&rt, &part.path, out, &manifest, &database, &blobs)?;
    std::fs::rename(&part.path, out)
        .with_context(|| format!("cannot rename {} to {}", part.path.display(), out.display()))?;
    let evidence_bytes: u64 = manifest.entries[1..].iter().map(|e| e.size).sum();
    println!(
        "Backup written to {}: the {} database ({} bytes), {} evidence files ({evidence_bytes} bytes), audit head {head}.",
        out.display(),
        backend.name(),
        manifest.entries[0].size,
        manifest.entries.len() - 1,
    );
    println!(
        "Every entry's SHA-256 is in its manifest; `cyberindex restore {}` checks them all before it writes anything.",
        out.display()
    );
    Ok(())
}

/// Captures the database into `database`; the audit head and the evidence files of that very
/// snapshot.
async fn snapshot(
    store: &Store,
    backend: Backend,
    url: &DatabaseUrl,
    database: &Path,
) -> anyhow::Result<(String, Vec<String>)> {
    match backend {
        Backend::Sqlite => {
            let path = database
                .to_str()
                .context("the backup's folder is not UTF-8")?;
            store.vacuum_into(path).await?;
            // The copy is read (and its trail checked) as the store reads any database.
            let copy = Store::open(&format!("sqlite://{path}")).await?;
            let read = async {
                let pinned = copy.pin_snapshot().await?;
                let verified = copy.verify_audit().await?;
                Ok::<_, anyhow::Error>((pinned.head.clone(), pinned.evidence.clone(), verified))
            }
            .await;
            copy.close().await;
            let (head, evidence, verified) = read?;
            warn_unverified(verified);
            for side in ["-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{path}{side}"));
            }
            Ok((head_text(&head), evidence))
        }
        Backend::Postgres => {
            let pinned = store.pin_snapshot().await?;
            let name = pinned
                .snapshot
                .clone()
                .context("PostgreSQL gave no snapshot name")?;
            let tool = postgres_tool("pg_dump", pinned.server_version.unwrap_or(0))?;
            let (target, password) = connection(url.expose())?;
            let output = Command::new(&tool)
                .arg("--format=custom")
                .arg("--no-owner")
                .arg("--no-privileges")
                .arg(format!("--snapshot={name}"))
                .arg("--file")
                .arg(database)
                .arg("--dbname")
                .arg(&target)
                .envs(password.map(|p| ("PGPASSWORD", p)))
                .output()
                .with_context(|| format!("cannot run {}", tool.display()))?;
            let head = head_text(&pinned.head);
            let evidence = pinned.evidence.clone();
            drop(pinned);
            if !output.status.success() {
                anyhow::bail!(
                    "{} failed, so no backup was written: {}",
                    tool.display(),
                    String::from_utf8_lossy(&output.stderr).trim()
                );
            }
            warn_unverified(store.verify_audit().await?);
            Ok((head, evidence))
        }
    }
}

fn warn_unverified(verified: Result<(u64, String), cyberindex_store::ChainError>) {
    if let Err(problem) = verified {
        eprintln!(
            "warning: the audit trail does not verify ({problem}); the backup keeps it as it is, so that it can be examined"
        );
    }
}

/// Writes the archive into `part`: the manifest, the database, the evidence files, each checked
/// against the manifest as it streams past.
fn write_archive(
    rt: &tokio::runtime::Runtime,
    part: &Path,
    out: &Path,
    manifest: &Manifest,
    database: &Path,
    blobs: &Blobs,
) -> anyhow::Result<()> {
    // Readable by its owner only: the archive holds password hashes and sessions.
    let file = {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        options.open(part)
    }
    .with_context(|| format!("cannot create {}", part.display()))?;
    let name = out.to_string_lossy();
    let buffered = BufWriter::new(file.try_clone()?);
    let writer = if name.ends_with(".gz") || name.ends_with(".tgz") {
        Sink::Gzip(Box::new(flate2::write::GzEncoder::new(
            buffered,
            flate2::Compression::default(),
        )))
    } else {
        Sink::Plain(buffered)
    };
    let mut tar = tar::Builder::new(writer);
    let json = serde_json::to_vec_pretty(manifest)?;
    append(&mut tar, MANIFEST, json.len() as u64, &mut json.as_slice())?;
    for entry in &manifest.entries {
        let (mut source, what): (Box<dyn Read>, String) = if entry.path.starts_with(EVIDENCE_PREFIX)
        {
            let what = format!("the evidence file {}", evidence_name(blobs, &entry.sha256));
            let Some(blob) = rt.block_on(blobs.get(&entry.sha256))? else {
                anyhow::bail!("{what} was removed while the backup ran; no backup was written");
            };
            (
                Box::new(BlockingStream::new(rt.handle().clone(), blob.stream)),
                what,
            )
        } else {
            (
                Box::new(std::fs::File::open(database)?),
                "the database snapshot".to_string(),
            )
        };
        let mut reading = Reading::new((&mut source).take(entry.size));
        append(&mut tar, &entry.path, entry.size, &mut reading)?;
        let (bytes, sha) = reading.finish();
        if bytes != entry.size || sha != entry.sha256 {
            anyhow::bail!(
                "{what} changed or is damaged: it has {bytes} bytes with the SHA-256 {sha}, not {} bytes with {}; no backup was written",
                entry.size,
                entry.sha256
            );
        }
    }
    tar.into_inner()?.finish()?;
    file.sync_all()
        .with_context(|| format!("cannot write {}", part.display()))?;
    Ok(())
}

/// An evidence file as an error message names it: its path on local storage, else its hash in
/// the bucket.
fn evidence_name(blobs: &Blobs, sha: &str) -> String {
    match blobs.local_dir() {
        Some(dir) => evidence::path_of(dir, sha).display().to_string(),
        None => format!("{sha} in {blobs}"),
    }
}

/// A stored file's chunks read as a [`Read`], from outside the runtime that fetches them: the
/// archive is written synchronously, one chunk in memory at a time.
struct BlockingStream {
    handle: tokio::runtime::Handle,
    stream: futures_util::stream::BoxStream<'static, std::io::Result<bytes::Bytes>>,
    chunk: bytes::Bytes,
}

impl BlockingStream {
    fn new(
        handle: tokio::runtime::Handle,
        stream: futures_util::stream::BoxStream<'static, std::io::Result<bytes::Bytes>>,
    ) -> Self {
        Self {
            handle,
            stream,
            chunk: bytes::Bytes::new(),
        }
    }
}

impl Read for BlockingStream {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        use futures_util::StreamExt;
        while self.chunk.is_empty() {
            match self.handle.block_on(self.stream.next()) {
                Some(chunk) => self.chunk = chunk?,
                None => return Ok(0),
            }
        }
        let n = buf.len().min(self.chunk.len());
        buf[..n].copy_from_slice(&self.chunk.split_to(n));
        Ok(n)
    }
}

/// Where the archive goes: the file, or gzip into the file.
enum Sink {
    Plain(BufWriter<std::fs::File>),
    Gzip(Box<flate2::write::GzEncoder<BufWriter<std::fs::File>>>),
}

impl Sink {
    /// Ends the gzip stream and flushes everything to the file.
    fn finish(self) -> std::io::Result<()> {
        match self {
            Sink::Plain(mut w) => w.flush(),
            Sink::Gzip(w) => w.finish()?.flush(),
        }
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Sink::Plain(w) => w.write(buf),
            Sink::Gzip(w) => w.write(buf),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Sink::Plain(w) => w.flush(),
            Sink::Gzip(w) => w.flush(),
        }
    }
}

fn append(
    tar: &mut tar::Builder<Sink>,
    path: &str,
    size: u64,
    content: &mut dyn Read,
) -> anyhow::Result<()> {
    let mut header = tar::Header::new_gnu();
    header.set_size(size);
    header.set_mode(0o600);
    header.set_mtime(0);
    header.set_entry_type(tar::EntryType::Regular);
    tar.append_data(&mut header, path, content)
        .with_context(|| format!("cannot write the entry {path}"))
}

// --- PostgreSQL's programs ---

/// `pg_dump` or `pg_restore` able to work with a server of `version` (such as 150008): the one of
/// the server's major version under `/usr/lib/postgresql/N/bin` (Debian's layout), else the
/// newest there, else the one on `PATH`; refused when it is older than the server.
fn postgres_tool(name: &str, version: i64) -> anyhow::Result<PathBuf> {
    let major = version / 10_000;
    let mut candidates: Vec<(i64, PathBuf)> = Vec::new();
    if let Ok(dirs) = std::fs::read_dir("/usr/lib/postgresql") {
        for dir in dirs.flatten() {
            let path = dir.path().join("bin").join(name);
            if let Some(n) = dir.file_name().to_str().and_then(|n| n.parse::<i64>().ok())
                && path.exists()
            {
                candidates.push((n, path));
            }
        }
    }
    candidates.sort();
    let chosen = candidates
        .iter()
        .find(|(n, _)| *n == major)
        .or(candidates.last())
        .map(|(_, p)| p.clone())
        .unwrap_or_else(|| PathBuf::from(name));
    let output = Command::new(&chosen).arg("--version").output();
    let text = match output {
        Ok(o) if o.status.success() => String::from_utf8_lossy(&o.stdout).to_string(),
        _ => {
            return Err(InputError(format!(
                "error: cannot run {name} (looked in /usr/lib/postgresql/*/bin and on PATH): install PostgreSQL's client programs, version {major} or newer (Debian: postgresql-client-{major}); nothing was written\n"
            ))
            .into());
        }
    };
    // "pg_dump (PostgreSQL) 15.8 (Debian 15.8-0+deb12u1)"
    let found: i64 = text
        .split_whitespace()
        .nth(2)
        .and_then(|v| v.split('.').next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    if major > 0 && found < major {
        return Err(InputError(format!(
            "error: {} is version {found}, older than the PostgreSQL {major} server, which it cannot work with: install postgresql-client-{major} (or newer); nothing was written\n",
            chosen.display()
        ))
        .into());
    }
    Ok(chosen)
}

/// The URL for PostgreSQL's programs without its password, and the password to hand them in
/// `PGPASSWORD` (from `CYBERINDEX_DB_PASSWORD_FILE`, as the store reads it, or from the URL), so
/// that it never shows in a process list.
fn connection(url: &str) -> anyhow::Result<(String, Option<String>)> {
    let mut password = None;
    let mut target = url.to_string();
    if let Some((scheme, rest)) = url.split_once("://") {
        let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
        if let Some(at) = rest[..authority_end].rfind('@')
            && let Some((user, pass)) = rest[..at].split_once(':')
        {
            password = Some(percent_decode(pass));
            target = format!("{scheme}://{user}{}", &rest[at..]);
        }
    }
    if let Some(path) = std::env::var_os("CYBERINDEX_DB_PASSWORD_FILE") {
        let text = std::fs::read_to_string(&path).with_context(|| {
            format!(
                "cannot read the database password file {} (CYBERINDEX_DB_PASSWORD_FILE)",
                Path::new(&path).display()
            )
        })?;
        password = Some(text.trim_end_matches(['\r', '\n']).to_string());
    }
    Ok((target, password))
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Some(b) = std::str::from_utf8(&bytes[i + 1..i + 3])
                .ok()
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(b);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).to_string()
}

// --- restore ---

/// Where a restore puts things.
struct Target {
    backend: Backend,
    url: DatabaseUrl,
    /// SQLite: the database file.
    db_file: Option<PathBuf>,
    evidence_dir: PathBuf,
    /// The bucket, when the installation keeps its evidence in object storage (`evidence_store`);
    /// the staged files are then uploaded into it instead of moved to `evidence_dir`.
    bucket: Option<Blobs>,
}

/// `cyberindex restore FILE`.
pub fn restore(install: &Installation, file: &Path, force: bool) -> anyhow::Result<()> {
    if install.data.is_none() && install.db.is_none() {
        return Err(InputError(
            "error: say where to restore to: --data DIR (SQLite in a data directory) or --db URL (with --data DIR for the evidence files)\n"
                .into(),
        )
        .into());
    }
    let config = install.config(Overrides::default())?;
    let url = DatabaseUrl::new(config.db_url());
    let backend = Backend::of(url.expose());
    let db_file = match backend {
        Backend::Sqlite => Some(sqlite_file(url.expose())),
        Backend::Postgres => None,
    };
    let target = Target {
        backend,
        url,
        db_file,
        evidence_dir: config.evidence_dir(),
        bucket: match config.evidence_store {
            Some(_) => Some(config.evidence()?),
            None => None,
        },
    };
    let name = file.display().to_string();
    let opened = std::fs::File::open(file).with_context(|| format!("cannot read {name}"))?;
    let mut reader = BufReader::new(opened);
    let gzip = {
        use std::io::BufRead;
        reader.fill_buf()?.starts_with(&[0x1f, 0x8b])
    };
    let reader: Box<dyn Read> = if gzip {
        Box::new(flate2::read::GzDecoder::new(reader))
    } else {
        Box::new(reader)
    };
    let mut archive = tar::Archive::new(reader);
    let refuse = |what: String| -> anyhow::Error {
        InputError(format!("error: {name}: {what}; nothing was restored\n")).into()
    };
    let mut entries = archive
        .entries()
        .map_err(|e| refuse(format!("not a readable archive ({e})")))?;
    // The manifest comes first: it says what every other entry must be.
    let manifest: Manifest = {
        let mut first = entries
            .next()
            .ok_or_else(|| refuse("the archive is empty".into()))?
            .map_err(|e| refuse(format!("not a cyberindex backup ({e})")))?;
        let path = entry_path(&first);
        if path != MANIFEST || first.size() > MANIFEST_LIMIT {
            return Err(refuse(format!(
                "not a cyberindex backup: its first entry is `{path}`, not {MANIFEST}"
            )));
        }
        let mut text = Vec::new();
        first
            .read_to_end(&mut text)
            .map_err(|e| refuse(format!("the entry {MANIFEST} is damaged ({e})")))?;
        serde_json::from_slice(&text)
            .map_err(|e| refuse(format!("the entry {MANIFEST} is damaged: {e}")))?
    };
    let expected = check_manifest(&manifest).map_err(refuse)?;
    if manifest.backend != target.backend.name() {
        return Err(InputError(format!(
            "error: {name} holds a {} database and cannot be restored into a {} one; restore it into a {} installation ({}), then move it with `cyberindex db copy`; nothing was restored\n",
            manifest.backend,
            target.backend.name(),
            manifest.backend,
            if manifest.backend == "sqlite" {
                "--data DIR"
            } else {
                "--db postgres://… --data DIR"
            },
        ))
        .into());
    }
    let server_version = check_target(&target, force)?;

    // Staging places on the same file systems as the targets, so that moving in is a rename.
    let pid = std::process::id();
    let data_created = !config.data.exists();
    std::fs::create_dir_all(&config.data)
        .with_context(|| format!("cannot create {}", config.data.display()))?;
    let mut cleanup_data = Scratch::new(config.data.clone());
    cleanup_data.keep = !data_created;
    let stage = Scratch::new(config.data.join(format!(".restore-{pid}")));
    let staged_evidence = stage.path.join("evidence");
    std::fs::create_dir_all(&staged_evidence)?;
    let staged_db = match &target.db_file {
        Some(db) => {
            let mut staged = db.clone().into_os_string();
            staged.push(format!(".restoring-{pid}"));
            PathBuf::from(staged)
        }
        None => stage.path.join("cyberindex.pgdump"),
    };
    let _staged_db_guard = Scratch::new(staged_db.clone());
    if let Some(parent) = staged_db.parent() {
        std::fs::create_dir_all(parent)?;
    }

    let mut seen = BTreeSet::new();
    let mut last = MANIFEST.to_string();
    for entry in entries {
        let mut entry = entry.map_err(|e| {
            refuse(format!(
                "the archive is damaged after the entry `{last}` ({e})"
            ))
        })?;
        let path = entry_path(&entry);
        let Some(want) = expected.get(path.as_str()) else {
            return Err(refuse(format!("the entry `{path}` is not in the manifest")));
        };
        if !seen.insert(path.clone()) {
            return Err(refuse(format!("the entry `{path}` appears twice")));
        }
        let destination = if path == target.backend.entry() {
            staged_db.clone()
        } else {
            let path = evidence::path_of(&staged_evidence, &want.sha256);
            std::fs::create_dir_all(path.parent().unwrap_or(&staged_evidence))?;
            path
        };
        let mut output = Tee::new(
            std::fs::File::create(&destination)
                .with_context(|| format!("cannot write {}", destination.display()))?,
        );
        let bytes = std::io::copy(&mut entry, &mut output)
            .map_err(|e| refuse(format!("the entry `{path}` is damaged ({e})")))?;
        let (written, sha) = output.finish();
        if sha != want.sha256 || bytes != want.size {
            return Err(refuse(format!(
                "the entry `{path}` is damaged: it has {bytes} bytes with the SHA-256 {sha}, but the manifest says {} bytes with {}",
                want.size, want.sha256
            )));
        }
        written
            .sync_all()
            .with_context(|| format!("cannot write {}", destination.display()))?;
        last = path;
    }
    if let Some(lost) = expected.keys().find(|p| !seen.contains(**p)) {
        return Err(refuse(format!(
            "the entry `{lost}` of the manifest is not in the archive (was the file cut short?)"
        )));
    }

    let evidence_count = expected.len() - 1;
    match target.backend {
        Backend::Sqlite => {
            runtime()?.block_on(check_staged(&staged_db, &staged_evidence, &manifest, &name))?;
            let db = target.db_file.as_ref().expect("a SQLite target has a file");
            place_evidence(&target, &staged_evidence, &stage.path, force)?;
            for side in ["-wal", "-shm", "-journal"] {
                let mut p = db.clone().into_os_string();
                p.push(side);
                let _ = std::fs::remove_file(PathBuf::from(p));
            }
            std::fs::rename(&staged_db, db).with_context(|| {
                format!("cannot move {} to {}", staged_db.display(), db.display())
            })?;
        }
        Backend::Postgres => {
            let tool = postgres_tool("pg_restore", server_version)?;
            let (url, password) = connection(target.url.expose())?;
            let mut command = Command::new(&tool);
            command
                .args(["--no-owner", "--no-privileges", "--exit-on-error"])
                .arg("--single-transaction");
            if force {
                command.args(["--clean", "--if-exists"]);
            }
            let output = command
                .arg("--dbname")
                .arg(&url)
                .arg(&staged_db)
                .envs(password.map(|p| ("PGPASSWORD", p)))
                .output()
                .with_context(|| format!("cannot run {}", tool.display()))?;
            if !output.status.success() {
                anyhow::bail!(
                    "{} failed, and rolled back: nothing was restored into {}: {}",
                    tool.display(),
                    target.url,
                    String::from_utf8_lossy(&output.stderr).trim()
                );
            }
            place_evidence(&target, &staged_evidence, &stage.path, force)?;
        }
    }
    cleanup_data.keep = true;
    // The restored installation, read as the server will read it.
    let (entries, head) = runtime()?.block_on(async {
        let store = Store::open(target.url.expose()).await?;
        let result = async {
            let verified = store.verify_audit().await?;
            let head = head_text(&store.audit_head().await?);
            Ok::<_, anyhow::Error>((verified, head))
        }
        .await;
        store.close().await;
        let (verified, head) = result?;
        let (entries, _) = verified
            .map_err(|e| anyhow::anyhow!("the restored audit trail does not verify: {e}"))?;
        Ok::<_, anyhow::Error>((entries, head))
    })?;
    if head != manifest.audit_head {
        anyhow::bail!(
            "the restored audit trail ends at {head}, not at the backup's head {}",
            manifest.audit_head
        );
    }
    println!(
        "Restored {name} (taken {} by cyberindex {}) into {}: the {} database and {evidence_count} evidence files, every SHA-256 checked.",
        manifest.created_at, manifest.cyberindex_version, target.url, manifest.backend,
    );
    println!("Audit trail intact: {entries} entries, head {head}, the backup's head.");
    Ok(())
}

fn entry_path<R: Read>(entry: &tar::Entry<'_, R>) -> String {
    entry
        .path()
        .map(|p| p.to_string_lossy().to_string())
        .unwrap_or_default()
}

/// The manifest's entries by path, once each checked: the format, one database entry of its
/// backend, evidence entries named by their hash, no path outside the archive's layout.
fn check_manifest(manifest: &Manifest) -> Result<BTreeMap<&str, &Entry>, String> {
    if manifest.format != FORMAT {
        return Err(format!(
            "the backup's format is `{}`; this version of cyberindex ({}) reads `{FORMAT}`",
            manifest.format,
            env!("CARGO_PKG_VERSION")
        ));
    }
    let backend = match manifest.backend.as_str() {
        "sqlite" => Backend::Sqlite,
        "postgres" => Backend::Postgres,
        other => return Err(format!("the manifest names an unknown backend `{other}`")),
    };
    let mut by_path = BTreeMap::new();
    for entry in &manifest.entries {
        let fine = if entry.path == backend.entry() {
            true
        } else if let Some(rest) = entry.path.strip_prefix(EVIDENCE_PREFIX) {
            rest.split_once('/').is_some_and(|(prefix, sha)| {
                evidence::is_sha256(sha) && sha.starts_with(prefix) && sha == entry.sha256
            })
        } else {
            false
        };
        if !fine || !evidence::is_sha256(&entry.sha256) {
            return Err(format!(
                "the manifest lists `{}`, which is not an entry of a cyberindex backup",
                entry.path
            ));
        }
        if by_path.insert(entry.path.as_str(), entry).is_some() {
            return Err(format!("the manifest lists `{}` twice", entry.path));
        }
    }
    if !by_path.contains_key(backend.entry()) {
        return Err(format!("the manifest lists no `{}`", backend.entry()));
    }
    Ok(by_path)
}

/// Refuses a target that holds anything, unless `force`; the PostgreSQL server's version.
fn check_target(target: &Target, force: bool) -> anyhow::Result<i64> {
    let mut found = Vec::new();
    let mut version = 0;
    match target.backend {
        Backend::Sqlite => {
            let db = target.db_file.as_ref().expect("a SQLite target has a file");
            if std::fs::metadata(db).is_ok_and(|m| m.len() > 0) {
                found.push(format!("the database {}", db.display()));
            }
        }
        Backend::Postgres => {
            let (tables, server) = runtime()?
                .block_on(Store::probe_postgres(target.url.expose()))
                .map_err(|e| anyhow::anyhow!("cannot reach the database {}: {e}", target.url))?;
            version = server;
            if tables > 0 {
                found.push(format!("the database {} ({tables} tables)", target.url));
            }
        }
    }
    match &target.bucket {
        Some(bucket) => {
            let stored = runtime()?.block_on(bucket.list())?.len();
            if stored > 0 {
                found.push(format!("{stored} evidence files in {bucket}"));
            }
        }
        None => {
            if evidence::any(&target.evidence_dir)? {
                found.push(format!(
                    "evidence files in {}",
                    target.evidence_dir.display()
                ));
            }
        }
    }
    if !found.is_empty() && !force {
        return Err(InputError(format!(
            "error: the target is not empty: it holds {}; restore into a fresh installation, or give --force to replace it (stop its server first); nothing was restored\n",
            found.join(" and ")
        ))
        .into());
    }
    Ok(version)
}

/// Checks a staged SQLite database before it is moved in: its trail verifies to the manifest's
/// head, and every evidence file it refers to was in the archive.
async fn check_staged(
    db: &Path,
    staged_evidence: &Path,
    manifest: &Manifest,
    name: &str,
) -> anyhow::Result<()> {
    let url = format!("sqlite://{}", db.display());
    let store = Store::open(&url).await.map_err(|e| {
        anyhow::anyhow!("{name}: its database does not open ({e}); nothing was restored")
    })?;
    let result = async {
        let pinned = store.pin_snapshot().await?;
        let verified = store.verify_audit().await?;
        Ok::<_, anyhow::Error>((pinned.head.clone(), pinned.evidence.clone(), verified))
    }
    .await;
    store.close().await;
    for side in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{side}", db.display()));
    }
    let (head, referenced, verified) = result?;
    let head = head_text(&head);
    if head != manifest.audit_head {
        return Err(InputError(format!(
            "error: {name}: its database's audit head is {head}, but the manifest says {}; nothing was restored\n",
            manifest.audit_head
        ))
        .into());
    }
    if let Err(problem) = verified {
        return Err(InputError(format!(
            "error: {name}: its database's audit trail does not verify ({problem}); nothing was restored\n"
        ))
        .into());
    }
    let present = evidence::list(staged_evidence)?;
    if let Some(lost) = referenced.iter().find(|sha| !present.contains(*sha)) {
        return Err(InputError(format!(
            "error: {name}: its database refers to the evidence file {lost}, which the archive does not hold; nothing was restored\n"
        ))
        .into());
    }
    Ok(())
}

/// Puts the staged evidence files where the installation keeps them: uploaded into its bucket
/// (each checked against its hash on the way; files already there are kept), or moved into
/// place as a directory.
fn place_evidence(target: &Target, staged: &Path, stage: &Path, force: bool) -> anyhow::Result<()> {
    let Some(bucket) = &target.bucket else {
        return move_in(staged, &target.evidence_dir, stage, force);
    };
    runtime()?.block_on(async {
        for sha in evidence::list(staged)? {
            bucket
                .put_file(&sha, &evidence::path_of(staged, &sha))
                .await
                .with_context(|| format!("cannot upload the evidence file {sha} to {bucket}"))?;
        }
        Ok(())
    })
}

/// Moves the staged evidence directory into place; an existing one (only with `force`) is moved
/// aside into `stage` first and removed with it.
fn move_in(staged: &Path, target: &Path, stage: &Path, force: bool) -> anyhow::Result<()> {
    if target.exists() {
        if !force && evidence::any(target)? {
            anyhow::bail!("{} is not empty", target.display());
        }
        std::fs::rename(target, stage.join("replaced-evidence"))
            .with_context(|| format!("cannot move {} aside", target.display()))?;
    }
    if let Some(parent) = target.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::rename(staged, target)
        .with_context(|| format!("cannot move {} to {}", staged.display(), target.display()))
}
