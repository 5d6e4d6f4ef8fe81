//! The workflow actions the CLI takes without the server's state: `edition create
//! --carry-forward-from` (the workflow's carry-forward against the new edition's framework) and
//! `user add` (the invitation goes through the mailer into the outbox, its secret removed).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use cyberindex_store::{BulkAnswer, NewEdition, Provenance, Status, Store};

const FRAMEWORK: &str = include_str!("../../../frameworks/gca-national-index.toml");
const COUNTRIES: [&str; 2] = ["FRA", "KEN"];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cyberindex"))
        .args(args)
        .current_dir(root())
        .env_remove("CYBERINDEX_DATA")
        .env_remove("CYBERINDEX_DB")
        .env_remove("CYBERINDEX_CONFIG")
        .output()
        .unwrap()
}

fn ok(args: &[&str]) -> String {
    let out = run(args);
    assert!(
        out.status.success(),
        "cyberindex {}: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn url(data: &Path) -> String {
    format!("sqlite://{}?mode=rwc", data.join("cyberindex.db").display())
}

/// Edition `past` with the demonstration answers of two countries, and one answer that no longer
/// fits its question (a yes/no question answered "perhaps"). Returns how many answers fit.
async fn past_edition(data: &Path) -> u64 {
    std::fs::create_dir_all(data).unwrap();
    let store = Store::open(&url(data)).await.unwrap();
    let framework = cyberindex_framework::read(FRAMEWORK).unwrap();
    store
        .create_edition(
            &NewEdition {
                id: "past".into(),
                name: "Edition past".into(),
                names: Default::default(),
                framework_id: framework.id.clone(),
                framework_version: framework.version.clone(),
                framework_source: FRAMEWORK.into(),
                opens_on: "2025-01-01".into(),
                deadline: "2025-06-30".into(),
                countries: COUNTRIES.iter().map(|c| c.to_string()).collect(),
            },
            None,
        )
        .await
        .unwrap();
    let yes_no = framework
        .questions
        .iter()
        .find(|q| q.kind == cyberindex_engine::QuestionType::YesNo)
        .expect("a yes/no question")
        .id
        .clone();
    let rows = cyberindex_demo::answers(&framework, &COUNTRIES, 2025);
    let mut fits = 0;
    for code in COUNTRIES {
        let mut answers: Vec<BulkAnswer> = rows
            .iter()
            .filter(|r| r.unit == code && !r.value.is_empty() && r.question != yes_no)
            .map(|r| BulkAnswer {
                question: r.question.clone(),
                value: Some(r.value.clone()),
                comment: String::new(),
                provenance: Provenance::Country,
                evidence_url: None,
            })
            .collect();
        fits += answers.len() as u64;
        answers.push(BulkAnswer {
            question: yes_no.clone(),
            value: Some("perhaps".into()),
            comment: String::new(),
            provenance: Provenance::Country,
            evidence_url: None,
        });
        store
            .bulk_load("past", code, &answers, Status::Validated, None)
            .await
            .unwrap();
    }
    store.close().await;
    fits
}

#[test]
fn edition_create_carries_forward_the_answers_that_fit_and_user_add_keeps_no_secret() {
    let data = std::env::temp_dir().join(format!("cyberindex-workflow-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let fits = runtime.block_on(past_edition(&data));
    assert!(fits > 50, "{fits}");
    let d = data.to_str().unwrap();
    let create = |id: &str, from: &str| {
        run(&[
            "edition",
            "create",
            "--data",
            d,
            "--id",
            id,
            "--name",
            "Next",
            "-f",
            "frameworks/gca-national-index.toml",
            "--opens",
            "2026-01-01",
            "--deadline",
            "2026-06-30",
            "--countries",
            "FRA,KEN",
            "--carry-forward-from",
            from,
        ])
    };

    // An unknown source edition creates nothing.
    let out = create("next", "nope");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("there is no edition `nope` to carry answers forward from"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(ok(&["edition", "list", "--data", d]).lines().count(), 1);

    let out = create("next", "past");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains(&format!(
            "Carried {fits} answers forward from edition past; each country must confirm them."
        )),
        "{stdout}"
    );

    let invited = ok(&[
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
    ]);
    let link = invited
        .lines()
        .find_map(|l| l.strip_prefix("Invitation link (works once): "))
        .expect("the invitation link")
        .to_string();
    let secret = link.rsplit('/').next().unwrap().to_string();
    assert!(secret.len() >= 40, "{link}");

    runtime.block_on(async {
        let store = Store::open(&url(&data)).await.unwrap();
        for code in COUNTRIES {
            let carried = store.answers("next", code).await.unwrap();
            assert!(!carried.is_empty());
            for a in &carried {
                assert_eq!(a.provenance, Provenance::CarriedForward, "{a:?}");
                assert!(!a.confirmed, "{a:?}");
                assert_ne!(a.value.as_deref(), Some("perhaps"), "{a:?}");
            }
        }
        // The invitation waits in the outbox (no SMTP here) without its secret.
        let outbox = store.outbox().await.unwrap();
        let invitation = outbox
            .iter()
            .find(|m| m.to_address == "fp@example.org")
            .expect("the invitation in the outbox");
        assert_eq!(invitation.subject, "Your cyberindex invitation");
        assert!(!invitation.body.contains(&secret), "{}", invitation.body);
        assert!(
            invitation.body.contains("/invitation/"),
            "{}",
            invitation.body
        );
        // Everything the commands did is on an intact audit trail.
        assert!(store.verify_audit().await.unwrap().is_ok());
        store.close().await;
    });
    let _ = std::fs::remove_dir_all(&data);
}
