//! Only a taken address is reported as a duplicate account, whatever its case, and on PostgreSQL
//! an id sequence left behind its table (a restore gone wrong) is a failure of its own, never
//! "this account already exists".

use cyberindex_store::{Duplicate, NewUser, Role, Store, StoreError, testing};

fn user(email: &str) -> NewUser {
    NewUser {
        email: email.into(),
        name: "Someone".into(),
        role: Role::Reviewer,
        country: None,
        observed: Vec::new(),
        team: None,
    }
}

#[tokio::test]
async fn a_taken_address_in_any_case_is_a_duplicate_and_nothing_else_is() {
    let (url, _dir) = testing::fresh_database("accounts_duplicate").await;
    let store = Store::open(&url).await.unwrap();
    store.create_user(&user("Ana@Example.org")).await.unwrap();
    let again = store.create_user(&user("ana@example.ORG")).await;
    assert!(
        matches!(
            &again,
            Err(StoreError::Duplicate(Duplicate::Account { email })) if email == "ana@example.ORG"
        ),
        "{again:?}"
    );
    if testing::on_postgres() {
        // The id sequence falls behind the table: the next insert clashes on the primary key.
        let mut conn = <sqlx::PgConnection as sqlx::Connection>::connect(&url)
            .await
            .unwrap();
        sqlx::query("SELECT setval(pg_get_serial_sequence('users', 'id'), 1, false)")
            .execute(&mut conn)
            .await
            .unwrap();
        let clash = store.create_user(&user("ben@example.org")).await;
        assert!(
            matches!(&clash, Err(StoreError::Database(_))),
            "a primary-key clash was reported as {clash:?}"
        );
    }
    // Nothing half-done: one account, one audit entry for it.
    assert_eq!(store.users().await.unwrap().len(), 1);
    assert_eq!(store.verify_audit().await.unwrap().unwrap().0, 1);
    store.close().await;
    testing::drop_database(&url);
}
