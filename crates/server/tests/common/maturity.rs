//! What the maturity tests share: a second team with a signed-in member of its staff, and an
//! assessment started through the page, or one signed off and published by the secretariat.

use cyberindex_server::auth;
use cyberindex_store::{NewUser, Role};
use reqwest::Method;

use super::{STAFF_TEAM, TestApp};

/// A second team (France) and a member of its staff, as `other-staff`, signed in (a session)
/// and with an API token. Their user id.
pub async fn other_team_staff(app: &mut TestApp) -> i64 {
    let mut team = super::staff_team();
    team.id = "fra-test-cirt".into();
    team.country.value = "FRA".into();
    team.official_name.value = "France Test CIRT".into();
    cyberindex_workflow::directory::save_team(&app.state.store, &team, None, None)
        .await
        .unwrap();
    staff_of(app, "fra-test-cirt").await
}

/// A member of team `team`'s staff, known as `other-staff`, signed in (a session) and with an API
/// token. Their user id.
pub async fn staff_of(app: &mut TestApp, team: &str) -> i64 {
    let user = app
        .state
        .store
        .create_user(&NewUser {
            email: "other-staff@test.example.org".into(),
            name: "Other Staff".into(),
            role: Role::TeamStaff,
            country: None,
            observed: vec![],
            team: Some(team.into()),
        })
        .await
        .unwrap();
    let session = auth::random_token();
    app.state
        .store
        .create_session(
            &auth::hash_token(&session),
            user.id,
            cyberindex_store::now_ms() + 3_600_000,
            false,
        )
        .await
        .unwrap();
    app.sessions.insert("other-staff", session);
    let token = format!("cyx_{}", auth::random_token());
    app.state
        .store
        .create_token(user.id, "test", &auth::hash_token(&token))
        .await
        .unwrap();
    app.tokens.insert("other-staff", token);
    user.id
}

/// Starts a self-assessment of the Kenyan test team against the shipped maturity framework,
/// as its staff through the page. Its id.
pub async fn start_assessment(app: &TestApp) -> i64 {
    let r = app
        .page(Method::POST, "/maturity/", "team-staff-ken")
        .form(&[
            ("team", STAFF_TEAM),
            ("framework", "cirt-maturity.toml"),
            ("kind", "self"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    r.headers()["location"]
        .to_str()
        .unwrap()
        .trim_start_matches("/maturity/")
        .trim_end_matches('/')
        .parse()
        .unwrap()
}

/// An assessment of the staff's team signed off by the secretariat, whose tier the team agrees
/// to publish.
pub async fn signed_off_and_published(app: &TestApp) {
    let store = &app.state.store;
    let admin = store
        .users()
        .await
        .unwrap()
        .into_iter()
        .find(|u| u.role == Role::Admin)
        .unwrap();
    let a = cyberindex_workflow::maturity::create(
        store,
        &admin,
        STAFF_TEAM,
        include_str!("../../../../frameworks/cirt-maturity.toml"),
        cyberindex_store::AssessmentKind::SelfAssessed,
    )
    .await
    .unwrap();
    let mut version = a.version;
    for step in [
        cyberindex_store::Step::Submit,
        cyberindex_store::Step::Validate,
        cyberindex_store::Step::SignOff,
    ] {
        version = cyberindex_workflow::maturity::step(store, &admin, a.id, version, step, "")
            .await
            .unwrap()
            .version;
    }
    cyberindex_workflow::maturity::set_publication(store, &admin, STAFF_TEAM, true)
        .await
        .unwrap();
}
