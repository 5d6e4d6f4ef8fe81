//! `cyberindex config check` against real folders, a real database, a closed SMTP port and
//! broken configurations: each case's whole output is a snapshot (temporary paths, the SQLite
//! version and ports replaced), with the exit status. Every problem names its key, and no secret
//! is printed.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A fresh folder for one case.
fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "cyberindex-config-check-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A port nothing listens on (bound, then released).
fn closed_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Runs `cyberindex ARGS` in `dir` with the configuration `toml` (when given) and `env`;
/// returns the exit status and both outputs, with `dir` written as `DIR`, the SQLite version as
/// `X.Y.Z` and the given port as `PORT`.
fn run(dir: &Path, args: &[&str], toml: Option<&str>, env: &[(&str, &str)], port: u16) -> String {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cyberindex"));
    command.args(args).current_dir(dir);
    for (key, _) in std::env::vars() {
        if key.starts_with("CYBERINDEX_") {
            command.env_remove(key);
        }
    }
    if let Some(toml) = toml {
        std::fs::write(dir.join("cyberindex.toml"), toml).unwrap();
        command.args(["--config", "cyberindex.toml"]);
    }
    command
        .env("CYBERINDEX_LISTEN", "127.0.0.1:0")
        .env(
            "CYBERINDEX_FRAMEWORKS",
            root().join("frameworks").canonicalize().unwrap(),
        )
        .envs(env.iter().copied());
    let out = command.output().unwrap();
    let text = format!(
        "status: {}\n--- stdout\n{}--- stderr\n{}",
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let frameworks = root().join("frameworks").canonicalize().unwrap();
    let sqlite = regex_lite_sqlite(&text);
    text.replace(&dir.display().to_string(), "DIR")
        .replace(&frameworks.display().to_string(), "FRAMEWORKS")
        .replace(&sqlite, "SQLite X.Y.Z")
        .replace(&format!(":{port}"), ":PORT")
}

/// The `SQLite 3.…` version string in `text`, if any (it changes with the bundled library).
fn regex_lite_sqlite(text: &str) -> String {
    let Some(start) = text.find("SQLite 3.") else {
        return "\u{0}".into();
    };
    let end = text[start + 7..]
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .map_or(text.len(), |e| start + 7 + e);
    text[start..end].to_string()
}

#[test]
fn a_new_installation_passes_with_warnings_and_then_sees_its_migrations() {
    let dir = folder("new");
    let check = || run(&dir, &["config", "check", "--data", "data"], None, &[], 0);
    insta::assert_snapshot!("new", check());
    // The first start (here: any installation command) creates and migrates the database.
    let out = Command::new(env!("CARGO_BIN_EXE_cyberindex"))
        .args(["edition", "list", "--data", "data"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    insta::assert_snapshot!("migrated", check());
}

#[test]
fn every_problem_names_its_key() {
    let dir = folder("problems");
    std::fs::create_dir_all(dir.join("frameworks")).unwrap();
    std::fs::write(dir.join("frameworks/broken.toml"), "id = [").unwrap();
    // A programme's own crosswalk naming a question the index does not have, and an answer
    // that is not one of the question's.
    std::fs::create_dir_all(dir.join("frameworks/crosswalks")).unwrap();
    std::fs::write(
        dir.join("frameworks/crosswalks/cirt-maturity-to-gca.toml"),
        "from = \"cirt-maturity\"\nto = \"gca-national-index\"\n\n[[map]]\nquestion = \"TEC9.9\"\nanswers = [{ value = \"in-place\" }]\n\n[[map]]\nquestion = \"TEC1a.1\"\nanswers = [{ value = \"maybe\", min = { \"O-99\" = 2 } }]\n",
    )
    .unwrap();
    let port = closed_port();
    let toml = format!(
        r#"data = "data"
public_url = "index.example.org"
frameworks = "frameworks"

[smtp]
host = "127.0.0.1"
port = {port}
security = "none"
from = "cyberindex <no-reply@example.org>"
"#
    );
    let out = run(
        &dir,
        &["config", "check"],
        Some(&toml),
        &[("CYBERINDEX_FRAMEWORKS", "frameworks")],
        port,
    );
    insta::assert_snapshot!("problems", out);
}

#[test]
fn a_database_that_does_not_answer_fails_without_showing_its_password() {
    let dir = folder("db");
    let out = run(
        &dir,
        &[
            "config",
            "check",
            "--data",
            "data",
            "--db",
            "postgres://cyberindex:hunter2secret@localhost/cyberindex?host=/nonexistent-socket-dir",
        ],
        None,
        &[],
        0,
    );
    assert!(!out.contains("hunter2secret"), "{out}");
    assert!(
        out.contains("postgres://cyberindex:****@localhost"),
        "{out}"
    );
    assert!(out.contains("FAIL  db"), "{out}");
    assert!(out.starts_with("status: 1"), "{out}");
}

#[test]
fn a_configuration_that_does_not_read_names_the_key() {
    let dir = folder("unreadable");
    for (toml, key) in [
        ("max_upload_bytes = \"lots\"\n", "max_upload_bytes"),
        ("lissten = \"127.0.0.1:8080\"\n", "lissten"),
        ("session_days = -1\n", "session_days"),
    ] {
        let out = run(&dir, &["config", "check"], Some(toml), &[], 0);
        assert!(out.starts_with("status: 1"), "{toml}: {out}");
        let stderr = out.split("--- stderr\n").nth(1).unwrap();
        assert!(stderr.contains(key), "{toml}: {stderr}");
    }
}

/// The secrets documented as files (`CYBERINDEX_SMTP__PASSWORD_FILE`,
/// `CYBERINDEX_EVIDENCE_S3__SECRET_ACCESS_KEY_FILE`) are read from their files, not taken for
/// unknown keys, and never printed.
#[test]
fn secrets_come_from_files_and_are_never_printed() {
    let dir = folder("secret-files");
    std::fs::write(dir.join("smtp-password"), "smtp-hunter2\n").unwrap();
    std::fs::write(dir.join("s3-secret"), "s3-hunter2\n").unwrap();
    let port = closed_port();
    let toml = format!(
        "evidence_store = \"s3://evidence/inst\"\n\
         [evidence_s3]\nendpoint = \"http://127.0.0.1:{port}\"\nregion = \"us-east-1\"\naccess_key_id = \"key\"\nallow_http = true\n\
         [smtp]\nhost = \"127.0.0.1\"\nport = {port}\nsecurity = \"none\"\nfrom = \"index@example.org\"\nusername = \"index\"\n"
    );
    let smtp = dir.join("smtp-password");
    let s3 = dir.join("s3-secret");
    let out = run(
        &dir,
        &["config", "check", "--data", "data"],
        Some(&toml),
        &[
            ("CYBERINDEX_SMTP__PASSWORD_FILE", smtp.to_str().unwrap()),
            (
                "CYBERINDEX_EVIDENCE_S3__SECRET_ACCESS_KEY_FILE",
                s3.to_str().unwrap(),
            ),
        ],
        port,
    );
    assert!(!out.contains("hunter2"), "{out}");
    assert!(!out.contains("unknown field"), "{out}");
    assert!(out.contains("FAIL  smtp"), "{out}");
    assert!(
        out.contains("FAIL  evidence_store  s3://evidence/inst"),
        "{out}"
    );
    // A secret file that cannot be read names its variable.
    let out = run(
        &dir,
        &["config", "check", "--data", "data"],
        Some(&toml),
        &[(
            "CYBERINDEX_EVIDENCE_S3__SECRET_ACCESS_KEY_FILE",
            "/nonexistent/secret",
        )],
        port,
    );
    assert!(
        out.contains("cannot read CYBERINDEX_EVIDENCE_S3__SECRET_ACCESS_KEY_FILE"),
        "{out}"
    );
}
