//! For tests only: a real S3-compatible server, moto in server mode (`pip install
//! 'moto[server]'`), started on a free loopback port and stopped when dropped.
//!
//! When `moto_server` is not installed, [`Moto::start`] prints why and returns `None`, so the
//! test can skip; when `CI` is set it fails instead: CI must run the S3 tests (`.ci/run` installs
//! moto). `MOTO_SERVER` names another executable.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use secrecy::SecretString;

use crate::S3Settings;

/// The credentials the tests use; moto accepts any.
pub const ACCESS_KEY_ID: &str = "cyberindex-test";
pub const SECRET_ACCESS_KEY: &str = "cyberindex-test-secret";

/// A running moto server.
#[derive(Debug)]
pub struct Moto {
    child: Child,
    port: u16,
}

impl Drop for Moto {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Moto {
    /// Starts moto on a free loopback port and waits until it answers. `None` (with the reason
    /// printed) when `moto_server` is not installed and `CI` is not set.
    pub fn start() -> Option<Moto> {
        let program = std::env::var("MOTO_SERVER").unwrap_or_else(|_| "moto_server".into());
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("no free loopback port")
            .port();
        let child = Command::new(&program)
            .args(["-H", "127.0.0.1", "-p", &port.to_string()])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
        let child = match child {
            Ok(child) => child,
            Err(e) => {
                assert!(
                    std::env::var_os("CI").is_none(),
                    "CI must provide moto_server ({program}: {e}): the S3 tests cannot be skipped there"
                );
                eprintln!(
                    "skipped: the S3 tests need moto_server ({program}: {e}); install it with pip install 'moto[server]'"
                );
                return None;
            }
        };
        let moto = Moto { child, port };
        let started = Instant::now();
        while moto.request("GET", "/", b"").is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "moto_server did not answer on port {port} within 60 seconds"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        Some(moto)
    }

    /// The server's address, such as `http://127.0.0.1:41234`.
    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Settings that reach this server.
    pub fn settings(&self) -> S3Settings {
        S3Settings {
            endpoint: Some(self.endpoint()),
            region: Some("us-east-1".into()),
            access_key_id: Some(ACCESS_KEY_ID.into()),
            secret_access_key: Some(SecretString::from(SECRET_ACCESS_KEY)),
            session_token: None,
            allow_http: true,
        }
    }

    /// The standard `AWS_*` variables that reach this server, for a child process.
    pub fn env(&self) -> Vec<(&'static str, String)> {
        vec![
            ("AWS_ENDPOINT", self.endpoint()),
            ("AWS_REGION", "us-east-1".into()),
            ("AWS_ACCESS_KEY_ID", ACCESS_KEY_ID.into()),
            ("AWS_SECRET_ACCESS_KEY", SECRET_ACCESS_KEY.into()),
            ("AWS_ALLOW_HTTP", "true".into()),
        ]
    }

    /// Creates a bucket.
    pub fn create_bucket(&self, bucket: &str) {
        let status = self.request("PUT", &format!("/{bucket}"), b"").unwrap();
        assert_eq!(status, 200, "creating bucket {bucket}");
    }

    /// Writes an object as it is, bypassing every check (to damage a stored file).
    pub fn put_raw(&self, bucket: &str, key: &str, content: &[u8]) {
        let status = self
            .request("PUT", &format!("/{bucket}/{key}"), content)
            .unwrap();
        assert_eq!(status, 200, "writing {bucket}/{key}");
    }

    /// One plain HTTP/1.1 request; the response's status.
    fn request(&self, method: &str, path: &str, body: &[u8]) -> std::io::Result<u16> {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port))?;
        stream.set_read_timeout(Some(Duration::from_secs(30)))?;
        write!(
            stream,
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            self.port,
            body.len()
        )?;
        stream.write_all(body)?;
        let mut response = Vec::new();
        stream.read_to_end(&mut response)?;
        let text = String::from_utf8_lossy(&response);
        text.split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| std::io::Error::other(format!("no HTTP status in {text:.80}")))
    }
}
