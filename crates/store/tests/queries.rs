//! The list reads run a fixed number of statements, however many rows they return: `users()`,
//! `editions()` and `session()` read their child rows (observed countries, edition countries) in
//! one more query, not one per row. Statements are counted from sqlx's own statement log
//! (`sqlx::query` events), captured by a global subscriber; this file holds one test, so nothing
//! else runs statements while it counts.

use cyberindex_store::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use tracing::field::{Field, Visit};
use tracing::{Event, Subscriber};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};

static STATEMENTS: AtomicUsize = AtomicUsize::new(0);

/// The `summary` field of a statement event: the statement's first words.
#[derive(Default)]
struct Summary(String);

impl Visit for Summary {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "summary" {
            self.0 = format!("{value:?}");
        }
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        if field.name() == "summary" {
            self.0 = value.to_string();
        }
    }
}

/// Counts every statement sqlx logs, except the `PRAGMA`s a new pool connection runs to set
/// itself up (the pool opens one whenever it likes, which is not the read's doing).
struct Count;

impl<S: Subscriber> Layer<S> for Count {
    fn on_event(&self, event: &Event<'_>, _: Context<'_, S>) {
        if event.metadata().target() == "sqlx::query" {
            let mut summary = Summary::default();
            event.record(&mut summary);
            if !summary.0.starts_with("PRAGMA") {
                STATEMENTS.fetch_add(1, Ordering::SeqCst);
            }
        }
    }
}

/// How many statements `work` ran.
async fn statements<T>(work: impl std::future::Future<Output = T>) -> (T, usize) {
    let before = STATEMENTS.load(Ordering::SeqCst);
    let out = work.await;
    (out, STATEMENTS.load(Ordering::SeqCst) - before)
}

async fn add_users(store: &Store, from: usize, to: usize) {
    for i in from..to {
        let observer = i % 2 == 0;
        store
            .create_user(&NewUser {
                email: format!("user{i:03}@example.org"),
                name: format!("User {i}"),
                role: if observer {
                    Role::Observer
                } else {
                    Role::Admin
                },
                country: None,
                observed: if observer {
                    vec![format!("C{i:02}"), "KEN".into(), "AAA".into()]
                } else {
                    Vec::new()
                },
                team: None,
            })
            .await
            .unwrap();
    }
}

async fn add_editions(store: &Store, from: usize, to: usize) {
    for i in from..to {
        store
            .create_edition(
                &NewEdition {
                    id: format!("e{i:03}"),
                    name: format!("Edition {i}"),
                    names: Default::default(),
                    framework_id: "f".into(),
                    framework_version: "1".into(),
                    framework_source: "source".into(),
                    opens_on: "2026-01-01".into(),
                    deadline: "2099-12-31".into(),
                    countries: vec!["KEN".into(), format!("C{i:02}"), "FRA".into()],
                },
                None,
            )
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn list_reads_run_the_same_number_of_statements_for_few_and_many_rows() {
    tracing::subscriber::set_global_default(
        tracing_subscriber::registry().with(
            Count.with_filter(
                tracing_subscriber::filter::Targets::new()
                    .with_target("sqlx::query", tracing::Level::TRACE),
            ),
        ),
    )
    .unwrap();
    let (url, _dir) = cyberindex_store::testing::fresh_database("queries").await;
    let store = Store::open(&url).await.unwrap();

    add_users(&store, 0, 2).await;
    add_editions(&store, 0, 2).await;
    let observer = store
        .user_by_email("user000@example.org")
        .await
        .unwrap()
        .unwrap();
    store
        .create_session("hash", observer.id, i64::MAX, false)
        .await
        .unwrap();
    let (few_users, users_few) = statements(store.users()).await;
    let (few_editions, editions_few) = statements(store.editions()).await;
    let (session, session_statements) = statements(store.session("hash")).await;
    let (missing, missing_statements) = statements(store.session("nope")).await;

    add_users(&store, 2, 40).await;
    add_editions(&store, 2, 40).await;
    let (many_users, users_many) = statements(store.users()).await;
    let (many_editions, editions_many) = statements(store.editions()).await;
    let (few_users, many_users) = (few_users.unwrap(), many_users.unwrap());
    let (few_editions, many_editions) = (few_editions.unwrap(), many_editions.unwrap());
    assert_eq!((few_users.len(), many_users.len()), (2, 40));
    assert_eq!((few_editions.len(), many_editions.len()), (2, 40));

    // The statement log works: each read ran at least one statement.
    assert!(users_few >= 1 && editions_few >= 1 && session_statements >= 1);
    assert_eq!(users_many, users_few, "users(): statements grow with rows");
    assert_eq!(
        editions_many, editions_few,
        "editions(): statements grow with rows"
    );
    assert!(users_many <= 2, "users() ran {users_many} statements");
    assert!(
        editions_many <= 2,
        "editions() ran {editions_many} statements"
    );
    assert!(
        session_statements <= 2,
        "session() ran {session_statements} statements"
    );
    assert!(missing_statements <= 2);
    assert_eq!(missing.unwrap(), None);

    // The results are what they were: ordered rows, each with its children in order.
    let (user, pending) = session.unwrap().unwrap();
    assert!(!pending);
    assert_eq!(user, observer);
    assert_eq!(user.observed, ["AAA", "C00", "KEN"]);
    for u in &many_users {
        let alone = store.user(u.id).await.unwrap();
        assert_eq!(u, &alone);
        let by_email = store.user_by_email(&u.email).await.unwrap().unwrap();
        assert_eq!(u, &by_email);
    }
    let keys: Vec<_> = many_users
        .iter()
        .map(|u| (u.role.as_str(), u.country.clone(), u.email.clone()))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    assert!(many_users.iter().any(|u| u.observed.len() == 3));
    for e in &many_editions {
        assert_eq!(e, &store.edition(&e.id).await.unwrap());
        let mut countries = e.countries.clone();
        countries.sort();
        assert_eq!(e.countries, countries);
        assert_eq!(e.countries.len(), 3);
    }
    assert_eq!(many_editions[0].id, "e039");
}
