//! The answer rule (`answer::check_value`) and the invitation rule (`accounts::new_user`), one
//! case per error, and what a good value or invitation becomes.

use cyberindex_engine::{Framework, QuestionType};
use cyberindex_store::Role;
use cyberindex_workflow::WorkflowError;
use cyberindex_workflow::accounts::new_user;
use cyberindex_workflow::answer::check_value;

const FRAMEWORK: &str = include_str!("../../../frameworks/gca-national-index.toml");

fn framework() -> Framework {
    cyberindex_framework::read(FRAMEWORK).unwrap()
}

/// The first question of a type: its index and id.
fn first(framework: &Framework, kind: QuestionType) -> (usize, String) {
    let i = framework
        .questions
        .iter()
        .position(|q| q.kind == kind)
        .unwrap_or_else(|| panic!("no {kind:?} question"));
    (i, framework.questions[i].id.clone())
}

#[test]
fn values_are_checked_against_their_question_and_stored_in_framework_order() {
    let f = framework();
    assert_eq!(
        check_value(&f, "NO-SUCH-QUESTION", Some("yes")),
        Err(WorkflowError::UnknownQuestion {
            question: "NO-SUCH-QUESTION".into()
        })
    );

    let (n, number) = first(&f, QuestionType::Number);
    assert_eq!(check_value(&f, &number, Some("   ")), Ok((n, None)));
    assert_eq!(check_value(&f, &number, None), Ok((n, None)));
    assert_eq!(
        check_value(&f, &number, Some(" 3.5 ")),
        Ok((n, Some("3.5".into())))
    );
    assert_eq!(
        check_value(&f, &number, Some("twelve")),
        Err(WorkflowError::ValueNumber {
            value: "twelve".into()
        })
    );
    // The cap comes before parsing, and the error gives the whole length.
    let long = "1".repeat(100);
    assert_eq!(
        check_value(&f, &number, Some(&long)),
        Err(WorkflowError::ValueTooLong {
            length: 100,
            max: 64
        })
    );

    let (m, multiple) = first(&f, QuestionType::MultipleChoice);
    let options: Vec<&str> = f.questions[m]
        .options
        .iter()
        .map(|o| o.id.as_str())
        .collect();
    assert!(options.len() >= 2);
    let reversed = format!("{} {}", options[1], options[0]);
    assert_eq!(
        check_value(&f, &multiple, Some(&reversed)),
        Ok((m, Some(format!("{} {}", options[0], options[1]))))
    );
    assert_eq!(
        check_value(&f, &multiple, Some("zzz")),
        Err(WorkflowError::ValueOptions {
            value: "zzz".into(),
            options: options.join(", ")
        })
    );

    let (y, yes_no) = first(&f, QuestionType::YesNo);
    let answer = check_value(&f, &yes_no, Some("perhaps")).unwrap_err();
    let WorkflowError::ValueOption { value, .. } = &answer else {
        panic!("{answer:?}");
    };
    assert_eq!(value, "perhaps");
    assert!(answer.to_string().starts_with("“perhaps” is not an option"));
    assert!(check_value(&f, &yes_no, Some("yes")).is_ok_and(|(q, _)| q == y));
}

#[test]
fn invitations_are_checked_field_by_field() {
    let bad = |email, role, country, observed| new_user(email, "A", role, country, observed);
    assert_eq!(
        bad(" not-an-address ", "admin", "", ""),
        Err(WorkflowError::Email {
            email: "not-an-address".into()
        })
    );
    assert_eq!(
        bad("a@example.org", "king", "", ""),
        Err(WorkflowError::Role {
            role: "king".into()
        })
    );
    assert_eq!(
        bad("a@example.org", "contributor", " ", ""),
        Err(WorkflowError::RoleNeedsCountry {
            role: Role::Contributor
        })
    );
    assert_eq!(
        bad("a@example.org", "focal-point", "xxx", ""),
        Err(WorkflowError::Country {
            field: "country",
            country: "XXX".into()
        })
    );
    assert_eq!(
        bad("a@example.org", "observer", "", "fra, XXX"),
        Err(WorkflowError::Country {
            field: "observed",
            country: "XXX".into()
        })
    );
    assert_eq!(
        bad("a@example.org", "contributor", "", "")
            .unwrap_err()
            .to_string(),
        "A contributor needs a country."
    );

    let observer = new_user(" o@example.org ", " Olga ", "observer", "KEN", "fra;ken").unwrap();
    assert_eq!(observer.email, "o@example.org");
    assert_eq!(observer.name, "Olga");
    assert_eq!(observer.country, None, "an observer has no country");
    assert_eq!(observer.observed, ["FRA", "KEN"]);
    let focal = new_user("f@example.org", "F", "focal-point", "ken", "").unwrap();
    assert_eq!(focal.country.as_deref(), Some("KEN"));
    assert!(focal.observed.is_empty());
}
