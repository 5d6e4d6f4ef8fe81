//! The installation commands, end to end: create an edition, invite a user, create a token, run
//! the server, use the token over HTTP while another command writes to the same database, and
//! stop the server gracefully.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cyberindex"))
        .args(args)
        .current_dir(root())
        .env_remove("CYBERINDEX_DATA")
        .output()
        .unwrap()
}

fn ok(output: &Output) -> String {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn http_get(port: u16, path: &str, token: &str) -> String {
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\nConnection: close\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    response
}

#[test]
fn an_installation_is_set_up_from_the_command_line_and_served() {
    let data = std::env::temp_dir().join(format!("cyberindex-install-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    let d = data.to_str().unwrap();

    let created = ok(&run(&[
        "edition",
        "create",
        "--data",
        d,
        "--id",
        "2026",
        "--name",
        "Index 2026",
        "-f",
        "frameworks/gca-national-index.toml",
        "--opens",
        "2026-01-01",
        "--deadline",
        "2026-06-30",
        "--countries",
        "KEN,FRA",
    ]));
    assert!(
        created.contains("Created edition 2026 (Index 2026) with 2 countries"),
        "{created}"
    );
    // Bad input is refused with every problem listed, and nothing is created.
    let bad = run(&[
        "edition",
        "create",
        "--data",
        d,
        "--id",
        "Bad Id",
        "--name",
        "",
        "-f",
        "crates/framework/tests/check/weight-zero.toml",
        "--opens",
        "2026-13-01",
        "--deadline",
        "2026-06-30",
        "--countries",
        "XXX",
    ]);
    assert_eq!(bad.status.code(), Some(1));
    let stderr = String::from_utf8(bad.stderr).unwrap();
    for expected in [
        "Edition id",
        "Name",
        "Opening date",
        "“XXX” is not an ISO 3166-1",
        "weight-zero.toml:27:10: error",
    ] {
        assert!(stderr.contains(expected), "missing {expected}: {stderr}");
    }
    assert_eq!(
        ok(&run(&["edition", "list", "--data", d])).lines().count(),
        1
    );

    let invited = ok(&run(&[
        "user",
        "add",
        "--data",
        d,
        "--email",
        "fp@example.org",
        "--role",
        "focal-point",
        "--country",
        "KEN",
    ]));
    assert!(
        invited.contains("Invitation link (works once): http://127.0.0.1:8080/invitation/"),
        "{invited}"
    );
    let no_country = run(&[
        "user",
        "add",
        "--data",
        d,
        "--email",
        "c@example.org",
        "--role",
        "contributor",
    ]);
    assert_eq!(no_country.status.code(), Some(1));
    assert!(
        String::from_utf8(no_country.stderr)
            .unwrap()
            .contains("A contributor needs a country")
    );
    let token = ok(&run(&[
        "token",
        "create",
        "--data",
        d,
        "--email",
        "fp@example.org",
    ]))
    .trim()
    .to_string();
    assert!(token.starts_with("cyx_"));

    // Serve on a free port.
    let mut server = Command::new(env!("CARGO_BIN_EXE_cyberindex"))
        .args(["serve", "--data", d, "--listen", "127.0.0.1:0"])
        .current_dir(root())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(server.stdout.take().unwrap()).lines();
    let line = lines
        .by_ref()
        .map(Result::unwrap)
        .find(|l| l.starts_with("cyberindex is listening on"))
        .unwrap();
    let port: u16 = line
        .split("127.0.0.1:")
        .nth(1)
        .unwrap()
        .split([' ', ')'])
        .next()
        .unwrap()
        .parse()
        .unwrap();

    let editions = http_get(port, "/api/v1/editions", &token);
    assert!(editions.starts_with("HTTP/1.1 200"), "{editions}");
    assert!(
        editions.contains("\"countries\":[\"KEN\"]"),
        "a focal point sees only its country: {editions}"
    );
    assert!(
        http_get(port, "/api/v1/editions/2026/responses/FRA", &token).starts_with("HTTP/1.1 404")
    );

    // Commands work while the server runs.
    ok(&run(&[
        "user",
        "add",
        "--data",
        d,
        "--email",
        "rev@example.org",
        "--role",
        "reviewer",
    ]));

    // Graceful shutdown on SIGTERM.
    assert!(
        Command::new("kill")
            .args(["-TERM", &server.id().to_string()])
            .status()
            .unwrap()
            .success()
    );
    let rest: Vec<String> = lines.map(Result::unwrap).collect();
    let status = server.wait().unwrap();
    assert!(status.success(), "{status:?}");
    assert!(rest.iter().any(|l| l == "cyberindex stopped"), "{rest:?}");
    let _ = std::fs::remove_dir_all(&data);
}
