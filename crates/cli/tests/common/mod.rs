//! What the backup and crash tests share: an installation on the database the run chose, its
//! edition and focal points made through the binary, `cyberindex serve` on a free port, and
//! clients that autosave answers and upload evidence until told to stop, recording what the
//! server acknowledged.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use cyberindex_store::testing::{drop_database, fresh_database, on_postgres};

pub const EDITION: &str = "2026";
pub const COUNTRIES: [&str; 6] = ["KEN", "FRA", "BRA", "IND", "JPN", "GHA"];

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn cyberindex(args: &[String]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_cyberindex"))
        .args(args)
        .current_dir(root())
        .env_remove("CYBERINDEX_DATA")
        .env_remove("CYBERINDEX_DB")
        .env_remove("CYBERINDEX_CONFIG")
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).to_string(),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

pub fn ok(args: &[String]) -> String {
    let (success, stdout, stderr) = cyberindex(args);
    assert!(success, "cyberindex {args:?} failed:\n{stdout}{stderr}");
    stdout
}

pub fn strings(args: &[&str]) -> Vec<String> {
    args.iter().map(|s| s.to_string()).collect()
}

/// An installation: its database URL and data directory, as the command line names them.
#[derive(Debug, Clone)]
pub struct Install {
    pub url: String,
    pub dir: PathBuf,
}

impl Install {
    pub async fn fresh(label: &str) -> Self {
        let (url, dir) = fresh_database(label).await;
        let url = if on_postgres() {
            url
        } else {
            format!(
                "sqlite://{}",
                dir.join("data").join("cyberindex.db").display()
            )
        };
        Self { url, dir }
    }
    pub fn data(&self) -> PathBuf {
        self.dir.join("data")
    }
    /// `--data DIR` on SQLite; `--db URL --data DIR` on PostgreSQL.
    pub fn args(&self) -> Vec<String> {
        let mut args = vec!["--data".to_string(), self.data().display().to_string()];
        if self.url.starts_with("postgres") {
            args.extend(["--db".to_string(), self.url.clone()]);
        }
        args
    }
    pub fn with(&self, before: &[&str]) -> Vec<String> {
        let mut args = strings(before);
        args.extend(self.args());
        args
    }
    pub fn evidence(&self) -> PathBuf {
        self.data().join("evidence")
    }
}

impl Drop for Install {
    fn drop(&mut self) {
        drop_database(&self.url);
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

/// An edition for [`COUNTRIES`] and one focal point per country with an API token.
pub fn set_up(install: &Install) -> Vec<(String, String)> {
    ok(&install.with(&[
        "edition",
        "create",
        "--id",
        EDITION,
        "--name",
        "Index 2026",
        "-f",
        "frameworks/gca-national-index.toml",
        "--opens",
        "2026-01-01",
        "--deadline",
        "2099-12-31",
        "--countries",
        &COUNTRIES.join(","),
    ]));
    COUNTRIES
        .iter()
        .map(|country| {
            let email = format!("fp-{}@example.org", country.to_lowercase());
            ok(&install.with(&[
                "user",
                "add",
                "--email",
                &email,
                "--role",
                "focal-point",
                "--country",
                country,
            ]));
            let token = ok(&install.with(&["token", "create", "--email", &email]))
                .trim()
                .to_string();
            (country.to_string(), token)
        })
        .collect()
}

/// `cyberindex serve` on a free port; the server and its address.
pub fn serve(install: &Install) -> (Child, String) {
    let mut args = install.with(&["serve", "--listen", "127.0.0.1:0"]);
    args.extend(strings(&["--public-url", "http://127.0.0.1"]));
    let mut server = Command::new(env!("CARGO_BIN_EXE_cyberindex"))
        .args(&args)
        .current_dir(root())
        .env_remove("CYBERINDEX_DATA")
        .env_remove("CYBERINDEX_DB")
        .stdout(Stdio::piped())
        .stderr(
            std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(install.dir.join("serve.log"))
                .unwrap(),
        )
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(server.stdout.take().unwrap()).lines();
    let line = lines
        .by_ref()
        .map(Result::unwrap)
        .find(|l| l.starts_with("cyberindex is listening on"))
        .expect("the server did not start");
    // Keep reading, so the server never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    let port = line
        .split("127.0.0.1:")
        .nth(1)
        .unwrap()
        .split([' ', ')'])
        .next()
        .unwrap()
        .to_string();
    (server, format!("http://127.0.0.1:{port}"))
}

/// One save a client sent, and what became of it.
#[derive(Debug, Clone)]
pub struct Save {
    pub country: String,
    pub question: String,
    pub comment: String,
    pub value: String,
    /// The version the server gave it (on 200).
    pub version: i64,
    pub acknowledged: Instant,
}

/// What the clients did: acknowledged saves, evidence uploads acknowledged (SHA-256 and when),
/// and any answer that was neither a success nor an expected refusal.
#[derive(Debug, Default)]
pub struct Load {
    pub saves: Vec<Save>,
    pub uploads: Vec<(String, Instant)>,
    pub unexpected: Vec<String>,
    /// Every save sent, acknowledged or not: its comment (unique) and value.
    pub sent: BTreeMap<String, String>,
    /// Requests that got no answer (the connection failed or was cut).
    pub failed: Vec<String>,
}

/// Clients that autosave answers (and now and then upload evidence) until `stop` is set.
pub async fn clients(
    label: &'static str,
    base: String,
    tokens: Vec<(String, String)>,
    questions: Arc<Vec<String>>,
    stop: Arc<AtomicBool>,
    acknowledged: Arc<AtomicUsize>,
) -> Load {
    // One TLS crypto provider for the process, as the server installs one.
    let _ = rustls::crypto::ring::default_provider().install_default();
    // A bounded wait per request: a request in flight when the server is killed must end, or
    // the clients would never see `stop`.
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    let mut tasks = Vec::new();
    for (n, (country, token)) in tokens.into_iter().enumerate() {
        let (client, base, questions, stop, acknowledged) = (
            client.clone(),
            base.clone(),
            questions.clone(),
            stop.clone(),
            acknowledged.clone(),
        );
        tasks.push(tokio::spawn(async move {
            let mut load = Load::default();
            let mut versions: BTreeMap<String, i64> = BTreeMap::new();
            let mut i = 0usize;
            while !stop.load(Ordering::SeqCst) {
                i += 1;
                if i % 15 == 1 {
                    let content = format!("%PDF-1.7\nclient {n} upload {i}\n").into_bytes();
                    let sha = cyberindex_store::sha256_hex(&content);
                    let form = reqwest::multipart::Form::new()
                        .text("title", format!("Document {i}"))
                        .text("language", "en")
                        .part(
                            "file",
                            reqwest::multipart::Part::bytes(content).file_name("law.pdf"),
                        );
                    let r = client
                        .post(format!(
                            "{base}/api/v1/editions/{EDITION}/responses/{country}/answers/{}/evidence",
                            questions[0]
                        ))
                        .bearer_auth(&token)
                        .multipart(form)
                        .send()
                        .await;
                    match r.map(|r| r.status().as_u16()) {
                        Ok(201) => load.uploads.push((sha, Instant::now())),
                        Ok(other) => load.unexpected.push(format!("upload: {other}")),
                        Err(e) => load.failed.push(format!("upload: {e}")),
                    }
                }
                // Five answers per client: a restarted client learns their versions quickly.
                let question = &questions[((i % 5) * 3 + n) % questions.len()];
                let version = versions.get(question).copied().unwrap_or(0);
                let value = ["in-place", "partial", "not-in-place"][i % 3];
                let comment = format!("client {n} {label} save {i}");
                load.sent.insert(comment.clone(), value.to_string());
                let r = client
                    .put(format!(
                        "{base}/api/v1/editions/{EDITION}/responses/{country}/answers/{question}"
                    ))
                    .bearer_auth(&token)
                    .json(&serde_json::json!({"value": value, "comment": comment, "version": version}))
                    .send()
                    .await;
                let r = match r {
                    Ok(r) => r,
                    Err(e) => {
                        load.failed.push(format!("save: {e:?}"));
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                let status = r.status().as_u16();
                let body: serde_json::Value = match r.json().await {
                    Ok(body) => body,
                    Err(e) => {
                        load.failed.push(format!("save: {e}"));
                        continue;
                    }
                };
                match status {
                    200 => {
                        let version = body["version"].as_i64().unwrap();
                        acknowledged.fetch_add(1, Ordering::SeqCst);
                        versions.insert(question.clone(), version);
                        load.saves.push(Save {
                            country: country.clone(),
                            question: question.clone(),
                            comment,
                            value: value.to_string(),
                            version,
                            acknowledged: Instant::now(),
                        });
                    }
                    409 => {
                        versions.insert(
                            question.clone(),
                            body["error"]["current"]["version"].as_i64().unwrap_or(0),
                        );
                        // Saved again at once from the version now known, as a person would.
                        continue;
                    }
                    429 => tokio::time::sleep(Duration::from_millis(500)).await,
                    other => load.unexpected.push(format!("save: {other} {body}")),
                }
                tokio::time::sleep(Duration::from_millis(15)).await;
            }
            load
        }));
    }
    let mut all = Load::default();
    for task in tasks {
        let load = task.await.unwrap();
        all.saves.extend(load.saves);
        all.uploads.extend(load.uploads);
        all.unexpected.extend(load.unexpected);
        all.sent.extend(load.sent);
        all.failed.extend(load.failed);
    }
    all
}

/// The three-state questions without a relevance rule: any of them takes `in-place`.
pub fn questions() -> Vec<String> {
    let source =
        std::fs::read_to_string(root().join("frameworks/gca-national-index.toml")).unwrap();
    cyberindex_framework::read(&source)
        .unwrap()
        .questions
        .iter()
        .filter(|q| q.kind == cyberindex_engine::QuestionType::ThreeState && q.rule.is_none())
        .map(|q| q.id.clone())
        .collect()
}

/// Waits until the clients have had `n` saves acknowledged (at most a minute).
pub fn wait_for(acknowledged: &AtomicUsize, n: usize) {
    let started = Instant::now();
    while acknowledged.load(Ordering::SeqCst) < n {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "only {} saves in a minute",
            acknowledged.load(Ordering::SeqCst)
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}
