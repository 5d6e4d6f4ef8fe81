//! For tests only: a fresh, empty database on the backend the test run chose.
//!
//! With `TEST_POSTGRES_URL` set to a PostgreSQL URL (such as
//! `postgres://postgres@/postgres?host=/tmp/pg`), each call creates a new database on that server
//! and returns its URL; otherwise it returns a SQLite file in a new temporary folder. `.ci/run`
//! runs the whole suite once each way.

use std::sync::atomic::{AtomicUsize, Ordering};

use sqlx::Connection;

/// The environment variable that switches the test suites to PostgreSQL.
pub const POSTGRES_VAR: &str = "TEST_POSTGRES_URL";

/// Whether the tests run on PostgreSQL.
pub fn on_postgres() -> bool {
    std::env::var_os(POSTGRES_VAR).is_some_and(|v| !v.is_empty())
}

/// The URL of a new, empty database, and the folder the test may use for files (evidence,
/// exports). `label` names the folder (and the database) so a failing test's leftovers say whose
/// they are.
pub async fn fresh_database(label: &str) -> (String, std::path::PathBuf) {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::SeqCst);
    let pid = std::process::id();
    let clean: String = label
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .take(30)
        .collect();
    let dir = std::env::temp_dir().join(format!("cyberindex-{clean}-{pid}-{n}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("cannot create a temporary folder");
    match std::env::var(POSTGRES_VAR) {
        Ok(base) if !base.is_empty() => {
            let name = format!("t_{clean}_{pid}_{n}");
            let mut admin = sqlx::PgConnection::connect(&base)
                .await
                .unwrap_or_else(|e| panic!("cannot connect to {POSTGRES_VAR}: {e}"));
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "DROP DATABASE IF EXISTS {name}"
            )))
            .execute(&mut admin)
            .await
            .expect("cannot drop an old test database");
            sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                .execute(&mut admin)
                .await
                .expect("cannot create a test database");
            let _ = admin.close().await;
            (with_database(&base, &name), dir)
        }
        _ => (format!("sqlite://{}", dir.join("test.db").display()), dir),
    }
}

/// Drops a database made by [`fresh_database`], ending the connections still open to it (the
/// test's server and background tasks), so a long suite neither runs out of connections nor
/// fills the disk. Blocking, so a `Drop` may call it; does nothing for SQLite.
pub fn drop_database(url: &str) {
    let Ok(base) = std::env::var(POSTGRES_VAR) else {
        return;
    };
    if !url.starts_with("postgres") {
        return;
    }
    let Some(name) = url
        .split('?')
        .next()
        .and_then(|u| u.rsplit('/').next())
        .filter(|n| n.starts_with("t_"))
        .map(str::to_string)
    else {
        return;
    };
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime to drop the test database");
        runtime.block_on(async {
            if let Ok(mut admin) = sqlx::PgConnection::connect(&base).await {
                let _ = sqlx::query(sqlx::AssertSqlSafe(format!(
                    "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                )))
                .execute(&mut admin)
                .await;
                let _ = admin.close().await;
            }
        });
    })
    .join()
    .expect("dropping the test database");
}

/// `url` with its database name replaced by `name`.
fn with_database(url: &str, name: &str) -> String {
    let (main, query) = match url.split_once('?') {
        Some((m, q)) => (m, Some(q)),
        None => (url, None),
    };
    let scheme_end = main.find("://").map_or(0, |i| i + 3);
    let base = match main[scheme_end..].find('/') {
        Some(i) => &main[..scheme_end + i],
        None => main,
    };
    match query {
        Some(q) => format!("{base}/{name}?{q}"),
        None => format!("{base}/{name}"),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_database_name_is_replaced() {
        for (url, want) in [
            (
                "postgres://u@/postgres?host=/tmp/pg",
                "postgres://u@/t1?host=/tmp/pg",
            ),
            ("postgres://u:p@db:5432/x", "postgres://u:p@db:5432/t1"),
            ("postgres://db", "postgres://db/t1"),
        ] {
            assert_eq!(super::with_database(url, "t1"), want);
        }
    }
}
