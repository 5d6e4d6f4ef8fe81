//! Carried-forward answers to start from: KEN answers part of the test edition, with evidence,
//! and the answers are carried into a second edition (issue 14 item 7; used by `carry.rs` and
//! the browser test).

use cyberindex_engine::QuestionType;
use cyberindex_store::{AnswerChange, Provenance};
use reqwest::Method;

use super::{EDITION, TestApp};

pub const NEXT: &str = "e2027";
pub const SOURCE: &str = include_str!("../../../../frameworks/gca-national-index.toml");
pub const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n";

/// A value that fits the question: its first option, a count, a link, a date or a sentence.
pub fn value_for(question: &cyberindex_engine::Question) -> String {
    match question.kind {
        QuestionType::Number => "3".into(),
        QuestionType::Url => "https://example.org/plan".into(),
        QuestionType::Date => "2024-03-01".into(),
        QuestionType::Text => "A national strategy".into(),
        _ => question.options[0].id.clone(),
    }
}

/// KEN answers the first `n` questions of the framework in the test edition, with a link and a
/// file as evidence for LEG1.1 (and a deleted link, which stays behind); then the edition `e2027`
/// is created and the answers carried into it. Returns the questions carried.
pub async fn carried(app: &TestApp, n: usize) -> Vec<String> {
    let framework = cyberindex_framework::read(SOURCE).unwrap();
    let store = &app.state.store;
    let focal = store
        .user_by_email("focal-ken@test.example.org")
        .await
        .unwrap()
        .unwrap();
    let mut questions = Vec::new();
    for question in framework.questions.iter().take(n) {
        store
            .save_answer(
                EDITION,
                "KEN",
                &question.id,
                &AnswerChange {
                    value: Some(value_for(question)),
                    comment: String::new(),
                    expected_version: 0,
                    provenance: Provenance::Country,
                },
                Some(focal.id),
                true,
            )
            .await
            .unwrap();
        questions.push(question.id.clone());
    }
    let evidence = |form: reqwest::multipart::Form| async {
        let r = app
            .api(
                Method::POST,
                &format!("/api/v1/editions/{EDITION}/responses/KEN/answers/LEG1.1/evidence"),
                "focal-ken",
            )
            .multipart(form)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 201);
        r.json::<serde_json::Value>().await.unwrap()
    };
    evidence(
        reqwest::multipart::Form::new()
            .text("title", "Cybercrime Act")
            .text("url", "https://example.org/act"),
    )
    .await;
    evidence(
        reqwest::multipart::Form::new()
            .text("title", "Strategy")
            .text("language", "en")
            .part(
                "file",
                reqwest::multipart::Part::bytes(PDF.to_vec()).file_name("strategy.pdf"),
            ),
    )
    .await;
    let gone = evidence(
        reqwest::multipart::Form::new()
            .text("title", "Withdrawn")
            .text("url", "https://example.org/withdrawn"),
    )
    .await;
    let deleted = app
        .api(
            Method::DELETE,
            &format!(
                "/api/v1/editions/{EDITION}/responses/KEN/evidence/{}",
                gone["id"]
            ),
            "focal-ken",
        )
        .send()
        .await
        .unwrap();
    assert!(deleted.status().is_success(), "{}", deleted.status());
    store
        .create_edition(
            &cyberindex_store::NewEdition {
                id: NEXT.into(),
                name: "Next".into(),
                names: Default::default(),
                framework_id: framework.id.clone(),
                framework_version: framework.version.clone(),
                framework_source: SOURCE.into(),
                opens_on: "2027-01-01".into(),
                deadline: "2099-12-31".into(),
                countries: vec!["KEN".into(), "FRA".into()],
            },
            None,
        )
        .await
        .unwrap();
    let count =
        cyberindex_server::service::editions::carry_forward(&app.state, EDITION, NEXT, None)
            .await
            .unwrap();
    assert_eq!(count as usize, n, "every answer fits the same framework");
    questions
}
