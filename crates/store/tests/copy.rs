//! `Store::copy_into` on the test run's backend: a copy is all or nothing (a failure while
//! writing leaves the target empty, and a second attempt then succeeds), a table column the copy
//! does not know stops it before anything is written, and a target that holds any row is refused.

use cyberindex_store::*;
use sqlx::Connection;

/// A second connection to a test database, as another program would open it.
async fn execute(url: &str, sql: &'static str) {
    if url.starts_with("sqlite:") {
        let mut c = sqlx::SqliteConnection::connect(url).await.unwrap();
        sqlx::raw_sql(sql).execute(&mut c).await.unwrap();
        c.close().await.unwrap();
    } else {
        let mut c = sqlx::PgConnection::connect(url).await.unwrap();
        sqlx::raw_sql(sql).execute(&mut c).await.unwrap();
        c.close().await.unwrap();
    }
}

async fn with_users(label: &str, n: usize) -> (String, Store) {
    let (url, _dir) = testing::fresh_database(label).await;
    let store = Store::open(&url).await.unwrap();
    for i in 0..n {
        store
            .create_user(&NewUser {
                email: format!("user{i}@example.org"),
                name: format!("User {i}"),
                role: Role::Reviewer,
                country: None,
                observed: Vec::new(),
                team: None,
            })
            .await
            .unwrap();
    }
    (url, store)
}

fn refusal(result: Result<CopyReport, CopyError>) -> Invalid {
    match result {
        Err(CopyError::NotCopied(StoreError::Invalid(m))) => m,
        other => panic!("not refused: {other:?}"),
    }
}

async fn assert_empty(store: &Store) {
    assert!(store.users().await.unwrap().is_empty());
    assert_eq!(
        store.verify_audit().await.unwrap(),
        Ok((0, audit::GENESIS.to_string()))
    );
}

#[tokio::test]
async fn a_copy_that_fails_while_writing_leaves_the_target_empty() {
    let (source_url, source) = with_users("copy_fail_src", 3).await;
    let (target_url, _dir) = testing::fresh_database("copy_fail_dst").await;
    let target = Store::open(&target_url).await.unwrap();
    // The target's database fails once the accounts are written, at the audit trail.
    if target_url.starts_with("sqlite:") {
        execute(
            &target_url,
            "CREATE TRIGGER copy_fails BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'the disk is full'); END;",
        )
        .await;
    } else {
        execute(
            &target_url,
            "CREATE FUNCTION copy_fails() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the disk is full'; END; $$; \
             CREATE TRIGGER copy_fails BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION copy_fails();",
        )
        .await;
    }
    let mut written = Vec::new();
    let failed = source
        .copy_into(&target, |table, rows| {
            written.push((table.to_string(), rows))
        })
        .await;
    assert!(matches!(failed, Err(CopyError::NotCopied(_))), "{failed:?}");
    assert!(written.contains(&("users".to_string(), 3)), "{written:?}");
    assert_empty(&target).await;

    let drop = if target_url.starts_with("sqlite:") {
        "DROP TRIGGER copy_fails"
    } else {
        "DROP TRIGGER copy_fails ON audit_log"
    };
    execute(&target_url, drop).await;
    let report = source.copy_into(&target, |_, _| {}).await.unwrap();
    assert_eq!(report.audit, source.verify_audit().await.unwrap());
    assert_eq!(report.head, source.audit_head().await.unwrap());
    assert_eq!(report.audit.as_ref().unwrap().0, 3);
    assert_eq!(target.users().await.unwrap(), source.users().await.unwrap());
    source.close().await;
    target.close().await;
    testing::drop_database(&source_url);
    testing::drop_database(&target_url);
}

#[tokio::test]
async fn a_column_the_copy_does_not_know_stops_it_before_anything_is_written() {
    let (source_url, source) = with_users("copy_col_src", 1).await;
    execute(&source_url, "ALTER TABLE outbox ADD COLUMN priority TEXT").await;
    let (target_url, _dir) = testing::fresh_database("copy_col_dst").await;
    let target = Store::open(&target_url).await.unwrap();
    let result = source.copy_into(&target, |_, _| {}).await;
    assert!(matches!(refusal(result), Invalid::CopyColumns { .. }));
    assert_empty(&target).await;
    source.close().await;
    target.close().await;
    testing::drop_database(&source_url);
    testing::drop_database(&target_url);
}

#[tokio::test]
async fn a_target_with_any_row_is_refused_and_an_empty_source_copies_to_the_same_head() {
    let (source_url, source) = with_users("copy_full_src", 2).await;
    let (target_url, target) = with_users("copy_full_dst", 1).await;
    let before = target.verify_audit().await.unwrap();
    let result = source.copy_into(&target, |_, _| {}).await;
    assert!(matches!(
        refusal(result),
        Invalid::CopyTargetNotEmpty { .. }
    ));
    assert_eq!(target.users().await.unwrap().len(), 1);
    assert_eq!(target.verify_audit().await.unwrap(), before);

    // Nothing at all copies too: the empty trail verifies the same on both sides.
    let (empty_url, _dir) = testing::fresh_database("copy_empty_src").await;
    let empty = Store::open(&empty_url).await.unwrap();
    let (fresh_url, _dir) = testing::fresh_database("copy_empty_dst").await;
    let fresh = Store::open(&fresh_url).await.unwrap();
    let report = empty.copy_into(&fresh, |_, _| {}).await.unwrap();
    assert!(report.tables.iter().all(|(_, rows)| *rows == 0));
    assert_eq!(report.audit, Ok((0, audit::GENESIS.to_string())));
    for store in [&source, &target, &empty, &fresh] {
        store.close().await;
    }
    for url in [&source_url, &target_url, &empty_url, &fresh_url] {
        testing::drop_database(url);
    }
}
