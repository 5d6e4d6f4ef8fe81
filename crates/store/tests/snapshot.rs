//! A submission's snapshot keeps each question's evidence as `evidence_snapshot` builds it, the
//! function the reviewers' diff compares against: unchanged evidence with awkward text (commas,
//! quotes, angle brackets, newlines, non-Latin titles, files) reads the same on both sides.

use cyberindex_store::*;

fn url(question: &str, title: &str, url: &str) -> NewEvidence {
    NewEvidence {
        question_id: question.into(),
        kind: EvidenceKind::Url { url: url.into() },
        title: title.into(),
        language: "en".into(),
        issued_on: String::new(),
        public: false,
    }
}

fn file(question: &str, title: &str, name: &str) -> NewEvidence {
    NewEvidence {
        kind: EvidenceKind::File {
            sha256: "ab".repeat(32),
            file_name: name.into(),
            media_type: "application/pdf".into(),
            size: 1234,
        },
        ..url(question, title, "")
    }
}

#[tokio::test]
async fn the_stored_snapshot_and_the_diff_build_the_same_evidence_lines() {
    let (db, _dir) = cyberindex_store::testing::fresh_database("snapshot").await;
    let store = Store::open(&db).await.unwrap();
    store
        .create_edition(
            &NewEdition {
                id: "2026".into(),
                name: "Index 2026".into(),
                names: Default::default(),
                framework_id: "f".into(),
                framework_version: "1".into(),
                framework_source: "source".into(),
                opens_on: "2026-01-01".into(),
                deadline: "2099-12-31".into(),
                countries: vec!["KEN".into()],
            },
            None,
        )
        .await
        .unwrap();
    for q in ["Q1", "Q2", "Q3"] {
        let change = AnswerChange {
            value: Some("yes".into()),
            comment: format!("About {q}, \"quoted\",\nand on two lines"),
            expected_version: 0,
            provenance: Provenance::Country,
        };
        store
            .save_answer("2026", "KEN", q, &change, None, true)
            .await
            .unwrap();
    }
    // Interleaved across questions, so a question's ids are not consecutive.
    let items = [
        url(
            "Q1",
            "Loi n° 2021-05, art. \"3\", <alinéa 2>",
            "https://example.org/a,b?q=\"x\"&y='z'",
        ),
        url("Q2", "قانون الجرائم الإلكترونية", "https://example.org/ar"),
        file("Q1", "网络安全法\n第二章", "law, final \"v2\".pdf"),
        url("Q1", "Закон о связи", "https://example.org/ru"),
        url("Q2", "Deleted, later", "https://example.org/gone"),
    ];
    let mut added = Vec::new();
    for e in &items {
        added.push(store.add_evidence("2026", "KEN", e, None).await.unwrap());
    }
    store
        .delete_evidence("2026", "KEN", added[4].id, None)
        .await
        .unwrap();
    store
        .set_status(
            "2026",
            "KEN",
            &[Status::InProgress],
            Status::Submitted,
            None,
        )
        .await
        .unwrap();

    let evidence = store.evidence("2026", "KEN").await.unwrap();
    let snapshots = store.snapshots("2026", "KEN").await.unwrap();
    assert_eq!(snapshots.len(), 3);
    for s in &snapshots {
        assert_eq!(s.round, 1);
        // What the review page computes for unchanged evidence.
        let now = evidence_snapshot(evidence.iter().filter(|e| e.question_id == s.question_id));
        assert_eq!(s.evidence, now, "{}", s.question_id);
        assert_eq!(
            s.comment,
            format!("About {}, \"quoted\",\nand on two lines", s.question_id)
        );
    }
    // The format itself, in id order, the deleted item left out.
    let by_q = |q: &str| {
        snapshots
            .iter()
            .find(|s| s.question_id == q)
            .unwrap()
            .evidence
            .clone()
    };
    let sha = "ab".repeat(32);
    assert_eq!(
        by_q("Q1"),
        format!(
            "Loi n° 2021-05, art. \"3\", <alinéa 2> <https://example.org/a,b?q=\"x\"&y='z'>\n\
             网络安全法\n第二章 <law, final \"v2\".pdf, sha256 {sha}>\n\
             Закон о связи <https://example.org/ru>"
        )
    );
    assert_eq!(
        by_q("Q2"),
        "قانون الجرائم الإلكترونية <https://example.org/ar>"
    );
    assert_eq!(by_q("Q3"), "");
}
