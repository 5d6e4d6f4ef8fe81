//! Who hears of each review event, on a real store: the cases as a table, then `announce` with a
//! notifier that records what it was asked to deliver.

use std::sync::Mutex;

use cyberindex_store::{NewEdition, NewUser, Role, Status, Store, User, testing};
use cyberindex_workflow::notify::{announce, link, recipients};
use cyberindex_workflow::{Event, Notifier, NotifyError};

async fn store() -> (String, Store) {
    let (url, _dir) = testing::fresh_database("workflow_notify").await;
    let store = Store::open(&url).await.unwrap();
    store
        .create_edition(
            &NewEdition {
                id: "2026".into(),
                name: "2026".into(),
                names: Default::default(),
                framework_id: "f".into(),
                framework_version: "1".into(),
                framework_source: String::new(),
                opens_on: "2026-01-01".into(),
                deadline: "2026-06-30".into(),
                countries: vec!["KEN".into(), "FRA".into()],
            },
            None,
        )
        .await
        .unwrap();
    for (email, role, country) in [
        ("fp.ken@example.org", Role::FocalPoint, Some("KEN")),
        ("team.ken@example.org", Role::Contributor, Some("KEN")),
        ("fp.fra@example.org", Role::FocalPoint, Some("FRA")),
        ("r1@example.org", Role::Reviewer, None),
        ("r2@example.org", Role::Reviewer, None),
        ("admin@example.org", Role::Admin, None),
    ] {
        store
            .create_user(&NewUser {
                email: email.into(),
                name: email.into(),
                role,
                country: country.map(str::to_string),
                observed: Vec::new(),
                team: None,
            })
            .await
            .unwrap();
    }
    (url, store)
}

fn id(users: &[User], email: &str) -> i64 {
    users.iter().find(|u| u.email == email).unwrap().id
}

async fn emails(store: &Store, event: Event<'_>, actor: Option<&str>) -> Vec<String> {
    let users = store.users().await.unwrap();
    let actor = actor.map(|a| id(&users, a));
    let mut to: Vec<String> = recipients(store, &event, actor)
        .await
        .unwrap()
        .into_iter()
        .map(|u| u.email)
        .collect();
    to.sort();
    to
}

const KEN_TEAM: [&str; 2] = ["fp.ken@example.org", "team.ken@example.org"];

#[tokio::test]
async fn each_event_reaches_the_people_it_concerns_and_never_its_author() {
    let (url, store) = store().await;
    let status = |status| Event::StatusChanged {
        edition: "2026",
        country: "KEN",
        status,
        message: None,
    };
    let message = |internal, by_secretariat| Event::MessagePosted {
        edition: "2026",
        country: "KEN",
        question: "Q1",
        internal,
        by_secretariat,
    };
    let reviewers = ["r1@example.org", "r2@example.org"];
    let cases: Vec<(Event, Option<&str>, Vec<&str>)> = vec![
        // Submitted: the team and every reviewer (none is assigned yet); the submitter is not told.
        (
            status(Status::Submitted),
            Some("fp.ken@example.org"),
            vec!["r1@example.org", "r2@example.org", "team.ken@example.org"],
        ),
        // Returned: the country only.
        (
            status(Status::Returned),
            Some("r1@example.org"),
            KEN_TEAM.to_vec(),
        ),
        // Validated: the country and the other reviewers.
        (
            status(Status::Validated),
            Some("r1@example.org"),
            vec![
                "fp.ken@example.org",
                "r2@example.org",
                "team.ken@example.org",
            ],
        ),
        // The country writes: the reviewers.
        (
            message(false, false),
            Some("team.ken@example.org"),
            reviewers.to_vec(),
        ),
        // The secretariat writes to the country: its team.
        (
            message(false, true),
            Some("r1@example.org"),
            KEN_TEAM.to_vec(),
        ),
        // A reviewers' note: the other reviewers, never the country.
        (
            message(true, true),
            Some("r1@example.org"),
            vec!["r2@example.org"],
        ),
        (
            Event::DraftsSent {
                edition: "2026",
                country: "KEN",
            },
            None,
            KEN_TEAM.to_vec(),
        ),
    ];
    for (event, actor, want) in &cases {
        assert_eq!(
            emails(&store, *event, *actor).await,
            *want,
            "{event:?} by {actor:?}"
        );
    }
    // Once a reviewer is assigned to the country, only that reviewer hears of it.
    let users = store.users().await.unwrap();
    store
        .assign("2026", "KEN", "legal", id(&users, "r2@example.org"), None)
        .await
        .unwrap();
    assert_eq!(
        emails(
            &store,
            status(Status::Submitted),
            Some("fp.ken@example.org")
        )
        .await,
        ["r2@example.org", "team.ken@example.org"]
    );
    assert_eq!(
        link(&status(Status::Submitted)),
        "/editions/2026/countries/KEN/review"
    );
    assert_eq!(
        link(&message(false, true)),
        "/editions/2026/countries/KEN#q-Q1"
    );
    testing::drop_database(&url);
}

/// Records what it is asked to deliver, and fails for one address.
#[derive(Default)]
struct Recorder {
    told: Mutex<Vec<(String, String)>>,
}

impl Notifier for Recorder {
    fn public_url(&self) -> &str {
        "https://index.example.org"
    }

    async fn send_secret(&self, _: &str, _: &str, _: &str, _: &str) -> Result<(), NotifyError> {
        unreachable!("no secret is sent here")
    }

    async fn notify(&self, to: &User, _: &Event<'_>, link: &str) -> Result<(), NotifyError> {
        if to.email == "fp.ken@example.org" {
            return Err("mailbox full".into());
        }
        self.told
            .lock()
            .unwrap()
            .push((to.email.clone(), link.to_string()));
        Ok(())
    }
}

#[tokio::test]
async fn one_undeliverable_notice_does_not_stop_the_others() {
    let (url, store) = store().await;
    let recorder = Recorder::default();
    let delivered = announce(
        &store,
        &recorder,
        &Event::DraftsSent {
            edition: "2026",
            country: "KEN",
        },
        None,
    )
    .await;
    // The focal point's mailbox refused it; the contributor was still told.
    assert_eq!(delivered, 1);
    assert_eq!(
        *recorder.told.lock().unwrap(),
        [(
            "team.ken@example.org".to_string(),
            "/editions/2026/countries/KEN".to_string()
        )]
    );
    testing::drop_database(&url);
}
