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

/// Team staff belong to one directory team that exists; no other role names a team. The rule
/// holds on creation and on every change, and the database itself refuses a mismatch.
#[tokio::test]
async fn team_staff_need_a_team_that_exists_and_others_have_none() {
    use cyberindex_store::{Invalid, TeamSave, UserChange};
    let (url, _dir) = testing::fresh_database("accounts_team_staff").await;
    let store = Store::open(&url).await.unwrap();
    let staff = |team: Option<&str>| NewUser {
        role: Role::TeamStaff,
        team: team.map(str::to_string),
        ..user("staff@example.org")
    };
    let refused = store.create_user(&staff(None)).await;
    assert!(
        matches!(
            refused,
            Err(StoreError::Invalid(Invalid::RoleNeedsTeam {
                role: Role::TeamStaff
            }))
        ),
        "{refused:?}"
    );
    let refused = store.create_user(&staff(Some("ke-cirt"))).await;
    assert!(
        matches!(&refused, Err(StoreError::Invalid(Invalid::UnknownTeam { team })) if team == "ke-cirt"),
        "{refused:?}"
    );
    let refused = store
        .create_user(&NewUser {
            team: Some("ke-cirt".into()),
            ..user("reviewer@example.org")
        })
        .await;
    assert!(
        matches!(
            refused,
            Err(StoreError::Invalid(Invalid::RoleHasNoTeam {
                role: Role::Reviewer
            }))
        ),
        "{refused:?}"
    );
    store
        .save_team(
            &TeamSave {
                id: "ke-cirt",
                country: "KEN",
                official_name: "KE-CIRT",
                record: "{}",
                expected: None,
            },
            None,
        )
        .await
        .unwrap();
    let member = store.create_user(&staff(Some("ke-cirt"))).await.unwrap();
    assert_eq!(member.role, Role::TeamStaff);
    assert_eq!(member.team.as_deref(), Some("ke-cirt"));
    assert_eq!(member.country, None);

    // Made a reviewer, the account leaves the team; back to team staff, it needs one again.
    let change = |role, team: Option<&str>| UserChange {
        role,
        country: None,
        observed: Vec::new(),
        team: team.map(str::to_string),
    };
    let refused = store
        .update_user(member.id, &change(Role::TeamStaff, Some("nope")), None)
        .await;
    assert!(
        matches!(
            refused,
            Err(StoreError::Invalid(Invalid::UnknownTeam { .. }))
        ),
        "{refused:?}"
    );
    let reviewer = store
        .update_user(member.id, &change(Role::Reviewer, None), None)
        .await
        .unwrap();
    assert_eq!(reviewer.team, None);
    let again = store
        .update_user(member.id, &change(Role::TeamStaff, Some("ke-cirt")), None)
        .await
        .unwrap();
    assert_eq!(again.team.as_deref(), Some("ke-cirt"));

    // The schema holds the rule too, for writes that do not go through the store.
    let (sql_ok, sql_bad) = (
        "UPDATE users SET team = NULL WHERE role = 'team-staff'",
        "team-staff without a team",
    );
    let failed = if testing::on_postgres() {
        let mut conn = <sqlx::PgConnection as sqlx::Connection>::connect(&url)
            .await
            .unwrap();
        sqlx::query(sql_ok).execute(&mut conn).await.is_err()
    } else {
        let mut conn = <sqlx::SqliteConnection as sqlx::Connection>::connect(&url)
            .await
            .unwrap();
        sqlx::query(sql_ok).execute(&mut conn).await.is_err()
    };
    assert!(failed, "{sql_bad}");
    store.close().await;
    testing::drop_database(&url);
}
